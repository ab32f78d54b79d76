"""A change-journal entry as read back for the audit trail (`skpdesk journal`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class JournalEntry:
    id: str
    device_id: str
    seq: int
    hlc: str
    actor: str
    entity: str
    entity_id: str
    op: str  # insert | update | delete
    fields: dict[str, list[Any]]  # field -> [old, new]
    at: str
    # Who was acting (`domain.acting.person_json`: {"nip", "name"}, plus "on_behalf_of" and
    # "reason" atas nama), decoded; None when nobody said who they are.
    person: dict[str, Any] | None = None
