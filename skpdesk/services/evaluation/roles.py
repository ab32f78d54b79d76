"""Who is who around an evaluation (issue 12): the pejabat penilai, the atasan pejabat penilai,
the head of a unit, and the leaders "above" a unit who set its predikat kinerja organisasi.

- Pejabat penilai: the SKP's appraiser, else the pegawai's atasan (`services.acting.penilai_id`,
  as the SKP tab and the printed form resolve it).
- Atasan pejabat penilai (the keberatan channel, SKP-REFERENCE §2.5): the pegawai's
  "atasan pejabat penilai" override when set, else the pejabat penilai's own atasan (as
  `StaffService.appraiser_of`).
- Head of a unit: the active pegawai of the unit itself whose atasan is not in the unit (or who
  has none). The data has no "kepala unit" field; when several qualify, the highest kind of
  position wins (JPT, administrator, pengawas, fungsional, pelaksana), then the name.
- Leaders above a unit: the head's atasan and everyone above them (SE MenPANRB 3/2023:
  "Pimpinan organisasi di atasnya yang akan menetapkan capaian kinerja organisasi"). A unit
  with nobody in it uses the head of its nearest ancestor unit that has one, who is then above
  it too. A pengelola kinerja may record the predikat for them (the record says who did).
"""

from __future__ import annotations

from skpdesk.domain.people import Pegawai, PositionKind
from skpdesk.domain.skp import Skp

from ..acting import admin_ids, penilai_id

__all__ = ["penilai_id", "atasan_penilai_id", "unit_head", "leads_unit", "leaders_above",
           "may_set_org_predikat"]

_KIND_ORDER = {PositionKind.JPT: 0, PositionKind.ADMINISTRATOR: 1, PositionKind.PENGAWAS: 2,
               PositionKind.FUNGSIONAL: 3, PositionKind.PELAKSANA: 4}


def atasan_penilai_id(uow, skp: Skp) -> str | None:
    """The atasan pejabat penilai kinerja of the SKP's pegawai (module doc)."""
    owner = uow.people.get(skp.pegawai_id)
    if owner is not None and owner.appraiser_override_id:
        return owner.appraiser_override_id
    penilai = penilai_id(uow, skp)
    boss = uow.people.get(penilai) if penilai else None
    return boss.supervisor_id if boss is not None else None


def unit_head(uow, unit_id: str) -> Pegawai | None:
    """The head of the unit itself (module doc), or None when nobody there qualifies."""
    members = [p for p in uow.people.list(unit_id=unit_id) if p.is_active and p.unit_id == unit_id]
    ids = {p.id for p in members}
    heads = [p for p in members if p.supervisor_id is None or p.supervisor_id not in ids]
    if not heads:
        return None
    return min(heads, key=lambda p: (_KIND_ORDER.get(p.position_kind, 9), p.name, p.id))


def leads_unit(uow, pegawai: Pegawai) -> str | None:
    """The unit `pegawai` heads (their own unit), or None: for the JPT rule of §3.1 a JPT who
    heads their unit leads that organisation."""
    head = unit_head(uow, pegawai.unit_id)
    return pegawai.unit_id if head is not None and head.id == pegawai.id else None


def leaders_above(uow, unit_id: str) -> list[str]:
    """Pegawai ids of the leaders above the unit, nearest first (module doc)."""
    units = {u.id: u for u in uow.office.units()}
    unit, head, own = units.get(unit_id), None, True
    while unit is not None:
        head = unit_head(uow, unit.id)
        if head is not None:
            break
        unit, own = units.get(unit.parent_id) if unit.parent_id else None, False
    if head is None:
        return []
    chain = [] if own else [head.id]
    seen = {head.id}
    current = head
    while current.supervisor_id and current.supervisor_id not in seen:
        seen.add(current.supervisor_id)
        chain.append(current.supervisor_id)
        current = uow.people.get(current.supervisor_id)
        if current is None:
            break
    return chain


def may_set_org_predikat(uow, actor_id: str | None, unit_id: str) -> bool:
    """A leader above the unit, or a pengelola kinerja recording it for them."""
    if actor_id is None:
        return False
    return actor_id in admin_ids(uow) or actor_id in leaders_above(uow, unit_id)
