"""The main window's editing actions: File > New database… (a new file with the first-run
choices), File > Export employees…, the Employee menu and the team list's context menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from skpdesk.app import GuiDatabases
from skpdesk.ui import ui_settings
from skpdesk.ui.shell import gui_app
from skpdesk.ui.shell.main_window import MainWindow
from skpdesk.ui.shell.welcome_window import WelcomeWindow

from .helpers import kepala_dinas


@pytest.fixture
def databases(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))
    opened = GuiDatabases("test")
    yield opened
    opened.close_all()


def test_new_database_switches_to_a_new_file_with_the_first_run_choices(
        qtbot, qsettings, tmp_path, databases):
    services, paths = databases.open(str(tmp_path / "kantor.sqlite"))
    services.office.init_office("Dinas Pertama", "Wonosari")
    session = gui_app.GuiSession(qsettings, databases)
    first = session.start(services, paths)
    qtbot.addWidget(first)
    assert isinstance(first, MainWindow)
    actions = first.edit_actions
    assert actions.new_database_action in first.file_menu.actions()
    folder = tmp_path / "baru"
    folder.mkdir()
    asked = []
    actions.ask_new_database_path = lambda suggested: asked.append(suggested) or str(folder / "kedua")
    actions.new_database_action.trigger()
    new_window = session.window
    qtbot.addWidget(new_window)
    assert isinstance(new_window, WelcomeWindow)  # demo office, new office or staff import
    assert (folder / "kedua.sqlite").is_file()
    assert session.services.office.instansi() is None and session.paths.db == folder / "kedua.sqlite"
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_DATABASE) == str(folder)
    session.close_tasks()


def test_new_database_never_replaces_an_existing_file(qtbot, demo, qsettings, tasks, events,
                                                      tmp_path):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events,
                                      db_path=demo.db.path)
    qtbot.addWidget(window)
    existing = tmp_path / "ada.sqlite"
    existing.write_bytes(b"data lama")
    requested = []
    window.open_database_requested.connect(requested.append)
    window.edit_actions.ask_new_database_path = lambda suggested: str(existing)
    window.edit_actions.new_database()
    assert requested == [] and existing.read_bytes() == b"data lama"


def test_export_employees_from_the_window(qtbot, demo, qsettings, tasks, events, tmp_path):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events,
                                      db_path=demo.db.path)
    qtbot.addWidget(window)
    target = tmp_path / "ekspor" / "pegawai.csv"
    target.parent.mkdir()
    window.edit_actions.ask_export_path = lambda suggested: str(target)
    window.edit_actions.export_action.trigger()
    assert target.is_file()
    rows = demo.staff_files.read_rows(target)
    assert len(rows) == demo.staff.count() == 40
    assert str(target) in window.statusBar().currentMessage()
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_STAFF_EXPORT) == str(target.parent)
    # the other dialogs kept their own folders
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_DATABASE, "x") == "x"


def test_employee_menu_and_context_menu_act_on_the_selected_pegawai(
        qtbot, demo, qsettings, tasks, events):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events,
                                      db_path=demo.db.path)
    qtbot.addWidget(window)
    actions = window.edit_actions
    menu_actions = actions.pegawai_menu.actions()
    assert menu_actions == [actions.add_action, actions.edit_action, actions.move_action,
                            actions.status_action]
    assert window.team_panel.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert set(menu_actions) <= set(window.team_panel.actions())
    assert actions.office_action in window.settings_menu.actions()
    assert not actions.edit_action.isEnabled()  # nobody chosen yet
    head = kepala_dinas(demo)
    window.team_panel.pegawai_selected.emit(head.id)  # as a click in the team list does
    assert window.current_pegawai_id() == head.id
    assert actions.edit_action.isEnabled() and actions.status_action.isEnabled()
    assert Path(window.db_path) == Path(demo.db.path)
