"""Signed scans of printed copies (`signed_scan`, schema 0012, issue 13) <-> `SignedScan` values,
and the reads "Perlu tindakan" needs: the newest print of each record and kind with no scan.

Rows are append-only: a newer scan of the same code is a new row; the newest is shown. The row's
id is natural ("<code>/scan/<sha256>"), so the same scan imported on two laptops is one row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from skpdesk.domain.ids import natural_id

from ..paper_tables import SignedScanRow
from ..tables import PegawaiRow, PrintedDocumentRow, SkpRow
from .base import RepositoryBase

_NEWEST_FIRST = (SignedScanRow.scanned_on.desc(), SignedScanRow.created_at.desc(),
                 SignedScanRow.id.desc())


@dataclass(frozen=True)
class SignedScan:
    id: str
    code: str
    kind: str
    record_id: str
    revision: int
    skp_id: str | None
    pegawai_id: str | None
    period: str
    file_ref: str
    sha256: str
    pages: int
    scanned_on: dt.date
    source_name: str
    flags: tuple[str, ...]
    note: str
    created_at: str


@dataclass(frozen=True)
class UnsignedPrint:
    """The newest printed copy of a record and kind that has no signed scan."""

    code: str
    kind: str
    record_id: str
    skp_id: str | None
    pegawai_id: str | None
    period: str
    printed_at: str  # ISO-8601 UTC
    name: str        # the pegawai's name parts ("" for a unit's form)
    front_title: str
    back_title: str
    nip: str


def scan_id(code: str, sha256: str) -> str:
    return natural_id(f"{code}/scan/{sha256}")


def _value(r: SignedScanRow) -> SignedScan:
    flags = tuple(f for f in (r.flags or "").split(",") if f)
    return SignedScan(r.id, r.code, r.kind, r.record_id, r.revision, r.skp_id, r.pegawai_id,
                      r.period or "", r.file_ref, r.sha256, r.pages, r.scanned_on,
                      r.source_name or "", flags, r.note or "", r.created_at)


class ScansRepository(RepositoryBase):
    # --- writes
    def add(self, *, code: str, kind: str, record_id: str, revision: int, skp_id: str | None,
            pegawai_id: str | None, period: str, file_ref: str, sha256: str, pages: int,
            scanned_on: dt.date, source_name: str, flags: Iterable[str] = (),
            note: str = "") -> tuple[SignedScan, bool]:
        """Record a scan; the same file for the same code again is the row there (False)."""
        key = scan_id(code, sha256)
        known = self._s.get(SignedScanRow, key)
        if known is not None:
            return _value(known), False
        row = self._add(SignedScanRow, key_id=key, code=code, kind=kind, record_id=record_id,
                        revision=revision, skp_id=skp_id, pegawai_id=pegawai_id, period=period,
                        file_ref=file_ref, sha256=sha256, pages=pages, scanned_on=scanned_on,
                        source_name=source_name[:255], flags=",".join(sorted(set(flags))),
                        note=note)
        return _value(row), True

    # --- reads
    def of_record(self, record_id: str, kind: str | None = None) -> list[SignedScan]:
        stmt = select(SignedScanRow).where(SignedScanRow.record_id == record_id)
        if kind is not None:
            stmt = stmt.where(SignedScanRow.kind == kind)
        return [_value(r) for r in self._s.execute(stmt.order_by(*_NEWEST_FIRST)).scalars()]

    def of_code(self, code: str) -> list[SignedScan]:
        stmt = select(SignedScanRow).where(SignedScanRow.code == code).order_by(*_NEWEST_FIRST)
        return [_value(r) for r in self._s.execute(stmt).scalars()]

    def of_pegawai(self, pegawai_id: str) -> list[SignedScan]:
        stmt = (select(SignedScanRow).where(SignedScanRow.pegawai_id == pegawai_id)
                .order_by(*_NEWEST_FIRST))
        return [_value(r) for r in self._s.execute(stmt).scalars()]

    def file_refs(self) -> set[str]:
        return set(self._s.execute(select(SignedScanRow.file_ref).distinct()).scalars())

    def unsigned_prints(self, kinds: Iterable[str], *, printed_before: str,
                        pegawai_ids: Iterable[str] | None = None,
                        record_ids: Iterable[str] | None = None,
                        penilai_id: str | None = None) -> list[UnsignedPrint]:
        """The newest print of each (record, kind) among `kinds`, recorded before
        `printed_before` (ISO time), with no signed scan of that record and kind. Optionally only
        those of some pegawai, of some records, or of the pegawai whose pejabat penilai is
        `penilai_id` (the SKP's appraiser, else the pegawai's atasan), or the penilai's own
        (any of the filters given matches). Oldest print first."""
        p = PrintedDocumentRow
        record = func.coalesce(func.nullif(p.record_id, ""), p.skp_id)
        newer = aliased(PrintedDocumentRow)
        newer_record = func.coalesce(func.nullif(newer.record_id, ""), newer.skp_id)
        skp_of = aliased(SkpRow)
        owner = func.coalesce(p.pegawai_id, select(skp_of.pegawai_id).where(
            skp_of.id == p.skp_id).scalar_subquery())
        stmt = (select(p, record.label("rec"), PegawaiRow.id, PegawaiRow.name,
                       PegawaiRow.front_title, PegawaiRow.back_title, PegawaiRow.nip)
                .outerjoin(PegawaiRow, PegawaiRow.id == owner)
                .outerjoin(SkpRow, SkpRow.id == p.skp_id)
                .where(p.kind.in_(list(kinds)), p.created_at < printed_before)
                .where(~select(newer.id).where(and_(
                    newer.kind == p.kind, newer_record == record,
                    (newer.created_at > p.created_at)
                    | and_(newer.created_at == p.created_at, newer.id > p.id))).exists())
                .where(~select(SignedScanRow.id).where(and_(
                    SignedScanRow.kind == p.kind, SignedScanRow.record_id == record)).exists()))
        filters = []
        if pegawai_ids is not None:
            filters.append(PegawaiRow.id.in_(list(pegawai_ids)))
        if record_ids is not None:
            filters.append(record.in_(list(record_ids)))
        if penilai_id is not None:
            filters.append(PegawaiRow.id == penilai_id)
            filters.append(SkpRow.appraiser_id == penilai_id)
            filters.append(and_(SkpRow.appraiser_id.is_(None),
                                PegawaiRow.supervisor_id == penilai_id))
        if filters:
            stmt = stmt.where(or_(*filters))
        out = []
        for row, rec, owner_id, name, front, back, nip in self._s.execute(
                stmt.order_by(p.created_at, p.id)):
            out.append(UnsignedPrint(row.code, row.kind, rec, row.skp_id,
                                     owner_id, row.period or "", row.created_at,
                                     name or "", front or "", back or "", nip or ""))
        return out

    def unsigned_units(self, kinds: Iterable[str], *, printed_before: str) -> list[UnsignedPrint]:
        """`unsigned_prints` of a unit's forms (no pegawai: the penetapan), for every unit."""
        return [u for u in self.unsigned_prints(kinds, printed_before=printed_before)
                if u.skp_id is None and u.pegawai_id is None]
