"""The SKP tab's undo stacks live and die without reaching a tab that is going away (issue 7).

`SkpTabWidget._update_undo` used to swallow "Internal C++ object (QUndoStack) already deleted":
the tab listened to each stack directly; Qt deletes a tab's children in creation order (its undo
actions, then the undo sessions with their stacks) and a dying QUndoStack clears itself, emitting
indexChanged into the half-destroyed tab, which asked the dead stack for its state. The stack's
state now reaches the tab through its session's own slot, which Qt disconnects before the stack
dies. These tests run with no `except` left: any RuntimeError in a slot fails them (pytest-qt)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent

from skpdesk.paths import resolve_paths
from skpdesk.ui.error_dialogs import RecordingReporter
from skpdesk.ui.shell import gui_app
from skpdesk.ui.skp.rhk_table_model import RHK
from skpdesk.ui.skp.skp_tab import SkpTabWidget

from .test_job_deliveries import TwoDatabases
from .test_skp_commands import draft_skp

YEAR = dt.date.today().year


def delete_now(widget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def move_first_rhk(qtbot, tab: SkpTabWidget, skp, step: int = 1) -> None:
    assert tab.rhk_editor.select(RHK, skp.rhk_of(skp.rhk[0].kind)[0].id)
    tab.rhk_editor.move(step)


def undo_state(tab: SkpTabWidget) -> tuple[bool, bool]:
    return tab.undo_action.isEnabled(), tab.redo_action.isEnabled()


def test_a_tab_deleted_with_undo_history_raises_nothing(qtbot, demo, tasks, events):
    skp = draft_skp(demo)
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=skp.pegawai_id)
    move_first_rhk(qtbot, tab, skp)
    tab.undo()
    assert tab.undo_stack.count() == 1 and undo_state(tab) == (False, True)
    move_first_rhk(qtbot, tab, demo.skp.get(skp.id))
    assert undo_state(tab) == (True, False)
    delete_now(tab)  # the stack dies after the tab's actions: nothing may reach the tab


def test_an_undo_in_flight_when_the_tab_is_deleted_is_not_delivered(qtbot, demo, events):
    from skpdesk.ui.tasks import TaskRunner

    reporter = RecordingReporter()
    runner = TaskRunner(events=events, reporter=reporter)
    skp = draft_skp(demo)
    tab = SkpTabWidget(demo.skp, demo.staff, runner, events, pegawai_id=skp.pegawai_id)
    move_first_rhk(qtbot, tab, skp)
    qtbot.waitUntil(lambda: not runner.busy and tab.undo_stack.count() == 1, timeout=5000)
    tab.undo()  # runs on the worker while the tab goes away
    delete_now(tab)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    runner.shutdown()
    assert reporter.unexpected_errors == [] and reporter.domain_errors == []


def test_switching_pegawai_years_and_databases_rapidly_with_undo_history(qtbot, demo, qsettings,
                                                                         tmp_path):
    skp = draft_skp(demo)
    other = next(p for p in demo.staff.list()
                 if p.id != skp.pegawai_id and demo.skp.find(p.id, YEAR) is not None)
    databases = TwoDatabases(tmp_path)
    session = gui_app.GuiSession(qsettings, databases)
    session.reporter = RecordingReporter()
    window = session.start(demo, resolve_paths(demo.db.path))
    window.show()
    window.show_pegawai(skp.pegawai_id)
    window.workspace_tabs.setCurrentIndex(1)
    tab = window.workspace_tabs.widget(1)
    assert isinstance(tab, SkpTabWidget) and tab.skp.id == skp.id
    runner = session.tasks

    def settle(count: int) -> None:
        qtbot.waitUntil(lambda: not runner.busy and tab.undo_stack is not None
                        and tab.skp.id == skp.id and tab.undo_stack.count() == count,
                        timeout=5000)

    move_first_rhk(qtbot, tab, skp)
    settle(1)
    assert undo_state(tab) == (True, False)
    for round_ in range(15):
        move_first_rhk(qtbot, tab, demo.skp.get(skp.id), 1 if round_ % 2 else -1)
        # the edit is still on the worker when the tab moves on
        window.show_pegawai(other.id)
        assert undo_state(tab) == (False, False)  # the other SKP has no history
        tab.select_year(YEAR - 1)
        assert undo_state(tab) == (False, False)
        window.show_pegawai(skp.pegawai_id)
        tab.select_year(YEAR)
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
        assert tab.skp.id == skp.id
        count = tab.undo_stack.count()
        assert undo_state(tab) == (count > 0, False)
    tab.undo()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert undo_state(tab) == (tab.undo_stack.count() > 1, True)
    move_first_rhk(qtbot, tab, demo.skp.get(skp.id))  # in flight during the switch
    window.open_database_requested.emit("kedua.sqlite")
    second = session.window
    qtbot.addWidget(second)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.wait(50)
    assert session.reporter.unexpected_errors == [] and session.reporter.domain_errors == []
    new_tab = second.workspace_tabs.widget(1)
    assert isinstance(new_tab, SkpTabWidget) and undo_state(new_tab) == (False, False)
    session.close_tasks()
    for database in databases.opened:
        database.close()
