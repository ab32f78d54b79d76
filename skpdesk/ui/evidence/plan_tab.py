"""The "Rencana aksi & bukti" workspace tab (issue 11): the selected pegawai's SKP of the
window's year as a grid (RHK and their indicators against the periods of the year, see
`plan_grid_model.py`) and a detail pane for the current cell (`cell_detail.py`).

- The whole grid is one `PlanService.grid(skp_id)` read on the worker (`TaskRunner`).
- The tab is cheap to make: the main window builds every workspace tab when it opens (on the
  8,000-pegawai office too), so the widgets are built and the grid is read only when the tab is
  first shown; a pegawai or year chosen while the tab is hidden is read when it is shown again.
- Files dropped on a period cell become bukti dukung of that RHK (or indicator) and period
  through `EvidenceService.add_files`: all of them or, when one is refused, none (a message box
  lists the refusal).
- The main window calls `show_cell(rhk_id, period, evidence_id)` for a Perlu tindakan item of
  kind "evidence" (`MainWindow.open_target`); it finds the tab by its objectName "planTab".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QHeaderView, QLabel, QMessageBox, QSplitter, QVBoxLayout,
                               QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.periods import RHYTHM_LABELS

from ..events import AppEvents
from ..i18n import arg
from ..message_boxes import message_boxes
from ..messages import error_text
from ..tasks import TaskRunner
from .cell_detail import CellDetailWidget
from .plan_grid_model import COL_LABEL, PlanGridModel, rhk_number
from .plan_grid_view import PlanGridView

# Tables whose change may change what the grid shows.
WATCHED = ("rencana_aksi", "realisasi", "bukti_dukung", "batas_periode", "periode_tahun",
           "office_setting", "skp", "rhk", "indikator")
LABEL_WIDTH = 280


class PlanTabWidget(QWidget):
    status_message = Signal(str)

    def __init__(self, services, tasks: TaskRunner, events: AppEvents | None = None, *,
                 pegawai_id: str | None = None, year: int | None = None, settings=None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self._services = services
        self._tasks = tasks
        self._settings = settings  # QSettings, as the other tabs get (nothing kept yet)
        self._pegawai_id = pegawai_id
        self.year = year or dt.date.today().year
        self.today = today
        self.built = False     # the widgets exist (made when first shown)
        self._stale = True     # the grid shown is not the one of this pegawai/year
        self._loading = False
        self._pending: tuple[str, str | None, str | None] | None = None  # show_cell's wish
        self.model: PlanGridModel | None = None
        self.view: PlanGridView | None = None
        self.detail: CellDetailWidget | None = None
        self._wanted_evidence: str | None = None  # a bukti to bring forward with the cell
        self.last_drop_error: DomainError | None = None  # the refusal of the last drop
        self._reader_changed = False  # "Saya adalah" changed: the bukti list reads again too
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        if events is not None:
            events.changes_applied.connect(self._on_changes)

    # --- building (on first show)
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()
        # On the next turn of the event loop: the main window shows the tab first and then
        # tells it the pegawai (`set_pegawai`), which reads at once; one read, not two.
        QTimer.singleShot(0, self, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("planTabMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setVisible(False)

        self.model = PlanGridModel(self, today=self.today)
        self.view = PlanGridView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_index(current))
        self.view.files_dropped.connect(self.add_files)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("planEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        self.detail = CellDetailWidget(self._services, self._tasks, self, today=self.today)
        self.detail.status_message.connect(self.status_message)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = self.layout()
        layout.addWidget(self.summary)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)

    # --- the window's extension points
    def pegawai_id(self) -> str | None:
        return self._pegawai_id

    def set_pegawai(self, pegawai_id: str | None) -> None:
        if pegawai_id != self._pegawai_id:
            self._pending = None
        self._pegawai_id = pegawai_id
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = int(year)
        self.reload()

    select_year = set_year  # the name the main window's Tahun box calls

    def set_me(self, _me_id: str | None) -> None:
        """Another "Saya adalah": who may write or verify changes (the bukti list's buttons)."""
        self._reader_changed = True
        self.reload()

    def show_cell(self, rhk_id: str | None, period: str | None,
                  evidence_id: str | None = None) -> None:
        """Select the cell of RHK `rhk_id` in `period` (and bring bukti `evidence_id` forward in
        the detail pane); done after the grid is read when it is being read."""
        self._pending = (rhk_id or "", period, evidence_id)
        self.ensure_built()
        if self._stale or self._loading:
            if not self._loading:
                self.reload()
            return
        self._apply_pending()

    # --- reading
    def reload(self) -> None:
        """Read the grid again now when the tab is shown, else when it is next shown."""
        self._stale = True
        if not self.built or not self.isVisible():
            return
        self._stale = False
        pegawai_id, year = self._pegawai_id, self.year
        if pegawai_id is None:
            self._loaded(pegawai_id, year, None)
            return
        skps, plans = self._services.skp, self._services.plans

        def read():
            skp = skps.find(pegawai_id, year)
            return None if skp is None else plans.grid(skp.id)

        self._loading = True
        self._tasks.run(read, lambda grid: self._loaded(pegawai_id, year, grid),
                        self._show_refusal, on_done=self._load_done, owner=self)

    def _load_done(self) -> None:
        self._loading = False

    def _loaded(self, pegawai_id: str | None, year: int, grid) -> None:
        if (pegawai_id, year) != (self._pegawai_id, self.year):
            return  # another pegawai or year was chosen meanwhile: its read follows
        self._loading = False
        current = self.view.currentIndex()
        keep = (self.model.row(current.row()), self.model.period_at(current.column())) \
            if current.isValid() else (None, None)
        self.message_label.setVisible(False)
        self.model.set_grid(grid)
        self._after_reload(grid)
        if self._pending is not None:
            self._apply_pending()
        elif keep[0] is not None:
            self._select(keep[0].key, keep[1].name if keep[1] is not None else None)
        else:
            self.detail.set_cell(None, None, None)
        if self._reader_changed:
            # the list keeps its cell across a grid read; its buttons depend on who reads
            self._reader_changed = False
            self.detail.refresh_evidence()

    def _after_reload(self, grid) -> None:
        self.empty_label.setVisible(grid is None or not grid.skp.rhk)
        if self._pegawai_id is None:
            self.summary.clear()
            self.empty_label.setText(self.tr("Choose an employee from the list on the left."))
        elif grid is None:
            self.summary.clear()
            self.empty_label.setText(arg(self.tr("This employee has no SKP for %1 yet: action "
                                                 "plans and evidence follow the SKP's RHK."),
                                         self.year))
        else:
            skp = grid.skp
            # The approach and rhythm are the official words (kuantitatif, triwulanan).
            rhythm = RHYTHM_LABELS[grid.periods[0].rhythm].lower() if grid.periods else ""
            self.summary.setText(arg(self.tr("SKP %1, %2 approach, %3 periods. Drop files on a "
                                             "cell to add them as evidence."), skp.year,
                                     skp.approach.value, rhythm))
            self.empty_label.setText(self.tr("The SKP has no RHK yet."))
        if grid is not None:
            self.view.setColumnWidth(COL_LABEL, LABEL_WIDTH)
            self.view.resizeRowsToContents()

    def _apply_pending(self) -> None:
        rhk_id, period, evidence_id = self._pending
        self._pending = None
        self._select(rhk_id, period, evidence_id)

    def _select(self, key: str, period: str | None, evidence_id: str | None = None) -> None:
        index = self.model.index_of(key, period)
        if not index.isValid():
            self.detail.set_cell(None, None, None)
            return
        if index == self.view.currentIndex():
            self._show_index(index, evidence_id)
        else:
            self._wanted_evidence = evidence_id
            self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _show_index(self, index: QModelIndex, evidence_id: str | None = None) -> None:
        evidence_id = evidence_id or self._wanted_evidence
        self._wanted_evidence = None
        if not index.isValid():
            self.detail.set_cell(None, None, None)
            return
        self.detail.set_cell(self.model.grid, self.model.row(index.row()),
                             self.model.period_at(index.column()), evidence_id)

    def current_cell(self) -> tuple[str, str | None] | None:
        """(row key, period name) of the current cell, None when there is none."""
        index = self.view.currentIndex() if self.view is not None else QModelIndex()
        if not index.isValid():
            return None
        period = self.model.period_at(index.column())
        return self.model.row(index.row()).key, period.name if period is not None else None

    def _on_changes(self, changes, _initiator) -> None:
        if any(changes.affects(table) for table in WATCHED):
            self.reload()

    def _show_refusal(self, error: DomainError) -> None:
        self.message_label.setText(error_text(error))
        self.message_label.setVisible(True)

    # --- dropping files
    def add_files(self, index: QModelIndex, paths: list[str]) -> None:
        """Add `paths` as bukti dukung of the cell at `index` (all or, when one is refused,
        none), then show the cell."""
        grid = self.model.grid if self.model is not None else None
        row, period = self.model.row(index.row()), self.model.period_at(index.column())
        if grid is None or row is None or period is None or not paths:
            return
        evidence, today = self._services.evidence, self.today
        skp_id, rhk_id = grid.skp.id, row.rhk.id
        indicator_id = row.indicator.id if row.indicator is not None else None
        files = [Path(p) for p in paths]
        where = (f"{rhk_number(row.rhk)}, {period.label}")
        self.view.setCurrentIndex(index)

        def added(outcome) -> None:
            count = len(outcome.value) if outcome.value is not None else len(files)
            self.status_message.emit(arg(self.tr("%1 file(s) added as evidence to %2."),
                                         count, where))

        self._tasks.run(lambda: evidence.add_files(skp_id, rhk_id, period.name, files,
                                                   indicator_id=indicator_id, today=today),
                        added, lambda error: self._drop_refused(error, files), owner=self)

    def _drop_refused(self, error: DomainError, files: list[Path]) -> None:
        """A message box with the refusal and the dropped files (none of them was added)."""
        self.last_drop_error = error
        names = "\n".join(f"• {f.name}" for f in files)
        text = error_text(error)
        detail = arg(self.tr("None of the dropped files was added:\n%1"), names)

        def make_box() -> QMessageBox:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Evidence not added"), text,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("dropRefusedBox")
            box.setInformativeText(detail)
            return box

        message_boxes().show(make_box)
