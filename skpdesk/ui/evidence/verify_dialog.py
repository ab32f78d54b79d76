"""The small windows of the bukti list: the reason of a rejection ("Tolak…"), a link or reference
("Tambah tautan…") and the chain of versions ("Riwayat").

The reason and link dialogs do not judge their input themselves: OK hands the text to `submit`
(the list runs the service on the worker) and the dialog stays open until the service said yes.
A refusal (no reason for a rejection, a link too long, ...) is the service's sentence, shown
under the field it names; nothing is written then. One rule, one place: the service.
"""

from __future__ import annotations

import html
from typing import Callable, Sequence

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit,
                               QTextBrowser, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.evidence import (MAX_DESCRIPTION, MAX_LINK, STATUS_LABELS, Evidence,
                                     EvidenceKind)

from ..field_errors import error_label
from ..i18n import arg
from ..messages import error_text

Submit = Callable[..., None]  # submit(*values, on_done=callable(error_or_None))


class _SubmittingDialog(QDialog):
    """OK runs `submit`; the dialog closes on success, shows the refusal otherwise."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.busy = False
        self.error = error_label(self, "dialogError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> tuple:
        raise NotImplementedError

    def _ok(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.error.setVisible(False)
        self.buttons.setEnabled(False)
        self._submit(*self.values(), on_done=self._done)

    def _done(self, error: DomainError | None) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        if error is None:
            self.accept()
            return
        self.error.setText(error_text(error))
        self.error.setVisible(True)

    def reject(self) -> None:
        if not self.busy:  # the answer of a running save still has to arrive here
            super().reject()


class RejectDialog(_SubmittingDialog):
    """"Tolak bukti dukung": the reason is required (the service says so when it is empty)."""

    def __init__(self, evidence: Evidence, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reject evidence"), submit, parent)
        self.setObjectName("rejectEvidenceDialog")
        name = evidence.original_name or evidence.link
        intro = QLabel(arg(self.tr("Why is <b>%1</b> rejected? The pegawai reads this reason "
                                   "and may replace the file."), html.escape(name)), self)
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("rejectReason")
        self.reason_edit.setTabChangesFocus(True)
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()
        self.resize(460, 260)

    def values(self) -> tuple:
        return (self.reason_edit.toPlainText().strip(),)


class LinkDialog(_SubmittingDialog):
    """"Tambah tautan": a URL or a reference text (where the paper original is kept)."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a link or reference"), submit, parent)
        self.setObjectName("addLinkDialog")
        intro = QLabel(self.tr("A web address (https://…) or where the evidence can be found "
                               "(e.g. \"SK No. 12/2026, arsip Subbag Umum\")."), self)
        intro.setWordWrap(True)
        self.link_edit = QLineEdit(self)
        self.link_edit.setObjectName("linkText")
        self.link_edit.setMaxLength(MAX_LINK)
        self.description_edit = QLineEdit(self)
        self.description_edit.setObjectName("linkDescription")
        self.description_edit.setMaxLength(MAX_DESCRIPTION)
        link_label = QLabel(self.tr("&Link or reference:"), self)
        link_label.setBuddy(self.link_edit)
        description_label = QLabel(self.tr("&Description:"), self)
        description_label.setBuddy(self.description_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(link_label)
        layout.addWidget(self.link_edit)
        layout.addWidget(description_label)
        layout.addWidget(self.description_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, 220)

    def values(self) -> tuple:
        return (self.link_edit.text().strip(), self.description_edit.text().strip())


class HistoryDialog(QDialog):
    """"Riwayat": every version of a bukti, oldest first, each with its status and reason."""

    def __init__(self, versions: Sequence[Evidence], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceHistoryDialog")
        self.setWindowTitle(self.tr("Evidence history"))
        self.versions = list(versions)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("evidenceHistory")
        self.browser.setOpenLinks(False)
        self.browser.setHtml("".join(self._version_html(number, evidence) for number, evidence
                                     in enumerate(self.versions, start=1)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _version_html(self, number: int, evidence: Evidence) -> str:
        name = evidence.original_name or evidence.link
        lines = [arg(self.tr("Version %1: %2"), number, f"<b>{html.escape(name)}</b>")]
        if evidence.kind is EvidenceKind.FILE:
            lines.append(f"SHA-256 {html.escape(evidence.hash_prefix)}…")
        lines.append(html.escape(arg(self.tr("Added by %1 on %2"), evidence.added_by_name or "-",
                                     evidence.added_on.strftime("%d-%m-%Y"))))
        status = STATUS_LABELS[evidence.status]
        if evidence.verified_on is not None:
            status = arg(self.tr("%1 by %2 on %3"), status, evidence.verified_by_name or "-",
                         evidence.verified_on.strftime("%d-%m-%Y"))
        lines.append(f"<b>{html.escape(status)}</b>")
        if evidence.status_reason:
            lines.append(html.escape(arg(self.tr("Reason: %1"), evidence.status_reason)))
        if evidence.description:
            lines.append(html.escape(evidence.description))
        return "<p>" + "<br>".join(lines) + "</p>"

    def text(self) -> str:
        """The plain text shown (tests)."""
        return self.browser.toPlainText()

