"""Reading the change journal back (audit trail) and checking that no row bypassed it."""

from __future__ import annotations

import json

from sqlalchemy import func, select, text

from skpdesk.domain.journal import JournalEntry

from ..journal import to_json_value
from ..tables import SYNCABLE_TABLES, JournalRow


def _differs(cls, key: str, journaled, actual) -> bool:
    """An insert journals None for a column left to its default, while the row holds the default."""
    actual = to_json_value(actual)
    if actual == journaled:
        return False
    default = cls.__table__.c[key].default
    return not (journaled is None and default is not None and default.is_scalar
                and actual == default.arg)


def _entry(r: JournalRow) -> JournalEntry:
    return JournalEntry(r.id, r.device_id, r.seq, r.hlc, r.actor, r.entity, r.entity_id, r.op,
                        json.loads(r.fields), r.at)


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
        """(table, id) of rows whose current version has no journal entry: a side-door write.

        Caught two ways: the row's HLC stamp has no entry, or (an edit that left the stamp
        alone) a column differs from the value the journal replayed in HLC order ends with.
        """
        found = []
        replayed = self._replayed()
        for cls in SYNCABLE_TABLES:
            t = cls.__tablename__
            found += [(t, rid) for (rid,) in self._s.execute(text(
                f"SELECT r.id FROM {t} r WHERE NOT EXISTS (SELECT 1 FROM journal j "
                f"WHERE j.entity = :t AND j.entity_id = r.id AND j.hlc = r.hlc "
                f"AND j.device_id = r.device_id)"), {"t": t}).all()]
            stamped = {rid for table, rid in found if table == t}
            for row in self._s.execute(select(cls.__table__)).mappings():
                expected = replayed.get((t, row["id"]))
                if row["id"] not in stamped and (expected is None or any(
                        _differs(cls, k, v, row[k]) for k, v in expected.items() if k in row)):
                    found.append((t, row["id"]))
        return found

    def _replayed(self) -> dict[tuple[str, str], dict | None]:
        """(entity, id) -> the column values the journal says the row has now (None: deleted)."""
        state: dict[tuple[str, str], dict | None] = {}
        rows = self._s.execute(select(JournalRow.entity, JournalRow.entity_id, JournalRow.op,
                                      JournalRow.fields)
                               .order_by(JournalRow.hlc, JournalRow.device_id, JournalRow.seq))
        for entity, entity_id, op, fields in rows.all():
            key = (entity, entity_id)
            if op == "delete":
                state[key] = None
                continue
            values = {} if op == "insert" else dict(state.get(key) or {})
            values.update({k: v[1] for k, v in json.loads(fields).items()})
            state[key] = values
        return state

    def sequence_gaps(self) -> list[str]:
        """Devices whose journal sequence is not contiguous from 1."""
        rows = self._s.execute(select(JournalRow.device_id, func.min(JournalRow.seq),
                                      func.max(JournalRow.seq), func.count())
                               .group_by(JournalRow.device_id)).all()
        return [d for d, lo, hi, n in rows if lo != 1 or hi - lo + 1 != n]

    def integrity_check(self) -> list[str]:
        return [r[0] for r in self._s.execute(text("PRAGMA integrity_check")).all() if r[0] != "ok"]

    def foreign_key_check(self) -> list[str]:
        return [f"{r[0]}:{r[1]}" for r in self._s.execute(text("PRAGMA foreign_key_check")).all()]
