"""An exception escaping a view's model while it paints must not open message boxes inside
the paint, one in another (each box's event loop repainted the view, which raised again: nested
boxes in unfinished paints, "QBackingStore::endPaint() called with active painter", and a
window that hangs or crashes). The box opens later, from the event loop, and the same error
is shown once."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QEventLoop, QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListView

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.ui.shell import gui_app


def run_event_loop(ms: int) -> None:
    """Like QTest.qWait, but an exception of a Python override goes to sys.excepthook (as under
    the application's exec()) instead of surfacing in the caller's frame."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class RaisingModel(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            raise ValueError("data rusak")
        return None


class NestedLoopReporter:
    """Like a message box: runs a nested event loop while "shown", and repaints the view."""

    def __init__(self, view: QListView) -> None:
        self.view = view
        self.shown: list[BaseException] = []
        self.depth = 0
        self.max_depth = 0

    def domain_error(self, error: DomainError) -> None:
        self._show(error)

    def unexpected_error(self, error: BaseException) -> None:
        self._show(error)

    def _show(self, error: BaseException) -> None:
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.shown.append(error)
        try:
            for _ in range(5):
                self.view.viewport().update()  # the box's loop repaints what is behind it
                run_event_loop(10)
        finally:
            self.depth -= 1


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_on_every_repaint_is_shown_once_outside_the_paint(qtbot, qsettings,
                                                                          monkeypatch):
    view = QListView()
    qtbot.addWidget(view)
    session = gui_app.GuiSession(qsettings)
    reporter = NestedLoopReporter(view)
    session.reporter = reporter
    monkeypatch.setattr(sys, "excepthook",
                        lambda *info: gui_app._report_uncaught(session, *info))
    view.setModel(RaisingModel(view))
    # shown from the event loop (as in the window): no Python frame of ours under the paint
    QTimer.singleShot(0, view.show)
    run_event_loop(300)
    view.viewport().update()
    run_event_loop(100)
    assert reporter.max_depth == 1  # never one box inside another
    assert len(reporter.shown) == 1 and str(reporter.shown[0]).endswith("data rusak")
    assert session.uncaught.repeats >= 1  # raised again on later repaints: logged, not shown


def test_a_refusal_is_not_shown_twice_at_once_but_again_later(qtbot, qsettings):
    from skpdesk.ui.error_dialogs import RecordingReporter

    session = gui_app.GuiSession(qsettings)
    session.reporter = RecordingReporter()
    for _ in range(3):
        gui_app._report_uncaught(session, DomainError, DomainError(ErrorCode.OFFICE_MISSING), None)
    qtbot.waitUntil(lambda: bool(session.reporter.domain_errors))
    QTest.qWait(20)
    assert len(session.reporter.domain_errors) == 1
    gui_app._report_uncaught(session, DomainError, DomainError(ErrorCode.OFFICE_MISSING), None)
    qtbot.waitUntil(lambda: len(session.reporter.domain_errors) == 2)
