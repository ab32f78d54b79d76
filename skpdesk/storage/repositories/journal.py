"""Reading the change journal back (audit trail) and checking that no row bypassed it."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from skpdesk.domain.acting import parse_person
from skpdesk.domain.journal import JournalEntry

from ..tables import JournalRow
from .integrity import IntegrityRepository


UNDECODABLE = "_tidak_terbaca"


def _fields(text) -> dict:
    """The entry's changes; an entry edited into something that is not a JSON object is shown
    as it is under UNDECODABLE (`skpdesk check` reports it) instead of failing the audit trail."""
    try:
        fields = json.loads(text)
        if isinstance(fields, dict):
            return fields
    except (TypeError, ValueError):
        pass
    return {UNDECODABLE: [None, str(text)[:200]]}


def _entry(r: JournalRow) -> JournalEntry:
    return JournalEntry(r.id, r.device_id, r.seq, r.hlc, r.actor, r.entity, r.entity_id, r.op,
                        _fields(r.fields), r.at, parse_person(r.person))


class JournalRepository:
    def __init__(self, session) -> None:
        self._s = session

    def recent(self, limit: int = 50) -> list[JournalEntry]:
        rows = self._s.execute(select(JournalRow).order_by(JournalRow.hlc.desc(), JournalRow.seq.desc())
                               .limit(limit)).scalars()
        return [_entry(r) for r in rows]

    def all(self) -> list[JournalEntry]:
        rows = self._s.execute(select(JournalRow).order_by(JournalRow.device_id, JournalRow.seq)).scalars()
        return [_entry(r) for r in rows]

    def count(self) -> int:
        return self._s.execute(select(func.count()).select_from(JournalRow)).scalar_one()

    def for_entity(self, entity_id: str) -> list[JournalEntry]:
        rows = self._s.execute(select(JournalRow).where(JournalRow.entity_id == entity_id)
                               .order_by(JournalRow.hlc)).scalars()
        return [_entry(r) for r in rows]

    def unjournaled_rows(self) -> list[tuple[str, str]]:
        """(table, id) of rows inserted or changed outside the journal (see `IntegrityRepository`)."""
        return [(p.table, p.row_id) for p in IntegrityRepository(self._s).scan()
                if p.code == "row_unjournaled"]

    def sequence_gaps(self) -> list[str]:
        """Devices whose journal sequence is not contiguous from 1."""
        rows = self._s.execute(select(JournalRow.device_id, func.min(JournalRow.seq),
                                      func.max(JournalRow.seq), func.count())
                               .group_by(JournalRow.device_id)).all()
        return [d for d, lo, hi, n in rows if lo != 1 or hi - lo + 1 != n]

    def integrity_check(self) -> list[str]:
        """SQLite's `PRAGMA integrity_check` lines (or the error that stopped it); [] when sound."""
        return [p.params["detail"] for p in IntegrityRepository(self._s).sqlite_problems()]

    def foreign_key_check(self) -> list[str]:
        return [f"{p.table}:{p.params['rowid']}" for p in IntegrityRepository(self._s).foreign_key_problems()
                if p.code == "foreign_key"]
