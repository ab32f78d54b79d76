"""The workflow strip of an SKP (layout only): the buttons of the transitions the status allows
(`domain.skp.TRANSITIONS`: Ajukan, Setujui, Kembalikan, Buka kembali), the read-only `banner` and
the `note_label` of the last return or reopen (the owner places those two below). It emits `action_requested("submit" | "approve" |
"return" | "reopen")`; `SkpTabWidget` asks for the note and calls the service.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from skpdesk.domain.skp import TRANSITIONS, Skp, SkpStatus

from ..i18n import arg

BANNER_STYLE = ("QFrame#readOnlyBanner { background: #fff4ce; border: 1px solid #c9a400; "
                "border-radius: 3px; }")
NOTE_STYLE = "QLabel#statusNote { color: #5a4a00; }"


class WorkflowBar(QWidget):
    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {
            "submit": QPushButton(self.tr("S&ubmit"), self),
            "approve": QPushButton(self.tr("&Approve"), self),
            "return": QPushButton(self.tr("R&eturn…"), self),
            "reopen": QPushButton(self.tr("Re&open…"), self),
        }
        tips = {"submit": self.tr("Submit the SKP to the appraiser for approval"),
                "approve": self.tr("Approve the SKP; it becomes read-only"),
                "return": self.tr("Return the SKP to Draft with a note for the employee"),
                "reopen": self.tr("Reopen the approved SKP as Draft, giving the reason")}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for action, button in self.buttons.items():
            button.setObjectName(f"{action}Button")
            button.setToolTip(tips[action])
            button.clicked.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
            row.addWidget(button)

        self.banner = QFrame(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label)
        self.banner.setVisible(False)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("statusNote")
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)

        self.setLayout(row)

    def show_skp(self, skp: Skp | None) -> None:
        status = skp.status if skp else None
        for action, button in self.buttons.items():
            button.setVisible(status is not None and TRANSITIONS[action][0] is status)
        if status is SkpStatus.DISETUJUI:
            self.banner_label.setText(self.tr(
                "This SKP is approved and can only be read. To change it, reopen it as Draft "
                "(Reopen…, with a reason)."))
        elif status is SkpStatus.DIAJUKAN:
            self.banner_label.setText(self.tr(
                "This SKP is submitted and can only be read until it is approved or returned "
                "to Draft (Return…, with a note)."))
        self.banner.setVisible(skp is not None and skp.read_only)
        note = skp.status_note if skp else ""
        if note and status is SkpStatus.DRAFT:
            self.note_label.setText(arg(self.tr("Note of the last return or reopening: %1"), note))
        elif note:
            self.note_label.setText(arg(self.tr("Note: %1"), note))
        self.note_label.setVisible(bool(note))

    def visible_actions(self) -> list[str]:
        return [a for a, b in self.buttons.items() if not b.isHidden()]
