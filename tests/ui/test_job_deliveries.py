"""Deliveries of background jobs: the boxes they open never nest an event loop, and an outcome
never reaches a window or database that is gone (issue 7, after the crash hunt).

Real TaskRunner (worker thread), real message boxes (offscreen), real databases."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.paths import resolve_paths
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.ui.error_dialogs import MessageBoxReporter, RecordingReporter
from skpdesk.ui.message_boxes import message_boxes
from skpdesk.ui.printing.print_actions import BatchChoice
from skpdesk.ui.shell import gui_app
from skpdesk.ui.tasks import TaskRunner

from .helpers import kepala_dinas


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def loop_level() -> int:
    return QThread.currentThread().loopLevel()


class LoopWatch:
    """Every 10 ms, in whatever event loop runs: how many boxes are visible at once and how deep
    the event loops are. A box that runs its own loop (`exec()`) is the fault: the watch then
    closes it, so the test ends instead of hanging."""

    def __init__(self, qtbot) -> None:
        self.base: list[int] = []
        QTimer.singleShot(0, lambda: self.base.append(loop_level()))
        qtbot.waitUntil(lambda: bool(self.base))
        self.max_boxes = 0
        self.max_level = self.base[0]
        self.boxes_seen = threading.Event()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        boxes = visible_boxes()
        self.max_boxes = max(self.max_boxes, len(boxes))
        self.max_level = max(self.max_level, loop_level())
        if boxes:
            self.boxes_seen.set()
        if loop_level() > self.base[0]:
            for box in boxes:
                box.reject()

    def stop(self) -> None:
        self.timer.stop()


def close_current_box() -> None:
    box = message_boxes().current
    assert box is not None
    box.button(QMessageBox.StandardButton.Ok).click()


@pytest.fixture
def real_runner(events):
    runner = TaskRunner(events=events, reporter=MessageBoxReporter())
    yield runner
    runner.shutdown()
    for box in visible_boxes():
        box.reject()


def test_two_failures_in_a_row_show_two_boxes_one_after_the_other(qtbot, real_runner):
    watch = LoopWatch(qtbot)
    delivered_at: list[tuple[str, int]] = []

    def first():
        raise RuntimeError("pertama")

    def second():
        watch.boxes_seen.wait(10)  # fails while the first box is open
        raise RuntimeError("kedua")

    real_runner.run(first, on_done=lambda: delivered_at.append(("pertama", loop_level())))
    real_runner.run(second, on_done=lambda: delivered_at.append(("kedua", loop_level())))
    qtbot.waitUntil(lambda: len(delivered_at) == 2, timeout=15000)
    # both delivered while the first box was open, none inside a box's own loop
    assert [name for name, _ in delivered_at] == ["pertama", "kedua"]
    assert {level for _, level in delivered_at} == {watch.base[0]}
    [box] = visible_boxes()
    assert "pertama" in box.text()
    close_current_box()
    qtbot.waitUntil(lambda: any("kedua" in b.text() for b in visible_boxes()), timeout=5000)
    [box] = visible_boxes()
    close_current_box()
    qtbot.waitUntil(lambda: not visible_boxes() and message_boxes().pending() == 0)
    watch.stop()
    assert watch.max_level == watch.base[0]  # no box ever ran a nested event loop
    assert watch.max_boxes == 1  # never two boxes at once


def test_the_same_refusal_twice_at_once_is_one_box(qtbot, real_runner):
    error = DomainError(ErrorCode.OFFICE_MISSING)
    done: list[int] = []

    def refuse():
        raise error

    real_runner.run(refuse, on_done=lambda: done.append(1))
    real_runner.run(refuse, on_done=lambda: done.append(2))
    qtbot.waitUntil(lambda: len(done) == 2 and bool(visible_boxes()), timeout=5000)
    close_current_box()
    qtbot.wait(50)
    assert not visible_boxes() and message_boxes().pending() == 0


def test_a_box_deleted_with_its_window_does_not_stop_the_next_ones(qtbot):
    window = QLabel("jendela lama")
    reporter = MessageBoxReporter(window)
    reporter.unexpected_error(RuntimeError("pertama"))
    qtbot.waitUntil(lambda: bool(visible_boxes()), timeout=5000)
    window.deleteLater()  # File > Open database deletes the old window, box and all
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    reporter.unexpected_error(RuntimeError("kedua"))  # its window is gone: shown without one
    qtbot.waitUntil(lambda: any("kedua" in b.text() for b in visible_boxes()), timeout=5000)
    close_current_box()
    qtbot.waitUntil(lambda: message_boxes().pending() == 0)


def test_print_messages_after_a_job_are_queued_and_open_the_folder(qtbot, demo, qsettings,
                                                                   events, tmp_path):
    """Two batch prints in a row: two summaries, one after the other, none nested; "Open
    folder" on the first opens its folder."""
    runner = TaskRunner(events=events, reporter=RecordingReporter())
    window = gui_app.make_main_window(demo, qsettings, tasks=runner, events=events,
                                      db_path=demo.db.path)
    qtbot.addWidget(window)
    actions = window.print_actions
    opened: list[str] = []
    actions.open_file = lambda path: (opened.append(path), True)[1]
    unit = next(u for u in demo.office.units() if u.path.startswith("Bidang")
                and "/" not in u.path)
    year = dt.date.today().year
    watch = LoopWatch(qtbot)
    for name in ("satu", "dua"):
        actions.run_batch(BatchChoice(unit.path, True, year, str(tmp_path / name), False))
    qtbot.waitUntil(lambda: not runner.busy and bool(visible_boxes()), timeout=60000)
    [box] = visible_boxes()
    folder = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    folder.click()
    assert opened == [str(tmp_path / "satu")]
    qtbot.waitUntil(lambda: bool(visible_boxes()), timeout=5000)
    close_current_box()
    qtbot.waitUntil(lambda: message_boxes().pending() == 0)
    watch.stop()
    runner.shutdown()
    assert watch.max_level == watch.base[0] and watch.max_boxes == 1
    assert opened == [str(tmp_path / "satu")]


class TwoDatabases:
    """File > Open database… on real files: the second office is a fresh database."""

    def __init__(self, tmp_path) -> None:
        self.tmp_path = tmp_path
        self.opened: list[Database] = []

    def open(self, db):
        database = Database(self.tmp_path / db)
        services = Services.build(database, "test")
        services.office.init_office("Kantor Kedua", "Klaten")
        self.opened.append(database)
        return services, resolve_paths(database.path)

    def close(self, services):
        services.db.close()


def test_switching_databases_while_a_slow_job_runs_drops_its_outcome(qtbot, demo, qsettings,
                                                                     tmp_path):
    databases = TwoDatabases(tmp_path)
    session = gui_app.GuiSession(qsettings, databases)
    session.reporter = RecordingReporter()
    first = session.start(demo, resolve_paths(demo.db.path))  # deleted by the switch
    old_tasks = session.tasks
    started = threading.Event()
    reached: list[str] = []
    head = kepala_dinas(demo)

    def slow_save():
        started.set()
        time.sleep(0.3)  # still running when the user opens the other database
        return demo.staff.get(head.id)

    def saved(pegawai):  # what a tab does with the answer: touches its widgets
        reached.append(pegawai.full_name)
        first.team_panel.refresh()
        first.statusBar().showMessage(pegawai.full_name)

    old_tasks.run(slow_save, on_success=saved, on_done=lambda: reached.append("done"))
    assert started.wait(5)
    first.open_database_requested.emit("kedua.sqlite")
    second = session.window
    qtbot.addWidget(second)
    # the old window goes away (deleteLater) and then whatever was queued is delivered
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.wait(100)
    assert reached == []
    assert session.reporter.unexpected_errors == [] and session.reporter.domain_errors == []
    assert not old_tasks.busy
    session.close_tasks()
    for database in databases.opened:
        database.close()


def test_a_job_of_a_deleted_widget_is_not_delivered_to_it(qtbot, events):
    reporter = RecordingReporter()
    runner = TaskRunner(events=events, reporter=reporter)
    label = QLabel("tab lama")
    release = threading.Event()
    reached: list[str] = []

    def job():
        release.wait(5)
        return "hasil"

    runner.run(job, on_success=label.setText)  # a method of the widget
    runner.run(job, on_success=lambda text: reached.append(label.text()), owner=label)
    label.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    runner.shutdown()
    assert reached == []
    assert reporter.unexpected_errors == []
