"""`OrgPredikatService` on a real database: who may set a unit's predikat kinerja organisasi (a
leader above the unit yes, the unit's own head no, a pengelola kinerja yes, anyone else no),
the record (who, when, note), the parent's predicate applying to a sub-unit, clear, and bad
input that names the field and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import OrgPredikat
from skpdesk.messages.render import message_for

from .helpers_coaching import YEAR, act, team

BIDANG = "Dinas/Bidang Aplikasi Informatika"
TW1 = f"{YEAR}-TW1"
DAY = dt.date(YEAR, 4, 5)


@pytest.fixture
def t(services):
    return team(services)


def refused(services, code, call):
    with services.db.reader() as uow:
        before = uow.organisation.org_predikats()
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.code is code
    with services.db.reader() as uow:
        assert uow.organisation.org_predikats() == before   # nothing written
    return info.value


def test_leader_above_sets_it_with_who_and_when(services, t):
    act(services, t["head"])          # Kepala Dinas: above the Bidang's head
    record = services.org_predikat.set(BIDANG, TW1, "baik", note="Rencana aksi tercapai",
                                       today=DAY).value
    assert record.predikat is OrgPredikat.BAIK and record.period == TW1
    assert record.set_on == DAY and record.set_by_id == t["head"].id
    assert record.set_by_name == t["head"].full_name and record.note == "Rencana aksi tercapai"
    assert record.unit_path == BIDANG
    assert services.org_predikat.get(BIDANG, TW1) == record
    assert services.org_predikat.list(TW1) == [record]
    # Setting it again updates the one row (natural id unit/period).
    again = services.org_predikat.set(BIDANG, "2026-Q1", OrgPredikat.ISTIMEWA, today=DAY).value
    assert again.id == record.id and again.predikat is OrgPredikat.ISTIMEWA


def test_units_own_head_is_refused_naming_who_may(services, t):
    act(services, t["kabid"])         # heads the Bidang: may not judge their own unit
    error = refused(services, ErrorCode.ORG_PREDIKAT_REFUSED,
                    lambda: services.org_predikat.set(BIDANG, TW1, "istimewa", today=DAY))
    text = message_for(error.code, error.params)
    assert t["head"].full_name in text and t["admin"].full_name in text
    assert t["kabid"].full_name in text and "Bidang Aplikasi Informatika" in text


def test_pengelola_kinerja_may_record_it(services, t):
    act(services, t["admin"])
    record = services.org_predikat.set(BIDANG, f"{YEAR}-AKHIR", "butuh-perbaikan",
                                       today=dt.date(YEAR + 1, 1, 20)).value
    assert record.set_by_id == t["admin"].id and record.period == f"{YEAR}-AKHIR"


@pytest.mark.parametrize("who", ["staff", "rina"])
def test_anyone_else_is_refused(services, t, who):
    act(services, t[who])
    refused(services, ErrorCode.ORG_PREDIKAT_REFUSED,
            lambda: services.org_predikat.set(BIDANG, TW1, "baik", today=DAY))


def test_nobody_acting_is_refused(services, t):
    act(services, None)
    refused(services, ErrorCode.ACTING_UNKNOWN,
            lambda: services.org_predikat.set(BIDANG, TW1, "baik", today=DAY))


def test_top_unit_has_no_leader_above_only_the_pengelola(services, t):
    act(services, t["head"])
    refused(services, ErrorCode.ORG_PREDIKAT_REFUSED,
            lambda: services.org_predikat.set("Dinas", TW1, "baik", today=DAY))
    act(services, t["admin"])
    services.org_predikat.set("Dinas", TW1, "baik", today=DAY)


def test_sub_unit_follows_the_parents_predicate_until_it_has_its_own(services, t):
    act(services, t["admin"])
    services.org_predikat.set("Dinas", TW1, "baik", today=DAY)
    assert services.org_predikat.get(BIDANG, TW1) is None
    assert services.org_predikat.effective(BIDANG, TW1).unit_path == "Dinas"
    services.org_predikat.set(BIDANG, TW1, "kurang", today=DAY)
    assert services.org_predikat.effective(BIDANG, TW1).predikat is OrgPredikat.KURANG
    removed = services.org_predikat.clear(BIDANG, TW1).value
    assert removed.predikat is OrgPredikat.KURANG
    assert services.org_predikat.effective(BIDANG, TW1).predikat is OrgPredikat.BAIK


def test_clear_without_a_predicate_says_so(services, t):
    act(services, t["admin"])
    error = refused(services, ErrorCode.ORG_PREDIKAT_NOT_SET,
                    lambda: services.org_predikat.clear(BIDANG, TW1))
    assert "belum ada predikat kinerja organisasi" in message_for(error.code, error.params).lower()


@pytest.mark.parametrize("unit,period,predikat,code,field", [
    (BIDANG, TW1, "luar biasa", ErrorCode.ORG_PREDIKAT_INVALID, "predikat_organisasi"),
    ("Dinas/Tidak Ada", TW1, "baik", ErrorCode.UNIT_NOT_FOUND, "unit"),
    (BIDANG, "2026-TW9", "baik", ErrorCode.PERIOD_UNKNOWN, "periode"),
])
def test_bad_input_names_the_field_and_writes_nothing(services, t, unit, period, predikat, code,
                                                      field):
    act(services, t["admin"])
    error = refused(services, code,
                    lambda: services.org_predikat.set(unit, period, predikat, today=DAY))
    assert error.params["field"] == field


def test_may_set_tells_the_dialog(services, t):
    act(services, t["head"])
    assert services.org_predikat.may_set(BIDANG)
    act(services, t["kabid"])
    assert not services.org_predikat.may_set(BIDANG)
