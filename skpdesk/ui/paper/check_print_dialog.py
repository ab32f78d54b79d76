"""File > "Check printout…": which record a printed paper or PDF came from, whether the record
changed since it was printed, and the PDF's digital signature (issue 13, docs/signing.md).

The window counterpart of `skpdesk check-print [CODE] --pdf FILE`: a code typed from the paper's
footer, or a PDF chosen (its code is read from the file's metadata, and its signatures are
verified offline by `PdfSignatureService.verify`). The database read and the verification run on
the task runner's worker; errors (unknown code, not a PDF) show in the dialog itself, worded by
the one error catalogue.

`ask_pdf` opens the native file dialog; tests replace it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from skpdesk.domain.documents import PrintCheck
from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import EVALUATION_STATUS_LABELS, EvaluationStatus
from skpdesk.domain.signatures import SignatureCheck
from skpdesk.domain.skp import STATUS_LABELS, SkpStatus
from skpdesk.services.context import Services

from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner


@dataclass(frozen=True)
class CheckResult:
    record: PrintCheck
    signature: SignatureCheck | None  # None: no PDF was given


def install_check_print_action(window, services: Services, tasks: TaskRunner) -> QAction:
    """Add "Check printout…" to the File menu, after the print actions (before Quit)."""
    action = QAction(QCoreApplication.translate("CheckPrintDialog", "C&heck printout…"), window)
    action.setObjectName("checkPrintAction")
    action.setStatusTip(QCoreApplication.translate(
        "CheckPrintDialog", "Which record a printed paper or PDF came from, whether it changed "
                            "since, and its digital signature"))
    action.triggered.connect(lambda _checked=False: open_check_print_dialog(window, services,
                                                                            tasks))
    menu = window.file_menu
    quit_action = getattr(window, "quit_action", None)
    actions = menu.actions()
    if quit_action in actions:
        at = actions.index(quit_action)
        # after the print actions' separator, when there is one just above Quit
        menu.insertAction(actions[at - 1] if at and actions[at - 1].isSeparator() else
                          quit_action, action)
    else:
        menu.addAction(action)
    window.check_print_action = action
    return action


def open_check_print_dialog(window, services: Services, tasks: TaskRunner) -> "CheckPrintDialog":
    dialog = CheckPrintDialog(services, tasks, window)
    window.check_print_dialog = dialog  # tests reach the open dialog here
    dialog.open()
    return dialog


class CheckPrintDialog(QDialog):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.pdf_path = ""
        self.last_result: CheckResult | None = None
        self.setObjectName("checkPrintDialog")
        self.setWindowTitle(self.tr("Check printout"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("checkPrintCode")
        self.code_edit.setPlaceholderText(self.tr("SKP-XXXXX-XXXXX, from the page footer"))
        self.pdf_label = QLabel(self.tr("(none)"), self)
        self.pdf_label.setObjectName("checkPrintPdf")
        self.choose_button = QPushButton(self.tr("Choose &PDF…"), self)
        self.choose_button.clicked.connect(self.choose_pdf)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.clicked.connect(lambda: self.set_pdf(""))
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_label, 1)
        pdf_row.addWidget(self.choose_button)
        pdf_row.addWidget(self.clear_button)
        form = QFormLayout()
        code_label = QLabel(self.tr("&Document code:"), self)
        code_label.setBuddy(self.code_edit)
        form.addRow(code_label, self.code_edit)
        form.addRow(self.tr("PDF file:"), pdf_row)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("checkPrintResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setMinimumWidth(480)
        self.signature_label = QLabel(self)
        self.signature_label.setObjectName("checkPrintSignature")
        self.signature_label.setWordWrap(True)
        self.signature_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = buttons.addButton(self.tr("Chec&k"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setObjectName("checkPrintButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.signature_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

    # --- input
    def ask_pdf(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a printed PDF"), "",
                                              self.tr("PDF files (*.pdf)"))
        return path

    def choose_pdf(self) -> None:
        path = self.ask_pdf()
        if path:
            self.set_pdf(path)

    def set_pdf(self, path: str) -> None:
        self.pdf_path = path
        self.pdf_label.setText(path or self.tr("(none)"))

    # --- the check
    def run_check(self) -> None:
        code = self.code_edit.text().strip()
        pdf = self.pdf_path
        if not code and not pdf:
            self.show_text(self.tr("Type the document code from the page footer, or choose "
                                   "the PDF file."), "")
            return
        services = self.services

        def job() -> CheckResult:
            signatures = services.pdf_signatures
            wanted = code
            signature = None
            if pdf:
                if not wanted:
                    wanted = signatures.code_of(pdf)
                signature = signatures.verify(pdf)
            return CheckResult(services.skp_document.check_print(wanted), signature)

        self.check_button.setEnabled(False)
        self.tasks.run(job, on_success=self.show_result, on_failure=self.show_failure,
                       on_done=lambda *_: self.check_button.setEnabled(True), initiator=self,
                       owner=self)

    def show_failure(self, error: BaseException) -> bool | None:
        if isinstance(error, DomainError):
            self.last_result = None
            self.show_text(error_text(error), "")
            return True  # handled: no second message box
        return None

    def show_result(self, result: CheckResult) -> None:
        self.last_result = result
        if result.record.code and not self.code_edit.text().strip():
            self.code_edit.setText(result.record.code)
        self.show_text(self.record_text(result.record), self.signature_text(result.signature))

    def show_text(self, record: str, signature: str) -> None:
        self.result_label.setText(record)
        self.signature_label.setText(signature)
        self.signature_label.setVisible(bool(signature))

    def record_text(self, check: PrintCheck) -> str:
        lines = [arg(self.tr("Document code: %1"), check.code),
                 arg(self.tr("Employee: %1 (%2), year %3"), check.pegawai_name, check.nip,
                     check.year),
                 arg(self.tr("Printed: %1, revision %2"), _local(check.printed_at),
                     check.printed_revision)]
        printed_status = getattr(check, "printed_status", "")
        current_status = getattr(check, "current_status", "")
        if printed_status or current_status:
            lines.append(arg(self.tr("Status when printed: %1; now: %2"),
                             _status_label(printed_status), _status_label(current_status)))
        if check.changed is None:
            lines.append(self.tr("Result: the code is known; this form is not compared with "
                                 "the current data."))
        elif check.changed:
            lines.append(arg(self.tr("Current revision: %1"), check.current_revision))
            lines.append(self.tr("Result: CHANGED since it was printed; this printout is not "
                                 "the latest version."))
        else:
            lines.append(self.tr("Result: UNCHANGED: the printout matches the current data."))
        return "\n".join(lines)

    def signature_text(self, check: SignatureCheck | None) -> str:
        if check is None:
            return ""
        if not check.signed:
            return self.tr("Digital signature: none")
        lines = []
        for sig in check.signatures:
            when = _local(sig.signed_at.isoformat()) if sig.signed_at else "-"
            if sig.valid:
                lines.append(arg(self.tr("Digital signature: VALID (%1, %2)"), sig.signer, when))
            else:
                lines.append(arg(self.tr("Digital signature: NOT VALID (the file was changed "
                                         "after signing; %1, %2)"), sig.signer, when))
            lines.append(self.tr("Certificate: trusted") if sig.trusted else
                         self.tr("Certificate: not trusted (self-signed or unknown issuer); "
                                 "the content's integrity is still checked"))
        return "\n".join(lines)


def _status_label(value: str) -> str:
    """The official word of an SKP or evaluation status value (the same in both languages)."""
    if not value:
        return "-"
    for enum, labels in ((SkpStatus, STATUS_LABELS), (EvaluationStatus, EVALUATION_STATUS_LABELS)):
        try:
            return labels[enum(value)]
        except (ValueError, KeyError):
            continue
    return value


def _local(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(str(iso).replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return str(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")
