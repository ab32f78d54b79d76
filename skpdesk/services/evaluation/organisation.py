"""The predikat kinerja organisasi of a unit and period (issue 12; SKP-REFERENCE §3.3).

`org_predikat_for` is the lookup every part uses (the evaluation's "capaian kinerja
organisasi", the JPT rule, the distribution check): the unit's own predicate for the period,
else the nearest ancestor unit's (a sub-unit shares the predicate its parent's leader set for
the whole organisation unless one was set for it). Helper "orgdist" adds the service that sets
it (`OrgPredikatService`).
"""

from __future__ import annotations

from skpdesk.domain.evaluation import OrgPredikatRecord


def org_predikat_for(uow, unit_id: str | None, period: str) -> OrgPredikatRecord | None:
    """The predicate that applies to `unit_id` in `period` (own, else nearest ancestor's)."""
    if not unit_id:
        return None
    parents = {u.id: u.parent_id for u in uow.office.units()}
    seen: set[str] = set()
    current: str | None = unit_id
    while current and current not in seen:
        seen.add(current)
        record = uow.organisation.org_predikat(current, period)
        if record is not None:
            return record
        current = parents.get(current)
    return None
