"""Tables of the paper trail (issue 13, schema 0012): signed scans of printed copies. The printed
copies themselves are `printed_document` (`tables.PrintedDocumentRow`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from skpdesk.domain.sync import MergeClass, SyncRule

from .table_base import Base, Syncable


class SignedScanRow(Syncable, Base):
    """A scanned, signed paper copy attached to its record (issue 13, schema 0012): the file in
    `attachments/` (`file_ref` = "<sha256>.pdf", content-addressed like bukti dukung) made from
    the scanned pages of one printed document (`code`). Id natural_id("<code>/scan/<sha256>"),
    so the same scan imported on two laptops is one row. A newer scan of the same code is a new
    row; the newest is shown. `flags`: what a person accepted when attaching ("changed": the
    record changed since printing; "incomplete": pages missing), comma-separated, "" when none."""

    __tablename__ = "signed_scan"
    __sync__ = SyncRule(MergeClass.APPEND_ONLY,
                        optional_parents={"skp_id": "skp", "pegawai_id": "pegawai"},
                        attachments=("file_ref",))
    __table_args__ = (Index("ix_signed_scan_record_id_kind", "record_id", "kind"),)
    code: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)
    skp_id: Mapped[str | None] = mapped_column(ForeignKey("skp.id"), index=True)
    pegawai_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    period: Mapped[str] = mapped_column(String(12), default="")
    file_ref: Mapped[str] = mapped_column(String(80))
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer)
    scanned_on: Mapped[dt.date] = mapped_column(Date)
    source_name: Mapped[str] = mapped_column(String(255), default="")
    flags: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
