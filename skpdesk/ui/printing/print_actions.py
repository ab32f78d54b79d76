"""File > "Print SKP…" (Ctrl+P) and "Print all in unit…": the SKP as PDF or on paper.

`install_print_actions(window, services, tasks, settings)` (called by `gui_app.make_main_window`)
adds both actions to the File menu. The printing itself is `skpdesk.reports.batch`, run through
the `TaskRunner` (the database is read and the print recorded on the worker); ReportLab is
imported on first use, not at start-up.

Print SKP (the SKP the SKP tab shows, else the selected pegawai's SKP of this year):
- "Save as PDF and open": a save dialog (the last folder is remembered in QSettings), the file
  is written atomically, then opened with the system's PDF viewer.
- "Print…": the system print dialog (QPrintDialog) chooses the printer and copies; the SKP is
  rendered to a temporary PDF and handed to the system spooler: `lp` (or `lpr`) with the chosen
  printer on Linux and macOS, the PDF viewer's "printto" verb on Windows (SKP Desk does not
  rasterise PDFs itself: QtPdf is not part of PySide6-Essentials). "Print to file" in the dialog
  saves the PDF there. With no printer installed the user is told so and offered the PDF.

Print all in unit: a unit (or every unit), with or without its sub-units, the year and a folder;
one PDF per pegawai or one combined PDF; a progress dialog with Cancel; at the end a summary
(printed, pegawai without an SKP, failures), with the folder one click away.

Every dialog is opened by a method tests replace (`ask_output`, `ask_pdf_path`, `ask_printer`,
`printer_names`, `offer_pdf`, `ask_batch`, `open_file`, `send_to_printer`, `show_message`), so
the flows run headless without native dialogs.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import unit_path_text
from skpdesk.services.context import Services

from .. import ui_settings
from ..i18n import arg
from ..message_boxes import message_boxes
from ..messages import error_text
from ..tasks import TaskRunner
from .sign_dialog import SigningChoice, SigningDialog, sign_saved

log = logging.getLogger("skpdesk.ui.print")

PDF, PRINTER = "pdf", "printer"
PDF_SIGNED = "pdf_signed"  # issue 13: save as PDF, then sign it digitally (sign_dialog.py)
SPOOL_TIMEOUT_S = 60
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class PrintTarget:
    skp_id: str
    pegawai_id: str
    year: int


@dataclass(frozen=True)
class PrinterChoice:
    name: str
    copies: int = 1
    from_page: int = 0  # 0: all pages
    to_page: int = 0
    pdf_path: str = ""  # "Print to file" chosen in the print dialog


@dataclass(frozen=True)
class BatchChoice:
    unit_path: str | None  # None: every unit
    subunits: bool
    year: int
    folder: str
    combined: bool  # one PDF for everybody instead of one per pegawai
    duplex: bool = False  # combined: each document padded to an even page count (issue 13)


def install_print_actions(window, services: Services, tasks: TaskRunner,
                          settings: QSettings | None = None) -> "PrintActions":
    """Add "Print SKP…" and "Print all in unit…" to the window's File menu, and a "Print SKP…"
    button to each workspace tab that offers a place for one (`add_tool_action`)."""
    actions = PrintActions(window, services, tasks, settings)
    window.print_actions = actions
    tabs = window.workspace_tabs
    for i in range(tabs.count()):  # the SKP tab shows a "Print SKP…" button too
        add = getattr(tabs.widget(i), "add_tool_action", None)
        if add is not None:
            add(actions.print_action)
        # the SKP tab moved to another year, or between "no SKP" and an SKP
        pages, years = getattr(tabs.widget(i), "pages", None), getattr(tabs.widget(i),
                                                                         "year_combo", None)
        if pages is not None:
            pages.currentChanged.connect(lambda _i: actions.update_state())
        if years is not None:
            years.currentIndexChanged.connect(lambda _i: actions.update_state())
    # Print SKP… is enabled only while there is an SKP to print (issue 9): follow what decides it.
    for signal in ("pegawai_changed", "year_changed"):
        if hasattr(window, signal):
            getattr(window, signal).connect(lambda *_: actions.update_state())
    tabs.currentChanged.connect(lambda _i: actions.update_state())
    window.file_menu.aboutToShow.connect(actions.update_state)
    actions.update_state()
    return actions


class PrintActions(QObject):
    def __init__(self, window, services: Services, tasks: TaskRunner,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.print_action = QAction(self.tr("&Print SKP…"), window)
        self.print_action.setObjectName("printSkpAction")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setStatusTip(self.tr("Save the SKP as a PDF or print it"))
        self.print_action.triggered.connect(lambda _checked=False: self.print_current())
        self.print_all_action = QAction(self.tr("Print &all in unit…"), window)
        self.print_all_action.setObjectName("printAllAction")
        self.print_all_action.setStatusTip(self.tr("Print the SKP of every employee of a unit"))
        self.print_all_action.triggered.connect(lambda _checked=False: self.print_all())
        menu = window.file_menu
        quit_action = getattr(window, "quit_action", None)
        before = quit_action if quit_action in menu.actions() else None
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (self.print_action, self.print_all_action, separator):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)

    def update_state(self) -> None:
        """Enable Print SKP… only when there is an SKP to print; else its tooltip says why."""
        try:
            target = self.current_target()
        except DomainError:
            target = None  # the pegawai was just removed or the database switched: nothing
        self.print_action.setEnabled(target is not None)
        tip = (self.tr("Save the SKP as a PDF or print it") if target is not None
               else self._no_skp_text())
        self.print_action.setToolTip(tip)
        self.print_action.setStatusTip(tip)

    # --- what to print
    def current_target(self) -> PrintTarget | None:
        """The SKP the SKP tab shows for the selected pegawai, else that pegawai's SKP of this
        year; None when nobody is selected or there is no such SKP."""
        pegawai_id = self.window.current_pegawai_id()
        if not pegawai_id:
            return None
        year = dt.date.today().year
        tabs = self.window.workspace_tabs
        for i in range(tabs.count()):
            widget = tabs.widget(i)
            if getattr(widget, "pegawai_id", None) != pegawai_id or not hasattr(widget, "skp"):
                continue
            skp = widget.skp
            if skp is not None and skp.pegawai_id == pegawai_id:
                return PrintTarget(skp.id, pegawai_id, skp.year)
            year = getattr(widget, "year", year)
        skp = self.services.skp.find(pegawai_id, year)
        return PrintTarget(skp.id, pegawai_id, skp.year) if skp is not None else None

    # --- Print SKP…
    def print_current(self) -> None:
        target = self.current_target()
        if target is None:
            self.show_message(QMessageBox.Icon.Information, self._no_skp_text())
            return
        choice = self.ask_output()
        if choice == PRINTER:
            if self.printer_names():
                printer = self.ask_printer()
                if printer is None:
                    return
                if printer.pdf_path:
                    self.save_pdf(target, printer.pdf_path, open_after=False)
                else:
                    self.print_on_paper(target, printer)
                return
            if not self.offer_pdf():
                return
            choice = PDF
        if choice == PDF:
            path = self.ask_pdf_path(self._suggested_path(target))
            if path:
                self.save_pdf(target, path)
        if choice == PDF_SIGNED:
            signing = self.ask_signing()
            path = self.ask_pdf_path(self._suggested_path(target)) if signing else None
            if path:
                self.save_pdf(target, path, signing=signing)

    def _no_skp_text(self) -> str:
        if not self.window.current_pegawai_id():
            return self.tr("Choose an employee in the list first; their SKP is printed.")
        return self.tr("The selected employee has no SKP to print for this year. Create it on "
                       "the SKP tab first.")

    def save_pdf(self, target: PrintTarget, path: str, *, open_after: bool = True,
                 signing: SigningChoice | None = None) -> None:
        """Write the SKP to `path` (atomically), record the print, then open the file.
        With `signing`, the key is opened first (a wrong password writes nothing), then the
        saved PDF is signed digitally."""
        from skpdesk.reports.batch import print_skp

        def saved(printed) -> None:
            self._remember_folder(printed.path.parent)
            self.window.statusBar().showMessage(arg(
                self.tr("SKP saved as %1 (%2 pages, document code %3)."), str(printed.path),
                printed.pages, printed.code), 15000)
            if open_after and not self.open_file(str(printed.path)):
                self.show_message(QMessageBox.Icon.Information, arg(self.tr(
                    "The SKP was saved as %1, but no program to open PDF files was found."),
                    str(printed.path)))

        def job():
            key = (self.services.pdf_signatures.check_key(signing.key_file, signing.password)
                   if signing else None)
            printed = print_skp(self.services, target.skp_id, path)
            sign_saved(self.services, printed.path, signing, key)
            return printed

        self.tasks.run(job, on_success=saved, initiator=self, owner=self)

    def print_on_paper(self, target: PrintTarget, printer: PrinterChoice) -> None:
        """Render the SKP to a temporary PDF, record the print and send the file to `printer`."""
        from skpdesk.reports.batch import print_skp

        folder = Path(tempfile.mkdtemp(prefix="skpdesk-print-"))
        path = folder / self._suggested_name(target)

        def job():
            printed = print_skp(self.services, target.skp_id, path)
            return printed, self.send_to_printer(str(path), printer)

        def done(result) -> None:
            printed, problem = result
            if problem:
                self.show_message(QMessageBox.Icon.Warning, arg(self.tr(
                    "The SKP could not be sent to the printer %1: %2\nThe PDF is kept at %3."),
                    printer.name, problem, str(printed.path)))
                return
            self.window.statusBar().showMessage(arg(
                self.tr("SKP sent to the printer %1 (%2 pages, document code %3)."),
                printer.name, printed.pages, printed.code), 15000)
            if os.name == "posix":
                shutil.rmtree(folder, ignore_errors=True)  # the spooler has its own copy

        self.tasks.run(job, on_success=done, initiator=self, owner=self)

    # --- Print all in unit…
    def print_all(self) -> None:
        choice = self.ask_batch()
        if choice is None:
            return
        self.run_batch(choice)

    def run_batch(self, choice: BatchChoice) -> None:
        from skpdesk.reports.batch import combined_name, print_batch, select_pegawai

        folder = Path(choice.folder)
        services = self.services

        def job(progress, cancel):
            people = select_pegawai(services, unit_path=choice.unit_path, subunits=choice.subunits)
            label = (choice.unit_path or "semua-unit").split("/")[-1]
            return print_batch(
                services, people, choice.year,
                out_dir=None if choice.combined else folder,
                combined=folder / combined_name(label, choice.year) if choice.combined else None,
                progress=progress, cancel=cancel, duplex=choice.combined and choice.duplex)

        def done(report) -> None:
            self._remember_folder(folder)
            self.last_report = report
            self.show_batch_report(report, folder)

        self.tasks.run_with_progress(job, self.tr("Printing SKPs…"), on_success=done,
                                     parent=self.window, initiator=self, owner=self)

    def show_batch_report(self, report, folder: Path) -> None:
        text, details = batch_summary(report, folder)
        icon = QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information
        self.show_message(icon, text, details, open_folder=str(folder) if report.files else "")

    # --- dialogs and the system (tests replace these)
    def ask_output(self) -> str | None:
        """PDF, PRINTER, or None (cancelled)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print SKP"),
                          self.tr("How do you want to print the SKP?"),
                          QMessageBox.StandardButton.Cancel, self.window)
        pdf = box.addButton(self.tr("&Save as PDF and open"), QMessageBox.ButtonRole.AcceptRole)
        signed = box.addButton(self.tr("Save as PDF and si&gn digitally…"),
                               QMessageBox.ButtonRole.AcceptRole)
        paper = box.addButton(self.tr("&Print…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(pdf)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return (PDF if clicked is pdf else PDF_SIGNED if clicked is signed
                else PRINTER if clicked is paper else None)

    def ask_signing(self) -> SigningChoice | None:
        dialog = SigningDialog(self.settings, self.window)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def ask_pdf_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save SKP as PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def printer_names(self) -> list[str]:
        from PySide6.QtPrintSupport import QPrinterInfo

        return list(QPrinterInfo.availablePrinterNames())

    def offer_pdf(self) -> bool:
        """No printer: say so; True when the user takes the PDF instead."""
        answer = QMessageBox.question(
            self.window, self.tr("Print SKP"),
            self.tr("No printer is installed on this computer. Save the SKP as a PDF instead?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def ask_printer(self) -> PrinterChoice | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print SKP"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        finally:
            dialog.deleteLater()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            return PrinterChoice(printer.printerName(), pdf_path=printer.outputFileName())
        return PrinterChoice(printer.printerName(), max(1, printer.copyCount()),
                             printer.fromPage(), printer.toPage())

    def ask_batch(self) -> BatchChoice | None:
        dialog = BatchPrintDialog(self.services.office.units(), self._last_folder(), self.window)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def open_file(self, path: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def send_to_printer(self, path: str, printer: PrinterChoice) -> str | None:
        """Runs on the worker; None when the spooler took the file, else what went wrong."""
        return send_to_printer(path, printer)

    def show_message(self, icon: QMessageBox.Icon, text: str, details: str = "", *,
                     open_folder: str = "") -> None:
        """A message box, queued (one at a time, `open()`ed from the event loop: these answer a
        finished job, and a modal `exec()` here would run the next delivery inside it). When
        `open_folder` names a folder, an "Open folder" button opens it."""
        folder_button: list = []
        title, folder_label = self.tr("Print SKP"), self.tr("Open &folder")
        window = self.window

        def make_box() -> QMessageBox:
            # the window may be gone by the box's turn (File > Open database)
            box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok,
                              window if shiboken6.isValid(window) else None)
            if details:
                box.setDetailedText(details)
            if open_folder:
                folder_button.append(box.addButton(folder_label,
                                                   QMessageBox.ButtonRole.ActionRole))
            return box

        def closed(clicked) -> None:
            if folder_button and clicked is folder_button[0]:
                self.open_file(open_folder)

        message_boxes().show(make_box, closed)

    # --- helpers
    def _last_folder(self) -> str:
        return ui_settings.last_folder(self.settings, ui_settings.FOLDER_PRINT)

    def _remember_folder(self, folder: Path) -> None:
        ui_settings.remember_folder(self.settings, ui_settings.FOLDER_PRINT, folder)

    def _suggested_name(self, target: PrintTarget) -> str:
        from skpdesk.reports.batch import file_name

        try:
            return file_name(self.services.staff.get(target.pegawai_id), target.year)
        except DomainError:
            return f"SKP_{target.year}.pdf"

    def _suggested_path(self, target: PrintTarget) -> str:
        return str(Path(self._last_folder()) / self._suggested_name(target))


def send_to_printer(path: str, printer: PrinterChoice) -> str | None:
    """Hand a PDF to the operating system's print spooler; None on success, else the reason."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        try:  # "printto" takes the printer; not every PDF viewer registers it
            os.startfile(path, "printto", arguments=f'"{printer.name}"')  # type: ignore[attr-defined]
        except OSError:
            try:
                os.startfile(path, "print")  # type: ignore[attr-defined]
            except OSError as error:
                return error.strerror or str(error)
        return None
    title = Path(path).stem
    if shutil.which("lp"):
        command = ["lp", "-d", printer.name, "-n", str(max(1, printer.copies)), "-t", title]
        if printer.from_page and printer.to_page:
            command += ["-o", f"page-ranges={printer.from_page}-{printer.to_page}"]
    elif shutil.which("lpr"):
        command = ["lpr", "-P", printer.name, f"-#{max(1, printer.copies)}", "-T", title]
    else:
        return QCoreApplication.translate("PrintActions", "no print spooler (lp or lpr) was found")
    try:
        result = subprocess.run([*command, path], capture_output=True, text=True,
                                timeout=SPOOL_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    if result.returncode != 0:
        log.warning("%s failed: %s", command[0], result.stderr.strip())
        return (result.stderr or result.stdout).strip() or f"{command[0]}: {result.returncode}"
    return None


def _failure_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return error_text(error)
    return f"{type(error).__name__}: {error}"


def batch_summary(report, folder: Path) -> tuple[str, str]:
    """The summary of a batch (main text, details listing who was not printed and why)."""
    lines = []
    if report.combined is not None:
        lines.append(arg(QCoreApplication.translate(
            "PrintActions", "Printed: %1 SKP, %2 pages, in one file: %3."),
            len(report.printed), report.pages, str(report.combined)))
    else:
        lines.append(arg(QCoreApplication.translate(
            "PrintActions", "Printed: %1 SKP, %2 pages, in the folder %3."),
            len(report.printed), report.pages, str(folder)))
    if report.konsep:  # issue 13: not approved yet, KONSEP on every page
        lines.append(arg(QCoreApplication.translate(
            "PrintActions", "%1 SKP not final yet (not approved): every page carries KONSEP."),
            report.konsep))
    if report.missing_skp:
        lines.append(arg(QCoreApplication.translate(
            "PrintActions", "Without an SKP for the year %1: %2 employees (see the details)."),
            report.year, len(report.missing_skp)))
    if report.failed:
        lines.append(arg(QCoreApplication.translate(
            "PrintActions", "Not printed because of an error: %1 (see the details)."),
            len(report.failed)))
    if report.cancelled:
        lines.append(QCoreApplication.translate(
            "PrintActions", "Printing was cancelled; the files already finished are kept."))
    details = []
    if report.missing_skp:
        details.append(arg(QCoreApplication.translate("PrintActions", "Without an SKP for %1:"),
                           report.year))
        details += [f"  {m.nip or '-'}  {m.name}" for m in report.missing_skp]
    if report.failed:
        details.append(QCoreApplication.translate("PrintActions", "Not printed:"))
        details += [f"  {f.nip or '-'}  {f.name}: {_failure_text(f.error)}" for f in report.failed]
    if report.not_asn:
        details.append(QCoreApplication.translate("PrintActions",
                                                  "Non-ASN officials (they have no SKP):"))
        details += [f"  {m.name}" for m in report.not_asn]
    return "\n".join(lines), "\n".join(details)


class BatchPrintDialog(QDialog):
    """Choose the unit, sub-units, year, folder and one or many files for "Print all"."""

    def __init__(self, units, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print all SKPs of a unit"))
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("All units"), None)
        for unit in units:
            self.unit_combo.addItem(unit_path_text(unit.path), unit.path)
        self.subunits_check = QCheckBox(self.tr("Include &sub-units"), self)
        self.subunits_check.setChecked(True)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(dt.date.today().year)
        self.folder_edit = QLineEdit(folder, self)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.combined_check = QCheckBox(self.tr("One combined PDF instead of one file per "
                                                "&employee"), self)
        self.duplex_check = QCheckBox(self.tr("Pad each document to an even number of pages "
                                              "(&double-sided printing)"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Unit:"), self.unit_combo)
        form.addRow("", self.subunits_check)
        form.addRow(self.tr("&Year:"), self.year_spin)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)  # else the label shows "&Folder:" itself
        form.addRow(folder_label, folder_row)
        form.addRow("", self.combined_check)
        form.addRow("", self.duplex_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Print"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder_edit.textChanged.connect(self._update)
        self.unit_combo.currentIndexChanged.connect(self._update)
        self.combined_check.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        self.subunits_check.setEnabled(self.unit_combo.currentData() is not None)
        self.duplex_check.setEnabled(self.combined_check.isChecked())  # only one file is padded
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.folder_edit.text().strip()))

    def choice(self) -> BatchChoice:
        return BatchChoice(unit_path=self.unit_combo.currentData(),
                           subunits=self.subunits_check.isChecked(), year=self.year_spin.value(),
                           folder=self.folder_edit.text().strip(),
                           combined=self.combined_check.isChecked(),
                           duplex=self.combined_check.isChecked() and self.duplex_check.isChecked())
