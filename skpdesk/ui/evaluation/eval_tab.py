"""The "Penilaian" workspace tab (issue 12): the evaluation of the selected pegawai for one
period of the window's year.

- A period selector (the year's periods and Akhir; by default the latest period that has
  ended, else the one running).
- Left (`eval_overview.py`): hasil kerja per RHK (indicators, target, realisasi, bukti), the
  perilaku kerja, advisory aggregates. Right (`rating_panel.py`): the ratings with the predikat
  live from the matrix, "Predikat lain…", catatan, status, Simpan / Tetapkan / Buka kembali /
  Riwayat and the keberatan buttons; under it the pegawai's self-assessment
  (`self_assessment_box.py`).
- Everything the tab shows is ONE `EvaluationService.workspace` read on the worker (plus the
  advisory summary and the keberatan of the evaluation when those services exist), made when
  the tab is first shown, as the plan tab does: the window builds every tab when it opens.
- Who may do what is the service's `may_rate` / `may_self_assess` (the acting pegawai, "Saya
  adalah"); the widgets only mirror it, the service refuses anyway.
- Writes run on the TaskRunner; a refusal is shown under the field it names (the catalogue's
  sentence). The tab reads again after its own writes and on `changes_applied` of the tables
  it shows (no new AppEvents signal is needed).
- `MainWindow.open_target` calls `show_period(name)` for a Perlu tindakan item of kind
  "evaluation"; it finds the tab by its objectName "evalTab".
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSplitter, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import EvaluationStatus, KeberatanStatus, rating_from_org
from skpdesk.domain.evaluation_view import EvaluationWorkspace
from skpdesk.domain.periods import PeriodInfo
from skpdesk.domain.skp import STATUS_LABELS, SkpStatus

from ..events import AppEvents
from ..i18n import arg, date_text
from ..messages import error_text
from ..skp.form_dialog import FormDialog, TextDialog
from ..tasks import TaskRunner
from .eval_dialogs import ConfirmSetDialog, HistoryDialog
from .eval_overview import EvaluationOverview
from .rating_panel import RatingPanel
from .self_assessment_box import SelfAssessmentBox

# Tables whose change may change what the tab shows.
WATCHED = ("evaluasi", "keberatan", "predikat_organisasi", "masukan_penilaian", "skp", "rhk",
           "indikator", "realisasi", "rencana_aksi", "bukti_dukung", "umpan_balik",
           "perilaku_kerja", "batas_periode", "periode_tahun", "office_setting", "pegawai")
KEBERATAN_DIALOGS = "skpdesk.ui.evaluation.keberatan_dialogs"  # helper F's module


@dataclass(frozen=True)
class EvaluationRead:
    """What one read brings back to the GUI thread."""

    workspace: EvaluationWorkspace | None
    periods: tuple[PeriodInfo, ...]
    period: str | None
    me_id: str | None
    advisory: tuple = ()
    keberatan: object | None = None     # the Keberatan of the evaluation in force, if any


def default_period(periods: list[PeriodInfo] | tuple[PeriodInfo, ...],
                   today: dt.date) -> PeriodInfo | None:
    """The latest period that has ended (Akhir wins a tie with the last periodic one: it is
    the year's evaluation), else the first one that has started, else the first."""
    ended = [p for p in periods if p.period.end < today]
    if ended:
        return max(reversed(ended), key=lambda p: p.period.end)
    started = [p for p in periods if p.period.start <= today and not p.period.is_final]
    if started:
        return started[-1]
    return periods[0] if periods else None


class EvaluationTabWidget(QWidget):
    status_message = Signal(str)
    # "Print form…": (pegawai id, period name) shown; `printing.eval_print_actions` answers it
    print_requested = Signal(str, str)

    def __init__(self, services, tasks: TaskRunner, events: AppEvents | None = None, *,
                 pegawai_id: str | None = None, year: int | None = None, settings=None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evalTab")
        self._services = services
        self._tasks = tasks
        self._settings = settings  # QSettings, as the other tabs get (nothing kept yet)
        self._pegawai_id = pegawai_id
        self.year = year or dt.date.today().year
        self.today = today
        self.period: str | None = None  # the period chosen (None: the default one)
        self.built = False
        self._stale = True
        self._loading = False
        self.read: EvaluationRead | None = None
        self.dialog: QWidget | None = None  # the dialog open now (tests reach it here)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        if events is not None:
            events.changes_applied.connect(self._on_changes)

    # --- building (on first show)
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()
        QTimer.singleShot(0, self, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        top = QHBoxLayout()
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("evalPeriod")
        label = QLabel(self.tr("Pe&riod:"), self)
        label.setBuddy(self.period_box)
        top.addWidget(label)
        top.addWidget(self.period_box)
        self.summary = QLabel(self)
        self.summary.setObjectName("evalSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.print_button = QPushButton(self.tr("Print for&m…"), self)
        self.print_button.setObjectName("evalPrint")
        self.print_button.setToolTip(self.tr("Print the EVALUASI KINERJA PEGAWAI form or the "
                                             "dokumen evaluasi of this employee and period"))
        self.print_button.clicked.connect(
            lambda: self.print_requested.emit(self._pegawai_id or "",
                                              self.period_box.currentData() or self.period or ""))
        top.addWidget(self.print_button)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("evalTabMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        self.overview = EvaluationOverview(self)
        self.panel = RatingPanel(self)
        self.self_box = SelfAssessmentBox(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.panel)
        right_layout.addWidget(self.self_box)
        right_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.overview)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = self.layout()
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)

        self.period_box.activated.connect(
            lambda i: self.show_period(self.period_box.itemData(i)))
        self.panel.save_button.clicked.connect(self.save)
        self.panel.set_button.clicked.connect(self.ask_set)
        self.panel.reopen_button.clicked.connect(self.ask_reopen)
        self.panel.history_button.clicked.connect(self.show_history)
        self.panel.file_keberatan_button.clicked.connect(self.file_keberatan)
        self.panel.decide_keberatan_button.clicked.connect(self.decide_keberatan)
        self.self_box.save_button.clicked.connect(self.save_self_assessment)
        self._show(None)

    # --- the window's extension points
    def pegawai_id(self) -> str | None:
        return self._pegawai_id

    def set_pegawai(self, pegawai_id: str | None) -> None:
        self._pegawai_id = pegawai_id
        self.reload()

    def set_year(self, year: int) -> None:
        if int(year) != self.year:
            self.period = None  # another year: its default period
        self.year = int(year)
        self.reload()

    select_year = set_year  # the name the main window's Tahun box calls

    def set_me(self, _me_id: str | None) -> None:
        """Another "Saya adalah": who may rate or self-assess changes."""
        self.reload()

    def show_period(self, period_name: str | None) -> None:
        """Show the evaluation of `period_name` ("2026-TW1"; its year becomes the tab's)."""
        if period_name:
            year = period_name.split("-", 1)[0]
            if year.isdigit():
                self.year = int(year)
            self.period = period_name
        self.ensure_built()
        self.reload()

    # --- reading
    def reload(self) -> None:
        """Read again now when the tab is shown, else when it is next shown."""
        self._stale = True
        if not self.built or not self.isVisible():
            return
        self._stale = False
        pegawai_id, year, wanted = self._pegawai_id, self.year, self.period
        if pegawai_id is None:
            self._loaded((pegawai_id, year), EvaluationRead(None, (), None, None))
            return
        services, today = self._services, self.today or dt.date.today()

        def read() -> EvaluationRead:
            periods = tuple(services.periods.list(year))
            names = [p.name for p in periods]
            chosen = wanted if wanted in names else None
            if chosen is None:
                info = default_period(periods, today)
                chosen = info.name if info is not None else None
            me = services.acting.me()
            if chosen is None:
                return EvaluationRead(None, periods, None, me.id if me else None)
            workspace = services.evaluations.workspace(pegawai_id, chosen, today=today)
            advisory, keberatan = (), None
            skp = workspace.skp
            if skp is not None and getattr(services, "advisory", None) is not None:
                advisory = tuple(services.advisory.summary(skp.id, chosen))
            if (skp is not None and workspace.evaluation is not None
                    and getattr(services, "keberatan", None) is not None):
                keberatan = services.keberatan.for_evaluation(skp.id, chosen)
            return EvaluationRead(workspace, periods, chosen, me.id if me else None,
                                  advisory, keberatan)

        self._loading = True
        self._tasks.run(read, lambda result: self._loaded((pegawai_id, year), result),
                        self._show_refusal, on_done=self._load_done, owner=self)

    def _load_done(self) -> None:
        self._loading = False

    def _loaded(self, key: tuple, result: EvaluationRead) -> None:
        if key != (self._pegawai_id, self.year):
            return  # another pegawai or year was chosen meanwhile: its read follows
        self._loading = False
        self.message_label.setVisible(False)
        self.read = result
        self._fill_periods(result)
        self._show(result)

    def _fill_periods(self, result: EvaluationRead) -> None:
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for info in result.periods:
            self.period_box.addItem(info.label, info.name)
        index = self.period_box.findData(result.period)
        self.period_box.setCurrentIndex(max(index, 0))
        self.period_box.blockSignals(False)

    def _show(self, result: EvaluationRead | None) -> None:
        workspace = result.workspace if result is not None else None
        self.overview.show_workspace(workspace, result.advisory if result else ())
        today = self.today or dt.date.today()
        if workspace is None:
            self.panel.show_evaluation(None, may_rate=False, today=today)
            self.self_box.show_evaluation(None, editable=False)
            self.self_box.setVisible(False)
            self._keberatan_buttons(None, result)
            self.summary.setText(self.tr("Choose an employee from the list on the left.")
                                 if self._pegawai_id is None else "")
            return
        evaluation = workspace.evaluation
        org = workspace.org_predikat.predikat if workspace.org_predikat is not None else None
        jpt_rating = rating_from_org(org) if workspace.jpt_rule and org is not None else None
        self.panel.show_evaluation(evaluation, may_rate=workspace.may_rate and
                                   workspace.skp is not None and not workspace.problem,
                                   jpt_rule=workspace.jpt_rule, jpt_rating=jpt_rating,
                                   org_predikat=org, today=today)
        draft = evaluation is None or evaluation.status is EvaluationStatus.DRAFT
        own = result.me_id is not None and result.me_id == workspace.pegawai.id
        self.self_box.setVisible(workspace.skp is not None and (own or self._has_self(evaluation)))
        self.self_box.show_evaluation(evaluation, editable=workspace.may_self_assess and draft)
        self._keberatan_buttons(evaluation, result)
        self.summary.setText(self._summary_text(workspace, result))

    @staticmethod
    def _has_self(evaluation) -> bool:
        return evaluation is not None and (evaluation.self_on is not None
                                           or evaluation.self_hasil is not None)

    def _summary_text(self, workspace: EvaluationWorkspace, result: EvaluationRead) -> str:
        if workspace.problem:
            problem = workspace.problem
            return error_text(problem) if isinstance(problem, DomainError) else str(problem)
        parts = [arg(self.tr("%1, %2."), workspace.pegawai.name, workspace.period.label)]
        if workspace.org_predikat is not None:
            parts.append(arg(self.tr("Capaian kinerja organisasi: %1."),
                             workspace.org_predikat.predikat.label))
        skp = workspace.skp
        if skp is not None and skp.status is not SkpStatus.DISETUJUI:
            parts.append(arg(self.tr("The SKP is not approved yet (%1): it cannot be assessed."),
                             STATUS_LABELS[skp.status]))
        elif not workspace.may_rate:
            parts.append(self.tr("Only the pejabat penilai rates: shown read-only."))
        keberatan = result.keberatan
        if keberatan is not None and keberatan.status is KeberatanStatus.DIAJUKAN:
            parts.append(arg(self.tr("Objection filed %1, waiting for the decision of %2."),
                             date_text(keberatan.filed_on), keberatan.atasan_name or "-"))
        return " ".join(parts)

    def _keberatan_buttons(self, evaluation, result: EvaluationRead | None) -> None:
        """"Ajukan keberatan…" for the pegawai while the window is open; "Putuskan…" for the
        atasan pejabat penilai while one waits. Hidden while the keberatan parts are missing."""
        available = (getattr(self._services, "keberatan", None) is not None
                     and importlib.util.find_spec(KEBERATAN_DIALOGS) is not None)
        me = result.me_id if result is not None else None
        today = self.today or dt.date.today()
        keberatan = result.keberatan if result is not None else None
        may_file = (available and evaluation is not None and me is not None
                    and me == evaluation.pegawai_id
                    and evaluation.status is EvaluationStatus.DITETAPKAN
                    and evaluation.keberatan_deadline is not None
                    and today <= evaluation.keberatan_deadline and keberatan is None)
        waiting = keberatan is not None and keberatan.status is KeberatanStatus.DIAJUKAN
        may_decide = available and waiting and me is not None and me == keberatan.atasan_id
        if waiting:
            self.panel.reopen_button.setEnabled(False)  # the service refuses it meanwhile
        self.panel.file_keberatan_button.setVisible(may_file)
        self.panel.decide_keberatan_button.setVisible(may_decide)

    # --- writes
    def _context(self) -> tuple[str, str] | None:
        """(skp id, period name) of what is shown, None when nothing can be written."""
        workspace = self.read.workspace if self.read is not None else None
        if workspace is None or workspace.skp is None or self.read.period is None:
            return None
        return workspace.skp.id, self.read.period

    def save(self) -> None:
        context = self._context()
        if context is None:
            return
        skp_id, period = context
        choice, evaluations, today = self.panel.choice(), self._services.evaluations, self.today
        self.panel.clear_errors()
        if choice["hasil"] is None and choice["perilaku"] is None and choice["predikat"] is None \
                and not self.read.workspace.jpt_rule:
            # no rating chosen yet: Simpan keeps the catatan alone (the draft is created)
            self._run(lambda: evaluations.note(skp_id, period, choice["note"], today=today),
                      self.tr("Notes saved."), self.panel.show_error)
            return
        self._run(lambda: evaluations.rate(skp_id, period, **choice, today=today),
                  self.tr("Assessment saved."), self.panel.show_error)

    def ask_set(self) -> None:
        context, workspace = self._context(), self.read.workspace if self.read else None
        if context is None:
            return
        skp_id, period = context
        predikat = self.panel.shown_predikat()
        dialog = ConfirmSetDialog(workspace.pegawai.name, workspace.period.label,
                                  predikat.label if predikat is not None else "-", self)
        evaluations, today = self._services.evaluations, self.today
        self._open(dialog, lambda _values: self._run(
            lambda: evaluations.set(skp_id, period, today=today),
            self.tr("Assessment set (ditetapkan)."), dialog.failed, dialog))

    def ask_reopen(self) -> None:
        context = self._context()
        if context is None:
            return
        skp_id, period = context
        dialog = TextDialog(self.tr("Reopen the assessment"), self.tr("&Reason"), parent=self,
                            context=self.tr("A new revision starts as a draft; this one is "
                                            "kept as it was (Riwayat)."))
        dialog.setObjectName("reopenDialog")
        evaluations, today = self._services.evaluations, self.today
        self._open(dialog, lambda values: self._run(
            lambda: evaluations.reopen(skp_id, period, values["text"], today=today),
            self.tr("Assessment reopened as a new draft."), dialog.failed, dialog))

    def save_self_assessment(self) -> None:
        context = self._context()
        if context is None:
            return
        skp_id, period = context
        choice, evaluations, today = self.self_box.choice(), self._services.evaluations, \
            self.today
        self._run(lambda: evaluations.self_assess(skp_id, period, **choice, today=today),
                  self.tr("Self-assessment saved."), self.self_box.show_error)

    def show_history(self) -> None:
        workspace = self.read.workspace if self.read is not None else None
        if workspace is None:
            return
        dialog = HistoryDialog(workspace.history, arg(self.tr("Revisions: %1, %2"),
                                                      workspace.pegawai.name,
                                                      workspace.period.label), self)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def file_keberatan(self) -> None:
        from .keberatan_dialogs import file_keberatan  # noqa: PLC0415 - helper F's module
        evaluation = self.read.workspace.evaluation if self.read and self.read.workspace \
            else None
        if evaluation is not None and file_keberatan(self, self._services, self._tasks,
                                                     evaluation):
            self.reload()

    def decide_keberatan(self) -> None:
        from .keberatan_dialogs import decide_keberatan  # noqa: PLC0415 - helper F's module
        keberatan = self.read.keberatan if self.read is not None else None
        if keberatan is not None and decide_keberatan(self, self._services, self._tasks,
                                                      keberatan.id):
            self.reload()

    def _open(self, dialog: FormDialog, on_submit) -> None:
        self.dialog = dialog
        dialog.submitted.connect(on_submit)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run(self, fn, done_text: str, on_refused, dialog: FormDialog | None = None) -> None:
        def succeeded(_outcome) -> None:
            if dialog is not None:
                dialog.succeeded()
            self.status_message.emit(done_text)
            self.reload()

        self._tasks.run(fn, succeeded, on_refused, initiator=self, owner=self)

    # --- refresh
    def _on_changes(self, changes, initiator) -> None:
        if initiator is self:
            return  # our own write: `_run` reads again
        if any(changes.affects(table) for table in WATCHED):
            self.reload()

    def _show_refusal(self, error: DomainError) -> None:
        self.message_label.setText(error_text(error))
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setVisible(True)
