"""The grid of the "Rencana aksi & bukti" tab: one SKP's RHK (bold, with their rencana aksi)
and, beneath each, its indicators (with their realisasi), against the periods of the SKP's year
(in the office's rhythm, then Akhir).

Filled from one `PlanService.grid(skp_id)` read (a `PlanGrid`, done on the worker). Column 0
names the row ("A.1 <RHK text>", the indicator text); every further column is one period. A
cell shows the rencana aksi and its target (RHK rows) or the realisasi (indicator rows),
shortened, and "n bukti" with an icon for the verification state of its bukti dukung. A closed
period (today after its batas pengisian) is greyed, its tooltip names the batas.

A pegawai's SKP has a handful of RHK with a few indicators each, so every row is built at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor, QFont

from skpdesk.domain.skp import Indicator, Rhk, RhkKind

from ..i18n import arg, date_text
from .state_icons import CellState, cell_state, state_icon, state_label

COL_LABEL = 0
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1   # rhk_id or indicator_id of the row
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 2    # the column's period name ("" in column 0)
STATE_ROLE = Qt.ItemDataRole.UserRole + 3     # CellState of the cell's bukti dukung
SHORT = 60                                    # characters of a text shown in a cell
CLOSED_BACKGROUND = QColor("#eeeeee")
CLOSED_FOREGROUND = QColor("#777777")

_Index = QModelIndex | QPersistentModelIndex


def shorten(text: str, limit: int = SHORT) -> str:
    """The first line of `text`, cut at `limit` characters; an ellipsis says more follows."""
    lines = (text or "").strip().splitlines()
    first = lines[0] if lines else ""
    if len(first) > limit:
        return first[:limit - 1].rstrip() + "…"
    return first + ("…" if len(lines) > 1 else "")


def rhk_number(rhk: Rhk) -> str:
    """"A.1" (kinerja utama 1), "B.2" (kinerja tambahan 2): the numbers of the SKP form and of
    the CLI's `--rhk`."""
    return f"{'A' if rhk.kind is RhkKind.UTAMA else 'B'}.{rhk.position}"


@dataclass(frozen=True)
class GridRow:
    """One row: an RHK (indicator None) or one of its indicators."""

    rhk: Rhk
    indicator: Indicator | None = None

    @property
    def key(self) -> str:
        return self.indicator.id if self.indicator is not None else self.rhk.id

    @property
    def is_rhk(self) -> bool:
        return self.indicator is None


def grid_rows(skp) -> list[GridRow]:
    """Kinerja utama then tambahan, each by position, every RHK followed by its indicators."""
    order = {RhkKind.UTAMA: 0, RhkKind.TAMBAHAN: 1}
    rows: list[GridRow] = []
    for rhk in sorted(skp.rhk, key=lambda r: (order[r.kind], r.position)):
        rows.append(GridRow(rhk))
        rows.extend(GridRow(rhk, ind) for ind in sorted(rhk.indicators, key=lambda i: i.position))
    return rows


class PlanGridModel(QAbstractTableModel):
    def __init__(self, parent=None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._grid = None
        self._rows: list[GridRow] = []
        self._periods: tuple = ()
        self._bold = QFont()
        self._bold.setBold(True)

    # --- filling
    def set_grid(self, grid) -> None:
        """Show a `PlanGrid` (None: nothing)."""
        self.beginResetModel()
        self._grid = grid
        self._rows = grid_rows(grid.skp) if grid is not None else []
        self._periods = tuple(grid.periods) if grid is not None else ()
        self.endResetModel()

    @property
    def grid(self):
        return self._grid

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    # --- lookups the tab uses
    def row(self, row: int) -> GridRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def period_at(self, column: int):
        """The PeriodInfo of a column (None for the label column)."""
        return self._periods[column - 1] if 1 <= column <= len(self._periods) else None

    def cell(self, row: int, column: int):
        """The GridCell at (row, column), None when empty or not a period cell."""
        info, period = self.row(row), self.period_at(column)
        if info is None or period is None or self._grid is None:
            return None
        return self._grid.cells.get((info.key, period.name))

    def index_of(self, key: str, period: str | None) -> QModelIndex:
        """The index of the row of RHK/indicator `key` in the column of `period` (the label
        column when the period is not shown); invalid when the row is not in the grid."""
        row = next((n for n, r in enumerate(self._rows) if r.key == key), -1)
        if row < 0:
            return QModelIndex()
        column = next((n + 1 for n, p in enumerate(self._periods) if p.name == period),
                      COL_LABEL)
        return self.index(row, column)

    def column_of(self, period: str) -> int:
        return next((n + 1 for n, p in enumerate(self._periods) if p.name == period), -1)

    # --- the model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (1 + len(self._periods) if self._rows else 0)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        period = self.period_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_LABEL:
                return QCoreApplication.translate("PlanGridModel", "RHK / indicator")
            return period.period.short_label if period is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and period is not None:
            return self._deadline_text(period)
        return None

    def _deadline_text(self, period) -> str:
        text = arg(QCoreApplication.translate("PlanGridModel", "%1: deadline %2"), period.label,
                   date_text(period.deadline))
        if period.closed(self._today()):
            text += " — " + QCoreApplication.translate("PlanGridModel", "closed")
        return text

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_LABEL:
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # files dropped here become bukti dukung
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.row(index.row())
        if info is None:
            return None
        column = index.column()
        if role == ROW_KEY_ROLE:
            return info.key
        if role == PERIOD_ROLE:
            period = self.period_at(column)
            return period.name if period is not None else ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if info.is_rhk else None
        if column == COL_LABEL:
            return self._label_data(info, role)
        return self._cell_data(info, self.period_at(column),
                               self.cell(index.row(), column), role)

    def _label_data(self, info: GridRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if info.is_rhk:
                return f"{rhk_number(info.rhk)} {shorten(info.rhk.text)}"
            return "    " + shorten(info.indicator.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.is_rhk:
                return f"{rhk_number(info.rhk)} {info.rhk.text}"
            target = info.indicator.target
            if not target:
                return info.indicator.text
            return info.indicator.text + "\n" + arg(QCoreApplication.translate(
                "PlanGridModel", "Target: %1"), target)
        return None

    def _cell_data(self, info: GridRow, period, cell, role: int) -> Any:
        if period is None:
            return None
        closed = period.closed(self._today())
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(self._cell_lines(info, cell, full=False))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = self._cell_lines(info, cell, full=True)
            state = cell_state(cell)
            if state is not CellState.NONE:
                lines.append(state_label(state))
            lines.append(self._deadline_text(period))
            return "\n".join(lines)
        if role == STATE_ROLE:
            return cell_state(cell)
        if role == Qt.ItemDataRole.DecorationRole:
            state = cell_state(cell)
            return state_icon(state) if state is not CellState.NONE else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CLOSED_BACKGROUND) if closed else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CLOSED_FOREGROUND) if closed else None
        return None

    def _cell_lines(self, info: GridRow, cell, *, full: bool) -> list[str]:
        cut = (lambda text: text) if full else shorten
        lines: list[str] = []
        if cell is not None and info.is_rhk and cell.plan is not None:
            lines.append(cut(cell.plan.text))
            if cell.plan.target:
                lines.append(arg(QCoreApplication.translate("PlanGridModel", "Target: %1"),
                                 cell.plan.target))
        if cell is not None and not info.is_rhk and cell.realisasi is not None:
            lines.append(cut(cell.realisasi.value))
        if cell is not None and cell.evidence_total:
            lines.append(arg(QCoreApplication.translate("PlanGridModel", "%1 bukti"),
                             cell.evidence_total))
        return lines
