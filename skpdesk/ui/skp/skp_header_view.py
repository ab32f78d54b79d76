"""The identity block at the top of an SKP (layout only): the pegawai, the Pejabat Penilai Kinerja
and the Atasan Pejabat Penilai Kinerja (nama, NIP, pangkat/gol. ruang, jabatan, unit kerja),
the period, the pendekatan and the status. `SkpTabWidget` fills it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

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
        layout.addLayout(grid)
        layout.addLayout(line)

    def show_people(self, people: dict[str, PersonBlock | None]) -> None:
        for party in (PEGAWAI, PENILAI, ATASAN_PENILAI):
            block = people.get(party)
            texts = ((block.name, f"{block.nip_label} {block.nip}" if block.nip != "-" else "-",
                      block.rank, block.position, block.unit) if block else ("-",) * 5)
            for key, text in zip(ROWS, texts):
                self.values[(party, key)].setText(text)

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
