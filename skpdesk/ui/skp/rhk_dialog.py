"""Add or edit one RHK (Rencana Hasil Kerja).

The intervened leader's RHK is picked from the supervisor's Utama RHK of the same year
(`SkpService.parent_candidates`), never typed. Perspektif and "penugasan dari" appear on a JPT
SKP only (the layout of that form); the service decides what is allowed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from skpdesk.domain.skp import PERSPECTIVE_LABELS, Perspective, Rhk, RhkKind, Skp, SkpForm

from .form_dialog import FormDialog, plain_text_edit


class RhkDialog(FormDialog):
    def __init__(self, skp: Skp, candidates: list[Rhk], *, rhk: Rhk | None = None,
                 kind: RhkKind = RhkKind.UTAMA, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit RHK") if rhk else self.tr("Add RHK"), parent)
        self.rhk = rhk
        jpt = skp.form is SkpForm.JPT

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("A. Main"), RhkKind.UTAMA)
        self.kind_combo.addItem(self.tr("B. Additional"), RhkKind.TAMBAHAN)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(rhk.kind if rhk else kind))
        self.form.addRow(self.tr("&Type"), self.kind_combo)

        self.parent_combo = QComboBox(self)
        self.parent_combo.setObjectName("parentRhkCombo")
        self.parent_combo.addItem(self.tr("— none —"), None)
        for number, candidate in enumerate(candidates, start=1):
            self.parent_combo.addItem(f"{number}. {candidate.text}", candidate.id)
            self.parent_combo.setItemData(number, candidate.text, Qt.ItemDataRole.ToolTipRole)
        current = rhk.parent_rhk_id if rhk else None
        if current and self.parent_combo.findData(current) < 0:  # no longer offered: keep it
            self.parent_combo.addItem(rhk.parent_rhk_text or current, current)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(current), 0))
        self.parent_combo.setMinimumContentsLength(40)
        self.parent_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form.addRow(self.tr("&Leader's RHK that is intervened"), self.parent_combo)
        if not candidates:
            self.parent_combo.setToolTip(self.tr(
                "The supervisor has no main RHK in an SKP of this year yet."))

        self.text_edit = plain_text_edit(self, rhk.text if rhk else "", 4)
        self.text_edit.setObjectName("rhkText")
        self.form.addRow(self.tr("&Planned work result"), self.text_edit)

        self.perspective_combo = QComboBox(self)
        self.perspective_combo.addItem("", None)
        for value, label in PERSPECTIVE_LABELS.items():
            self.perspective_combo.addItem(label, value)
        self.perspective_combo.setCurrentIndex(
            max(self.perspective_combo.findData(rhk.perspective if rhk else None), 0))
        self.assignment_edit = QLineEdit(rhk.assignment_from if rhk else "", self)
        if jpt:
            self.form.addRow(self.tr("P&erspective"), self.perspective_combo)
            self.form.addRow(self.tr("&Assigned by"), self.assignment_edit)
        else:
            self.perspective_combo.hide()
            self.assignment_edit.hide()
        QWidget.setTabOrder(self.kind_combo, self.parent_combo)
        QWidget.setTabOrder(self.parent_combo, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.perspective_combo)
        QWidget.setTabOrder(self.perspective_combo, self.assignment_edit)
        (self.text_edit if rhk else self.kind_combo).setFocus()

    def pick_parent(self, rhk_id: str | None) -> bool:
        """Choose the intervened RHK by id (keyboard users and tests); False if not offered."""
        index = self.parent_combo.findData(rhk_id)
        if index < 0:
            return False
        self.parent_combo.setCurrentIndex(index)
        return True

    def values(self) -> dict[str, Any]:
        perspective = self.perspective_combo.currentData()  # combos keep an enum as its str
        return {
            "kind": RhkKind(self.kind_combo.currentData()),
            "parent_rhk_id": self.parent_combo.currentData(),
            "text": self.text_edit.toPlainText().strip(),
            "perspective": Perspective(perspective) if perspective else None,
            "assignment_from": self.assignment_edit.text().strip(),
        }

