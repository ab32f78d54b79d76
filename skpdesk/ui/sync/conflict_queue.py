""""Perlu ditinjau" (Needs review): the queue of open sync conflicts, and their resolution.

A tree of conflicts (`ConflictQueueModel`): each conflict with its sides under it, showing each
side's value, who wrote it, on which laptop and when. Under the tree, the chosen conflict in
full and three actions:

- Keep mine / Keep theirs: `services.sync.resolve(id, Keep.MINE | Keep.THEIRS)`;
- Edit value…: a text typed by the person resolving (`Keep.VALUE`), offered for field
  conflicts only, prefilled with the chosen side's value (or the current one).

The resolution is a journaled write that syncs: every replica stops showing the conflict once
the bundle carrying it arrives. The queue reloads (through `SyncState`, on the database worker)
after an import, a resolution, and every write while conflicts are open. A refusal (e.g. "keep
theirs" of an edit made before the SKP was submitted, while it is not Draft) is shown in the
panel in words; nothing changed then.

`ConflictQueueDock` puts the panel in the main window's right dock area.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QDockWidget,
                               QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
                               QTreeView, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.sync import Conflict, ConflictKind, Keep

from ..i18n import arg
from ..messages import error_text
from .conflict_model import (COL_DEVICE, COL_VALUE, COL_WHAT, COL_WHEN, COL_WHO,
                             ConflictQueueModel, kind_text, side_text, value_text, what_text)
from .page_jobs import ERROR_STYLE
from .sync_state import SyncState
from .when_text import when_text



class ConflictQueueWidget(QWidget):
    def __init__(self, state: SyncState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.busy = False
        self.model = ConflictQueueModel(self)
        self.setObjectName("conflictQueue")

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("conflictSummary")
        self.summary_label.setWordWrap(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("conflictTree")
        self.tree.setAccessibleName(self.tr("Sync conflicts to review"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(COL_WHAT, 280)
        self.tree.setColumnWidth(COL_VALUE, 220)
        for column in (COL_WHO, COL_DEVICE, COL_WHEN):
            self.tree.setColumnWidth(column, 130)

        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("conflictDetail")
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The chosen conflict"))
        self.detail.setMaximumHeight(self.detail.fontMetrics().lineSpacing() * 9 + 12)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("conflictMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setVisible(False)

        self.keep_mine_button = QPushButton(self.tr("&Keep mine"), self)
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_mine_button.setToolTip(self.tr("Keep the value of this laptop; the other "
                                                 "laptops take it at their next sync."))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"), self)
        self.keep_theirs_button.setObjectName("keepTheirs")
        self.keep_theirs_button.setToolTip(self.tr("Keep the value that came from the other "
                                                   "laptop."))
        self.edit_button = QPushButton(self.tr("Edit va&lue…"), self)
        self.edit_button.setObjectName("editValue")
        self.edit_button.setToolTip(self.tr("Type the value to keep (e.g. a merge of both)."))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)  # no Alt-letter: kept free
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.keep_theirs_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        self.keep_mine_button.clicked.connect(lambda: self.resolve(Keep.MINE))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve(Keep.THEIRS))
        self.edit_button.clicked.connect(self.edit_value)
        self.refresh_button.clicked.connect(state.refresh)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        state.conflicts_changed.connect(self.show_conflicts)
        self.show_conflicts(state.conflicts)

    # --- showing
    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        current = self.current_conflict()
        self.model.set_conflicts(conflicts)
        self.tree.expandAll()
        if not self.state.loaded:
            self.summary_label.setText(self.tr("Reading the conflicts…"))
        elif conflicts:
            self.summary_label.setText(self.tr(
                "%n sync conflict(s) to review. Until then every laptop shows the value in the "
                "first line; choose which one to keep.", "", len(conflicts)))
        else:
            self.summary_label.setText(self.tr("Nothing to review: no sync conflicts."))
        index = self.model.find(current.id) if current else QModelIndex()
        if not index.isValid() and conflicts:
            index = self.model.index(0, 0)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self._show_current()

    def select_conflict(self, conflict_id: str) -> bool:
        index = self.model.find(conflict_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        return index.isValid()

    def select_entity(self, entity_id: str | None) -> bool:
        """Choose the first conflict on that row, or on a row of that SKP or pegawai."""
        if not entity_id:
            return False
        for conflict in self.model.conflicts():
            if conflict.entity_id == entity_id:
                return self.select_conflict(conflict.id)
        return any(self.select_conflict(cid)
                   for cid in self.state.marks.marks.conflicts_of(entity_id))

    def current_conflict(self) -> Conflict | None:
        return self.model.conflict(self.tree.currentIndex())

    def _show_current(self) -> None:
        conflict = self.current_conflict()
        self.clear_message()
        self.detail.setPlainText(self._detail_text(conflict) if conflict else "")
        self._update_buttons()

    def _detail_text(self, conflict: Conflict) -> str:
        deleted = conflict.kind in (ConflictKind.DELETE_EDIT, ConflictKind.ORPHAN)
        lines = [what_text(conflict), kind_text(conflict.kind),
                 arg(self.tr("Shown until resolved: %1"),
                     value_text(conflict.current, deleted=True)), ""]
        for side in conflict.sides:
            lines.append(arg(self.tr("%1: %2"), side_text(side),
                             value_text(side.value, deleted=deleted)))
            lines.append("    " + arg(self.tr("by %1 on %2, %3"), side.actor,
                                      side.device_name or side.device_id, when_text(side.at)))
        lines.append("")
        lines.append(arg(self.tr("Conflict %1"), conflict.id))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        conflict = self.current_conflict()
        idle = not self.busy and conflict is not None
        self.keep_mine_button.setEnabled(idle)
        self.keep_theirs_button.setEnabled(idle)
        self.edit_button.setEnabled(idle and conflict is not None and conflict.field is not None
                                    and conflict.kind is ConflictKind.VALUE)

    # --- actions
    def resolve(self, keep: Keep, value: str | None = None) -> None:
        conflict = self.current_conflict()
        if conflict is None or self.busy:
            return
        self.busy = True
        self._update_buttons()
        self.state.resolve(conflict.id, keep, value, on_success=self._resolved,
                           on_failure=self._refused)

    def edit_value(self) -> None:
        conflict = self.current_conflict()
        if conflict is None or conflict.field is None:
            return
        side = self.model.side(self.tree.currentIndex())
        start = side.value if side is not None else conflict.current
        dialog = EditValueDialog(conflict, "" if start is None else str(start), self)
        self.value_dialog = dialog  # tests fill and accept it
        dialog.accepted.connect(lambda: self.resolve(Keep.VALUE, dialog.value()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _resolved(self, _outcome) -> None:
        self.busy = False
        self._update_buttons()

    def _refused(self, error: DomainError) -> None:
        self.busy = False
        self._update_buttons()
        self.show_message(error_text(error))

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.setVisible(False)

    def message(self) -> str:
        return self.message_label.text() if not self.message_label.isHidden() else ""


class EditValueDialog(QDialog):
    """The value to keep, typed (prefilled with the chosen side's value)."""

    def __init__(self, conflict: Conflict, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the value to keep"))
        label = QLabel(what_text(conflict), self)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("conflictValue")
        self.edit.setPlainText(text)
        self.edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def value(self) -> str:
        return self.edit.toPlainText().strip()


class ConflictQueueDock(QDockWidget):
    """The queue docked on the right of the main window (View menu toggles it)."""

    def __init__(self, state: SyncState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictQueueDock")
        self.setWindowTitle(self.tr("Needs review"))
        self.queue = ConflictQueueWidget(state, self)
        self.setWidget(self.queue)
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
