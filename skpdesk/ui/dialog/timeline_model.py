"""The timeline of one pegawai as a flat table model (newest first), filled from
`DialogService.timeline` (a list of `TimelineEntry`).

A pegawai's timeline holds tens or a few hundred entries a year, so the list is read whole on
the worker; the view still gets its rows in pages (`canFetchMore`/`fetchMore`) so a very long
history (many years, many follow-ups) does not lay out every row at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from skpdesk.domain.dialog import TIMELINE_KIND_LABELS, TimelineEntry, TimelineKind

COL_DATE, COL_KIND, COL_TITLE, COL_DETAIL = range(4)
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIALOG_ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 4
PAGE_SIZE = 200
REDACTED_COLOR = QColor("#666666")

_Index = QModelIndex | QPersistentModelIndex


def date_text(day: dt.date | str | None) -> str:
    """dd-mm-yyyy, as the printed forms and the rest of the window write a date (an ISO date or
    time is read first)."""
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day[:10])
        except ValueError:
            return day
    return day.strftime("%d-%m-%Y") if day else ""


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._loaded = 0
        self._fetching = False  # a view (or Qt's model tester) asking for more inside an insert

    # --- filling
    def set_entries(self, entries: list[TimelineEntry]) -> None:
        """Replace the rows (already newest first, as the service returns them)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._loaded = min(len(self._entries), PAGE_SIZE)
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def entry(self, row: int) -> TimelineEntry | None:
        return self._entries[row] if 0 <= row < self._loaded else None

    def row_of(self, *, record_id: str | None = None, dialog_id: str | None = None) -> int:
        """The row of a record (fetching pages up to it), or -1. With `dialog_id` the dialog's
        own entry is preferred over its follow-ups."""
        wanted = None
        for row, entry in enumerate(self._entries):
            if record_id is not None and entry.record_id == record_id:
                wanted = row
                break
            if dialog_id is not None and entry.dialog_id == dialog_id and (
                    wanted is None or entry.kind is TimelineKind.DIALOG):
                wanted = row
                if entry.kind is TimelineKind.DIALOG:
                    break
        if wanted is None:
            return -1
        while wanted >= self._loaded and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return wanted

    # --- lazy rows
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return (not parent.isValid() and not self._fetching
                and self._loaded < len(self._entries))

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(PAGE_SIZE, len(self._entries) - self._loaded)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
            self._loaded += more
            self.endInsertRows()
        finally:
            self._fetching = False

    # --- QAbstractItemModel
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("TimelineModel", "Date"),
                  QCoreApplication.translate("TimelineModel", "Kind"),
                  QCoreApplication.translate("TimelineModel", "Subject"),
                  QCoreApplication.translate("TimelineModel", "Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_DATE:
                return date_text(entry.on)
            if column == COL_KIND:
                return TIMELINE_KIND_LABELS[entry.kind]
            if column == COL_TITLE:
                return entry.title
            if column == COL_DETAIL:
                if entry.redacted:
                    return QCoreApplication.translate("TimelineModel", "(confidential)")
                return entry.detail
            return None
        if role == Qt.ItemDataRole.ForegroundRole and entry.redacted:
            return QBrush(REDACTED_COLOR)
        if role == RECORD_ID_ROLE:
            return entry.record_id
        if role == DIALOG_ID_ROLE:
            return entry.dialog_id
        if role == KIND_ROLE:
            return entry.kind.value
        if role == ENTRY_ROLE:
            return entry
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
