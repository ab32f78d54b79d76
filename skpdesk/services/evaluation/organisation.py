"""The predikat kinerja organisasi of a unit and period (issue 12; SKP-REFERENCE §3.3).

`org_predikat_for` is the lookup every part uses (the evaluation's "capaian kinerja
organisasi", the JPT rule, the distribution check): the unit's own predicate for the period,
else the nearest ancestor unit's (a sub-unit shares the predicate its parent's leader set for
the whole organisation unless one was set for it). `OrgPredikatService` sets it: a leader above
the unit (`roles.may_set_org_predikat`), or a pengelola kinerja recording it for them.
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import (MAX_NOTE, OrgPredikat, OrgPredikatRecord,
                                      parse_org_predikat)
from skpdesk.domain.people import Unit, unit_path_text

from .. import fields as F
from ..acting import admin_ids
from ..dialog.feedback import acting_pegawai_id, person_text
from ..evidence.periods import resolve_period
from ..outcome import Outcome
from . import roles


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


# --- setting it (helper "orgdist") -----------------------------------------------------------

def resolve_unit(uow, text: str | None, *, field: str = "unit") -> Unit:
    """A unit by id or by path ("Dinas/Bidang A", also "Dinas / Bidang A"), else
    UNIT_NOT_FOUND naming the field and what was typed."""
    wanted = (text or "").strip()
    units = uow.office.units()
    found = next((u for u in units if u.id == wanted), None)
    if found is None and wanted:
        found = uow.office.find_unit_path(wanted)
    if found is None:
        raise DomainError(ErrorCode.UNIT_NOT_FOUND, field=field, value=wanted)
    return found


def _require_setter(uow, unit: Unit) -> str:
    """The acting pegawai's id when they may set the unit's predikat (roles module doc)."""
    actor = acting_pegawai_id(uow)
    if actor is None:
        raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
    if roles.may_set_org_predikat(uow, actor, unit.id):
        return actor
    leaders = ", ".join(person_text(uow, pid) for pid in roles.leaders_above(uow, unit.id)) or "-"
    admins = ", ".join(sorted(person_text(uow, pid) for pid in admin_ids(uow))) or "-"
    raise DomainError(ErrorCode.ORG_PREDIKAT_REFUSED, field="saya_adalah",
                      unit=unit_path_text(unit.path), leaders=leaders, admins=admins,
                      actor=person_text(uow, actor))


class OrgPredikatService:
    """`Services.org_predikat`: the predikat kinerja organisasi of a unit and period (§3.3),
    set by a leader above the unit or recorded by a pengelola kinerja for them. Any period of a
    year, Akhir included, at any time (no batas pengisian: the batas is about realisasi)."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def set(self, unit: str, period: str, predikat: OrgPredikat | str, *, note: str = "",
            today: dt.date | None = None) -> Outcome[OrgPredikatRecord]:
        today = today or dt.date.today()
        value = parse_org_predikat(predikat.value if isinstance(predikat, OrgPredikat)
                                   else predikat, field="predikat_organisasi")
        note = F.text(note, "komentar", max_len=MAX_NOTE, required=False)
        with self._db.unit_of_work(self._actor) as uow:
            found = resolve_unit(uow, unit)
            info = resolve_period(uow, period, field="periode")
            actor = _require_setter(uow, found)
            person = uow.people.get(actor)
            record = uow.organisation.set_org_predikat(found.id, info.name, dict(
                predikat=value.value, set_on=today, set_by_id=actor,
                set_by_name=person.full_name if person is not None else "", note=note))
        return Outcome(record, uow.changes)

    def clear(self, unit: str, period: str) -> Outcome[OrgPredikatRecord]:
        """Remove the unit's own predicate of the period (the one removed is returned); none
        set: ORG_PREDIKAT_NOT_SET. The unit then follows its parent's again."""
        with self._db.unit_of_work(self._actor) as uow:
            found = resolve_unit(uow, unit)
            info = resolve_period(uow, period, field="periode")
            _require_setter(uow, found)
            record = uow.organisation.org_predikat(found.id, info.name)
            if record is None:
                raise DomainError(ErrorCode.ORG_PREDIKAT_NOT_SET, field="predikat_organisasi",
                                  unit=unit_path_text(found.path), period=info.name)
            uow.organisation.delete_org_predikat(found.id, info.name)
        return Outcome(record, uow.changes)

    def get(self, unit: str, period: str) -> OrgPredikatRecord | None:
        """The unit's OWN predicate of the period (None when only an ancestor has one)."""
        with self._db.reader() as uow:
            found = resolve_unit(uow, unit)
            return uow.organisation.org_predikat(found.id, resolve_period(uow, period).name)

    def effective(self, unit: str, period: str) -> OrgPredikatRecord | None:
        """The predicate that applies to the unit (own, else nearest ancestor's)."""
        with self._db.reader() as uow:
            found = resolve_unit(uow, unit)
            return org_predikat_for(uow, found.id, resolve_period(uow, period).name)

    def list(self, period: str | None = None) -> list[OrgPredikatRecord]:
        with self._db.reader() as uow:
            name = resolve_period(uow, period).name if period else None
            return uow.organisation.org_predikats(name)

    def may_set(self, unit: str) -> bool:
        """May the acting pegawai set the unit's predicate (the dialog enables itself)."""
        with self._db.reader() as uow:
            found = resolve_unit(uow, unit)
            actor = acting_pegawai_id(uow)
            return actor is not None and roles.may_set_org_predikat(uow, actor, found.id)
