"""The dialog of one workflow step of an SKP: what will happen, and what the step needs.

Ajukan and Setujui ask for confirmation, saying who receives the SKP and that it becomes
read-only; a pengelola kinerja acting for another person ("atas nama") gives the reason, which
is journaled; Kembalikan and Buka kembali take their note here too when acting atas nama (else
the tab's plain note dialog asks for it). The dialog stays open on a refusal, showing the
catalogue sentence (`FormDialog`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from ..i18n import arg
from .form_dialog import FormDialog, plain_text_edit


class WorkflowDialog(FormDialog):
    def __init__(self, action: str, *, pegawai: str, penilai: str | None, year: int,
                 on_behalf_of: str | None = None, parent: QWidget | None = None) -> None:
        titles = {"submit": self.tr("Submit the SKP"), "approve": self.tr("Approve the SKP"),
                  "return": self.tr("Return to Draft"),
                  "reopen": self.tr("Reopen the approved SKP")}
        super().__init__(titles[action], parent)
        self.action = action
        self.setObjectName("workflowDialog")
        self.context_label = QLabel(self._what_happens(action, pegawai, penilai, year), self)
        self.context_label.setObjectName("workflowContext")
        self.context_label.setWordWrap(True)
        self.form.addRow(self.context_label)
        self.note_edit = None
        if action in ("return", "reopen"):
            self.note_edit = plain_text_edit(self, "", 4)
            self.form.addRow(self.tr("&Note for the employee") if action == "return"
                             else self.tr("&Reason"), self.note_edit)
        self.reason_edit = None
        if on_behalf_of is not None:
            behalf = QLabel(arg(self.tr(
                "You act as performance administrator on behalf of %1. Give the reason: it is "
                "recorded in the journal with your name."), on_behalf_of), self)
            behalf.setObjectName("onBehalfNote")
            behalf.setWordWrap(True)
            self.form.addRow(behalf)
            self.reason_edit = plain_text_edit(self, "", 3)
            self.form.addRow(self.tr("Reason for acting on &behalf"), self.reason_edit)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText({"submit": self.tr("Submit"), "approve": self.tr("Approve"),
                    "return": self.tr("Return"), "reopen": self.tr("Reopen")}[action])
        first = self.note_edit or self.reason_edit
        (first or ok).setFocus()

    def _what_happens(self, action: str, pegawai: str, penilai: str | None, year: int) -> str:
        penilai = penilai or self.tr("(no appraiser recorded)")
        if action == "submit":
            return arg(self.tr(
                "The SKP %2 of %1 is sent to the appraiser, %3, for approval. Until it is "
                "approved or returned it can only be read: no RHK, indicator or attachment can "
                "be changed."), pegawai, str(year), penilai)
        if action == "approve":
            return arg(self.tr(
                "The SKP %2 of %1 is approved and becomes read-only. Changing it later needs "
                "Reopen, with a reason that is kept."), pegawai, str(year))
        if action == "return":
            return arg(self.tr(
                "The SKP %2 of %1 goes back to Draft with your note, so that it can be "
                "revised and submitted again."), pegawai, str(year))
        return arg(self.tr(
            "The approved SKP %2 of %1 becomes Draft again; the reason is kept on the SKP and in "
            "the journal."), pegawai, str(year))

    def values(self) -> dict[str, Any]:
        return {"text": self.note_edit.toPlainText().strip() if self.note_edit else "",
                "reason": self.reason_edit.toPlainText().strip() if self.reason_edit else ""}
