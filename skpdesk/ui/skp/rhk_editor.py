"""HASIL KERJA of an SKP: the RHK tree (A. Utama / B. Tambahan > RHK > indicators) with its
buttons and keyboard actions. Every edit is one command on the SKP's undo stack.

Keys (while the table has the focus): Insert adds an RHK, Ctrl+I an indicator to the selected
RHK, F2 or Enter edits the selected row, Delete deletes it, Ctrl+Up / Ctrl+Down move it within
its section or RHK. The tab adds Ctrl+N (add RHK) from anywhere in it.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QSplitter, QTreeView, QVBoxLayout, QWidget)

from skpdesk.domain.skp import Indicator, Rhk, RhkKind, Skp

from .editor_host import SkpEditorHost
from .form_dialog import FormDialog
from .indicator_dialog import IndicatorDialog
from .rhk_dialog import RhkDialog
from .rhk_table_model import (COL_IKI, COL_NO, COL_PARENT, COL_RHK, COLUMN_COUNT, INDICATOR, RHK,
                              SECTION, RhkTreeModel)
from .skp_commands import (AddIndicatorCommand, AddRhkCommand, DeleteIndicatorCommand,
                           DeleteRhkCommand, EditIndicatorCommand, EditRhkCommand,
                           MoveIndicatorCommand, MoveRhkCommand)
from .wrapped_rows import WrappingDelegate, relayout_after_column_resize


class RhkEditor(QWidget):
    def __init__(self, host: SkpEditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._read_only = True
        self.model = RhkTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("rhkTree")
        self.tree.setModel(self.model)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Work results"))
        self.tree.setItemDelegate(WrappingDelegate(self.tree, skip_columns=(COL_NO,)))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in (COL_PARENT, COL_RHK, COL_IKI):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NO, QHeaderView.ResizeMode.ResizeToContents)
        # Rows are re-measured after the columns change width, never from inside a paint
        # (wrapped_rows explains the crash that caused).
        relayout_after_column_resize(header, self.tree.scheduleDelayedItemsLayout)
        self.tree.doubleClicked.connect(lambda _index: self.edit_selected())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())

        self.add_rhk_action = self._action(self.tr("&Add RHK…"), ["Insert"],
                                           lambda: self.add_rhk())
        self.add_indicator_action = self._action(self.tr("Add i&ndicator…"), ["Ctrl+I"],
                                                 self.add_indicator)
        self.edit_action = self._action(self.tr("&Edit…"), ["F2", "Return"], self.edit_selected)
        self.delete_action = self._action(self.tr("&Delete"), ["Delete"], self.delete_selected)
        # No Alt-letter on the two moves: Ctrl+Up / Ctrl+Down do it (tooltip), and the SKP tab
        # has more buttons than free letters (tests/ui/test_mnemonics.py).
        self.up_action = self._action(self.tr("Move up"), ["Ctrl+Up"], lambda: self.move(-1))
        self.down_action = self._action(self.tr("Move down"), ["Ctrl+Down"],
                                        lambda: self.move(1))
        self.buttons: dict[QAction, QPushButton] = {}
        row = QHBoxLayout()
        for action in self.actions_in_order():
            button = QPushButton(action.text(), self)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            row.addWidget(button)
            self.buttons[action] = button
        row.addStretch(1)
        # The tree above a detail pane (the SKP tab adds the umpan balik of the selected RHK).
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(row)
        self._update_actions()

    def add_detail_pane(self, pane: QWidget) -> None:
        """A pane under the tree (and its buttons' row stays at the bottom)."""
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

    def _action(self, text: str, keys: list[str], slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    def actions_in_order(self) -> list[QAction]:
        return [self.add_rhk_action, self.add_indicator_action, self.edit_action,
                self.delete_action, self.up_action, self.down_action]

    # --- showing
    def set_skp(self, skp: Skp | None) -> None:
        kind, value = self.current()
        self._read_only = skp is None or skp.read_only
        self.model.set_skp(skp)
        for column in range(COLUMN_COUNT):
            self.tree.setColumnHidden(column, column in self.model.hidden_columns())
        self.tree.expandAll()
        for index in (self.model.section_index(k) for k in RhkKind):
            if index.isValid():
                self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
        if kind is not None and skp is not None:
            item_id = value.value if kind == SECTION else value.id
            if not self.select(kind, self._host.command_context.ids.resolve(item_id)):
                self._select_near(kind, value)
        self._update_actions()

    def _select_near(self, kind: str, gone: Any) -> None:
        """The row that took the place of a deleted one (or the one before, or its parent)."""
        skp = self.model.skp
        if kind == RHK:
            rows = skp.rhk_of(gone.kind)
            if rows:
                self.select(RHK, rows[min(gone.position, len(rows)) - 1].id)
            else:
                self.select(SECTION, gone.kind.value)
        elif kind == INDICATOR:
            rhk_id = self._host.command_context.ids.resolve(gone.rhk_id)
            rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
            if rhk is not None and rhk.indicators:
                nearest = rhk.indicators[min(gone.position, len(rhk.indicators)) - 1]
                self.select(INDICATOR, nearest.id)
            elif rhk is not None:
                self.select(RHK, rhk.id)

    def select(self, kind: str, item_id: str | None) -> bool:
        index = self.model.find(kind, item_id) if item_id else None
        if index is None or not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    def current(self) -> tuple[str | None, Any]:
        return self.model.item(self.tree.currentIndex())

    def current_rhk(self) -> Rhk | None:
        kind, value = self.current()
        if kind == RHK:
            return value
        if kind == INDICATOR:
            return next((r for r in self._skp_rhk() if r.id == value.rhk_id), None)
        return None

    def _skp_rhk(self) -> tuple[Rhk, ...]:
        return self.model.skp.rhk if self.model.skp else ()

    def _update_actions(self) -> None:
        editable = not self._read_only
        kind, value = self.current()
        row_chosen = kind in (RHK, INDICATOR)
        self.add_rhk_action.setEnabled(editable)
        self.add_indicator_action.setEnabled(editable and row_chosen)
        self.edit_action.setEnabled(editable and row_chosen)
        self.delete_action.setEnabled(editable and row_chosen)
        first, last = self._bounds(kind, value)
        self.up_action.setEnabled(editable and row_chosen and value.position > first)
        self.down_action.setEnabled(editable and row_chosen and value.position < last)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())

    def _bounds(self, kind: str | None, value: Any) -> tuple[int, int]:
        if kind == RHK and self.model.skp is not None:
            return 1, len(self.model.skp.rhk_of(value.kind))
        if kind == INDICATOR:
            rhk = self.current_rhk()
            return 1, len(rhk.indicators) if rhk else 1
        return 1, 1

    # --- editing
    def add_rhk(self, kind: RhkKind | None = None) -> None:
        skp = self._host.skp
        if self._read_only or skp is None:
            return
        if kind is None:
            current_kind, value = self.current()
            rhk = self.current_rhk()
            kind = (RhkKind(value.value) if current_kind == SECTION
                    else rhk.kind if rhk else RhkKind.UTAMA)
        ctx = self._host.command_context
        dialog = RhkDialog(skp, ctx.skp.parent_candidates(skp.id), kind=kind, parent=self)

        def submit(values: dict, dlg: FormDialog) -> None:
            command = AddRhkCommand(ctx, skp.id, label=self.tr("Add RHK"), **values)
            self._host.execute(command, dlg, lambda: self.select(RHK, ctx.ids.resolve(
                command.rhk_id)))

        self._host.open_dialog(dialog, submit)

    def add_indicator(self) -> None:
        skp, rhk = self._host.skp, self.current_rhk()
        if self._read_only or skp is None or rhk is None:
            return
        ctx = self._host.command_context
        dialog = IndicatorDialog(skp, rhk, parent=self)

        def submit(values: dict, dlg: FormDialog) -> None:
            command = AddIndicatorCommand(ctx, rhk.id, label=self.tr("Add indicator"), **values)
            self._host.execute(command, dlg, lambda: self.select(INDICATOR, ctx.ids.resolve(
                command.indicator_id)))

        self._host.open_dialog(dialog, submit)

    def edit_selected(self) -> None:
        kind, value = self.current()
        skp = self._host.skp
        if self._read_only or skp is None:
            return
        if kind == RHK:
            self._edit_rhk(skp, value)
        elif kind == INDICATOR:
            self._edit_indicator(skp, value)

    def _edit_rhk(self, skp: Skp, rhk: Rhk) -> None:
        ctx = self._host.command_context
        dialog = RhkDialog(skp, ctx.skp.parent_candidates(skp.id), rhk=rhk, parent=self)

        def submit(values: dict, dlg: FormDialog) -> None:
            command = EditRhkCommand(ctx, rhk, values, self.tr("Edit RHK"))
            if not command.changes_anything:
                dlg.succeeded()
                return
            self._host.execute(command, dlg)

        self._host.open_dialog(dialog, submit)

    def _edit_indicator(self, skp: Skp, indicator: Indicator) -> None:
        rhk = self.current_rhk()
        if rhk is None:
            return
        ctx = self._host.command_context
        dialog = IndicatorDialog(skp, rhk, indicator=indicator, parent=self)

        def submit(values: dict, dlg: FormDialog) -> None:
            command = EditIndicatorCommand(ctx, indicator, values, self.tr("Edit indicator"))
            if not command.changes_anything:
                dlg.succeeded()
                return
            self._host.execute(command, dlg)

        self._host.open_dialog(dialog, submit)

    def delete_selected(self) -> None:
        kind, value = self.current()
        if self._read_only:
            return
        ctx = self._host.command_context
        if kind == RHK:
            self._host.execute(DeleteRhkCommand(ctx, value, self.tr("Delete RHK")))
        elif kind == INDICATOR:
            self._host.execute(DeleteIndicatorCommand(ctx, value, self.tr("Delete indicator")))

    def move(self, step: int) -> None:
        kind, value = self.current()
        if self._read_only or kind not in (RHK, INDICATOR):
            return
        first, last = self._bounds(kind, value)
        target = value.position + step
        if not first <= target <= last:
            return
        ctx = self._host.command_context
        if kind == RHK:
            command = MoveRhkCommand(ctx, value.id, value.position, target, self.tr("Move RHK"))
        else:
            command = MoveIndicatorCommand(ctx, value.id, value.position, target,
                                           self.tr("Move indicator"))
        self._host.execute(command, select=lambda: self.select(kind, value.id))
