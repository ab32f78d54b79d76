"""The detail pane of the "Rencana aksi & bukti" tab: one cell of the grid (an RHK or one of its
indicators, in one period).

- The rencana aksi of the RHK in the period (text, and the periodic target when the SKP is
  kuantitatif), saved through `PlanService.set_action_plan`; saving it empty clears it.
- On an indicator row, the realisasi of the indicator in the period, saved through
  `PlanService.set_realisasi`; saving it empty clears it.
- The bukti dukung of the cell: the `EvidenceListWidget` of `evidence_list.py` (it shows, adds,
  opens, verifies and replaces them).

A refusal (a closed period, a text too long, somebody who may not write) is shown under the
field it names, or in the pane's error line, with the catalogue's sentence; nothing is written.
"""

from __future__ import annotations

import datetime as dt
import html
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.evidence import MAX_REALISASI_TEXT, MAX_TARGET
from skpdesk.domain.skp import Approach

from ..field_errors import FieldErrorsMixin, error_label
from ..i18n import arg, date_text
from ..tasks import TaskRunner
from .evidence_list import EvidenceListWidget
from .plan_grid_model import GridRow, rhk_number

# The `field` a refusal names -> the editor it belongs under. Several names reach one editor:
# the plan service names its fields in Indonesian like the rest of the catalogue.
PLAN_TEXT_FIELDS = ("rencana_aksi", "teks", "text")
PLAN_TARGET_FIELDS = ("target",)
REALISASI_FIELDS = ("realisasi", "nilai", "value")


def _e(text: str) -> str:
    return html.escape(text or "")


class CellDetailWidget(FieldErrorsMixin, QWidget):
    """The pane; the tab calls `set_cell(grid, row, period)` when the current cell changes."""

    changed = Signal()             # a rencana aksi or realisasi was written or cleared
    status_message = Signal(str)   # "Rencana aksi saved." for the window's status bar

    def __init__(self, services, tasks: TaskRunner, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellDetail")
        self._services = services
        self._tasks = tasks
        self.today = today
        self.grid = None
        self.row: GridRow | None = None
        self.period = None            # PeriodInfo of the cell, None on the label column
        self.evidence_list = None     # EvidenceListWidget, made for the first period cell
        self.fields: dict = {}
        self.errors: dict = {}
        self._build()
        self._show_nothing()

    # --- building
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("cellHeading")
        self.heading.setWordWrap(True)
        self.general_error = error_label(self, "cellError")

        self.plan_box = QGroupBox(self.tr("Action plan (rencana aksi)"), self)
        self.plan_text = QPlainTextEdit(self.plan_box)
        self.plan_text.setObjectName("planText")
        self.plan_text.setTabChangesFocus(True)
        self.plan_text.setMaximumHeight(90)
        self.plan_target = QLineEdit(self.plan_box)
        self.plan_target.setObjectName("planTarget")
        self.plan_target.setMaxLength(MAX_TARGET)
        self.plan_info = QLabel(self.plan_box)
        self.plan_info.setObjectName("planInfo")
        self.save_plan_button = QPushButton(self.tr("Save pl&an"), self.plan_box)
        self.save_plan_button.setObjectName("savePlan")
        self.save_plan_button.clicked.connect(self.save_plan)
        plan_form = QFormLayout(self.plan_box)
        self._add_field(plan_form, self.tr("Plan:"), PLAN_TEXT_FIELDS, self.plan_text)
        self.target_label = self._add_field(plan_form, self.tr("Period target:"),
                                            PLAN_TARGET_FIELDS, self.plan_target)
        plan_form.addRow(self.plan_info)
        plan_form.addRow(self._right(self.save_plan_button))

        self.realisasi_box = QGroupBox(self.tr("Realisation (realisasi)"), self)
        self.realisasi_value = QLineEdit(self.realisasi_box)
        self.realisasi_value.setObjectName("realisasiValue")
        self.realisasi_value.setMaxLength(MAX_REALISASI_TEXT)
        self.realisasi_value.returnPressed.connect(self.save_realisasi)
        self.realisasi_info = QLabel(self.realisasi_box)
        self.realisasi_info.setObjectName("realisasiInfo")
        self.save_realisasi_button = QPushButton(self.tr("Save real&isation"),
                                                 self.realisasi_box)
        self.save_realisasi_button.setObjectName("saveRealisasi")
        self.save_realisasi_button.clicked.connect(self.save_realisasi)
        realisasi_form = QFormLayout(self.realisasi_box)
        self._add_field(realisasi_form, self.tr("Value:"), REALISASI_FIELDS,
                        self.realisasi_value)
        realisasi_form.addRow(self.realisasi_info)
        realisasi_form.addRow(self._right(self.save_realisasi_button))

        self.evidence_box = QGroupBox(self.tr("Supporting evidence (bukti dukung)"), self)
        self.evidence_box.setObjectName("evidenceHost")
        self.evidence_layout = QVBoxLayout(self.evidence_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addWidget(self.plan_box)
        layout.addWidget(self.realisasi_box)
        layout.addWidget(self.evidence_box, 1)

    def _add_field(self, form: QFormLayout, text: str, keys: tuple[str, ...],
                   editor: QWidget) -> QLabel:
        """A field with its error line under it; every name in `keys` places a refusal there."""
        label = QLabel(text, self)
        label.setBuddy(editor)
        errors = error_label(self, f"error_{keys[0]}")
        for key in keys:
            self.fields[key] = editor
            self.errors[key] = errors
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(errors)
        form.addRow(label, cell)
        return label

    def _right(self, button: QPushButton) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
        box.addWidget(button)
        return row

    # --- showing a cell
    def set_cell(self, grid, row: GridRow | None, period, evidence_id: str | None = None) -> None:
        """Show the cell of `row` in `period` (a PeriodInfo; None: the row's label column) of
        `grid` (a PlanGrid). `evidence_id`: a bukti to bring forward in the list."""
        self.grid, self.row, self.period = grid, row, period
        self.show_errors([])
        if grid is None or row is None:
            self._show_nothing()
            return
        cell = grid.cells.get((row.key, period.name)) if period is not None else None
        rhk_cell = grid.cells.get((row.rhk.id, period.name)) if period is not None else None
        self.heading.setText(self._heading_html(row, period))
        has_period = period is not None
        self.plan_box.setVisible(has_period)
        self.realisasi_box.setVisible(has_period and not row.is_rhk)
        self.evidence_box.setVisible(has_period)
        if not has_period:
            return
        kuantitatif = grid.skp.approach is Approach.KUANTITATIF
        self.target_label.setVisible(kuantitatif)
        self.plan_target.setVisible(kuantitatif)
        plan = rhk_cell.plan if rhk_cell is not None else None
        self.plan_text.setPlainText(plan.text if plan else "")
        self.plan_target.setText(plan.target if plan else "")
        self.plan_info.setText(arg(self.tr("Written on %1 by %2"), date_text(plan.updated_on),
                                   plan.author_name) if plan else "")
        if not row.is_rhk:
            real = cell.realisasi if cell is not None else None
            self.realisasi_value.setText(real.value if real else "")
            self.realisasi_info.setText(
                arg(self.tr("Entered on %1 by %2"), date_text(real.entered_on),
                    real.entered_by_name) if real else "")
        self._show_evidence(row, period, evidence_id)

    def _show_nothing(self) -> None:
        self.heading.setText(self.tr("Choose a cell of the grid: an action plan (RHK row) or "
                                     "a realisation (indicator row) in a period."))
        for box in (self.plan_box, self.realisasi_box, self.evidence_box):
            box.setVisible(False)

    def _heading_html(self, row: GridRow, period) -> str:
        parts = [f"<b>{_e(rhk_number(row.rhk))} {_e(row.rhk.text)}</b>"]
        if row.indicator is not None:
            target = row.indicator.target
            parts.append(_e(row.indicator.text) + (
                " — " + _e(arg(self.tr("target %1"), target)) if target else ""))
        if period is None:
            parts.append(_e(self.tr("Choose a period column to fill it in.")))
        else:
            today = self.today or dt.date.today()
            deadline = arg(self.tr("deadline %1"), date_text(period.deadline))
            state = self.tr("closed") if period.closed(today) else ""
            parts.append(f"<i>{_e(period.label)}</i> ({_e(deadline)}"
                         f"{', ' + _e(state) if state else ''})")
        return "<br>".join(parts)

    def _show_evidence(self, row: GridRow, period, evidence_id: str | None) -> None:
        widget = self._evidence_widget()
        cell = (self.grid.skp.id, row.rhk.id, period.name,
                row.indicator.id if row.indicator is not None else None)
        current = widget.cell
        # The list reads its cell again by itself after a write (AppEvents); the grid's own
        # re-read after that write must not read it a second time.
        if current is None or (current.skp_id, current.rhk_id, current.period,
                                current.indicator_id) != cell:
            widget.set_cell(*cell)
        select = getattr(widget, "select_evidence", None)
        if evidence_id and callable(select):
            select(evidence_id)

    def _evidence_widget(self) -> EvidenceListWidget:
        """The bukti list of the cell, made for the first period cell shown."""
        if self.evidence_list is None:
            self.evidence_list = EvidenceListWidget(self._services, self._tasks,
                                                    self.evidence_box, today=self.today)
            self.evidence_list.changed.connect(self.changed)
            self.evidence_layout.addWidget(self.evidence_list, 1)
        return self.evidence_list

    def refresh_evidence(self) -> None:
        """Read the bukti list again (after another "Saya adalah": who may verify changed)."""
        if self.evidence_list is not None and self.evidence_list.cell is not None:
            self.evidence_list.refresh()

    # --- writing
    def save_plan(self) -> None:
        if self.grid is None or self.row is None or self.period is None:
            return
        cell = (self.grid.skp.id, self.row.rhk.id, self.period.name)
        text = self.plan_text.toPlainText().strip()
        target = self.plan_target.text().strip() if self.plan_target.isVisibleTo(self) else ""
        plans = self._services.plans
        if not text and not target:
            self._write(partial(plans.clear_action_plan, *cell, today=self.today),
                        self.tr("Action plan cleared."), self.save_plan_button)
        else:
            self._write(partial(plans.set_action_plan, *cell, text, target or None,
                                today=self.today),
                        self.tr("Action plan saved."), self.save_plan_button)

    def save_realisasi(self) -> None:
        if self.grid is None or self.row is None or self.period is None \
                or self.row.indicator is None:
            return
        cell = (self.row.indicator.id, self.period.name)
        value = self.realisasi_value.text().strip()
        plans = self._services.plans
        if not value:
            self._write(partial(plans.clear_realisasi, *cell, today=self.today),
                        self.tr("Realisation cleared."), self.save_realisasi_button)
        else:
            self._write(partial(plans.set_realisasi, *cell, value, today=self.today),
                        self.tr("Realisation saved."), self.save_realisasi_button)

    def _write(self, work, done: str, button: QPushButton) -> None:
        """Run the write on the worker; its refusal goes under the field it names."""
        self.show_errors([])
        button.setEnabled(False)

        def saved(_outcome) -> None:
            self.status_message.emit(done)
            self.changed.emit()

        self._tasks.run(work, saved, self._refused, on_done=lambda: button.setEnabled(True),
                        owner=self)

    def _refused(self, error: DomainError) -> None:
        self.show_error(error)
