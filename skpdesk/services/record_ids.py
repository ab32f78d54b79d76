"""Ids of records typed by people (CLI arguments): the full id or a unique prefix.

Records are shown with their full id (a UUID); typing the first 8 or more characters is
enough when no other record of the same kind starts with them. Shorter prefixes are refused
(they would soon match several records), unknown and ambiguous ones get a clear error naming
the field.
"""

from __future__ import annotations

import re

from skpdesk.domain.errors import DomainError, ErrorCode

MIN_PREFIX = 8
_ID_CHARS = re.compile(r"^[0-9a-f-]+$")
# The field named in the error for each table (a label of `skpdesk.messages.labels`).
ID_FIELDS = {"dialog_kinerja": "id_dialog", "tindak_lanjut": "id_tindak_lanjut",
             "bukti_dukung": "id_bukti", "keberatan": "keberatan"}


def resolve_id(uow, table: str, text: str, field: str | None = None) -> str:
    """The one id of `table` equal to `text` or starting with it (case and spaces ignored)."""
    field = field or ID_FIELDS.get(table, "id_catatan")
    typed = (text or "").strip()
    prefix = typed.lower()
    if not prefix:
        raise DomainError(ErrorCode.FIELD_REQUIRED, field=field)
    if len(prefix) < MIN_PREFIX or not _ID_CHARS.match(prefix):
        raise DomainError(ErrorCode.RECORD_ID_TOO_SHORT, field=field, value=typed, min=MIN_PREFIX)
    found = uow.record_ids.with_prefix(table, prefix, limit=2)
    if prefix in found:
        return prefix
    if not found:
        raise DomainError(ErrorCode.RECORD_ID_NOT_FOUND, field=field, value=typed)
    if len(found) > 1:
        raise DomainError(ErrorCode.RECORD_ID_AMBIGUOUS, field=field, value=typed)
    return found[0]


class RecordIdService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def resolve(self, table: str, text: str, field: str | None = None) -> str:
        with self._db.reader() as uow:
            return resolve_id(uow, table, text, field)
