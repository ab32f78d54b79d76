"""Add or edit one indicator (Indikator Kinerja Individu) of an RHK.

The fields follow the SKP's layout: a JA/JF kuantitatif SKP has the aspek, the IKI and the
target (value and unit); a JPT kuantitatif SKP has the IKI and the target; a kualitatif SKP has
one free text that narrates indicator and target together (SKP-REFERENCE §1.1, §1.3).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from skpdesk.domain.skp import Approach, Aspect, Indicator, Rhk, Skp, SkpForm

from ..i18n import aspect_label

from .form_dialog import FormDialog, plain_text_edit


class IndicatorDialog(FormDialog):
    def __init__(self, skp: Skp, rhk: Rhk, *, indicator: Indicator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit indicator") if indicator else self.tr("Add indicator"),
                         parent)
        self.indicator = indicator
        kuantitatif = skp.approach is Approach.KUANTITATIF
        rhk_label = QLabel(rhk.text, self)
        rhk_label.setWordWrap(True)
        self.form.addRow(self.tr("RHK"), rhk_label)

        self.aspect_combo = QComboBox(self)
        self.aspect_combo.addItem("", None)
        for value in Aspect:
            self.aspect_combo.addItem(aspect_label(value), value)
        if indicator is not None:
            current = indicator.aspect
        else:  # the next aspek not used yet: Kuantitas, Kualitas, Waktu (the usual three rows)
            used = {i.aspect for i in rhk.indicators}
            current = next((a for a in (Aspect.KUANTITAS, Aspect.KUALITAS, Aspect.WAKTU)
                            if a not in used), None)
        self.aspect_combo.setCurrentIndex(max(self.aspect_combo.findData(current), 0))
        self.text_edit = plain_text_edit(self, indicator.text if indicator else "", 3)
        self.text_edit.setObjectName("indicatorText")
        self.target_edit = QLineEdit(indicator.target_value if indicator else "", self)
        self.target_edit.setObjectName("targetValue")
        self.unit_edit = QLineEdit(indicator.target_unit if indicator else "", self)
        self.unit_edit.setObjectName("targetUnit")

        self.has_aspect = skp.form is SkpForm.JA_JF and kuantitatif
        if self.has_aspect:
            self.form.addRow(self.tr("&Aspect"), self.aspect_combo)
        else:
            self.aspect_combo.hide()
        if kuantitatif:
            self.form.addRow(self.tr("&Individual performance indicator"), self.text_edit)
            self.form.addRow(self.tr("&Target"), self.target_edit)
            self.form.addRow(self.tr("Target &unit"), self.unit_edit)
        else:
            self.form.addRow(self.tr("&Success measure / individual performance indicator, and "
                                     "target"), self.text_edit)
            self.target_edit.hide()
            self.unit_edit.hide()
        QWidget.setTabOrder(self.aspect_combo, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.target_edit)
        QWidget.setTabOrder(self.target_edit, self.unit_edit)
        self.text_edit.setFocus()

    def values(self) -> dict[str, Any]:
        aspect = self.aspect_combo.currentData()  # combos keep an enum as its str
        return {
            "aspect": Aspect(aspect) if aspect and self.has_aspect else None,
            "text": self.text_edit.toPlainText().strip(),
            "target_value": self.target_edit.text().strip(),
            "target_unit": self.unit_edit.text().strip(),
        }
