"""The page shown when the pegawai has no SKP for the chosen year (layout only): "Buat SKP" with a
year (this year by default) and the pendekatan, or "Salin dari tahun lalu" (a new Draft copied
from the SKP of the year before; disabled, with a tooltip saying why, when there is no such SKP:
`previous_exists` answers that). `SkpTabWidget` calls the services; after a copy it shows
`lost_links_text`, the RHK whose link to the atasan's RHK could not be carried over.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from skpdesk.domain.skp import Approach, LostLink, LostLinkReason, RhkKind

from ..i18n import arg


class SkpCreatePage(QWidget):
    create_requested = Signal(int, object)  # year, Approach
    copy_requested = Signal(int)  # the year of the new SKP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("noSkpLabel")
        self.info_label.setWordWrap(True)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("newSkpYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(dt.date.today().year)
        self.approach_combo = QComboBox(self)
        self.approach_combo.setObjectName("newSkpApproach")
        self.approach_combo.addItem(self.tr("Quantitative"), Approach.KUANTITATIF)
        self.approach_combo.addItem(self.tr("Qualitative"), Approach.KUALITATIF)
        self.create_button = QPushButton(self.tr("&Create SKP"), self)
        self.create_button.setObjectName("createSkpButton")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copySkpButton")
        self.previous_exists: Callable[[int], bool] = lambda _year: True  # set by the owner
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Y&ear"), self.year_spin)
        form.addRow(self.tr("&Approach"), self.approach_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.create_button.clicked.connect(self._create)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.year_spin.value()))
        self.year_spin.valueChanged.connect(self._show_year)
        self._name = ""
        self.setFocusProxy(self.year_spin)

    def show_for(self, name: str, year: int) -> None:
        self._name = name
        self.year_spin.setValue(year)
        self._show_year(year)

    def _show_year(self, year: int) -> None:
        self.info_label.setText(arg(self.tr("%1 has no SKP for %2 yet."), self._name, year))
        self.copy_button.setText(arg(self.tr("C&opy from last year (%1)"), year - 1))
        can_copy = self.previous_exists(year - 1)
        self.copy_button.setEnabled(can_copy)
        self.copy_button.setToolTip(self.tr(
            "A new Draft with the RHK, indicators, expectations and attachment of the SKP of "
            "the year before") if can_copy else arg(self.tr(
                "There is no SKP of %1 to copy; create the SKP instead."), year - 1))

    def lost_links_text(self, links: tuple[LostLink, ...], year: int) -> str:
        """The copied RHK that intervene nothing now, each with the reason."""
        reasons = {
            LostLinkReason.NO_SUPERVISOR: self.tr("the employee has no supervisor"),
            LostLinkReason.NO_SUPERVISOR_SKP: arg(self.tr("the supervisor has no SKP for %1 "
                                                          "yet"), year),
            LostLinkReason.NO_MATCHING_RHK: arg(self.tr("the supervisor's SKP for %1 has no RHK "
                                                        "with that text"), year),
        }
        lines = [self.tr("%n copied RHK lost the supervisor's RHK they intervened; choose it "
                         "again in each RHK (Edit…):", "", len(links))]
        for link in links:
            label = f"{'A' if link.kind is RhkKind.UTAMA else 'B'}.{link.position}"
            lines.append(arg(self.tr("%1 %2 (was: %3; %4)"), label, link.text, link.parent_text,
                             reasons[link.reason]))
        return "\n".join(lines)

    def _create(self) -> None:
        approach = Approach(self.approach_combo.currentData())  # combos keep an enum as its str
        self.create_requested.emit(self.year_spin.value(), approach)

