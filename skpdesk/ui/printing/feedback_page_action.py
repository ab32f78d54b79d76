"""File > "Period feedback page…" ("Umpan balik periode…", issue 11): the umpan balik page of one
period (SKP-REFERENCE §4.2) for the selected pegawai, as a PDF that is then opened.

The pegawai is the one selected in the workspace (as Print SKP…); a small dialog asks the year
and the period (the periods of that year in its rhythm, then Akhir; the period containing
today is preselected), then a save dialog the file. Building, rendering and recording the
document code run on the worker (`TaskRunner`); a refusal (no SKP that year, a period outside
the SKP) is shown as its sentence. ReportLab is imported when printing, not at start-up.

Every dialog is opened by a method tests replace (`ask_period`, `ask_pdf_path`, `open_file`,
`show_message`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QMessageBox, QSpinBox, QWidget)

from skpdesk.domain.errors import DomainError

from .. import ui_settings
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner

MIN_YEAR, MAX_YEAR = 2000, 2100


def install_feedback_page_action(window, services, tasks: TaskRunner,
                                 settings: QSettings | None = None) -> "FeedbackPageAction":
    """Add "Period feedback page…" to the File menu, after the print actions."""
    action = FeedbackPageAction(window, services, tasks, settings)
    window.feedback_page_action = action
    return action


class FeedbackPageAction(QObject):
    def __init__(self, window, services, tasks: TaskRunner,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window, self.services, self.tasks, self.settings = window, services, tasks, settings
        self.action = QAction(self.tr("Period &feedback page…"), window)
        self.action.setObjectName("printFeedbackPageAction")
        self.action.setStatusTip(self.tr(
            "Print the umpan balik page of a period: realisasi, umpan balik and the list of "
            "bukti dukung"))
        self.action.triggered.connect(lambda _checked=False: self.print_current())
        menu = window.file_menu
        anchor = getattr(getattr(window, "print_actions", None), "print_all_action", None)
        actions = menu.actions()
        if anchor in actions and actions.index(anchor) + 1 < len(actions):
            menu.insertAction(actions[actions.index(anchor) + 1], self.action)
        else:
            quit_action = getattr(window, "quit_action", None)
            if quit_action in actions:
                menu.insertAction(quit_action, self.action)
            else:
                menu.addAction(self.action)
        menu.aboutToShow.connect(self.update_state)
        if hasattr(window, "pegawai_changed"):
            window.pegawai_changed.connect(lambda *_: self.update_state())
        self.update_state()

    def update_state(self) -> None:
        chosen = bool(self.window.current_pegawai_id())
        self.action.setEnabled(chosen)
        self.action.setToolTip(self.action.statusTip() if chosen else self.tr(
            "Choose an employee in the list first; their umpan balik page is printed."))

    # --- the flow
    def print_current(self) -> None:
        pegawai_id = self.window.current_pegawai_id()
        if not pegawai_id:
            self.show_message(QMessageBox.Icon.Information, self.tr(
                "Choose an employee in the list first; their umpan balik page is printed."))
            return
        try:
            pegawai = self.services.staff.get(pegawai_id)
        except DomainError as error:
            self.show_message(QMessageBox.Icon.Warning, error_text(error))
            return
        period = self.ask_period(pegawai.full_name, self._year(pegawai_id))
        if not period:
            return
        from skpdesk.reports.feedback_page_pdf import file_name

        path = self.ask_pdf_path(str(Path(self._last_folder()) / file_name(pegawai, period)))
        if path:
            self.save_pdf(pegawai_id, period, path)

    def save_pdf(self, pegawai_id: str, period: str, path: str) -> None:
        """Build the page, write it to `path` (recording its code), then open it."""
        from skpdesk.reports.feedback_page_pdf import print_feedback_page

        service = self.services.feedback_page

        def job():
            doc = service.for_pegawai(pegawai_id, period)
            pages, _outcome = print_feedback_page(service.record_print, doc, path)
            return doc, pages

        def saved(result) -> None:
            doc, pages = result
            ui_settings.remember_folder(self.settings, ui_settings.FOLDER_PRINT,
                                        Path(path).parent)
            self.window.statusBar().showMessage(arg(
                self.tr("Umpan balik page saved as %1 (%2 pages, document code %3)."), path,
                pages, doc.code), 15000)
            if not self.open_file(path):
                self.show_message(QMessageBox.Icon.Information, arg(self.tr(
                    "The umpan balik page was saved as %1, but no program to open PDF files "
                    "was found."), path))

        def refused(error: DomainError) -> None:  # other failures go to the task reporter
            self.show_message(QMessageBox.Icon.Warning, error_text(error))

        self.tasks.run(job, on_success=saved, on_failure=refused, initiator=self, owner=self)

    # --- dialogs and the system (tests replace these)
    def ask_period(self, pegawai_name: str, year: int) -> str | None:
        dialog = PeriodDialog(self.services.periods, pegawai_name, year, self.window)
        try:
            return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def ask_pdf_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save umpan balik page as PDF"),
                                              suggested, self.tr("PDF files (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def open_file(self, path: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def show_message(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Umpan balik page"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.open()  # not exec(): this may answer a finished job

    # --- helpers
    def _year(self, pegawai_id: str) -> int:
        """The year the workspace shows for the pegawai (the SKP tab's), else this year."""
        tabs = self.window.workspace_tabs
        for i in range(tabs.count()):
            widget = tabs.widget(i)
            if getattr(widget, "pegawai_id", None) == pegawai_id and hasattr(widget, "year"):
                year = getattr(widget, "year")
                if isinstance(year, int):
                    return year
        return dt.date.today().year

    def _last_folder(self) -> str:
        return ui_settings.last_folder(self.settings, ui_settings.FOLDER_PRINT)


class PeriodDialog(QDialog):
    """Which period: the year and one of its periods (the rhythm of that year)."""

    def __init__(self, periods, pegawai_name: str, year: int,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Umpan balik page"))
        self._periods, self._today = periods, today or dt.date.today()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("yearSpin")
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(year)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        form = QFormLayout(self)
        form.addRow(self.tr("Employee:"), QLabel(pegawai_name))
        form.addRow(self.tr("&Year:"), self.year_spin)
        form.addRow(self.tr("&Period:"), self.period_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.year_spin.valueChanged.connect(self._fill)
        self._fill(year)

    def _fill(self, year: int) -> None:
        self.period_combo.clear()
        infos = self._periods.list(year)
        current = 0
        for index, info in enumerate(infos):
            self.period_combo.addItem(info.label, info.name)
            if not info.period.is_final and info.period.contains(self._today):
                current = index
        self.period_combo.setCurrentIndex(current)

    def period(self) -> str | None:
        return self.period_combo.currentData()
