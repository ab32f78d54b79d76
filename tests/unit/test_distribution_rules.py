"""The five distribution rules of SKP-REFERENCE §3.3 (`domain.distribution`): each pattern with
a passing and a failing team of 1, 3 and 7, the wording and counts of a violation, the
small-team readings and their notes, the template curves, and a property test that every
pattern can be met by some team of every size from 1 to 30."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skpdesk.domain.distribution import (DistributionChart, check_distribution,
                                         distribution_chart, rule_bounds, rule_texts,
                                         small_team_notes, template_curve)
from skpdesk.domain.evaluation import ORG_PREDIKAT_ORDER, PREDIKAT_AXIS, OrgPredikat, Predikat

SB, B, BP, K, SK = (Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN,
                    Predikat.KURANG, Predikat.SANGAT_KURANG)
I, OB, OBP, OK_, OSK = ORG_PREDIKAT_ORDER


def team(**counts):
    names = {"sb": SB, "b": B, "bp": BP, "k": K, "sk": SK}
    return {names[k]: v for k, v in counts.items()}


def rules(org, counts):
    return [v.rule for v in check_distribution(org, counts)]


# (org, n, a passing team, a failing team, the rules the failing team breaks)
CASES = [
    (I, 1, team(sb=1), team(b=1), ["istimewa.sebagian_besar_sangat_baik"]),
    (I, 3, team(sb=2, b=1), team(sb=3), ["istimewa.sebagian_besar_sangat_baik"]),
    (I, 7, team(sb=4, b=2, bp=1), team(sb=3, b=4), ["istimewa.sebagian_besar_sangat_baik"]),
    (OB, 1, team(b=1), team(sb=1), ["baik.sebagian_besar_baik"]),
    (OB, 3, team(b=2, bp=1), team(b=3), ["baik.sebagian_besar_baik",
                                         "baik.harus_ada_bp_kurang"]),
    (OB, 7, team(b=4, k=1, sb=2), team(b=4, sb=2, sk=1), ["baik.harus_ada_bp_kurang"]),
    (OBP, 1, team(bp=1), team(sb=1), ["butuh_perbaikan.minimal_60_bp",
                                      "butuh_perbaikan.maksimal_10_sangat_baik"]),
    (OBP, 3, team(bp=2, b=1), team(bp=2, sb=1), ["butuh_perbaikan.maksimal_10_sangat_baik"]),
    (OBP, 7, team(bp=5, b=1, k=1), team(bp=4, b=3), ["butuh_perbaikan.minimal_60_bp"]),
    (OK_, 1, team(k=1), team(bp=1), ["kurang.minimal_60_kurang"]),
    (OK_, 3, team(k=2, bp=1), team(k=3), ["kurang.minimal_10_bp"]),
    (OK_, 7, team(k=5, bp=1, sk=1), team(k=5, bp=1, sb=1), ["kurang.maksimal_10_sangat_baik"]),
    (OSK, 1, team(sk=1), team(k=1), ["sangat_kurang.minimal_60_sangat_kurang"]),
    (OSK, 3, team(sk=2, k=1), team(sk=2, b=1), ["sangat_kurang.harus_ada_10_kurang_bp"]),
    (OSK, 7, team(sk=5, bp=1, b=1), team(sk=5, bp=1, sb=1),
     ["sangat_kurang.tidak_ada_sangat_baik"]),
]


@pytest.mark.parametrize("org,n,good,bad,broken", CASES,
                         ids=[f"{c[0].value}-{c[1]}" for c in CASES])
def test_each_pattern_has_a_passing_and_a_failing_team(org, n, good, bad, broken):
    assert sum(good.values()) == n and sum(bad.values()) == n
    assert check_distribution(org, good) == []
    assert rules(org, bad) == broken


def test_violation_quotes_the_wording_and_gives_the_counts():
    # Organisation Baik, seven pegawai, everyone Baik: both rules of the pattern break.
    first, second = check_distribution(OB, team(b=7))
    assert first.rule == "baik.sebagian_besar_baik"
    assert first.wording == '"sebagian besar (maksimal 70%)" pegawai Baik'
    assert (first.count, first.total, first.percent) == (7, 7, 100.0)
    assert (first.required_min, first.required_max) == (4, 4)
    assert first.predikat == (B,)
    assert first.message == ('Predikat kinerja organisasi Baik: "sebagian besar (maksimal 70%)" '
                             'pegawai Baik. Tim ini: 7 dari 7 pegawai (100,0%) Baik; yang '
                             'diminta tepat 4 orang.')
    assert second.rule == "baik.harus_ada_bp_kurang"
    assert second.wording == '"harus ada" pegawai Butuh Perbaikan dan/atau Kurang/Misconduct'
    assert (second.count, second.required_min, second.required_max) == (0, 1, None)
    assert second.predikat == (BP, K)
    assert "0 dari 7 pegawai (0,0%) Butuh Perbaikan dan/atau Kurang/Misconduct" in second.message
    assert "paling sedikit 1 orang" in second.message


def test_percent_has_one_decimal():
    assert check_distribution(OBP, team(bp=2, b=1)) == []  # 2 of 3 is enough (ceil 1.8)
    (v,) = check_distribution(OBP, team(bp=1, b=2))
    assert (v.count, v.total, v.percent, v.required_min) == (1, 3, 33.3, 2)
    assert "(33,3%)" in v.message


def test_nobody_rated_breaks_nothing():
    assert check_distribution(OB, {}) == []
    assert check_distribution(OSK, team(sb=0)) == []


@pytest.mark.parametrize("n,low,high", [(1, 1, 1), (2, 2, 2), (3, 2, 2), (4, 3, 3), (5, 3, 3),
                                        (7, 4, 4), (10, 6, 7), (20, 11, 14)])
def test_sebagian_besar_maksimal_70_in_people(n, low, high):
    bound = rule_bounds(I, n)[0]
    assert (bound.required_min, bound.required_max) == (low, high)


@pytest.mark.parametrize("n,sb_max,bp_min", [(1, 0, 1), (7, 0, 5), (9, 0, 6), (10, 1, 6),
                                             (19, 1, 12), (20, 2, 12)])
def test_minimal_60_and_maksimal_10_in_people(n, sb_max, bp_min):
    low, high = rule_bounds(OBP, n)
    assert low.required_min == bp_min and high.required_max == sb_max


def test_small_team_waives_the_harus_ada_rule_and_says_so():
    # Baik, 2 pegawai: "sebagian besar" of 2 is 2, so "harus ada" BP/Kurang has no room.
    assert [b.waived for b in rule_bounds(OB, 2)] == [False, True]
    assert check_distribution(OB, team(b=2)) == []
    notes = small_team_notes(OB, 2)
    assert any("tidak diterapkan" in n and '"harus ada"' in n for n in notes)
    # 3 pegawai: room for one, the rule applies.
    assert [b.waived for b in rule_bounds(OB, 3)] == [False, False]
    assert not any("tidak diterapkan" in n for n in small_team_notes(OB, 3))
    # Kurang, 1 pegawai: minimal 10% BP waived; Sangat Kurang, 2: "harus ada minimal 10%" waived.
    assert rule_bounds(OK_, 1)[1].waived and not rule_bounds(OK_, 3)[1].waived
    assert rule_bounds(OSK, 2)[1].waived and not rule_bounds(OSK, 3)[1].waived


def test_small_team_notes_for_maksimal_10_and_70():
    assert any("Sangat Baik tidak diperbolehkan" in n for n in small_team_notes(OBP, 7))
    assert not any("tidak diperbolehkan" in n for n in small_team_notes(OBP, 10))
    assert any('kurang dari "sebagian besar"' in n for n in small_team_notes(I, 2))
    assert small_team_notes(I, 10) == [] and small_team_notes(OB, 0) == []


def test_rule_texts_name_each_rule():
    assert len(rule_texts(OB)) == 2 and "Harus ada" in rule_texts(OB)[1]
    assert rule_texts(OSK)[-1] == "Tidak ada pegawai berpredikat Sangat Baik."
    for org in ORG_PREDIKAT_ORDER:
        assert len(rule_texts(org)) == len(rule_bounds(org, 10))


@pytest.mark.parametrize("org,peak", [(I, SB), (OB, B), (OBP, BP), (OK_, K), (OSK, SK)])
def test_template_curve_peaks_on_the_dominant_predikat(org, peak):
    curve = template_curve(org)
    assert len(curve) == 5 and max(curve) == 1.0
    assert curve.index(1.0) == PREDIKAT_AXIS.index(peak)
    assert all(0 < h <= 1 for h in curve)


def test_distribution_chart_holds_counts_over_the_axis():
    chart = distribution_chart(OB, team(b=3, bp=1))
    assert isinstance(chart, DistributionChart)
    assert chart.counts == (0, 0, 1, 3, 0) and chart.total == 4
    assert chart.curve == template_curve(OB) and chart.violations == ()
    assert chart.shares == (0.0, 0.0, 0.25, 0.75, 0.0)
    none = distribution_chart(None, team(b=3))
    assert none.curve == () and none.violations == () and none.counts[3] == 3


def _compliant(org: OrgPredikat, n: int) -> dict[Predikat, int]:
    """A team of n that meets the pattern, built from the bounds (first the dominant
    minimum, then each unwaived minimum, the rest on a predikat no rule limits)."""
    counts = {p: 0 for p in PREDIKAT_AXIS}
    for bound in rule_bounds(org, n):
        if bound.required_min and not bound.waived:
            counts[bound.predikat[0]] += bound.required_min
    free = {I: B, OB: BP, OBP: BP, OK_: K, OSK: SK}[org]
    counts[free] += n - sum(counts.values())
    return counts


@pytest.mark.parametrize("org", ORG_PREDIKAT_ORDER)
def test_every_team_size_from_1_to_30_can_comply(org):
    for n in range(1, 31):
        counts = _compliant(org, n)
        assert sum(counts.values()) == n
        assert check_distribution(org, counts) == [], (org, n, counts)


@settings(max_examples=60, deadline=None)
@given(org=st.sampled_from(ORG_PREDIKAT_ORDER), n=st.integers(1, 30))
def test_property_rules_are_satisfiable(org, n):
    # Exhaustive over the compositions of n would be big; search the ones the bounds allow:
    # some team of n among all splits into the five predikat has no violations.
    found = any(check_distribution(org, dict(zip(PREDIKAT_AXIS, split))) == []
                for split in _splits(n))
    assert found


def _splits(n):
    """Every way of putting n people into five predikat (generator; stops at the caller's
    first hit). Bounded: n <= 30 gives at most 46,376 splits."""
    for a, b, c, d in itertools.product(range(n + 1), repeat=4):
        if a + b + c + d <= n:
            yield (a, b, c, d, n - a - b - c - d)


@settings(max_examples=300, deadline=None)
@given(org=st.sampled_from(ORG_PREDIKAT_ORDER),
       counts=st.lists(st.integers(0, 12), min_size=5, max_size=5))
def test_property_violations_agree_with_the_bounds(org, counts):
    team_ = dict(zip(PREDIKAT_AXIS, counts))
    n = sum(counts)
    broken = {v.rule for v in check_distribution(org, team_)}
    for bound in (rule_bounds(org, n) if n else []):
        have = sum(team_[p] for p in bound.predikat)
        ok = bound.waived or ((bound.required_min is None or have >= bound.required_min)
                              and (bound.required_max is None or have <= bound.required_max))
        assert (bound.rule not in broken) == ok
