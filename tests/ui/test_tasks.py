"""TaskRunner: one database worker, results and failures back on the GUI thread, changes
announced, long jobs with a delayed progress dialog and a working Cancel button."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from skpdesk.domain.errors import ErrorCode
from skpdesk.services.progress import Cancelled, CancelToken
from skpdesk.ui.error_dialogs import RecordingReporter
from skpdesk.ui.events import AppEvents
from skpdesk.ui.tasks import TaskRunner

from .helpers import kepala_dinas


@pytest.fixture
def runner(events, reporter):
    runner = TaskRunner(events=events, reporter=reporter)
    yield runner
    runner.shutdown()


def visible_progress_dialogs():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def test_jobs_run_on_one_worker_and_results_come_back_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    workers, results = set(), []

    def job(n):
        workers.add(threading.get_ident())
        time.sleep(0.01)
        return n

    for n in range(5):
        runner.run(lambda n=n: job(n),
                   on_success=lambda value: results.append((value, threading.get_ident())))
    assert runner.busy
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert [value for value, _ in results] == [0, 1, 2, 3, 4]  # one worker keeps the order
    assert {thread for _, thread in results} == {gui}
    assert len(workers) == 1 and gui not in workers
    qtbot.waitUntil(lambda: not runner.busy, timeout=1000)


def test_a_write_announces_its_changes_before_on_success(qtbot, runner, events, demo):
    head = kepala_dinas(demo)
    other = next(p for p in demo.staff.list() if p.supervisor_id not in (None, head.id)
                 and p.id != head.id)
    order = []
    events.changes_applied.connect(lambda changes, initiator: order.append(
        ("changes", changes.affects("pegawai", other.id), initiator)))
    runner.run(lambda: demo.staff.set_supervisor(other.id, head.id),
               on_success=lambda outcome: order.append(("success", outcome.value.supervisor_id)),
               initiator="tester")
    qtbot.waitUntil(lambda: len(order) == 2, timeout=5000)
    assert order == [("changes", True, "tester"), ("success", head.id)]
    assert demo.staff.get(other.id).supervisor_id == head.id  # written in the database


def test_a_broken_rule_goes_to_on_failure_or_to_the_reporter(qtbot, runner, reporter, demo):
    head = kepala_dinas(demo)
    before = demo.staff.get(head.id).supervisor_id
    failures, done = [], []
    runner.run(lambda: demo.staff.set_supervisor(head.id, head.id), on_failure=failures.append,
               on_done=lambda: done.append(1))
    runner.run(lambda: demo.staff.set_supervisor(head.id, head.id), on_done=lambda: done.append(2))
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert [e.code for e in failures] == [ErrorCode.SUPERVISOR_SELF]
    assert [e.code for e in reporter.domain_errors] == [ErrorCode.SUPERVISOR_SELF]
    assert reporter.unexpected_errors == []
    assert demo.staff.get(head.id).supervisor_id == before  # nothing half-written


def test_unexpected_errors_are_logged_and_shown_never_swallowed(qtbot, runner, reporter, caplog):
    def broken():
        raise ValueError("pita macet")

    finished = []
    with caplog.at_level(logging.ERROR, logger="skpdesk.ui.tasks"):
        runner.run(broken, on_failure=lambda e: finished.append("failure"),
                   on_done=lambda: finished.append("done"))
        qtbot.waitUntil(lambda: finished == ["done"], timeout=5000)
    assert [str(e) for e in reporter.unexpected_errors] == ["pita macet"]
    assert any(r.exc_info and "pita macet" in str(r.exc_info[1]) for r in caplog.records)


def test_a_failing_callback_is_reported_too(qtbot, runner, reporter):
    runner.run(lambda: 1, on_success=lambda value: 1 / 0)
    qtbot.waitUntil(lambda: bool(reporter.unexpected_errors), timeout=5000)
    assert isinstance(reporter.unexpected_errors[0], ZeroDivisionError)


def test_synchronous_mode_runs_inline(demo):
    events, reporter = AppEvents(), RecordingReporter()
    runner = TaskRunner(events=events, reporter=reporter, synchronous=True)
    got = []
    runner.run(lambda: demo.staff.count(), on_success=got.append)
    assert got == [40] and not runner.busy
    runner.run(lambda: demo.staff.get("tidak-ada"))
    assert [e.code for e in reporter.domain_errors] == [ErrorCode.PEGAWAI_NOT_FOUND]


def test_a_quick_long_job_shows_no_progress_dialog(qtbot, runner):
    got = []

    def quick(progress, token):
        progress(1, 1)
        return "ok"

    runner.run_with_progress(quick, "Sebentar", on_success=got.append)
    qtbot.waitUntil(lambda: got == ["ok"], timeout=5000)
    qtbot.wait(700)
    assert visible_progress_dialogs() == []


def test_a_slow_job_shows_progress_after_a_delay_and_can_be_cancelled(qtbot, runner, reporter,
                                                                      language):
    language("id")
    started = threading.Event()
    outcome = []

    def slow(progress, token: CancelToken):
        progress(1, 4)
        started.set()
        while not token.cancelled:
            time.sleep(0.01)
        token.raise_if_cancelled()

    token = runner.run_with_progress(slow, "Mengekspor…", on_cancelled=lambda: outcome.append(
        "cancelled"), on_success=outcome.append, delay_ms=200)
    assert started.wait(5)
    assert visible_progress_dialogs() == []  # not before the delay
    qtbot.waitUntil(lambda: len(visible_progress_dialogs()) == 1, timeout=5000)
    [dialog] = visible_progress_dialogs()
    assert dialog.labelText() == "Mengekspor…"
    qtbot.waitUntil(lambda: (dialog.maximum(), dialog.value()) == (4, 1), timeout=5000)
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Batal"  # Indonesian by default
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert token.cancelled
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
    assert visible_progress_dialogs() == []
    assert reporter.domain_errors == [] and reporter.unexpected_errors == []


def test_cancel_token():
    token = CancelToken()
    token.raise_if_cancelled()
    assert not token.cancelled
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled):
        token.raise_if_cancelled()


def test_shutdown_cancels_long_jobs_and_waits(qtbot, events, reporter):
    runner = TaskRunner(events=events, reporter=reporter)
    stopped = []

    def endless(progress, token):
        while not token.cancelled:
            time.sleep(0.01)
        stopped.append(True)

    runner.run_with_progress(endless, "…")
    runner.shutdown(wait=True)
    assert stopped == [True]


@pytest.mark.parametrize("synchronous", [False, True])
def test_a_job_asked_for_after_shutdown_is_dropped_not_raised(qtbot, events, reporter,
                                                               synchronous):
    """A timer of a closing window (the sync badge's first read) may ask for a job after the
    runner of its database was shut down: it is not run, and nothing is raised into the event
    loop (before: RuntimeError "cannot schedule new futures after shutdown")."""
    runner = TaskRunner(events=events, reporter=reporter, synchronous=synchronous)
    runner.shutdown(wait=True)
    ran, called = [], []
    runner.run(lambda: ran.append(1), lambda _r: called.append("success"),
               on_done=lambda: called.append("done"))
    runner.run_with_progress(lambda _p, _t: ran.append(2), "…", on_done=lambda: called.append(2))
    qtbot.wait(20)
    assert ran == [] and called == [] and not runner.busy
    assert reporter.unexpected_errors == [] and reporter.domain_errors == []
