"""Welcome › "Join the office from its central copy": a new laptop becomes a replica of the
office in three steps, the window's version of `sync identity`, `sync peer add --central` and
`sync join`.

1. This computer: its name (editable: "Laptop Bu Ratna") and key fingerprint; "Save identity
   file…" writes the `.skpid` to carry to the central copy, where the pengelola kinerja adds it
   (Sinkronisasi › Identitas) and makes a full copy (seed) for it.
2. The central copy: its `.skpid` is read and its fingerprint shown to compare before it is
   pinned as central (`AddPeerDialog`, "central" ticked and fixed).
3. The full copy: the seed bundle is imported (`pipeline.join`, on the worker with progress and
   Cancel). The database then holds the office with the central copy's ids; `joined` is emitted
   and the welcome screen moves on to the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from .. import ui_settings
from ..field_errors import BusyDialogMixin
from ..i18n import arg
from ..tasks import TaskRunner
from .identity_page import KEY_IDENTITY_FOLDER, AddPeerDialog, fingerprint_font
from .import_page import KEY_IMPORT_FOLDER
from .page_jobs import PageJobs
from .sync_backend import IDENTITY_SUFFIX, IdentityInfo, ImportResult, PeerCard, SyncBackend



class JoinOfficeDialog(PageJobs, BusyDialogMixin, QDialog):
    joined = Signal(object)  # ImportResult of the seed

    def __init__(self, backend: SyncBackend, tasks: TaskRunner, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._settings = settings
        self.identity: IdentityInfo | None = None
        self.central: PeerCard | None = None
        self.result: ImportResult | None = None
        self.busy = False
        self.peer_dialog: AddPeerDialog | None = None
        self.ask_save_path: Callable[[str], str] = self._native_save_path  # tests replace them
        self.ask_identity_path: Callable[[str], str] = self._native_identity_path
        self.ask_bundle_path: Callable[[str], str] = self._native_bundle_path
        self.setObjectName("JoinOfficeDialog")
        self.setWindowTitle(self.tr("Join the office"))

        intro = QLabel(self.tr(
            "This computer becomes a copy of the office held by its central copy (the "
            "pengelola kinerja's computer). Three steps, with a file carried each way:"), self)
        intro.setWordWrap(True)

        me = QGroupBox(self.tr("1. This computer"), self)
        self.name_edit = QLineEdit(me)
        self.name_edit.setObjectName("joinName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Laptop Bu Ratna"))
        self.fingerprint_label = QLabel(me)
        self.fingerprint_label.setObjectName("joinFingerprint")
        self.fingerprint_label.setFont(fingerprint_font())
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save identity file…"), me)
        self.save_button.setObjectName("joinSaveIdentity")
        me_form = QFormLayout(me)
        me_form.addRow(self.tr("&Name:"), self.name_edit)
        me_form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        me_hint = QLabel(self.tr(
            "Take the identity file to the central copy; it adds this computer as a peer and "
            "makes a full copy of the office for it."), me)
        me_hint.setWordWrap(True)
        me_form.addRow(me_hint)
        me_form.addRow(self.save_button)

        central = QGroupBox(self.tr("2. The central copy"), self)
        self.central_label = QLabel(self.tr("Not added yet."), central)
        self.central_label.setObjectName("joinCentral")
        self.central_button = QPushButton(self.tr("&Add its identity file…"), central)
        self.central_button.setObjectName("joinAddCentral")
        central_row = QHBoxLayout(central)
        central_row.addWidget(self.central_label, 1)
        central_row.addWidget(self.central_button)

        seed = QGroupBox(self.tr("3. The full copy"), self)
        self.seed_button = QPushButton(self.tr("&Import the full copy (.skpbundle)…"), seed)
        self.seed_button.setObjectName("joinImportSeed")
        seed_row = QHBoxLayout(seed)
        seed_row.addWidget(QLabel(self.tr("The file the central copy made for this computer."),
                                  seed), 1)
        seed_row.addWidget(self.seed_button)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("joinMessage")
        self.message_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(me)
        layout.addWidget(central)
        layout.addWidget(seed)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.save_button.clicked.connect(self.save_identity)
        self.central_button.clicked.connect(self.add_central)
        self.seed_button.clicked.connect(self.import_seed)
        self.resize(640, 520)
        self._update_buttons()
        self._run(backend.identity, self._show_identity)

    # --- step 1
    def _show_identity(self, identity: IdentityInfo) -> None:
        self.identity = identity
        self.name_edit.setText(identity.name)
        self.fingerprint_label.setText(identity.fingerprint)

    def save_identity(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if self.busy or not name:
            return
        folder = ui_settings.read_str(self._settings, KEY_IDENTITY_FOLDER, str(Path.home()))
        path = self.ask_save_path(str(Path(folder) / f"{_stem(name)}{IDENTITY_SUFFIX}"))
        if not path:
            return
        if not path.lower().endswith(IDENTITY_SUFFIX):
            path += IDENTITY_SUFFIX
        self._settings.setValue(KEY_IDENTITY_FOLDER, str(Path(path).parent))
        backend = self._backend

        def write() -> IdentityInfo:
            backend.write_identity(path, name=name)
            return backend.identity()

        self._run(write, lambda identity: (self._show_identity(identity), self.show_message(
            arg(self.tr("Identity saved as %1."), path))))

    # --- step 2
    def add_central(self) -> None:
        if self.busy:
            return
        folder = ui_settings.read_str(self._settings, KEY_IDENTITY_FOLDER, str(Path.home()))
        path = self.ask_identity_path(folder)
        if path:
            self._run(lambda: self._backend.read_peer_file(path), self._confirm_central)

    def _confirm_central(self, card: PeerCard) -> None:
        dialog = AddPeerDialog(card, self)
        dialog.central_box.setChecked(True)
        dialog.central_box.setEnabled(False)  # a laptop joins from the central copy only
        self.peer_dialog = dialog
        dialog.accepted.connect(lambda: self._pin_central(card))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _pin_central(self, card: PeerCard) -> None:
        def pinned(_peer) -> None:
            self.central = card
            self.central_label.setText(arg(self.tr("%1 (fingerprint %2)"), card.name,
                                           card.fingerprint))
            self.show_message("")

        self._run(lambda: self._backend.add_peer(card.path, central=True), pinned)

    # --- step 3
    def import_seed(self) -> None:
        if self.busy:
            return
        folder = ui_settings.read_str(self._settings, KEY_IMPORT_FOLDER, str(Path.home()))
        path = self.ask_bundle_path(folder)
        if not path:
            return
        self._settings.setValue(KEY_IMPORT_FOLDER, str(Path(path).parent))
        backend = self._backend
        self.busy = True
        self._update_buttons()
        self.show_message(arg(self.tr("Importing %1…"), Path(path).name))
        self._tasks.run_with_progress(
            lambda progress, cancel: backend.join(path, progress, cancel),
            arg(self.tr("Importing %1…"), Path(path).name), self._joined, self._failed,
            parent=self, on_cancelled=lambda: self.show_message(
                self.tr("Cancelled: the database is unchanged.")),
            on_done=self._idle, owner=self)

    def _joined(self, result: ImportResult) -> None:
        self.result = result
        self.joined.emit(result)
        self.accept()

    def _update_buttons(self) -> None:
        idle = not self.busy
        for button in (self.save_button, self.central_button):
            button.setEnabled(idle)
        self.seed_button.setEnabled(idle and self.central is not None)

    def _native_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the identity file"), suggested,
            self.tr("SKP Desk identity (*.skpid)"))
        return path

    def _native_identity_path(self, folder: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The central copy's identity file"), folder,
            self.tr("SKP Desk identity (*.skpid);;All files (*)"))
        return path

    def _native_bundle_path(self, folder: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The full copy"), folder,
            self.tr("SKP Desk bundles (*.skpbundle);;All files (*)"))
        return path


def _stem(name: str) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    return stem[:40] or "skpdesk"
