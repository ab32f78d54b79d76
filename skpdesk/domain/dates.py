"""Dates written the Indonesian way, as printed on the official forms.

- `tanggal(d)`: "1 Januari 2026" (signature lines and running text).
- `periode_penilaian(start, end)`: the line at the right of the SKP title block, upper case as in
  the e-Kinerja printout quoted in SKP-REFERENCE §1.3:
  "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2022" (two-digit day, "SD", "TAHUN").
"""

from __future__ import annotations

import datetime as dt

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember")


def nama_bulan(month: int) -> str:
    """The month's Indonesian name, 1 = "Januari"."""
    return BULAN[month - 1]


def tanggal(day: dt.date) -> str:
    """"1 Januari 2026"."""
    return f"{day.day} {nama_bulan(day.month)} {day.year}"


def rentang_periode(start: dt.date, end: dt.date) -> str:
    """"01 JANUARI SD 31 DESEMBER TAHUN 2026"; with the year on both ends when they differ."""
    first = f"{start.day:02d} {nama_bulan(start.month).upper()}"
    last = f"{end.day:02d} {nama_bulan(end.month).upper()}"
    if start.year != end.year:
        first = f"{first} TAHUN {start.year}"
    return f"{first} SD {last} TAHUN {end.year}"


def periode_penilaian(start: dt.date, end: dt.date) -> str:
    """"PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"."""
    return f"PERIODE PENILAIAN: {rentang_periode(start, end)}"
