"""`domain.periods`: the periods of every rhythm, the name contract and its aliases, the default
batas pengisian, open/closing-soon/closed, and which umpan balik (issue 10) a period shows."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.dialog import period_bounds
from skpdesk.domain.periods import (DEFAULT_RHYTHM, PeriodInfo, PeriodKind, Rhythm,
                                    default_deadline, feedback_in_period, fits_rhythm,
                                    parse_period_name, period_on, periods_of_year)

D = dt.date


def test_triwulanan_is_the_default_with_four_quarters_then_akhir():
    assert DEFAULT_RHYTHM is Rhythm.TRIWULANAN
    got = periods_of_year(2026, Rhythm.TRIWULANAN)
    assert [(p.name, p.start, p.end) for p in got] == [
        ("2026-TW1", D(2026, 1, 1), D(2026, 3, 31)), ("2026-TW2", D(2026, 4, 1), D(2026, 6, 30)),
        ("2026-TW3", D(2026, 7, 1), D(2026, 9, 30)), ("2026-TW4", D(2026, 10, 1), D(2026, 12, 31)),
        ("2026-AKHIR", D(2026, 1, 1), D(2026, 12, 31))]
    assert [p.label for p in got] == ["Triwulan I 2026", "Triwulan II 2026", "Triwulan III 2026",
                                      "Triwulan IV 2026", "Akhir 2026"]
    assert [p.print_label for p in got] == ["TRIWULAN I", "TRIWULAN II", "TRIWULAN III",
                                            "TRIWULAN IV", "AKHIR"]
    assert got[-1].is_final and got[-1].kind is PeriodKind.AKHIR and got[-1].number == 0


def test_semester_and_bulanan():
    sem = periods_of_year(2026, Rhythm.SEMESTER)
    assert [(p.name, p.start, p.end, p.label) for p in sem] == [
        ("2026-S1", D(2026, 1, 1), D(2026, 6, 30), "Semester I 2026"),
        ("2026-S2", D(2026, 7, 1), D(2026, 12, 31), "Semester II 2026"),
        ("2026-AKHIR", D(2026, 1, 1), D(2026, 12, 31), "Akhir 2026")]
    months = periods_of_year(2028, Rhythm.BULANAN)
    assert len(months) == 13 and [p.name for p in months[:3]] == ["2028-01", "2028-02", "2028-03"]
    assert months[1].end == D(2028, 2, 29)  # a leap year
    assert (months[11].name, months[11].label, months[11].print_label) == \
        ("2028-12", "Desember 2028", "DESEMBER")
    # every periodic period of a rhythm tiles the year without gaps
    for rhythm in Rhythm:
        periodic = [p for p in periods_of_year(2026, rhythm) if not p.is_final]
        assert periodic[0].start == D(2026, 1, 1) and periodic[-1].end == D(2026, 12, 31)
        for before, after in zip(periodic, periodic[1:]):
            assert after.start == before.end + dt.timedelta(days=1)


@pytest.mark.parametrize("text, name", [
    ("2026-TW1", "2026-TW1"), ("2026-tw4", "2026-TW4"), ("2026-Q1", "2026-TW1"),
    (" 2026-q3 ", "2026-TW3"), ("2026-S2", "2026-S2"), ("2026-03", "2026-03"), ("2026-3", "2026-03"),
    ("2026-12", "2026-12"), ("2026-akhir", "2026-AKHIR"), ("2026-AKHIR", "2026-AKHIR"),
])
def test_period_names_and_aliases(text, name):
    assert parse_period_name(text).name == name


@pytest.mark.parametrize("text", ["", "2026", "2026-TW5", "2026-Q0", "2026-S3", "2026-13",
                                  "2026-00", "TW1", "1800-TW1", "2026-TW1x", None])
def test_not_period_names(text):
    assert parse_period_name(text) is None


def test_fits_rhythm_and_period_on():
    tw1, s1, march, akhir = (parse_period_name(t) for t in ("2026-TW1", "2026-S1", "2026-03",
                                                            "2026-AKHIR"))
    assert fits_rhythm(tw1, Rhythm.TRIWULANAN) and not fits_rhythm(tw1, Rhythm.SEMESTER)
    assert fits_rhythm(s1, Rhythm.SEMESTER) and not fits_rhythm(s1, Rhythm.BULANAN)
    assert fits_rhythm(march, Rhythm.BULANAN) and not fits_rhythm(march, Rhythm.TRIWULANAN)
    assert all(fits_rhythm(akhir, r) for r in Rhythm)
    assert period_on(D(2026, 5, 17), Rhythm.TRIWULANAN).name == "2026-TW2"
    assert period_on(D(2026, 7, 1), Rhythm.SEMESTER).name == "2026-S2"
    assert period_on(D(2026, 12, 31), Rhythm.BULANAN).name == "2026-12"


def test_default_deadline_is_the_tenth_of_the_next_month():
    assert default_deadline(D(2026, 3, 31)) == D(2026, 4, 10)
    assert default_deadline(D(2026, 12, 31)) == D(2027, 1, 10)
    assert parse_period_name("2026-02").default_deadline == D(2026, 3, 10)
    assert parse_period_name("2026-AKHIR").default_deadline == D(2027, 1, 10)


def test_period_info_closed_and_closing_soon():
    info = PeriodInfo(parse_period_name("2026-TW1"), D(2026, 4, 10), False, Rhythm.TRIWULANAN)
    assert (info.name, info.label) == ("2026-TW1", "Triwulan I 2026")
    assert not info.closed(D(2026, 4, 10)) and info.closed(D(2026, 4, 11))
    assert [info.closing_soon(D(2026, 4, d)) for d in (2, 3, 10, 11)] == [False, True, True, False]


@pytest.mark.parametrize("feedback, shown_in", [
    ("2026-03", {"2026-TW1", "2026-S1", "2026-03", "2026-AKHIR"}),
    ("2026-Q1", {"2026-TW1", "2026-S1", "2026-03", "2026-AKHIR"}),   # the quarter's last month
    ("2026-Q3", {"2026-TW3", "2026-S2", "2026-09", "2026-AKHIR"}),
    ("2026-07", {"2026-TW3", "2026-S2", "2026-07", "2026-AKHIR"}),
])
def test_feedback_shows_in_the_period_holding_its_last_day(feedback, shown_in):
    first, last = period_bounds(feedback)
    every = {p.name: p for r in Rhythm for p in periods_of_year(2026, r)}
    assert {name for name, p in every.items() if feedback_in_period(first, last, p)} == shown_in
