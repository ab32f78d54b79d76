"""The "Profile" workspace tab: who the selected pegawai is (name, NIP, rank, position, unit,
supervisor and appraiser's supervisor). Read-only; it refreshes when that pegawai changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.people import AsnType, Pegawai, position_with_jenjang, unit_path_text
from skpdesk.domain.ranks import rank_for_code
from skpdesk.services.staff import StaffService

from ..events import AppEvents
from ..i18n import position_kind_label

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # copy a NIP without the mouse


class PegawaiSummaryWidget(QWidget):
    def __init__(self, staff: StaffService, events: AppEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self.pegawai_id: str | None = None
        self.title_label = QLabel(self)
        self.title_label.setObjectName("pegawaiName")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(SELECTABLE)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (("nip", self.tr("NIP")), ("asn", self.tr("ASN type")),
                           ("rank", self.tr("Rank/grade")), ("position", self.tr("Position")),
                           ("kind", self.tr("Position type")), ("unit", self.tr("Work unit")),
                           ("supervisor", self.tr("Direct supervisor (appraiser)")),
                           ("appraiser", self.tr("Appraiser's supervisor"))):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(SELECTABLE)
            self.form.addRow(label, value)
            self.values[key] = value
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        if events is not None:
            events.changes_applied.connect(self._on_changes)
        self.set_pegawai(None)

    def set_pegawai(self, pegawai_id: str | None) -> None:
        self.pegawai_id = pegawai_id
        pegawai = None
        if pegawai_id:
            try:
                pegawai = self._staff.get(pegawai_id)
            except DomainError:
                pegawai = None
        self._show(pegawai)

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if self.pegawai_id and changes.affects("pegawai"):
            self.set_pegawai(self.pegawai_id)

    def _show(self, pegawai: Pegawai | None) -> None:
        if pegawai is None:
            self.title_label.setText(self.tr("Choose an employee from the list on the left."))
            for value in self.values.values():
                value.clear()
            return
        self.title_label.setText(pegawai.full_name)
        rank = rank_for_code(pegawai.rank_code, pegawai.asn_type.value)
        asn = {AsnType.PNS: "PNS", AsnType.PPPK: "PPPK",
               AsnType.NON_ASN: self.tr("Non-ASN")}[pegawai.asn_type]
        # the jenjang once, never "Pranata Komputer Ahli Pertama (Ahli Pertama)"
        position = position_with_jenjang(pegawai.position, pegawai.jenjang)
        appraiser = self._staff.appraiser_of(pegawai)
        texts = {
            "nip": format_nip(pegawai.nip) if pegawai.nip else "—",
            "asn": asn,
            "rank": rank.label if rank else "—",
            "position": position,
            "kind": position_kind_label(pegawai.position_kind),
            "unit": unit_path_text(pegawai.unit_path),
            "supervisor": pegawai.supervisor_name or "—",
            "appraiser": appraiser.full_name if appraiser else "—",
        }
        for key, text in texts.items():
            self.values[key].setText(text)
