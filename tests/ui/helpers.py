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
