"""Shared row-writing steps for repositories: every add/update/delete also records `Changes`."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from skpdesk.domain.changes import Changes
from skpdesk.domain.ids import new_id


class RepositoryBase:
    def __init__(self, session: Session, changes: Changes) -> None:
        self._s = session
        self._changes = changes

    def _add(self, row_cls, **fields: Any):
        row = row_cls(id=new_id(), **fields)
        self._s.add(row)
        # The identity map holds rows weakly; keeping them for the transaction spares the journal
        # hook from re-reading each owner row (RHK -> SKP) on every later flush.
        self._s.info.setdefault("rows", []).append(row)
        # Flushed at once: the tables declare no relationship(), so SQLAlchemy would not know to
        # insert a parent (a new unit) before the row that references it (a pegawai in it).
        self._s.flush()
        self._changes.add(row_cls.__tablename__, row.id)
        return row

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
