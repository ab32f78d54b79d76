"""Who a batch of evaluation forms prints (`EvalPrintService.targets`): unit by unit in path
order, by name within a unit, each with the evaluation of the period or the reason there is
none; unknown unit and period are refused naming the field."""

from __future__ import annotations

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode

from .helpers_eval_print import MAY, TW1, UNIT, eval_print_office


@pytest.fixture
def t(services):
    return eval_print_office(services)


def test_whole_office_in_unit_order_with_reasons(services, t):
    targets = services.eval_printing.targets(TW1, today=MAY)
    assert [(x.pegawai.name, x.status or x.missing) for x in targets] == [
        ("Bambang Sutrisno", "no_skp"),
        ("Agus Santoso", "ditetapkan"), ("Dewi Lestari", "no_evaluation"),
        ("Rina Marlina", "draft"), ("Sari Dewi", "skp_not_approved"),
        ("Joko Susilo", "not_asn"), ("Wahyu Pratama", "no_skp")]
    agus = targets[1]
    assert agus.printable and agus.skp_id == t["skp"].id
    assert agus.evaluation_id == services.evaluations.get(t["skp"].id, TW1, today=MAY).id
    assert not targets[0].printable and targets[0].evaluation_id is None


def test_unit_with_and_without_subunits(services, t):
    bidang = services.eval_printing.targets(TW1, unit=UNIT, today=MAY)
    assert [x.pegawai.name for x in bidang] == ["Agus Santoso", "Dewi Lestari", "Rina Marlina",
                                                "Sari Dewi"]
    dinas = services.eval_printing.targets(TW1, unit="Dinas", subunits=False, today=MAY)
    assert [x.pegawai.name for x in dinas] == ["Bambang Sutrisno"]
    one = services.eval_printing.target_of(t["rina"].id, TW1, today=MAY)
    assert one.status == "draft" and one.pegawai.id == t["rina"].id


def test_unknown_unit_and_period_name_the_field(services, t):
    with pytest.raises(DomainError) as caught:
        services.eval_printing.targets(TW1, unit="Dinas/Tidak Ada")
    assert caught.value.code is ErrorCode.UNIT_NOT_FOUND
    assert caught.value.params["field"] == "unit"
    with pytest.raises(DomainError) as caught:
        services.eval_printing.targets("2026-TW9")
    assert caught.value.code is ErrorCode.PERIOD_UNKNOWN
    assert caught.value.params["field"] == "periode"
