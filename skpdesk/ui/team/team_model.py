"""The team as a tree model: "My direct reports" on top (when the app knows who is using it),
then unit -> sub-unit -> pegawai, each pegawai with its SKP state for the selected year.

Units and their counts come in one query at each reset (`TeamOverviewService.units`; units are
few), read on the database worker when the model is given a runner (the window does: the query
groups the whole office); a unit's own pegawai arrive page by page through `canFetchMore`/`fetchMore` when the view
expands it (or scrolls to the last loaded row: `TeamPanelWidget.fetch_visible`). Under a unit its
pegawai come first (the head of a unit sits in the unit itself), then its sub-units, so a new
page is inserted before the sub-units. The model never holds more than the fetched pages.

Node identity: every node has an integer uid used as the QModelIndex internalId; a node knows
its parent and its position, so `parent()` is O(1).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.team import SKP_STATE_ORDER, SkpState, TeamMember, UnitNode
from skpdesk.services.team_overview import TeamOverviewService

from ..sync_marks import SyncMarks
from .status_icons import state_icon, state_label

PAGE_SIZE = 100
MINE = "mine"  # key of the "my direct reports" group; unit nodes are "unit:<unit id>"
PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SYNC_CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 3  # True on a pegawai row with a sync conflict
SKP_STATE_ROLE = Qt.ItemDataRole.UserRole + 4  # the SkpState of a pegawai row
COL_NAME, COL_NIP, COL_STATUS = range(3)
COLUMNS = 3
# run(read, on_done): runs `read()` off the GUI thread and calls `on_done(result)` on it
Runner = Callable[[Callable[[], object], Callable[[object], None]], None]


class _Node:
    __slots__ = ("uid", "kind", "parent", "pos", "members", "units", "total", "unit", "member")

    def __init__(self, uid: int, kind: str, parent: "_Node | None", pos: int, *,
                 unit: UnitNode | None = None, member: TeamMember | None = None,
                 total: int = 0) -> None:
        self.uid, self.kind, self.parent, self.pos = uid, kind, parent, pos
        self.members: list[_Node] = []  # loaded pegawai rows (first rows of a unit)
        self.units: list[_Node] = []  # sub-units (or, for the root, MINE then the root units)
        self.total = total  # pegawai rows this node will hold when every page is fetched
        self.unit, self.member = unit, member

    @property
    def key(self) -> str:
        if self.kind == "unit":
            return f"unit:{self.unit.id}"
        return MINE if self.kind == "mine" else ""

    def child_count(self) -> int:
        return len(self.members) + len(self.units)

    def child(self, row: int) -> "_Node | None":
        if row < 0:
            return None
        if row < len(self.members):
            return self.members[row]
        row -= len(self.members)
        return self.units[row] if row < len(self.units) else None

    def row(self) -> int:
        if self.kind == "pegawai":
            return self.pos
        return len(self.parent.members) + self.pos if self.parent is not None else 0


class TeamModel(QAbstractItemModel):
    def __init__(self, team: TeamOverviewService, *, year: int, me_id: str | None = None,
                 page_size: int = PAGE_SIZE, marks: SyncMarks | None = None,
                 run: Runner | None = None, parent=None) -> None:
        super().__init__(parent)
        self._team = team
        self._marks = marks
        if marks is not None:
            marks.changed.connect(self._marks_changed)
        self._me_id = me_id
        self._year = int(year)
        self._states: tuple[SkpState, ...] = ()
        self._show_inactive = False
        self._page_size = max(1, page_size)
        self._nodes: dict[int, _Node] = {}
        self._root = _Node(0, "root", None, 0)
        self._units_by_id: dict[str, _Node] = {}
        self.pages_fetched = 0  # how many pages came from the database (tests, diagnostics)
        self._run = run
        self._generation = 0
        self.loading = False  # a reset is on its way from the worker
        if run is None:
            self._build(self._read(self._params()))
        else:
            self.loading = True  # empty until the owner calls refresh() (then from the worker)

    # --- state
    @property
    def year(self) -> int:
        return self._year

    @property
    def me_id(self) -> str | None:
        return self._me_id

    identity_id = me_id  # the name used before issue 9

    @property
    def states(self) -> tuple[SkpState, ...]:
        return self._states

    @property
    def show_inactive(self) -> bool:
        return self._show_inactive

    def filter_args(self) -> dict:
        """The filter as `TeamOverviewService` keyword arguments (search uses the same)."""
        return {"states": self._states or None, "show_inactive": self._show_inactive}

    def set_year(self, year: int) -> None:
        if int(year) != self._year:
            self._year = int(year)
            self.refresh()

    def set_me(self, pegawai_id: str | None) -> None:
        if pegawai_id != self._me_id:
            self._me_id = pegawai_id
            self.refresh()

    def set_states(self, states) -> None:
        states = tuple(SkpState(s) for s in (states or ()))
        if states != self._states:
            self._states = states
            self.refresh()

    def set_show_inactive(self, show: bool) -> None:
        if bool(show) != self._show_inactive:
            self._show_inactive = bool(show)
            self.refresh()

    def refresh(self) -> None:
        """Re-read units and counts and forget every fetched page. With a runner the counts
        (one GROUP BY over the whole office) are read on the database worker and the model is
        reset when they arrive; only the newest of several refreshes in flight is applied."""
        params = self._params()
        if self._run is None:
            self.beginResetModel()
            self._build(self._read(params))
            self.endResetModel()
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._run(lambda: self._read(params), lambda data: self._apply(generation, data))

    def _apply(self, generation: int, data) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.beginResetModel()
        self._build(data)
        self.loading = False
        self.endResetModel()

    def _params(self) -> dict:
        return {"me_id": self._me_id, "year": self._year, **self.filter_args()}

    def _read(self, params: dict):
        """(direct reports of me, units with counts): what a reset shows (any thread)."""
        filters = {"states": params["states"], "show_inactive": params["show_inactive"]}
        mine = (self._team.direct_reports(params["me_id"], params["year"], **filters)
                if params["me_id"] else None)
        return mine, self._team.units(params["year"], **filters)

    def _new(self, kind: str, parent: _Node, pos: int, **kw) -> _Node:
        node = _Node(len(self._nodes) + 1, kind, parent, pos, **kw)
        self._nodes[node.uid] = node
        return node

    def _build(self, data) -> None:
        mine_members, units = data
        self._nodes = {}
        self._root = _Node(0, "root", None, 0)
        self._units_by_id = {}
        root = self._root
        if mine_members is not None:
            mine = self._new("mine", root, 0)
            mine.members = [self._new("pegawai", mine, i, member=m)
                            for i, m in enumerate(mine_members)]
            mine.total = len(mine.members)
            root.units.append(mine)
        filtered = bool(self._states)
        for unit in units:
            parent = self._units_by_id.get(unit.parent_id) if unit.parent_id else root
            if parent is None or (filtered and unit.total == 0):
                continue  # under a unit hidden by the filter (it holds no match either)
            node = self._new("unit", parent, len(parent.units), unit=unit, total=unit.direct)
            parent.units.append(node)
            self._units_by_id[unit.id] = node

    # --- lookups for views
    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId(), self._root)

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), column, node.uid)

    def group_keys(self) -> list[str]:
        """Keys of the top-level rows (MINE first when shown, then the root units)."""
        return [n.key for n in self._root.units]

    def group_index(self, key: str) -> QModelIndex:
        """The index of MINE or of a unit ("unit:<id>") anywhere in the tree."""
        if key == MINE:
            mine = self._root.units[0] if self._root.units and \
                self._root.units[0].kind == "mine" else None
            return self._index_of(mine) if mine else QModelIndex()
        node = self._units_by_id.get(key.removeprefix("unit:"))
        return self._index_of(node) if node else QModelIndex()

    def unit_index(self, unit_id: str) -> QModelIndex:
        return self.group_index(f"unit:{unit_id}")

    def group_total(self, key: str) -> int:
        """Pegawai under a group: MINE's direct reports, a unit's total with its sub-units."""
        index = self.group_index(key)
        if not index.isValid():
            return 0
        node = self._node(index)
        return self._shown_total(node) if node.kind == "unit" else node.total

    def matching_total(self) -> int:
        """Pegawai shown in the unit tree (each pegawai is in one unit)."""
        return sum(n.unit.total for n in self._root.units if n.kind == "unit")

    def loaded_rows(self) -> int:
        return sum(1 for n in self._nodes.values() if n.kind == "pegawai")

    def pegawai_id(self, index: QModelIndex) -> str | None:
        member = self.member(index)
        return member.id if member else None

    def member(self, index: QModelIndex) -> TeamMember | None:
        node = self._node(index) if index.isValid() else None
        return node.member if node is not None and node.kind == "pegawai" else None

    def find_loaded(self, pegawai_id: str, *, prefer_mine: bool = True) -> QModelIndex:
        """A loaded row of that pegawai (in MINE first when `prefer_mine`), or an invalid index."""
        found = [n for n in self._nodes.values()
                 if n.kind == "pegawai" and n.member.id == pegawai_id]
        found.sort(key=lambda n: (n.parent.kind != "mine") == prefer_mine)
        return self._index_of(found[0]) if found else QModelIndex()

    def loaded_member_count(self, index: QModelIndex) -> int:
        """Pegawai rows fetched so far under a unit (or MINE)."""
        return len(self._node(index).members) if index.isValid() else 0

    def load_member_row(self, unit_id: str, row: int) -> QModelIndex:
        """Fetch pages of a unit until its `row`-th pegawai is loaded; that row's index."""
        node = self._units_by_id.get(unit_id)
        if node is None or row >= node.total:
            return QModelIndex()
        unit_index = self._index_of(node)
        while len(node.members) <= row and self.canFetchMore(unit_index):
            before = len(node.members)
            self.fetchMore(unit_index)
            if len(node.members) == before:
                break
        return self._index_of(node.members[row]) if row < len(node.members) else QModelIndex()

    # --- QAbstractItemModel
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= COLUMNS or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        child = self._node(parent).child(row)
        return self.createIndex(row, column, child.uid) if child is not None else QModelIndex()

    def parent(self, index: QModelIndex | None = None):  # noqa: D401 - Qt overload
        if index is None:
            return super().parent()  # QObject.parent()
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return self._node(parent).child_count()

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return COLUMNS

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return bool(node.units or node.members or node.total)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        if not parent.isValid():
            return False
        node = self._node(parent)
        return node.kind == "unit" and len(node.members) < node.total

    def fetchMore(self, parent: QModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        node = self._node(parent)
        start = len(node.members)
        page = self._team.members(node.unit.id, self._year, limit=self._page_size, offset=start,
                                  **self.filter_args())
        self.pages_fetched += 1
        parent0 = parent.siblingAtColumn(0)
        if page:
            self.beginInsertRows(parent0, start, start + len(page) - 1)
            # The sub-units move down by len(page): their row() follows len(members).
            node.members.extend(self._new("pegawai", node, start + i, member=m)
                                for i, m in enumerate(page))
            self.endInsertRows()
        if len(page) < self._page_size and node.total != start + len(page):
            # The office changed since the count: stop here, and repaint the unit's label.
            node.total = start + len(page)
            self.dataChanged.emit(parent0, parent0.siblingAtColumn(COLUMNS - 1))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._node(index).kind != "pegawai":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: self.tr("Name"), COL_NIP: self.tr("NIP"),
                COL_STATUS: self.tr("SKP status")}.get(section)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._nodes.get(index.internalId())
        if node is None:
            return None
        if node.kind != "pegawai":
            return self._group_data(node, index.column(), role)
        member, column = node.member, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return member.full_name
            if column == COL_NIP:
                return format_nip(member.nip) if member.nip else ""
            if column == COL_STATUS:
                return state_label(member.state)
        elif role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{member.full_name}\n{member.position}\n{state_label(member.state)}"
            if not member.active:
                tip += "\n" + self.tr("No longer active")
            if self._has_conflict(member.id):
                tip += "\n" + self.tr("Sync conflict: review it in Needs review (File › "
                                       "Synchronisation).")
            return tip
        elif role == Qt.ItemDataRole.DecorationRole:
            if column == COL_STATUS:
                return state_icon(member.state)
            if column == COL_NAME and self._has_conflict(member.id):
                return state_icon("conflict")
        elif role == Qt.ItemDataRole.FontRole and not member.active:
            font = QFont()
            font.setItalic(True)
            return font
        elif role == PEGAWAI_ID_ROLE:
            return member.id
        elif role == SKP_STATE_ROLE:
            return member.state
        elif role == SYNC_CONFLICT_ROLE:
            return self._has_conflict(member.id)
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole and column == COL_NAME:
            if self._has_conflict(member.id):
                return self.tr("has a sync conflict")
        return None

    def _group_data(self, node: _Node, column: int, role: int):
        if role == GROUP_KEY_ROLE:
            return node.key
        if node.kind == "mine":
            if column == COL_NAME and role == Qt.ItemDataRole.DisplayRole:
                label = self.tr("My direct reports")
                return f"{label} ({node.total})"
            if column == COL_NAME and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        unit = node.unit
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return f"{unit.name} ({self._shown_total(node)})"
            if column == COL_STATUS:
                waiting = unit.states.get(SkpState.DIAJUKAN, 0)
                return self.tr("%n submitted", "", waiting) if waiting else ""
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [unit.path.replace("/", " / "),
                     self.tr("%n employee(s) in this unit and its sub-units", "",
                             self._shown_total(node))]
            lines += [f"{state_label(s)}: {unit.states[s]}" for s in SKP_STATE_ORDER
                      if unit.states.get(s)]
            return "\n".join(lines)
        elif role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return state_icon(SkpState.DIAJUKAN) if unit.states.get(SkpState.DIAJUKAN) else None
        return None

    @staticmethod
    def _shown_total(node: _Node) -> int:
        """The unit's total, less the rows a short page showed were gone since the count."""
        return node.unit.total - (node.unit.direct - node.total)

    def _has_conflict(self, pegawai_id: str) -> bool:
        return self._marks is not None and self._marks.pegawai_has_conflict(pegawai_id)

    def _marks_changed(self) -> None:
        """Repaint the loaded rows' badges (no query: the marks are in memory)."""
        for node in list(self._nodes.values()):
            if node.kind != "pegawai" and node.members:
                self.dataChanged.emit(self._index_of(node.members[0]),
                                      self._index_of(node.members[-1]))
