"""The "Perlu ditinjau" queue as a two-level Qt model: one row per sync conflict, and under it
one row per competing side (its value, who wrote it, on which laptop, when).

Filled from `services.sync.conflicts()` (a list of `domain.sync.Conflict` values, read on the
database worker by `ConflictQueueWidget`); the queue is short (a handful per import), so the
model holds the whole list and is reset when it is reloaded. Columns:

    What (the row's label, and the field)  | Kind | Value | Who | Laptop | When

A conflict row shows the value every replica shows until it is resolved ("current"); each side
row the side's own value, marked "this laptop" or "another laptop" (`ConflictSide.mine`).
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from PySide6.QtCore import (QAbstractItemModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QFont

from skpdesk.domain.sync import Conflict, ConflictKind, ConflictSide

from ..i18n import arg
from ..messages import field_label
from .when_text import when_text

COL_WHAT, COL_KIND, COL_VALUE, COL_WHO, COL_DEVICE, COL_WHEN = range(6)
COLUMN_COUNT = 6
CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # on every row: the conflict's id
SIDE_ROLE = Qt.ItemDataRole.UserRole + 2  # on side rows: the side's number in `Conflict.sides`
SHORT_VALUE = 120  # characters shown in the cell; the tooltip has the whole value

_TOP = 0  # internalId of conflict rows; a side row's internalId is its conflict's row + 1
Index = QModelIndex | QPersistentModelIndex


def kind_text(kind: ConflictKind) -> str:
    """The kind of conflict in words (translated; the Indonesian is `CONFLICT_KIND_LABELS`)."""
    if kind is ConflictKind.VALUE:
        return QCoreApplication.translate("ConflictQueueModel", "Changed in two places")
    if kind is ConflictKind.DELETE_EDIT:
        return QCoreApplication.translate("ConflictQueueModel",
                                          "Deleted in one place, changed in another")
    if kind is ConflictKind.FROZEN_EDIT:
        return QCoreApplication.translate(
            "ConflictQueueModel", "Changed after the SKP was submitted or approved elsewhere")
    if kind is ConflictKind.WORKFLOW:
        return QCoreApplication.translate("ConflictQueueModel",
                                          "SKP status changed differently in two places")
    if kind is ConflictKind.DUPLICATE:
        return QCoreApplication.translate("ConflictQueueModel",
                                          "The same data created in two places")
    if kind is ConflictKind.ORPHAN:
        return QCoreApplication.translate("ConflictQueueModel",
                                          "Its parent was deleted elsewhere")
    return str(getattr(kind, "value", kind))


def value_text(value: Any, *, deleted: bool = False) -> str:
    """A field value for people: text as is, None as "(empty)" (or "(deleted)" for the side of a
    delete), booleans as yes/no, anything else as compact JSON."""
    empty = QCoreApplication.translate("ConflictQueueModel", "(empty)")
    if value is None:
        return QCoreApplication.translate("ConflictQueueModel", "(deleted)") if deleted else empty
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictQueueModel", "yes") if value
                else QCoreApplication.translate("ConflictQueueModel", "no"))
    if isinstance(value, str):
        return value if value.strip() else empty
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def what_text(conflict: Conflict) -> str:
    """What the conflict is about, for people: `services.sync` labels the row and its field
    ("RHK 1, SKP 2026 Budi Santoso: teks"); a label left empty falls back to table and id."""
    if conflict.label:
        return conflict.label
    field = f": {field_label(conflict.field)}" if conflict.field else ""
    return f"{conflict.entity} {conflict.entity_id}{field}"


def side_text(side: ConflictSide) -> str:
    if side.mine:
        return QCoreApplication.translate("ConflictQueueModel", "This laptop")
    return QCoreApplication.translate("ConflictQueueModel", "Another laptop")


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHORT_VALUE else flat[:SHORT_VALUE - 1] + "…"


class ConflictQueueModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = []

    # --- data in and out
    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self.endResetModel()

    def conflicts(self) -> list[Conflict]:
        return list(self._conflicts)

    def conflict(self, index: Index) -> Conflict | None:
        """The conflict of a conflict row or of one of its side rows."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def side(self, index: Index) -> ConflictSide | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        conflict = self.conflict(index)
        return conflict.sides[index.row()] if conflict and index.row() < len(conflict.sides) else None

    def find(self, conflict_id: str) -> QModelIndex:
        for row, conflict in enumerate(self._conflicts):
            if conflict.id == conflict_id:
                return self.createIndex(row, 0, _TOP)
        return QModelIndex()

    # --- QAbstractItemModel
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self._conflicts) else QModelIndex()
        if parent.internalId() != _TOP or parent.row() >= len(self._conflicts):
            return QModelIndex()
        if row >= len(self._conflicts[parent.row()].sides):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index | None = None):  # noqa: D401 - Qt overload
        if index is None:
            return super().parent()  # QObject.parent()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._conflicts)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        return len(self._conflicts[parent.row()].sides) if parent.row() < len(self._conflicts) else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, ARG002
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_WHAT: self.tr("What"), COL_KIND: self.tr("Kind"), COL_VALUE: self.tr("Value"),
                COL_WHO: self.tr("Who"), COL_DEVICE: self.tr("Laptop"),
                COL_WHEN: self.tr("When")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        conflict = self.conflict(index)
        if conflict is None:
            return None
        if role == CONFLICT_ID_ROLE:
            return conflict.id
        if index.internalId() == _TOP:
            return self._conflict_data(conflict, index.column(), role)
        side = self.side(index)
        if side is None:
            return None
        if role == SIDE_ROLE:
            return index.row()
        return self._side_data(conflict, side, index.column(), role)

    def _conflict_data(self, conflict: Conflict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHAT:
                return what_text(conflict)
            if column == COL_KIND:
                return kind_text(conflict.kind)
            if column == COL_VALUE:
                return _short(value_text(conflict.current, deleted=True))
            latest = max(conflict.sides, key=lambda s: s.hlc, default=None)
            if column == COL_WHEN and latest is not None:
                return when_text(latest.at)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_VALUE:
                return arg(self.tr("Shown everywhere until resolved: %1"),
                                   value_text(conflict.current, deleted=True))
            if column in (COL_WHAT, COL_KIND):
                return f"{what_text(conflict)}\n{kind_text(conflict.kind)}\n{conflict.id}"
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_WHAT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _side_data(self, conflict: Conflict, side: ConflictSide, column: int, role: int) -> Any:
        deleted = conflict.kind in (ConflictKind.DELETE_EDIT, ConflictKind.ORPHAN)
        if role == Qt.ItemDataRole.DisplayRole:
            return {COL_WHAT: side_text(side), COL_KIND: None,
                    COL_VALUE: _short(value_text(side.value, deleted=deleted)),
                    COL_WHO: side.actor, COL_DEVICE: side.device_name or side.device_id,
                    COL_WHEN: when_text(side.at)}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_VALUE:
                return value_text(side.value, deleted=deleted)
            if column == COL_DEVICE:
                return f"{side.device_name}\n{side.device_id}"
            if column == COL_WHEN:
                return f"{side.at}\nHLC {side.hlc}\n{side.op}"
        return None
