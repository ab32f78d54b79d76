"""Berkas › Impor pindaian tertandatangan… and drag-and-drop of scans onto the main window
(issue 13): both open `ScanImportDialog` with the files. The window only accepts the drop and
hands the local files to `window.drop_handler` (set here); widgets that take drops themselves
(a bukti dukung cell) keep theirs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from .scan_import_dialog import ScanImportDialog

SCAN_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff"


def install_scan_actions(window, services, tasks, settings=None) -> None:
    if getattr(services, "scans", None) is None:
        return  # services without scan-back (some tests)

    def open_dialog(files) -> ScanImportDialog:
        dialog = ScanImportDialog(services.scans, tasks, files, window)
        window.scan_dialog = dialog  # tests reach the dialog here
        dialog.start()
        dialog.open()
        return dialog

    def choose() -> None:
        folder = settings.value("paper/last_folder", "") if settings is not None else ""
        kinds = QCoreApplication.translate("ScanActions", "Scans (PDF, images)")
        files, _ = QFileDialog.getOpenFileNames(
            window, QCoreApplication.translate("ScanActions", "Import signed scans"), str(folder),
            f"{kinds} ({SCAN_FILTER})")
        if files:
            if settings is not None:
                settings.setValue("paper/last_folder", str(Path(files[0]).parent))
            open_dialog(files)

    def dropped(files: list[str]) -> None:
        # After the drop has returned: a dialog opened inside the drop event would hold up the
        # program the files were dragged from.
        QTimer.singleShot(0, window, lambda: open_dialog(files))

    action = QAction(QCoreApplication.translate("ScanActions", "Import signed &scans…"),
                     window)
    action.setObjectName("importScansAction")
    action.triggered.connect(choose)
    separator = next((a for a in window.file_menu.actions() if a.isSeparator()), None)
    window.file_menu.insertAction(separator, action)
    window.import_scans_action = action
    window.scan_dialog = None
    window.drop_handler = dropped
    window.setAcceptDrops(True)
