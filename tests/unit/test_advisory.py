"""`AdvisoryService` (masukan penilaian) on a real database: the aggregate per source is hidden
until four people answered and never shows the single inputs; the evaluated pegawai may not
record one about themself; only a pengelola kinerja deletes a mistaken one; bad input writes
nothing."""

from __future__ import annotations

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import AdvisorySource, Rating

from .helpers_evaluation import MAY, TW1, act, eval_team


@pytest.fixture
def t(services):
    found = eval_team(services)
    act(services, found["rina"])      # a colleague types the answers in
    return found


def count_rows(services, skp_id):
    with services.db.reader() as uow:
        return len(uow.organisation.advisory_inputs(skp_id, TW1))


def by_source(summaries):
    return {s.source: s for s in summaries}


def test_aggregate_hidden_below_four_answers(services, t):
    skp = t["skp"].id
    for rating in ("sesuai", "diatas", "sesuai"):
        services.advisory.add(skp, TW1, "rekan", rating=rating, comment="Cepat membantu",
                              today=MAY)
    rekan = by_source(services.advisory.summary(skp, TW1))[AdvisorySource.REKAN]
    assert rekan.answered == 3 and not rekan.shown
    assert rekan.counts == {} and rekan.comments == ()


def test_aggregate_shown_from_four_answers(services, t):
    skp = t["skp"].id
    for rating, comment in (("sesuai", "Teliti"), ("diatas", ""), ("sesuai", "Ramah"),
                            (None, "Responsif")):
        services.advisory.add(skp, TW1, "penerima-layanan", rating=rating, comment=comment,
                              today=MAY)
    services.advisory.add(skp, TW1, AdvisorySource.BAWAHAN, rating=Rating.DIATAS, today=MAY)
    summaries = services.advisory.summary(skp, TW1)
    assert [s.source for s in summaries] == list(AdvisorySource)
    layanan = by_source(summaries)[AdvisorySource.PENERIMA_LAYANAN]
    assert layanan.shown and layanan.answered == 4
    assert layanan.counts == {Rating.DIATAS: 1, Rating.SESUAI: 2, Rating.DIBAWAH: 0}
    assert layanan.comments == ("Ramah", "Responsif", "Teliti")   # sorted, not as entered
    bawahan = by_source(summaries)[AdvisorySource.BAWAHAN]
    assert bawahan.answered == 1 and not bawahan.shown


def test_the_evaluated_pegawai_may_not_add_one(services, t):
    act(services, t["staff"])
    with pytest.raises(DomainError) as info:
        services.advisory.add(t["skp"].id, TW1, "rekan", rating="diatas", today=MAY)
    assert info.value.code is ErrorCode.ADVISORY_SELF_REFUSED
    assert count_rows(services, t["skp"].id) == 0


@pytest.mark.parametrize("source,rating,comment,code,field", [
    ("atasan", "sesuai", "", ErrorCode.ADVISORY_SOURCE_INVALID, "sumber_masukan"),
    ("rekan", "luar biasa", "", ErrorCode.RATING_INVALID, "masukan"),
    ("rekan", None, "  ", ErrorCode.ADVISORY_EMPTY, "masukan"),
])
def test_bad_input_names_the_field_and_writes_nothing(services, t, source, rating, comment,
                                                      code, field):
    with pytest.raises(DomainError) as info:
        services.advisory.add(t["skp"].id, TW1, source, rating=rating, comment=comment,
                              today=MAY)
    assert info.value.code is code and info.value.params["field"] == field
    assert count_rows(services, t["skp"].id) == 0


def test_only_a_pengelola_deletes_a_mistaken_input(services, t):
    added = services.advisory.add(t["skp"].id, TW1, "rekan", rating="sesuai", today=MAY).value
    with pytest.raises(DomainError) as info:
        services.advisory.delete(added.id)
    assert info.value.code is ErrorCode.ADVISORY_DELETE_REFUSED
    assert count_rows(services, t["skp"].id) == 1
    act(services, t["admin"])
    services.advisory.delete(added.id)
    assert count_rows(services, t["skp"].id) == 0
    with pytest.raises(DomainError) as info:
        services.advisory.delete(added.id)
    assert info.value.code is ErrorCode.ADVISORY_NOT_FOUND


def test_skp_of_the_period(services, t):
    assert services.advisory.skp_of_period(t["staff"].id, "2026-Q1") == (t["skp"].id, TW1)
    with pytest.raises(DomainError) as info:
        services.advisory.skp_of_period(t["admin"].id, TW1)        # Wahyu has no SKP
    assert info.value.code is ErrorCode.ADVISORY_NO_SKP
