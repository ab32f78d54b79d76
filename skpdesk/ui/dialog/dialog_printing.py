"""The tab's "Cetak" menu: B.1.8, B.1.9 and the catatan dialog kinerja as PDF files.

The frozen documents are built by `Services.coaching_document` (which applies confidentiality:
a dialog the reader may not see is refused, never printed redacted), rendered by
`reports.coaching_pdf` / `reports.dialog_pdf` (atomic file writes, embedded font) and the copy's
document code recorded on the pegawai's SKP of the dialog's year when there is one
(`record_print`), all on the database worker. The PDF is then opened with the system viewer.
The file dialog and the opening are methods tests replace (`ask_pdf_path`, `open_file`).
For B.1.8/B.1.9 the form is the one of the pegawai whose tab this is when they took part, else
of the first participant.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from skpdesk.domain.dialog import Dialog
from skpdesk.domain.errors import DomainError

from .. import ui_settings
from ..i18n import arg
from ..tasks import TaskRunner
from .timeline_model import date_text

FORM_PREFIX = {"dialog": "catatan-dialog", "b18": "B.1.8", "b19": "B.1.9"}


class DialogPrinter(QObject):
    def __init__(self, services, tasks: TaskRunner, window: QWidget, settings=None) -> None:
        super().__init__(window)
        self._services = services
        self._tasks = tasks
        self.window = window
        self._settings = settings
        self.last_path: str | None = None

    # --- hooks (tests replace them)
    def ask_pdf_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def open_file(self, path: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # --- printing
    def print_form(self, form: str, dialog: Dialog, pegawai_id: str | None,
                   on_done=None, on_refused=None) -> None:
        """Ask where, then build, render and record `form` ("dialog", "b18", "b19")."""
        participants = [p.pegawai_id for p in dialog.participants]
        if pegawai_id not in participants:
            pegawai_id = participants[0] if participants else None
        person = next((p for p in dialog.participants if p.pegawai_id == pegawai_id), None)
        who = (person.nip or person.name) if person else ""
        name = f"{FORM_PREFIX[form]}-{who}-{dialog.held_on.isoformat()}.pdf".replace(" ", "_")
        folder = ui_settings.last_folder(self._settings, ui_settings.FOLDER_PRINT)
        path = self.ask_pdf_path(str(Path(folder) / name))
        if not path:
            return
        ui_settings.remember_folder(self._settings, ui_settings.FOLDER_PRINT, Path(path).parent)
        documents = self._services.coaching_document
        dialog_id = dialog.id

        def work():
            from skpdesk.reports.coaching_pdf import render_b18, render_b19
            from skpdesk.reports.dialog_pdf import render_dialog_note
            build, render = {"dialog": (documents.dialog_note, render_dialog_note),
                             "b18": (documents.b18, render_b18),
                             "b19": (documents.b19, render_b19)}[form]
            doc = build(dialog_id, pegawai_id)
            render(doc, path)
            return documents.record_print(doc)

        def printed(_outcome) -> None:
            self.last_path = path
            self.open_file(path)
            if on_done is not None:
                on_done(arg(self.tr("Saved %1 (dialog of %2)."), path,
                            date_text(dialog.held_on)))

        def refused(error: DomainError) -> None:
            if on_refused is not None:
                on_refused(error)

        self._tasks.run(work, printed, refused, owner=self)
