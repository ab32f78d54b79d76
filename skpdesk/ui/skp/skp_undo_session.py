"""Runs the undoable edits of one SKP (`skp_commands`) through the `TaskRunner`.

- a new edit runs first; only when the service accepted it is the command pushed on the stack
  (its first redo() is then skipped), so a refused edit leaves the database and the stack as
  they were;
- undo/redo run the command's service calls first and move the stack only on success; a refusal
  (e.g. `SKP_READ_ONLY` once the SKP is no longer a Draft) leaves the stack where it was.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.services.outcome import Outcome
from skpdesk.services.skp import SkpService

from ..tasks import TaskRunner
from .skp_commands import CommandContext, SkpCommand

Failure = Callable[[DomainError], Any] | None


class SkpUndoSession(QObject):
    """The undo stack of one open SKP and the way its commands reach the database."""

    refused = Signal(object)  # DomainError of an undo/redo (or an edit without on_failure)
    applied = Signal()  # an edit, undo or redo reached the database (before its on_success)
    busy_changed = Signal(bool)
    # the stack's state moved (undo/redo available, texts); relayed, see `_stack_moved`
    state_changed = Signal()

    def __init__(self, skp_service: SkpService, tasks: TaskRunner, skp_id: str, *,
                 initiator: object = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.skp_id = skp_id
        self.ctx = CommandContext(skp_service)
        self.stack = QUndoStack(self)
        self.stack.indexChanged.connect(self._stack_moved)
        self._tasks = tasks
        self._initiator = initiator
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def execute(self, command: SkpCommand, on_success: Callable[[], Any] | None = None,
                on_failure: Failure = None) -> bool:
        """Do a new edit; pushed on the stack once the service accepted it. False when busy."""
        def done() -> None:
            command.skip_next = True
            self.stack.push(command)
            self.applied.emit()
            if on_success is not None:
                on_success()

        return self._run(command.apply, done, on_failure)

    def undo(self) -> bool:
        if not self.stack.canUndo():
            return False
        command = self.stack.command(self.stack.index() - 1)
        return self._run(command.revert, lambda: self._move(command, self.stack.undo), None)

    def redo(self) -> bool:
        if not self.stack.canRedo():
            return False
        command = self.stack.command(self.stack.index())
        return self._run(command.apply, lambda: self._move(command, self.stack.redo), None)

    def _move(self, command: SkpCommand, step: Callable[[], None]) -> None:
        command.skip_next = True
        step()
        self.applied.emit()

    def _run(self, work: Callable[[], Changes], done: Callable[[], Any],
             on_failure: Failure) -> bool:
        if self._busy:
            return False
        self._set_busy(True)

        def failed(error: DomainError) -> None:
            if on_failure is not None:
                on_failure(error)
            else:
                self.refused.emit(error)

        self._tasks.run(lambda: Outcome(None, work()), lambda _result: done(), failed,
                        on_done=lambda: self._set_busy(False), initiator=self._initiator,
                        owner=self)
        return True

    @Slot(int)
    def _stack_moved(self, _index: int) -> None:
        # Listeners hear the stack through this slot, whose receiver is the session: Qt drops the
        # connection in the session's destructor, *before* it deletes its children. A dying
        # QUndoStack clears itself and emits indexChanged; connected straight to a tab (a lambda
        # has no receiver Qt can disconnect) that reached the tab while Qt was deleting it,
        # after its undo actions, and the tab asked the stack, already gone, for its state.
        self.state_changed.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
