"""Angka kredit of a pegawai in a jabatan fungsional (issue 12; SKP-REFERENCE §3.5; the pure
rules and rounding: `domain.angka_kredit`).

Which evaluations count (also in docs/panduan and the README):
- The revision in force of each SKP and period, when it is DITETAPKAN or FINAL (stored). A
  draft never counts; an older revision (diganti) never counts. A ditetapkan evaluation counts
  at once: a keberatan decided later changes the revision in force and so the AK.
- Per year and per SKP: when the SKP has a counted "AKHIR" evaluation, that one gives the
  year's AK of that SKP, with months = the months of the SKP within the year (12 for a whole
  year; a month the SKP touches counts), unless `months` (1..12) is given. Otherwise the
  counted periodic evaluations of that SKP count, each with the months of its period within the
  SKP (a triwulan 3, a semester 6, a month 1), marked provisional ("sementara"): the annual
  evaluation replaces them once it is ditetapkan. A mutation year (two SKPs) thus adds the two
  SKPs' parts, as the reference's 18,75 + 2,08.
- The jenjang is the one of the evaluation's snapshot (the jenjang at the time), its koefisien
  from the §3.5 table. Evaluations written while the pegawai was not fungsional (or had no
  jenjang of the table) give no AK; when none of the year's does: AK_NOT_FUNGSIONAL naming the
  jabatan.
- Cumulative: the sum of the yearly totals of every year up to and including the one asked.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from skpdesk.domain.angka_kredit import (AngkaKreditItem, AngkaKreditReport, accumulate, ak_item,
                                         check_months, jenjang_name, koefisien_of)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import Evaluation, EvaluationStatus, PersonSnapshot
from skpdesk.domain.people import (POSITION_KIND_LABELS, Pegawai, PositionKind,
                                   position_with_jenjang)
from skpdesk.domain.periods import PeriodKind, parse_period_name
from skpdesk.domain.skp import SkpSummary

from .. import fields as F
from ..evidence.periods import periods_for_year

__all__ = ["AngkaKreditService", "BASIS_AKHIR", "BASIS_PERIODIK", "BASIS_CAMPURAN",
           "BASIS_LABELS", "months_between"]

COUNTED = (EvaluationStatus.DITETAPKAN, EvaluationStatus.FINAL)
BASIS_AKHIR = "akhir"          # every item from an annual (AKHIR) evaluation
BASIS_PERIODIK = "periodik"    # only periodic evaluations so far: provisional
BASIS_CAMPURAN = "campuran"    # a mutation year: one SKP's annual, another's periodic
BASIS_LABELS = {BASIS_AKHIR: "Evaluasi akhir tahun",
                BASIS_PERIODIK: "Evaluasi periodik (sementara, sebelum evaluasi akhir)",
                BASIS_CAMPURAN: "Evaluasi akhir dan periodik (sebagian sementara)",
                "": "Belum ada evaluasi yang ditetapkan"}


def months_between(start: dt.date, end: dt.date) -> int:
    """Calendar months from `start` to `end` inclusive, a month touched counting whole."""
    if end < start:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _counts_for_ak(snapshot: PersonSnapshot | None) -> bool:
    return (snapshot is not None and snapshot.position_kind == PositionKind.FUNGSIONAL.value
            and jenjang_name(snapshot.jenjang) is not None)


class AngkaKreditService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def for_year(self, pegawai_id: str, year: int, *, months: int | None = None,
                 today: dt.date | None = None) -> AngkaKreditReport:
        """The AK of `year` (module doc) and the cumulative sum up to it. `months` overrides
        the months of the year's annual evaluation(s) (a partial year). `today` is accepted
        like every service's, but the AK depends only on what was ditetapkan."""
        del today
        year = F.year(year, "tahun")
        if months is not None:
            check_months(months, field="bulan")
        with self._db.reader() as uow:
            pegawai = uow.people.get(pegawai_id)
            if pegawai is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=pegawai_id)
            counted = _counted(uow, pegawai_id, year)
        totals: list[tuple[int, Decimal]] = []
        items: list[AngkaKreditItem] = []
        for y in sorted(counted):
            year_items = _items(counted[y], months if y == year else None)
            if y == year:
                items = year_items
            if year_items:
                totals.append((y, accumulate(i.value for i in year_items)))
        if not items:
            _refuse_non_fungsional(pegawai, counted.get(year, []))
        newest = items[-1] if items else None
        jenjang = newest.jenjang if newest else (jenjang_name(pegawai.jenjang) or "")
        return AngkaKreditReport(
            pegawai_id=pegawai.id, nip=pegawai.nip or "", name=pegawai.full_name, year=year,
            jenjang=jenjang, koefisien=newest.koefisien if newest else koefisien_of(jenjang),
            items=tuple(items), total=accumulate(i.value for i in items),
            cumulative=accumulate(total for _, total in totals), basis=_basis(items),
            years=tuple(totals))


# --- steps
_Counted = tuple[SkpSummary, Evaluation]


def _counted(uow, pegawai_id: str, up_to: int) -> dict[int, list[_Counted]]:
    """year -> the counted evaluations (with their SKP) of the pegawai's SKPs up to `up_to`:
    one query per period name of each year, for all of that year's SKPs at once."""
    by_year: dict[int, list[SkpSummary]] = {}
    for skp in uow.skp.list_for_pegawai(pegawai_id):
        if skp.year <= up_to:
            by_year.setdefault(skp.year, []).append(skp)
    found: dict[int, list[_Counted]] = {}
    for year, skps in by_year.items():
        by_id = {s.id: s for s in skps}
        for info in periods_for_year(uow, year):
            for ev in uow.evaluations.for_period(info.name, skp_ids=list(by_id)):
                if ev.stored_status in COUNTED and ev.predikat is not None:
                    found.setdefault(year, []).append((by_id[ev.skp_id], ev))
    return found


def _items(counted: list[_Counted], months: int | None) -> list[AngkaKreditItem]:
    """The AK items of one year (module doc), in period order, AKHIR after the periodic."""
    by_skp: dict[str, list[_Counted]] = {}
    for skp, ev in counted:
        by_skp.setdefault(skp.id, []).append((skp, ev))
    items: list[tuple[tuple, AngkaKreditItem]] = []
    for entries in by_skp.values():
        annual = [(s, e) for s, e in entries if parse_period_name(e.period).kind is PeriodKind.AKHIR]
        if annual and _counts_for_ak(annual[0][1].pegawai):
            skp, ev = annual[0]
            period = parse_period_name(ev.period)
            span = months or _months_in(skp, period.start, period.end)
            items.append(((period.end, 1, skp.period_start),
                          ak_item(ev.period, ev.predikat, ev.pegawai.jenjang, span,
                                  provisional=False)))
            continue
        for skp, ev in entries:
            period = parse_period_name(ev.period)
            if period.kind is PeriodKind.AKHIR or not _counts_for_ak(ev.pegawai):
                continue
            span = _months_in(skp, period.start, period.end)
            if span < 1:
                continue
            items.append(((period.end, 0, skp.period_start),
                          ak_item(ev.period, ev.predikat, ev.pegawai.jenjang, span,
                                  provisional=True)))
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def _months_in(skp: SkpSummary, start: dt.date, end: dt.date) -> int:
    """Months of [start, end] within the SKP's period, at most 12."""
    return min(12, months_between(max(start, skp.period_start), min(end, skp.period_end)))


def _basis(items: list[AngkaKreditItem]) -> str:
    if not items:
        return ""
    provisional = {item.provisional for item in items}
    if provisional == {False}:
        return BASIS_AKHIR
    return BASIS_PERIODIK if provisional == {True} else BASIS_CAMPURAN


def _refuse_non_fungsional(pegawai: Pegawai, counted: list[_Counted]) -> None:
    """AK_NOT_FUNGSIONAL when the year gives no AK because of the jabatan: the newest counted
    evaluation's snapshot, or (none counted yet) the pegawai as they are now."""
    if counted:
        snap = max(counted, key=lambda pair: parse_period_name(pair[1].period).end)[1].pegawai
        if snap is not None and not _counts_for_ak(snap):
            kind = _kind_label(snap.position_kind)
            raise DomainError(ErrorCode.AK_NOT_FUNGSIONAL, field="jenjang", name=snap.name,
                              jabatan=snap.jabatan or "-", kind=kind)
        return
    if pegawai.position_kind is not PositionKind.FUNGSIONAL or jenjang_name(pegawai.jenjang) is None:
        raise DomainError(ErrorCode.AK_NOT_FUNGSIONAL, field="jenjang", name=pegawai.full_name,
                          jabatan=position_with_jenjang(pegawai.position or "", pegawai.jenjang)
                          or "-", kind=_kind_label(pegawai.position_kind.value))


def _kind_label(kind: str) -> str:
    try:
        label = POSITION_KIND_LABELS[PositionKind(kind)]
    except ValueError:
        return "jenis jabatan tidak tercatat"
    if kind == PositionKind.FUNGSIONAL.value:
        return f"{label}, tanpa jenjang dalam tabel koefisien"
    return label
