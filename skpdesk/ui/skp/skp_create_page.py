"""The page shown when the pegawai has no SKP for the chosen year (layout only): "Buat SKP" with a
year (this year by default) and the pendekatan, or "Salin dari tahun lalu" (a new Draft copied
from the SKP of the year before). `SkpTabWidget` calls the services.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from skpdesk.domain.skp import Approach

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
        self.copy_button.setToolTip(self.tr(
            "A new Draft with the RHK, indicators, expectations and attachment of the SKP of "
            "the year before"))
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

    def _create(self) -> None:
        approach = Approach(self.approach_combo.currentData())  # combos keep an enum as its str
        self.create_requested.emit(self.year_spin.value(), approach)

