"""Pegawai rows <-> `domain.people.Pegawai`; search and filtering happen in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from skpdesk.domain.ids import pegawai_key_id
from skpdesk.domain.people import AsnType, EmploymentStatus, Pegawai, PositionKind, titled_name

from ..tables import PegawaiRow, UnitRow
from .base import RepositoryBase
from .office import OfficeRepository

PEGAWAI_FIELDS = {"nip", "asn_type", "name", "front_title", "back_title", "rank_code", "position",
                  "position_kind", "jenjang", "unit_id", "supervisor_id", "appraiser_override_id",
                  "employment_status", "status_since"}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search_condition(search: str):
    """Name (any case) or NIP containing `search`; a NIP typed with spaces still matches."""
    text = search.strip()
    like = f"%{_escape_like(text)}%"
    conditions = [PegawaiRow.name.ilike(like, escape="\\"), PegawaiRow.nip.like(like, escape="\\")]
    compact = "".join(text.split())
    if compact != text:
        conditions.append(PegawaiRow.nip.like(f"%{_escape_like(compact)}%", escape="\\"))
    return or_(*conditions)


def _filtered(stmt, *, search: str | None, unit_id: str | None, supervisor_id: str | None):
    if search and search.strip():
        stmt = stmt.where(_search_condition(search))
    if unit_id:
        stmt = stmt.where(PegawaiRow.unit_id == unit_id)
    if supervisor_id:
        stmt = stmt.where(PegawaiRow.supervisor_id == supervisor_id)
    return stmt


class PeopleRepository(RepositoryBase):
    def _unit_paths(self) -> dict[str, str]:
        return OfficeRepository(self._s, self._changes).unit_paths()

    def _query(self):
        sup = aliased(PegawaiRow)
        return (select(PegawaiRow, sup.nip, sup.name, sup.front_title, sup.back_title)
                .outerjoin(sup, sup.id == PegawaiRow.supervisor_id))

    def _to_domain(self, row: PegawaiRow, sup_nip, sup_name, paths: dict[str, str]) -> Pegawai:
        return Pegawai(
            id=row.id, nip=row.nip, asn_type=AsnType(row.asn_type), name=row.name,
            front_title=row.front_title or "", back_title=row.back_title or "",
            rank_code=row.rank_code, position=row.position,
            position_kind=PositionKind(row.position_kind), jenjang=row.jenjang,
            unit_id=row.unit_id, unit_path=paths.get(row.unit_id, ""),
            supervisor_id=row.supervisor_id, appraiser_override_id=row.appraiser_override_id,
            supervisor_nip=sup_nip, supervisor_name=sup_name, version=row.hlc,
            employment_status=EmploymentStatus(row.employment_status or "aktif"),
            status_since=row.status_since)

    def _many(self, stmt) -> list[Pegawai]:
        paths = self._unit_paths()
        # the atasan named with the titles, as every view names a person
        return [self._to_domain(r, n, titled_name(m, front, back) if m else None, paths)
                for r, n, m, front, back in self._s.execute(stmt).all()]

    def get(self, pegawai_id: str) -> Pegawai | None:
        found = self._many(self._query().where(PegawaiRow.id == pegawai_id))
        return found[0] if found else None

    def by_nip(self, nip: str) -> Pegawai | None:
        """The pegawai with this NIP; of two (added apart on two laptops), the lowest id."""
        found = self._many(self._query().where(PegawaiRow.nip == nip)
                           .order_by(PegawaiRow.id).limit(1))
        return found[0] if found else None

    def by_name_without_nip(self, name: str) -> list[Pegawai]:
        return self._many(self._query().where(PegawaiRow.nip.is_(None), PegawaiRow.name == name)
                          .order_by(PegawaiRow.id))

    def list(self, *, search: str | None = None, unit_id: str | None = None,
             supervisor_id: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[Pegawai]:
        stmt = _filtered(self._query(), search=search, unit_id=unit_id, supervisor_id=supervisor_id)
        stmt = stmt.order_by(PegawaiRow.name, PegawaiRow.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return self._many(stmt)

    def count_matching(self, *, search: str | None = None, unit_id: str | None = None,
                       supervisor_id: str | None = None) -> int:
        """How many rows `list` would return with the same filters (for page counts)."""
        stmt = _filtered(select(func.count()).select_from(PegawaiRow), search=search,
                         unit_id=unit_id, supervisor_id=supervisor_id)
        return self._s.execute(stmt).scalar_one()

    def count_by_unit(self, *, search: str | None = None) -> dict[str, int]:
        """unit id -> number of pegawai in that unit itself (not its sub-units) matching `search`."""
        stmt = _filtered(select(PegawaiRow.unit_id, func.count()).group_by(PegawaiRow.unit_id),
                         search=search, unit_id=None, supervisor_id=None)
        return {unit_id: n for unit_id, n in self._s.execute(stmt).all()}

    def ids_in_unit_tree(self, unit_id: str) -> list[str]:
        """Pegawai of a unit and all its sub-units (recursive CTE, no Python filtering)."""
        tree = select(UnitRow.id).where(UnitRow.id == unit_id).cte("tree", recursive=True)
        tree = tree.union_all(select(UnitRow.id).where(UnitRow.parent_id == tree.c.id))
        stmt = (select(PegawaiRow.id).where(PegawaiRow.unit_id.in_(select(tree.c.id)))
                .order_by(PegawaiRow.name))
        return list(self._s.execute(stmt).scalars())

    def active_subordinates(self, pegawai_id: str) -> list[Pegawai]:
        """Direct reports of `pegawai_id` who still work here."""
        return self._many(self._query().where(PegawaiRow.supervisor_id == pegawai_id,
                                              PegawaiRow.employment_status == "aktif")
                          .order_by(PegawaiRow.name, PegawaiRow.id))

    def count(self) -> int:
        return self._s.execute(select(func.count()).select_from(PegawaiRow)).scalar_one()

    def supervisor_map(self) -> dict[str, str | None]:
        rows = self._s.execute(select(PegawaiRow.id, PegawaiRow.supervisor_id)).all()
        return {pid: sup for pid, sup in rows}

    def asn_types(self, pegawai_ids) -> dict[str, AsnType]:
        """pegawai id -> ASN type of those found, in one light query (the printed evaluation
        forms apply the fill rules of PNS, PPPK and non-ASN to snapshots of people)."""
        wanted = [i for i in set(pegawai_ids) if i]
        if not wanted:
            return {}
        rows = self._s.execute(select(PegawaiRow.id, PegawaiRow.asn_type)
                               .where(PegawaiRow.id.in_(wanted))).all()
        return {pid: AsnType(kind) for pid, kind in rows}

    def nip_map(self) -> dict[str, str]:
        """NIP -> id for every pegawai that has one."""
        rows = self._s.execute(select(PegawaiRow.nip, PegawaiRow.id).where(PegawaiRow.nip.is_not(None))
                               .order_by(PegawaiRow.id.desc()))
        return {nip: pid for nip, pid in rows.all()}  # the lowest id comes last and wins

    def add(self, fields: dict[str, Any]) -> str:
        unknown = set(fields) - PEGAWAI_FIELDS
        if unknown:
            raise ValueError(f"unknown pegawai fields {unknown}")
        # A NIP names one person in the whole office: its id is derived from it, so the same
        # pegawai added on two laptops is one row after sync (NON_ASN without NIP: a new id).
        nip, instansi_id = fields.get("nip"), self._instansi_id()
        key_id = pegawai_key_id(instansi_id, nip) if nip and instansi_id else None
        return self._add(PegawaiRow, key_id=key_id, **fields).id

    def version(self, pegawai_id: str) -> str | None:
        """The row's HLC now (None when there is no such pegawai)."""
        return self._s.execute(select(PegawaiRow.hlc).where(PegawaiRow.id == pegawai_id)).scalar()

    def update(self, pegawai_id: str, fields: dict[str, Any]) -> bool:
        unknown = set(fields) - PEGAWAI_FIELDS
        if unknown:
            raise ValueError(f"unknown pegawai fields {unknown}")
        row = self._s.get(PegawaiRow, pegawai_id)
        if row is None:
            raise KeyError(pegawai_id)
        return self._update(row, fields)
