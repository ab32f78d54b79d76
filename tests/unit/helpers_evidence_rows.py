"""Rows of issue 11's tables written through a unit of work (journaled, as a service write or a
sync import would be), with chosen values, and files put into the attachments store.

The evidence services validate and write these rows; the check and sync tests need rows and
files in states no service makes on purpose (a row whose file never came, a file nobody uses),
and rows with fixed ids (the natural ids two replicas compute for one cell).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from skpdesk.domain.ids import natural_id
from skpdesk.storage.tables import (ActionPlanRow, EvidenceRow, PeriodDeadlineRow, PeriodYearRow,
                                    RealisasiRow)

from .helpers_sync_rows import add_row, update_row


def store_dir(db) -> Path:
    return Path(db.path).parent / "attachments"


def put_file(db, data: bytes, ext: str = ".pdf") -> str:
    """`data` in the store under its content's name; returns the file_ref."""
    ref = hashlib.sha256(data).hexdigest() + ext
    folder = store_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ref).write_bytes(data)
    return ref


def add_evidence(db, skp_id: str, rhk_id: str, data: bytes, *, ext: str = ".pdf",
                 period: str = "2026-TW1", original_name: str = "laporan.pdf",
                 store: bool = True, indicator_id: str | None = None,
                 replaces_id: str | None = None, row_id: str | None = None) -> str:
    """A bukti dukung row for `data` (its file put in the store unless `store` is False)."""
    ref = put_file(db, data, ext) if store else hashlib.sha256(data).hexdigest() + ext
    with db.unit_of_work("test") as uow:
        return add_row(uow, EvidenceRow, row_id=row_id, skp_id=skp_id, rhk_id=rhk_id,
                       indikator_id=indicator_id, period=period, kind="file", file_ref=ref,
                       sha256=ref[:64], size=len(data), mime="application/pdf",
                       original_name=original_name, link="", description="",
                       added_on=dt.date(2026, 2, 3), added_by_id=None, added_by_name="",
                       replaces_id=replaces_id, status="menunggu", status_reason="",
                       verified_on=None, verified_by_id=None, verified_by_name="")


def set_evidence(db, evidence_id: str, **fields) -> None:
    with db.unit_of_work("test") as uow:
        update_row(uow, EvidenceRow, evidence_id, **fields)


def _upsert(db, row_cls, row_id: str, created: dict, changed: dict) -> str:
    """The row at its natural id: inserted with `created` + `changed`, or updated with `changed`."""
    with db.unit_of_work("test") as uow:
        if uow.office._s.get(row_cls, row_id) is None:
            return add_row(uow, row_cls, row_id=row_id, **created, **changed)
        update_row(uow, row_cls, row_id, **changed)
        return row_id


def set_period_year(db, year: int, rhythm: str) -> str:
    return _upsert(db, PeriodYearRow, natural_id(f"periode/{year}"), {"year": year},
                   {"rhythm": rhythm})


def set_deadline(db, period: str, deadline: dt.date) -> str:
    return _upsert(db, PeriodDeadlineRow, natural_id(f"batas/{period}"), {"period": period},
                   {"deadline": deadline})


def set_plan(db, skp_id: str, rhk_id: str, period: str, text: str, target: str = "") -> str:
    """The rencana aksi of one cell, at its natural id (created, or changed when present)."""
    return _upsert(db, ActionPlanRow, natural_id(f"{rhk_id}/aksi/{period}"),
                   dict(skp_id=skp_id, rhk_id=rhk_id, period=period,
                        updated_on=dt.date(2026, 2, 1), author_id=None, author_name=""),
                   {"text": text, "target": target})


def set_realisasi(db, skp_id: str, rhk_id: str, indicator_id: str, period: str,
                  value: str) -> str:
    return _upsert(db, RealisasiRow, natural_id(f"{indicator_id}/realisasi/{period}"),
                   dict(skp_id=skp_id, rhk_id=rhk_id, indikator_id=indicator_id, period=period,
                        entered_on=dt.date(2026, 3, 30), entered_by_id=None, entered_by_name=""),
                   {"value": value})
