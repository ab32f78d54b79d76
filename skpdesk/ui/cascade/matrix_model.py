"""The Matriks Peran Hasil of one supervisor (SKP-REFERENCE §1.6) as a Qt table model.

Column 0 holds the supervisor's Utama RHK; each further column is one direct subordinate; a
cell lists that subordinate's Utama RHK intervening the row's RHK (one bullet each). A last row
collects the subordinates' Utama RHK that intervene none of these rows ("unlinked"); it is shown
whenever there are subordinates, empty cells meaning "nothing unlinked".

A supervisor has a handful of RHK and tens of subordinates at most, so the model simply holds
the `PeranHasilMatrix` the service built on the database worker.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from skpdesk.domain.cascade import PeranHasilMatrix
from skpdesk.domain.identifiers import format_nip

from ..i18n import arg

PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RHK_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the supervisor RHK of the row (None: unlinked row)
TEXTS_ROLE = Qt.ItemDataRole.UserRole + 3  # the subordinate RHK texts of a cell (list of str)
UNLINKED_ROLE = Qt.ItemDataRole.UserRole + 4  # True on the "unlinked" row
COL_SUPERVISOR_RHK = 0

UNLINKED_BACKGROUND = QColor("#ffe0b2")  # same tint as an orphan in the cascade tree
UNLINKED_FOREGROUND = QColor("#1a1a1a")


class PeranHasilModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matrix: PeranHasilMatrix | None = None

    def set_matrix(self, matrix: PeranHasilMatrix | None) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def matrix(self) -> PeranHasilMatrix | None:
        return self._matrix

    def has_unlinked_row(self) -> bool:
        return bool(self._matrix and self._matrix.columns)

    def unlinked_row(self) -> int:
        """The row of the "unlinked" line (-1 when there is none)."""
        return len(self._matrix.rows) if self.has_unlinked_row() else -1

    def unlinked_count(self) -> int:
        return sum(len(t) for t in self._matrix.unlinked.values()) if self._matrix else 0

    def linked_count(self) -> int:
        return sum(len(t) for t in self._matrix.cells.values()) if self._matrix else 0

    def column_of(self, pegawai_id: str) -> int:
        if self._matrix:
            for i, (pid, _name, _nip) in enumerate(self._matrix.columns):
                if pid == pegawai_id:
                    return i + 1
        return -1

    def row_of(self, rhk_id: str) -> int:
        if self._matrix:
            for i, row in enumerate(self._matrix.rows):
                if row.rhk_id == rhk_id:
                    return i
        return -1

    def texts(self, index: QModelIndex | QPersistentModelIndex) -> list[str]:
        m = self._matrix
        if m is None or not index.isValid() or index.column() == COL_SUPERVISOR_RHK:
            return []
        pegawai_id = m.columns[index.column() - 1][0]
        if index.row() == self.unlinked_row():
            return list(m.unlinked.get(pegawai_id, []))
        return list(m.cells.get((m.rows[index.row()].rhk_id, pegawai_id), []))

    # --- QAbstractTableModel
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.rows) + (1 if self.has_unlinked_row() else 0)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self._matrix is None:
            return 0
        return 1 + len(self._matrix.columns)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        m = self._matrix
        if m is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return "—" if section == self.unlinked_row() else str(section + 1)
            return None
        if section == COL_SUPERVISOR_RHK:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.tr("Supervisor's RHK")
            return None
        if not 0 < section <= len(m.columns):
            return None
        pegawai_id, name, nip = m.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}\n{format_nip(nip)}" if nip else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(self.tr("%1 (NIP %2): double-click a cell to open this employee's SKP"),
                       name, format_nip(nip) if nip else "—")
        if role == PEGAWAI_ID_ROLE:
            return pegawai_id
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        m = self._matrix
        if m is None or not index.isValid():
            return None
        unlinked = index.row() == self.unlinked_row()
        if index.column() == COL_SUPERVISOR_RHK:
            return self._supervisor_cell(index.row(), unlinked, role)
        pegawai_id, name, _nip = m.columns[index.column() - 1]
        texts = self.texts(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(f"• {' '.join(t.split())}" for t in texts)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not texts:
                return None
            head = (arg(self.tr("%1: RHK intervening none of the supervisor's RHK"), name)
                    if unlinked else arg(self.tr("%1, intervening: %2"), name,
                                         m.rows[index.row()].text))
            return "\n".join([head, *(f"• {t}" for t in texts)])
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if unlinked and texts:
                return QBrush(UNLINKED_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole
                              else UNLINKED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == PEGAWAI_ID_ROLE:
            return pegawai_id
        if role == RHK_ID_ROLE:
            return None if unlinked else m.rows[index.row()].rhk_id
        if role == TEXTS_ROLE:
            return texts
        if role == UNLINKED_ROLE:
            return unlinked
        return None

    def _supervisor_cell(self, row: int, unlinked: bool, role: int):
        m = self._matrix
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Not intervening any of these RHK") if unlinked else \
                " ".join(m.rows[row].text.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Utama RHK of the subordinates that intervene none of the "
                           "supervisor's RHK above (orphans, or linked elsewhere)") if unlinked \
                else m.rows[row].text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(not unlinked)
            font.setItalic(unlinked)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == PEGAWAI_ID_ROLE:
            return m.supervisor_id
        if role == RHK_ID_ROLE:
            return None if unlinked else m.rows[row].rhk_id
        if role == UNLINKED_ROLE:
            return unlinked
        if role == TEXTS_ROLE:
            return []
        return None
