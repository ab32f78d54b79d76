"""The "Laptops" page of the Sinkronisasi dialog, shown on the office's central copy: for each
laptop, the last bundle received and sent (date and how long ago), the changes it has not
acknowledged yet, its open conflicts and the attachment files it is waiting for. Laptops not
heard from for two weeks are marked. Read on the database worker when the dialog opens and after
each import or export (`SyncBackend.peers`)."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout,
                               QWidget)

from ..i18n import arg
from .peer_model import COL_NAME, DASHBOARD_COLUMNS, STALE_DAYS, PeerTableModel
from .when_text import days_since
from .sync_backend import PeerRow


class DashboardPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDashboardPage")
        self.model = PeerTableModel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("dashboardSummary")
        self.summary_label.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("dashboardTable")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Laptops of the office"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setSortingEnabled(False)
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column not in DASHBOARD_COLUMNS)
        self.view.horizontalHeader().setSectionResizeMode(
            COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)

    def set_peers(self, peers: list[PeerRow], missing_here: int = 0) -> None:
        laptops = [p for p in peers if not p.revoked]
        self.model.set_peers(laptops)
        stale = sum(1 for p in laptops
                    if (d := days_since(p.last_received_at, self.model.now)) is None
                    or d >= STALE_DAYS)
        conflicts = sum(p.open_conflicts for p in laptops)
        lines = [self.tr("%n laptop(s) sync with this central copy.", "", len(laptops))]
        if stale:
            lines.append(arg(self.tr("%1 of them sent no bundle in the last %2 days (or never)."),
                             stale, STALE_DAYS))
        if conflicts:
            lines.append(self.tr("%n open conflict(s) involve them: see Needs review.", "",
                                 conflicts))
        if missing_here:
            lines.append(self.tr("%n attachment file(s) referenced here have not arrived yet.",
                                 "", missing_here))
        self.summary_label.setText(" ".join(lines))
