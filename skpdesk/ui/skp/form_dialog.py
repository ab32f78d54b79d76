"""Edit dialogs of the SKP editor that stay open until the service accepted what they hold.

OK emits `submitted(values)`; the owner runs the edit and calls `succeeded()` (the dialog
closes) or `failed(error)` (the translated sentence naming the field and the rule appears in the
dialog, which stays open with what the user typed). `TextDialog` asks for one text: an
ekspektasi, a lampiran item, the note of Kembalikan or the reason of Buka kembali.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError

from ..messages import error_text

ERROR_STYLE = "color: #a40000; font-weight: bold;"


class FormDialog(QDialog):
    submitted = Signal(object)  # the values (dict) the user confirmed

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def submit(self) -> None:
        self.error_label.setVisible(False)
        self.submitted.emit(self.values())

    def succeeded(self) -> None:
        self.accept()

    def failed(self, error: DomainError | str) -> None:
        text = error if isinstance(error, str) else error_text(error)
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self.error_label.setAccessibleDescription(text)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the form needs at this width. The dialog was sized without the
        message; a word-wrapped label's height depends on the width, which the top-level layout
        does not add to the minimum, so without this the message is drawn over the last field
        (the note box of Kembalikan) and cut off."""
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)


def plain_text_edit(parent: QWidget, text: str = "", lines: int = 4) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (as in a form) instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setPlainText(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class TextDialog(FormDialog):
    def __init__(self, title: str, label: str, text: str = "", *, context: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        if context:
            context_label = QLabel(context, self)
            context_label.setWordWrap(True)
            context_label.setObjectName("textDialogContext")
            self.form.addRow(context_label)
        self.text_edit = plain_text_edit(self, text, 6)
        self.form.addRow(label, self.text_edit)
        self.text_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {"text": self.text_edit.toPlainText().strip()}
