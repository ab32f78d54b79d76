"""The "Send" page of the Sinkronisasi dialog: a bundle for one peer, into a folder or a stick.

The person chooses the peer (pinned, not revoked) and where the file goes: one of the removable
drives found (listed on the worker: `removable_drives`), or any folder (Browse…). The bundle is
named "<this laptop>-untuk-<peer>-<date-time>.skpbundle" and written atomically by the pipeline
on the database worker, with a progress dialog and Cancel (`TaskRunner.run_with_progress`);
a cancelled export leaves no file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from skpdesk.domain.errors import DomainError

from .. import ui_settings
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
from .page_jobs import ERROR_STYLE
from .removable_drives import Drive, removable_drives
from .sync_backend import ExportResult, IdentityInfo, PeerRow, SyncBackend

KEY_EXPORT_FOLDER = "sync/export_folder"


class ExportPage(QWidget):
    exported = Signal(object)  # ExportResult

    def __init__(self, backend: SyncBackend, tasks: TaskRunner, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._settings = settings
        self._identity: IdentityInfo | None = None
        self.busy = False
        self.result: ExportResult | None = None
        self.error: DomainError | None = None
        self.cancelled = False
        self.ask_folder: Callable[[str], str] = self._native_folder  # tests replace it
        self.list_drives: Callable[[], list[Drive]] = removable_drives  # tests replace it
        self.setObjectName("syncExportPage")

        intro = QLabel(self.tr(
            "Make a bundle file with the changes a peer has not received yet, then carry it to "
            "that computer (USB stick, shared folder, e-mail) and import it there. The file is "
            "encrypted for that peer only: a lost stick reveals nothing."), self)
        intro.setWordWrap(True)
        self.peer_combo = QComboBox(self)
        self.peer_combo.setObjectName("exportPeer")
        self.drive_list = QListWidget(self)
        self.drive_list.setObjectName("exportDrives")
        self.drive_list.setAccessibleName(self.tr("Removable drives"))
        self.drive_list.setMaximumHeight(self.drive_list.fontMetrics().lineSpacing() * 5 + 12)
        self.drives_button = QPushButton(self.tr("Look for &drives"), self)
        self.drives_button.setAutoDefault(False)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.setPlaceholderText(self.tr("Folder the bundle is written to"))
        self.folder_edit.setText(ui_settings.read_str(settings, KEY_EXPORT_FOLDER, "") or "")
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAutoDefault(False)
        self.seed_box = QCheckBox(self.tr("Full copy of the office, for a laptop that &joins "
                                          "it (seed)"), self)
        self.seed_box.setObjectName("exportSeed")
        self.seed_box.setToolTip(self.tr(
            "A new laptop starts from a full copy made by the central copy (skpdesk sync join "
            "on that laptop). Day to day, leave this off: only the changes are sent."))
        self.export_button = QPushButton(self.tr("&Create bundle"), self)
        self.export_button.setObjectName("exportButton")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.peer_combo)
        drives = QHBoxLayout()
        drives.addWidget(self.drive_list, 1)
        drives.addWidget(self.drives_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Removable drives:"), drives)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.browse_button)
        folder_label = QLabel(self.tr("F&older:"), self)
        folder_label.setBuddy(self.folder_edit)  # else the label shows "F&older:" itself
        form.addRow(folder_label, folder)
        form.addRow(self.seed_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

        self.drives_button.clicked.connect(self.refresh_drives)
        self.drive_list.currentItemChanged.connect(self._drive_chosen)
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.start_export)
        self.folder_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.peer_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self._update_buttons()

    # --- filled by the dialog
    def set_identity(self, identity: IdentityInfo | None) -> None:
        self._identity = identity

    def set_peers(self, peers: list[PeerRow]) -> None:
        current = self.peer_combo.currentData()
        self.peer_combo.clear()
        for peer in peers:
            if not peer.revoked:
                text = (arg(self.tr("%1 (central copy)"), peer.name) if peer.is_central
                        else peer.name)
                self.peer_combo.addItem(text, peer)
        if self.peer_combo.count() == 0:
            self.peer_combo.addItem(self.tr("No peer yet: add one on the Identity page"), None)
        for i in range(self.peer_combo.count()):
            peer = self.peer_combo.itemData(i)
            if peer is not None and current is not None and peer.device_id == current.device_id:
                self.peer_combo.setCurrentIndex(i)
        self._update_buttons()

    def select_peer(self, device_id: str) -> bool:
        for i in range(self.peer_combo.count()):
            peer = self.peer_combo.itemData(i)
            if peer is not None and peer.device_id == device_id:
                self.peer_combo.setCurrentIndex(i)
                return True
        return False

    # --- drives and folder
    def refresh_drives(self) -> None:
        list_drives = self.list_drives
        self.drives_button.setEnabled(False)
        self._tasks.run(list_drives, self._show_drives,
                        on_done=lambda: self.drives_button.setEnabled(True), owner=self)

    def _show_drives(self, drives: list[Drive]) -> None:
        self.drive_list.clear()
        for drive in drives:
            item = QListWidgetItem(f"{drive.label} — {drive.path}", self.drive_list)
            item.setData(Qt.ItemDataRole.UserRole, drive.path)
        if not drives:
            item = QListWidgetItem(self.tr("No removable drive found; choose a folder below."),
                                   self.drive_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _drive_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.folder_edit.setText(path)

    def browse(self) -> None:
        folder = self.ask_folder(self.folder_edit.text().strip() or str(Path.home()))
        if folder:
            self.folder_edit.setText(folder)

    def _native_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"), start)

    # --- export
    def chosen_peer(self) -> PeerRow | None:
        return self.peer_combo.currentData()

    def start_export(self) -> None:
        peer, folder = self.chosen_peer(), self.folder_edit.text().strip()
        if self.busy or peer is None or not folder:
            return
        self._settings.setValue(KEY_EXPORT_FOLDER, folder)
        own_name = self._identity.name if self._identity else "skpdesk"
        path = self._backend.default_bundle_path(folder, peer, own_name)
        self.result = self.error = None
        self.cancelled = False
        self._set_busy(True)
        self.show_result(arg(self.tr("Writing the bundle for %1…"), peer.name))
        backend, seed = self._backend, self.seed_box.isChecked()
        self._tasks.run_with_progress(
            lambda progress, cancel: backend.export(peer.device_id, path, progress, cancel,
                                                    seed=seed),
            arg(self.tr("Writing the bundle for %1…"), peer.name), self._exported, self._failed,
            parent=self.window(), on_cancelled=self._cancelled,
            on_done=lambda: self._set_busy(False), owner=self)

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        peer = self.chosen_peer()
        self.show_result(arg(self.tr(
            "The bundle for %1 was saved: %2 (%3 change(s), %4 attachment file(s)). Carry it to "
            "that computer and import it there."), peer.name if peer else "", result.path,
            result.operations, result.attachments))
        self.exported.emit(result)

    def _failed(self, error: DomainError) -> None:
        self.error = error
        self.show_result(arg(self.tr("No bundle was written. %1"), error_text(error)), error=True)

    def _cancelled(self) -> None:
        self.cancelled = True
        self.show_result(self.tr("Cancelled: no bundle was written."))

    def show_result(self, text: str, *, error: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(ERROR_STYLE if error else "")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.export_button.setEnabled(idle and self.chosen_peer() is not None
                                      and bool(self.folder_edit.text().strip()))
        self.browse_button.setEnabled(idle)
        self.peer_combo.setEnabled(idle)
