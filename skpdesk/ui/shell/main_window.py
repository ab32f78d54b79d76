"""The main window: the team on the left, the selected pegawai's workspace tabs on the right.

Thin by design: menus and routing. "Saya adalah" (who is acting) is stored per database through
`ActingService`; the status bar shows it, and the workflow steps are checked against it. The team list is `TeamPanelWidget`; each workspace tab is a
widget made by a factory that `gui_app` registers with `add_workspace_tab` (the SKP editor and
the other views plug in there). Writes go through `TaskRunner`; after each one `AppEvents`
announces the `Changes` and the window refreshes only what it shows.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter,
                               QTabWidget, QWidget)

from skpdesk import __version__
from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.services.acting import ActingService
from skpdesk.services.office import OfficeService
from skpdesk.services.staff import StaffService

from .. import ui_settings
from ..events import AppEvents
from ..i18n import arg
from ..messages import error_text
from ..sync_marks import SyncMarks
from ..tasks import TaskRunner
from ..team.pegawai_summary_widget import PegawaiSummaryWidget
from ..team.team_model import PAGE_SIZE
from ..team.team_panel import TeamPanelWidget
from .identity_dialog import IdentityDialog
from .settings_dialog import SettingsDialog

SETTINGS_KEY = "main_window"
STATUS_MS = 5000  # how long a workflow result stays in the status bar
log = logging.getLogger("skpdesk.ui")
WorkspaceFactory = Callable[[str | None], QWidget]


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)  # a database file the user chose (gui_app switches)
    identity_changed = Signal(object)  # the new "I am" pegawai id, or None

    def __init__(self, staff: StaffService, office: OfficeService, settings: QSettings, *,
                 tasks: TaskRunner, events: AppEvents, db_path: str | Path,
                 page_size: int = PAGE_SIZE, marks: SyncMarks | None = None,
                 acting: ActingService | None = None, parent: QWidget | None = None) -> None:
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
        self.setObjectName("MainWindow")

        self._me_id = self._valid_identity()
        self.team_panel = TeamPanelWidget(staff, identity_id=self._me_id,
                                          page_size=page_size, marks=marks, parent=self)
        self.workspace_tabs = QTabWidget(self)
        self.workspace_tabs.setObjectName("workspaceTabs")
        self.workspace_tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.team_panel)
        self.splitter.addWidget(self.workspace_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        QWidget.setTabOrder(self.team_panel.search_edit, self.team_panel.tree)
        QWidget.setTabOrder(self.team_panel.tree, self.workspace_tabs)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
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

    def update_status(self) -> None:
        self.db_label.setText(arg(self.tr("Database: %1"), str(self.db_path)))
        self.db_label.setToolTip(str(self.db_path))
        count = self._staff.count()
        self.count_label.setText(self.tr("%n employee(s)", "", count))

    def save_state(self) -> None:
        ui_settings.save_geometry(self._settings, SETTINGS_KEY, self)
        self._settings.setValue(f"{SETTINGS_KEY}/state", self.saveState())
        ui_settings.save_splitter(self._settings, SETTINGS_KEY, self.splitter)
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
        self.switch_focus_action = QAction(self.tr("&Switch between list and workspace"), self)
        self.switch_focus_action.setShortcut(QKeySequence("F6"))
        self.switch_focus_action.triggered.connect(self._switch_focus)
        self.cascade_action = QAction(self.tr("&Cascade…"), self)
        self.cascade_action.setEnabled(False)  # the cascade view connects and enables it
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
        self.view_menu.addAction(self.switch_focus_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.cascade_action)
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
        status = self.statusBar()
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.me_label)
        status.addPermanentWidget(self.count_label)

    def _restore_state(self) -> None:
        if not ui_settings.restore_geometry(self._settings, SETTINGS_KEY, self):
            self.resize(1100, 700)
        state = self._settings.value(f"{SETTINGS_KEY}/state")
        if state:
            self.restoreState(state)
        if not ui_settings.restore_splitter(self._settings, SETTINGS_KEY, self.splitter):
            self.splitter.setSizes([380, 720])
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

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About SKP Desk"), arg(self.tr(
            "<p><b>SKP Desk</b> %1</p><p>Performance planning and appraisal of civil servants "
            "(PermenPANRB 6/2022) for supervisors, without internet.</p><p>Database: %2</p>"),
            __version__, str(self.db_path)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
