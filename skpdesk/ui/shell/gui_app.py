"""Start the desktop application: QApplication, fonts, translators, settings, the first window.

`skpdesk.app.main` opens the database and calls `run_gui(services, paths, argv, ...)`. This
module wires the windows of one open database: a `TaskRunner` (one database worker), an
`AppEvents`, and the window the supervisor sees first (`make_start_window`): the welcome screen
while the database has no office yet, otherwise the `MainWindow` with its workspace tabs
(`install_workspace_tabs` is where each tab is registered).

Smoke mode (`--quit-after-show` or SKPDESK_GUI_SMOKE=1): the window closes right after it is
shown; "window-shown <ms>" (milliseconds since the program started) is printed to stdout. The
end-to-end test uses it. With SKPDESK_GUI_SMOKE=team the window stays until the team list shows
(every expanded group has its first page of rows), then "team-shown <ms> rows=<n>" is printed
too: the end point of the start-up benchmark (`bench/bench_startup.py`).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Callable, Protocol, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skpdesk.crash_guard import PreviousRun
from skpdesk.domain.errors import DomainError
from skpdesk.paths import DATA_DIR_ENV, AppPaths, default_data_dir
from skpdesk.services.context import Services

from ..error_dialogs import ErrorReporter, MessageBoxReporter, show_domain_error
from ..events import AppEvents
from ..i18n import arg, configured_language, install_translators
from ..messages import error_text
from ..printing.feedback_page_action import install_feedback_page_action
from ..printing.print_actions import install_print_actions
from ..resources import FONTS_DIR
from ..sync_marks import SyncMarks
from ..tasks import TaskRunner
from .edit_actions import install_edit_actions
from .help_window import install_help
from .main_window import MainWindow

log = logging.getLogger("skpdesk.ui")

ORGANIZATION = "SKP Desk"
APPLICATION = "skpdesk"
APP_FONT = "DejaVu Sans"
SMOKE_ENV = "SKPDESK_GUI_SMOKE"
SMOKE_TEAM = "team"  # SKPDESK_GUI_SMOKE=team: close once the team list shows, not just the window
SMOKE_TEAM_TIMEOUT_S = 30.0
SETTINGS_FILE = "settings.ini"
WELCOME_MODULE = "skpdesk.ui.shell.welcome_window"


class DatabaseOpener(Protocol):
    """Given by the composition root: opens another database file (File > Open database…)."""

    def open(self, db: str) -> tuple[Services, AppPaths]: ...

    def close(self, services: Services) -> None: ...


def smoke_requested(env: dict[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return (env.get(SMOKE_ENV) or "").strip() not in ("", "0")


def smoke_waits_for_team(env: dict[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return (env.get(SMOKE_ENV) or "").strip().lower() == SMOKE_TEAM


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (an existing one is reused, e.g. in tests) with names and fonts set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or [sys.argv[0] if sys.argv and sys.argv[0] else APPLICATION]))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    load_fonts(app)
    return app


def load_fonts(app: QApplication, folder: Path = FONTS_DIR) -> bool:
    """Register the bundled TTFs and make DejaVu Sans the application font (no system font
    needed). True when the font is available."""
    for path in sorted(folder.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path)
    if APP_FONT not in QFontDatabase.families():
        return False
    font = QFont(app.font())
    font.setFamily(APP_FONT)
    app.setFont(font)
    return True


def make_settings(env: dict[str, str] | None = None) -> QSettings:
    """This computer's settings: `settings.ini` in SKPDESK_DATA_DIR when that is set (portable
    installs, tests), else the platform's store for "SKP Desk"/"skpdesk"."""
    env = os.environ if env is None else env
    if (env.get(DATA_DIR_ENV) or "").strip():
        return QSettings(str(default_data_dir(env) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def install_workspace_tabs(window: MainWindow, services: Services, tasks: TaskRunner,
                           events: AppEvents, settings: QSettings | None = None) -> None:
    """Register the workspace tabs of the selected pegawai (after the built-in Profile tab).

    Add a tab with `window.add_workspace_tab(lambda pid: XWidget(services.x, tasks, events,
    pegawai_id=pid), window.tr("Title"))`; pass each widget only the services it uses.
    """
    from ..skp.skp_tab import SkpTabWidget  # noqa: PLC0415 - the SKP editor (skp_tab.py)
    def skp_tab(pid):
        tab = SkpTabWidget(services.skp, services.staff, tasks, events, pegawai_id=pid,
                           marks=getattr(window, "marks", None), history=services.skp_history,
                           feedback=getattr(services, "feedback", None))
        # Workflow results (done or refused) go to the status bar for 5 s.
        tab.status_message.connect(window.show_status_message)
        return tab

    window.add_workspace_tab(skp_tab, QCoreApplication.translate("MainWindow", "SKP"))
    if getattr(services, "dialogs", None) is not None:
        _install_dialog_tab(window, services, tasks, events, settings)
    if getattr(services, "plans", None) is not None:
        _install_plan_tab(window, services, tasks, events, settings)
    if getattr(services, "evaluations", None) is not None:
        _install_eval_tab(window, services, tasks, events, settings)


def _install_dialog_tab(window: MainWindow, services: Services, tasks: TaskRunner,
                        events: AppEvents, settings: QSettings | None) -> None:
    """The "Dialog & umpan balik" tab (`ui/dialog/timeline_tab.py`), found by the window's
    `open_target` through its objectName "dialogTab"."""
    from ..dialog.timeline_tab import DialogTabWidget  # noqa: PLC0415 - loaded with the window
    def dialog_tab(pid):
        tab = DialogTabWidget(services, tasks, events, pegawai_id=pid, year=window.year,
                              settings=settings)
        tab.status_message.connect(window.show_status_message)
        # Confidential content depends on who reads: another "Saya adalah" reads again.
        window.identity_changed.connect(tab.set_me)
        return tab

    window.add_workspace_tab(dialog_tab, QCoreApplication.translate(
        "MainWindow", "Dia&log && feedback"))


def _install_plan_tab(window: MainWindow, services: Services, tasks: TaskRunner,
                      events: AppEvents, settings: QSettings | None) -> None:
    """The "Rencana aksi & bukti" tab (`ui/evidence/plan_tab.py`), found by the window's
    `open_target` through its objectName "planTab". It builds its widgets and reads its grid
    only when first shown (the window makes every tab when it opens)."""
    from ..evidence.plan_tab import PlanTabWidget  # noqa: PLC0415 - loaded with the window
    def plan_tab(pid):
        tab = PlanTabWidget(services, tasks, events, pegawai_id=pid, year=window.year,
                            settings=settings)
        tab.status_message.connect(window.show_status_message)
        # Who may write or verify depends on "Saya adalah".
        window.identity_changed.connect(tab.set_me)
        return tab

    window.add_workspace_tab(plan_tab, QCoreApplication.translate(
        "MainWindow", "Action plans && evidence"))


def _install_eval_tab(window: MainWindow, services: Services, tasks: TaskRunner,
                      events: AppEvents, settings: QSettings | None) -> None:
    """The "Penilaian" tab (`ui/evaluation/eval_tab.py`, issue 12), found by the window's
    `open_target` through its objectName "evalTab". Built and read only when first shown."""
    from ..evaluation.eval_tab import EvaluationTabWidget  # noqa: PLC0415 - with the window
    def eval_tab(pid):
        tab = EvaluationTabWidget(services, tasks, events, pegawai_id=pid, year=window.year,
                                  settings=settings)
        tab.status_message.connect(window.show_status_message)
        # Who may rate or self-assess depends on "Saya adalah".
        window.identity_changed.connect(tab.set_me)
        return tab

    window.add_workspace_tab(eval_tab, QCoreApplication.translate("MainWindow", "Assessment"))


def make_start_window(services: Services, settings: QSettings, *, tasks: TaskRunner | None = None,
                      events: AppEvents | None = None, db_path: str | Path | None = None,
                      ) -> QWidget:
    """The first window: the welcome screen while the database has no office (when that module
    exists), else the main window (with an empty team if there is no office)."""
    events = events or AppEvents()
    tasks = tasks or TaskRunner(events=events)
    if services.office.instansi() is None and importlib.util.find_spec(WELCOME_MODULE) is not None:
        welcome = importlib.import_module(WELCOME_MODULE)
        window = welcome.WelcomeWindow(services, settings, tasks=tasks, events=events)
        install_help(window, settings)  # F1: the guide starts with the first run
        return window
    return make_main_window(services, settings, tasks=tasks, events=events,
                            db_path=db_path or getattr(services.db, "path", ""))


def make_main_window(services: Services, settings: QSettings, *, tasks: TaskRunner,
                     events: AppEvents, db_path: str | Path) -> MainWindow:
    marks = SyncMarks()  # sync conflict badges of this database's views (owned by the window)
    window = MainWindow(services.staff, services.office, settings, tasks=tasks, events=events,
                        db_path=db_path, marks=marks, acting=getattr(services, "acting", None),
                        team=getattr(services, "team", None),
                        actions=getattr(services, "actions", None))
    marks.setParent(window)
    install_workspace_tabs(window, services, tasks, events, settings)
    _install_cascade_view(window, services, settings, tasks, events)
    _install_team_evaluation(window, services, settings, tasks, events)  # issue 12
    install_search(window, services, tasks)
    install_print_actions(window, services, tasks, settings)
    from ..paper.check_print_dialog import install_check_print_action  # noqa: PLC0415
    install_check_print_action(window, services, tasks)  # issue 13: Berkas › Periksa cetakan…
    install_feedback_page_action(window, services, tasks, settings)  # issue 11
    install_edit_actions(window, services, tasks, settings)
    from ..evaluation.keberatan_actions import install_keberatan_actions  # noqa: PLC0415
    install_keberatan_actions(window, services, tasks)  # issue 12
    from ..printing.eval_print_actions import install_eval_print_actions  # noqa: PLC0415
    install_eval_print_actions(window, services, tasks, settings)  # issue 13
    _install_sync(window, services, settings, tasks, events)
    install_help(window, settings)
    window.import_action.triggered.connect(lambda: _import_staff(window, services, settings, tasks))
    window.import_action.setEnabled(True)
    return window


def _import_staff(window: QWidget, services: Services, settings: QSettings,
                  tasks: TaskRunner) -> None:
    """File > Import employees…: the import dialog (loaded on first use, not at start-up)."""
    from ..staff_import.import_dialog import ImportDialog
    ImportDialog.ask(services.staff_files, settings, tasks, window)


def _install_sync(window: MainWindow, services: Services, settings: QSettings,
                  tasks: TaskRunner, events: AppEvents) -> None:
    """File > Synchronisation…, View > Needs review and the conflict badges (`ui/sync`)."""
    if getattr(services, "sync", None) is None:
        return  # services without the sync engine (never in the program; some tests)
    from ..sync.sync_actions import install_sync_actions
    install_sync_actions(window, services, tasks, events, settings, window.marks)


def _install_cascade_view(window: MainWindow, services: Services, settings: QSettings,
                          tasks: TaskRunner, events: AppEvents) -> None:
    """View > Cascade… (Ctrl+K): the cascade window (its module is loaded on first use)."""
    def open_view() -> None:
        from ..cascade.cascade_window import open_cascade_view
        open_cascade_view(window, services, tasks, events, settings)

    window.cascade_action.setShortcut(QKeySequence("Ctrl+K"))
    window.cascade_action.triggered.connect(open_view)
    window.cascade_action.setEnabled(True)


def _install_team_evaluation(window: MainWindow, services: Services, settings: QSettings,
                             tasks: TaskRunner, events: AppEvents) -> None:
    """Penilaian > Penilaian tim… (Ctrl+Shift+P) and Predikat kinerja organisasi… (issue 12;
    their modules load on first use)."""
    if getattr(services, "distribution", None) is None:
        return  # services without the penilaian services (some tests)

    def open_team() -> None:
        from ..evaluation.team_view import open_team_evaluation_view
        open_team_evaluation_view(window, services, tasks, events, settings)

    def open_org_predikat() -> None:
        from ..evaluation.org_predikat_dialog import OrgPredikatDialog
        OrgPredikatDialog.ask(services, tasks, window)

    window.team_eval_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.team_eval_action.triggered.connect(open_team)
    window.team_eval_action.setEnabled(True)
    window.org_predikat_action.triggered.connect(open_org_predikat)
    window.org_predikat_action.setEnabled(True)


def install_search(window: MainWindow, services: Services, tasks: TaskRunner) -> None:
    """View > Search notes… (Ctrl+Shift+F): one search dialog per window, made on first use
    (kept as `window.search_dialog`), opening the chosen record with `window.open_target`."""
    search = getattr(services, "search", None)
    if search is None:
        return  # services without the search (some tests)
    window.search_dialog = None

    def open_search() -> None:
        if window.search_dialog is None:
            from ..search.search_dialog import SearchDialog
            window.search_dialog = SearchDialog(search, tasks, window)
            window.search_dialog.open_requested.connect(window.open_target)
        dialog = window.search_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.query_edit.setFocus()
        dialog.query_edit.selectAll()

    window.search_action.triggered.connect(open_search)
    window.search_action.setEnabled(True)


class GuiSession(QObject):
    """The windows of the open database; File > Open database… moves it to another one."""

    def __init__(self, settings: QSettings, databases: DatabaseOpener | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.databases = databases
        self.services: Services | None = None
        self.paths: AppPaths | None = None
        self.tasks: TaskRunner | None = None
        self.events: AppEvents | None = None
        self.window: QWidget | None = None
        self.reporter = MessageBoxReporter()
        self.uncaught = UncaughtErrors(lambda: self.reporter)

    def start(self, services: Services, paths: AppPaths) -> QWidget:
        self.services, self.paths = services, paths
        self.events = AppEvents()
        self.tasks = TaskRunner(events=self.events, reporter=self.reporter)
        window = make_start_window(services, self.settings, tasks=self.tasks, events=self.events,
                                   db_path=paths.db)
        self._attach(window)
        return window

    def _attach(self, window: QWidget) -> None:
        self.window = window
        self.reporter.parent = window
        if isinstance(window, MainWindow):
            window.open_action.setEnabled(self.databases is not None)
            window.open_database_requested.connect(self.switch_database)
        ready = getattr(window, "office_ready", None)
        if ready is not None:  # the welcome screen: on to the main window once the office exists
            ready.connect(self.show_main_window)

    def show_main_window(self) -> None:
        old = self.window
        window = make_main_window(self.services, self.settings, tasks=self.tasks,
                                  events=self.events, db_path=self.paths.db)
        self._attach(window)
        window.show()
        if old is not None and old is not window:
            old.close()
            old.deleteLater()

    def switch_database(self, path: str) -> None:
        if self.databases is None:
            return
        try:
            services, paths = self.databases.open(path)
        except DomainError as error:
            show_domain_error(self.window, error)
            return
        old_services, old_window = self.services, self.window
        self.close_tasks()
        window = self.start(services, paths)
        window.show()
        previous_runs = getattr(self.databases, "previous_runs", None)
        if previous_runs is not None:
            show_crash_notice(window, previous_runs(services))
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_services is not None:
            self.databases.close(old_services)

    def close_tasks(self) -> None:
        if self.tasks is not None:
            self.tasks.shutdown(wait=True)
            self.tasks = None


def run_gui(services: Services, paths: AppPaths, argv: Sequence[str] | None = None, *,
            databases: DatabaseOpener | None = None, started_at: float | None = None,
            smoke: bool | None = None, upgrade_backup: Path | None = None,
            previous_runs: Sequence[PreviousRun] = ()) -> int:
    """Show the first window and run the event loop; the exit code of the program.

    `previous_runs`: earlier sessions on this database that crashed or were killed; the window
    says so once, pointing to the log (in smoke mode the notice is printed to stdout instead:
    "crash-notice <log file>")."""
    started_at = time.perf_counter() if started_at is None else started_at
    smoke = smoke_requested() if smoke is None else smoke
    app = make_application(argv)
    settings = make_settings()
    translators = install_translators(configured_language(settings), app=app)
    session = GuiSession(settings, databases)
    previous_hook = sys.excepthook
    sys.excepthook = lambda *info: _report_uncaught(session, *info)
    try:  # the hook goes back even when the window fails to build (else the error would open
        # a message box at interpreter exit: invisible and blocking in smoke mode)
        window = session.start(services, paths)
        if upgrade_backup is not None and isinstance(window, MainWindow):
            window.statusBar().showMessage(_backup_notice(upgrade_backup), 15000)
        window.show()
        show_crash_notice(window, previous_runs, smoke=smoke)
        if smoke:
            wait_team = smoke_waits_for_team()
            QTimer.singleShot(0, lambda: _smoke_done(app, session, started_at,
                                                     wait_team=wait_team))
        return app.exec()
    finally:
        session.close_tasks()
        if session.window is not None:
            session.window.close()
        sys.excepthook = previous_hook
        for translator in translators:
            app.removeTranslator(translator)


def crash_notice_text(runs: Sequence[PreviousRun]) -> str:
    """What the window says after sessions that did not end cleanly (the newest one first)."""
    run = max(runs, key=lambda r: r.started)
    started = run.started.replace("T", " ")[:16]
    if any(r.fatal_error for r in runs):
        cause = QCoreApplication.translate(
            "gui_app", "The program stopped because of an error; its technical report was "
                       "written to the log file:")
    else:
        cause = QCoreApplication.translate(
            "gui_app", "The computer may have been switched off or the program stopped by "
                       "force. The log file may tell more:")
    head = arg(QCoreApplication.translate(
        "gui_app", "SKP Desk did not close properly the last time (the session started %1). "
                   "Changes saved before that are kept."), started)
    return f"{head}\n\n{cause}\n{run.log_file}"


def show_crash_notice(window: QWidget, runs: Sequence[PreviousRun], *,
                      smoke: bool = False) -> QMessageBox | None:
    """Say once, over the window, that the last session ended badly and where the log is.
    Not modal for the application (the window stays usable); None when there is nothing to say."""
    if not runs:
        return None
    text = crash_notice_text(runs)
    log.warning("told the user about %d earlier session(s) that did not end cleanly", len(runs))
    if smoke:
        sys.stdout.write(f"crash-notice {runs[0].log_file}\n")
        sys.stdout.flush()
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("gui_app", "SKP Desk"),
                      text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("crashNotice")
    box.setTextInteractionFlags(box.textInteractionFlags()
                                | Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _report_uncaught(session: GuiSession, kind, error, traceback_) -> None:
    """An exception escaped a Qt slot or event handler: log it and show it, never lose it."""
    session.uncaught.report(kind, error, traceback_)


class UncaughtErrors:
    """Shows the exceptions that escape Qt slots and event handlers, safely.

    The hook may be called in the middle of a paint (an exception in a model's `data()` or a
    delegate): a message box's event loop opened there repaints the same view, which raises
    again, and so on, boxes nested in unfinished paints until the program hangs or crashes. So
    the box is opened later, from the event loop, one at a time; an unexpected error seen before
    (same type and place: typically raised again on every repaint) is logged and shown
    once per session; a refusal (`DomainError`) is not shown twice at the same time.
    """

    def __init__(self, reporter_of: Callable[[], ErrorReporter]) -> None:
        self._reporter_of = reporter_of
        self._queue: list[BaseException] = []
        self._seen: set[tuple] = set()
        self._showing: BaseException | None = None
        self.repeats = 0  # occurrences neither logged again nor shown (diagnostics, tests)

    def report(self, kind, error, traceback_) -> None:
        if not isinstance(error, Exception):
            log.error("uncaught exception in the window", exc_info=(kind, error, traceback_))
            return
        # the same bug at the same place (PySide prefixes the message of an exception that went
        # through nested overrides, so the text alone would not match)
        where = _where(traceback_)
        key = (type(error).__name__, where if where else str(error))
        if isinstance(error, DomainError):
            waiting = [self._showing, *self._queue]
            if any(isinstance(e, DomainError) and (e.code, e.params) == (error.code, error.params)
                   for e in waiting if e is not None):
                self.repeats += 1
                return
            log.info("refused outside a job: %s %s", error.code.value, error.params)
        elif key in self._seen:
            self.repeats += 1
            return
        else:
            self._seen.add(key)
            log.error("uncaught exception in the window", exc_info=(kind, error, traceback_))
        self._queue.append(error)
        if self._showing is None and len(self._queue) == 1:
            QTimer.singleShot(0, self._show)

    def _show(self) -> None:
        if self._showing is not None:
            return
        try:
            while self._queue:
                self._showing = self._queue.pop(0)
                reporter = self._reporter_of()
                if isinstance(self._showing, DomainError):
                    reporter.domain_error(self._showing)
                else:
                    reporter.unexpected_error(self._showing)
        finally:
            self._showing = None


def _where(traceback_) -> tuple[str, int] | None:
    frames = traceback.extract_tb(traceback_) if traceback_ is not None else []
    return (frames[-1].filename, frames[-1].lineno or 0) if frames else None


def _backup_notice(path: Path) -> str:
    return arg(QCoreApplication.translate(
        "gui_app", "The database was upgraded to the newest schema; the copy from before is "
                   "%1"), str(path))


def _smoke_done(app: QApplication, session: GuiSession, started_at: float, *,
                wait_team: bool = False) -> None:
    elapsed_ms = (time.perf_counter() - started_at) * 1000
    sys.stdout.write(f"window-shown {elapsed_ms:.0f}\n")
    sys.stdout.flush()
    if wait_team:
        _smoke_team(app, session, started_at, time.perf_counter() + SMOKE_TEAM_TIMEOUT_S)
        return
    # exit() ends the event loop at once; run_gui closes the window afterwards. Closing it here
    # would also post a "last window closed" quit that outlives the loop (and, in a test
    # process, stops every later event loop).
    app.exit(0)


def team_rows_shown(window: QWidget | None) -> int | None:
    """Pegawai rows the team list shows once every expanded group has its first page (0 for a
    window without a team list, e.g. the welcome screen); None while a page is still due."""
    panel = getattr(window, "team_panel", None)
    if panel is None:
        return 0
    model, tree = panel.model, panel.tree
    if getattr(model, "loading", False):
        return None  # the units are still being counted on the worker
    rows = 0
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        if not tree.isExpanded(group):
            continue
        loaded = getattr(model, "loaded_member_count", model.rowCount)(group)
        if loaded == 0 and model.canFetchMore(group):
            return None
        rows += model.rowCount(group)
    return rows


def _smoke_team(app: QApplication, session: GuiSession, started_at: float,
                deadline: float) -> None:
    rows = team_rows_shown(session.window)
    if rows is None and time.perf_counter() < deadline:
        QTimer.singleShot(1, lambda: _smoke_team(app, session, started_at, deadline))
        return
    elapsed_ms = (time.perf_counter() - started_at) * 1000
    sys.stdout.write(f"team-shown {elapsed_ms:.0f} rows={rows if rows is not None else -1}\n")
    sys.stdout.flush()
    app.exit(0 if rows is not None else 1)


def show_startup_error(error: DomainError, argv: Sequence[str] | None = None, *,
                       smoke: bool | None = None) -> int:
    """The database could not be opened: say why (stderr, and a message box unless in smoke
    mode); exit code 1."""
    smoke = smoke_requested() if smoke is None else smoke
    app = make_application(argv)
    translators = install_translators(configured_language(make_settings()), app=app)
    sys.stderr.write(error_text(error) + "\n")
    if not smoke:
        QMessageBox.critical(None, QCoreApplication.translate("gui_app", "SKP Desk"),
                             error_text(error))
    for translator in translators:
        app.removeTranslator(translator)
    return 1
