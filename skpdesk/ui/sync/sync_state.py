"""The open conflicts of this replica as the window knows them, read on the database worker.

One `SyncState` per main window (made by `sync_actions`). `refresh()` reads
`services.sync.conflicts()` and, in the same job, follows each conflicted row to its SKP and
pegawai (`services.sync_marks.conflict_marks`); back on the GUI thread it keeps the list, hands
the marks to the shared `SyncMarks` (team list and SKP tab badges) and emits
`conflicts_changed(list)` (the "Perlu ditinjau" queue and the status-bar badge). Nothing here
scans on the GUI thread: both reads run on the worker, after start-up, after each import, each
resolution, and each write while conflicts are open (an edit may settle one).

`resolve(conflict_id, keep, value)` calls `services.sync.resolve` on the worker (a journaled
write that syncs) and refreshes.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.domain.sync import Conflict, Keep
from skpdesk.services.sync_marks import ConflictMarks, conflict_marks

from ..events import AppEvents
from ..sync_marks import SyncMarks
from ..tasks import TaskRunner

log = logging.getLogger("skpdesk.ui.sync")


class SyncState(QObject):
    conflicts_changed = Signal(object)  # list[Conflict]
    resolved = Signal(str)  # the conflict id that was resolved

    def __init__(self, services, tasks: TaskRunner, events: AppEvents | None = None,
                 marks: SyncMarks | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self.marks = marks or SyncMarks(self)
        self.conflicts: list[Conflict] = []
        self.loaded = False  # True once the first read came back
        self._refreshing = False
        self._again = False
        if events is not None:
            events.changes_applied.connect(self._on_changes)

    @property
    def count(self) -> int:
        return len(self.conflicts)

    def refresh(self) -> None:
        """Read the conflicts again (one job at a time; a request meanwhile runs once after)."""
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        services = self._services

        def read() -> tuple[list[Conflict], ConflictMarks]:
            conflicts = list(services.sync.conflicts())
            return conflicts, conflict_marks(services.db, conflicts)

        self._tasks.run(read, self._loaded, on_done=self._refresh_done, owner=self)

    def _loaded(self, result: tuple[list[Conflict], ConflictMarks]) -> None:
        conflicts, marks = result
        self.conflicts = conflicts
        self.loaded = True
        self.marks.set_marks(marks)
        self.conflicts_changed.emit(conflicts)

    def _refresh_done(self) -> None:
        self._refreshing = False
        if self._again:
            self._again = False
            self.refresh()

    def resolve(self, conflict_id: str, keep: Keep, value: str | None = None, *,
                on_success: Callable[[Any], Any] | None = None,
                on_failure: Callable[[DomainError], Any] | None = None) -> None:
        sync = self._services.sync

        def resolved(outcome: Any) -> None:
            self.resolved.emit(conflict_id)
            if on_success is not None:
                on_success(outcome)
            self.refresh()

        self._tasks.run(lambda: sync.resolve(conflict_id, keep, value), resolved, on_failure,
                        initiator=self)

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return  # our own resolution refreshes after its callbacks
        if self.conflicts or changes.affects("sync_conflict"):
            self.refresh()
