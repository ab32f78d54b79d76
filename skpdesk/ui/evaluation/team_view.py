"""Penilaian › Penilaian tim… (Ctrl+Shift+P): every pegawai of a team or a unit with their
ratings, predikat and status for one period, the capaian kinerja organisasi that applies, the
distribution check (SE MenPANRB 3/2023, SKP-REFERENCE §3.3) and the chart.

- Scope: "My team" — the pegawai whose pejabat penilai is "Saya adalah" (the default), or a
  unit with its sub-units. Year and period: the year's periods and Akhir; the default is the
  latest period that has ended (else the first).
- Everything is read on the database worker in one job (`load_team_view`): the rows
  (`EvaluationService.for_period`) and the check (`DistributionService.check`); results older
  than the last request are dropped. The window reloads (debounced, only while shown) when a
  write touches evaluations, the organisation predikat or pegawai.
- Double-click (or Enter) on a row emits `evaluation_activated(pegawai id, period)`; the opener
  routes it to `MainWindow.open_target(ActionTarget("evaluation", ...))` (the Penilaian tab).
- "Print…" writes the distribution sheet (`reports.distribution_pdf`) on the worker.

A non-modal top-level window, like the cascade view, so it can sit beside the main window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QRadioButton,
                               QSpinBox, QSplitter, QStyle, QTableView, QVBoxLayout, QWidget)

from skpdesk.domain.changes import Changes
from skpdesk.domain.dates import tanggal
from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import unit_path_text
from skpdesk.domain.periods import PeriodInfo
from skpdesk.services.action_items import ActionTarget

from .. import ui_settings
from ..events import AppEvents
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
from .distribution_chart import DistributionChartWidget
from .team_eval_model import (COL_NAME, COL_NIP, COL_POSITION, PEGAWAI_ID_ROLE,
                              TeamEvaluationModel)

SETTINGS_KEY = "team_eval_window"
SHORTCUT = "Ctrl+Shift+P"
RELOAD_DELAY_MS = 300
YEAR_MIN, YEAR_MAX = 2000, 2100
REFRESH_KINDS = ("evaluasi", "predikat_organisasi", "keberatan", "pegawai", "skp")
SCOPE_TEAM, SCOPE_UNIT = 0, 1


@dataclass
class TeamViewData:
    """What the worker hands back: the year's periods, the one shown, the rows and the check
    (or the error that stopped them)."""

    year: int
    periods: list[PeriodInfo] = field(default_factory=list)
    period: PeriodInfo | None = None
    units: list[tuple[str, str]] | None = None  # (unit id, path text), first load only
    rows: list = field(default_factory=list)
    distribution: object | None = None  # services.evaluation.distribution.DistributionResult
    error: DomainError | None = None


def default_period(periods: list[PeriodInfo], today: dt.date) -> PeriodInfo | None:
    """The latest period of the list that has ended (Akhir only when the year has), else the
    first one."""
    ended = [p for p in periods if p.period.end < today]
    if ended:
        return max(ended, key=lambda p: (p.period.end, not p.period.is_final))
    return periods[0] if periods else None


def load_team_view(services, *, year: int, period_name: str | None, supervisor_id: str | None,
                   unit_id: str | None, want_units: bool, today: dt.date | None = None
                   ) -> TeamViewData:
    """On the worker: everything the window shows (module doc). A DomainError of the rows or
    the check is handed back in `error` (the window shows its sentence)."""
    today = today or dt.date.today()
    data = TeamViewData(year)
    if want_units:
        data.units = sorted(((u.id, unit_path_text(u.path)) for u in services.office.units()),
                            key=lambda item: item[1].casefold())
    data.periods = list(services.periods.list(year))
    by_name = {p.name: p for p in data.periods}
    data.period = by_name.get(period_name or "") or default_period(data.periods, today)
    if data.period is None or (supervisor_id is None and unit_id is None):
        return data
    try:
        data.rows = list(services.evaluations.for_period(
            data.period.name, penilai_id=supervisor_id, unit_id=unit_id, today=today))
        data.distribution = services.distribution.check(
            supervisor_id=supervisor_id, unit_id=unit_id, period=data.period.name, today=today)
    except DomainError as error:
        data.error = error
    return data


class TeamEvaluationWindow(QWidget):
    evaluation_activated = Signal(str, str)  # (pegawai id, period name)
    loaded = Signal()  # a load arrived from the worker (tests, diagnostics)
    printed = Signal(str)  # the PDF written by "Print…"
    # "Print assessment forms…": (unit id, "" for my team, period name)
    print_forms_requested = Signal(str, str)

    def __init__(self, services, tasks: TaskRunner, events: AppEvents | None = None,
                 settings: QSettings | None = None, *, identity=None, year: int | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services = services
        self.tasks = tasks
        self._settings = settings
        self._identity = identity or (lambda: ui_settings.identity(settings) if settings else None)
        self._today = today
        self._gen = 0
        self._stale = True
        self._units_loaded = False
        self._filling = False
        self._period_name: str | None = None
        self.data: TeamViewData | None = None
        self.setObjectName("TeamEvaluationWindow")
        self.setWindowTitle(self.tr("Team assessment"))
        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.year_spin.setValue(year or self.today.year)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.scope_group.idClicked.connect(lambda _id: self._scope_changed())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.refresh_button.clicked.connect(self.reload)
        self.print_button.clicked.connect(self.print_sheet)
        self.print_forms_button.clicked.connect(
            lambda: self.print_forms_requested.emit(self._scope()[1] or "",
                                                    self.period_name() or ""))
        self.table.doubleClicked.connect(self._activate)
        self.table.installEventFilter(self)
        if events is not None:
            events.changes_applied.connect(self._on_changes)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        if settings is not None:
            ui_settings.restore_geometry(settings, f"{SETTINGS_KEY}/geometry", self)
            ui_settings.restore_splitter(settings, f"{SETTINGS_KEY}/splitter", self.splitter)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # --- building
    def _build(self) -> None:
        self.team_radio = QRadioButton(self.tr("&My team (as pejabat penilai)"), self)
        self.team_radio.setObjectName("teamScopeMine")
        self.unit_radio = QRadioButton(self.tr("U&nit:"), self)
        self.unit_radio.setObjectName("teamScopeUnit")
        self.team_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.team_radio, SCOPE_TEAM)
        self.scope_group.addButton(self.unit_radio, SCOPE_UNIT)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("teamUnit")
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(30)
        self.unit_combo.setEnabled(False)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("teamYear")
        self.year_spin.setRange(YEAR_MIN, YEAR_MAX)
        self.year_spin.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("teamPeriod")
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.setMinimumContentsLength(16)  # "Triwulan III 2026"
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read again (F5)"))
        self.print_button = QPushButton(self.tr("Print &distribution…"), self)
        self.print_button.setObjectName("teamPrint")
        self.print_button.setEnabled(False)
        self.print_forms_button = QPushButton(self.tr("Print assessment &forms…"), self)
        self.print_forms_button.setObjectName("teamPrintForms")
        self.busy_label = QLabel(self.tr("Loading…"), self)
        self.busy_label.setVisible(False)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.team_radio)
        scope_row.addWidget(self.unit_radio)
        scope_row.addWidget(self.unit_combo, 1)
        period_row = QHBoxLayout()
        for widget in (year_label, self.year_spin, period_label, self.period_combo,
                       self.refresh_button, self.print_button, self.print_forms_button):
            period_row.addWidget(widget)
        period_row.addStretch(1)
        period_row.addWidget(self.busy_label)

        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("teamScopeLabel")
        self.scope_label.setWordWrap(True)
        self.model = TeamEvaluationModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("teamEvaluations")
        self.table.setAccessibleName(self.tr("Team assessment"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)  # fixed rows: fast with thousands
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(130)
        header.resizeSection(COL_NAME, 210)
        header.resizeSection(COL_NIP, 175)
        header.resizeSection(COL_POSITION, 200)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.org_label = QLabel(self)
        self.org_label.setObjectName("teamOrgPredikat")
        self.org_label.setWordWrap(True)
        self.check_icon = QLabel(self)
        self.check_icon.setObjectName("teamCheckIcon")
        self.check_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        self.check_icon.setVisible(False)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("teamDistributionCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("teamDistributionNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(False)
        self.chart = DistributionChartWidget(self)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_icon, 0, Qt.AlignmentFlag.AlignTop)
        check_row.addWidget(self.check_label, 1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.org_label)
        side_layout.addLayout(check_row)
        side_layout.addWidget(self.notes_label)
        side_layout.addWidget(self.chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.hint_label = QLabel(self.tr(
            "Double-click an employee (or press Enter) to open their Assessment tab in the main "
            "window."), self)
        self.hint_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(scope_row)
        layout.addLayout(period_row)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint_label)
        self.resize(1100, 640)

    # --- public
    @property
    def year(self) -> int:
        return self.year_spin.value()

    def period_name(self) -> str | None:
        return self.period_combo.currentData() or self._period_name

    def open(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        if self._stale:
            self.reload()

    def show_unit(self, unit_id: str) -> None:
        """Scope = that unit (the unit list is read on the first load)."""
        self._wanted_unit = unit_id
        self.unit_radio.setChecked(True)
        self.unit_combo.setEnabled(True)
        index = self.unit_combo.findData(unit_id)
        if index >= 0:
            self._filling = True
            self.unit_combo.setCurrentIndex(index)
            self._filling = False
        self.reload()

    def show_period(self, period_name: str) -> None:
        self._period_name = period_name
        try:
            year = int(period_name[:4])
        except ValueError:
            year = self.year
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self._reload_timer.stop()
        self._stale = True
        if self.isVisible():
            self._load()

    # --- loading
    def _scope(self) -> tuple[str | None, str | None]:
        if self.scope_group.checkedId() == SCOPE_UNIT:
            unit = self.unit_combo.currentData() or getattr(self, "_wanted_unit", None)
            return None, unit
        return self._identity(), None

    def _load(self) -> None:
        self._stale = False
        self._gen += 1
        gen = self._gen
        supervisor_id, unit_id = self._scope()
        want_units = not self._units_loaded
        services, year, period, today = self._services, self.year, self.period_name(), self.today
        self._busy(True)
        self.tasks.run(lambda: load_team_view(services, year=year, period_name=period,
                                              supervisor_id=supervisor_id, unit_id=unit_id,
                                              want_units=want_units, today=today),
                       on_success=lambda data: self._loaded(gen, data, supervisor_id, unit_id),
                       on_failure=lambda error: self._failed(gen, error),
                       on_done=lambda: self._busy(False))

    def _loaded(self, gen: int, data: TeamViewData, supervisor_id: str | None,
                unit_id: str | None) -> None:
        if gen != self._gen:
            return
        self.data = data
        self._filling = True
        try:
            if data.units is not None:
                self._units_loaded = True
                wanted = self.unit_combo.currentData() or getattr(self, "_wanted_unit", None)
                self.unit_combo.clear()
                for uid, path in data.units:
                    self.unit_combo.addItem(path, uid)
                if wanted:
                    self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(wanted)))
            self.period_combo.clear()
            for info in data.periods:
                self.period_combo.addItem(info.label, info.name)
            if data.period is not None:
                self.period_combo.setCurrentIndex(self.period_combo.findData(data.period.name))
                self._period_name = data.period.name
        finally:
            self._filling = False
        self.model.set_rows(data.rows)
        self._show_scope(data, supervisor_id, unit_id)
        self._show_check(data)
        self.print_button.setEnabled(data.distribution is not None)
        self.loaded.emit()

    def _failed(self, gen: int, error: BaseException) -> None:
        if gen != self._gen:
            return
        self.data = None
        self.model.set_rows([])
        self.chart.set_chart(None)
        self.print_button.setEnabled(False)
        self.scope_label.setText(error_text(error) if isinstance(error, DomainError) else str(error))

    def _show_scope(self, data: TeamViewData, supervisor_id: str | None,
                    unit_id: str | None) -> None:
        if supervisor_id is None and unit_id is None:
            text = self.tr("Choose who you are (Settings › I am…) to see your team, or choose a "
                           "unit.") if self.scope_group.checkedId() == SCOPE_TEAM else \
                self.tr("Choose a unit.")
        elif data.error is not None:
            text = error_text(data.error)
        else:
            result = data.distribution
            rated = getattr(result, "total", 0)
            unrated = getattr(result, "unrated", 0)
            label = getattr(result, "scope_label", "")
            text = arg(self.tr("%1 — %2: %3 employees, %4 with a predikat, %5 not rated yet."),
                       label, data.period.label if data.period else "", len(data.rows), rated,
                       unrated)
        self.scope_label.setText(text)

    def _show_check(self, data: TeamViewData) -> None:
        result = data.distribution
        self.chart.set_chart(getattr(result, "chart", None))
        if result is None:
            self.org_label.clear()
            self.check_label.clear()
            self.check_icon.setVisible(False)
            self.notes_label.setVisible(False)
            return
        record = result.org_predikat
        if record is None:
            self.org_label.setText(self.tr(
                "<b>Capaian kinerja organisasi:</b> not set for this period (Assessment › "
                "Organisation predikat…)."))
        else:
            source = "" if not record.unit_path else arg(self.tr("; unit %1"),
                                                         unit_path_text(record.unit_path))
            self.org_label.setText(arg(
                self.tr("<b>Capaian kinerja organisasi: %1</b> (set by %2 on %3%4)"),
                record.predikat.label, record.set_by_name or "–", tanggal(record.set_on), source))
        violations = list(result.violations)
        self.check_icon.setVisible(bool(violations))
        if record is None:
            self.check_label.setText(self.tr(
                "Without a capaian kinerja organisasi the distribution is not checked."))
        elif violations:
            lines = [f"• {v.message}" for v in violations]
            self.check_label.setText(
                self.tr("Distribution check: %n rule(s) not met", "", len(violations))
                + "\n" + "\n".join(lines))
        else:
            self.check_label.setText(arg(self.tr(
                "Distribution check: the predikat follow the pattern of a unit rated %1."),
                record.predikat.label))
        notes = list(result.notes)
        self.notes_label.setVisible(bool(notes))
        self.notes_label.setText("\n".join(f"ℹ {n}" for n in notes))

    def _busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    # --- user actions
    def _year_changed(self, _year: int) -> None:
        self._period_name = None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        self.period_combo.blockSignals(False)
        self._reload_timer.start()

    def _period_chosen(self, _index: int) -> None:
        if self._filling or self.period_combo.currentData() is None:
            return
        self._period_name = self.period_combo.currentData()
        self.reload()

    def _scope_changed(self) -> None:
        self.unit_combo.setEnabled(self.scope_group.checkedId() == SCOPE_UNIT)
        if not self._filling:
            self.reload()

    def _activate(self, index: QModelIndex) -> None:
        pegawai_id = index.data(PEGAWAI_ID_ROLE) if index.isValid() else None
        period = self._period_name
        if pegawai_id and period:
            self.evaluation_activated.emit(pegawai_id, period)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def print_sheet(self, path: str | None = None) -> None:
        """Write the distribution sheet of what is shown (asks for the file unless given)."""
        data = self.data
        if data is None or data.distribution is None:
            return
        if not path:
            from skpdesk.reports.distribution_pdf import file_name  # ReportLab: on first use
            folder = ui_settings.last_folder(self._settings, ui_settings.FOLDER_PRINT)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Print distribution"),
                str(Path(folder or "") / file_name(data.distribution)),
                self.tr("PDF files (*.pdf)"))
            if not path:
                return
            ui_settings.remember_folder(self._settings, ui_settings.FOLDER_PRINT, Path(path).parent)
        result, services, today = data.distribution, self._services, self.today

        def work() -> str:
            from skpdesk.reports.distribution_pdf import render_distribution
            instansi = services.office.instansi()
            render_distribution(result, path, instansi=instansi.name if instansi else "",
                                printed_on=today)
            return path

        self.tasks.run(work, on_success=self.printed.emit)

    # --- refresh
    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if any(changes.affects(kind) for kind in REFRESH_KINDS):
            self._stale = True
            if self.isVisible():
                self._reload_timer.start()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._settings is not None:
            ui_settings.save_geometry(self._settings, f"{SETTINGS_KEY}/geometry", self)
            ui_settings.save_splitter(self._settings, f"{SETTINGS_KEY}/splitter", self.splitter)
        super().closeEvent(event)


class TeamEvaluationOpener(QObject):
    """Owns the team window of one main window (made on first use, a child of it)."""

    def __init__(self, window, services, tasks: TaskRunner, events: AppEvents,
                 settings: QSettings) -> None:
        super().__init__(window)
        self.setObjectName("teamEvaluationOpener")
        self._window = window
        self._services, self._tasks, self._events, self._settings = \
            services, tasks, events, settings
        self.view: TeamEvaluationWindow | None = None

    def open(self) -> TeamEvaluationWindow:
        if self.view is None:
            self.view = TeamEvaluationWindow(self._services, self._tasks, self._events,
                                             self._settings, identity=self._me,
                                             parent=self._window)
            self.view.evaluation_activated.connect(self._show)
            printing = getattr(self._window, "eval_print_actions", None)  # issue 13
            if printing is not None:
                self.view.print_forms_requested.connect(printing.print_for_scope)
        self.view.open()
        return self.view

    def _me(self) -> str | None:
        me_id = getattr(self._window, "me_id", None)
        return me_id() if callable(me_id) else ui_settings.identity(self._settings)

    def _show(self, pegawai_id: str, period: str) -> None:
        self._window.open_target(ActionTarget("evaluation", pegawai_id, period=period))
        self._window.raise_()
        self._window.activateWindow()


def open_team_evaluation_view(window, services, tasks: TaskRunner, events: AppEvents,
                              settings: QSettings) -> TeamEvaluationWindow:
    """Penilaian › Penilaian tim… of a main window (gui_app connects the action to this)."""
    opener = window.findChild(TeamEvaluationOpener, "teamEvaluationOpener")
    if opener is None:
        opener = TeamEvaluationOpener(window, services, tasks, events, settings)
    return opener.open()
