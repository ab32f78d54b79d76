"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from skpdesk.services.context import Services


def kepala_dinas(services: Services):
    """The head of the demo office (a supervisor with direct reports)."""
    [head] = [p for p in services.staff.list() if p.position.startswith("Kepala Dinas")]
    return head


def shown_main_window(qtbot, services: Services, qsettings, tasks, events):
    """The program's main window (every tab and action `gui_app` installs), shown."""
    from skpdesk.ui.shell import gui_app

    window = gui_app.make_main_window(services, qsettings, tasks=tasks, events=events,
                                      db_path="x")
    qtbot.addWidget(window)
    window.show()
    return window


class GuiThreadReads:
    """Watches `db.reader` while `watching`: a read asked for on the GUI thread by code under
    `folder` (e.g. "skpdesk/ui/dialog/") is recorded in `found` as "file:line" (a tab must read
    on the database worker; other panes of the window are not checked)."""

    def __init__(self, db, folder: str) -> None:
        self._db = db
        self._folder = folder
        self._real = db.reader
        self.found: list[str] = []

    def _reader(self, *args, **kwargs):
        import threading
        import traceback

        if threading.current_thread() is threading.main_thread():
            frames = [f"{f.filename}:{f.lineno}" for f in traceback.extract_stack()
                      if self._folder in f.filename.replace("\\", "/")]
            if frames:
                self.found.append(frames[-1])
        return self._real(*args, **kwargs)

    def start(self) -> None:
        self._db.reader = self._reader

    def stop(self) -> None:
        self._db.reader = self._real
