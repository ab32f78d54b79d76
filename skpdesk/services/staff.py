"""Pegawai: add, update, list, supervisor chains (no cycles), the Atasan Pejabat Penilai.

Field names in errors are the staff-file column names (`nama`, `golongan`, `nip_atasan`, ...),
so a form, the CLI and an import report all name the same field. Files: `staff_files.py`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Mapping

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.identifiers import clean_nip, validate_nip_for
from skpdesk.domain.people import (JENJANG_FUNGSIONAL, AsnType, EmploymentStatus, Pegawai,
                                   PegawaiInput, PositionKind, Unit)
from skpdesk.domain.skp import SkpStatus, SkpSummary
from skpdesk.domain.ranks import parse_rank
from skpdesk.domain.text_rules import check_text_chars, first_forbidden

from . import fields as F
from .outcome import Outcome


def validate_pegawai(inp: PegawaiInput, *, today=None) -> tuple[dict[str, Any], list[DomainError]]:
    """Check every own field of one pegawai (not the references); collect all broken rules."""
    out: dict[str, Any] = {}
    errors: list[DomainError] = []

    def run(key: str, fn):
        try:
            out[key] = fn()
        except DomainError as err:
            errors.append(err)

    # Fields that are not free text are checked for control characters here (free text is in
    # `F.text`), so the one problem reported for such a cell names the real rule.
    unsafe = set()
    for field, value in (("nip", inp.nip), ("jenis_asn", inp.asn_type), ("golongan", inp.rank),
                         ("jenis_jabatan", inp.position_kind), ("jenjang", inp.jenjang),
                         ("nip_atasan", inp.supervisor_nip),
                         ("nip_atasan_penilai", inp.appraiser_nip)):
        if isinstance(value, str) and first_forbidden(value):
            unsafe.add(field)
            run(field, lambda v=value, f=field: check_text_chars(v, f))

    if "jenis_asn" not in unsafe:
        run("asn_type", lambda: F.choice(inp.asn_type, AsnType, "jenis_asn"))
    asn = out.get("asn_type")
    run("name", lambda: F.text(inp.name, "nama", max_len=200))
    run("front_title", lambda: F.text(inp.front_title, "gelar_depan", max_len=50, required=False))
    run("back_title", lambda: F.text(inp.back_title, "gelar_belakang", max_len=100, required=False))
    run("position", lambda: F.text(inp.position, "jabatan", max_len=300))
    if "jenis_jabatan" not in unsafe:
        run("position_kind", lambda: F.choice(inp.position_kind, PositionKind, "jenis_jabatan"))
    def unit_path():
        parts = [p.strip() for p in F.text(inp.unit_path, "unit", max_len=500).split("/")]
        if not any(parts):
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="unit")
        return "/".join(p for p in parts if p)
    run("unit_path", unit_path)
    if asn is not None:
        def nip():
            try:
                return validate_nip_for(inp.nip or "", asn.value, today=today)
            except DomainError as err:
                err.params["field"] = "nip"
                raise
        if "nip" not in unsafe:
            run("nip", nip)
        if "golongan" not in unsafe:
            run("rank", lambda: parse_rank(inp.rank, asn.value, field="golongan"))
    jenjang = (inp.jenjang or "").strip()
    kind = out.get("position_kind")
    if "jenjang" in unsafe:
        jenjang = ""  # already reported
        kind = None
    if jenjang:
        match = next((j for j in JENJANG_FUNGSIONAL if j.lower() == jenjang.lower()), None)
        if match is None:
            errors.append(DomainError(ErrorCode.JENJANG_UNKNOWN, field="jenjang", value=jenjang,
                                      allowed=JENJANG_FUNGSIONAL))
        elif kind is not None and kind is not PositionKind.FUNGSIONAL:
            errors.append(DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="jenjang", value=jenjang,
                                      allowed=[], reason="fungsional_only"))
        else:
            out["jenjang"] = match
    elif kind is PositionKind.FUNGSIONAL:
        errors.append(DomainError(ErrorCode.FIELD_REQUIRED, field="jenjang"))
    if not errors:
        out.setdefault("jenjang", None)
    return out, errors


@dataclasses.dataclass(frozen=True)
class StatusChange:
    """The pegawai after `set_employment_status`, and what still hangs on someone who left.

    Leaving is not blocked by either list (a pensiun is a fact the office records, often late):
    the window and the CLI show them as warnings, so the supervisor moves the subordinates to
    another atasan and finishes or leaves the open SKP as they decide."""

    pegawai: Pegawai
    active_subordinates: list[Pegawai]
    open_skps: list[SkpSummary]  # Draft or Diajukan

    @property
    def warnings(self) -> bool:
        return not self.pegawai.is_active and bool(self.active_subordinates or self.open_skps)


def would_cycle(supervisor_map: dict[str, str | None], pegawai_id: str, supervisor_id: str) -> bool:
    """True when making `supervisor_id` the atasan of `pegawai_id` closes a loop."""
    seen = set()
    current: str | None = supervisor_id
    while current is not None and current not in seen:
        if current == pegawai_id:
            return True
        seen.add(current)
        current = supervisor_map.get(current)
    return current is not None  # an existing loop above: refuse to hang anything on it


def row_fields(checked: dict[str, Any], unit_id: str) -> dict[str, Any]:
    rank = checked["rank"]
    return {"nip": checked["nip"], "asn_type": checked["asn_type"].value, "name": checked["name"],
            "front_title": checked["front_title"], "back_title": checked["back_title"],
            "rank_code": rank.code if rank else None, "position": checked["position"],
            "position_kind": checked["position_kind"].value, "jenjang": checked["jenjang"],
            "unit_id": unit_id}


EDITABLE_COLUMNS = ("nip", "nama", "gelar_depan", "gelar_belakang", "jenis_asn", "golongan",
                    "jabatan", "jenis_jabatan", "jenjang", "unit", "nip_atasan",
                    "nip_atasan_penilai")
"""What `StaffService.edit` changes, by staff-file column name (the names errors use)."""

_INPUT_OF_COLUMN = {"nip": "nip", "nama": "name", "gelar_depan": "front_title",
                    "gelar_belakang": "back_title", "jenis_asn": "asn_type", "golongan": "rank",
                    "jabatan": "position", "jenis_jabatan": "position_kind", "jenjang": "jenjang",
                    "unit": "unit_path", "nip_atasan": "supervisor_nip",
                    "nip_atasan_penilai": "appraiser_nip"}


def _input_of(p: Pegawai) -> PegawaiInput:
    """The stored pegawai as the input that would write it again (references left out)."""
    return PegawaiInput(name=p.name, asn_type=p.asn_type.value, nip=p.nip,
                        front_title=p.front_title, back_title=p.back_title, rank=p.rank_code,
                        position=p.position, position_kind=p.position_kind.value,
                        jenjang=p.jenjang, unit_path=p.unit_path)


def _as_read(p: Pegawai) -> dict[str, Any]:
    """A pegawai's stored fields as `row_fields` names them, for finding what an edit changes."""
    return {"nip": p.nip, "asn_type": p.asn_type.value, "name": p.name,
            "front_title": p.front_title, "back_title": p.back_title, "rank_code": p.rank_code,
            "position": p.position, "position_kind": p.position_kind.value, "jenjang": p.jenjang,
            "unit_id": p.unit_id, "supervisor_id": p.supervisor_id,
            "appraiser_override_id": p.appraiser_override_id}


class StaffService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- reads
    def get(self, pegawai_id: str) -> Pegawai:
        with self._db.reader() as uow:
            p = uow.people.get(pegawai_id)
        if p is None:
            raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="id", value=pegawai_id)
        return p

    def by_nip(self, nip: str) -> Pegawai:
        with self._db.reader() as uow:
            p = uow.people.by_nip(clean_nip(nip))
        if p is None:
            raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=nip)
        return p

    def list(self, *, search: str | None = None, unit_path: str | None = None,
             unit_id: str | None = None, supervisor_id: str | None = None,
             limit: int | None = None, offset: int = 0) -> list[Pegawai]:
        """Pegawai sorted by name, filtered in SQL; `limit`/`offset` give one page.

        `search` matches part of the name (any case) or of the NIP (spaces ignored);
        `unit_path` ("A/B") or `unit_id` keep the pegawai of that unit itself (not its sub-units).
        """
        with self._db.reader() as uow:
            if unit_path:
                unit_id = self._unit_id(uow, unit_path)
            return uow.people.list(search=search, unit_id=unit_id, supervisor_id=supervisor_id,
                                   limit=limit, offset=offset)

    def count(self, *, search: str | None = None, unit_id: str | None = None,
              supervisor_id: str | None = None) -> int:
        """How many pegawai `list` returns with the same filters (all of them without filters)."""
        with self._db.reader() as uow:
            if search is None and unit_id is None and supervisor_id is None:
                return uow.people.count()
            return uow.people.count_matching(search=search, unit_id=unit_id,
                                             supervisor_id=supervisor_id)

    def unit_counts(self, *, search: str | None = None) -> list[tuple[Unit, int]]:
        """Units that hold at least one pegawai matching `search`, by unit path, with the count
        of those pegawai in the unit itself (one GROUP BY query; units are few)."""
        with self._db.reader() as uow:
            counts = uow.people.count_by_unit(search=search)
            if not counts:
                return []
            return [(unit, counts[unit.id]) for unit in uow.office.units() if unit.id in counts]

    @staticmethod
    def _unit_id(uow, unit_path: str) -> str:
        unit = uow.office.find_unit_path(unit_path)
        if unit is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, field="unit", value=unit_path)
        return unit.id

    def subordinates(self, pegawai_id: str) -> list[Pegawai]:
        with self._db.reader() as uow:
            return uow.people.list(supervisor_id=pegawai_id)

    def appraiser_of(self, pegawai: Pegawai) -> Pegawai | None:
        """Atasan Pejabat Penilai Kinerja: the override if set, else the supervisor's supervisor."""
        with self._db.reader() as uow:
            if pegawai.appraiser_override_id:
                return uow.people.get(pegawai.appraiser_override_id)
            if pegawai.supervisor_id:
                sup = uow.people.get(pegawai.supervisor_id)
                if sup and sup.supervisor_id:
                    return uow.people.get(sup.supervisor_id)
        return None

    # --- writes
    def add(self, inp: PegawaiInput) -> Outcome[Pegawai]:
        checked = _checked(inp)
        with self._db.unit_of_work(self._actor) as uow:
            _require_office(uow)
            self._check_nip_free(uow, checked["nip"], None)
            refs = self._resolve_refs(uow, inp)
            unit = uow.office.ensure_unit_path(checked["unit_path"])
            pegawai_id = uow.people.add(row_fields(checked, unit.id))
            self._set_refs(uow, pegawai_id, *refs)
            uow.flush()
            result = uow.people.get(pegawai_id)
        return Outcome(result, uow.changes)

    def update(self, base: Pegawai, inp: PegawaiInput) -> Outcome[Pegawai]:
        """Save what `inp` changes in `base`, the pegawai as the caller read it.

        Only the fields that differ from `base` are written (and journaled). When the row has
        changed since `base` was read (another window, another process), nothing is written
        and RECORD_CHANGED names who changed it: saving the whole stale copy would silently
        undo that change.
        """
        return self._save(base, inp, kept_refs=None)

    def edit(self, base: Pegawai, changes: Mapping[str, str | None]) -> Outcome[Pegawai]:
        """Change some fields of `base` (the pegawai as read), named by staff-file column
        (`EDITABLE_COLUMNS`); every other field keeps its stored value, and "" clears an
        optional one. The atasan and Atasan Pejabat Penilai are looked up by NIP when named;
        when not named they stay as stored (also a NON_ASN atasan without NIP). The rules and
        the stale-copy check are those of `update`."""
        if not isinstance(base, Pegawai):
            raise TypeError("StaffService.edit needs the Pegawai as read, not its id")
        unknown = sorted(set(changes) - set(EDITABLE_COLUMNS))
        if unknown:
            raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="kolom", value=unknown[0],
                              allowed=list(EDITABLE_COLUMNS))
        inp = dataclasses.replace(_input_of(base), **{_INPUT_OF_COLUMN[c]: (v or "")
                                                      for c, v in changes.items()})
        kept = {}
        if "nip_atasan" not in changes:
            kept["nip_atasan"] = base.supervisor_id
        if "nip_atasan_penilai" not in changes:
            kept["nip_atasan_penilai"] = base.appraiser_override_id
        return self._save(base, inp, kept_refs=kept)

    def _save(self, base: Pegawai, inp: PegawaiInput,
              kept_refs: dict[str, str | None] | None) -> Outcome[Pegawai]:
        if not isinstance(base, Pegawai):
            raise TypeError("StaffService.update needs the Pegawai as read, not its id")
        checked = _checked(inp)
        with self._db.unit_of_work(self._actor) as uow:
            _require_office(uow)
            version = uow.people.version(base.id)
            if version is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="id", value=base.id)
            if version != base.version:
                history = uow.journal.for_entity(base.id)
                actor = history[-1].actor if history else None
                params = {"actor": actor} if actor else {}
                raise DomainError(ErrorCode.RECORD_CHANGED, entity="pegawai", name=base.name,
                                  value=base.id, **params)
            self._check_nip_free(uow, checked["nip"], base.id)
            supervisor_id, appraiser_id = self._resolve_refs(uow, inp, kept_refs)
            unit = uow.office.ensure_unit_path(checked["unit_path"])
            wanted = row_fields(checked, unit.id)
            wanted.update(supervisor_id=supervisor_id, appraiser_override_id=appraiser_id)
            changed = {k: v for k, v in wanted.items() if _as_read(base).get(k) != v}
            if "supervisor_id" in changed or "appraiser_override_id" in changed:
                self._check_refs(uow, base.id, supervisor_id, appraiser_id)
            if changed:
                uow.people.update(base.id, changed)
            uow.flush()
            result = uow.people.get(base.id)
        return Outcome(result, uow.changes)

    @staticmethod
    def _check_nip_free(uow, nip: str | None, pegawai_id: str | None) -> None:
        if nip:
            other = uow.people.by_nip(nip)
            if other is not None and other.id != pegawai_id:
                raise DomainError(ErrorCode.NIP_DUPLICATE, field="nip", value=nip, name=other.name)

    @staticmethod
    def _resolve_refs(uow, inp: PegawaiInput,
                      kept: dict[str, str | None] | None = None) -> tuple[str | None, str | None]:
        """The ids of the atasan and Atasan Pejabat Penilai NIPs; `kept`: fields whose stored
        id stays (not looked up)."""
        ids = []
        for value, field in ((inp.supervisor_nip, "nip_atasan"), (inp.appraiser_nip, "nip_atasan_penilai")):
            if kept and field in kept:
                ids.append(kept[field])
                continue
            value = (value or "").strip()
            if not value:
                ids.append(None)
                continue
            p = uow.people.by_nip(clean_nip(value))
            if p is None:
                raise DomainError(ErrorCode.SUPERVISOR_NOT_FOUND, field=field, value=value)
            ids.append(p.id)
        return ids[0], ids[1]

    @classmethod
    def _set_refs(cls, uow, pegawai_id: str, supervisor_id: str | None,
                  appraiser_id: str | None) -> None:
        cls._check_refs(uow, pegawai_id, supervisor_id, appraiser_id)
        uow.people.update(pegawai_id, {"supervisor_id": supervisor_id,
                                       "appraiser_override_id": appraiser_id})

    @staticmethod
    def _check_refs(uow, pegawai_id: str, supervisor_id: str | None,
                    appraiser_id: str | None) -> None:
        if supervisor_id == pegawai_id:
            raise DomainError(ErrorCode.SUPERVISOR_SELF, field="nip_atasan")
        if supervisor_id and would_cycle(uow.people.supervisor_map(), pegawai_id, supervisor_id):
            raise DomainError(ErrorCode.SUPERVISOR_CYCLE, field="nip_atasan")
        if appraiser_id == pegawai_id:
            raise DomainError(ErrorCode.SUPERVISOR_SELF, field="nip_atasan_penilai")

    def set_employment_status(self, pegawai_id: str, status: EmploymentStatus | str,
                              since: dt.date | str | None = None) -> Outcome[StatusChange]:
        """Mark a pegawai as no longer active (pensiun, mutasi keluar) or active again (aktif),
        from `since` (default: today). Nothing is deleted: the row, its SKPs and the journal
        stay; only `employment_status` and `status_since` change (journaled, so it syncs and
        `skpdesk journal` shows who did it). The same status and date again writes nothing.
        Active subordinates and open SKPs are returned as warnings, not refused."""
        status = F.choice(status, EmploymentStatus, "status_kepegawaian")
        since = F.date(since, "sejak") if since not in (None, "") else dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            p = uow.people.get(pegawai_id)
            if p is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="id", value=pegawai_id)
            wanted = {"employment_status": status.value, "status_since": since}
            changed = {k: v for k, v in wanted.items()
                       if {"employment_status": p.employment_status.value,
                           "status_since": p.status_since}[k] != v}
            if changed:
                uow.people.update(pegawai_id, changed)
            uow.flush()
            result = uow.people.get(pegawai_id)
            subordinates = uow.people.active_subordinates(pegawai_id)
            open_skps = [s for s in uow.skp.list_for_pegawai(pegawai_id)
                         if s.status is not SkpStatus.DISETUJUI]
        return Outcome(StatusChange(result, subordinates, open_skps), uow.changes)

    def set_supervisor(self, pegawai_id: str, supervisor_id: str | None) -> Outcome[Pegawai]:
        with self._db.unit_of_work(self._actor) as uow:
            p = uow.people.get(pegawai_id)
            if p is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="id", value=pegawai_id)
            if supervisor_id and uow.people.get(supervisor_id) is None:
                raise DomainError(ErrorCode.SUPERVISOR_NOT_FOUND, field="nip_atasan", value=supervisor_id)
            self._set_refs(uow, pegawai_id, supervisor_id, p.appraiser_override_id)
            uow.flush()
            result = uow.people.get(pegawai_id)
        return Outcome(result, uow.changes)


def _checked(inp: PegawaiInput) -> dict:
    """The cleaned fields of `inp`, or its first broken rule raised (nothing is written)."""
    checked, errors = validate_pegawai(inp)
    if errors:
        raise errors[0]
    return checked


def _require_office(uow) -> None:
    if uow.office.instansi() is None:
        raise DomainError(ErrorCode.OFFICE_MISSING)
