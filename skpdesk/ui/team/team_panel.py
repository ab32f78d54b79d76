"""The left side of the main window: search, status filter and the team tree.

Search (Ctrl+F) does not filter the tree: it moves the selection to the first pegawai whose name
or NIP matches (after a short pause, or at once on Enter), expanding its units and fetching the
page it is on; then Enter/Down go to the next match and Up to the previous one, from the search
field or the tree, never stopping on a unit row. Escape clears the search. The status filter
keeps only pegawai of one SKP state (units without any are hidden); "Show inactive" adds
pegawai who have left (pensiun, mutasi keluar). The year comes from the window (`set_year`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel,
                               QLineEdit, QTreeView, QVBoxLayout, QWidget)

from skpdesk.domain.team import SKP_STATE_ORDER, SearchMatch, SkpState
from skpdesk.services.staff import StaffService
from skpdesk.services.team_overview import TeamOverviewService

from .. import ui_settings
from ..sync_marks import SyncMarks
from ..tasks import TaskRunner
from .status_icons import state_icon, state_label
from .team_model import COL_NAME, COL_NIP, GROUP_KEY_ROLE, MINE, PAGE_SIZE, TeamModel

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 500  # matches kept for Enter/Down; more are reported as "500+"


class TeamPanelWidget(QWidget):
    pegawai_selected = Signal(object)  # pegawai id (str) or None
    pegawai_activated = Signal(str)  # Enter or double-click on a pegawai
    me_changed = Signal(object)  # set_me was given another pegawai id (or None)

    def __init__(self, staff: StaffService, *, team: TeamOverviewService | None = None,
                 me_id: str | None = None, identity_id: str | None = None,
                 year: int | None = None, page_size: int = PAGE_SIZE,
                 marks: SyncMarks | None = None, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Pickers built with the staff service only (e.g. the "I am" dialog) read the same
        # database through a team service of their own.
        team = team or TeamOverviewService(staff._db)  # noqa: SLF001 - same database
        self._team = team
        # With a TaskRunner the unit counts of each reset are read on the database worker.
        run = None if tasks is None else (
            lambda read, done: tasks.run(read, done, owner=self.model))
        self.model = TeamModel(team, year=year or dt.date.today().year,
                               me_id=me_id or identity_id, page_size=page_size, marks=marks,
                               run=run, parent=self)
        self._selected: str | None = None
        self._expanded: set[str] = {MINE}
        self._matches: list[SearchMatch] = []
        self._match_pos = -1
        self._searched = ""  # the text `_matches` were found for

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("teamSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name or NIP (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search employees"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("teamSearchResult")
        self.result_label.setVisible(False)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("teamStatusFilter")
        self.status_combo.setAccessibleName(self.tr("Filter by SKP status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for state in SKP_STATE_ORDER:
            self.status_combo.addItem(state_icon(state), state_label(state), state.value)
        self.inactive_check = QCheckBox(self.tr("Show inactive"), self)
        self.inactive_check.setObjectName("teamShowInactive")
        self.inactive_check.setToolTip(self.tr("Also list employees who retired or moved away"))
        self.tree = QTreeView(self)
        self.tree.setObjectName("teamTree")
        self.tree.setAccessibleName(self.tr("Employees"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # unit names: tooltip has all
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(COL_NAME, 190)
        # A formatted NIP ("19870929 201003 2 069") and some margin at the default font.
        self.tree.setColumnWidth(COL_NIP, self.fontMetrics().horizontalAdvance(
            "00000000 000000 0 000") + 24)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.inactive_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.result_label)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        QWidget.setTabOrder(self.search_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.inactive_check)
        QWidget.setTabOrder(self.inactive_check, self.tree)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.installEventFilter(self)
        self.tree.installEventFilter(self)
        self.status_combo.currentIndexChanged.connect(self._filter_changed)
        self.inactive_check.toggled.connect(self._filter_changed)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.expanded.connect(self._on_expanded)
        self.tree.collapsed.connect(self._on_collapsed)
        self.tree.activated.connect(self._on_activated)
        self.tree.verticalScrollBar().valueChanged.connect(lambda _v: self.fetch_visible())
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self._first_shown = False
        self._after_reset()
        if tasks is not None:
            self.model.refresh()

    # --- public
    @property
    def search(self) -> str:
        return " ".join(self.search_edit.text().split())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_me(self, pegawai_id: str | None) -> None:
        """The pegawai using the app: their direct reports are listed on top."""
        if pegawai_id != self.model.me_id:
            self.model.set_me(pegawai_id)
            self.me_changed.emit(pegawai_id)

    set_identity = set_me  # the name used before issue 9

    def set_year(self, year: int) -> None:
        """The year whose SKP states are shown (the window's Tahun box)."""
        self.model.set_year(year)
        self._forget_matches()

    def set_status_filter(self, state: SkpState | str | None) -> None:
        index = self.status_combo.findData(SkpState(state).value if state else None)
        self.status_combo.setCurrentIndex(max(index, 0))

    def refresh(self) -> None:
        self.model.refresh()
        self._forget_matches()

    def current_pegawai_id(self) -> str | None:
        return self._selected

    def select_pegawai(self, pegawai_id: str | None) -> bool:
        """Select a pegawai wherever it is in the tree (expanding its units and fetching its
        page); True when found. When the filter hides it, nothing stays highlighted (the
        previous person must not look selected)."""
        index = self._locate(pegawai_id) if pegawai_id else QModelIndex()
        if not index.isValid():
            self.tree.selectionModel().clearSelection()
            self.tree.selectionModel().setCurrentIndex(
                QModelIndex(), self.tree.selectionModel().SelectionFlag.Clear)
            self._selected = pegawai_id
            return False
        self._select_index(index)
        return True

    def save_state(self, settings: QSettings, key: str) -> None:
        ui_settings.save_header(settings, key, self.tree.header())

    def restore_state(self, settings: QSettings, key: str) -> None:
        ui_settings.restore_header(settings, key, self.tree.header())

    def fetch_visible(self) -> None:
        """Fetch the next page of every expanded unit whose last loaded pegawai is in view."""
        height = self.tree.viewport().height()
        for _ in range(50):  # bounded: each round fetches at most one page per unit
            fetched = False
            for key in list(self._expanded):
                unit = self.model.group_index(key)
                if not unit.isValid() or not self.tree.isExpanded(unit) \
                        or not self.model.canFetchMore(unit):
                    continue
                loaded = self.model.loaded_member_count(unit)
                last = self.model.index(loaded - 1, 0, unit) if loaded else unit
                rect = self.tree.visualRect(last)
                if rect.isValid() and rect.top() < height:
                    self.model.fetchMore(unit)
                    fetched = True
            if not fetched:
                return

    # --- search
    def apply_search(self) -> None:
        """Find the matches of the typed text now and select the first one."""
        self._search_timer.stop()
        text = self.search
        self._searched = text
        self._matches = self._team.search(text, self.model.year, limit=SEARCH_LIMIT,
                                          **self.model.filter_args()) if text else []
        self._match_pos = -1
        if self._matches:
            self.go_to_match(0)
        self._update_result_label()

    def next_match(self, step: int = 1) -> None:
        if self.search != self._searched:
            self.apply_search()  # typed and pressed Enter before the pause: the first match
            return
        if self._matches:
            self.go_to_match((self._match_pos + step) % len(self._matches))

    def go_to_match(self, position: int) -> None:
        self._match_pos = position
        match = self._matches[position]
        index = self._locate(match.member.id, prefer_mine=False)
        if index.isValid():
            self._select_index(index)
        self._update_result_label()

    def matches(self) -> list[SearchMatch]:
        return list(self._matches)

    def _forget_matches(self) -> None:
        self._searched, self._matches, self._match_pos = "", [], -1
        if self.search:
            self._search_timer.start()
        self._update_result_label()

    def _update_result_label(self) -> None:
        if not self._searched:
            self.result_label.setVisible(False)
            return
        if self._matches:
            total = str(len(self._matches))
            if len(self._matches) >= SEARCH_LIMIT:
                total += "+"  # more exist: the user types more of the name
            self.result_label.setText(self.tr("Match %1 of %2").replace(
                "%1", str(self._match_pos + 1)).replace("%2", total))
        else:
            self.result_label.setText(self.tr("No employee matches the search."))
        self.result_label.setVisible(True)

    # --- locating rows
    def _locate(self, pegawai_id: str, *, prefer_mine: bool = True) -> QModelIndex:
        index = self.model.find_loaded(pegawai_id, prefer_mine=prefer_mine)
        if index.isValid() and (prefer_mine or self.model.parent(index).data(GROUP_KEY_ROLE)
                                != MINE):
            return index
        member = self._team.member(pegawai_id, self.model.year)
        if member is None:
            return QModelIndex()
        row = self._team.row_in_unit(pegawai_id, self.model.year, **self.model.filter_args())
        if row is None:
            return index  # filtered out of its unit (it may still be in MINE)
        for unit_id in self._team.unit_chain(member.unit_id):
            unit = self.model.unit_index(unit_id)
            if not unit.isValid():
                return index
            self.tree.expand(unit)
        return self.model.load_member_row(member.unit_id, row)

    def _select_index(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index, self.tree.selectionModel().SelectionFlag.ClearAndSelect
            | self.tree.selectionModel().SelectionFlag.Rows)
        self.tree.scrollTo(index)

    # --- events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.next_match(1) if self.search else self._focus_first_row()
                return True
            if key == Qt.Key.Key_Up and self.search:
                self.next_match(-1)
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.apply_search()
                return True
        elif watched is self.tree and self._matches and self.search == self._searched:
            if key == Qt.Key.Key_Down:
                self.next_match(1)
                return True
            if key == Qt.Key.Key_Up:
                self.next_match(-1)
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fetch_visible)  # dropped if the panel is deleted

    def _focus_first_row(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _filter_changed(self, *_args) -> None:
        state = self.status_combo.currentData()
        self.model.set_states([state] if state else [])
        self.model.set_show_inactive(self.inactive_check.isChecked())
        self._forget_matches()

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
        if self.model.canFetchMore(index) and self.model.loaded_member_count(index) == 0:
            self.model.fetchMore(index)
        QTimer.singleShot(0, self, self.fetch_visible)  # dropped if the panel is deleted

    def _on_collapsed(self, index: QModelIndex) -> None:
        self._expanded.discard(self.model.data(index, GROUP_KEY_ROLE))

    def _before_reset(self) -> None:
        self._scroll = self.tree.verticalScrollBar().value()

    def _after_reset(self) -> None:
        """Expand what was open (parents first), reselect the pegawai, keep the scroll."""
        if self.model.loading:
            return  # empty until the counts arrive: keep what is to be expanded
        if not self._first_shown:
            self._first_shown = True
            roots = [k for k in self.model.group_keys() if k != MINE]
            if len(roots) == 1:
                self._expanded.add(roots[0])  # one office: show its first level at once
        keys = set(self._expanded)
        if not self.model.group_keys() or self.model.group_keys()[0] != MINE:
            keys.discard(MINE)
        pending = [k for k in keys if self.model.group_index(k).isValid()]
        self._expanded = set()
        # Parents before children: a unit's index is only shown once its parent is expanded.
        depth = {}
        for key in pending:
            index, d = self.model.group_index(key), 0
            while index.parent().isValid():
                index, d = index.parent(), d + 1
            depth[key] = d
        for key in sorted(pending, key=depth.get):
            self.tree.expand(self.model.group_index(key))
        if self._selected:
            index = self.model.find_loaded(self._selected)
            if index.isValid():
                self._select_index(index)
        self.tree.verticalScrollBar().setValue(getattr(self, "_scroll", 0))
        QTimer.singleShot(0, self, self.fetch_visible)  # dropped if the panel is deleted
