""""Perlu tindakan" source `unsigned_prints` (issue 13): "Dokumen tercetak belum ada pindaian
bertanda tangan".

A printed SKP, evaluasi, dokumen evaluasi or penetapan is paper to be signed and filed; its
signed scan should come back (`skpdesk scan import`). An item is shown for the newest print of a
record and kind (an older copy of the same record is superseded by the newer one) recorded more
than UNSIGNED_AFTER_DAYS (14) days ago with no signed scan of that record and kind:
- the prints of pegawai whose pejabat penilai I am (the SKP's appraiser, else the pegawai's
  atasan) and my own (I have to sign or hand them in);
- the penetapan of a unit I head or lead (`roles.unit_head`, the first of `roles.leaders_above`:
  the one who signs it).
Not limited to the Tahun shown: unsigned paper does not become less unsigned with the year.
Target: the pegawai's SKP tab (an SKP), their Penilaian tab on the period (the evaluation
forms), or me (a penetapan: the unit has no tab).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from skpdesk.domain.dates import tanggal
from skpdesk.domain.periods import parse_period_name

from ..action_items import ActionItem, ActionTarget, register_source
from ..evaluation.roles import leaders_above, unit_head
from ..team_overview import full_name

SOURCE_KEY = "unsigned_prints"
SOURCE_LABEL = "Dokumen tercetak belum ada pindaian bertanda tangan"
UNSIGNED_AFTER_DAYS = 14
# The forms whose signed paper is chased (the forms of record; the bimbingan forms, the
# catatan dialog and the umpan balik page are kept when scanned but not chased).
KINDS = ("skp", "evaluasi", "dokumen_evaluasi", "penetapan")
KIND_LABELS = {"skp": "SKP", "evaluasi": "Evaluasi kinerja", "dokumen_evaluasi":
               "Dokumen evaluasi kinerja", "penetapan": "Penetapan predikat kinerja"}


def cutoff_iso(today: dt.date, days: int = UNSIGNED_AFTER_DAYS) -> str:
    """Prints recorded before the start (UTC) of the day `days` before today are overdue."""
    moment = dt.datetime.combine(today - dt.timedelta(days=days), dt.time.min, dt.timezone.utc)
    return moment.isoformat(timespec="milliseconds")


def document_label(kind: str, period: str) -> str:
    label = KIND_LABELS.get(kind, kind)
    found = parse_period_name(period) if period else None
    return f"{label} {found.label}" if found is not None else label


def printed_date(printed_at: str) -> str:
    try:
        return tanggal(dt.date.fromisoformat(printed_at[:10]))
    except ValueError:
        return printed_at[:10]


def unsigned_items(reader, me_id: str, today: dt.date) -> list[ActionItem]:
    before = cutoff_iso(today)
    items = []
    for u in reader.scans.unsigned_prints(KINDS, printed_before=before, penilai_id=me_id):
        if u.pegawai_id is None:
            continue
        detail = f"{document_label(u.kind, u.period)} dicetak {printed_date(u.printed_at)} " \
                 f"({u.code})"
        if u.kind == "skp":
            target = ActionTarget("skp", u.pegawai_id, skp_id=u.skp_id)
        else:
            target = ActionTarget("evaluation", u.pegawai_id, skp_id=u.skp_id,
                                  period=u.period or None)
        items.append(ActionItem(SOURCE_KEY, full_name(u.name, u.front_title, u.back_title),
                                detail, target))
    for u in reader.scans.unsigned_units(("penetapan",), printed_before=before):
        head = unit_head(reader, u.record_id)
        signers = {head.id} if head is not None else set()
        signers.update(leaders_above(reader, u.record_id)[:1])
        if me_id not in signers:
            continue
        title = _unit_names(reader).get(u.record_id, u.record_id)
        detail = f"{document_label(u.kind, u.period)} dicetak {printed_date(u.printed_at)} " \
                 f"({u.code})"
        items.append(ActionItem(SOURCE_KEY, str(title), detail, ActionTarget("pegawai", me_id)))
    return items


def _unit_names(reader) -> dict[str, str]:
    return {unit_id: name for unit_id, name, _parent in reader.team.units()}


@dataclass(frozen=True)
class UnsignedPrintsSource:
    key: str = SOURCE_KEY
    label: str = SOURCE_LABEL
    today: Callable[[], dt.date] = dt.date.today

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        return unsigned_items(reader, me_id, self.today())


register_source(UnsignedPrintsSource())
