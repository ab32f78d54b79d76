"""Angka kredit of a jabatan fungsional from the predikat kinerja (issue 12; SKP-REFERENCE §3.5,
Perban BKN 3/2023 and PermenPANRB 1/2023).

- AK = months/12 × percentage of the predikat × koefisien of the jenjang. A full year is 12
  months; a partial year (a mutation, the first year in the jabatan) or a period counts its
  months ("2/12 × 100% × 12,5 = 2,08").
- Each item is rounded to two decimals, half up, as the reference writes them (18,75 and 2,08),
  and an accumulation sums the rounded items (18,75 + 2,08 = 20,83): what a PAK lists adds up
  to the total it prints.
- The reference's conversion table writes "Cukup/Butuh Perbaikan" and "Kurang"; they are our
  Butuh Perbaikan and Kurang/Misconduct.
- The koefisien table is the generic one of PermenPANRB 1/2023 (the reference's open question
  10: particular JF may differ; none is modelled).

Pure: no storage, no dates. `services.evaluation.angka_kredit` picks the evaluations that count.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .errors import DomainError, ErrorCode
from .evaluation import Predikat
from .people import JENJANG_FUNGSIONAL

# §3.5 "Nilai Kuantitatif" of each predikat, in percent.
PERCENTAGE: dict[Predikat, Decimal] = {
    Predikat.SANGAT_BAIK: Decimal("150"),
    Predikat.BAIK: Decimal("100"),
    Predikat.BUTUH_PERBAIKAN: Decimal("75"),
    Predikat.KURANG: Decimal("50"),
    Predikat.SANGAT_KURANG: Decimal("25"),
}

# §3.5 koefisien per jenjang (the annual target of angka kredit); keys exactly
# `domain.people.JENJANG_FUNGSIONAL` (a test holds them equal).
KOEFISIEN: dict[str, Decimal] = {
    "Ahli Pertama": Decimal("12.5"),
    "Ahli Muda": Decimal("25.0"),
    "Ahli Madya": Decimal("37.5"),
    "Ahli Utama": Decimal("50.0"),
    "Pemula": Decimal("3.75"),
    "Terampil": Decimal("5.0"),
    "Mahir": Decimal("12.5"),
    "Penyelia": Decimal("25.0"),
}

MONTHS_IN_YEAR = 12
_CENT = Decimal("0.01")


def koefisien_of(jenjang: str | None, *, field: str = "jenjang") -> Decimal:
    """The koefisien of a jenjang (any case, spaces tidied); AK_NO_JENJANG otherwise."""
    key = " ".join((jenjang or "").split()).casefold()
    for name, value in KOEFISIEN.items():
        if name.casefold() == key:
            return value
    raise DomainError(ErrorCode.AK_NO_JENJANG, field=field, value=jenjang or "",
                      allowed=", ".join(JENJANG_FUNGSIONAL))


def jenjang_name(jenjang: str | None) -> str | None:
    """The table's spelling of a jenjang, or None when it is not one."""
    key = " ".join((jenjang or "").split()).casefold()
    return next((name for name in KOEFISIEN if name.casefold() == key), None)


def check_months(months: int, *, field: str = "bulan") -> int:
    """1..12 months of a year; AK_MONTHS_INVALID otherwise."""
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 12:
        raise DomainError(ErrorCode.AK_MONTHS_INVALID, field=field, value=str(months))
    return months


def round_ak(value: Decimal) -> Decimal:
    """Two decimals, half up (the reference's 2,0833… -> 2,08; 18,75 stays)."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def angka_kredit(predikat: Predikat, jenjang: str, months: int = MONTHS_IN_YEAR) -> Decimal:
    """months/12 × percentage × koefisien, rounded to two decimals half up."""
    months = check_months(months)
    exact = Decimal(months) * PERCENTAGE[Predikat(predikat)] * koefisien_of(jenjang)
    return round_ak(exact / Decimal(MONTHS_IN_YEAR * 100))


def accumulate(values) -> Decimal:
    """The sum of already rounded items (18,75 + 2,08 = 20,83)."""
    return round_ak(sum((Decimal(v) for v in values), Decimal("0")))


@dataclass(frozen=True)
class AngkaKreditItem:
    """One evaluation that counts: its period, predikat, the factors used and the value."""

    period: str               # "2026-AKHIR", "2026-TW1"
    predikat: Predikat
    percentage: Decimal       # 150, 100, 75, 50, 25
    jenjang: str              # the jenjang at the time (the evaluation's snapshot)
    koefisien: Decimal
    months: int
    value: Decimal
    provisional: bool         # a periodic evaluation counted while the year has no AKHIR one


def ak_item(period: str, predikat: Predikat, jenjang: str, months: int, *,
            provisional: bool) -> AngkaKreditItem:
    predikat = Predikat(predikat)
    name = jenjang_name(jenjang)
    koefisien = koefisien_of(jenjang)
    return AngkaKreditItem(period=period, predikat=predikat, percentage=PERCENTAGE[predikat],
                           jenjang=name or jenjang, koefisien=koefisien, months=months,
                           value=angka_kredit(predikat, jenjang, months),
                           provisional=provisional)


@dataclass(frozen=True)
class AngkaKreditReport:
    """The angka kredit of a pegawai for a year and the cumulative sum up to it."""

    pegawai_id: str
    nip: str
    name: str
    year: int
    jenjang: str              # the jenjang of the year's newest counted evaluation
    koefisien: Decimal
    items: tuple[AngkaKreditItem, ...]
    total: Decimal            # the year's AK (sum of the rounded items)
    cumulative: Decimal       # every year up to and including `year`
    basis: str                # "akhir" (the annual evaluation) or "periodik" (provisional)
    years: tuple[tuple[int, Decimal], ...] = ()   # (year, total) of every year counted

    @property
    def provisional(self) -> bool:
        return any(item.provisional for item in self.items)
