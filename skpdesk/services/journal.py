"""The change journal read back as an audit trail (`skpdesk journal`): newest first, or per row."""

from __future__ import annotations

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.journal import JournalEntry

MAX_LIMIT = 100_000


def _limit(value) -> int:
    try:
        limit = int(value) if not isinstance(value, (bool, float)) else None
    except (TypeError, ValueError):
        limit = None
    if limit is None or not 1 <= limit <= MAX_LIMIT:
        raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field="limit", value=str(value),
                          min=1, max=MAX_LIMIT)
    return limit


class JournalService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def recent(self, limit: int = 50) -> list[JournalEntry]:
        """The latest `limit` entries (1..100000), newest first (by HLC, then sequence)."""
        limit = _limit(limit)
        with self._db.reader() as uow:
            return uow.journal.recent(limit)

    def count(self) -> int:
        with self._db.reader() as uow:
            return uow.journal.count()

    def for_entity(self, entity_id: str) -> list[JournalEntry]:
        """Every entry about one row (any table), oldest first; [] for an unknown id."""
        with self._db.reader() as uow:
            return uow.journal.for_entity((entity_id or "").strip())
