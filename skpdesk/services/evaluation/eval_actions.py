""""Perlu tindakan" sources of the penilaian (issue 12): evaluations I still have to set as
pejabat penilai, and keberatan waiting for my decision as atasan pejabat penilai.

`evaluation_due` ("Evaluasi kinerja belum ditetapkan"). The issue asks for "evaluations due
before the period's batas"; an evaluation can only be written once the period has ended, and the
batas pengisian (`PeriodInfo.deadline`, the 10th of the next month unless the office set another)
is when the period's reporting should be done. So an item is shown for a period when
- the period has ENDED (today > its last day), and
- today <= its batas + OVERDUE_DAYS (30): up to the batas it is due; after it, for 30 more days,
  it is shown "terlambat" (late: still the supervisor's job, the evaluation is not locked by the
  batas); day 30 after the batas is still shown, day 31 is not (an old period is not chased
  forever; the team view lists every unrated pegawai of any period).
The periods looked at are those of the selected year and of the year before (the previous
year's TW4/Akhir fall due in January).
For each period: every active pegawai whose pejabat penilai I am (the SKP's appraiser, else the
pegawai's atasan) with an SKP overlapping the period (two SKPs in a year after a mutation: the
one that overlaps the period's end wins, as the evaluation service chooses), that SKP DISETUJUI
(an unapproved SKP cannot be evaluated), and whose current evaluation of the period is missing or
still a draft. Title the pegawai; detail "Triwulan I 2026: belum dinilai; batas 10 April 2026"
(or "draft, belum ditetapkan"; "(terlambat)" after the batas); target the pegawai's Penilaian tab
on that period.

`keberatan_decide` ("Keberatan menunggu keputusan saya"): every DIAJUKAN keberatan whose atasan
(the evaluation's `atasan_id`, snapshotted when it was ditetapkan) is me, of any year (a waiting
keberatan is never hidden by the year selector). Target: the keberatan (the decision dialog).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from skpdesk.domain.dates import tanggal
from skpdesk.domain.evaluation import EvaluationStatus
from skpdesk.domain.periods import PeriodInfo, parse_period_name
from skpdesk.domain.skp import SkpStatus

from ..action_items import ActionItem, ActionTarget, register_source
from ..evidence.periods import periods_for_year
from ..team_overview import full_name

DUE_KEY = "evaluation_due"
DUE_LABEL = "Evaluasi kinerja belum ditetapkan"
KEBERATAN_KEY = "keberatan_decide"
KEBERATAN_LABEL = "Keberatan menunggu keputusan saya"
OVERDUE_DAYS = 30

_SET = {EvaluationStatus.DITETAPKAN.value, EvaluationStatus.FINAL.value}


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def in_due_window(info: PeriodInfo, today: dt.date) -> bool:
    """The period has ended and its batas is at most OVERDUE_DAYS behind today (module doc)."""
    return today > info.period.end and today <= info.deadline + dt.timedelta(days=OVERDUE_DAYS)


def evaluations_due(reader, me_id: str, year: int, today: dt.date) -> list[ActionItem]:
    items: list[ActionItem] = []
    for y in (year - 1, year):
        for info in periods_for_year(reader, y):
            if in_due_window(info, today):
                items.extend(_due_for(reader, me_id, info, today))
    return items


def _winner(rows, end: dt.date):
    """The SKP that overlaps the period's end, else the latest one (rows overlap the period)."""
    covering = [r for r in rows if _date(r["period_start"]) <= end <= _date(r["period_end"])]
    return covering[-1] if covering else rows[-1]


def _due_for(reader, me_id: str, info: PeriodInfo, today: dt.date) -> list[ActionItem]:
    by_pegawai: dict[str, list] = {}
    for row in reader.team.evaluation_candidates(me_id, info.period.year, info.name,
                                                 info.period.start, info.period.end):
        by_pegawai.setdefault(row["pegawai_id"], []).append(row)
    items = []
    for rows in by_pegawai.values():
        row = _winner(rows, info.period.end)
        if row["skp_status"] != SkpStatus.DISETUJUI.value or row["eval_status"] in _SET:
            continue
        state = "draft, belum ditetapkan" if row["eval_status"] else "belum dinilai"
        late = " (terlambat)" if today > info.deadline else ""
        detail = f"{info.label}: {state}; batas {tanggal(info.deadline)}{late}"
        title = full_name(row["name"], row["front_title"], row["back_title"])
        items.append(ActionItem(DUE_KEY, title, detail, ActionTarget(
            "evaluation", row["pegawai_id"], skp_id=row["skp_id"], period=info.name)))
    return items


def keberatan_waiting(reader, me_id: str) -> list[ActionItem]:
    items = []
    for keberatan in reader.keberatan.waiting_for(me_id):
        pegawai = reader.people.get(keberatan.pegawai_id)
        title = pegawai.full_name if pegawai is not None else keberatan.pegawai_id
        period = parse_period_name(keberatan.period)
        label = period.label if period is not None else keberatan.period
        detail = f"{label}: keberatan diajukan {tanggal(keberatan.filed_on)}"
        items.append(ActionItem(KEBERATAN_KEY, title, detail, ActionTarget(
            "keberatan", keberatan.pegawai_id, skp_id=keberatan.skp_id,
            period=keberatan.period, keberatan_id=keberatan.id)))
    return items


@dataclass(frozen=True)
class EvaluationDueSource:
    key: str = DUE_KEY
    label: str = DUE_LABEL
    today: Callable[[], dt.date] = dt.date.today

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        return evaluations_due(reader, me_id, year, self.today())


@dataclass(frozen=True)
class KeberatanWaitingSource:
    key: str = KEBERATAN_KEY
    label: str = KEBERATAN_LABEL

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        return keberatan_waiting(reader, me_id)


register_source(EvaluationDueSource())
register_source(KeberatanWaitingSource())
