"""Shared row-writing steps for repositories: every add/update/delete also records `Changes`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skpdesk.domain.changes import Changes
from skpdesk.domain.ids import new_id

from ..tables import InstansiRow


class RepositoryBase:
    def __init__(self, session: Session, changes: Changes) -> None:
        self._s = session
        self._changes = changes

    def _add(self, row_cls, *, key_id: str | None = None, **fields: Any):
        """Insert a row; `key_id` is its natural-key id (`domain.ids.*_key_id`), used unless a
        different row of the table holds it already (a renamed unit, a changed NIP)."""
        row = row_cls(id=self._free_id(row_cls, key_id), **fields)
        self._s.add(row)
        # The identity map holds rows weakly; keeping them for the transaction spares the journal
        # hook from re-reading each owner row (RHK -> SKP) on every later flush.
        self._s.info.setdefault("rows", []).append(row)
        # Flushed at once: the tables declare no relationship(), so SQLAlchemy would not know to
        # insert a parent (a new unit) before the row that references it (a pegawai in it).
        self._s.flush()
        self._changes.add(row_cls.__tablename__, row.id)
        return row

    def _free_id(self, row_cls, key_id: str | None) -> str:
        if key_id is None:
            return new_id()
        # A plain read on the transaction's connection (every row written so far is flushed,
        # see `_add`): a fraction of an ORM get, and a staff import asks once per pegawai.
        taken = self._s.connection().exec_driver_sql(
            f"SELECT 1 FROM {row_cls.__tablename__} WHERE id = ?", (key_id,)).first()
        return new_id() if taken else key_id

    def _instansi_id(self) -> str | None:
        """The office's id, read in this unit of work (the lowest one, should a copy hold two);
        kept for the rest of the transaction once found (an import adds thousands of rows)."""
        known = self._s.info.get("instansi_id")
        if known is None:
            known = self._s.execute(select(InstansiRow.id).order_by(InstansiRow.id).limit(1)).scalar()
            if known is not None:
                self._s.info["instansi_id"] = known
        return known

    def _update(self, row, fields: dict[str, Any]) -> bool:
        changed = False
        for key, value in fields.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
                changed = True
        if changed:
            self._changes.add(row.__tablename__, row.id)
        return changed

    def _delete(self, row) -> None:
        self._s.delete(row)
        self._s.flush()  # in order, for the same reason as `_add`: children before parents
        self._changes.add(row.__tablename__, row.id)
