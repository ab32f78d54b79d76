"""The left side of the main window: a search field above the team tree.

Typing filters by name or NIP after a short pause (200 ms); Enter or Down moves into the list,
Escape clears the search. "My direct reports" stays expanded; while searching, groups are
expanded as long as few rows match. Pages of rows are fetched as they scroll into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QLineEdit, QTreeView, QVBoxLayout,
                               QWidget)

from skpdesk.services.staff import StaffService

from .. import ui_settings
from ..sync_marks import SyncMarks
from .team_model import COL_NAME, COL_NIP, GROUP_KEY_ROLE, MINE, PAGE_SIZE, TeamModel

SEARCH_DELAY_MS = 200
SEARCH_EXPAND_LIMIT = 200  # while searching, expand groups until this many rows are shown


class TeamPanelWidget(QWidget):
    pegawai_selected = Signal(object)  # pegawai id (str) or None
    pegawai_activated = Signal(str)  # Enter or double-click on a pegawai

    def __init__(self, staff: StaffService, *, identity_id: str | None = None,
                 page_size: int = PAGE_SIZE, marks: SyncMarks | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TeamModel(staff, identity_id=identity_id, page_size=page_size, marks=marks,
                               parent=self)
        self._selected: str | None = None
        self._expanded: set[str] = {MINE}

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("teamSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name or NIP (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search employees"))
        self.result_label = QLabel(self)
        self.result_label.setVisible(False)
        self.tree = QTreeView(self)
        self.tree.setObjectName("teamTree")
        self.tree.setAccessibleName(self.tr("Employees"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(COL_NAME, 240)
        self.tree.setColumnWidth(COL_NIP, 170)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.result_label)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        QWidget.setTabOrder(self.search_edit, self.tree)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.installEventFilter(self)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.expanded.connect(self._on_expanded)
        self.tree.collapsed.connect(self._on_collapsed)
        self.tree.activated.connect(self._on_activated)
        self.tree.verticalScrollBar().valueChanged.connect(lambda _v: self.fetch_visible())
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()

    # --- public
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        """Apply the typed search now (the timer calls this after the pause)."""
        self._search_timer.stop()
        text = self.search_edit.text()
        if " ".join(text.split()) != self.model.search:
            self._expanded = {MINE}
            self.model.set_search(text)

    def set_identity(self, pegawai_id: str | None) -> None:
        self.model.set_identity(pegawai_id)

    def refresh(self) -> None:
        self.model.refresh()

    def current_pegawai_id(self) -> str | None:
        return self._selected

    def select_pegawai(self, pegawai_id: str) -> bool:
        """Select a pegawai if its row is loaded; True when found."""
        index = self.model.find_loaded(pegawai_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def save_state(self, settings: QSettings, key: str) -> None:
        ui_settings.save_header(settings, key, self.tree.header())

    def restore_state(self, settings: QSettings, key: str) -> None:
        ui_settings.restore_header(settings, key, self.tree.header())

    def fetch_visible(self) -> None:
        """Fetch the next page of every expanded group whose last loaded row is in view."""
        viewport_height = self.tree.viewport().height()
        for _ in range(50):  # bounded: each round fetches at most one page per group
            fetched = False
            for row in range(self.model.rowCount()):
                group = self.model.index(row, 0)
                if not self.tree.isExpanded(group) or not self.model.canFetchMore(group):
                    continue
                count = self.model.rowCount(group)
                last = self.model.index(count - 1, 0, group) if count else group
                rect = self.tree.visualRect(last)
                if rect.isValid() and rect.top() < viewport_height:
                    self.model.fetchMore(group)
                    fetched = True
            if not fetched:
                return

    # --- events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.apply_search()
                self._focus_first_row()
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.apply_search()
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fetch_visible)  # dropped if the panel is deleted

    def _focus_first_row(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.tree.currentIndex().isValid():
            return
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            if self.model.canFetchMore(group) and self.model.rowCount(group) == 0:
                self.tree.expand(group)
            if self.model.rowCount(group):
                self.tree.setCurrentIndex(self.model.index(0, 0, group))
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pegawai_id = self.model.pegawai_id(current)
        if pegawai_id is not None and pegawai_id != self._selected:
            self._selected = pegawai_id
            self.pegawai_selected.emit(pegawai_id)

    def _on_activated(self, index: QModelIndex) -> None:
        pegawai_id = self.model.pegawai_id(index)
        if pegawai_id is not None:
            self.pegawai_activated.emit(pegawai_id)

    def _on_expanded(self, index: QModelIndex) -> None:
        key = self.model.data(index, GROUP_KEY_ROLE)
        if key:
            self._expanded.add(key)
        QTimer.singleShot(0, self, self.fetch_visible)  # dropped if the panel is deleted

    def _on_collapsed(self, index: QModelIndex) -> None:
        key = self.model.data(index, GROUP_KEY_ROLE)
        self._expanded.discard(key)

    def _after_reset(self) -> None:
        """Expand what was open (and the search results when few), reselect, update the label."""
        keys = set(self._expanded)
        if self.model.search:
            shown = 0
            for key in self.model.group_keys():
                total = self.model.group_total(key)
                if shown + total > SEARCH_EXPAND_LIMIT:
                    break
                keys.add(key)
                shown += total
        for row, key in enumerate(self.model.group_keys()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)  # group labels are long
            if key in keys:
                self.tree.expand(self.model.group_index(key))
        if self._selected:
            index = self.model.find_loaded(self._selected)
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, self.tree.selectionModel().SelectionFlag.ClearAndSelect
                    | self.tree.selectionModel().SelectionFlag.Rows)
        self._update_result_label()
        QTimer.singleShot(0, self, self.fetch_visible)  # dropped if the panel is deleted

    def _update_result_label(self) -> None:
        if not self.model.search:
            self.result_label.setVisible(False)
            return
        found = self.model.matching_total()
        self.result_label.setText(self.tr("%n employee(s) found", "", found) if found
                                  else self.tr("No employee matches the search."))
        self.result_label.setVisible(True)
