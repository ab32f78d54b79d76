"""Ids as people type them: the full id or its first characters (`services.record_ids`)."""

from __future__ import annotations

from sqlalchemy import select

from ..tables import SYNCABLE_TABLES

_TABLES = {t.__tablename__: t for t in SYNCABLE_TABLES}


class RecordIdRepository:
    def __init__(self, session) -> None:
        self._s = session

    def with_prefix(self, table: str, prefix: str, limit: int = 2) -> list[str]:
        """Ids of the syncable `table` that start with `prefix` (at most `limit`, in order):
        a range scan of the primary key, so it stays quick on big tables."""
        row_cls = _TABLES[table]
        return list(self._s.execute(
            select(row_cls.id).where(row_cls.id >= prefix, row_cls.id < prefix + "\uffff")
            .order_by(row_cls.id).limit(limit)).scalars())
