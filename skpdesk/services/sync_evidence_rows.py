"""What the conflict queue shows of issue 11's rows: the year's rhythm, a batas pengisian, a
rencana aksi, a realisasi, a bukti dukung ("Realisasi Triwulan I 2026, Indikator 1, RHK 2, SKP
2026 Budi Santoso: realisasi"). Built from the rows as they are, so every replica words a
conflict the same way; a row whose parents are gone still gets a label.
"""

from __future__ import annotations

from skpdesk.domain.periods import parse_period_name
from skpdesk.domain.sync_labels import ENTITY_LABELS

EVIDENCE_TABLES = frozenset({"periode_tahun", "batas_periode", "rencana_aksi", "realisasi",
                             "bukti_dukung"})


def _period(values: dict) -> str:
    name = str(values.get("period") or "")
    period = parse_period_name(name)
    return period.label if period is not None else name


def row_label(uow, entity: str, values: dict, row_label_of) -> str:
    """The label of a row of EVIDENCE_TABLES; `row_label_of(entity, row)` words the RHK and
    indicator it hangs on (the conflict queue's own labels)."""
    kind = ENTITY_LABELS[entity]
    if entity == "periode_tahun":
        return f"{kind} {values.get('year', '')}".strip()
    if entity == "batas_periode":
        return f"{kind} {_period(values)}".strip()
    if entity == "realisasi":
        indicator = uow.sync.live_row("indikator", values.get("indikator_id") or "")
        where = row_label_of("indikator", indicator) if indicator else "Indikator"
    else:
        rhk = uow.sync.live_row("rhk", values.get("rhk_id") or "")
        where = row_label_of("rhk", rhk) if rhk else "RHK"
    if entity == "bukti_dukung":
        named = values.get("original_name") or values.get("link") or ""
        what = " ".join(x for x in (f"\"{named}\"" if named else "", _period(values)) if x)
        return f"{kind} {what}, {where}"
    return f"{kind} {_period(values)}, {where}"
