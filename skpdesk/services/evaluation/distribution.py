"""The distribution check of a supervisor's or a unit's predikat of a period (issue 12;
SKP-REFERENCE §3.3; the rules and their reading: `domain.distribution`).

- Scope "supervisor": the active pegawai whose pejabat penilai is that pegawai (the SKP's
  appraiser, else the pegawai's atasan, as `acting.penilai_id`) and who have an SKP of the
  period (of its year, overlapping it; of two, the one covering the period's end).
  Scope "unit": the active pegawai of the unit and its sub-units with an SKP of the period.
- What counts: the CURRENT revision of each pegawai's evaluation of the period, whatever its
  status (drafts too: the supervisor checks before setting them), when it has a predikat.
  Pegawai in scope without one are `unrated`, and the rules are applied to the rated ones.
- The pattern: the organisation predicate that applies (`org_predikat_for`) to the
  supervisor's own unit, or to the unit. None set: no violations, and a note says so.
The check warns; nothing here blocks a rating.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from skpdesk.domain.distribution import (DistributionChart, Violation, distribution_chart,
                                         small_team_notes)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import PREDIKAT_AXIS, OrgPredikatRecord, Predikat
from skpdesk.domain.people import unit_path_text
from skpdesk.domain.periods import PeriodInfo

from ..dialog.feedback import person_text
from ..evidence.periods import resolve_period
from .organisation import org_predikat_for, resolve_unit


@dataclass(frozen=True)
class DistributionResult:
    scope_label: str
    period: PeriodInfo
    org_predikat: OrgPredikatRecord | None
    counts: dict[Predikat, int]        # every predikat of PREDIKAT_AXIS, zeros included
    total: int                         # rated pegawai in scope
    unrated: int                       # in scope, no predikat yet
    chart: DistributionChart
    violations: tuple[Violation, ...]
    notes: tuple[str, ...]
    pegawai_ids: tuple[str, ...] = ()  # everybody in scope (rated or not)


def _sub_units(uow, unit_id: str) -> set[str]:
    children: dict[str | None, list[str]] = {}
    for unit in uow.office.units():
        children.setdefault(unit.parent_id, []).append(unit.id)
    found, todo = set(), [unit_id]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(children.get(current, ()))
    return found


class DistributionService:
    """`Services.distribution`."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def check(self, *, supervisor_id: str | None = None, unit_id: str | None = None,
              period: str, today: dt.date | None = None) -> DistributionResult:
        """`unit_id` may also be a unit path. Exactly one of supervisor_id / unit_id
        (DISTRIBUTION_SCOPE_REQUIRED otherwise). `today` is accepted for symmetry with the
        other services: the check does not depend on the date (drafts count)."""
        if (supervisor_id is None) == (unit_id is None):
            raise DomainError(ErrorCode.DISTRIBUTION_SCOPE_REQUIRED, field="pejabat_penilai")
        with self._db.reader() as uow:
            info = resolve_period(uow, period, field="periode")
            p = info.period
            skps = uow.organisation.period_skps(p.year, p.start, p.end)
            if supervisor_id is not None:
                boss = uow.people.get(supervisor_id)
                if boss is None:
                    raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="pejabat_penilai",
                                      value=supervisor_id)
                people = [x for x in uow.people.list() if x.is_active and x.id in skps
                          and (skps[x.id].appraiser_id or x.supervisor_id) == boss.id]
                org = org_predikat_for(uow, boss.unit_id, info.name)
                scope = f"Pegawai yang dinilai oleh {person_text(uow, boss.id)}"
                org_unit = boss.unit_path
            else:
                unit = resolve_unit(uow, unit_id)
                units = _sub_units(uow, unit.id)
                people = [x for x in uow.people.list() if x.is_active and x.id in skps
                          and x.unit_id in units]
                org = org_predikat_for(uow, unit.id, info.name)
                scope = f"{unit_path_text(unit.path)} (dengan sub-unitnya)"
                org_unit = unit.path
            ids = tuple(x.id for x in people)
            predikats = uow.organisation.evaluation_predikats(info.name, ids)
        counts = {p_: 0 for p_ in PREDIKAT_AXIS}
        for value in predikats.values():
            counts[value] += 1
        total = sum(counts.values())
        chart = distribution_chart(org.predikat if org else None, counts)
        notes = []
        if org is None:
            notes.append(f"Predikat kinerja organisasi {unit_path_text(org_unit) or '-'} untuk "
                         f"{info.label} belum ditetapkan; pola distribusi tidak diperiksa.")
        else:
            notes.extend(small_team_notes(org.predikat, total))
        unrated = len(ids) - total
        if unrated:
            notes.append(f"{unrated} dari {len(ids)} pegawai belum mempunyai predikat untuk "
                         f"{info.label}; pemeriksaan memakai {total} pegawai yang sudah dinilai.")
        return DistributionResult(scope_label=scope, period=info, org_predikat=org,
                                  counts=counts, total=total, unrated=unrated, chart=chart,
                                  violations=chart.violations, notes=tuple(notes),
                                  pegawai_ids=ids)
