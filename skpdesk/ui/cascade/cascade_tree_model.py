"""The office's RHK cascade (intervensi, SKP-REFERENCE §1.6) as a lazy Qt tree model.

The model sits over the `Cascade` object that `CascadeService.tree` builds on the database
worker; it never copies the nodes into Qt items. Index bookkeeping is made one level at a time,
when the view first asks for the children of a node, so opening a 2,000-pegawai office costs
only its top level (the root RHK and the problem nodes, which the service always puts at the
top).

Each index carries an integer key (`internalId`): 0 is the invisible root, 1.. the nodes whose
level has been visited. Problem RHK (orphan / intervening an RHK outside the supervisor's SKP)
are marked three ways so it is never colour only: a warning icon, a text marker before the RHK
("Yatim", "Di luar SKP atasan") and a tinted background, with an explanatory tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from skpdesk.domain.cascade import Cascade, CascadeNode, CascadeProblem
from skpdesk.domain.identifiers import format_nip

from ..i18n import arg

PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RHK_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3  # the CascadeProblem value ("orphan", ...) or None
SKP_ID_ROLE = Qt.ItemDataRole.UserRole + 4
COL_RHK, COL_PEGAWAI, COL_NIP, COL_POSITION = range(4)
COLUMNS = 4

# Light tints with dark text forced on them, so they stay readable with a dark palette too.
PROBLEM_BACKGROUND = {CascadeProblem.ORPHAN: QColor("#ffe0b2"),
                      CascadeProblem.PARENT_OUTSIDE: QColor("#f8d0d0")}
PROBLEM_FOREGROUND = QColor("#1a1a1a")

_ROOT = 0


@dataclass
class _Entry:
    node: CascadeNode | None  # None for the invisible root
    parent: int  # key of the parent entry (the root's parent is itself)
    row: int  # row under the parent
    children: list[int] | None = None  # keys of the children, made when first asked for


class CascadeTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cascade = Cascade([], [])
        self._entries: list[_Entry] = [_Entry(None, _ROOT, 0)]
        self._icon: QIcon | None = None

    # --- state
    def set_cascade(self, cascade: Cascade) -> None:
        self.beginResetModel()
        self._cascade = cascade
        self._entries = [_Entry(None, _ROOT, 0)]
        self.endResetModel()

    def cascade(self) -> Cascade:
        return self._cascade

    def visited_nodes(self) -> int:
        """How many nodes have index bookkeeping so far (tests, diagnostics)."""
        return len(self._entries) - 1

    # --- lookups
    def node(self, index: QModelIndex | QPersistentModelIndex) -> CascadeNode | None:
        if not index.isValid():
            return None
        key = index.internalId()
        return self._entries[key].node if 0 < key < len(self._entries) else None

    def find_rhk(self, rhk_id: str) -> QModelIndex:
        """The index of an RHK, or an invalid index."""
        return self.find_rhks({rhk_id}).get(rhk_id, QModelIndex())

    def find_rhks(self, rhk_ids: set[str]) -> dict[str, QModelIndex]:
        """The indexes (column 0) of these RHK, found in one walk over the cascade; only the
        levels on the way to them get index bookkeeping."""
        paths: dict[str, list[int]] = {}
        stack: list[tuple[CascadeNode, list[int]]] = [
            (n, [r]) for r, n in enumerate(self._cascade.roots)]
        while stack and len(paths) < len(rhk_ids):
            node, path = stack.pop()
            if node.row.rhk_id in rhk_ids:
                paths[node.row.rhk_id] = path
            stack.extend((c, path + [r]) for r, c in enumerate(node.children))
        found: dict[str, QModelIndex] = {}
        for rhk_id, path in paths.items():
            index = QModelIndex()
            for row in path:
                index = self.index(row, 0, index)
            found[rhk_id] = index
        return found

    def _children(self, key: int) -> list[int]:
        entry = self._entries[key]
        if entry.children is None:
            nodes = self._cascade.roots if entry.node is None else entry.node.children
            start = len(self._entries)
            self._entries.extend(_Entry(n, key, r) for r, n in enumerate(nodes))
            entry.children = list(range(start, len(self._entries)))
        return entry.children

    # --- QAbstractItemModel
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if row < 0 or not 0 <= column < COLUMNS:
            return QModelIndex()
        pkey = parent.internalId() if parent.isValid() else _ROOT
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(pkey)
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: QModelIndex | None = None):  # noqa: D401 - Qt overload
        if index is None:
            return super().parent()  # QObject.parent()
        if not index.isValid():
            return QModelIndex()
        pkey = self._entries[index.internalId()].parent
        if pkey == _ROOT:
            return QModelIndex()
        return self.createIndex(self._entries[pkey].row, 0, pkey)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._cascade.roots)
        if parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return COLUMNS

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_RHK: self.tr("RHK"), COL_PEGAWAI: self.tr("Employee"),
                COL_NIP: self.tr("NIP"), COL_POSITION: self.tr("Position")}.get(section)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        row, problem, column = node.row, node.problem, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_RHK:
                text = " ".join(row.text.split())
                return arg(self.tr("[%1] %2"), self.problem_marker(problem), text) if problem \
                    else text
            if column == COL_PEGAWAI:
                return row.pegawai_name
            if column == COL_NIP:
                return format_nip(row.nip) if row.nip else ""
            if column == COL_POSITION:
                return row.position
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.problem_explanation(problem) if problem else None
        elif role == Qt.ItemDataRole.DecorationRole:
            return self._warning_icon() if problem and column == COL_RHK else None
        elif role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PROBLEM_BACKGROUND[problem]) if problem else None
        elif role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PROBLEM_FOREGROUND) if problem else None
        elif role == PEGAWAI_ID_ROLE:
            return row.pegawai_id
        elif role == RHK_ID_ROLE:
            return row.rhk_id
        elif role == SKP_ID_ROLE:
            return row.skp_id
        elif role == PROBLEM_ROLE:
            return problem.value if problem else None
        return None

    # --- texts
    def problem_marker(self, problem: CascadeProblem) -> str:
        return {CascadeProblem.ORPHAN: self.tr("Orphan"),
                CascadeProblem.PARENT_OUTSIDE: self.tr("Outside the supervisor's SKP")}[problem]

    def problem_explanation(self, problem: CascadeProblem) -> str:
        return {CascadeProblem.ORPHAN: self.tr(
                    "Orphan RHK: it does not intervene any RHK of the supervisor"),
                CascadeProblem.PARENT_OUTSIDE: self.tr(
                    "The intervened RHK is not in the supervisor's SKP")}[problem]

    def _tooltip(self, node: CascadeNode) -> str:
        row = node.row
        nip = format_nip(row.nip) if row.nip else "—"
        lines = [row.text, arg(self.tr("%1 (NIP %2), %3"), row.pegawai_name, nip, row.position)]
        if node.problem:
            lines += ["", self.problem_explanation(node.problem) + ".", self.tr(
                "Double-click (or press Enter) to open this SKP and choose the supervisor's RHK "
                "it intervenes.")]
        return "\n".join(lines)

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            self._icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon
