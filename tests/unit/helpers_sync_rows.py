"""Rows as sync writes them: with their own ids, through a unit of work (journaled), so tests
can hold two rows of one natural key the way two replicas' merged operations will.

These stand in for the sync materialiser: services never write a duplicate themselves.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from skpdesk.domain.ids import new_id

_META = {"id", "created_at", "updated_at", "device_id", "hlc"}


def add_row(uow, row_cls, *, row_id: str | None = None, **fields: Any) -> str:
    """Insert one row of `row_cls` with `row_id` (a fresh UUIDv7 by default); its id."""
    return uow.office._add(row_cls, key_id=row_id or new_id(), **fields).id


def update_row(uow, row_cls, row_id: str, **fields: Any) -> None:
    """Change a row's fields, as an update from another replica would arrive."""
    uow.office._update(uow.office._s.get(row_cls, row_id), fields)


def row_fields(uow, row_cls, source_id: str, **changes: Any) -> dict[str, Any]:
    """The own fields of an existing row (no id, timestamps, device or clock), with `changes`."""
    row = uow.office._s.get(row_cls, source_id)
    fields = {c.key: getattr(row, c.key) for c in row_cls.__table__.columns if c.key not in _META}
    fields.update(changes)
    return fields


def count_rows(db, table: str, **where: Any) -> int:
    """Rows of a table (read-only SQL, for assertions only)."""
    conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        sql = f"SELECT count(*) FROM {table}"
        if where:
            sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
        return conn.execute(sql, tuple(where.values())).fetchone()[0]
    finally:
        conn.close()


def column_values(db, table: str, key: str, value: str) -> dict[str, Any]:
    """id -> column `value` of every row of a table (read-only SQL, for assertions only)."""
    conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        return dict(conn.execute(f"SELECT {key}, {value} FROM {table}").fetchall())
    finally:
        conn.close()
