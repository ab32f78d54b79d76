"""The pola distribusi of the predikat kinerja pegawai (issue 12; SKP-REFERENCE §3.3).

The capaian kinerja organisasi chooses a pattern; a supervisor's (or a unit's) predicates of a
period are checked against it. The check WARNS, it never blocks. The five patterns, with the
SE's wording kept (`docs/penilaian-distribusi.md` has the table and the reading of each rule):

- Istimewa: "sebagian besar (maksimal 70%)" pegawai Sangat Baik.
- Baik: "sebagian besar (maksimal 70%)" pegawai Baik; "harus ada" pegawai Butuh Perbaikan
  dan/atau Kurang/Misconduct.
- Butuh Perbaikan: "minimal 60%" Butuh Perbaikan; Sangat Baik "maksimal 10%".
- Kurang: "minimal 60%" Kurang/Misconduct; "minimal 10%" Butuh Perbaikan; Sangat Baik
  "maksimal 10%".
- Sangat Kurang: "minimal 60%" Sangat Kurang; "harus ada minimal 10%" Kurang/Misconduct
  dan/atau Butuh Perbaikan; "tidak ada" Sangat Baik.
"Others may be ..." in the SE allows every other predikat, so it is no rule here.

Percentages become numbers of people for a team of n rated pegawai:
- "minimal p%" -> ceil(p*n/100); "maksimal p%" -> floor(p*n/100); "sebagian besar" -> more than
  half (floor(n/2)+1); "harus ada" -> at least 1 ("harus ada minimal 10%": the larger of 1 and
  ceil(n/10)); "tidak ada" -> 0.
- Small teams (the issue: "where 10 % is less than one person"):
  (1) "sebagian besar (maksimal 70%)": the maximum never goes below the "sebagian besar"
      count, max(floor(0.7n), floor(n/2)+1) (else a team of 1, 2 or 3 could never comply);
  (2) when the dominant rule's minimum leaves no room for a "harus ada"/"minimal 10%" rule
      (dominant min + that min > n), that secondary rule is waived (`small_team_notes` says so);
  (3) "maksimal 10%" with n < 10 allows nobody, as written (1 of 7 is 14 %).

The chart (`DistributionChart`) holds the actual counts over PREDIKAT_AXIS and the stylised
curve of the pattern (`template_curve`): the reference's "kurva" is a picture chosen by the
organisation predicate, not a plot of the counts, and its exact shape is not published. We draw
a bell (a normal curve with a standard deviation of one column) whose peak sits on the pattern's
dominant predikat: Sangat Baik for Istimewa, Baik for Baik, Butuh Perbaikan, Kurang/Misconduct
and Sangat Kurang for the three lower ones. Qt (the window) and ReportLab (the PDF) both draw
from the same DistributionChart, so both show the same shape.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .evaluation import ORG_PREDIKAT_ORDER, PREDIKAT_AXIS, OrgPredikat, Predikat

# --- the rules ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    code: str           # stable code, e.g. "baik.harus_ada_bp_kurang"
    wording: str        # the SE's wording (§3.3)
    predikat: tuple[Predikat, ...]  # whose counts add up for the rule
    kind: str           # "sebagian_besar_maks70" | "min_pct" | "max_pct" | "harus_ada_min_pct" | "tidak_ada"
    pct: int = 0
    secondary: bool = False   # a "harus ada"/"minimal 10%" rule that a small team may waive
    sentence: str = ""        # the rule as a sentence (window, PDF)


_SB, _B, _BP, _K, _SK = (Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN,
                         Predikat.KURANG, Predikat.SANGAT_KURANG)

_RULES: dict[OrgPredikat, tuple[_Rule, ...]] = {
    OrgPredikat.ISTIMEWA: (
        _Rule("istimewa.sebagian_besar_sangat_baik",
              '"sebagian besar (maksimal 70%)" pegawai Sangat Baik', (_SB,),
              "sebagian_besar_maks70", 70,
              sentence="Sebagian besar (maksimal 70%) pegawai berpredikat Sangat Baik; "
                       "pegawai lain boleh Baik, Butuh Perbaikan, Kurang/Misconduct dan/atau "
                       "Sangat Kurang."),
    ),
    OrgPredikat.BAIK: (
        _Rule("baik.sebagian_besar_baik",
              '"sebagian besar (maksimal 70%)" pegawai Baik', (_B,),
              "sebagian_besar_maks70", 70,
              sentence="Sebagian besar (maksimal 70%) pegawai berpredikat Baik."),
        _Rule("baik.harus_ada_bp_kurang",
              '"harus ada" pegawai Butuh Perbaikan dan/atau Kurang/Misconduct', (_BP, _K),
              "harus_ada_min_pct", 0, secondary=True,
              sentence="Harus ada pegawai berpredikat Butuh Perbaikan dan/atau "
                       "Kurang/Misconduct; pegawai lain boleh Sangat Baik dan/atau Sangat "
                       "Kurang."),
    ),
    OrgPredikat.BUTUH_PERBAIKAN: (
        _Rule("butuh_perbaikan.minimal_60_bp",
              '"minimal 60%" pegawai Butuh Perbaikan', (_BP,), "min_pct", 60,
              sentence="Minimal 60% pegawai berpredikat Butuh Perbaikan."),
        _Rule("butuh_perbaikan.maksimal_10_sangat_baik",
              'Sangat Baik "maksimal 10%"', (_SB,), "max_pct", 10,
              sentence="Pegawai berpredikat Sangat Baik maksimal 10%; pegawai lain boleh Baik, "
                       "Kurang/Misconduct dan/atau Sangat Kurang."),
    ),
    OrgPredikat.KURANG: (
        _Rule("kurang.minimal_60_kurang",
              '"minimal 60%" pegawai Kurang/Misconduct', (_K,), "min_pct", 60,
              sentence="Minimal 60% pegawai berpredikat Kurang/Misconduct."),
        _Rule("kurang.minimal_10_bp",
              '"minimal 10%" pegawai Butuh Perbaikan', (_BP,), "min_pct", 10, secondary=True,
              sentence="Minimal 10% pegawai berpredikat Butuh Perbaikan."),
        _Rule("kurang.maksimal_10_sangat_baik",
              'Sangat Baik "maksimal 10%"', (_SB,), "max_pct", 10,
              sentence="Pegawai berpredikat Sangat Baik maksimal 10%; pegawai lain boleh Baik "
                       "dan/atau Sangat Kurang."),
    ),
    OrgPredikat.SANGAT_KURANG: (
        _Rule("sangat_kurang.minimal_60_sangat_kurang",
              '"minimal 60%" pegawai Sangat Kurang', (_SK,), "min_pct", 60,
              sentence="Minimal 60% pegawai berpredikat Sangat Kurang."),
        _Rule("sangat_kurang.harus_ada_10_kurang_bp",
              '"harus ada minimal 10%" pegawai Kurang/Misconduct dan/atau Butuh Perbaikan',
              (_K, _BP), "harus_ada_min_pct", 10, secondary=True,
              sentence="Harus ada minimal 10% pegawai berpredikat Kurang/Misconduct dan/atau "
                       "Butuh Perbaikan; pegawai lain boleh Baik."),
        _Rule("sangat_kurang.tidak_ada_sangat_baik",
              '"tidak ada" pegawai Sangat Baik', (_SB,), "tidak_ada",
              sentence="Tidak ada pegawai berpredikat Sangat Baik."),
    ),
}

# The predikat each pattern centres on (the peak of its curve; the "dominant" rule's predikat).
DOMINANT: dict[OrgPredikat, Predikat] = {
    OrgPredikat.ISTIMEWA: _SB, OrgPredikat.BAIK: _B, OrgPredikat.BUTUH_PERBAIKAN: _BP,
    OrgPredikat.KURANG: _K, OrgPredikat.SANGAT_KURANG: _SK,
}


@dataclass(frozen=True)
class RuleBound:
    """One rule of a pattern for a team of `total`: the people it requires (None = no bound).
    `waived` is True for a secondary rule that a small team has no room for (reading (2))."""

    rule: str
    wording: str
    predikat: tuple[Predikat, ...]
    total: int
    required_min: int | None
    required_max: int | None
    waived: bool = False


@dataclass(frozen=True)
class Violation:
    rule: str                       # stable code, e.g. "baik.harus_ada_bp_kurang"
    wording: str                    # the SE's wording, quoted (§3.3)
    predikat: tuple[Predikat, ...]  # the predikat the rule counts
    count: int                      # how many of them the team has
    total: int                      # rated pegawai
    percent: float                  # count/total in %, 1 decimal
    required_min: int | None        # people
    required_max: int | None        # people
    message: str                    # Indonesian sentence with the counts


def _sebagian_besar(n: int) -> int:
    return n // 2 + 1


def _bounds(rule: _Rule, n: int) -> tuple[int | None, int | None]:
    if rule.kind == "sebagian_besar_maks70":
        low = _sebagian_besar(n)
        return low, max(math.floor(rule.pct * n / 100), low)   # reading (1)
    if rule.kind == "min_pct":
        return math.ceil(rule.pct * n / 100), None
    if rule.kind == "max_pct":
        return None, math.floor(rule.pct * n / 100)            # reading (3): n < 10 -> 0
    if rule.kind == "harus_ada_min_pct":
        return max(1, math.ceil(rule.pct * n / 100)), None
    if rule.kind == "tidak_ada":
        return None, 0
    raise ValueError(rule.kind)


def rule_bounds(org: OrgPredikat, n: int) -> list[RuleBound]:
    """Every rule of `org`'s pattern as numbers of people for a team of `n` rated pegawai."""
    org = OrgPredikat(org)
    rules = _RULES[org]
    dominant_min = _bounds(rules[0], n)[0] or 0
    result = []
    for rule in rules:
        low, high = _bounds(rule, n)
        waived = rule.secondary and dominant_min + (low or 0) > n      # reading (2)
        result.append(RuleBound(rule.code, rule.wording, rule.predikat, n, low, high, waived))
    return result


def _percent(count: int, total: int) -> float:
    return round(100.0 * count / total, 1) if total else 0.0


def _pct_text(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def _names(predikat: tuple[Predikat, ...]) -> str:
    return " dan/atau ".join(p.label for p in predikat)


def _requirement(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"paling sedikit {low} dan paling banyak {high} orang" if low != high \
            else f"tepat {low} orang"
    if low is not None:
        return f"paling sedikit {low} orang"
    return "tidak seorang pun" if high == 0 else f"paling banyak {high} orang"


def _message(org: OrgPredikat, bound: RuleBound, count: int) -> str:
    pct = _pct_text(_percent(count, bound.total))
    return (f"Predikat kinerja organisasi {org.label}: {bound.wording}. Tim ini: {count} dari "
            f"{bound.total} pegawai ({pct}) {_names(bound.predikat)}; yang diminta "
            f"{_requirement(bound.required_min, bound.required_max)}.")


def _counts_of(counts: Mapping[Predikat, int]) -> dict[Predikat, int]:
    return {p: int(counts.get(p, 0)) for p in PREDIKAT_AXIS}


def check_distribution(org: OrgPredikat, counts: Mapping[Predikat, int]) -> list[Violation]:
    """The broken rules of `org`'s pattern for a team's predikat counts (empty when every
    rule holds, and for a team with nobody rated). Waived rules (small teams) never break."""
    org = OrgPredikat(org)
    per = _counts_of(counts)
    total = sum(per.values())
    if total <= 0:
        return []
    violations = []
    for bound in rule_bounds(org, total):
        if bound.waived:
            continue
        count = sum(per[p] for p in bound.predikat)
        too_few = bound.required_min is not None and count < bound.required_min
        too_many = bound.required_max is not None and count > bound.required_max
        if too_few or too_many:
            violations.append(Violation(
                rule=bound.rule, wording=bound.wording, predikat=bound.predikat, count=count,
                total=total, percent=_percent(count, total), required_min=bound.required_min,
                required_max=bound.required_max, message=_message(org, bound, count)))
    return violations


def rule_texts(org: OrgPredikat) -> list[str]:
    """The rules of `org`'s pattern as sentences (the window and the PDF)."""
    return [rule.sentence for rule in _RULES[OrgPredikat(org)]]


def small_team_notes(org: OrgPredikat, n: int) -> list[str]:
    """What the small-team readings change for a team of `n` rated pegawai (empty for n = 0
    or when the rules apply unchanged)."""
    org = OrgPredikat(org)
    if n <= 0:
        return []
    notes = []
    bounds = rule_bounds(org, n)
    dominant_min = bounds[0].required_min or 0
    for rule, bound in zip(_RULES[org], bounds):
        if bound.waived:
            notes.append(
                f"Tim {n} pegawai: aturan {rule.wording} tidak diterapkan, karena aturan "
                f"utama sudah memerlukan {dominant_min} dari {n} pegawai dan tidak tersisa "
                f"tempat untuk {bound.required_min} orang lagi.")
        elif rule.kind == "sebagian_besar_maks70" and math.floor(rule.pct * n / 100) < \
                _sebagian_besar(n):
            notes.append(
                f"Tim {n} pegawai: 70% dari {n} kurang dari \"sebagian besar\"; batas atas "
                f"dibaca {bound.required_max} orang ({_names(rule.predikat)}).")
        elif rule.kind == "max_pct" and n < 100 // rule.pct:
            notes.append(
                f"Tim {n} pegawai: {rule.pct}% dari {n} kurang dari satu orang; "
                f"{_names(rule.predikat)} tidak diperbolehkan.")
    return notes


def template_curve(org: OrgPredikat) -> tuple[float, ...]:
    """Five relative heights (0..1] over PREDIKAT_AXIS: a bell (standard deviation of one
    column) peaking at 1.0 on the pattern's dominant predikat (module doc)."""
    peak = PREDIKAT_AXIS.index(DOMINANT[OrgPredikat(org)])
    return tuple(round(math.exp(-((i - peak) ** 2) / 2.0), 4) for i in range(len(PREDIKAT_AXIS)))


@dataclass(frozen=True)
class DistributionChart:
    """What the window and the PDF draw. `counts` over PREDIKAT_AXIS (Sangat Kurang first);
    `curve` the template heights over the same axis, EMPTY when no organisation predicate is
    set (there is no pattern to draw)."""

    org: OrgPredikat | None
    counts: tuple[int, ...]
    total: int
    curve: tuple[float, ...]
    violations: tuple[Violation, ...]

    @property
    def shares(self) -> tuple[float, ...]:
        """Each predikat's share of the rated team (0..1; all 0 when nobody is rated)."""
        return tuple(c / self.total if self.total else 0.0 for c in self.counts)


def distribution_chart(org: OrgPredikat | None, counts: Mapping[Predikat, int]
                       ) -> DistributionChart:
    per = _counts_of(counts)
    org = OrgPredikat(org) if org is not None else None
    return DistributionChart(
        org=org, counts=tuple(per[p] for p in PREDIKAT_AXIS), total=sum(per.values()),
        curve=template_curve(org) if org is not None else (),
        violations=tuple(check_distribution(org, per)) if org is not None else ())


__all__ = ["DOMINANT", "ORG_PREDIKAT_ORDER", "DistributionChart", "RuleBound", "Violation",
           "check_distribution", "distribution_chart", "rule_bounds", "rule_texts",
           "small_team_notes", "template_curve"]
