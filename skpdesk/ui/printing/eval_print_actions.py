"""Assessment > "Print employee assessments…", "Print assessment documents…" and "Print predicate
determination…" (issue 13): the evaluation forms as PDF, for one pegawai, a unit or the whole
office.

`install_eval_print_actions(window, services, tasks, settings)` (called by
`gui_app.make_main_window`) adds the three actions to the window's Assessment menu, a "Print…"
button to the Penilaian tab (the pegawai and period it shows) and to the team view (its unit or
the supervisor's team, and its period).

The printing itself is `skpdesk.reports.form_batch` (the machinery of "Print all" for SKPs),
run through the `TaskRunner` with the progress dialog and Cancel; at the end a summary says
what was printed, how many documents are not final (KONSEP), who has no evaluation for the
period and what failed, with the folder one click away. ReportLab is imported on first use.

Every dialog is opened by a method tests replace (`ask_choice`, `show_message`, `open_file`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
                               QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import unit_path_text
from skpdesk.services.context import Services

from .. import ui_settings
from ..i18n import arg
from ..message_boxes import message_boxes
from ..messages import error_text
from ..tasks import TaskRunner

EVALUASI, DOKUMEN, PENETAPAN = "evaluasi", "dokumen_evaluasi", "penetapan"
SCOPE_PEGAWAI, SCOPE_UNIT, SCOPE_ALL = 0, 1, 2
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class EvalPrintChoice:
    kind: str                 # EVALUASI, DOKUMEN or PENETAPAN
    period: str               # "2026-TW1"
    folder: str
    pegawai_id: str | None = None  # one pegawai (kind EVALUASI/DOKUMEN)
    unit_path: str | None = None   # a unit; None with no pegawai: every unit
    subunits: bool = True
    combined: bool = False
    duplex: bool = False


def install_eval_print_actions(window, services: Services, tasks: TaskRunner,
                               settings: QSettings | None = None) -> "EvalPrintActions | None":
    """The three Assessment menu actions, and the Print… buttons of the Penilaian tab."""
    if getattr(services, "eval_printing", None) is None:
        return None  # services without the evaluation printing (some tests)
    actions = EvalPrintActions(window, services, tasks, settings)
    window.eval_print_actions = actions
    tabs = getattr(window, "workspace_tabs", None)
    for i in range(tabs.count() if tabs is not None else 0):
        signal = getattr(tabs.widget(i), "print_requested", None)
        if signal is not None:
            signal.connect(actions.print_for_pegawai)
    return actions


class EvalPrintActions(QObject):
    def __init__(self, window, services: Services, tasks: TaskRunner,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.tasks = tasks
        self.settings = settings
        self.last_report = None
        self.actions: dict[str, QAction] = {}
        for kind, text, name in (
                (EVALUASI, self.tr("Print employee &assessments…"), "printEvaluasiAction"),
                (DOKUMEN, self.tr("Print assessment &documents…"), "printDokumenAction"),
                (PENETAPAN, self.tr("Print &predicate determination…"), "printPenetapanAction")):
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, k=kind: self.print_kind(k))
            self.actions[kind] = action
        menu = getattr(window, "evaluation_menu", None)
        if menu is not None:
            menu.addSeparator()
            for action in self.actions.values():
                menu.addAction(action)

    # --- entry points
    def print_kind(self, kind: str, *, pegawai_id: str | None = None,
                   unit_id: str | None = None, period: str | None = None) -> None:
        """Ask what to print (preset with a pegawai or a unit and a period), then print."""
        choice = self.ask_choice(kind, pegawai_id=pegawai_id or self._selected_pegawai(),
                                 unit_id=unit_id, period=period)
        if choice is not None:
            self.run(choice)

    def print_for_pegawai(self, pegawai_id: str, period: str) -> None:
        """The Penilaian tab's Print…: the evaluation form of the pegawai and period shown."""
        self.print_kind(EVALUASI, pegawai_id=pegawai_id or None, period=period or None)

    def print_for_scope(self, unit_id: str, period: str) -> None:
        """The team view's Print forms…: its unit (or the whole office) and period."""
        self.print_kind(EVALUASI, pegawai_id="", unit_id=unit_id or None, period=period or None)

    # --- printing
    def run(self, choice: EvalPrintChoice) -> None:
        if choice.kind == PENETAPAN:
            self._run_penetapan(choice)
            return
        from skpdesk.reports.form_batch import FORMS, print_forms

        folder = Path(choice.folder)
        services = self.services

        def job(progress, cancel):
            form = FORMS[choice.kind]()
            if choice.pegawai_id:
                targets = [services.eval_printing.target_of(choice.pegawai_id, choice.period)]
            else:
                targets = services.eval_printing.targets(choice.period, unit=choice.unit_path,
                                                         subunits=choice.subunits)
            label = (choice.unit_path or "semua-unit").split("/")[-1]
            combined = (folder / form.combined_name(label, choice.period)
                        if choice.combined else None)
            return print_forms(services, form, targets, choice.period,
                               out_dir=None if combined else folder, combined=combined,
                               duplex=choice.duplex, progress=progress, cancel=cancel)

        def done(report) -> None:
            self._remember_folder(folder)
            self.last_report = report
            text, details = eval_batch_summary(report, folder)
            icon = (QMessageBox.Icon.Warning if report.failed or report.worker_died
                    else QMessageBox.Icon.Information)
            self.show_message(icon, text, details,
                              open_folder=str(folder) if report.files else "")

        self.tasks.run_with_progress(job, self.tr("Printing assessment forms…"),
                                     on_success=done, on_failure=self._failed,
                                     parent=self.window, initiator=self, owner=self)

    def _run_penetapan(self, choice: EvalPrintChoice) -> None:
        from skpdesk.reports.form_batch import penetapan_form, print_one

        folder = Path(choice.folder)
        services = self.services

        def job():
            form = penetapan_form()
            unit = next(u for u in services.office.units() if u.path == choice.unit_path)
            doc = services.summary_documents.penetapan(unit.id, choice.period,
                                                       subunits=choice.subunits)
            folder.mkdir(parents=True, exist_ok=True)
            return print_one(services, form, doc,
                             folder / form.combined_name(unit.path.split("/")[-1], choice.period))

        def done(printed) -> None:
            self._remember_folder(folder)
            self.last_report = printed
            text = arg(self.tr("Predicate determination saved as %1 (%2 pages, document code "
                               "%3)."), str(printed.path), printed.pages, printed.code)
            if not printed.final:
                text += "\n" + self.tr("It is not final yet: every page carries KONSEP.")
            self.show_message(QMessageBox.Icon.Information, text, open_folder=str(folder))

        self.tasks.run(job, on_success=done, on_failure=self._failed, initiator=self,
                       owner=self)

    def _failed(self, error: BaseException) -> None:
        text = error_text(error) if isinstance(error, DomainError) else \
            f"{type(error).__name__}: {error}"
        self.show_message(QMessageBox.Icon.Warning, text)

    # --- dialogs and the system (tests replace these)
    def ask_choice(self, kind: str, *, pegawai_id: str | None, unit_id: str | None,
                   period: str | None) -> EvalPrintChoice | None:
        pegawai = None
        if pegawai_id:
            try:
                pegawai = self.services.staff.get(pegawai_id)
            except DomainError:
                pegawai = None
        year = int(period[:4]) if period and period[:4].isdigit() else dt.date.today().year
        dialog = EvalPrintDialog(kind, self.services.office.units(),
                                 lambda y: list(self.services.periods.list(y)), year,
                                 folder=self._last_folder(), pegawai=pegawai, unit_id=unit_id,
                                 period=period, parent=self.window)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def open_file(self, path: str) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def show_message(self, icon: QMessageBox.Icon, text: str, details: str = "", *,
                     open_folder: str = "") -> None:
        folder_button: list = []
        title, folder_label = self.tr("Print assessment forms"), self.tr("Open &folder")
        window = self.window

        def make_box() -> QMessageBox:
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
    def _selected_pegawai(self) -> str | None:
        current = getattr(self.window, "current_pegawai_id", None)
        return current() if callable(current) else None

    def _last_folder(self) -> str:
        return ui_settings.last_folder(self.settings, ui_settings.FOLDER_PRINT)

    def _remember_folder(self, folder: Path) -> None:
        ui_settings.remember_folder(self.settings, ui_settings.FOLDER_PRINT, folder)


def eval_batch_summary(report, folder: Path) -> tuple[str, str]:
    """The summary of a batch (main text, details listing who was not printed and why)."""
    lines = []
    if report.combined is not None:
        lines.append(arg(QCoreApplication.translate(
            "EvalPrintActions", "Printed: %1 documents, %2 pages, in one file: %3."),
                         len(report.printed), report.pages, str(report.combined)))
    else:
        lines.append(arg(QCoreApplication.translate(
            "EvalPrintActions", "Printed: %1 documents, %2 pages, in the folder %3."),
                         len(report.printed), report.pages, str(folder)))
    lines.append(arg(QCoreApplication.translate(
        "EvalPrintActions", "%1 documents not final yet (KONSEP)."), report.konsep))
    if report.missing:
        lines.append(arg(QCoreApplication.translate(
            "EvalPrintActions", "Without an assessment for the period: %1 employees (see the "
                                "details)."), len(report.missing)))
    if report.failed:
        lines.append(arg(QCoreApplication.translate(
            "EvalPrintActions", "Not printed because of an error: %1 (see the details)."),
            len(report.failed)))
    if report.cancelled:
        lines.append(QCoreApplication.translate(
            "EvalPrintActions", "Printing was cancelled; the files already finished are kept."))
    if report.worker_died:
        lines.append(QCoreApplication.translate(
            "EvalPrintActions", "A printing process stopped unexpectedly; printing was stopped."))
    reasons = {
        "not_asn": QCoreApplication.translate("EvalPrintActions", "Non-ASN (no SKP)"),
        "no_skp": QCoreApplication.translate("EvalPrintActions", "no SKP for the period"),
        "skp_not_approved": QCoreApplication.translate("EvalPrintActions",
                                                       "SKP not approved yet"),
        "no_evaluation": QCoreApplication.translate("EvalPrintActions", "not assessed yet")}
    details = []
    if report.missing:
        details.append(QCoreApplication.translate("EvalPrintActions", "Without an assessment:"))
        details += [f"  {m.nip or '-'}  {m.name}: {reasons.get(m.reason, m.reason)}"
                    for m in report.missing]
    if report.failed:
        details.append(QCoreApplication.translate("EvalPrintActions", "Not printed:"))
        details += [f"  {f.nip or '-'}  {f.name}: "
                    + (error_text(f.error) if isinstance(f.error, DomainError)
                       else f"{type(f.error).__name__}: {f.error}") for f in report.failed]
    return "\n".join(lines), "\n".join(details)


class EvalPrintDialog(QDialog):
    """Choose who (the selected pegawai, a unit, every unit), the period, the folder and one
    or many files. For the penetapan: a unit and the period."""

    def __init__(self, kind: str, units, periods_of, year: int, *, folder: str = "",
                 pegawai=None, unit_id: str | None = None, period: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._periods_of = periods_of
        self._pegawai = pegawai
        titles = {EVALUASI: self.tr("Print employee assessments"),
                  DOKUMEN: self.tr("Print assessment documents"),
                  PENETAPAN: self.tr("Print predicate determination")}
        self.setWindowTitle(titles[kind])
        self.pegawai_radio = QRadioButton(
            arg(self.tr("&Employee: %1"), pegawai.full_name) if pegawai is not None
            else self.tr("&Employee: none selected"), self)
        self.unit_radio = QRadioButton(self.tr("&Unit:"), self)
        self.all_radio = QRadioButton(self.tr("All u&nits"), self)
        self.scope = QButtonGroup(self)
        for button, ident in ((self.pegawai_radio, SCOPE_PEGAWAI), (self.unit_radio, SCOPE_UNIT),
                              (self.all_radio, SCOPE_ALL)):
            self.scope.addButton(button, ident)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("evalPrintUnit")
        for unit in sorted(units, key=lambda u: u.path):
            self.unit_combo.addItem(unit_path_text(unit.path), unit.path)
            if unit.id == unit_id:
                self.unit_combo.setCurrentIndex(self.unit_combo.count() - 1)
        self.subunits_check = QCheckBox(self.tr("Include &sub-units"), self)
        self.subunits_check.setChecked(True)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(year)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("evalPrintPeriod")
        self.folder_edit = QLineEdit(folder, self)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.combined_check = QCheckBox(self.tr("One &combined PDF instead of one file per "
                                                "employee"), self)
        self.duplex_check = QCheckBox(self.tr("Start every document on an odd page (&two-sided "
                                              "printing)"), self)
        form = QFormLayout()
        if kind == PENETAPAN:
            self.unit_radio.setChecked(True)
            form.addRow(self.unit_radio, self.unit_combo)
            form.addRow("", self.subunits_check)
        else:
            form.addRow(self.pegawai_radio)
            form.addRow(self.unit_radio, self.unit_combo)
            form.addRow("", self.subunits_check)
            form.addRow(self.all_radio)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        form.addRow(year_label, self.year_spin)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        form.addRow(period_label, self.period_combo)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        if kind != PENETAPAN:
            form.addRow("", self.combined_check)
            form.addRow("", self.duplex_check)
        else:
            self.combined_check.hide()
            self.duplex_check.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("P&rint"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if kind != PENETAPAN:
            if pegawai is not None and unit_id is None:
                self.pegawai_radio.setChecked(True)
            elif unit_id is not None or pegawai is None:
                (self.unit_radio if unit_id is not None else self.all_radio).setChecked(True)
            self.pegawai_radio.setEnabled(pegawai is not None)
        self._fill_periods(period)
        self.year_spin.valueChanged.connect(lambda _y: self._fill_periods(None))
        self.scope.idClicked.connect(lambda _i: self._update())
        self.folder_edit.textChanged.connect(self._update)
        self.combined_check.toggled.connect(lambda _c: self._update())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _fill_periods(self, wanted: str | None) -> None:
        self.period_combo.clear()
        try:
            periods = self._periods_of(self.year_spin.value())
        except DomainError:
            periods = []
        for info in periods:
            self.period_combo.addItem(info.label, info.name)
        index = self.period_combo.findData(wanted) if wanted else -1
        if index < 0:
            today = dt.date.today()
            ended = [i for i, info in enumerate(periods) if info.period.end < today]
            index = ended[-1] if ended else 0
        self.period_combo.setCurrentIndex(index)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDF files"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        scope = self.scope.checkedId()
        self.unit_combo.setEnabled(scope == SCOPE_UNIT)
        self.subunits_check.setEnabled(scope == SCOPE_UNIT)
        self.combined_check.setEnabled(scope != SCOPE_PEGAWAI)
        self.duplex_check.setEnabled(scope != SCOPE_PEGAWAI and self.combined_check.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.folder_edit.text().strip())
                      and self.period_combo.currentData() is not None
                      and (scope != SCOPE_UNIT or self.unit_combo.currentData() is not None))

    def choice(self) -> EvalPrintChoice:
        scope = self.scope.checkedId()
        one = scope == SCOPE_PEGAWAI and self._pegawai is not None
        combined = not one and self.combined_check.isChecked() and self.kind != PENETAPAN
        return EvalPrintChoice(
            kind=self.kind, period=self.period_combo.currentData(),
            folder=self.folder_edit.text().strip(),
            pegawai_id=self._pegawai.id if one else None,
            unit_path=self.unit_combo.currentData() if scope == SCOPE_UNIT else None,
            subunits=self.subunits_check.isChecked(), combined=combined,
            duplex=combined and self.duplex_check.isChecked())
