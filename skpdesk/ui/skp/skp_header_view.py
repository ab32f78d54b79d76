"""The identity block at the top of an SKP (layout only): the pegawai, the Pejabat Penilai Kinerja
and the Atasan Pejabat Penilai Kinerja (nama, NIP, pangkat/gol. ruang, jabatan, unit kerja),
the period, the pendekatan and the status. `SkpTabWidget` fills it.

Compact by default: the three identity columns take about 200 px, which at 1024×700 left room
for one RHK (issue 9). Folded, one line names the pegawai and the penilai (the whole block in
its tooltip); the "Identities" toggle unfolds the columns, and the choice stays while the tab
shows other pegawai.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QSizePolicy,
                               QToolButton, QVBoxLayout, QWidget)

from skpdesk.domain.documents import PersonBlock
from skpdesk.domain.skp import Approach, Skp

from ..i18n import arg, date_text, status_label

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
PEGAWAI, PENILAI, ATASAN_PENILAI = "pegawai", "penilai", "atasan_penilai"
ROWS = ("name", "nip", "rank", "position", "unit")


class SkpHeaderView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        titles = {PEGAWAI: self.tr("Employee being appraised"),
                  PENILAI: self.tr("Performance appraiser (Pejabat Penilai Kinerja)"),
                  ATASAN_PENILAI: self.tr("Appraiser's supervisor (Atasan Pejabat Penilai "
                                          "Kinerja)")}
        row_labels = (self.tr("Name"), self.tr("NIP"), self.tr("Rank/grade"), self.tr("Position"),
                      self.tr("Work unit"))
        for row, text in enumerate(row_labels, start=1):
            label = QLabel(text, self)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(label, row, 0)
        self.values: dict[tuple[str, str], QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        for column, (party, title) in enumerate(titles.items(), start=1):
            head = QLabel(title, self)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
            self.titles[party] = head
            for row, key in enumerate(ROWS, start=1):
                value = QLabel(self)
                value.setObjectName(f"{party}_{key}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(SELECTABLE)
                value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(value, row, column)
                self.values[(party, key)] = value
            grid.setColumnStretch(column, 1)

        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.period_label.setTextInteractionFlags(SELECTABLE)
        self.approach_combo = QComboBox(self)
        self.approach_combo.setObjectName("approachCombo")
        self.approach_combo.addItem(self.tr("Quantitative"), Approach.KUANTITATIF)
        self.approach_combo.addItem(self.tr("Qualitative"), Approach.KUALITATIF)
        approach_label = QLabel(self.tr("A&pproach:"), self)
        approach_label.setBuddy(self.approach_combo)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("identityToggle")
        self.details_button.setText(self.tr("Identities"))
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolTip(self.tr(
            "Show or hide the employee, the appraiser and the appraiser's supervisor in full"))
        self.details_button.toggled.connect(self.set_expanded)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("identitySummary")
        # Elided to the width it gets (resizeEvent); never widens the window.
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self._summary = ""
        self.details = QWidget(self)
        self.details.setObjectName("identityDetails")
        self.details.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        fold = QHBoxLayout()
        fold.addWidget(self.details_button)
        fold.addWidget(self.summary_label, 1)
        line = QHBoxLayout()
        line.addWidget(self.period_label)
        line.addSpacing(18)
        line.addWidget(approach_label)
        line.addWidget(self.approach_combo)
        line.addSpacing(18)
        line.addWidget(self.status_label)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fold)
        layout.addWidget(self.details)
        layout.addLayout(line)
        self.set_expanded(False)

    def expanded(self) -> bool:
        return not self.details.isHidden()

    def set_expanded(self, expanded: bool) -> None:
        """Unfold (the three identity columns) or fold (one summary line) the block."""
        self.details.setVisible(expanded)
        self.summary_label.setVisible(not expanded)
        self.details_button.blockSignals(True)
        self.details_button.setChecked(expanded)
        self.details_button.blockSignals(False)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if expanded
                                         else Qt.ArrowType.RightArrow)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_summary()

    def _elide_summary(self) -> None:
        width = max(self.summary_label.width(), 40)
        self.summary_label.setText(self.summary_label.fontMetrics().elidedText(
            self._summary, Qt.TextElideMode.ElideRight, width))

    def show_people(self, people: dict[str, PersonBlock | None]) -> None:
        for party in (PEGAWAI, PENILAI, ATASAN_PENILAI):
            block = people.get(party)
            texts = ((block.name, f"{block.nip_label} {block.nip}" if block.nip != "-" else "-",
                      block.rank, block.position, block.unit) if block else ("-",) * 5)
            for key, text in zip(ROWS, texts):
                self.values[(party, key)].setText(text)
        pegawai, penilai = people.get(PEGAWAI), people.get(PENILAI)
        self._summary = arg(self.tr("%1 (%2) — appraiser: %3"),
                            pegawai.name if pegawai else "-", pegawai.position if pegawai else "-",
                            penilai.name if penilai else "-")
        self.summary_label.setToolTip("\n".join(
            f"{self.titles[party].text()}: {block.name}, {block.position}, {block.unit}"
            for party, block in people.items() if block))
        self._elide_summary()

    def show_skp(self, skp: Skp) -> None:
        self.period_label.setText(arg(self.tr("Appraisal period: %1 to %2"),
                                      date_text(skp.period_start), date_text(skp.period_end)))
        self.approach_combo.blockSignals(True)
        self.approach_combo.setCurrentIndex(max(self.approach_combo.findData(skp.approach), 0))
        self.approach_combo.blockSignals(False)
        self.approach_combo.setEnabled(not skp.read_only)
        self.status_label.setText(arg(self.tr("Status: %1"), status_label(skp.status)))

    def value_text(self, party: str, key: str) -> str:
        return self.values[(party, key)].text()
