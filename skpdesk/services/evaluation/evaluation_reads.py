"""The reads behind the team view and the Penilaian tab (issue 12): `team_evaluations` (every
pegawai of a pejabat penilai or of a unit tree with their SKP and evaluation in force) and
`workspace` (one pegawai and period, everything the tab shows). Both read in a few queries
whatever the size of the office: one for the year's SKPs, one for the people, one (chunked) for
the evaluations of the period, one for keberatan; no query per pegawai.
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.dialog import period_bounds
from skpdesk.domain.evaluation import RATING_LABELS, rating_from_org
from skpdesk.domain.evaluation_view import (BuktiCounts, EvaluationBehaviourRow,
                                            EvaluationIndicatorLine, EvaluationRhkRow,
                                            EvaluationWorkspace)
from skpdesk.domain.periods import PeriodInfo, feedback_in_period
from skpdesk.domain.skp import Rhk, RhkKind, Skp, SkpStatus

from ..dialog.feedback import acting_pegawai_id
from ..evidence.periods import periods_for_year
from . import roles
from .evaluations import TeamEvaluation, apply_effective, jpt_unit
from .organisation import org_predikat_for


def _chosen_skps(skps, info: PeriodInfo) -> dict[str, tuple]:
    """pegawai id -> the SKP row an evaluation of `info` is written on (`skp_for`'s rule)."""
    period = info.period
    best: dict[str, tuple] = {}
    for row in skps:
        _, pegawai_id, _, start, end, _ = row
        if start > period.end or end < period.start:
            continue
        key = (start <= period.end <= end, start, row[0])
        held = best.get(pegawai_id)
        if held is None or key > held[0]:
            best[pegawai_id] = (key, row)
    return {pid: row for pid, (_, row) in best.items()}


def team_evaluations(uow, info: PeriodInfo, *, penilai_id: str | None, unit_id: str | None,
                     today: dt.date) -> list[TeamEvaluation]:
    """Active pegawai whose pejabat penilai (the SKP's appraiser, else the atasan) is
    `penilai_id`, or who are in the unit tree of `unit_id`, by name; each with the SKP of the
    period and its evaluation in force (effective status), None when missing."""
    chosen = _chosen_skps(uow.evaluations.skps_of_year(info.period.year), info)
    people = {p.id: p for p in uow.people.list() if p.is_active}
    if unit_id is not None:
        members = [people[i] for i in uow.people.ids_in_unit_tree(unit_id) if i in people]
    else:
        members = []
        for p in people.values():
            row = chosen.get(p.id)
            penilai = (row[2] if row is not None and row[2] else p.supervisor_id)
            if penilai_id is not None and penilai == penilai_id:
                members.append(p)
    members.sort(key=lambda p: (p.name.casefold(), p.id))
    skp_ids = [chosen[p.id][0] for p in members if p.id in chosen]
    found = uow.evaluations.for_period(info.name, skp_ids=skp_ids) if skp_ids else []
    by_skp = {e.skp_id: e for e in apply_effective(uow, found, today)}
    result = []
    for p in members:
        row = chosen.get(p.id)
        skp_id = row[0] if row is not None else None
        result.append(TeamEvaluation(p, skp_id, by_skp.get(skp_id) if skp_id else None))
    return result


def _rhk_number(rhk: Rhk) -> str:
    return str(rhk.position) if rhk.kind is RhkKind.UTAMA else f"B.{rhk.position}"


def _in_period(feedback, info: PeriodInfo) -> bool:
    try:
        return feedback_in_period(*period_bounds(feedback.period), info.period)
    except (ValueError, IndexError):   # a period code another version wrote: not shown
        return False


def _realisasi_text(results: dict, indicator_id: str, info: PeriodInfo,
                    periods: tuple[PeriodInfo, ...]) -> str:
    own = results.get((indicator_id, info.name))
    if own is not None or not info.period.is_final:
        return own.value if own is not None else ""
    parts = [f"{p.period.short_label}: {results[(indicator_id, p.name)].value}"
             for p in periods if not p.period.is_final and (indicator_id, p.name) in results]
    return "; ".join(parts)


def _rows(uow, skp: Skp, info: PeriodInfo, periods: tuple[PeriodInfo, ...], feedback
          ) -> tuple[tuple[EvaluationRhkRow, ...], tuple[EvaluationBehaviourRow, ...]]:
    year_wide = info.period.is_final
    plans = {(p.rhk_id, p.period): p for p in uow.plans.action_plans(skp.id)}
    results = {(r.indicator_id, r.period): r for r in uow.plans.realisasi_of_skp(skp.id)}
    counts = uow.plans.evidence_counts(skp.id)
    rows = []
    for rhk in sorted(skp.rhk, key=lambda r: (r.kind is not RhkKind.UTAMA, r.position)):
        lines = []
        for ind in rhk.indicators:
            own = [c for (rid, iid, per), c in counts.items()
                   if iid == ind.id and (per == info.name or year_wide)]
            bukti = BuktiCounts(sum(c.total for c in own), sum(c.accepted for c in own),
                                sum(c.rejected for c in own), sum(c.waiting for c in own))
            lines.append(EvaluationIndicatorLine(ind.text, ind.target,
                                                 _realisasi_text(results, ind.id, info, periods),
                                                 bukti))
        plan = plans.get((rhk.id, info.name))
        if plan is None and year_wide:
            plan_text = "; ".join(f"{p.period.short_label}: {plans[(rhk.id, p.name)].text}"
                                  for p in periods if (rhk.id, p.name) in plans)
        else:
            plan_text = plan.text if plan is not None else ""
        texts = tuple(f.text for f in feedback if f.rhk_id == rhk.id)
        rows.append(EvaluationRhkRow(_rhk_number(rhk), rhk.text, tuple(lines), plan_text, texts))
    behaviours = tuple(
        EvaluationBehaviourRow(b.core_value.number, b.core_value.name, b.expectation,
                               tuple(f.text for f in feedback
                                     if f.core_value_id == b.core_value.id))
        for b in sorted(skp.behaviours, key=lambda b: b.core_value.number))
    return tuple(rows), behaviours


def workspace(uow, pegawai, info: PeriodInfo, skp: Skp | None, problem,
              today: dt.date) -> EvaluationWorkspace:
    """Everything the Penilaian tab shows for `pegawai` and `info` (module doc)."""
    periods = tuple(periods_for_year(uow, info.period.year))
    actor = acting_pegawai_id(uow)
    org = org_predikat_for(uow, pegawai.unit_id, info.name)
    jpt = jpt_unit(uow, pegawai) is not None
    if jpt:   # the JPT rule reads the predicate of the unit they lead: their own unit
        hint = (f"Dari capaian kinerja organisasi: {org.predikat.label} "
                f"({RATING_LABELS[rating_from_org(org.predikat)]})" if org
                else "Capaian kinerja organisasi belum ditetapkan")
    else:
        hint = ""
    evaluation, history, rows, behaviours = None, (), (), ()
    may_rate = may_self = False
    if skp is not None:
        history = tuple(apply_effective(uow, uow.evaluations.revisions(skp.id, info.name), today))
        evaluation = history[-1] if history else None
        feedback = [f for f in uow.coaching.current_feedback(skp_id=skp.id) if _in_period(f, info)]
        rows, behaviours = _rows(uow, skp, info, periods, feedback)
        approved = skp.status is SkpStatus.DISETUJUI and today >= info.period.start
        draft = evaluation is None or not evaluation.read_only
        # may_rate is the role (the tab also offers Buka kembali on a ditetapkan one); the
        # self-assessment is only ever written on a draft
        may_rate = approved and actor is not None and actor == roles.penilai_id(uow, skp)
        may_self = approved and draft and actor is not None and actor == skp.pegawai_id
    return EvaluationWorkspace(
        pegawai=pegawai, skp=skp, period=info, periods=periods, evaluation=evaluation,
        history=history, rows=rows, behaviours=behaviours, org_predikat=org, jpt_rule=jpt,
        may_rate=may_rate, may_self_assess=may_self, matrix_hint=hint, problem=problem)
