"""The first window of a database without an office: four ways to start.

- **Start a new office**: `NewOfficeDialog` (office name and city, and my own data as the
  supervisor using this computer; my id becomes this computer's identity).
- **Import the staff list**: the same dialog first (an import needs an office; my own data may be
  skipped because I am in the file), then `ImportDialog`; after an import I pick myself from the
  list (`IdentityDialog`) unless I entered my data.
- **Open the demo office**: `DemoService.fill` on the worker with a delayed progress dialog.
- **Join the office from its central copy** (when the services have sync): `JoinOfficeDialog`
  (this computer's identity file, the central copy's identity pinned after comparing its
  fingerprint, then the full copy the central copy made for this computer).

When the office exists, `office_ready` is emitted and `gui_app.GuiSession` replaces this window
by the main window. Failures of the demo are said in the window itself (no modal box).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from skpdesk.domain.errors import DomainError
from skpdesk.services.context import Services

from .. import ui_settings
from ..events import AppEvents
from ..i18n import arg
from ..messages import error_text
from ..staff_import.import_dialog import ImportDialog
from ..tasks import TaskRunner
from .identity_dialog import IdentityDialog
from .new_office_dialog import ERROR_STYLE, NewOfficeDialog

DEMO_EMPLOYEES = 40


class WelcomeWindow(QWidget):
    office_ready = Signal()  # the office exists now: on to the main window

    def __init__(self, services: Services, settings: QSettings, *, tasks: TaskRunner,
                 events: AppEvents | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self.tasks = tasks
        self.events = events
        self.busy = False
        self.setObjectName("WelcomeWindow")
        self.setWindowTitle(self.tr("SKP Desk — Welcome"))

        title = QLabel(self.tr("Welcome to SKP Desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("This database holds no office yet. How do you want to start?"),
                       self)
        intro.setWordWrap(True)

        self.new_office_button = QCommandLinkButton(
            self.tr("Start a &new office"),
            self.tr("Enter the office name and city, and your own data as the supervisor who "
                    "uses this computer. You add your employees afterwards."), self)
        self.import_button = QCommandLinkButton(
            self.tr("&Import the staff list"),
            self.tr("Create the office, then read your employees from a CSV or Excel (.xlsx) "
                    "file. A template with the right columns is available."), self)
        self.demo_button = QCommandLinkButton(
            self.tr("Open the &demo office"),
            self.tr("Fill this database with an example office of %n employee(s) and their SKPs, "
                    "to try SKP Desk out. For real work, use another database file.", "",
                    DEMO_EMPLOYEES), self)
        self.join_button = QCommandLinkButton(
            self.tr("&Join the office from its central copy"),
            self.tr("For a laptop of an office that already uses SKP Desk: exchange identity "
                    "files with the central copy and import the full copy it makes for you."),
            self)
        self.join_button.setObjectName("joinButton")
        self.join_button.setVisible(getattr(services, "sync", None) is not None)
        self.new_office_button.setObjectName("newOfficeButton")
        self.import_button.setObjectName("importButton")
        self.demo_button.setObjectName("demoButton")
        self.new_office_button.setDefault(True)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("welcomeStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        db_path = str(getattr(services.db, "path", "") or "")
        self.db_label = QLabel(arg(self.tr("Database: %1"), db_path), self)
        self.db_label.setWordWrap(True)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_label.setEnabled(False)  # greyed: information, not an action

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        for button in (self.new_office_button, self.import_button, self.demo_button,
                       self.join_button):
            layout.addWidget(button)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.db_label)
        QWidget.setTabOrder(self.new_office_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.join_button)

        self.new_office_button.clicked.connect(self.start_new_office)
        self.import_button.clicked.connect(self.start_import)
        self.demo_button.clicked.connect(self.start_demo)
        self.join_button.clicked.connect(self.start_join)
        self.join_dialog = None  # open while joining (tests drive it)
        self.resize(620, 460)
        self.new_office_button.setFocus()

    # --- the three ways
    def start_new_office(self) -> None:
        if self.busy:
            return
        created = NewOfficeDialog.ask(self._services.office, self._services.staff,
                                      self._settings, self.tasks, self)
        if created is not None or self._office_exists():
            self.office_ready.emit()

    def start_import(self) -> None:
        if self.busy:
            return
        created = NewOfficeDialog.ask(self._services.office, self._services.staff,
                                      self._settings, self.tasks, self, identity_optional=True)
        if created is None and not self._office_exists():
            return
        ImportDialog.ask(self._services.staff_files, self._settings, self.tasks, self)
        if (created is None or created.pegawai is None) and self._services.staff.count():
            me = IdentityDialog.ask(self._services.staff, None, self)
            if me:
                ui_settings.set_identity(self._settings, me)
        self.office_ready.emit()

    def start_demo(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self._show_status(self.tr("Creating the demo office…"))

        def fill(progress, _cancel):
            # The demo is written in batches and cannot be undone half-way; it takes a few
            # seconds, so the Cancel button of the progress dialog is not honoured.
            return self._services.demo.fill(employees=DEMO_EMPLOYEES, progress=progress)

        self.tasks.run_with_progress(fill, self.tr("Creating the demo office…"),
                                     self._demo_done, self._demo_failed, parent=self,
                                     on_done=lambda: self._set_busy(False), initiator=self)

    def start_join(self) -> None:
        if self.busy:
            return
        from ..sync.join_dialog import JoinOfficeDialog  # noqa: PLC0415 - loaded on first use
        from ..sync.sync_backend import SyncBackend  # noqa: PLC0415

        dialog = JoinOfficeDialog(SyncBackend(self._services), self.tasks, self._settings, self)
        self.join_dialog = dialog
        dialog.joined.connect(lambda _result: self.office_ready.emit())
        dialog.finished.connect(lambda _r: self._join_closed(dialog))
        dialog.open()

    def _join_closed(self, dialog) -> None:
        if self.join_dialog is dialog:
            self.join_dialog = None
        dialog.deleteLater()

    # --- results
    def _demo_done(self, _report) -> None:
        self.status_label.setVisible(False)
        self.office_ready.emit()

    def _demo_failed(self, error: DomainError) -> None:
        if self._office_exists():  # a part was written: show what is there
            self.office_ready.emit()
            return
        self._show_status(arg(self.tr("The demo office was not created. %1"), error_text(error)),
                          error=True)

    # --- state
    def _office_exists(self) -> bool:
        return self._services.office.instansi() is not None

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.status_label.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.new_office_button, self.import_button, self.demo_button,
                       self.join_button):
            button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
