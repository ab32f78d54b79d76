"""The problems of a refused staff file as a table: Row | Column | Problem (one per broken rule).

Filled from `ImportRejected.problems` (`RowProblem(row, column, error)`, already sorted by row and
column by the service). "Column" is the column name as written in the file's header row
(`nip_atasan`), so the user finds the cell in the spreadsheet; its tooltip is the human label.
"Problem" is the translated sentence of `messages.error_text`.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from skpdesk.domain.errors import RowProblem

from ..messages import error_text, field_label

ROW, COLUMN, PROBLEM = range(3)
Index = QModelIndex | QPersistentModelIndex


class ImportReportModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int | None, str, str, str]] = []  # row, column, column label, sentence

    def set_problems(self, problems: Sequence[RowProblem], omitted: int = 0) -> None:
        """`omitted`: problems found but not listed (`ImportRejected.omitted`); they get one
        last line "… and N more problems" (row shown as "…")."""
        self.beginResetModel()
        self._rows = [(p.row, p.column or "", field_label(p.column) if p.column else "",
                       error_text(p.error)) for p in problems]
        if omitted:
            self._rows.append((None, "", "", self.tr("… and %1 more problems").replace(
                "%1", QLocale().toString(int(omitted)))))
        self.endResetModel()

    def clear(self) -> None:
        self.set_problems([])

    def problem_rows(self) -> list[int]:
        """The file row numbers that have at least one problem, in order, without repeats."""
        return list(dict.fromkeys(r[0] for r in self._rows if r[0] is not None))

    def as_text(self) -> str:
        """The table as tab-separated text (header first), e.g. to paste into a spreadsheet."""
        header = "\t".join(self.headerData(c, Qt.Orientation.Horizontal) for c in range(3))
        lines = [f"{'…' if row is None else row}\t{column}\t{text}"
                 for row, column, _label, text in self._rows]
        return "\n".join([header, *lines])

    # --- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column, label, text = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == ROW:
                return "…" if row is None else row
            if col == COLUMN:
                return column or "—"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COLUMN and label:
                return label
            if col == PROBLEM:
                return text
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {ROW: self.tr("Row"), COLUMN: self.tr("Column"),
                PROBLEM: self.tr("Problem")}.get(section)
