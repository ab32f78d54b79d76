"""Angka kredit from the evaluations (`AngkaKreditService`, SKP-REFERENCE §3.5) on a real
database: which evaluations count, the AKHIR evaluation against the periodic ones, --months,
the jenjang of the time, both worked examples through the service (18,75; 2,08; 20,83
accumulated over two years) and the refusal for a non-fungsional jabatan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from skpdesk.cli.messages import message_for
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import Predikat
from skpdesk.services.evaluation.angka_kredit import months_between

from .helpers_evaluation import MAY, TW1, YEAR, act, approve, eval_team

AKHIR = f"{YEAR}-AKHIR"


@pytest.fixture
def t(services):
    return eval_team(services)


def rate_and_set(services, t, skp_id, period, hasil, perilaku, today=MAY):
    act(services, t["kabid"])
    services.evaluations.rate(skp_id, period, hasil=hasil, perilaku=perilaku, today=today)
    return services.evaluations.set(skp_id, period, today=today).value


def previous_year_skp(services, t, year=YEAR - 1):
    skp = services.skp.create(t["staff"].id, year).value
    rhk = services.skp.add_rhk(skp.id, "Tersusunnya rancangan aplikasi").value
    services.skp.add_indicator(rhk.id, "Jumlah dokumen", aspect="kuantitas", target_value="2",
                               target_unit="Dokumen")
    approve(services, skp.id, t["staff"], t["kabid"])
    return skp


def test_annual_evaluation_gives_the_year(services, t):
    rate_and_set(services, t, t["skp"].id, AKHIR, "diatas", "diatas")
    report = services.angka_kredit.for_year(t["staff"].id, YEAR)
    assert (report.jenjang, report.koefisien, report.basis) == ("Ahli Pertama", Decimal("12.5"),
                                                                "akhir")
    [item] = report.items
    assert (item.period, item.predikat, item.percentage, item.months, item.value,
            item.provisional) == (AKHIR, Predikat.SANGAT_BAIK, Decimal("150"), 12,
                                  Decimal("18.75"), False)
    assert report.total == report.cumulative == Decimal("18.75")


def test_months_override_is_the_partial_year_example(services, t):
    rate_and_set(services, t, t["skp"].id, AKHIR, "sesuai", "sesuai")
    report = services.angka_kredit.for_year(t["staff"].id, YEAR, months=2)
    assert [(i.months, i.value) for i in report.items] == [(2, Decimal("2.08"))]
    with pytest.raises(DomainError) as err:
        services.angka_kredit.for_year(t["staff"].id, YEAR, months=13)
    assert err.value.code is ErrorCode.AK_MONTHS_INVALID and err.value.params["field"] == "bulan"


def test_accumulation_over_years_is_the_reference_example(services, t):
    old = previous_year_skp(services, t)
    rate_and_set(services, t, old.id, f"{YEAR - 1}-AKHIR", "diatas", "diatas")
    rate_and_set(services, t, t["skp"].id, AKHIR, "sesuai", "diatas")
    report = services.angka_kredit.for_year(t["staff"].id, YEAR, months=2)
    assert report.total == Decimal("2.08")
    assert report.cumulative == Decimal("20.83")
    assert report.years == ((YEAR - 1, Decimal("18.75")), (YEAR, Decimal("2.08")))
    earlier = services.angka_kredit.for_year(t["staff"].id, YEAR - 1)
    assert (earlier.total, earlier.cumulative) == (Decimal("18.75"), Decimal("18.75"))


def test_periodic_evaluations_count_provisionally_until_the_annual_one(services, t):
    rate_and_set(services, t, t["skp"].id, TW1, "sesuai", "sesuai")
    july = dt.date(YEAR, 7, 3)
    rate_and_set(services, t, t["skp"].id, f"{YEAR}-TW2", "diatas", "diatas", today=july)
    report = services.angka_kredit.for_year(t["staff"].id, YEAR)
    assert report.basis == "periodik" and report.provisional
    assert [(i.period, i.months, i.value, i.provisional) for i in report.items] == [
        (TW1, 3, Decimal("3.13"), True), (f"{YEAR}-TW2", 3, Decimal("4.69"), True)]
    assert report.total == Decimal("7.82")
    rate_and_set(services, t, t["skp"].id, AKHIR, "sesuai", "sesuai", today=july)
    report = services.angka_kredit.for_year(t["staff"].id, YEAR)
    assert [(i.period, i.value) for i in report.items] == [(AKHIR, Decimal("12.50"))]
    assert report.basis == "akhir"


def test_drafts_do_not_count(services, t):
    act(services, t["kabid"])
    services.evaluations.rate(t["skp"].id, AKHIR, hasil="diatas", perilaku="diatas", today=MAY)
    report = services.angka_kredit.for_year(t["staff"].id, YEAR)
    assert (report.items, report.total, report.basis) == ((), Decimal("0.00"), "")


def test_the_jenjang_of_the_time_counts(services, t):
    rate_and_set(services, t, t["skp"].id, AKHIR, "sesuai", "sesuai")
    with services.db.unit_of_work("test") as uow:   # promoted after the evaluation
        uow.people.update(t["staff"].id, {"jenjang": "Ahli Muda"})
    report = services.angka_kredit.for_year(t["staff"].id, YEAR)
    assert (report.jenjang, report.koefisien, report.total) == \
        ("Ahli Pertama", Decimal("12.5"), Decimal("12.50"))


def test_a_partial_skp_counts_its_months(services, t):
    # the SKP runs from April (a mutation in): the AKHIR gives 9 months, TW1 nothing
    with services.db.unit_of_work("test") as uow:   # an approved SKP is read-only: reopen
        uow.skp.update(t["skp"].id, {"status": "draft", "period_start": dt.date(YEAR, 4, 1)})
    with services.db.unit_of_work("test") as uow:
        uow.skp.update(t["skp"].id, {"status": "disetujui"})
    rate_and_set(services, t, t["skp"].id, AKHIR, "sesuai", "sesuai")
    report = services.angka_kredit.for_year(t["staff"].id, YEAR)
    assert [(i.months, i.value) for i in report.items] == [(9, Decimal("9.38"))]
    assert months_between(dt.date(YEAR, 4, 15), dt.date(YEAR, 12, 31)) == 9


def test_non_fungsional_is_refused_naming_the_jabatan(services, t):
    with pytest.raises(DomainError) as err:
        services.angka_kredit.for_year(t["rina"].id, YEAR)
    assert err.value.code is ErrorCode.AK_NOT_FUNGSIONAL
    text = message_for(err.value.code, err.value.params)
    assert "Rina Marlina" in text and "Pelaksana" in text
    rate_and_set(services, t, t["rina_skp"].id, AKHIR, "sesuai", "sesuai")
    with pytest.raises(DomainError) as err:
        services.angka_kredit.for_year(t["rina"].id, YEAR)
    assert err.value.code is ErrorCode.AK_NOT_FUNGSIONAL


def test_fungsional_without_a_jenjang_of_the_table_is_refused(services, t):
    with services.db.unit_of_work("test") as uow:
        uow.people.update(t["staff"].id, {"jenjang": None})
    with pytest.raises(DomainError) as err:
        services.angka_kredit.for_year(t["staff"].id, YEAR)
    assert err.value.code is ErrorCode.AK_NOT_FUNGSIONAL
    assert "tanpa jenjang" in message_for(err.value.code, err.value.params)
