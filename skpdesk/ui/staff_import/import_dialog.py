"""File > Import employees…: read the staff list from a CSV or XLSX file, all or nothing.

The dialog is built with narrow dependencies (`StaffFilesService`, the QSettings, the
`TaskRunner`), so the welcome screen and the main window open the same one. The user picks a
file (the folder is remembered in `files/last_folder/staff_import`), may save the XLSX template first, and
presses Import; `StaffFilesService.import_file` runs on the database worker. The outcome is shown
in the dialog itself:

- success: how many employees were created, updated and left unchanged;
- refused (`ImportRejected`): a table Row | Column | Problem with one line per broken rule, and
  the statement that nothing was imported (the service writes nothing when any row fails);
- any other refusal (file missing, unreadable, columns missing, no office): its sentence, and
  again that nothing was imported.

Tests drive it without a native file dialog: set `path_edit` (or replace `ask_open_path` /
`ask_save_path`) and call `start_import()` / `save_template()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError, ImportRejected
from skpdesk.services.staff_files import ImportReport, StaffFilesService

from .. import ui_settings
from ..field_errors import BusyDialogMixin
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
from .import_report_model import PROBLEM, ROW, ImportReportModel

TEMPLATE_NAME = "templat-pegawai.xlsx"
ERROR_STYLE = "color: #b00020;"  # the refusal is also said in words; colour only underlines it


class ImportDialog(BusyDialogMixin, QDialog):  # never closes while the worker writes for it
    def __init__(self, staff_files: StaffFilesService, settings: QSettings, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff_files = staff_files
        self._settings = settings
        self.tasks = tasks
        self.busy = False
        self.report: ImportReport | None = None  # of the last successful import
        self.error: DomainError | None = None  # of the last refused one
        # Hooks: (start folder or file) -> chosen path or "" (tests replace them).
        self.ask_open_path: Callable[[str], str] = self._native_open_path
        self.ask_save_path: Callable[[str], str] = self._native_save_path
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import employees"))

        intro = QLabel(self.tr(
            "Choose a CSV or Excel (.xlsx) file with one employee per row under the column "
            "names of the template. Employees are matched by NIP: new ones are added, known "
            "ones updated, none is deleted. If any row has a problem, nothing is imported."),
            self)
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of the .csv or .xlsx file"))
        self.path_edit.setClearButtonEnabled(True)
        path_label = QLabel(self.tr("&File:"), self)
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAutoDefault(False)
        self.template_button = QPushButton(self.tr("Save &template…"), self)
        self.template_button.setAutoDefault(False)
        self.template_button.setToolTip(self.tr(
            "Save an empty Excel file with the right columns, an example row and a sheet that "
            "explains every column."))

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setVisible(False)

        self.problems = ImportReportModel(self)
        self.problems_view = QTableView(self)
        self.problems_view.setObjectName("importProblems")
        self.problems_view.setModel(self.problems)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setWordWrap(True)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.verticalHeader().setVisible(False)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.problems_view.setColumnWidth(1, 150)
        self.problems_view.setAccessibleName(self.tr("Problems found in the file"))
        self.problems_view.setVisible(False)
        self.copy_button = QPushButton(self.tr("&Copy the list"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(self.tr("Copy the problems as text, e.g. to paste into a "
                                            "spreadsheet or an e-mail."))
        self.copy_button.setVisible(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.problems_view,
                  self.copy_problems, context=Qt.ShortcutContext.WidgetShortcut)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importButton")
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)

        file_row = QHBoxLayout()
        file_row.addWidget(path_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        template_row = QHBoxLayout()
        template_row.addWidget(QLabel(self.tr("No file yet? Start from the template:"), self))
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(template_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(copy_row)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.path_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.template_button)
        QWidget.setTabOrder(self.template_button, self.problems_view)
        QWidget.setTabOrder(self.problems_view, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.close_button)

        self.browse_button.clicked.connect(self.browse)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.start_import)
        self.copy_button.clicked.connect(self.copy_problems)
        self.buttons.rejected.connect(self.reject)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.path_edit.returnPressed.connect(self.start_import)
        self._update_buttons()
        self.resize(720, 300)
        self.path_edit.setFocus()

    # --- actions
    def browse(self) -> None:
        current = self.path_edit.text().strip()
        start = str(Path(current).parent) if current else self._last_folder()
        path = self.ask_open_path(start)
        if path:
            self.path_edit.setText(path)
            self._remember_folder(path)
            self.import_button.setFocus()

    def save_template(self) -> None:
        if self.busy:
            return
        path = self.ask_save_path(str(Path(self._last_folder()) / TEMPLATE_NAME))
        if not path:
            return
        if Path(path).suffix.lower() != ".xlsx":
            path += ".xlsx"
        self._remember_folder(path)
        self._set_busy(True)
        self.tasks.run(lambda: self._staff_files.write_template(path),
                       lambda _result: self._template_saved(path), self._template_failed,
                       on_done=lambda: self._set_busy(False), initiator=self)

    def start_import(self) -> None:
        if self.busy:
            return
        path = self.path_edit.text().strip()
        if not path:
            self._show_summary(self.tr("Choose the file to import first."), error=True)
            self.path_edit.setFocus()
            return
        self._remember_folder(path)
        self._set_busy(True)
        self.report = self.error = None
        self._show_problems([])
        self._show_summary(arg(self.tr("Importing %1…"), Path(path).name))
        self.tasks.run(lambda: self._staff_files.import_file(path), self._imported, self._refused,
                       on_done=lambda: self._set_busy(False), initiator=self)

    def copy_problems(self) -> None:
        if self.problems.rowCount():
            QGuiApplication.clipboard().setText(self.problems.as_text())

    # --- results
    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self._show_summary(arg(self.tr(
            "Import finished. Rows read: %1. New employees: %2; updated: %3; unchanged: %4."),
            report.rows, report.created, report.updated, report.unchanged))
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _refused(self, error: DomainError) -> None:
        self.error = error
        if isinstance(error, ImportRejected):
            omitted = getattr(error, "omitted", 0)
            self._show_problems(error.problems, omitted)
            if omitted:
                self._show_summary(arg(self.tr(
                    "Nothing was imported: the file has %1 problems; the first %2 are listed "
                    "below. Fix them in the file, save it and press Import again."),
                    QLocale().toString(len(error.problems) + omitted), len(error.problems)),
                    error=True)
            else:
                self._show_summary(arg(self.tr(
                    "Nothing was imported: the file has %1 problem(s) in %2 row(s), listed below. "
                    "Fix them in the file, save it and press Import again."),
                    len(error.problems), len(self.problems.problem_rows())), error=True)
            self.problems_view.setFocus()
            self.problems_view.selectRow(0)
        else:
            self._show_summary(arg(self.tr("Nothing was imported. %1"), error_text(error)),
                               error=True)
            self.path_edit.setFocus()

    def _template_saved(self, path: str) -> None:
        self._show_summary(arg(self.tr(
            "The template was saved as %1. Fill in one employee per row (replace the example "
            "row), save it, then choose it above."), path))

    def _template_failed(self, error: DomainError) -> None:
        self._show_summary(arg(self.tr("The template was not saved. %1"), error_text(error)),
                           error=True)

    # --- state
    def _show_summary(self, text: str, *, error: bool = False) -> None:
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(ERROR_STYLE if error else "")
        self.summary_label.setVisible(True)

    def _show_problems(self, problems, omitted: int = 0) -> None:
        self.problems.set_problems(problems, omitted)
        shown = bool(problems)
        self.problems_view.setVisible(shown)
        self.copy_button.setVisible(shown)
        if shown:
            self.problems_view.resizeRowsToContents()
            if self.height() < 460:
                self.resize(max(self.width(), 760), 460)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        idle = not self.busy
        self.import_button.setEnabled(idle and bool(self.path_edit.text().strip()))
        self.browse_button.setEnabled(idle)
        self.template_button.setEnabled(idle)
        self.close_button.setEnabled(idle)
        self.path_edit.setReadOnly(not idle)
        if idle and self.report is None:
            self.import_button.setDefault(self.import_button.isEnabled())

    def _last_folder(self) -> str:
        return ui_settings.last_folder(self._settings, ui_settings.FOLDER_STAFF_IMPORT)

    def _remember_folder(self, path: str) -> None:
        ui_settings.remember_folder(self._settings, ui_settings.FOLDER_STAFF_IMPORT,
                                    Path(path).expanduser().parent)

    def _native_open_path(self, folder: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the staff file"), folder,
            self.tr("Staff files (*.xlsx *.csv);;Excel files (*.xlsx);;CSV files (*.csv)"))
        return path

    def _native_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the template"), suggested, self.tr("Excel files (*.xlsx)"))
        return path

    @classmethod
    def ask(cls, staff_files: StaffFilesService, settings: QSettings, tasks: TaskRunner,
            parent: QWidget | None = None) -> ImportReport | None:
        """Show the dialog until closed; the report of the import that succeeded, or None."""
        dialog = cls(staff_files, settings, tasks, parent)
        try:
            dialog.exec()
            return dialog.report
        finally:
            dialog.deleteLater()
