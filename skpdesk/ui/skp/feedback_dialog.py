"""Beri umpan balik: umpan balik berkelanjutan on one RHK or one core value of the SKP shown,
for a month or a quarter of the SKP's year (issue 10).

The dialog holds no rule: `FeedbackService.add` checks the target, the period, the text and who
may give it (the pejabat penilai or a pengelola kinerja); its refusal is shown in the dialog,
which stays open with what was typed (`FormDialog`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from skpdesk.domain.dialog import period_label, period_of
from skpdesk.domain.skp import RhkKind, Skp
from skpdesk.services.dialog.feedback import rhk_label

from ..i18n import arg
from .form_dialog import FormDialog, plain_text_edit

RHK_TARGET, VALUE_TARGET = "rhk", "value"
MONTH, QUARTER = "month", "quarter"


class FeedbackDialog(FormDialog):
    """`target`: ("rhk", id) or ("value", core value id) chosen when the dialog opens."""

    def __init__(self, skp: Skp, target: tuple[str, str] | None = None, *,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Give feedback"), parent)
        self.setObjectName("FeedbackDialog")
        self._skp = skp
        today = today or dt.date.today()
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("feedbackTarget")
        for kind in (RhkKind.UTAMA, RhkKind.TAMBAHAN):  # "RHK 2: ...", "RHK Tambahan 1: ..."
            for rhk in skp.rhk_of(kind):
                self.target_combo.addItem(rhk_label(skp, rhk.id), (RHK_TARGET, rhk.id))
        for beh in skp.behaviours:
            value = beh.core_value
            self.target_combo.addItem(arg(self.tr("Work behaviour %1. %2"), value.number,
                                          value.name), (VALUE_TARGET, value.id))
        if target is not None:  # (findData cannot compare a tuple held in a QVariant)
            self.target_combo.setCurrentIndex(next(
                (i for i in range(self.target_combo.count())
                 if tuple(self.target_combo.itemData(i)) == tuple(target)), 0))

        self.period_kind = QComboBox(self)
        self.period_kind.setObjectName("feedbackPeriodKind")
        self.period_kind.addItem(self.tr("Month"), MONTH)
        self.period_kind.addItem(self.tr("Quarter"), QUARTER)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("feedbackPeriod")
        self.period_kind.currentIndexChanged.connect(lambda _i: self._fill_periods())
        period_row = QWidget(self)
        row = QHBoxLayout(period_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.period_kind)
        row.addWidget(self.period_combo, 1)
        self._today = today
        self._fill_periods()

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("feedbackDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.text_edit = plain_text_edit(self, "", 6)
        self.text_edit.setObjectName("feedbackText")

        self.form.addRow(self.tr("&For:"), self.target_combo)
        self.form.addRow(self.tr("&Period:"), period_row)
        self.form.labelForField(period_row).setBuddy(self.period_kind)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("Feed&back:"), self.text_edit)
        self.text_edit.setFocus()

    def _fill_periods(self) -> None:
        """The months or quarters of the SKP's year; the one of today (in that year) first
        chosen, else the first."""
        quarter = self.period_kind.currentData() == QUARTER
        year = self._skp.year
        codes = ([f"{year:04d}-Q{q}" for q in range(1, 5)] if quarter
                 else [f"{year:04d}-{m:02d}" for m in range(1, 13)])
        self.period_combo.clear()
        for code in codes:
            self.period_combo.addItem(period_label(code), code)
        current = period_of(self._today, quarter=quarter)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(current), 0))

    def select_period(self, code: str) -> None:
        """Choose `code` ("2026-03" or "2026-Q1"), switching month/quarter as needed."""
        self.period_kind.setCurrentIndex(self.period_kind.findData(
            QUARTER if "Q" in code else MONTH))
        self.period_combo.setCurrentIndex(self.period_combo.findData(code))

    def values(self) -> dict[str, Any]:
        kind, target_id = self.target_combo.currentData() or (None, None)
        day = self.date_edit.date()
        return {"rhk_id": target_id if kind == RHK_TARGET else None,
                "core_value_id": target_id if kind == VALUE_TARGET else None,
                "period": self.period_combo.currentData() or "",
                "given_on": dt.date(day.year(), day.month(), day.day()),
                "text": self.text_edit.toPlainText().strip()}
