"""`DistributionService.check` on a real database with real evaluations (helper A's
EvaluationService): the supervisor's team and a unit with its sub-units, drafts counting, only
the current revision counting, unrated pegawai, the pattern from the organisation predicate that
applies, and the note when none is set."""

from __future__ import annotations

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import OrgPredikat, Predikat

from .helpers_evaluation import MAY, TW1, act, eval_team

BIDANG = "Dinas/Bidang Aplikasi Informatika"


@pytest.fixture
def t(services):
    found = eval_team(services)
    act(services, found["head"])
    services.org_predikat.set(BIDANG, TW1, "baik", today=MAY)
    act(services, found["kabid"])
    return found


def rate(services, skp, hasil, perilaku):
    services.evaluations.rate(skp.id, TW1, hasil=hasil, perilaku=perilaku, today=MAY)


def test_supervisors_team_balanced_has_no_violation(services, t):
    rate(services, t["skp"], "sesuai", "sesuai")           # Agus: Baik
    rate(services, t["rina_skp"], "dibawah", "sesuai")     # Rina: Butuh Perbaikan
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1)
    assert result.org_predikat.predikat is OrgPredikat.BAIK
    assert result.counts[Predikat.BAIK] == 1 and result.counts[Predikat.BUTUH_PERBAIKAN] == 1
    assert set(result.counts) == set(Predikat) and result.total == 2 and result.unrated == 0
    # 2 pegawai: "sebagian besar" Baik means both; one Baik breaks it.
    assert [v.rule for v in result.violations] == ["baik.sebagian_besar_baik"]
    assert set(result.pegawai_ids) == {t["staff"].id, t["rina"].id}
    assert "Dewi Lestari" in result.scope_label


def test_all_baik_in_a_team_of_two_passes_with_the_waiver_noted(services, t):
    rate(services, t["skp"], "sesuai", "sesuai")
    rate(services, t["rina_skp"], "diatas", "sesuai")      # Baik too
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1)
    assert result.violations == () and result.counts[Predikat.BAIK] == 2
    assert any("tidak diterapkan" in n for n in result.notes)
    assert result.chart.counts == (0, 0, 0, 2, 0) and result.chart.curve


def test_unrated_pegawai_are_counted_apart_and_drafts_count(services, t):
    rate(services, t["skp"], "diatas", "diatas")           # a draft: counts
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1)
    assert result.total == 1 and result.unrated == 1
    assert result.counts[Predikat.SANGAT_BAIK] == 1
    assert any("1 dari 2 pegawai belum mempunyai predikat" in n for n in result.notes)


def test_only_the_current_revision_counts(services, t):
    rate(services, t["skp"], "diatas", "diatas")
    services.evaluations.set(t["skp"].id, TW1, today=MAY)
    services.evaluations.reopen(t["skp"].id, TW1, "Salah input", today=MAY)
    rate(services, t["skp"], "dibawah", "dibawah")          # revision 2: Sangat Kurang
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1)
    assert result.counts[Predikat.SANGAT_BAIK] == 0
    assert result.counts[Predikat.SANGAT_KURANG] == 1 and result.total == 1


def test_unit_scope_takes_sub_units_and_the_units_own_pattern(services, t):
    rate(services, t["skp"], "sesuai", "sesuai")
    act(services, t["head"])
    rate(services, t["kabid_skp"], "sesuai", "diatas")     # the Kepala Bidang: Baik
    result = services.distribution.check(unit_id="Dinas", period=TW1)
    # Dinas has no predicate of its own (only the Bidang has): nothing is checked.
    assert result.org_predikat is None and result.violations == ()
    assert result.total == 2 and result.unrated == 1       # Rina not rated yet
    assert any("belum ditetapkan" in n for n in result.notes)
    assert result.chart.curve == ()
    bidang = services.distribution.check(unit_id=BIDANG, period=TW1)
    assert bidang.org_predikat.predikat is OrgPredikat.BAIK
    assert bidang.total == 2 and set(bidang.pegawai_ids) == {
        t["staff"].id, t["rina"].id, t["kabid"].id}


def test_scope_must_be_one_of_the_two(services, t):
    with pytest.raises(DomainError) as info:
        services.distribution.check(period=TW1)
    assert info.value.code is ErrorCode.DISTRIBUTION_SCOPE_REQUIRED
    with pytest.raises(DomainError) as info:
        services.distribution.check(supervisor_id=t["kabid"].id, unit_id=BIDANG, period=TW1)
    assert info.value.code is ErrorCode.DISTRIBUTION_SCOPE_REQUIRED
    with pytest.raises(DomainError) as info:
        services.distribution.check(unit_id=BIDANG, period="2026-TW7")
    assert info.value.code is ErrorCode.PERIOD_UNKNOWN


def test_repository_read_matches_the_evaluation_service(services, t):
    rate(services, t["skp"], "sesuai", "dibawah")          # Kurang/Misconduct
    with services.db.reader() as uow:
        found = uow.organisation.evaluation_predikats(TW1, [t["staff"].id, t["rina"].id])
    assert found == {t["staff"].id: Predikat.KURANG}
