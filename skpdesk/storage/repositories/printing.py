"""Printed documents: the short code on a printed form -> the record and revision it came from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..tables import PrintedDocumentRow
from .base import RepositoryBase


@dataclass(frozen=True)
class PrintedDocument:
    code: str
    kind: str
    skp_id: str
    revision: int
    content_hash: str
    printed_at: str
    printed_by_device: str
    # schema 0012 (issue 13); older rows: record_id "" is read as skp_id, status "" unknown
    record_id: str = ""
    period: str = ""
    status: str = ""
    pages: int | None = None
    pegawai_id: str | None = None


def _from_row(r: PrintedDocumentRow) -> PrintedDocument:
    return PrintedDocument(r.code, r.kind, r.skp_id, r.revision, r.content_hash, r.created_at,
                           r.device_id, r.record_id or r.skp_id or "", r.period, r.status,
                           r.pages, r.pegawai_id)


class PrintingRepository(RepositoryBase):
    def find(self, code: str) -> PrintedDocument | None:
        # A code may be recorded on two laptops that printed the same content: the lowest id.
        row = self._s.execute(select(PrintedDocumentRow).where(PrintedDocumentRow.code == code)
                              .order_by(PrintedDocumentRow.id).limit(1)).scalar()
        return _from_row(row) if row else None

    def record(self, *, code: str, kind: str, skp_id: str | None, revision: int,
               content_hash: str, record_id: str = "", period: str = "", status: str = "",
               pages: int | None = None, pegawai_id: str | None = None) -> bool:
        """Remember a printed copy; printing the same content again keeps the first record."""
        if self.find(code) is not None:
            return False
        self._add(PrintedDocumentRow, code=code, kind=kind, skp_id=skp_id, revision=revision,
                  content_hash=content_hash, record_id=record_id or skp_id or "", period=period,
                  status=status, pages=pages, pegawai_id=pegawai_id)
        return True

    def for_skp(self, skp_id: str) -> list[PrintedDocument]:
        rows = self._s.execute(select(PrintedDocumentRow).where(PrintedDocumentRow.skp_id == skp_id)
                               .order_by(PrintedDocumentRow.created_at, PrintedDocumentRow.id)).scalars()
        return [_from_row(r) for r in rows]
