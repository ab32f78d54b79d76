"""File › Synchronisation… and View › Needs review, the status-bar badge, and the queue dock.

`install_sync_actions(window, services, tasks, events, settings, marks)` (called by
`gui_app.make_main_window` when the services have sync) adds:

- File › "Synchronisation…" (Ctrl+Shift+Y): the `SyncDialog` (one, not modal);
- View › "Needs review": the "Perlu ditinjau" queue docked on the right (made on first use);
- a badge in the status bar, "3 to review", shown while conflicts are open; a click opens
  the queue. The team list and the SKP tab mark their rows through the shared `SyncMarks`,
  whose "review" requests land here too.

The conflicts are read once after start-up on the database worker (`SyncState.refresh`), so the
window opens without waiting for them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStyle, QToolButton

from ..events import AppEvents
from ..i18n import arg
from ..message_boxes import message_boxes
from ..sync_marks import SyncMarks
from ..tasks import TaskRunner
from .conflict_queue import ConflictQueueDock
from .sync_backend import SyncBackend
from .sync_dialog import SyncDialog
from .sync_state import SyncState


def install_sync_actions(window: QMainWindow, services, tasks: TaskRunner, events: AppEvents,
                         settings: QSettings, marks: SyncMarks | None = None) -> "SyncActions":
    actions = SyncActions(window, services, tasks, events, settings, marks)
    window.sync_actions = actions
    return actions


class SyncActions(QObject):
    def __init__(self, window: QMainWindow, services, tasks: TaskRunner, events: AppEvents,
                 settings: QSettings, marks: SyncMarks | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.tasks = tasks
        self.events = events
        self.settings = settings
        self.state = SyncState(services, tasks, events, marks, parent=self)
        self.backend = SyncBackend(services)
        self.dialog: SyncDialog | None = None
        self.device_notice = ""  # the sentence said once when this file took a new device id
        self.dock: ConflictQueueDock | None = None

        self.sync_action = QAction(self.tr("S&ynchronisation…"), window)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.sync_action.setStatusTip(self.tr("Exchange bundle files with the central copy or "
                                              "the laptops of the office"))
        self.sync_action.triggered.connect(lambda _checked=False: self.open_dialog())
        self.review_action = QAction(self.tr("&Needs review"), window)
        self.review_action.setObjectName("reviewAction")
        self.review_action.setStatusTip(self.tr("Sync conflicts waiting for a decision"))
        self.review_action.triggered.connect(lambda _checked=False: self.show_queue())
        self._add_to_menus()

        self.badge = QToolButton(window)
        self.badge.setObjectName("syncBadge")
        self.badge.setAutoRaise(True)
        self.badge.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.badge.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.badge.clicked.connect(lambda: self.show_queue())
        self.badge.setVisible(False)
        window.statusBar().addPermanentWidget(self.badge)

        self.state.conflicts_changed.connect(self._update_badge)
        self.state.marks.review_requested.connect(self.show_queue)
        QTimer.singleShot(0, self, self.state.refresh)  # after the window shows
        QTimer.singleShot(0, self, self.check_device_change)

    def _add_to_menus(self) -> None:
        window = self.window
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            quit_action = getattr(window, "quit_action", None)
            before = quit_action if quit_action in menu.actions() else None
            menu.insertAction(before, self.sync_action)
            menu.insertSeparator(before)
        view = getattr(window, "view_menu", None)
        if view is not None:
            view.addAction(self.review_action)

    # --- a copied or restored database file
    def check_device_change(self) -> None:
        """Say once that this file took a new device id (it was copied to another computer or
        restored from a backup): the peers must pin its new identity."""
        backend = self.backend

        def read():
            # identity() first: it is this replica's first use of sync on this start, where a
            # file copied to another computer takes its new device id (before any edit)
            identity = backend.identity()
            change = backend.device_change_notice()
            return (change, identity) if change is not None else None

        self.tasks.run(read, self._tell_device_change, on_failure=lambda _e: None, owner=self)

    def _tell_device_change(self, found) -> None:
        if found is None:
            return
        _change, identity = found
        self.device_notice = arg(self.tr(
            "This database file was copied or restored, so this computer now syncs under a new "
            "identity (fingerprint %1). Save its identity file (File › Synchronisation › "
            "Identity) and add it again on the central copy and the other laptops."),
            identity.fingerprint)
        window = self.window
        message_boxes().show(lambda: QMessageBox(
            QMessageBox.Icon.Information, self.tr("Synchronisation"), self.device_notice,
            QMessageBox.StandardButton.Ok, window if shiboken6.isValid(window) else None))

    # --- badge
    def _update_badge(self, conflicts) -> None:
        count = len(conflicts)
        self.badge.setText(self.tr("%n to review", "", count))
        self.badge.setToolTip(self.tr("%n sync conflict(s) wait for a decision: click to "
                                      "review them.", "", count))
        self.badge.setVisible(count > 0)

    def badge_text(self) -> str:
        return self.badge.text() if not self.badge.isHidden() else ""

    # --- the dialog and the queue
    def open_dialog(self) -> SyncDialog:
        if self.dialog is None:
            self.dialog = SyncDialog(self.backend, self.state, self.tasks, self.settings,
                                     self.events, self.window)
            self.dialog.review_requested.connect(lambda: self.show_queue())
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def show_queue(self, entity_id: str | None = None) -> ConflictQueueDock:
        if self.dock is None:
            self.dock = ConflictQueueDock(self.state, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            if not self.state.loaded:
                self.state.refresh()
        self.dock.show()
        self.dock.raise_()
        if entity_id:
            self.dock.queue.select_entity(entity_id)
        return self.dock
