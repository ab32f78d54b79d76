""""Perlu tindakan" source `evidence_verify` (issue 11): bukti dukung waiting for my verification.

For the acting pegawai as pejabat penilai: the current bukti in status menunggu on the SKPs of
the year whose pejabat penilai is me (the SKP's appraiser, else the pegawai's atasan), one item
per pegawai and period ("4 bukti dukung Triwulan I 2026"), pointing at the oldest of them in
the pegawai's "Rencana aksi & bukti" tab.
"""

from __future__ import annotations

from dataclasses import dataclass

from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.people import titled_name
from skpdesk.domain.periods import parse_period_name

from ..action_items import ActionItem, ActionTarget, register_source

SOURCE_KEY = "evidence_verify"
SOURCE_LABEL = "Bukti dukung menunggu verifikasi saya"


def period_label(name: str) -> str:
    period = parse_period_name(name)
    return period.label if period is not None else name


@dataclass(frozen=True)
class EvidenceToVerify:
    key: str = SOURCE_KEY
    label: str = SOURCE_LABEL

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        items = []
        for g in reader.evidence.pending_groups(me_id, year):
            name = titled_name(g["name"], g["front_title"], g["back_title"])
            nip = f" ({format_nip(g['nip'])})" if g["nip"] else ""
            items.append(ActionItem(
                self.key, f"{name}{nip}",
                f"{g['count']} bukti dukung {period_label(g['period'])}",
                ActionTarget("evidence", g["pegawai_id"], skp_id=g["skp_id"],
                             rhk_id=g["rhk_id"], period=g["period"],
                             evidence_id=g["evidence_id"])))
        return items


register_source(EvidenceToVerify())
