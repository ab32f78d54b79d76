"""Message boxes shown one at a time, from the event loop, without a nested event loop.

A box opened with `exec()` from a job's callback runs its own event loop: the next job's
delivery (or a second failure) then runs inside that loop, so boxes nest and callbacks run in an
order nobody wrote. Every box the window opens *as an answer to something that happened* (a
failed job, a print that finished, an exception that escaped a slot) therefore goes through
`message_boxes().show(make_box, on_closed)`:

- the box is built by `make_box()` only when its turn comes (its parent may have been deleted
  meanwhile, e.g. after File > Open database; `make_box` gets no stale widget that way);
- it is opened with `open()` (window-modal, no nested loop) on a later turn of the event loop,
  never from inside the caller (a paint, a job delivery);
- the next box opens only after the previous one closed; `on_closed(clicked_button)` runs then;
- a box with the same `key` as one shown or waiting is not queued again (the same refusal
  reported twice at once is shown once).

Boxes the user asked for (a question before an action) may still use `exec()`: nothing else is
delivered into them, because they are opened from a user action, not from a delivery.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Hashable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox

log = logging.getLogger("skpdesk.ui")

BoxFactory = Callable[[], QMessageBox | None]
ClosedCallback = Callable[[QAbstractButton | None], Any] | None


@dataclass
class _Pending:
    make_box: BoxFactory
    on_closed: ClosedCallback
    key: Hashable | None


class MessageBoxQueue(QObject):
    """The application's queue of message boxes (one per QApplication: `message_boxes()`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[_Pending] = deque()
        self._current: _Pending | None = None
        self._box: QMessageBox | None = None
        self._scheduled = False

    @property
    def current(self) -> QMessageBox | None:
        """The box now open (tests close it), None when none is."""
        return self._box

    def pending(self) -> int:
        """Boxes shown or waiting."""
        return len(self._waiting) + (self._current is not None)

    def show(self, make_box: BoxFactory, on_closed: ClosedCallback = None, *,
             key: Hashable | None = None) -> bool:
        """Queue a box; False when one with the same `key` is already shown or waiting."""
        if key is not None and any(p.key == key for p in (self._current, *self._waiting)
                                   if p is not None):
            return False
        self._waiting.append(_Pending(make_box, on_closed, key))
        self._schedule()
        return True

    def _schedule(self) -> None:
        if self._current is None and self._waiting and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._open_next)

    def _open_next(self) -> None:
        self._scheduled = False
        while self._current is None and self._waiting:
            pending = self._waiting.popleft()
            try:
                box = pending.make_box()
            except Exception:  # noqa: BLE001 - a box that cannot be built must not stop the rest
                log.exception("could not build a message box")
                continue
            if box is None:
                continue
            self._current, self._box = pending, box
            box.finished.connect(lambda _result, b=box: self._closed(b))
            # deleted while open (with its window, after File > Open database): a dialog that
            # dies emits no `finished`, and without this the queue would wait for it forever
            box.destroyed.connect(lambda _obj=None, p=pending: self._destroyed(p))
            box.open()

    def _closed(self, box: QMessageBox) -> None:
        if box is not self._box:
            return
        pending = self._current
        clicked = box.clickedButton()
        self._current, self._box = None, None
        try:
            if pending is not None and pending.on_closed is not None:
                pending.on_closed(clicked)
        finally:
            box.deleteLater()
            self._schedule()


    def _destroyed(self, pending: _Pending) -> None:
        if pending is self._current:
            log.info("a message box was deleted before it was answered")
            self._current, self._box = None, None
            self._schedule()


def message_boxes() -> MessageBoxQueue:
    """The queue shared by everything in this QApplication (so boxes never overlap)."""
    app = QCoreApplication.instance()
    queue = app.findChild(MessageBoxQueue, "skpdeskMessageBoxes") if app is not None else None
    if queue is None:
        queue = MessageBoxQueue(app)
        queue.setObjectName("skpdeskMessageBoxes")
    return queue
