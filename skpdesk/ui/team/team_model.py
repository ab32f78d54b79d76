"""The team list as a two-level Qt model: groups ("my direct reports", then one per unit kerja),
each holding pegawai rows fetched lazily in pages (mechanism 8).

Search and sort happen in SQL (`StaffService.list/count/unit_counts`); the model keeps only the
group totals and the pages fetched so far (a row cache), never the whole office. A group shows
its expander from its count; its rows arrive through `canFetchMore`/`fetchMore` when the view
expands it or scrolls to its end (`TeamPanelWidget` asks for the next page of any group whose
last row becomes visible). `refresh()` drops the cache (after a write, or a new search).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.people import Pegawai
from skpdesk.services.staff import StaffService

from ..sync_marks import SyncMarks

PAGE_SIZE = 100
MINE = "mine"  # key of the "my direct reports" group; unit groups are "unit:<unit id>"
PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SYNC_CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 3  # True on a pegawai row with a sync conflict
COL_NAME, COL_NIP, COL_POSITION = range(3)

_ROOT_ID = 0  # internalId of group indexes; a pegawai row's internalId is its group row + 1


@dataclass
class _Group:
    key: str
    label: str  # the unit path, or empty for MINE (translated in `data`)
    total: int
    unit_id: str | None = None
    supervisor_id: str | None = None
    rows: list[Pegawai] = field(default_factory=list)


class TeamModel(QAbstractItemModel):
    def __init__(self, staff: StaffService, *, identity_id: str | None = None,
                 page_size: int = PAGE_SIZE, marks: SyncMarks | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._staff = staff
        self._marks = marks
        if marks is not None:
            marks.changed.connect(self._marks_changed)
        self._identity_id = identity_id
        self._page_size = max(1, page_size)
        self._search = ""
        self._groups: list[_Group] = []
        self.pages_fetched = 0  # how many pages came from the database (tests, diagnostics)
        self._load_groups()

    # --- state
    @property
    def search(self) -> str:
        return self._search

    @property
    def identity_id(self) -> str | None:
        return self._identity_id

    def set_search(self, text: str) -> None:
        text = " ".join((text or "").split())
        if text != self._search:
            self._search = text
            self.refresh()

    def set_identity(self, pegawai_id: str | None) -> None:
        if pegawai_id != self._identity_id:
            self._identity_id = pegawai_id
            self.refresh()

    def refresh(self) -> None:
        """Re-count the groups and forget every fetched page."""
        self.beginResetModel()
        self._load_groups()
        self.endResetModel()

    def _load_groups(self) -> None:
        search = self._search or None
        groups: list[_Group] = []
        if self._identity_id:
            total = self._staff.count(search=search, supervisor_id=self._identity_id)
            groups.append(_Group(MINE, "", total, supervisor_id=self._identity_id))
        for unit, count in self._staff.unit_counts(search=search):
            groups.append(_Group(f"unit:{unit.id}", unit.path.replace("/", " / "), count,
                                 unit_id=unit.id))
        self._groups = groups

    # --- lookups for views
    def group_keys(self) -> list[str]:
        return [g.key for g in self._groups]

    def group_index(self, key: str) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.key == key:
                return self.createIndex(row, 0, _ROOT_ID)
        return QModelIndex()

    def group_total(self, key: str) -> int:
        return next((g.total for g in self._groups if g.key == key), 0)

    def matching_total(self) -> int:
        """Pegawai matching the search in the unit groups (each pegawai is in one unit)."""
        return sum(g.total for g in self._groups if g.key != MINE)

    def loaded_rows(self) -> int:
        return sum(len(g.rows) for g in self._groups)

    def pegawai_id(self, index: QModelIndex) -> str | None:
        pegawai = self.pegawai(index)
        return pegawai.id if pegawai else None

    def pegawai(self, index: QModelIndex) -> Pegawai | None:
        if not index.isValid() or index.internalId() == _ROOT_ID:
            return None
        group = self._groups[index.internalId() - 1]
        return group.rows[index.row()] if index.row() < len(group.rows) else None

    def find_loaded(self, pegawai_id: str) -> QModelIndex:
        """The first loaded row of that pegawai (MINE first), or an invalid index."""
        for g_row, group in enumerate(self._groups):
            for row, pegawai in enumerate(group.rows):
                if pegawai.id == pegawai_id:
                    return self.createIndex(row, 0, g_row + 1)
        return QModelIndex()

    def _group_of(self, index: QModelIndex | QPersistentModelIndex) -> _Group | None:
        if index.isValid() and index.internalId() == _ROOT_ID and index.row() < len(self._groups):
            return self._groups[index.row()]
        return None

    # --- QAbstractItemModel
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _ROOT_ID) if row < len(self._groups) else QModelIndex()
        group = self._group_of(parent)
        if group is None or row >= len(group.rows):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | None = None):  # noqa: D401 - Qt overload
        if index is None:
            return super().parent()  # QObject.parent()
        if not index.isValid() or index.internalId() == _ROOT_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _ROOT_ID)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() > 0:
            return 0
        group = self._group_of(parent)
        return len(group.rows) if group else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._groups)
        group = self._group_of(parent)
        return bool(group and group.total and parent.column() == 0)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        group = self._group_of(parent)
        return bool(group and len(group.rows) < group.total)

    def fetchMore(self, parent: QModelIndex) -> None:
        group = self._group_of(parent)
        if group is None or len(group.rows) >= group.total:
            return
        start = len(group.rows)
        page = self._staff.list(search=self._search or None, unit_id=group.unit_id,
                                supervisor_id=group.supervisor_id, limit=self._page_size,
                                offset=start)
        self.pages_fetched += 1
        group_index = parent.siblingAtColumn(0)
        if page:
            self.beginInsertRows(group_index, start, start + len(page) - 1)
            group.rows.extend(page)
            self.endInsertRows()
        if len(page) < self._page_size and group.total != start + len(page):
            # The office changed since the count: stop here, and say so, since the group's
            # label shows its total and its expander depends on it.
            group.total = start + len(page)
            self.dataChanged.emit(group_index, group_index.siblingAtColumn(self.columnCount() - 1))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _ROOT_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: self.tr("Name"), COL_NIP: self.tr("NIP"),
                COL_POSITION: self.tr("Position")}.get(section)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _ROOT_ID:
            return self._group_data(self._groups[index.row()], index.column(), role)
        pegawai = self.pegawai(index)
        if pegawai is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_NAME:
                return pegawai.full_name
            if index.column() == COL_NIP:
                return format_nip(pegawai.nip) if pegawai.nip else ""
            if index.column() == COL_POSITION:
                return pegawai.position
        elif role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{pegawai.full_name}\n{pegawai.position}\n{pegawai.unit_path.replace('/', ' / ')}"
            if self._has_conflict(pegawai.id):
                tip += "\n" + self.tr("Sync conflict: review it in Needs review (File › "
                                       "Synchronisation).")
            return tip
        elif role == PEGAWAI_ID_ROLE:
            return pegawai.id
        elif role == SYNC_CONFLICT_ROLE:
            return self._has_conflict(pegawai.id)
        elif role == Qt.ItemDataRole.DecorationRole and index.column() == COL_NAME:
            if self._has_conflict(pegawai.id):
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole and index.column() == COL_NAME:
            if self._has_conflict(pegawai.id):
                return self.tr("has a sync conflict")
        return None

    def _has_conflict(self, pegawai_id: str) -> bool:
        return self._marks is not None and self._marks.pegawai_has_conflict(pegawai_id)

    def _marks_changed(self) -> None:
        """Repaint the loaded rows' badges (no query: the marks are in memory)."""
        for g_row, group in enumerate(self._groups):
            if group.rows:
                self.dataChanged.emit(self.createIndex(0, COL_NAME, g_row + 1),
                                      self.createIndex(len(group.rows) - 1, COL_NAME, g_row + 1))

    def _group_data(self, group: _Group, column: int, role: int):
        if role == GROUP_KEY_ROLE:
            return group.key
        if column != COL_NAME:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.tr("My direct reports") if group.key == MINE else group.label
            return f"{label} ({group.total})"
        if role == Qt.ItemDataRole.ToolTipRole and group.key != MINE:
            return group.label
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
