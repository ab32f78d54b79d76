"""The peers of this replica as a table: the peer list of the identity page and, on the central
copy, the dashboard of laptops (last bundle received and sent, with the date and how long ago,
operations the laptop has not acknowledged, open conflicts, missing attachments).

One model, all columns; each view hides the columns it does not show (`PEER_LIST_COLUMNS`,
`DASHBOARD_COLUMNS`). Filled from `SyncBackend.peers()` (read on the worker); a few dozen rows.
A laptop not heard from for `STALE_DAYS` days is marked (the dashboard's point: who has not
synced since when).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..i18n import arg
from .sync_backend import PeerRow
from .when_text import ago_text, days_since, when_text

(COL_NAME, COL_FINGERPRINT, COL_ROLE, COL_PINNED, COL_RECEIVED, COL_SENT, COL_PENDING,
 COL_CONFLICTS, COL_MISSING, COL_STATUS) = range(10)
COLUMN_COUNT = 10
PEER_LIST_COLUMNS = (COL_NAME, COL_FINGERPRINT, COL_ROLE, COL_PINNED, COL_STATUS)
DASHBOARD_COLUMNS = (COL_NAME, COL_RECEIVED, COL_SENT, COL_PENDING, COL_CONFLICTS, COL_MISSING,
                     COL_STATUS)
DEVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_DAYS = 14
STALE_BRUSH = QColor("#a04000")
Index = QModelIndex | QPersistentModelIndex


class PeerTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._peers: list[PeerRow] = []
        self.now: dt.datetime | None = None  # "how long ago" is counted from here (tests fix it)

    def set_peers(self, peers: Sequence[PeerRow]) -> None:
        self.beginResetModel()
        self._peers = sorted(peers, key=lambda p: (p.revoked, p.name.casefold(), p.device_id))
        self.endResetModel()

    def peers(self) -> list[PeerRow]:
        return list(self._peers)

    def peer(self, index: Index) -> PeerRow | None:
        if not index.isValid() or not 0 <= index.row() < len(self._peers):
            return None
        return self._peers[index.row()]

    def find(self, device_id: str) -> QModelIndex:
        for row, peer in enumerate(self._peers):
            if peer.device_id == device_id:
                return self.index(row, 0)
        return QModelIndex()

    # --- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._peers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {COL_NAME: self.tr("Name"), COL_FINGERPRINT: self.tr("Fingerprint"),
                COL_ROLE: self.tr("Role"), COL_PINNED: self.tr("Added"),
                COL_RECEIVED: self.tr("Last bundle received"),
                COL_SENT: self.tr("Last bundle sent"), COL_PENDING: self.tr("Not yet sent"),
                COL_CONFLICTS: self.tr("Open conflicts"),
                COL_MISSING: self.tr("Missing attachments"),
                COL_STATUS: self.tr("Status")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        peer = self.peer(index)
        if peer is None:
            return None
        column = index.column()
        if role == DEVICE_ID_ROLE:
            return peer.device_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(peer, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                return f"{peer.name}\n{peer.device_id}\n{peer.fingerprint}"
            if column == COL_RECEIVED and peer.last_received_bundle:
                return arg(self.tr("Bundle %1"), peer.last_received_bundle)
            if column == COL_SENT and peer.last_sent_bundle:
                return arg(self.tr("Bundle %1"), peer.last_sent_bundle)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RECEIVED and self._stale(peer):
            return QBrush(STALE_BRUSH)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_PENDING, COL_CONFLICTS,
                                                                    COL_MISSING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, peer: PeerRow, column: int) -> Any:
        if column == COL_NAME:
            return peer.name
        if column == COL_FINGERPRINT:
            return peer.fingerprint
        if column == COL_ROLE:
            return self.tr("Central copy") if peer.is_central else self.tr("Laptop")
        if column == COL_PINNED:
            return when_text(peer.pinned_at)
        if column == COL_RECEIVED:
            return self._when_ago(peer.last_received_at, self.tr("never"))
        if column == COL_SENT:
            return self._when_ago(peer.last_sent_at, self.tr("never"))
        if column == COL_PENDING:
            return "" if peer.pending_operations is None else peer.pending_operations
        if column == COL_CONFLICTS:
            return peer.open_conflicts
        if column == COL_MISSING:
            return peer.missing_attachments
        if column == COL_STATUS:
            if peer.revoked:
                return arg(self.tr("revoked %1"), when_text(peer.revoked_at))
            if self._stale(peer):
                return self.tr("no bundle for a long time")
            return self.tr("active")
        return None

    def _when_ago(self, at: str | None, never: str) -> str:
        if not at:
            return never
        return f"{when_text(at)} ({ago_text(at, self.now)})"

    def _stale(self, peer: PeerRow) -> bool:
        if peer.revoked:
            return False
        days = days_since(peer.last_received_at, self.now)
        return days is None or days >= STALE_DAYS
