"""Editing the office in the window: File > New database… and Export employees…, the Employee
menu (add, edit, move, employment status; also the team list's context menu) and Settings >
Office settings….

Installed on the main window by `gui_app.make_main_window` (`install_edit_actions`); the
dialogs live beside the views they belong to (`ui/team/pegawai_dialog.py`,
`ui/team/employment_dialog.py`, `ui/shell/office_dialog.py`). File dialogs start in the last
folder of their own purpose (`ui_settings.last_folder`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from skpdesk.domain.errors import DomainError
from skpdesk.services.context import Services

from .. import ui_settings
from ..i18n import arg
from ..message_boxes import message_boxes
from ..tasks import TaskRunner
from ..team.employment_dialog import EmploymentStatusDialog, warnings_text
from ..team.pegawai_dialog import MODE_ADD, MODE_EDIT, MODE_MOVE, PegawaiDialog
from .office_dialog import OfficeDialog

DATABASE_SUFFIX = ".sqlite"
STATUS_MS = 5000


def install_edit_actions(window, services: Services, tasks: TaskRunner,
                         settings: QSettings | None) -> "EditActions":
    actions = EditActions(window, services, tasks, settings)
    window.edit_actions = actions
    return actions


class EditActions(QObject):
    def __init__(self, window, services: Services, tasks: TaskRunner,
                 settings: QSettings | None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.tasks = tasks
        self.settings = settings
        # tests replace them (a native file dialog cannot be driven offscreen)
        self.ask_new_database_path: Callable[[str], str] = self._native_new_database_path
        self.ask_export_path: Callable[[str], str] = self._native_export_path

        self.new_database_action = self._action(self.tr("&New database…"), self.new_database,
                                                "newDatabaseAction")
        self.export_action = self._action(self.tr("E&xport employees…"), self.export_staff,
                                          "exportStaffAction")
        self.add_action = self._action(self.tr("&Add employee…"), self.add_pegawai,
                                       "addPegawaiAction")
        self.edit_action = self._action(self.tr("&Edit employee…"),
                                        lambda: self.edit_pegawai(MODE_EDIT), "editPegawaiAction")
        self.move_action = self._action(self.tr("&Move employee…"),
                                        lambda: self.edit_pegawai(MODE_MOVE), "movePegawaiAction")
        self.status_action = self._action(self.tr("Employment &status…"), self.set_status,
                                          "employmentStatusAction")
        self.office_action = self._action(self.tr("&Office settings…"), self.office_settings,
                                          "officeSettingsAction")

        file_menu = window.file_menu
        file_menu.insertAction(window.open_action, self.new_database_action)
        after_import = _next_action(file_menu, window.import_action)
        file_menu.insertAction(after_import, self.export_action)
        self.pegawai_menu = QMenu(self.tr("E&mployee"), window)
        self.pegawai_menu.setObjectName("pegawaiMenu")
        window.menuBar().insertMenu(window.settings_menu.menuAction(), self.pegawai_menu)
        for action in (self.add_action, self.edit_action, self.move_action, self.status_action):
            self.pegawai_menu.addAction(action)
        window.settings_menu.addAction(self.office_action)
        # The team list's context menu: right-click selects the row, then these act on it.
        panel = window.team_panel
        panel.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.add_action, self.edit_action, self.move_action, self.status_action):
            panel.addAction(action)
        # after the window took the selection over (`MainWindow.show_pegawai` is connected first)
        panel.pegawai_selected.connect(lambda _pid: self.update_enabled())
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update_enabled(self) -> None:
        chosen = self._current() is not None
        for action in (self.edit_action, self.move_action, self.status_action):
            action.setEnabled(chosen)

    def _current(self):
        pegawai_id = self.window.current_pegawai_id()  # the workspace's pegawai
        if not pegawai_id:
            return None
        try:
            return self.services.staff.get(pegawai_id)
        except DomainError:
            return None

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # --- employees
    def _unit_paths(self) -> list[str]:
        return [u.path for u in self.services.office.units()]

    def add_pegawai(self) -> None:
        saved = PegawaiDialog.ask(self.services.staff, self.tasks, mode=MODE_ADD,
                                  unit_paths=self._unit_paths(), parent=self.window)
        if saved is not None:
            self.window.team_panel.select_pegawai(saved.id)
            self._status(arg(self.tr("%1 added."), saved.full_name))

    def edit_pegawai(self, mode: str = MODE_EDIT) -> None:
        pegawai = self._current()
        if pegawai is None:
            return
        saved = PegawaiDialog.ask(self.services.staff, self.tasks, pegawai=pegawai, mode=mode,
                                  unit_paths=self._unit_paths(), parent=self.window)
        if saved is not None:
            self.window.team_panel.select_pegawai(saved.id)
            self._status(arg(self.tr("%1 saved."), saved.full_name))

    def set_status(self) -> None:
        pegawai = self._current()
        if pegawai is None:
            return
        change = EmploymentStatusDialog.ask(self.services.staff, self.tasks, pegawai, self.window)
        if change is None:
            return
        self._status(arg(self.tr("Employment status of %1 saved."), change.pegawai.full_name))
        text = warnings_text(change)
        if text:
            def make_box() -> QMessageBox:
                return QMessageBox(QMessageBox.Icon.Warning, self.tr("Employment status"), text,
                                   QMessageBox.StandardButton.Ok, self.window)
            message_boxes().show(make_box)

    # --- export
    def export_staff(self) -> None:
        folder = ui_settings.last_folder(self.settings, ui_settings.FOLDER_STAFF_EXPORT)
        path = self.ask_export_path(str(Path(folder) / "pegawai.xlsx"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        ui_settings.remember_folder(self.settings, ui_settings.FOLDER_STAFF_EXPORT, target.parent)
        staff_files, staff = self.services.staff_files, self.services.staff

        def job() -> int:
            staff_files.export_file(target)
            return staff.count()

        self.tasks.run(job, lambda count: self._status(
            arg(self.tr("%1 employees exported to %2"), count, str(target))), initiator=self)

    def _native_export_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export employees"), suggested,
            self.tr("Excel files (*.xlsx);;CSV files (*.csv)"))
        return path

    # --- new database
    def new_database(self) -> None:
        """A new, empty database file; the window switches to it and shows the first-run
        choices (demo office, new office, import the staff list)."""
        folder = ui_settings.last_folder(self.settings, ui_settings.FOLDER_DATABASE,
                                         str(Path(self.window.db_path).parent))
        path = self.ask_new_database_path(str(Path(folder) / f"kantor-baru{DATABASE_SUFFIX}"))
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(DATABASE_SUFFIX)
        if target.exists():  # never overwrite an office: open it with File > Open database
            def make_box() -> QMessageBox:
                return QMessageBox(QMessageBox.Icon.Warning, self.tr("New database"), arg(self.tr(
                    "%1 already exists. Choose another name, or open it with File > Open "
                    "database."), str(target)), QMessageBox.StandardButton.Ok, self.window)
            message_boxes().show(make_box)
            return
        ui_settings.remember_folder(self.settings, ui_settings.FOLDER_DATABASE, target.parent)
        self.window.open_database_requested.emit(str(target))

    def _native_new_database_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), suggested,
            self.tr("SKP Desk databases (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    # --- office
    def office_settings(self) -> None:
        if OfficeDialog.ask(self.services.office, self.services.staff, self.tasks, self.settings,
                            self.window):
            self._status(self.tr("Office settings saved."))


def _next_action(menu, action: QAction) -> QAction | None:
    actions = menu.actions()
    if action not in actions:
        return None
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None
