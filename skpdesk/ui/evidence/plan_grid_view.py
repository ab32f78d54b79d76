"""The table view of the plan grid: a cell takes files dropped from the file manager (they
become bukti dukung of that RHK or indicator in that period; the tab adds them)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from .evidence_list import local_files
from .plan_grid_model import COL_LABEL


class PlanGridView(QTableView):
    files_dropped = Signal(QModelIndex, list)  # the period cell, the dropped files (Paths)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planGrid")
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)

    def _target(self, event) -> QModelIndex:
        index = self.indexAt(event.position().toPoint())
        return index if index.isValid() and index.column() != COL_LABEL else QModelIndex()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        # Only a period cell takes files. The current cell stays until the drop: moving it
        # under the pointer would read every cell crossed on the way.
        index = self._target(event)
        if index.isValid() and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index, files = self._target(event), local_files(event.mimeData())
        if not index.isValid() or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(index, files)
