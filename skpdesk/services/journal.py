"""The change journal read back as an audit trail (`skpdesk journal`): newest first, or per row.

Entries about a confidential dialog are shown as the acting pegawai may see them
(`dialog_journal`): the journal must not be a side door to its notes."""

from __future__ import annotations

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.journal import JournalEntry

from .dialog.dialog_journal import redact_entries

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
            return redact_entries(uow, uow.journal.recent(limit), _reader(uow))

    def count(self) -> int:
        with self._db.reader() as uow:
            return uow.journal.count()

    def for_entity(self, entity_id: str) -> list[JournalEntry]:
        """Every entry about one row (any table), oldest first; [] for an unknown id."""
        with self._db.reader() as uow:
            entries = uow.journal.for_entity((entity_id or "").strip())
            return redact_entries(uow, entries, _reader(uow))


def _reader(uow) -> str | None:
    pegawai_id = uow.acting_id()
    return pegawai_id if pegawai_id and uow.people.get(pegawai_id) is not None else None
