"""PERILAKU KERJA of an SKP: the seven BerAKHLAK core values with their three panduan perilaku
and the editable "ekspektasi khusus pimpinan" of each (SKP-REFERENCE §1.4).

Enter, F2 or a double click edits the selected value's ekspektasi in a dialog; the change is one
`SetExpectationCommand` on the SKP's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from skpdesk.domain.skp import BehaviourExpectation, Skp

from ..i18n import arg
from .editor_host import SkpEditorHost
from .form_dialog import FormDialog, TextDialog
from .skp_commands import SetExpectationCommand
from .wrapped_rows import relayout_after_column_resize

COL_NO, COL_VALUE, COL_EXPECTATION = range(3)


class BehaviourView(QWidget):
    def __init__(self, host: SkpEditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._behaviours: tuple[BehaviourExpectation, ...] = ()
        self._read_only = True
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("behaviourTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("No"), self.tr("Work behaviour"), self.tr("Leader's specific expectation")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_EXPECTATION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_expectation())
        # after the paint that resized the columns, not inside it (see wrapped_rows)
        relayout_after_column_resize(header, self.table.resizeRowsToContents)

        self.edit_action = QAction(self.tr("&Edit expectation…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_F2),
                                       QKeySequence(Qt.Key.Key_Return)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_expectation)
        self.table.addAction(self.edit_action)
        self.edit_button = QPushButton(self.edit_action.text(), self)
        self.edit_button.setObjectName("editExpectationButton")
        self.edit_button.clicked.connect(self.edit_expectation)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        # The table above a detail pane (the SKP tab adds the umpan balik of the selected value).
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def add_detail_pane(self, pane: QWidget) -> None:
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

    def set_skp(self, skp: Skp | None) -> None:
        row = max(self.table.currentRow(), 0)
        self._behaviours = skp.behaviours if skp else ()
        self._read_only = skp is None or skp.read_only
        self.table.setRowCount(len(self._behaviours))
        for r, beh in enumerate(self._behaviours):
            value = beh.core_value
            guides = "\n".join(f"• {g}" for g in value.guides)
            cells = (str(value.number), f"{value.name}\n{guides}", beh.expectation)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.ToolTipRole, text)
                self.table.setItem(r, column, item)
        self.table.resizeRowsToContents()
        if self._behaviours:
            self.table.selectRow(min(row, len(self._behaviours) - 1))
        self.edit_action.setEnabled(not self._read_only and bool(self._behaviours))
        self.edit_button.setEnabled(self.edit_action.isEnabled())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their widths only once shown

    def expectation_text(self, row: int) -> str:
        item = self.table.item(row, COL_EXPECTATION)
        return item.text() if item else ""

    def edit_expectation(self) -> None:
        row = self.table.currentRow()
        skp = self._host.skp
        if self._read_only or skp is None or not 0 <= row < len(self._behaviours):
            return
        beh = self._behaviours[row]
        dialog = TextDialog(self.tr("Leader's specific expectation"),
                            self.tr("&Expectation"), beh.expectation,
                            context=arg(self.tr("%1. %2"), beh.core_value.number,
                                        beh.core_value.name), parent=self)

        def submit(values: dict, dlg: FormDialog) -> None:
            new = values["text"]
            if new == beh.expectation:
                dlg.succeeded()
                return
            self._host.execute(SetExpectationCommand(
                self._host.command_context, skp.id, beh.core_value.id, beh.expectation, new,
                arg(self.tr("Expectation for %1"), beh.core_value.name)), dlg)

        self._host.open_dialog(dialog, submit)
