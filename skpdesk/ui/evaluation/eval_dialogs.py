"""The small dialogs of the Penilaian tab: confirm Tetapkan, and the revisions (Riwayat).

The reason of Buka kembali is asked with the SKP editor's `TextDialog` (a required text that
stays on screen with the catalogue's sentence when the service refuses it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from skpdesk.domain.evaluation import EVALUATION_STATUS_LABELS, RATING_LABELS, Evaluation

from ..i18n import arg, date_text
from ..skp.form_dialog import FormDialog


class ConfirmSetDialog(FormDialog):
    """Tetapkan: what happens (read-only; keberatan window) before it is done."""

    def __init__(self, pegawai: str, period_label: str, predikat: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set the assessment (tetapkan)"), parent)
        self.setObjectName("confirmSetDialog")
        text = arg(self.tr(
            "Set the assessment of %1 for %2 with predikat %3? It becomes read-only; the "
            "employee may file an objection (keberatan) within 14 days. Changing it later "
            "needs Reopen with a reason."), pegawai, period_label, predikat)
        label = QLabel(text, self)
        label.setObjectName("confirmSetText")
        label.setWordWrap(True)
        self.form.addRow(label)

    def values(self) -> dict[str, Any]:
        return {}


class HistoryDialog(QDialog):
    """Every revision of the evaluation of a period, oldest first."""

    COLUMNS = 8

    def __init__(self, history: tuple[Evaluation, ...], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evalHistoryDialog")
        self.setWindowTitle(title)
        self.table = QTableWidget(len(history), self.COLUMNS, self)
        self.table.setObjectName("evalHistoryTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Revision"), self.tr("Status"), self.tr("Rating hasil kerja"),
            self.tr("Rating perilaku kerja"), self.tr("Predikat"), self.tr("Rated"),
            self.tr("Set"), self.tr("Why this revision")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, evaluation in enumerate(history):
            predikat = evaluation.predikat.label if evaluation.predikat else ""
            if evaluation.predikat_override:
                predikat = arg(self.tr("%1 (other than the matrix: %2)"), predikat,
                               evaluation.override_reason)
            cells = [str(evaluation.revision), EVALUATION_STATUS_LABELS[evaluation.status],
                     RATING_LABELS.get(evaluation.rating_hasil, ""),
                     RATING_LABELS.get(evaluation.rating_perilaku, ""), predikat,
                     date_text(evaluation.rated_on) if evaluation.rated_on else "",
                     date_text(evaluation.set_on) if evaluation.set_on else "",
                     evaluation.reopen_reason]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 300)

    def row_texts(self, row: int) -> list[str]:
        return [self.table.item(row, c).text() for c in range(self.COLUMNS)]
