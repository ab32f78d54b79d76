"""The periods of a year as the office runs them: rhythm, batas pengisian, open or closed.

`domain.periods` knows the calendar (names, first and last days, default deadlines); this module
adds what the database holds: the rhythm fixed for a year (`periode_tahun`, else the office
setting `periode.ritme`, else triwulanan) and the deadlines the office set (`batas_periode`).

`require_writable_period` is the one rule every write of issue 11 applies (rencana aksi,
realisasi, bukti dukung): the name must be a period of the SKP's year in that year's rhythm (or
its Akhir), overlap the SKP's own period, and be open today. Verification ignores the deadline,
and so does replacing a rejected bukti (it answers the pejabat penilai's rejection).

Who may change the rhythm or a deadline (`require_period_admin`): a pengelola kinerja (office
setting `roles.pengelola_kinerja`), or anybody while the office names none (as a fresh office
works; `office set` itself checks no role today). Deadlines decide who may still write, so a
pegawai must not extend their own. The rhythm of a year is locked once the year has periodic
records in it (they would stop lining up with the columns); the first record fixes it.
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.dates import tanggal
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.periods import (DEFAULT_RHYTHM, RHYTHM_LABELS, SETTING_RHYTHM, Period,
                                    PeriodInfo, Rhythm, fits_rhythm, parse_period_name,
                                    periods_of_year)
from skpdesk.domain.skp import Skp

from .. import fields as F
from ..acting import admin_ids
from ..dialog.feedback import acting_pegawai_id, person_text
from ..outcome import Outcome

__all__ = ["PeriodInfo", "PeriodService", "periods_for_year", "require_writable_period",
           "clip_to_skp", "pin_rhythm", "require_period_admin", "resolve_period", "rhythm_of"]


def rhythm_of(uow, year: int) -> Rhythm:
    """The rhythm of `year`: fixed for it, else the office setting, else the default."""
    for raw in (uow.plans.rhythm_of_year(year), uow.office.settings().get(SETTING_RHYTHM)):
        try:
            return Rhythm(raw)
        except ValueError:
            continue  # unset (None) or a value another version wrote: the next source decides
    return DEFAULT_RHYTHM


def _info(period: Period, rhythm: Rhythm, deadlines: dict[str, dt.date]) -> PeriodInfo:
    chosen = deadlines.get(period.name)
    return PeriodInfo(period, chosen or period.default_deadline, chosen is not None, rhythm)


def periods_for_year(uow, year: int) -> list[PeriodInfo]:
    """The periods of `year` in its rhythm, then Akhir, with their deadlines."""
    rhythm = rhythm_of(uow, year)
    periods = periods_of_year(year, rhythm)
    deadlines = uow.plans.deadlines([p.name for p in periods])
    return [_info(p, rhythm, deadlines) for p in periods]


def _valid_names(infos: list[PeriodInfo]) -> list[str]:
    return [i.name for i in infos]


def resolve_period(uow, text: str, *, field: str = "periode") -> PeriodInfo:
    """The period named `text` ("2026-TW1", also "2026-Q1"), in its year's rhythm, or
    PERIOD_UNKNOWN (not a name; or a periodic period of another rhythm: lists the valid names)."""
    period = parse_period_name(text or "")
    if period is None:
        raise DomainError(ErrorCode.PERIOD_UNKNOWN, field=field, value=(text or "").strip())
    rhythm = rhythm_of(uow, period.year)
    if not fits_rhythm(period, rhythm):
        infos = periods_for_year(uow, period.year)
        raise DomainError(ErrorCode.PERIOD_UNKNOWN, field=field, value=text.strip(),
                          year=period.year, rhythm=rhythm.value, allowed=_valid_names(infos))
    deadlines = uow.plans.deadlines([period.name])
    return _info(period, rhythm, deadlines)


def clip_to_skp(uow, skp: Skp, info: PeriodInfo, *,
                field: str = "periode") -> tuple[dt.date, dt.date]:
    """The days of period `info` within the SKP's own period (what a printed form's PERIODE
    PENILAIAN shows), or the refusal: PERIOD_UNKNOWN for a period of another year (listing the
    valid names), PERIOD_OUTSIDE_SKP when they do not overlap."""
    period = info.period
    if period.year != skp.year:
        raise DomainError(ErrorCode.PERIOD_UNKNOWN, field=field, value=period.name,
                          year=skp.year, rhythm=rhythm_of(uow, skp.year).value,
                          allowed=_valid_names(periods_for_year(uow, skp.year)))
    start, end = max(period.start, skp.period_start), min(period.end, skp.period_end)
    if start > end:
        raise DomainError(ErrorCode.PERIOD_OUTSIDE_SKP, field=field, value=period.name,
                          period=period.label, name=_owner_text(uow, skp),
                          skp_start=tanggal(skp.period_start), skp_end=tanggal(skp.period_end))
    return start, end


def require_writable_period(uow, skp: Skp, text: str, today: dt.date | None = None, *,
                            replacing_rejected: bool = False,
                            field: str = "periode", pin: bool = True) -> PeriodInfo:
    """The period a rencana aksi, realisasi or bukti dukung of `skp` may be written in:
    - a period of the SKP's year in that year's rhythm, or its Akhir (PERIOD_UNKNOWN listing
      the valid names otherwise);
    - overlapping the SKP's period_start..period_end (PERIOD_OUTSIDE_SKP);
    - open: today on or before its batas pengisian (PERIOD_CLOSED naming the date), unless
      `replacing_rejected` (a new version of a ditolak bukti answers the rejection)."""
    today = today or dt.date.today()
    info = resolve_period(uow, text, field=field)
    if info.period.year != skp.year:
        raise DomainError(ErrorCode.PERIOD_UNKNOWN, field=field, value=text.strip(),
                          year=skp.year, rhythm=rhythm_of(uow, skp.year).value,
                          allowed=_valid_names(periods_for_year(uow, skp.year)))
    if info.period.end < skp.period_start or info.period.start > skp.period_end:
        raise DomainError(ErrorCode.PERIOD_OUTSIDE_SKP, field=field, value=info.name,
                          period=info.label, name=_owner_text(uow, skp),
                          skp_start=tanggal(skp.period_start),
                          skp_end=tanggal(skp.period_end))
    if info.closed(today) and not replacing_rejected:
        raise DomainError(ErrorCode.PERIOD_CLOSED, field=field, value=info.name,
                          period=info.label, deadline=tanggal(info.deadline))
    if pin:  # `pin=False`: a check in a read-only unit of work (bukti dukung check first)
        pin_rhythm(uow, skp.year, info.rhythm)
    return info


def pin_rhythm(uow, year: int, rhythm: Rhythm) -> None:
    """Fix `year`'s rhythm before its first periodic record is written: a year ruled by the
    office setting would otherwise change its columns when the setting changes, and its
    records would stop lining up (set_rhythm refuses exactly that for a fixed year)."""
    if uow.plans.rhythm_of_year(year) is None:
        uow.plans.set_rhythm_of_year(year, Rhythm(rhythm).value)


def require_period_admin(uow) -> None:
    """Refuse (PERIOD_ADMIN_REQUIRED) unless the acting pegawai is a pengelola kinerja; an
    office without any pengelola kinerja lets anybody decide."""
    admins = admin_ids(uow)
    if not admins:
        return
    actor = acting_pegawai_id(uow)
    if actor in admins:
        return
    names = ", ".join(sorted(person_text(uow, a) for a in admins))
    if actor is None:
        raise DomainError(ErrorCode.PERIOD_ADMIN_REQUIRED, field="saya_adalah", admins=names,
                          reason="nobody")
    raise DomainError(ErrorCode.PERIOD_ADMIN_REQUIRED, field="saya_adalah", admins=names,
                      actor=person_text(uow, actor))


def _one_year_after(day: dt.date) -> dt.date:
    """The same day a year later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _owner_text(uow, skp: Skp) -> str:
    return person_text(uow, skp.pegawai_id)  # "Nama (NIP)", as the role refusals say it


class PeriodService:
    """`Services.periods`: the periods of a year, the rhythm and the deadlines."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def list(self, year: int) -> list[PeriodInfo]:
        year = F.year(year, "tahun")
        with self._db.reader() as uow:
            return periods_for_year(uow, year)

    def rhythm(self, year: int) -> Rhythm:
        year = F.year(year, "tahun")
        with self._db.reader() as uow:
            return rhythm_of(uow, year)

    def resolve(self, text: str, *, field: str = "periode") -> PeriodInfo:
        with self._db.reader() as uow:
            return resolve_period(uow, text, field=field)

    def set_rhythm(self, rhythm: Rhythm | str, year: int) -> Outcome[list[PeriodInfo]]:
        """Fix `year`'s rhythm; refused (PERIOD_RHYTHM_LOCKED naming the counts) when the year
        has rencana aksi, realisasi or bukti in periodic periods of another rhythm."""
        rhythm = F.choice(rhythm, Rhythm, "ritme")
        year = F.year(year, "tahun")
        with self._db.unit_of_work(self._actor) as uow:
            if uow.office.instansi() is None:
                raise DomainError(ErrorCode.OFFICE_MISSING)
            require_period_admin(uow)
            current = rhythm_of(uow, year)
            keep = [p.name for p in periods_of_year(year, rhythm)]
            counts = uow.plans.periodic_counts(year, keep)
            if counts.total:
                raise DomainError(ErrorCode.PERIOD_RHYTHM_LOCKED, field="ritme",
                                  value=rhythm.value, year=year, rhythm=RHYTHM_LABELS[rhythm],
                                  current=RHYTHM_LABELS[current], count=counts.total,
                                  plans=counts.action_plans, realisasi=counts.realisasi,
                                  evidence=counts.evidence)
            uow.plans.set_rhythm_of_year(year, rhythm.value)
            value = periods_for_year(uow, year)
        return Outcome(value, uow.changes)

    def set_deadline(self, period: str, deadline: dt.date | str) -> Outcome[PeriodInfo]:
        """Set a period's batas pengisian: from the period's end up to one year after it."""
        deadline = F.date(deadline, "batas_pengisian")
        with self._db.unit_of_work(self._actor) as uow:
            if uow.office.instansi() is None:
                raise DomainError(ErrorCode.OFFICE_MISSING)
            require_period_admin(uow)
            info = resolve_period(uow, period)
            earliest = info.period.end
            latest = _one_year_after(earliest)
            if not earliest <= deadline <= latest:
                raise DomainError(ErrorCode.PERIOD_DEADLINE_INVALID, field="batas_pengisian",
                                  value=tanggal(deadline), period=info.label,
                                  earliest=tanggal(earliest), latest=tanggal(latest))
            uow.plans.set_deadline(info.name, deadline)
            value = resolve_period(uow, info.name)
        return Outcome(value, uow.changes)

    def clear_deadline(self, period: str) -> Outcome[PeriodInfo]:
        """Back to the default batas pengisian (the 10th of the month after the period)."""
        with self._db.unit_of_work(self._actor) as uow:
            require_period_admin(uow)
            info = resolve_period(uow, period)
            uow.plans.clear_deadline(info.name)
            value = resolve_period(uow, info.name)
        return Outcome(value, uow.changes)
