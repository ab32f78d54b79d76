"""The main window: the team on the left, the selected pegawai's workspace tabs on the right.

Thin by design: menus and routing. "Saya adalah" (who is acting) is stored per database through
`ActingService`; the status bar shows it, and the workflow steps are checked against it. The team list is `TeamPanelWidget`; each workspace tab is a
widget made by a factory that `gui_app` registers with `add_workspace_tab` (the SKP editor and
the other views plug in there). Writes go through `TaskRunner`; after each one `AppEvents`
announces the `Changes` and the window refreshes only what it shows.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFileDialog, QLabel, QMainWindow, QMessageBox,
                               QSplitter, QTabWidget, QToolBar, QWidget)

from skpdesk import __version__
from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.services.acting import ActingService
from skpdesk.services.action_items import ActionItemsService, ActionTarget
from skpdesk.services.office import OfficeService
from skpdesk.services.staff import StaffService
from skpdesk.services.team_overview import TeamOverviewService

from .. import ui_settings
from ..events import AppEvents
from ..i18n import arg
from ..messages import error_text
from ..sync_marks import SyncMarks
from ..tasks import TaskRunner
from ..team.action_panel import ActionDock, ActionPanelWidget
from ..team.pegawai_summary_widget import PegawaiSummaryWidget
from ..team.team_model import PAGE_SIZE
from ..team.team_panel import TeamPanelWidget
from .identity_dialog import IdentityDialog
from .settings_dialog import SettingsDialog

SETTINGS_KEY = "main_window"
YEARS_BACK = 5  # the Tahun box offers this many years before this year, and the next one
STATUS_MS = 5000  # how long a workflow result stays in the status bar
log = logging.getLogger("skpdesk.ui")
WorkspaceFactory = Callable[[str | None], QWidget]
DIALOG_TAB = "dialogTab"  # objectName of the "Dialog & umpan balik" tab's widget
PLAN_TAB = "planTab"  # objectName of the "Rencana aksi & bukti" tab's widget
EVAL_TAB = "evalTab"  # objectName of the "Penilaian" tab's widget (issue 12)


def dropped_files(mime) -> list[str]:
    """The local files of a drag (URLs of other kinds are not files to import)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    pegawai_changed = Signal(object)  # the workspace's pegawai id (or None) after show_pegawai
    open_database_requested = Signal(str)  # a database file the user chose (gui_app switches)
    identity_changed = Signal(object)  # the new "I am" pegawai id, or None
    year_changed = Signal(int)  # the Tahun box: the one year every view of the window shows

    def __init__(self, staff: StaffService, office: OfficeService, settings: QSettings, *,
                 tasks: TaskRunner, events: AppEvents, db_path: str | Path,
                 page_size: int = PAGE_SIZE, marks: SyncMarks | None = None,
                 acting: ActingService | None = None,
                 team: TeamOverviewService | None = None,
                 actions: ActionItemsService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self._acting = acting
        self.marks = marks
        self._office = office
        self._settings = settings
        self.tasks = tasks
        self.events = events
        self.db_path = Path(db_path)
        self._tabs: list[tuple[WorkspaceFactory, QWidget]] = []
        self._stale: set[int] = set()  # indexes of tabs not yet showing the current pegawai
        self._pegawai_id: str | None = None
        self._year = dt.date.today().year
        self.setObjectName("MainWindow")

        self._me_id = self._valid_identity()
        self.team_panel = TeamPanelWidget(staff, team=team, me_id=self._me_id, year=self._year,
                                          page_size=page_size, marks=marks, tasks=tasks,
                                          parent=self)
        self.workspace_tabs = QTabWidget(self)
        self.workspace_tabs.setObjectName("workspaceTabs")
        self.workspace_tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        # Left: the team tree above "Perlu tindakan" (added below when there is a queue).
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.team_panel)
        self.left_splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.workspace_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        QWidget.setTabOrder(self.team_panel.search_edit, self.team_panel.tree)
        QWidget.setTabOrder(self.team_panel.tree, self.workspace_tabs)

        # issue 12: opens the keberatan decision for open_target kind "keberatan" (set by
        # `ui.evaluation.keberatan_actions`; the window holds no services)
        self.keberatan_opener: Callable[[str], None] | None = None
        # issue 13: local files dropped on the window (scans of signed paper) go to this
        # handler (set by `ui.paper.scan_actions`, which also turns drops on)
        self.drop_handler: Callable[[list[str]], None] | None = None
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._build_year_box()
        self.action_panel: ActionPanelWidget | None = None
        if actions is not None:
            self.action_panel = ActionPanelWidget(actions, tasks, events, me_id=self._me_id,
                                                  year=self._year, parent=self)
            # A pane under the team tree (a dock beside it left the workspace too narrow at
            # 1100 px); View > Needs action shows or hides it.
            self.action_dock = ActionDock(self.action_panel, self)
            self.left_splitter.addWidget(self.action_dock)
            self.left_splitter.setStretchFactor(0, 3)
            self.left_splitter.setStretchFactor(1, 1)
            self.action_dock_action = QAction(self.tr("Needs &action"), self)
            self.action_dock_action.setCheckable(True)
            self.action_dock_action.setChecked(True)
            self.action_dock_action.toggled.connect(self.action_dock.setVisible)
            self.view_menu.addAction(self.action_dock_action)
            self.action_panel.target_activated.connect(self.open_target)
            # "Pengingat: N" in the status bar counts the reminder items of the same queue.
            self.action_panel.loaded.connect(self._update_reminders)
            self._update_reminders()
            # Whoever tells the team panel who is acting ("Saya adalah"), the queue follows.
            self.team_panel.me_changed.connect(self.action_panel.set_me)
        self.add_workspace_tab(lambda _pid: PegawaiSummaryWidget(staff, events), self.tr("Profile"))

        self.team_panel.pegawai_selected.connect(self.show_pegawai)
        self.workspace_tabs.currentChanged.connect(self._tab_changed)
        events.changes_applied.connect(self._on_changes)
        tasks.busy_changed.connect(self.busy_label.setVisible)
        self._update_title()
        self.update_status()
        self._show_me()
        self._restore_state()

    # --- extension points
    def add_workspace_tab(self, factory: WorkspaceFactory, title: str) -> QWidget:
        """Add a tab to the pegawai workspace; returns the widget made for the current pegawai.

        `factory(pegawai_id)` builds the tab's widget (`pegawai_id` may be None: nobody chosen
        yet). When the user picks another pegawai, a widget with a `set_pegawai(pegawai_id)`
        method is told so (when its tab is shown); any other widget is replaced by a new one
        from the factory.
        """
        widget = factory(self._pegawai_id)
        self._follow_year(widget)
        self._tabs.append((factory, widget))
        self.workspace_tabs.addTab(widget, title)
        return widget

    def current_pegawai_id(self) -> str | None:
        return self._pegawai_id

    def show_pegawai(self, pegawai_id: str | None) -> None:
        """Make `pegawai_id` the subject of the workspace (the shown tab updates now, others
        when they are shown)."""
        if pegawai_id == self._pegawai_id:
            return
        self._pegawai_id = pegawai_id
        self._stale = set(range(len(self._tabs)))
        self._tab_changed(self.workspace_tabs.currentIndex())
        self.pegawai_changed.emit(pegawai_id)

    def me_id(self) -> str | None:
        """The pegawai acting in this window ("Saya adalah"), or None."""
        return self._me_id

    def set_identity(self, pegawai_id: str | None) -> None:
        """"Saya adalah": store it for this database (local state, on the worker), then show it."""
        if self._acting is None:  # a window without the acting service (some tests)
            ui_settings.set_identity(self._settings, pegawai_id)
            self._identity_stored(pegawai_id)
            return
        acting = self._acting
        work = (lambda: acting.set_me_id(pegawai_id)) if pegawai_id else acting.clear_me
        self.tasks.run(work, lambda _result: self._identity_stored(pegawai_id),
                       lambda error: self.show_status_message(error_text(error)), initiator=self)

    def _identity_stored(self, pegawai_id: str | None) -> None:
        self._me_id = pegawai_id
        set_me = getattr(self.team_panel, "set_me", None)  # the team tree's name for it
        if callable(set_me):
            set_me(pegawai_id)
        else:
            self.team_panel.set_identity(pegawai_id)
        self._show_me()
        self.identity_changed.emit(pegawai_id)

    def show_status_message(self, text: str) -> None:
        """A result (of a workflow step, of choosing "Saya adalah") in the status bar, 5 s."""
        self.statusBar().showMessage(text, STATUS_MS)

    def set_me(self, pegawai_id: str | None) -> None:
        """Tell the views who uses the app (their direct reports, their queue)."""
        self.team_panel.set_me(pegawai_id)  # the Perlu tindakan pane follows (me_changed)

    # --- the one year
    @property
    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        """Make `year` the year of the whole window: the Tahun box, the team's SKP states,
        Perlu tindakan and the workspace tabs (those with `select_year`)."""
        year = int(year)
        if self.year_box.findData(year) < 0:
            self._fill_year_box(year)
        self.year_box.blockSignals(True)
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.year_box.blockSignals(False)
        if year == self._year:
            return
        self._year = year
        self.team_panel.set_year(year)
        if self.action_panel is not None:
            self.action_panel.set_year(year)
        for _factory, widget in self._tabs:
            if getattr(widget, "year", year) != year and callable(
                    getattr(widget, "select_year", None)):
                widget.select_year(year)
        self.year_changed.emit(year)

    def _fill_year_box(self, extra: int | None = None) -> None:
        this_year = dt.date.today().year
        years = set(range(this_year - YEARS_BACK, this_year + 2)) | {self._year}
        if extra is not None:
            years.add(extra)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in sorted(years):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(self._year))
        self.year_box.blockSignals(False)

    def _build_year_box(self) -> None:
        self.year_toolbar = QToolBar(self.tr("Year"), self)
        self.year_toolbar.setObjectName("yearToolbar")
        self.year_toolbar.setMovable(False)
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("windowYear")
        self.year_box.setAccessibleName(self.tr("Year"))
        # No mnemonic: every letter of "Year"/"Tahun" is taken in the SKP tab (Y: its "SKP
        # baru" year, E: Edit, A: Approach, R: Redo; T/H: Tindakan/Hapus); Tab reaches the box.
        label = QLabel(self.tr("Year:"), self)
        label.setBuddy(self.year_box)
        self.year_toolbar.addWidget(label)
        self.year_toolbar.addWidget(self.year_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.year_toolbar)
        self._fill_year_box()
        self.year_box.activated.connect(lambda i: self.set_year(self.year_box.itemData(i)))

    def _follow_year(self, widget: QWidget) -> None:
        """A tab with its own year (the SKP tab) shows the window's year and reports a year it
        moves to itself (a new SKP for next year), so the two never disagree."""
        if callable(getattr(widget, "select_year", None)) and getattr(widget, "year", None) \
                not in (None, self._year):
            widget.select_year(self._year)
        hide = getattr(widget, "set_year_selector_visible", None)
        if callable(hide):
            hide(False)  # the window's Tahun box is the one year selector
        signal = getattr(widget, "year_selected", None)
        if signal is not None:
            signal.connect(self.set_year)

    # --- Perlu tindakan
    def open_target(self, target: ActionTarget) -> None:
        """Go where an item is acted on: select the pegawai, then the SKP tab, the cascade, the
        "Dialog & umpan balik" tab on a dialog ("dialog") or a new one ("new_dialog"), or the
        "Rencana aksi & bukti" tab on an RHK and period ("evidence"), or the "Penilaian" tab
        on a period ("evaluation")."""
        self.show_pegawai(target.pegawai_id)
        self.team_panel.select_pegawai(target.pegawai_id)
        if target.kind == "cascade":
            if self.cascade_action.isEnabled():
                self.cascade_action.trigger()
            return
        if target.kind == "skp":
            for index in range(self.workspace_tabs.count()):
                if self.workspace_tabs.tabText(index).replace("&", "").strip() == "SKP":
                    self.workspace_tabs.setCurrentIndex(index)
                    break
            return
        if target.kind in ("dialog", "new_dialog"):
            tab = self.show_workspace_tab(DIALOG_TAB)
            if tab is None:
                return
            if target.kind == "dialog" and target.dialog_id and callable(
                    getattr(tab, "show_dialog", None)):
                tab.show_dialog(target.dialog_id)
            elif target.kind == "new_dialog" and callable(getattr(tab, "new_dialog", None)):
                tab.new_dialog()
            return
        if target.kind == "evidence":
            tab = self.show_workspace_tab(PLAN_TAB)
            if tab is not None and callable(getattr(tab, "show_cell", None)):
                tab.show_cell(target.rhk_id, target.period, target.evidence_id)
            return
        if target.kind == "evaluation":
            tab = self.show_workspace_tab(EVAL_TAB)
            if tab is not None and callable(getattr(tab, "show_period", None)):
                tab.show_period(target.period)
            return
        if target.kind == "keberatan":
            if self.keberatan_opener is not None and target.keberatan_id:
                self.keberatan_opener(target.keberatan_id)

    def show_workspace_tab(self, object_name: str) -> QWidget | None:
        """Switch to the workspace tab whose widget has `object_name` (showing the current
        pegawai); the widget, or None when no tab has that name."""
        for index in range(self.workspace_tabs.count()):
            if self.workspace_tabs.widget(index).objectName() == object_name:
                self.workspace_tabs.setCurrentIndex(index)
                self._tab_changed(index)  # already current: still brought up to date
                return self.workspace_tabs.widget(index)  # a factory may have replaced it
        return None

    # --- reminders (issue 10): a count of the reminder items of Perlu tindakan
    def reminder_count(self) -> int | None:
        """The reminders shown in "Perlu tindakan", or None when there is no queue or nobody
        is acting."""
        if self.action_panel is None or not self._me_id:
            return None
        return self.action_panel.reminder_count()

    def _update_reminders(self) -> None:
        count = self.reminder_count()
        self.reminders_label.setVisible(count is not None)
        if count is not None:
            text = arg(self.tr("Reminders: %1"), count)  # (lupdate skips tr() in f-strings)
            self.reminders_label.setText(f'<a href="reminders">{html.escape(text)}</a>')

    def show_reminders(self) -> None:
        """The status bar's count clicked: show "Perlu tindakan" with its first reminder."""
        if self.action_panel is None:
            return
        self.action_dock_action.setChecked(True)
        self.action_panel.select_first_reminder()

    def update_status(self) -> None:
        self.db_label.setText(arg(self.tr("Database: %1"), str(self.db_path)))
        self.db_label.setToolTip(str(self.db_path))
        count = self._staff.count()
        self.count_label.setText(self.tr("%n employee(s)", "", count))

    def save_state(self) -> None:
        ui_settings.save_geometry(self._settings, SETTINGS_KEY, self)
        self._settings.setValue(f"{SETTINGS_KEY}/state", self.saveState())
        ui_settings.save_splitter(self._settings, SETTINGS_KEY, self.splitter)
        ui_settings.save_splitter(self._settings, f"{SETTINGS_KEY}/left", self.left_splitter)
        self.team_panel.save_state(self._settings, f"{SETTINGS_KEY}/team")
        self._settings.sync()

    # --- building
    def _build_actions(self) -> None:
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self._choose_database)
        self.import_action = QAction(self.tr("&Import employees…"), self)
        self.import_action.setEnabled(False)  # gui_app connects it to the import dialog
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.find_action = QAction(self.tr("&Find employee"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.team_panel.focus_search)
        self.search_action = QAction(self.tr("Search no&tes…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.setEnabled(False)  # gui_app connects it to the search dialog
        self.switch_focus_action = QAction(self.tr("&Switch between list and workspace"), self)
        self.switch_focus_action.setShortcut(QKeySequence("F6"))
        self.switch_focus_action.triggered.connect(self._switch_focus)
        self.cascade_action = QAction(self.tr("&Cascade…"), self)
        self.cascade_action.setEnabled(False)  # the cascade view connects and enables it
        # Penilaian (issue 12): gui_app connects and enables them (their modules load on first use)
        self.team_eval_action = QAction(self.tr("&Team assessment…"), self)
        self.team_eval_action.setObjectName("teamEvalAction")
        self.team_eval_action.setEnabled(False)
        self.org_predikat_action = QAction(self.tr("&Organisation predikat…"), self)
        self.org_predikat_action.setObjectName("orgPredikatAction")
        self.org_predikat_action.setEnabled(False)
        self.identity_action = QAction(self.tr("&I am…"), self)
        self.identity_action.triggered.connect(self._choose_identity)
        self.language_action = QAction(self.tr("&Language…"), self)
        self.language_action.setShortcut(QKeySequence("Ctrl+,"))
        self.language_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.language_action.triggered.connect(lambda: SettingsDialog.ask(self._settings, self))
        self.about_action = QAction(self.tr("&About SKP Desk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.search_action)
        self.view_menu.addAction(self.switch_focus_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.cascade_action)
        # every letter of "Penilaian" is taken in the Indonesian window: "Penilaian (E&valuasi)"
        self.evaluation_menu = bar.addMenu(self.tr("Assessmen&t"))
        self.evaluation_menu.setObjectName("evaluationMenu")
        self.evaluation_menu.addAction(self.team_eval_action)
        self.evaluation_menu.addAction(self.org_predikat_action)
        self.settings_menu = bar.addMenu(self.tr("&Settings"))
        self.settings_menu.addAction(self.identity_action)
        self.settings_menu.addAction(self.language_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.me_label = QLabel(self)
        self.me_label.setObjectName("meLabel")
        self.db_label = QLabel(self)
        self.count_label = QLabel(self)
        self.busy_label = QLabel(self.tr("Working…"), self)
        self.busy_label.setVisible(False)
        self.reminders_label = QLabel(self)
        self.reminders_label.setObjectName("remindersLabel")
        self.reminders_label.setTextFormat(Qt.TextFormat.RichText)
        self.reminders_label.setToolTip(self.tr(
            "Follow-ups due or overdue, team members without a recent dialog, SKP not approved "
            "and coaching without its B.1.8 feedback: click to see them in Needs action."))
        self.reminders_label.linkActivated.connect(lambda _link: self.show_reminders())
        self.reminders_label.setVisible(False)
        status = self.statusBar()
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.reminders_label)
        status.addPermanentWidget(self.me_label)
        status.addPermanentWidget(self.count_label)

    def _restore_state(self) -> None:
        if not ui_settings.restore_geometry(self._settings, SETTINGS_KEY, self):
            self.resize(1100, 700)
        state = self._settings.value(f"{SETTINGS_KEY}/state")
        if state:
            self.restoreState(state)
        if not ui_settings.restore_splitter(self._settings, SETTINGS_KEY, self.splitter):
            self.splitter.setSizes([460, 640])
        if not ui_settings.restore_splitter(self._settings, f"{SETTINGS_KEY}/left",
                                            self.left_splitter):
            self.left_splitter.setSizes([480, 180])
        self.team_panel.restore_state(self._settings, f"{SETTINGS_KEY}/team")

    # --- behaviour
    def _valid_identity(self) -> str | None:
        """"Saya adalah" of this database. Before issue 9 it was kept per machine (QSettings);
        when this database has none yet, that old value is taken over once (if that pegawai
        exists here), stored in the database and removed from QSettings."""
        if self._acting is not None:
            try:
                me = self._acting.stored_me()
                if me is not None:
                    return me.id
            except DomainError as error:
                log.warning("cannot read who is acting: %s", error.code.value)
                return None
        pegawai_id = ui_settings.identity(self._settings)
        if not pegawai_id:
            return None
        try:
            pegawai_id = self._staff.get(pegawai_id).id
        except DomainError:
            return None
        if self._acting is not None:
            try:
                self._acting.set_me_id(pegawai_id)  # once, at start-up: a tiny local write
                ui_settings.set_identity(self._settings, None)
            except DomainError as error:  # a read-only file: shown for this session only
                log.warning("cannot store who is acting: %s", error.code.value)
        return pegawai_id

    def _show_me(self) -> None:
        name = None
        if self._me_id:
            try:
                name = self._staff.get(self._me_id).full_name
            except DomainError:
                name = None
        self.me_label.setText(arg(self.tr("I am: %1"), name) if name
                              else self.tr("I am: not chosen"))
        self.me_label.setToolTip(self.tr(
            "Who uses SKP Desk on this database (Settings > I am…): the workflow steps are "
            "checked against this employee's role and the journal records them."))

    def _tab_changed(self, index: int) -> None:
        if index < 0 or index not in self._stale:
            return
        self._stale.discard(index)
        factory, widget = self._tabs[index]
        if callable(getattr(widget, "set_pegawai", None)):
            widget.set_pegawai(self._pegawai_id)
            return
        replacement = factory(self._pegawai_id)
        self._follow_year(replacement)
        self._tabs[index] = (factory, replacement)
        title = self.workspace_tabs.tabText(index)
        self.workspace_tabs.blockSignals(True)
        self.workspace_tabs.removeTab(index)
        self.workspace_tabs.insertTab(index, replacement, title)
        self.workspace_tabs.setCurrentIndex(index)
        self.workspace_tabs.blockSignals(False)
        widget.deleteLater()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.affects("pegawai") or changes.affects("unit_kerja"):
            self.team_panel.refresh()
            self.update_status()
        elif changes.affects("skp"):
            self.team_panel.refresh()  # SKP states and counts
        if changes.affects("instansi"):
            self._update_title()

    def _update_title(self) -> None:
        instansi = self._office.instansi()
        self.setWindowTitle(arg(self.tr("SKP Desk — %1"), instansi.name) if instansi
                            else self.tr("SKP Desk"))

    def _switch_focus(self) -> None:
        if self.team_panel.isAncestorOf(self.focusWidget()):
            widget = self.workspace_tabs.currentWidget()
            (widget or self.workspace_tabs).setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.team_panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _choose_identity(self) -> None:
        chosen = IdentityDialog.ask(self._staff, self._me_id, self)
        if chosen:
            self.set_identity(chosen)

    def _choose_database(self) -> None:
        folder = ui_settings.last_folder(self._settings, ui_settings.FOLDER_DATABASE,
                                         str(self.db_path.parent))
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), folder,
            self.tr("SKP Desk databases (*.sqlite);;All files (*)"))
        if path:
            ui_settings.remember_folder(self._settings, ui_settings.FOLDER_DATABASE,
                                        Path(path).parent)
            self.open_database_requested.emit(path)

    def about_text(self) -> str:
        """Help > About: what this version does, and only that."""
        return arg(self.tr(
            "<p><b>SKP Desk</b> %1</p><p>Performance management of civil servants (PermenPANRB "
            "6/2022) for supervisors, without internet: the SKP and its approval, the cascade, "
            "performance dialogues with coaching, feedback, follow-ups and reminders, action "
            "plans, realisation and evidence, the assessment with its predikat, the organisation "
            "predicate and distribution check, objections and credit points, the printed forms, "
            "and sync between laptops by bundle files.</p><p>Database: %2</p>"),
            __version__, str(self.db_path))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About SKP Desk"), self.about_text())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.drop_handler is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if self.drop_handler is not None and files:
            event.acceptProposedAction()
            self.drop_handler(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
