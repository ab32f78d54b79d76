"""The HASIL KERJA table of an SKP as a tree: section (A. Utama / B. Tambahan) > RHK > indicator.

Columns follow the official layouts (SKP-REFERENCE §1.2, §1.3): NO, RHK pimpinan yang
diintervensi, Rencana Hasil Kerja, Aspek, Indikator Kinerja Individu, Target, Perspektif. The
view hides the columns a form does not print (`hidden_columns`). An SKP has a few dozen rows, so
the model holds the whole `Skp` value and is reset when it is reloaded.

An orphan Utama RHK (none of the atasan's RHK chosen although the atasan's SKP has some, or one
outside that SKP: the cascade's YATIM / DI LUAR SKP ATASAN) shows a warning icon and "RHK atasan
tidak ditemukan" in the intervened column, not "-"; `parent_ids_of` (set by the SKP tab) gives
the ids of the atasan's Utama RHK for the SKP shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from skpdesk.domain.skp import PERSPECTIVE_LABELS, Approach, Indicator, Rhk, RhkKind, Skp, SkpForm

from ..i18n import aspect_label

COL_NO, COL_PARENT, COL_RHK, COL_ASPECT, COL_IKI, COL_TARGET, COL_PERSPECTIVE = range(7)
COLUMN_COUNT = 7

SECTION, RHK, INDICATOR = "section", "rhk", "indicator"
ITEM_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # SECTION, RHK or INDICATOR
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # RhkKind value, rhk id or indicator id
SYNC_CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 3  # True on an RHK/indicator with a sync conflict


@dataclass
class _Node:
    kind: str
    value: Any  # RhkKind, Rhk or Indicator
    parent: int  # node number of the parent, 0 for the invisible root
    row: int
    children: list[int] = field(default_factory=list)

    @property
    def item_id(self) -> str:
        return self.value.value if self.kind == SECTION else self.value.id


class RhkTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.skp: Skp | None = None
        self._nodes: list[_Node] = [_Node("root", None, -1, 0)]  # node 0: the invisible root
        self._marks = None  # the shared SyncMarks (conflicted rows get a warning mark)
        self.parent_ids_of: Callable[[Skp], set[str]] | None = None
        self._parent_ids: set[str] | None = None  # the atasan's Utama RHK, None: not known

    def set_marks(self, marks) -> None:
        """Mark the RHK and indicators that have an open sync conflict (`ui.sync_marks`)."""
        self._marks = marks
        marks.changed.connect(self._marks_changed)

    def _has_conflict(self, node: _Node) -> bool:
        return (self._marks is not None and node.kind in (RHK, INDICATOR)
                and self._marks.row_has_conflict(node.item_id))

    def _marks_changed(self) -> None:
        for number, node in enumerate(self._nodes[1:], start=1):
            if node.kind in (RHK, INDICATOR):
                index = self.createIndex(node.row, COL_NO, number)
                self.dataChanged.emit(index, index)

    # --- data in
    def set_skp(self, skp: Skp | None) -> None:
        self.beginResetModel()
        self.skp = skp
        self._parent_ids = (self.parent_ids_of(skp) if skp is not None and self.parent_ids_of
                            else None)
        self._nodes = [_Node("root", None, -1, 0)]
        if skp is not None:
            for kind in RhkKind:
                section = self._add(SECTION, kind, 0)
                for rhk in skp.rhk_of(kind):
                    number = self._add(RHK, rhk, section)
                    for ind in rhk.indicators:
                        self._add(INDICATOR, ind, number)
        self.endResetModel()

    def _add(self, kind: str, value: Any, parent: int) -> int:
        number = len(self._nodes)
        siblings = self._nodes[parent].children
        self._nodes.append(_Node(kind, value, parent, len(siblings)))
        siblings.append(number)
        return number

    def hidden_columns(self) -> set[int]:
        """Columns this SKP's form does not have."""
        skp = self.skp
        if skp is None:
            return set()
        hidden = set()
        kuantitatif = skp.approach is Approach.KUANTITATIF
        if skp.form is SkpForm.JPT:
            hidden.add(COL_ASPECT)
            if not any(r.parent_rhk_id for r in skp.rhk):
                hidden.add(COL_PARENT)
        else:
            hidden.add(COL_PERSPECTIVE)
            if not kuantitatif:
                hidden.add(COL_ASPECT)
        if not kuantitatif:
            hidden.add(COL_TARGET)
        return hidden

    # --- lookups
    def node_of(self, index: QModelIndex) -> _Node | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()]

    def item(self, index: QModelIndex) -> tuple[str, Any] | tuple[None, None]:
        node = self.node_of(index)
        return (node.kind, node.value) if node else (None, None)

    def find(self, kind: str, item_id: str) -> QModelIndex:
        for number, node in enumerate(self._nodes[1:], start=1):
            if node.kind == kind and node.item_id == item_id:
                return self.createIndex(node.row, 0, number)
        return QModelIndex()

    def section_index(self, kind: RhkKind) -> QModelIndex:
        return self.find(SECTION, kind.value)

    # --- QAbstractItemModel
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        number = parent.internalId() if parent.isValid() else 0
        children = self._nodes[number].children
        if not (0 <= row < len(children) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes[index.internalId()].parent
        if parent <= 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        number = parent.internalId() if parent.isValid() else 0
        return len(self._nodes[number].children)

    def columnCount(self, _parent: QModelIndex = QModelIndex()) -> int:
        return COLUMN_COUNT

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        kualitatif = self.skp is not None and self.skp.approach is Approach.KUALITATIF
        return {
            COL_NO: self.tr("No"),
            COL_PARENT: self.tr("Leader's RHK that is intervened"),
            COL_RHK: self.tr("Planned work result"),
            COL_ASPECT: self.tr("Aspect"),
            COL_IKI: (self.tr("Success measure / individual performance indicator, and target")
                      if kualitatif else self.tr("Individual performance indicator")),
            COL_TARGET: self.tr("Target"),
            COL_PERSPECTIVE: self.tr("Perspective"),
        }.get(section)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_of(index)
        if node is None:
            return None
        if role == ITEM_KIND_ROLE:
            return node.kind
        if role == ITEM_ID_ROLE:
            return node.item_id
        if role == SYNC_CONFLICT_ROLE:
            return self._has_conflict(node)
        if (role == Qt.ItemDataRole.DecorationRole and index.column() == COL_PARENT
                and node.kind == RHK and self.parent_problem(node.value)):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COL_NO:
            if self._has_conflict(node):
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(node, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.FontRole and node.kind == SECTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(node, index.column(), True)
        return None

    def _text(self, node: _Node, column: int, full: bool) -> str | None:
        if node.kind == SECTION:
            if column != COL_NO:
                return None
            return self.tr("A. Main") if node.value is RhkKind.UTAMA else self.tr("B. Additional")
        if node.kind == RHK:
            return self._rhk_text(node.value, column, full)
        return self._indicator_text(node.value, column)

    def _rhk_text(self, rhk: Rhk, column: int, full: bool) -> str | None:
        if column == COL_NO:
            return str(rhk.position)
        if column == COL_PARENT:
            problem = self.parent_problem(rhk)
            if problem == "orphan":
                return self.tr("This RHK intervenes none of the supervisor's RHK although the "
                               "supervisor's SKP has some: choose one (Edit…).") if full else \
                    self.tr("Supervisor's RHK not found")
            if problem == "outside":
                return self.tr("The intervened RHK is not in the supervisor's SKP of this year: "
                               "choose one of those (Edit…).") if full else \
                    self.tr("Supervisor's RHK not found")
            if rhk.parent_rhk_text:
                return rhk.parent_rhk_text
            return "-" if rhk.kind is RhkKind.TAMBAHAN or not full else self.tr("(not chosen)")
        if column == COL_RHK:
            if rhk.assignment_from:
                return f"{rhk.text} ({self.tr('assigned by')} {rhk.assignment_from})"
            return rhk.text
        if column == COL_PERSPECTIVE:
            return PERSPECTIVE_LABELS[rhk.perspective] if rhk.perspective else ""
        return None

    def parent_problem(self, rhk: Rhk) -> str | None:
        """"orphan", "outside" or None for an RHK of the SKP shown (Utama only; not known
        without `parent_ids_of`; none when the atasan has no Utama RHK to choose from)."""
        if rhk.kind is not RhkKind.UTAMA or not self._parent_ids:
            return None
        if rhk.parent_rhk_id is None:
            return "orphan"
        return None if rhk.parent_rhk_id in self._parent_ids else "outside"

    def _indicator_text(self, ind: Indicator, column: int) -> str | None:
        if column == COL_ASPECT:
            return aspect_label(ind.aspect) if ind.aspect else ""
        if column == COL_IKI:
            return ind.text
        if column == COL_TARGET:
            return ind.target
        return None
