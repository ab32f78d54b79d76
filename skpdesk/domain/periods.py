"""Periods of the performance year: the office's periodic rhythm and the annual "Akhir" period.

SKP-REFERENCE §2.4: e-Kinerja has bulanan and triwulanan periods, some sectors semester, and the
evaluation form prints "PERIODE: TRIWULAN I/II/III/IV-AKHIR". The admin defines each period with
"Nama, Periode Awal, Periode Akhir, Batas Pengisian dan Jenis Periode" (§2.2).

Names (what `skpdesk period list` shows and every command takes; a contract):
- triwulanan: "2026-TW1" .. "2026-TW4"   (also read: "2026-Q1", "2026-tw1")
- semester:   "2026-S1", "2026-S2"
- bulanan:    "2026-01" .. "2026-12"     (also read: "2026-1")
- the annual period: "2026-AKHIR"

The rhythm is chosen per year (it cannot change once the year has periodic records, or they
would stop lining up with the columns); the office setting `periode.ritme` is the rhythm of a
year nobody has fixed. The batas pengisian (closing date) of a period defaults to the 10th of
the month after it ends (SE Kepala BKN 11/2023 had the annual reporting finished "sebelum 10
Januari", SKP-REFERENCE §2.2); the office may set another date per period. After its batas
pengisian a period is closed: no new rencana aksi, realisasi or bukti dukung for it.

Umpan balik berkelanjutan (issue 10) is given for a month ("2026-03") or a quarter ("2026-Q1");
`feedback_in_period` says which of those a period shows: every feedback whose last day falls
inside the period (so a quarter's feedback shows in the third month under a bulanan rhythm, and
every feedback of the year shows in Akhir).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

SETTING_RHYTHM = "periode.ritme"
CLOSING_SOON_DAYS = 7  # "Perlu tindakan": periods closing within this many days
DEADLINE_DAY = 10      # default batas pengisian: this day of the month after the period ends


class Rhythm(str, Enum):
    BULANAN = "bulanan"
    TRIWULANAN = "triwulanan"
    SEMESTER = "semester"


DEFAULT_RHYTHM = Rhythm.TRIWULANAN
RHYTHM_LABELS = {Rhythm.BULANAN: "Bulanan", Rhythm.TRIWULANAN: "Triwulanan",
                 Rhythm.SEMESTER: "Semester"}


class PeriodKind(str, Enum):
    BULANAN = "bulanan"
    TRIWULANAN = "triwulanan"
    SEMESTER = "semester"
    AKHIR = "akhir"


_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
_ROMAN = ("I", "II", "III", "IV")

_NAME_RE = re.compile(r"^\s*(\d{4})-(TW[1-4]|Q[1-4]|S[12]|SM[12]|\d{1,2}|AKHIR)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """One period of a year: its name, kind, first and last day, and default batas pengisian."""

    name: str            # "2026-TW1", "2026-S2", "2026-03", "2026-AKHIR"
    year: int
    kind: PeriodKind
    number: int          # 1-based within the year; 0 for Akhir
    start: dt.date
    end: dt.date

    @property
    def is_final(self) -> bool:
        return self.kind is PeriodKind.AKHIR

    @property
    def label(self) -> str:
        """"Triwulan I 2026", "Semester II 2026", "Maret 2026", "Akhir 2026"."""
        return f"{self.short_label} {self.year}"

    @property
    def short_label(self) -> str:
        """Column headings: "TW I", "Smt II", "Mar", "Akhir"."""
        if self.kind is PeriodKind.TRIWULANAN:
            return f"Triwulan {_ROMAN[self.number - 1]}"
        if self.kind is PeriodKind.SEMESTER:
            return f"Semester {_ROMAN[self.number - 1]}"
        if self.kind is PeriodKind.BULANAN:
            return _MONTHS_ID[self.number - 1]
        return "Akhir"

    @property
    def print_label(self) -> str:
        """As the evaluation form prints it: "TRIWULAN I", "SEMESTER II", "MARET", "AKHIR"."""
        return self.short_label.upper()

    @property
    def default_deadline(self) -> dt.date:
        return default_deadline(self.end)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def default_deadline(end: dt.date) -> dt.date:
    """The 10th of the month after `end`."""
    nxt = dt.date(end.year + (end.month == 12), end.month % 12 + 1, 1)
    return nxt.replace(day=DEADLINE_DAY)


def _make(year: int, kind: PeriodKind, number: int) -> Period:
    if kind is PeriodKind.TRIWULANAN:
        return Period(f"{year:04d}-TW{number}", year, kind, number,
                      dt.date(year, 3 * number - 2, 1), _month_end(year, 3 * number))
    if kind is PeriodKind.SEMESTER:
        return Period(f"{year:04d}-S{number}", year, kind, number,
                      dt.date(year, 6 * number - 5, 1), _month_end(year, 6 * number))
    if kind is PeriodKind.BULANAN:
        return Period(f"{year:04d}-{number:02d}", year, kind, number,
                      dt.date(year, number, 1), _month_end(year, number))
    return Period(f"{year:04d}-AKHIR", year, PeriodKind.AKHIR, 0,
                  dt.date(year, 1, 1), dt.date(year, 12, 31))


_COUNT = {Rhythm.BULANAN: (PeriodKind.BULANAN, 12), Rhythm.TRIWULANAN: (PeriodKind.TRIWULANAN, 4),
          Rhythm.SEMESTER: (PeriodKind.SEMESTER, 2)}


def periods_of_year(year: int, rhythm: Rhythm) -> list[Period]:
    """The periodic periods of `year` in order, then Akhir."""
    kind, count = _COUNT[Rhythm(rhythm)]
    return [_make(year, kind, n) for n in range(1, count + 1)] + [_make(year, PeriodKind.AKHIR, 0)]


def parse_period_name(text: str) -> Period | None:
    """The period a name denotes (any rhythm), or None when `text` is not a period name."""
    m = _NAME_RE.match(text or "")
    if not m or not 1900 < int(m.group(1)) < 2200:
        return None
    year, rest = int(m.group(1)), m.group(2).upper()
    if rest == "AKHIR":
        return _make(year, PeriodKind.AKHIR, 0)
    if rest[:2] == "TW" or rest[0] == "Q":
        return _make(year, PeriodKind.TRIWULANAN, int(rest[-1]))
    if rest[0] == "S":
        return _make(year, PeriodKind.SEMESTER, int(rest[-1]))
    month = int(rest)
    return _make(year, PeriodKind.BULANAN, month) if 1 <= month <= 12 else None


def period_kind_of(rhythm: Rhythm) -> PeriodKind:
    return _COUNT[Rhythm(rhythm)][0]


def fits_rhythm(period: Period, rhythm: Rhythm) -> bool:
    """Akhir fits every rhythm; a periodic period only its own."""
    return period.is_final or period.kind is period_kind_of(rhythm)


def period_on(day: dt.date, rhythm: Rhythm) -> Period:
    """The periodic period of `rhythm` containing `day`."""
    return next(p for p in periods_of_year(day.year, rhythm) if not p.is_final and p.contains(day))


def feedback_in_period(feedback_first: dt.date, feedback_last: dt.date, period: Period) -> bool:
    """Whether a umpan balik given for [first, last] (a month or a quarter, domain.dialog
    period_bounds) shows in `period`: its last day falls inside the period."""
    del feedback_first  # kept in the signature: the rule is about the feedback's whole span
    return period.contains(feedback_last)


@dataclass(frozen=True)
class PeriodInfo:
    """A period as the office runs it: the rhythm of its year and the batas pengisian in force
    (`deadline_set`: the office chose it; else the default). `services.evidence.periods` builds
    these from the database (issue 11, helper "plans": appended here so `domain.evidence.PlanGrid`
    can hold them without the domain importing a service)."""

    period: Period
    deadline: dt.date
    deadline_set: bool
    rhythm: Rhythm

    @property
    def name(self) -> str:
        return self.period.name

    @property
    def label(self) -> str:
        return self.period.label

    def closed(self, today: dt.date) -> bool:
        return today > self.deadline

    def closing_soon(self, today: dt.date) -> bool:
        """Open, and its deadline within CLOSING_SOON_DAYS of today (both ends included)."""
        return today <= self.deadline <= today + dt.timedelta(days=CLOSING_SOON_DAYS)
