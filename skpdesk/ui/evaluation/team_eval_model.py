"""The team evaluation table of "Penilaian tim": one row per pegawai of the scope with their
current evaluation of the period (`services.evaluation.evaluations.TeamEvaluation`: the
pegawai, their SKP id, the evaluation in force or None).

Columns: Pegawai, NIP, Jabatan, Rating hasil kerja, Rating perilaku kerja, Predikat, Status.
The rating and predikat words are the official terms and stay Indonesian (as on the forms);
the status is translated. A pegawai not rated yet shows "Not rated" in the status and dashes
elsewhere; an override of the matrix is marked with "*" and explained in the tooltip.

A scope is a pejabat penilai's team (tens of pegawai) or a unit (up to the whole office, about
2,000 rows in the largest test office); the rows are small frozen values built on the database
worker in one read, so the model simply holds them.
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)

from skpdesk.domain.evaluation import RATING_LABELS, EvaluationStatus
from skpdesk.domain.identifiers import format_nip

from ..i18n import arg

PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COL_NAME, COL_NIP, COL_POSITION, COL_HASIL, COL_PERILAKU, COL_PREDIKAT, COL_STATUS = range(7)
DASH = "–"


def status_text(status: EvaluationStatus | None) -> str:
    """The translated effective status ("Not rated" when there is no evaluation)."""
    if status is None:
        return QCoreApplication.translate("TeamEvaluationModel", "Not rated")
    if status is EvaluationStatus.DRAFT:
        return QCoreApplication.translate("TeamEvaluationModel", "Draft")
    if status is EvaluationStatus.DITETAPKAN:
        return QCoreApplication.translate("TeamEvaluationModel", "Set")
    if status is EvaluationStatus.FINAL:
        return QCoreApplication.translate("TeamEvaluationModel", "Final")
    return QCoreApplication.translate("TeamEvaluationModel", "Replaced")


class TeamEvaluationModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_of(self, pegawai_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.pegawai.id == pegawai_id), -1)

    def pegawai_id(self, row: int) -> str | None:
        return self._rows[row].pegawai.id if 0 <= row < len(self._rows) else None

    # --- Qt

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt name)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 7:
            return None
        return (self.tr("Employee"), self.tr("NIP"), self.tr("Position"),
                self.tr("Rating hasil kerja"), self.tr("Rating perilaku kerja"),
                self.tr("Predikat"), self.tr("Status"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == PEGAWAI_ID_ROLE:
            return row.pegawai.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row, column: int) -> str:
        ev = row.evaluation
        pegawai = row.pegawai
        if column == COL_NAME:
            return pegawai.full_name
        if column == COL_NIP:
            return format_nip(pegawai.nip) if pegawai.nip else ""
        if column == COL_POSITION:
            return pegawai.position
        if column == COL_STATUS:
            return status_text(ev.status if ev is not None else None)
        if ev is None:
            return DASH
        if column == COL_HASIL:
            return RATING_LABELS[ev.rating_hasil] if ev.rating_hasil is not None else DASH
        if column == COL_PERILAKU:
            return RATING_LABELS[ev.rating_perilaku] if ev.rating_perilaku is not None else DASH
        if column == COL_PREDIKAT:
            if ev.predikat is None:
                return DASH
            return ev.predikat.label + (" *" if ev.predikat_override else "")
        return ""

    def _tooltip(self, row, column: int) -> str | None:
        ev = row.evaluation
        if ev is None:
            return None
        if column == COL_PREDIKAT and ev.predikat_override and ev.matrix_predikat is not None:
            return arg(self.tr("Differs from the matrix (%1): %2"), ev.matrix_predikat.label,
                       ev.override_reason)
        if column == COL_HASIL and ev.hasil_from_org:
            return self.tr("From the organisation's performance (JPT rule)")
        return None
