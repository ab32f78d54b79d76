"""Database work off the GUI thread (mechanism 7), modelled on Anki's `operations` + `taskman`.

One `TaskRunner` per open database, made by `gui_app` and passed to the windows that write:

    tasks.run(lambda: staff.set_supervisor(pid, sup_id), on_success=self._saved)

- Jobs run one at a time on ONE worker thread (SQLite has one writer; jobs keep their order).
- The result comes back to the GUI thread through a queued Qt signal; callbacks run there.
- A result with `.changes` (a service `Outcome`) makes the runner emit
  `AppEvents.changes_applied(changes, initiator)` before `on_success`, so every view refreshes.
- Failures are never swallowed: a `DomainError` goes to `on_failure(error)` when given, else to
  the reporter (a message box with the translated sentence); any other exception is logged with
  its traceback and shown by the reporter. `Cancelled` (the user pressed Cancel) goes to
  `on_cancelled` and shows nothing. `on_done()` runs last in every case.
- `run_with_progress(fn, label)` calls `fn(progress, cancel_token)` and shows a progress dialog
  with a Cancel button only when the job takes longer than ~0.5 s.
- `TaskRunner(synchronous=True)` runs every job inline on the calling thread (for tests).
- A delivery never reaches a dead receiver: after `shutdown()` (File > Open database closes the
  runner of the previous database) the outcome of a job still in flight is logged and dropped,
  callbacks included (and a job asked for after `shutdown()`, e.g. by a timer of the closing
  window, is not run); and a callback that is a method of a `QObject` (or a job given
  `owner=widget`) is skipped when that object was deleted meanwhile (a tab replaced while its
  job ran). Without this the callback met "Internal C++ object already deleted" or a closed
  database and the user saw an "unexpected error" about something they had left.

Reads for display (a page of the team list) may run on the GUI thread; they are short.
"""

from __future__ import annotations

import itertools
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.services.progress import CancelToken, Cancelled, Progress

from .error_dialogs import ErrorReporter, MessageBoxReporter
from .events import AppEvents
from .progress_dialog import DEFAULT_DELAY_MS, DelayedProgress

log = logging.getLogger("skpdesk.ui.tasks")

Callback = Callable[..., Any] | None


@dataclass
class _Job:
    on_success: Callback = None
    on_failure: Callback = None
    on_cancelled: Callback = None
    on_done: Callback = None
    initiator: Any = None
    progress: DelayedProgress | None = None
    token: CancelToken | None = None
    owner: QObject | None = None  # delivery is dropped when this object was deleted


class TaskRunner(QObject):
    busy_changed = Signal(bool)  # True while at least one job is queued or running
    _finished = Signal(int, bool, object)  # job id, succeeded, result or exception
    _progressed = Signal(int, int, int)  # job id, done, total

    def __init__(self, *, events: AppEvents | None = None, reporter: ErrorReporter | None = None,
                 synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.reporter: ErrorReporter = reporter or MessageBoxReporter()
        self.synchronous = synchronous
        self._executor = None if synchronous else ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="skpdesk-db")
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._closed = False  # shut down: the database and windows of these jobs are gone
        self._finished.connect(self._deliver)
        self._progressed.connect(self._on_progress)

    # --- public API
    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run(self, fn: Callable[[], Any], on_success: Callback = None, on_failure: Callback = None,
            *, on_cancelled: Callback = None, on_done: Callback = None,
            initiator: Any = None, owner: QObject | None = None) -> None:
        """Run `fn()` on the database worker; see the module docstring for the callbacks."""
        job = _Job(on_success, on_failure, on_cancelled, on_done, initiator, owner=owner)
        self._submit(job, fn)

    def run_with_progress(self, fn: Callable[[Progress, CancelToken], Any], label: str,
                          on_success: Callback = None, on_failure: Callback = None, *,
                          parent: QWidget | None = None, on_cancelled: Callback = None,
                          on_done: Callback = None, initiator: Any = None,
                          owner: QObject | None = None,
                          delay_ms: int = DEFAULT_DELAY_MS) -> CancelToken:
        """Run a long job `fn(progress, cancel_token)`; returns its token (cancel() stops it)."""
        token = CancelToken()
        job = _Job(on_success, on_failure, on_cancelled, on_done, initiator, token=token,
                   owner=owner)
        job.progress = DelayedProgress(label, token, parent, delay_ms)
        job_id = self._reserve(job)

        def report(done: int, total: int) -> None:
            self._progressed.emit(job_id, int(done), int(total))

        job.progress.start()
        self._start(job_id, lambda: fn(report, token))
        return token

    def shutdown(self, wait: bool = True) -> None:
        """Cancel the long jobs' tokens and wait for the worker (before closing the database).
        Outcomes not yet delivered are dropped: their windows and database are going away."""
        self._closed = True
        for job in list(self._jobs.values()):
            if job.token is not None:
                job.token.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=wait)

    # --- machinery
    def _reserve(self, job: _Job) -> int:
        job_id = next(self._ids)
        was_idle = not self._jobs
        self._jobs[job_id] = job
        if was_idle:
            self.busy_changed.emit(True)
        return job_id

    def _submit(self, job: _Job, fn: Callable[[], Any]) -> None:
        self._start(self._reserve(job), fn)

    def _start(self, job_id: int, fn: Callable[[], Any]) -> None:
        if self._closed:
            # The database of this runner is closing or closed: nothing may read or write it.
            job = self._jobs.pop(job_id, None)
            log.info("dropped a job asked for after shutdown")
            if job is not None and job.progress is not None and shiboken6.isValid(job.progress):
                job.progress.finish()
                job.progress.deleteLater()
            if not self._jobs:
                self.busy_changed.emit(False)
            return
        if self._executor is None:
            self._work(job_id, fn)
        else:
            self._executor.submit(self._work, job_id, fn)

    def _work(self, job_id: int, fn: Callable[[], Any]) -> None:
        """On the worker thread: run the job and post its outcome to the GUI thread."""
        try:
            result = fn()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, never dropped
            self._finished.emit(job_id, False, error)
        else:
            self._finished.emit(job_id, True, result)

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None and job.progress is not None:
            job.progress.update(done, total)

    def _deliver(self, job_id: int, succeeded: bool, value: object) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        if job.progress is not None and shiboken6.isValid(job.progress):
            job.progress.finish()
            job.progress.deleteLater()
        if self._closed:
            log.info("dropped the outcome of a job of a closed database (%s)",
                     "succeeded" if succeeded else type(value).__name__)
            return
        if job.owner is not None and not shiboken6.isValid(job.owner):
            self._deliver_to_nobody(job, succeeded, value)
            return
        try:
            if succeeded:
                self._succeeded(job, value)
            elif isinstance(value, Cancelled):
                log.info("job cancelled by the user")
                self._call(job.on_cancelled)
            elif isinstance(value, DomainError):
                log.info("refused: %s %s", value.code.value, value.params)
                if job.on_failure is not None:
                    self._call(job.on_failure, value)
                else:
                    self.reporter.domain_error(value)
            else:
                self._unexpected(value)
        finally:
            self._call(job.on_done)
            if not self._jobs:
                self.busy_changed.emit(False)

    def _deliver_to_nobody(self, job: _Job, succeeded: bool, value: object) -> None:
        """The job's owner was deleted while it ran: its callbacks are skipped, but what the job
        did still reaches the other views, and a bug in the job itself is still shown."""
        log.info("job owner %s is gone: callbacks skipped", type(job.owner).__name__)
        try:
            if succeeded:
                self._succeeded(_Job(initiator=job.initiator), value)
            elif not isinstance(value, (Cancelled, DomainError)):
                self._unexpected(value)
        finally:
            if not self._jobs:
                self.busy_changed.emit(False)

    def _succeeded(self, job: _Job, value: object) -> None:
        changes = getattr(value, "changes", None)
        if self.events is not None and isinstance(changes, Changes) and changes:
            try:
                self.events.changes_applied.emit(changes, job.initiator)
            except Exception as error:  # noqa: BLE001 - a view that fails to refresh is a bug
                self._unexpected(error)
        self._call(job.on_success, value)

    def _call(self, callback: Callback, *args: Any) -> None:
        if callback is None:
            return
        receiver = getattr(callback, "__self__", None)
        if isinstance(receiver, QObject) and not shiboken6.isValid(receiver):
            log.info("skipped a callback of a deleted %s", type(receiver).__name__)
            return
        try:
            callback(*args)
        except Exception as error:  # noqa: BLE001 - a failing callback is shown, not lost
            self._unexpected(error)

    def _unexpected(self, error: BaseException) -> None:
        log.error("unexpected error in a background job", exc_info=(type(error), error,
                                                                     error.__traceback__))
        self.reporter.unexpected_error(error)
