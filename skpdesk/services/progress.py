"""Progress and cancellation for long jobs (import, export, batch printing), without Qt.

A long service call takes `progress: Progress` and `cancel: CancelToken`. It reports
`progress(done, total)` now and then and calls `cancel.raise_if_cancelled()` between steps
where stopping leaves nothing half-written (e.g. between transactions). The GUI's task runner
(`skpdesk.ui.tasks.TaskRunner.run_with_progress`) shows the progress and cancels the token from
its Cancel button; the CLI passes a token that Ctrl+C could cancel, or none at all.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Progress(Protocol):
    """Called from the thread that does the work: `done` of `total` steps are finished."""

    def __call__(self, done: int, total: int) -> None: ...


def no_progress(done: int, total: int) -> None:
    """A `Progress` that ignores the reports (for callers that show none)."""


class Cancelled(Exception):
    """The user cancelled a long job; raised by `CancelToken.raise_if_cancelled`.

    Not a `DomainError`: nothing is wrong, and the GUI shows no error for it.
    """


class CancelToken:
    """Set from any thread (the Cancel button), read by the worker between steps."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def __repr__(self) -> str:
        return f"CancelToken(cancelled={self.cancelled})"
