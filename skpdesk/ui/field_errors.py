"""What the editing dialogs share: each field with its error line under it, the catalogue
sentence of a refusal placed under the field it names (`DomainError.params["field"]`), and a
dialog that cannot be closed while its save runs on the worker.

Used by the new-office, pegawai, employment status and office dialogs (`ui/team`, `ui/shell`). A dialog
mixing `FieldErrorsMixin` in sets `self.fields`, `self.errors` (dicts by error field key) and
`self.general_error` (a QLabel for errors that name no field of the form) before adding rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import AsnType
from skpdesk.domain.ranks import PNS_RANK_CODES, PPPK_GRADE_CODES, rank_for_code

from .messages import error_text

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


class FieldErrorsMixin:
    fields: dict[str, QWidget]
    errors: dict[str, QLabel]
    general_error: QLabel

    def _line(self, key: str, max_len: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"field_{key}")
        edit.setMaxLength(max_len)
        edit.setPlaceholderText(placeholder)
        self.fields[key] = edit
        return edit

    def _combo(self, key: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"field_{key}")
        self.fields[key] = combo
        return combo

    def _row(self, form: QFormLayout, text: str, key: str, *,
             buddy: QWidget | None = None) -> None:
        """A labelled field with its error line under it (hidden while the field is fine)."""
        label = QLabel(text, self)
        label.setWordWrap(True)  # a long label wraps instead of being cut beside a wide field
        label.setBuddy(buddy or self.fields[key])
        self.errors[key] = error_label(self, f"error_{key}")
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.fields[key])
        box.addWidget(self.errors[key])
        form.addRow(label, cell)

    def show_errors(self, errors: list[DomainError], *, keep: tuple[str, ...] = ()) -> None:
        """Each error under its field (the first rule a field breaks is the one to fix), the
        others in the general line; focus goes to the first field in error. `keep`: fields
        whose shown error stays (checked elsewhere, e.g. when a file was chosen)."""
        for key, label in self.errors.items():
            if key not in keep:
                label.clear()
                label.setVisible(False)
        general = []
        for error in errors:
            label = self.errors.get(str(error.params.get("field", "")))
            if label is None:
                general.append(error_text(error))
            elif label.isHidden():
                label.setText(error_text(error))
                label.setVisible(True)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        first = next((key for key, label in self.errors.items() if not label.isHidden()), None)
        if first is not None:
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, error: DomainError) -> None:
        self.show_errors([error])

    def error_text_of(self, key: str) -> str:
        """The error shown under field `key` ("" when none)."""
        label = self.errors[key]
        return "" if label.isHidden() else label.text()


class BusyDialogMixin:
    """A dialog whose save runs on the worker: Cancel, Escape and the close box wait for it
    (the job would otherwise deliver into a closed dialog)."""

    busy: bool = False

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def fill_rank_combo(combo: QComboBox, asn: str | None, choose: str, none: str) -> None:
    """The golongan (PNS) or grade (PPPK) choices of `asn`, keeping the current one when it is
    still a choice; disabled for a non-ASN. `choose`/`none`: the translated placeholders."""
    previous = combo.currentData()
    combo.clear()
    if asn == AsnType.NON_ASN.value:
        combo.addItem(none, "")
    else:
        combo.addItem(choose, "")
        codes = PNS_RANK_CODES if asn == AsnType.PNS.value else PPPK_GRADE_CODES
        for code in codes:
            combo.addItem(rank_for_code(code, asn).label, code)
    combo.setCurrentIndex(max(combo.findData(previous), 0))
    combo.setEnabled(asn != AsnType.NON_ASN.value)
