"""The self-assessment box of the Penilaian tab (issue 12): the pegawai's own view of the
period, advisory only (the pejabat penilai decides): their own two ratings and a refleksi.

Editable by the pegawai themself while the evaluation is a draft (or does not exist yet:
saving creates the draft); everybody else who opens the tab sees it read-only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit,
                               QPushButton, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import RATING_LABELS, Evaluation, Rating

from ..field_errors import error_label
from ..i18n import arg, date_text
from ..messages import error_text
from .rating_panel import RATING_ORDER

FIELD_REFLECTION = "refleksi_diri"


class SelfAssessmentBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Self-assessment (advisory)"), parent)
        self.setObjectName("selfAssessment")
        form = QFormLayout(self)
        self.hasil = self._rating_combo("selfHasil")
        self.perilaku = self._rating_combo("selfPerilaku")
        form.addRow(self.tr("My hasil kerja:"), self.hasil)
        form.addRow(self.tr("My perilaku kerja:"), self.perilaku)
        self.reflection = QPlainTextEdit(self)
        self.reflection.setObjectName("selfReflection")
        self.reflection.setMaximumHeight(80)
        form.addRow(self.tr("Reflection:"), self.reflection)
        self.when_label = QLabel(self)
        self.when_label.setObjectName("selfWhen")
        form.addRow("", self.when_label)
        self.error = error_label(self, "selfError")
        form.addRow("", self.error)
        self.save_button = QPushButton(self.tr("Save my self-assessment"), self)
        self.save_button.setObjectName("selfSave")
        form.addRow("", self.save_button)
        self.editable = False

    def _rating_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("(not given)"), None)
        for rating in RATING_ORDER:
            combo.addItem(RATING_LABELS[rating], rating.value)  # Qt keeps str
        return combo

    def show_evaluation(self, evaluation: Evaluation | None, *, editable: bool) -> None:
        self.editable = editable
        self.error.setVisible(False)
        self._set(self.hasil, evaluation.self_hasil if evaluation else None)
        self._set(self.perilaku, evaluation.self_perilaku if evaluation else None)
        self.reflection.setPlainText(evaluation.self_reflection if evaluation else "")
        on = evaluation.self_on if evaluation else None
        self.when_label.setText(arg(self.tr("Written %1"), date_text(on)) if on else "")
        self.when_label.setVisible(on is not None)
        self.hasil.setEnabled(editable)
        self.perilaku.setEnabled(editable)
        self.reflection.setReadOnly(not editable)
        self.save_button.setVisible(editable)

    @staticmethod
    def _set(combo: QComboBox, rating: Rating | None) -> None:
        combo.setCurrentIndex(max(combo.findData(Rating(rating).value), 0) if rating else 0)

    def choice(self) -> dict:
        """The keyword arguments of `EvaluationService.self_assess`."""
        return {"hasil": _rating(self.hasil), "perilaku": _rating(self.perilaku),
                "reflection": self.reflection.toPlainText().strip()}

    def show_error(self, error: DomainError) -> None:
        self.error.setText(error_text(error))
        self.error.setVisible(True)


def _rating(combo: QComboBox) -> Rating | None:
    value = combo.currentData()
    return Rating(value) if value else None
