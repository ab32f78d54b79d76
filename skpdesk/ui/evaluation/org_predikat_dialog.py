"""Penilaian › Predikat kinerja organisasi…: the capaian kinerja organisasi of a unit for a
period (SKP-REFERENCE §3.3, step 1 of SE MenPANRB 3/2023), set by a leader above the unit or
recorded for them by a pengelola kinerja (`OrgPredikatService`).

The dialog picks a unit and a period (year, then the year's periods and Akhir), shows the
unit's own predikat with who set it and when (or the one it follows from a parent unit), and
offers the five choices with a note. Saving, clearing and the permission ("may I set it?") go
through the service on the database worker; the choices are enabled only for those allowed
(the service refuses the others anyway, and its sentence is shown here). The dialog stays open
after saving, so a leader can set several units in a row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from skpdesk.domain.dates import tanggal
from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import ORG_PREDIKAT_ORDER, OrgPredikat, OrgPredikatRecord
from skpdesk.domain.people import unit_path_text
from skpdesk.domain.periods import PeriodInfo

from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
from .team_view import default_period

YEAR_MIN, YEAR_MAX = 2000, 2100


@dataclass
class OrgPredikatState:
    """What the worker reads for one unit and period."""

    unit_id: str
    period: str
    own: OrgPredikatRecord | None
    effective: OrgPredikatRecord | None
    may_set: bool


def read_state(services, unit_id: str, period: str) -> OrgPredikatState:
    service = services.org_predikat
    return OrgPredikatState(unit_id, period, service.get(unit_id, period),
                            service.effective(unit_id, period), service.may_set(unit_id))


class OrgPredikatDialog(QDialog):
    saved = Signal(object)  # the OrgPredikatRecord written (or cleared)
    state_loaded = Signal()  # tests, diagnostics

    def __init__(self, services, tasks: TaskRunner, parent: QWidget | None = None, *,
                 unit_id: str | None = None, period: str | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orgPredikatDialog")
        self.setWindowTitle(self.tr("Organisation predikat"))
        self._services = services
        self.tasks = tasks
        self._today = today or dt.date.today()
        self._wanted_unit = unit_id
        self._wanted_period = period
        self._gen = 0
        self._filling = False
        self.state: OrgPredikatState | None = None
        self._build()
        self.year_spin.setValue(int(period[:4]) if period and period[:4].isdigit()
                                else self._today.year)
        self.year_spin.valueChanged.connect(lambda _y: self._load_lists(periods_only=True))
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._load_state())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._load_state())
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self._load_lists(periods_only=False)

    def _build(self) -> None:
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("orgUnit")
        self.unit_combo.setMinimumContentsLength(40)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("orgYear")
        self.year_spin.setRange(YEAR_MIN, YEAR_MAX)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("orgPeriod")
        period_row = QHBoxLayout()
        period_row.addWidget(self.year_spin)
        period_row.addWidget(self.period_combo, 1)
        self.current_label = QLabel(self)
        self.current_label.setObjectName("orgCurrent")
        self.current_label.setWordWrap(True)
        self.choice_group = QButtonGroup(self)
        choices = QVBoxLayout()
        self.choice_buttons: dict[OrgPredikat, QRadioButton] = {}
        for i, value in enumerate(ORG_PREDIKAT_ORDER):
            button = QRadioButton(value.label, self)  # official terms: not translated
            button.setObjectName(f"org_{value.value}")
            self.choice_group.addButton(button, i)
            self.choice_buttons[value] = button
            choices.addWidget(button)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("orgNote")
        self.note_edit.setPlaceholderText(self.tr("Basis of the decision (optional)"))
        self.note_edit.setMaximumHeight(80)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("orgMessage")
        self.message_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Unit:"), self.unit_combo)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        form.addRow(period_label, period_row)
        form.addRow(self.tr("Now:"), self.current_label)
        form.addRow(self.tr("Predikat:"), choices)
        form.addRow(self.tr("&Note:"), self.note_edit)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("orgSave")
        self.clear_button = QPushButton(self.tr("&Remove"), self)
        self.clear_button.setObjectName("orgClear")
        self.clear_button.setToolTip(self.tr(
            "Remove this unit's own predikat (it then follows its parent unit's)"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The capaian kinerja organisasi is set by the leader above the unit (or recorded "
            "for them by a pengelola kinerja). It chooses the distribution pattern of the "
            "unit's employee predikat."), self, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self._set_editable(False)

    # --- reading
    def unit_id(self) -> str | None:
        return self.unit_combo.currentData()

    def period_name(self) -> str | None:
        return self.period_combo.currentData()

    def _load_lists(self, *, periods_only: bool) -> None:
        services, year = self._services, self.year_spin.value()

        def work():
            units = None if periods_only else sorted(
                ((u.id, unit_path_text(u.path)) for u in services.office.units()),
                key=lambda item: item[1].casefold())
            return units, list(services.periods.list(year))

        self.tasks.run(work, on_success=self._lists_loaded, on_failure=self._failed)

    def _lists_loaded(self, lists: tuple[list | None, list[PeriodInfo]]) -> None:
        units, periods = lists
        self._filling = True
        try:
            if units is not None:
                self.unit_combo.clear()
                for uid, path in units:
                    self.unit_combo.addItem(path, uid)
                if self._wanted_unit:
                    self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(
                        self._wanted_unit)))
            wanted = self._wanted_period or self.period_name()
            self.period_combo.clear()
            for info in periods:
                self.period_combo.addItem(info.label, info.name)
            index = self.period_combo.findData(wanted) if wanted else -1
            if index < 0:
                default = default_period(periods, self._today)
                index = self.period_combo.findData(default.name) if default else 0
            self.period_combo.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
        self._load_state()

    def _load_state(self) -> None:
        if self._filling:
            return
        unit, period = self.unit_id(), self.period_name()
        if not unit or not period:
            return
        self._gen += 1
        gen, services = self._gen, self._services
        self._set_editable(False)
        self.tasks.run(lambda: read_state(services, unit, period),
                       on_success=lambda state: self._state_loaded(gen, state),
                       on_failure=self._failed)

    def _state_loaded(self, gen: int, state: OrgPredikatState) -> None:
        if gen != self._gen:
            return
        self.state = state
        own, effective = state.own, state.effective
        if own is not None:
            text = arg(self.tr("%1, set by %2 on %3."), own.predikat.label,
                       own.set_by_name or "–", tanggal(own.set_on))
            if own.note:
                text += "\n" + own.note
        elif effective is not None:
            text = arg(self.tr("Not set for this unit; it follows %1 of %2 (set by %3 on %4)."),
                       effective.predikat.label, unit_path_text(effective.unit_path),
                       effective.set_by_name or "–", tanggal(effective.set_on))
        else:
            text = self.tr("Not set.")
        self.current_label.setText(text)
        self.choice_group.setExclusive(False)
        for button in self.choice_buttons.values():
            button.setChecked(False)
        self.choice_group.setExclusive(True)
        if own is not None:
            self.choice_buttons[own.predikat].setChecked(True)
        self.note_edit.setPlainText(own.note if own is not None else "")
        self._set_editable(state.may_set)
        self.clear_button.setEnabled(state.may_set and own is not None)
        self.message_label.setText("" if state.may_set else self.tr(
            "Only a leader above this unit or a pengelola kinerja may set its predikat "
            "(Settings › I am…)."))
        self.state_loaded.emit()

    def _set_editable(self, editable: bool) -> None:
        for button in self.choice_buttons.values():
            button.setEnabled(editable)
        self.note_edit.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        if not editable:
            self.clear_button.setEnabled(False)

    # --- writing
    def chosen(self) -> OrgPredikat | None:
        return next((v for v, b in self.choice_buttons.items() if b.isChecked()), None)

    def save(self) -> None:
        unit, period, value = self.unit_id(), self.period_name(), self.chosen()
        if not unit or not period:
            return
        if value is None:
            self.message_label.setText(self.tr("Choose one of the five predikat."))
            return
        note, services, today = self.note_edit.toPlainText(), self._services, self._today
        self.tasks.run(lambda: services.org_predikat.set(unit, period, value, note=note,
                                                         today=today),
                       on_success=self._written, on_failure=self._failed, initiator=self)

    def clear(self) -> None:
        unit, period, services = self.unit_id(), self.period_name(), self._services
        if unit and period:
            self.tasks.run(lambda: services.org_predikat.clear(unit, period),
                           on_success=self._written, on_failure=self._failed, initiator=self)

    def _written(self, outcome) -> None:
        self.message_label.setText(self.tr("Saved."))
        self.saved.emit(outcome.value)
        self._load_state()

    def _failed(self, error: DomainError) -> None:
        self.message_label.setText(error_text(error))

    @classmethod
    def ask(cls, services, tasks: TaskRunner, parent: QWidget | None = None, **kwargs) -> None:
        dialog = cls(services, tasks, parent, **kwargs)
        dialog.exec()
