"""The "Receive" page of the Sinkronisasi dialog: import a `.skpbundle` chosen or dropped here.

The pipeline copies the file off the stick first, verifies everything before any write, backs
the database up and applies the bundle in one transaction (on the database worker, with a
progress dialog and Cancel). The report stays on the page: new, changed, deleted, conflicts,
waiting for attachments, already applied (a bundle imported before changes nothing). A refused
bundle is said in words (which peer, which check); the database is then exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError

from .. import ui_settings
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
from .page_jobs import ERROR_STYLE
from .sync_backend import BUNDLE_SUFFIX, ImportResult, SyncBackend

KEY_IMPORT_FOLDER = "sync/import_folder"
REPORT_FIELDS = ("new", "updated", "deleted", "conflicts", "waiting_attachments",
                 "already_applied")


def bundle_path_of(event_mime) -> str | None:
    """The first local `.skpbundle` file among dropped URLs."""
    if not event_mime.hasUrls():
        return None
    for url in event_mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(BUNDLE_SUFFIX):
            return url.toLocalFile()
    return None


class ImportPage(QWidget):
    imported = Signal(object)  # ImportResult
    review_requested = Signal()

    def __init__(self, backend: SyncBackend, tasks: TaskRunner, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._settings = settings
        self.busy = False
        self.result: ImportResult | None = None
        self.error: DomainError | None = None
        self.cancelled = False
        self.ask_open_path: Callable[[str], str] = self._native_open_path  # tests replace it
        self.setObjectName("syncImportPage")
        self.setAcceptDrops(True)

        self.drop_label = QLabel(self.tr(
            "Drop a .skpbundle file here, or choose it below. It is checked completely (sender, "
            "signature, every hash, format) before anything changes, and the database is "
            "backed up first."), self)
        self.drop_label.setObjectName("importDropArea")
        self.drop_label.setWordWrap(True)
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_label.setMinimumHeight(self.drop_label.fontMetrics().lineSpacing() * 4)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importBundlePath")
        self.path_edit.setPlaceholderText(self.tr("Path of the .skpbundle file"))
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAutoDefault(False)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setObjectName("importBundleButton")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importBundleSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_box = QFrame(self)
        self.report_box.setObjectName("importBundleReport")
        report = QFormLayout(self.report_box)
        self.report_labels: dict[str, QLabel] = {}
        titles = {"new": self.tr("New:"), "updated": self.tr("Changed:"),
                  "deleted": self.tr("Deleted:"), "conflicts": self.tr("Conflicts:"),
                  "waiting_attachments": self.tr("Waiting for attachments:"),
                  "already_applied": self.tr("Already applied before:")}
        for key in REPORT_FIELDS:
            label = QLabel(self.report_box)
            label.setObjectName(f"report_{key}")
            self.report_labels[key] = label
            report.addRow(titles[key], label)
        self.review_button = QPushButton(self.tr("&Review the conflicts…"), self.report_box)
        self.review_button.setObjectName("importReviewButton")
        self.review_button.clicked.connect(self.review_requested)
        report.addRow(self.review_button)
        self.report_box.setVisible(False)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_label)
        layout.addLayout(path_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.report_box)
        layout.addStretch(1)

        self.browse_button.clicked.connect(self.browse)
        self.import_button.clicked.connect(self.start_import)
        self.path_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.path_edit.returnPressed.connect(self.start_import)
        self._update_buttons()

    # --- choosing
    def browse(self) -> None:
        start = ui_settings.read_str(self._settings, KEY_IMPORT_FOLDER, str(Path.home()))
        path = self.ask_open_path(start)
        if path:
            self.path_edit.setText(path)

    def _native_open_path(self, folder: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the bundle"), folder,
            self.tr("SKP Desk bundles (*.skpbundle);;All files (*)"))
        return path

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.busy and bundle_path_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = None if self.busy else bundle_path_of(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.path_edit.setText(path)
        self.start_import()

    # --- importing
    def start_import(self) -> None:
        path = self.path_edit.text().strip()
        if self.busy or not path:
            return
        self._settings.setValue(KEY_IMPORT_FOLDER, str(Path(path).expanduser().parent))
        self.result = self.error = None
        self.cancelled = False
        self.report_box.setVisible(False)
        self._set_busy(True)
        self.show_summary(arg(self.tr("Importing %1…"), Path(path).name))
        backend = self._backend
        self._tasks.run_with_progress(
            lambda progress, cancel: backend.import_bundle(path, progress, cancel),
            arg(self.tr("Importing %1…"), Path(path).name), self._imported, self._refused,
            parent=self.window(), on_cancelled=self._cancelled,
            on_done=lambda: self._set_busy(False), owner=self)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        report = result.report
        if report.operations == 0 and report.already_applied:
            text = arg(self.tr("This bundle from %1 was imported before: nothing changed."),
                       result.sender)
        else:
            text = arg(self.tr("Bundle from %1 imported: %2 change(s) applied."),
                       result.sender, report.operations)
        self.show_summary(text)
        for key in REPORT_FIELDS:
            self.report_labels[key].setText(str(getattr(report, key, 0)))
        self.review_button.setVisible(report.conflicts > 0)
        self.report_box.setVisible(True)
        self.imported.emit(result)

    def _refused(self, error: DomainError) -> None:
        self.error = error
        self.show_summary(arg(self.tr("The bundle was not imported; the database is unchanged. "
                                      "%1"), error_text(error)), error=True)

    def _cancelled(self) -> None:
        self.cancelled = True
        self.show_summary(self.tr("Cancelled: the database is unchanged."))

    def show_summary(self, text: str, *, error: bool = False) -> None:
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(ERROR_STYLE if error else "")

    def report_value(self, key: str) -> int:
        return int(self.report_labels[key].text() or 0)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.import_button.setEnabled(idle and bool(self.path_edit.text().strip()))
        self.browse_button.setEnabled(idle)
        self.path_edit.setReadOnly(not idle)
