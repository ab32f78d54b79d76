"""Start-up wiring: fonts, settings location, the first window (welcome screen hook or main
window), the event loop in smoke mode, and File > Open database… moving to another file."""

from __future__ import annotations

import importlib.machinery
import sys
import types

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.paths import resolve_paths
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.ui.shell import gui_app
from skpdesk.ui.shell.main_window import MainWindow


def test_bundled_fonts_are_the_application_font(qapp):
    assert gui_app.load_fonts(qapp)
    assert "DejaVu Sans" in QFontDatabase.families()
    assert QApplication.font().family() == "DejaVu Sans"


def test_settings_live_in_the_data_folder_when_it_is_given(tmp_path):
    settings = gui_app.make_settings({"SKPDESK_DATA_DIR": str(tmp_path)})
    assert settings.format() == QSettings.Format.IniFormat
    assert settings.fileName() == str(tmp_path / "settings.ini")


def test_an_office_opens_the_main_window(qtbot, demo, qsettings, tasks, events):
    window = gui_app.make_start_window(demo, qsettings, tasks=tasks, events=events)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.team_panel.model.matching_total() == 40


def test_without_an_office_and_without_welcome_screen_the_main_window_is_empty(
        qtbot, services, qsettings, tasks, events, monkeypatch):
    monkeypatch.setattr(gui_app, "WELCOME_MODULE", "skpdesk.ui.no_such_module")
    window = gui_app.make_start_window(services, qsettings, tasks=tasks, events=events)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.team_panel.model.group_keys() == []


def test_without_an_office_the_welcome_screen_opens_and_leads_to_the_main_window(
        qtbot, services, qsettings, monkeypatch):
    class FakeWelcome(QWidget):
        office_ready = Signal()

        def __init__(self, services, settings, *, tasks, events):
            super().__init__()
            self.services, self.settings, self.tasks = services, settings, tasks

    module = types.ModuleType("skpdesk.ui.fake_welcome")
    module.__spec__ = importlib.machinery.ModuleSpec("skpdesk.ui.fake_welcome", None)
    module.WelcomeWindow = FakeWelcome
    monkeypatch.setitem(sys.modules, "skpdesk.ui.fake_welcome", module)
    monkeypatch.setattr(gui_app, "WELCOME_MODULE", "skpdesk.ui.fake_welcome")

    session = gui_app.GuiSession(qsettings)
    welcome = session.start(services, resolve_paths(services.db.path))
    qtbot.addWidget(welcome)
    assert isinstance(welcome, FakeWelcome) and welcome.services is services
    services.office.init_office("Dinas Contoh", "Wonosari")  # what the welcome screen does
    welcome.office_ready.emit()
    assert isinstance(session.window, MainWindow)
    qtbot.addWidget(session.window)
    assert session.window.windowTitle().endswith("Dinas Contoh")
    session.close_tasks()


def test_run_gui_shows_the_window_and_returns_in_smoke_mode(qtbot, demo, tmp_path, monkeypatch,
                                                             capsys):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))
    code = gui_app.run_gui(demo, resolve_paths(demo.db.path), ["skpdesk"], smoke=True)
    assert code == 0
    assert capsys.readouterr().out.startswith("window-shown ")
    assert (tmp_path / "data" / "settings.ini").is_file()


class FakeDatabases(QObject):
    def __init__(self, tmp_path):
        super().__init__()
        self.tmp_path = tmp_path
        self.closed = []
        self.opened = []

    def open(self, db):
        if db.endswith("rusak.sqlite"):
            raise DomainError(ErrorCode.DB_UNREADABLE, path=db)
        database = Database(self.tmp_path / db)
        services = Services.build(database, "test")
        services.office.init_office("Kantor Kedua", "Klaten")
        self.opened.append(database)
        return services, resolve_paths(database.path)

    def close(self, services):
        self.closed.append(services)
        services.db.close()


def test_open_database_moves_the_window_to_the_other_file(qtbot, demo, qsettings, tmp_path,
                                                          monkeypatch):
    shown = []
    monkeypatch.setattr(gui_app, "show_domain_error", lambda parent, error: shown.append(error))
    databases = FakeDatabases(tmp_path)
    session = gui_app.GuiSession(qsettings, databases)
    first = session.start(demo, resolve_paths(demo.db.path))
    qtbot.addWidget(first)
    assert first.open_action.isEnabled()

    first.open_database_requested.emit("rusak.sqlite")  # refused: nothing changes
    assert [e.code for e in shown] == [ErrorCode.DB_UNREADABLE] and session.window is first

    first.open_database_requested.emit("kedua.sqlite")
    second = session.window
    qtbot.addWidget(second)
    assert second is not first and isinstance(second, MainWindow)
    assert second.db_path == tmp_path / "kedua.sqlite"
    assert second.windowTitle().endswith("Kantor Kedua")
    assert databases.closed == [demo]  # the first database is closed after the switch
    session.close_tasks()
    databases.opened[0].close()


def test_errors_escaping_a_slot_are_logged_and_shown(qtbot, qsettings, caplog):
    from skpdesk.ui.error_dialogs import RecordingReporter
    session = gui_app.GuiSession(qsettings)
    session.reporter = RecordingReporter()
    try:
        raise ValueError("tombol rusak")
    except ValueError as error:
        gui_app._report_uncaught(session, type(error), error, error.__traceback__)
    gui_app._report_uncaught(session, DomainError, DomainError(ErrorCode.OFFICE_MISSING), None)
    # shown later, from the event loop (tests/ui/test_uncaught_errors.py)
    qtbot.waitUntil(lambda: bool(session.reporter.domain_errors))
    assert [str(e) for e in session.reporter.unexpected_errors] == ["tombol rusak"]
    assert [e.code for e in session.reporter.domain_errors] == [ErrorCode.OFFICE_MISSING]
    assert "tombol rusak" in caplog.text


def test_qt_binding_keeps_none_referenced(qapp):
    """PySide6 6.12.0 on Python 3.11 released a reference to None per void call (fatal later)."""
    import sys

    from PySide6.QtWidgets import QLabel
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) - before >= -5
