"""The umpan balik beside the selected RHK (Hasil Kerja page) or core value (Perilaku Kerja page):
the current feedback on it, newest first, with its period, date and author, and the
"Beri umpan balik…" button.

The pane only shows: the SKP tab reads the SKP's feedback once (`FeedbackService.for_skp`, the
current rows only: a corrected one shows its correction) and tells each pane which target is
selected; the button asks the tab to open the feedback dialog for that target.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from skpdesk.domain.dialog import Feedback, period_label

from ..i18n import arg

FEEDBACK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def feedback_line(feedback: Feedback) -> str:
    """"Triwulan I 2026 · 12-03-2026 · Budi Santoso: text" (one entry of the list)."""
    author = feedback.author.name if feedback.author else ""
    head = f"{period_label(feedback.period)} · {feedback.given_on:%d-%m-%Y}"
    return f"{head} · {author}\n{feedback.text}" if author else f"{head}\n{feedback.text}"


class FeedbackPane(QWidget):
    give_requested = Signal()  # "Beri umpan balik…" for the target shown

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = QLabel(self)
        self.title.setObjectName("feedbackTitle")
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("feedbackList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Feedback"))
        self.empty = QLabel(self.tr("No feedback yet."), self)
        self.empty.setObjectName("feedbackEmpty")
        self.give_button = QPushButton(self.tr("&Give feedback…"), self)
        self.give_button.setObjectName("giveFeedbackButton")
        self.give_button.clicked.connect(self.give_requested)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.give_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.show_feedback("", ())

    def show_feedback(self, target: str, feedback: Sequence[Feedback],
                      can_give: bool = False) -> None:
        """`target`: what the entries are about ("" when nothing is selected)."""
        self.title.setText(arg(self.tr("Feedback on %1"), target) if target
                           else self.tr("Feedback: choose an RHK or a work behaviour."))
        self.list.clear()
        for entry in feedback:
            item = QListWidgetItem(feedback_line(entry), self.list)
            item.setData(FEEDBACK_ID_ROLE, entry.id)
            item.setToolTip(entry.text)
        self.empty.setVisible(bool(target) and not feedback)
        self.list.setVisible(bool(feedback))
        self.give_button.setEnabled(bool(target) and can_give)

    def lines(self) -> list[str]:
        """The entries shown (tests)."""
        return [self.list.item(i).text() for i in range(self.list.count())]
