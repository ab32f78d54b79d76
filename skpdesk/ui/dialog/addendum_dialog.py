"""Add an addendum to a closed dialog: a correction or later remark with its own date and
author (the acting pegawai); the dialog itself stays as it was closed (issue 10)."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from skpdesk.domain.dialog import Dialog
from skpdesk.services.outcome import Outcome

from ..field_errors import BusyDialogMixin, FieldErrorsMixin, error_label
from ..i18n import arg
from ..tasks import TaskRunner
from .timeline_model import date_text


class AddendumDialog(FieldErrorsMixin, BusyDialogMixin, QDialog):
    def __init__(self, dialogs, tasks: TaskRunner, dialog: Dialog,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AddendumDialog")
        self.setWindowTitle(self.tr("Addendum"))
        self._dialogs = dialogs
        self.tasks = tasks
        self.dialog = dialog
        self.busy = False
        self.result_dialog: Dialog | None = None
        self.fields = {}
        self.errors = {}
        intro = QLabel(arg(self.tr("An addendum to the dialog of %1. The dialog stays as it was "
                                   "closed; the addendum is kept with today's date and your "
                                   "name."), date_text(dialog.held_on)), self)
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("field_text")
        self.fields["text"] = self.text_edit
        label = QLabel(self.tr("&Text:"), self)
        label.setBuddy(self.text_edit)
        self.errors["text"] = error_label(self, "error_text")
        self.general_error = error_label(self, "generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.errors["text"])
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def save(self) -> None:
        if self.busy:
            return
        dialogs, dialog_id, text = self._dialogs, self.dialog.id, self.text_edit.toPlainText()
        self.busy = True
        self.buttons.setEnabled(False)
        self.tasks.run(lambda: dialogs.add_addendum(dialog_id, text), self._saved,
                       self.show_error, on_done=self._done, owner=self)

    def _saved(self, outcome: Outcome) -> None:
        self.result_dialog = outcome.value
        self.accept()

    def _done(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
