"""Periods as the office runs them (`services.evidence.periods`) on a real database: the rhythm
per year (row, office setting, default), deadlines (default, set, cleared, bounds) and the rule
every issue 11 write applies (`require_writable_period`)."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.periods import Rhythm
from skpdesk.messages.render import message_for
from skpdesk.services.evidence.periods import require_writable_period, resolve_period

from .helpers_coaching import YEAR, act, team
from .helpers_plans import refused


@pytest.fixture
def t(services):
    found = team(services)
    act(services, found["admin"])  # a pengelola kinerja decides the periods
    return found


def test_default_rhythm_is_triwulanan_with_default_deadlines(services, t):
    infos = services.periods.list(YEAR)
    assert [i.name for i in infos] == ["2026-TW1", "2026-TW2", "2026-TW3", "2026-TW4",
                                       "2026-AKHIR"]
    assert infos[0].deadline == dt.date(2026, 4, 10) and not infos[0].deadline_set
    assert infos[-1].deadline == dt.date(2027, 1, 10)
    assert infos[0].label == "Triwulan I 2026" and infos[0].rhythm is Rhythm.TRIWULANAN
    assert services.periods.rhythm(YEAR) is Rhythm.TRIWULANAN


def test_office_setting_is_the_rhythm_of_a_year_nobody_fixed(services, t):
    services.office.set_setting("periode.ritme", "semester")
    assert [i.name for i in services.periods.list(YEAR)] == ["2026-S1", "2026-S2", "2026-AKHIR"]
    services.periods.set_rhythm("bulanan", YEAR)
    assert len(services.periods.list(YEAR)) == 13
    assert services.periods.rhythm(YEAR + 1) is Rhythm.SEMESTER  # the setting still rules 2027


def test_set_rhythm_refuses_a_bad_choice(services, t):
    err = refused(services, ErrorCode.FIELD_INVALID_CHOICE,
                  lambda: services.periods.set_rhythm("mingguan", YEAR))
    assert "mingguan" in message_for(err.code, err.params)


def test_closed_and_closing_soon_boundaries(services, t):
    tw1 = services.periods.list(YEAR)[0]  # batas 10 April 2026
    assert not tw1.closed(dt.date(2026, 4, 10)) and tw1.closed(dt.date(2026, 4, 11))
    assert not tw1.closing_soon(dt.date(2026, 4, 2))     # 8 days before
    assert tw1.closing_soon(dt.date(2026, 4, 3))         # 7 days before
    assert tw1.closing_soon(dt.date(2026, 4, 10))        # the day itself
    assert not tw1.closing_soon(dt.date(2026, 4, 11))    # closed


def test_set_and_clear_deadline(services, t):
    out = services.periods.set_deadline("2026-Q1", "2026-04-30")
    assert out.value.name == "2026-TW1" and out.value.deadline == dt.date(2026, 4, 30)
    assert out.value.deadline_set and out.changes.affects("batas_periode")
    assert services.periods.list(YEAR)[0].deadline == dt.date(2026, 4, 30)
    back = services.periods.clear_deadline("2026-TW1").value
    assert back.deadline == dt.date(2026, 4, 10) and not back.deadline_set


@pytest.mark.parametrize("deadline", ["2026-03-30", "2027-04-01"])
def test_deadline_before_the_end_or_past_a_year_is_refused(services, t, deadline):
    err = refused(services, ErrorCode.PERIOD_DEADLINE_INVALID,
                  lambda: services.periods.set_deadline("2026-TW1", deadline))
    text = message_for(err.code, err.params)
    assert "Batas pengisian" in text and "31 Maret 2026" in text and "Triwulan I 2026" in text


def test_a_deadline_on_the_last_day_and_a_year_after_is_accepted(services, t):
    assert services.periods.set_deadline("2026-TW1", "2026-03-31").value.deadline == \
        dt.date(2026, 3, 31)
    assert services.periods.set_deadline("2026-TW1", "2027-03-31") \
        .value.deadline == dt.date(2027, 3, 31)


def test_unknown_period_names(services, t):
    err = refused(services, ErrorCode.PERIOD_UNKNOWN,
                  lambda: services.periods.set_deadline("triwulan satu", "2026-04-30"))
    assert "2026-TW1" in message_for(err.code, err.params)  # an example of a name
    err = refused(services, ErrorCode.PERIOD_UNKNOWN,
                  lambda: services.periods.set_deadline("2026-S1", "2026-07-30"))
    text = message_for(err.code, err.params)
    assert "2026-TW1, 2026-TW2, 2026-TW3, 2026-TW4, 2026-AKHIR" in text and "2026-S1" in text


def _writable(services, skp, text, today):
    with services.db.unit_of_work("test") as uow:
        return require_writable_period(uow, uow.skp.load(skp.id), text, today)


def test_require_writable_period(services, t):
    skp = t["skp"]
    info = _writable(services, skp, "2026-q2", dt.date(2026, 5, 1))
    assert info.name == "2026-TW2"
    assert _writable(services, skp, "2026-AKHIR", dt.date(2027, 1, 10)).name == "2026-AKHIR"
    with pytest.raises(DomainError) as closed:
        _writable(services, skp, "2026-TW1", dt.date(2026, 4, 11))
    assert closed.value.code is ErrorCode.PERIOD_CLOSED
    text = message_for(closed.value.code, closed.value.params)
    assert "10 April 2026" in text and "skpdesk period set-deadline 2026-TW1" in text
    with pytest.raises(DomainError) as other_year:
        _writable(services, skp, "2025-TW4", dt.date(2025, 12, 1))
    assert other_year.value.code is ErrorCode.PERIOD_UNKNOWN
    assert "2026-TW1" in message_for(other_year.value.code, other_year.value.params)
    # a closed period stays writable to answer a rejection
    with services.db.unit_of_work("test") as uow:
        assert require_writable_period(uow, uow.skp.load(skp.id), "2026-TW1",
                                       dt.date(2026, 6, 1), replacing_rejected=True).name == \
            "2026-TW1"


def test_period_outside_the_skp_is_refused(services, t):
    staff = t["staff"]
    # an SKP of part of the year (a pegawai who moved in July): TW1 and TW2 are outside it
    with services.db.unit_of_work("test") as uow:
        uow.skp.update(t["skp"].id, {"period_start": dt.date(2026, 7, 1)})
    with pytest.raises(DomainError) as info:
        _writable(services, t["skp"], "2026-TW2", dt.date(2026, 5, 1))
    assert info.value.code is ErrorCode.PERIOD_OUTSIDE_SKP
    text = message_for(info.value.code, info.value.params)
    assert "Triwulan II 2026" in text and "1 Juli 2026" in text and staff.name in text
    assert _writable(services, t["skp"], "2026-TW3", dt.date(2026, 8, 1)).name == "2026-TW3"


def test_resolve_period_reads_the_aliases(services, t):
    with services.db.reader() as uow:
        assert resolve_period(uow, " 2026-tw3 ").name == "2026-TW3"
        assert resolve_period(uow, "2026-akhir").period.is_final


def test_only_a_pengelola_kinerja_changes_periods_when_the_office_names_one(services, t):
    act(services, t["staff"])
    err = refused(services, ErrorCode.PERIOD_ADMIN_REQUIRED,
                  lambda: services.periods.set_deadline("2026-TW1", "2026-04-30"))
    text = message_for(err.code, err.params)
    assert "Wahyu Pratama" in text and "Agus Santoso" in text and "pengelola kinerja" in text
    refused(services, ErrorCode.PERIOD_ADMIN_REQUIRED,
            lambda: services.periods.set_rhythm("bulanan", YEAR))
    refused(services, ErrorCode.PERIOD_ADMIN_REQUIRED,
            lambda: services.periods.clear_deadline("2026-TW1"))
    act(services, None)
    err = refused(services, ErrorCode.PERIOD_ADMIN_REQUIRED,
                  lambda: services.periods.set_rhythm("bulanan", YEAR))
    assert "skpdesk me --set" in message_for(err.code, err.params)
    # an office without any pengelola kinerja lets anybody decide
    act(services, t["admin"])
    services.office.set_setting("roles.pengelola_kinerja", "")
    act(services, None)
    assert services.periods.set_rhythm("bulanan", YEAR).value[0].name == "2026-01"
