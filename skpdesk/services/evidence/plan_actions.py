""""Perlu tindakan" source `realisasi_due` (issue 11): periods closing within
CLOSING_SOON_DAYS (7) days with indicators still without realisasi.

For me and the pegawai I am pejabat penilai of (active ones): each SKP of the year that overlaps
a period whose batas pengisian is within [today, today + 7] (both ends included; a closed
period is no longer chased: it needs the office to extend it, `period set-deadline`) and has an
indicator without a realisasi in it. One item per SKP and period:
title the pegawai, detail "Triwulan I 2026: 3 dari 5 indikator belum ada realisasi; batas 10
April 2026", target the pegawai's "Rencana aksi & bukti" tab on the first incomplete RHK.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from skpdesk.domain.dates import tanggal
from skpdesk.domain.periods import PeriodInfo

from ..action_items import ActionItem, ActionTarget, register_source
from ..team_overview import full_name
from .periods import periods_for_year

KEY = "realisasi_due"
LABEL = "Realisasi belum lengkap menjelang batas pengisian"


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def realisasi_due(reader, me_id: str, year: int, today: dt.date) -> list[ActionItem]:
    closing = [i for i in periods_for_year(reader, year) if i.closing_soon(today)]
    items: list[ActionItem] = []
    for info in closing:
        items.extend(_items_for(reader, me_id, year, info))
    return items


def _items_for(reader, me_id: str, year: int, info: PeriodInfo) -> list[ActionItem]:
    by_skp: dict[str, list] = {}
    for row in reader.plans.indicator_progress(me_id, year, info.name):
        by_skp.setdefault(row["skp_id"], []).append(row)
    items = []
    for rows in by_skp.values():
        first = rows[0]
        if _date(first["period_end"]) < info.period.start or \
                _date(first["period_start"]) > info.period.end:
            continue  # the SKP does not cover this period (a pegawai who moved in mid-year)
        missing = [r for r in rows if not r["done"]]
        if not missing:
            continue
        detail = (f"{info.label}: {len(missing)} dari {len(rows)} indikator belum ada "
                  f"realisasi; batas {tanggal(info.deadline)}")
        title = full_name(first["name"], first["front_title"], first["back_title"])
        items.append(ActionItem(KEY, title, detail, ActionTarget(
            "evidence", first["pegawai_id"], skp_id=first["skp_id"],
            rhk_id=missing[0]["rhk_id"], period=info.name)))
    return items


@dataclass(frozen=True)
class RealisasiDueSource:
    key: str = KEY
    label: str = LABEL
    today: Callable[[], dt.date] = dt.date.today

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        return realisasi_due(reader, me_id, year, self.today())


register_source(RealisasiDueSource())
