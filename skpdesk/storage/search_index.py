"""The full-text search index over the words of the year's record (schema 0009, issue 10).

`search_index` is an SQLite FTS5 table derived from dialog notes and agenda, addenda, tindak
lanjut, umpan balik and B.1.9 reasons: never synced, never journaled, rebuilt from the records
(like the `sync_*` caches). It is not an ORM table; the migration creates it with the DDL below.
Each row carries the record it came from (`entity`, `entity_id`), the pegawai it is about, and
`readers`: empty for everyone, else the space-separated pegawai ids allowed to read a confidential
text, so the confidentiality rule is applied inside the query.

Kept in step by `refresh(session, keys)`: the journal hook calls it at the commit of every unit
of work with the rows it wrote, and the sync materialiser with the rows it recomputed (both
pass (table, id) keys; a key of another table is ignored). `rebuild(session)` recomputes all
(`skpdesk check --repair`, the benchmark).

One index row per record (a team dialog is one row, about its first participant by name): a
result list shows each note once. Its rowid is derived from the record's id, not stored: the
UUIDv7 millisecond in the high bits (so `ORDER BY rowid DESC` lists the newest records first
and FTS5 stops after `LIMIT` matches instead of ranking every match, which took ~200 ms for a
word found in most of 200,000 notes), a hash of the id in the low bits, and a few probe slots
for the (rare) collision, checked against `entity_id`. So no mapping table is needed to find a
record's row again when it changes.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable

from sqlalchemy.orm import Session

from skpdesk.domain.dialog import DIALOG_KIND_LABELS, DialogKind, dialog_readers, period_label

from .sync_heads import chunks, driver

SEARCH_INDEX_TABLE = "search_index"

# The same text as migration 0009 (`migrations/versions/0009_dialog.py`).
SEARCH_INDEX_DDL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, "
    "entity UNINDEXED, entity_id UNINDEXED, pegawai_id UNINDEXED, readers UNINDEXED, "
    "at UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')")

DIALOG = "dialog_kinerja"
PARTICIPANT = "dialog_peserta"
FOLLOW_UP = "tindak_lanjut"
ADDENDUM = "dialog_adendum"
FEEDBACK = "umpan_balik"
COMPETENCY = "evaluasi_kompetensi"
# The tables whose rows have an index row, in the order `rebuild` fills them.
INDEXED = (DIALOG, FOLLOW_UP, ADDENDUM, FEEDBACK, COMPETENCY)
# Rows of a dialog's that carry its confidentiality (their readers are the dialog's).
DIALOG_CHILDREN = (FOLLOW_UP, ADDENDUM, COMPETENCY)

TITLE_FOLLOW_UP = "Tindak lanjut"
TITLE_ADDENDUM = "Adendum dialog"
TITLE_COMPETENCY = "Evaluasi kompetensi (B.1.9)"

_HASH_BITS = 21
_MS_MASK = (1 << (63 - _HASH_BITS)) - 1
PROBE = 8  # slots after a record's base rowid where its row may sit (collisions)


# FTS5 keeps shadow tables next to the virtual table (search_index_data, _idx, _content,
# _docsize, _config): none of them is an ORM table.
def is_search_index_table(name: str) -> bool:
    return name == SEARCH_INDEX_TABLE or name.startswith(SEARCH_INDEX_TABLE + "_")


def base_rowid(entity: str, entity_id: str) -> int:
    """The first rowid a record's index row may have: its UUIDv7 millisecond (0 for another
    kind of id, which then sorts as oldest) above a hash of (table, id)."""
    ms = 0
    try:
        raw = int(entity_id.replace("-", ""), 16)
        if len(entity_id) == 36 and (raw >> 76) & 0xF == 7:
            ms = (raw >> 80) & _MS_MASK
    except ValueError:
        pass
    digest = hashlib.blake2b(f"{entity}/{entity_id}".encode(), digest_size=8).digest()
    low = int.from_bytes(digest, "big") & ((1 << _HASH_BITS) - 1)
    # Leave room for the probe slots below the top of the rowid range.
    return min((ms << _HASH_BITS) | low, (1 << 63) - 1 - PROBE)


# ---- keeping the index in step ------------------------------------------------------------

def refresh(session: Session, keys: Iterable[tuple[str, str]]) -> None:
    """Re-index the records behind `keys` ((table, id) of rows written or recomputed), inside
    the caller's transaction: their index rows are replaced by what the tables hold now (none
    for a deleted or superseded record). A dialog's change (its confidentiality, leader) and a
    participant's re-index the dialog with its follow-ups, addenda and B.1.9."""
    keys = [(e, i) for e, i in keys if e in INDEXED or e == PARTICIPANT]
    if not keys:
        return
    conn = driver(session)
    by_table: dict[str, set[str]] = {}
    for entity, row_id in keys:
        by_table.setdefault(entity, set()).add(row_id)
    dialogs = by_table.setdefault(DIALOG, set())
    dialogs |= _participant_dialogs(conn, sorted(by_table.pop(PARTICIPANT, ())))
    for child in DIALOG_CHILDREN:
        by_table.setdefault(child, set()).update(_ids_where(conn, child, "dialog_id",
                                                            sorted(dialogs)))
    for table in (FEEDBACK, COMPETENCY):
        # A correction replaces the row it supersedes in the index.
        ids = by_table.setdefault(table, set())
        ids |= _column_values(conn, table, "supersedes_id", sorted(ids))
    writer = _Writer(conn)
    for table in INDEXED:
        ids = sorted(by_table.get(table, ()))
        if ids:
            writer.remove(table, ids)
            writer.add(table, _BUILDERS[table](conn, ids))


def rebuild(session: Session) -> int:
    """Empty the index and index every current record again; returns the rows written."""
    conn = driver(session)
    conn.execute(f"DELETE FROM {SEARCH_INDEX_TABLE}")
    writer = _Writer(conn, empty=True)
    total = 0
    for table in INDEXED:
        rows = _BUILDERS[table](conn, None)
        total += writer.add(table, rows)
    conn.execute(f"INSERT INTO {SEARCH_INDEX_TABLE}({SEARCH_INDEX_TABLE}) VALUES('optimize')")
    return total


def count(session: Session) -> int:
    return driver(session).execute(f"SELECT count(*) FROM {SEARCH_INDEX_TABLE}").fetchone()[0]


class _Writer:
    """Deletes and inserts index rows at their derived rowids."""

    def __init__(self, conn, *, empty: bool = False) -> None:
        self._conn = conn
        self._empty = empty        # rebuild: nothing is stored, slots are only those written
        self._taken: set[int] = set()

    def _slots(self, entity: str, entity_id: str) -> tuple[int, list[tuple[int, str, str]]]:
        base = base_rowid(entity, entity_id)
        if self._empty:
            return base, []
        found = self._conn.execute(
            f"SELECT rowid, entity, entity_id FROM {SEARCH_INDEX_TABLE} "
            "WHERE rowid BETWEEN ? AND ?", (base, base + PROBE - 1)).fetchall()
        return base, found

    def remove(self, entity: str, ids: list[str]) -> None:
        gone = []
        for entity_id in ids:
            _, found = self._slots(entity, entity_id)
            gone += [(r[0],) for r in found if r[1] == entity and r[2] == entity_id]
        self._conn.executemany(f"DELETE FROM {SEARCH_INDEX_TABLE} WHERE rowid = ?", gone)

    def add(self, entity: str, rows: Iterable[tuple]) -> int:
        out = []
        for row in rows:  # (entity_id, title, body, pegawai_id, readers, at)
            base, found = self._slots(entity, row[0])
            stored = {r[0] for r in found}
            slot = next((base + k for k in range(PROBE)
                         if base + k not in self._taken and base + k not in stored), None)
            if slot is None:
                # Eight records hashed to one millisecond and slot: astronomically unlikely;
                # the record stays unfindable rather than overwriting another's row.
                continue
            self._taken.add(slot)
            out.append((slot, row[1], row[2], entity, row[0], row[3] or "", row[4], row[5] or ""))
        self._conn.executemany(
            f"INSERT INTO {SEARCH_INDEX_TABLE} (rowid, title, body, entity, entity_id, "
            "pegawai_id, readers, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", out)
        return len(out)


# ---- what each table puts in the index ------------------------------------------------------

def _where_ids(ids: list[str] | None, column: str = "id") -> tuple[str, list]:
    """(" WHERE col IN (...)", params) for one chunk; ("", []) for every row."""
    if ids is None:
        return "", []
    return f" WHERE {column} IN ({','.join('?' * len(ids))})", list(ids)


def _parts(ids: list[str] | None):
    return [None] if ids is None else list(chunks(ids))


def _ids_where(conn, table: str, column: str, values: list[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(values):
        marks = ",".join("?" * len(part))
        found |= {r[0] for r in conn.execute(
            f'SELECT id FROM "{table}" WHERE "{column}" IN ({marks})', part)}
    return found


def _column_values(conn, table: str, column: str, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        found |= {r[0] for r in conn.execute(
            f'SELECT "{column}" FROM "{table}" WHERE id IN ({marks}) AND "{column}" IS NOT NULL',
            part)}
    return found


def _participant_dialogs(conn, ids: list[str]) -> set[str]:
    """The dialogs of participant rows, also of rows deleted now (their journal names it)."""
    dialogs = _column_values(conn, PARTICIPANT, "dialog_id", ids)
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        for (fields,) in conn.execute(
                f"SELECT fields FROM journal WHERE entity = ? AND entity_id IN ({marks})",
                [PARTICIPANT, *part]):
            try:
                pair = json.loads(fields).get("dialog_id") or []
            except (ValueError, AttributeError):
                continue
            dialogs |= {v for v in pair if isinstance(v, str)}
    return dialogs


class _DialogFacts:
    """Per dialog: (readers text, first participant id, held_on, kind) for its index rows."""

    def __init__(self, conn, dialog_ids: list[str] | None) -> None:
        self.facts: dict[str, tuple[str, str | None, str, str]] = {}
        for part in _parts(dialog_ids):
            where, params = _where_ids(part)
            people: dict[str, list[str]] = {}
            pwhere, pparams = _where_ids(part, "dp.dialog_id")
            for dialog_id, pegawai_id in conn.execute(
                    "SELECT dp.dialog_id, dp.pegawai_id FROM dialog_peserta dp "
                    "LEFT JOIN pegawai p ON p.id = dp.pegawai_id" + pwhere +
                    " ORDER BY p.name, dp.pegawai_id", pparams):
                people.setdefault(dialog_id, []).append(pegawai_id)
            for row_id, confidential, author_id, led_by_id, held_on, kind in conn.execute(
                    "SELECT id, confidential, author_id, led_by_id, held_on, kind "
                    "FROM dialog_kinerja" + where, params):
                members = people.get(row_id, [])
                readers = " ".join(sorted(dialog_readers(members, author_id, led_by_id))) \
                    if confidential else ""
                self.facts[row_id] = (readers, members[0] if members else None, held_on or "",
                                      kind)


def _kind_label(kind: str) -> str:
    try:
        return DIALOG_KIND_LABELS[DialogKind(kind)]
    except ValueError:
        return kind


def _dialog_rows(conn, ids):
    for part in _parts(ids):
        facts = _DialogFacts(conn, part).facts
        where, params = _where_ids(part)
        for row_id, agenda, notes in conn.execute(
                "SELECT id, agenda, notes FROM dialog_kinerja" + where, params):
            readers, pegawai_id, held_on, kind = facts[row_id]
            body = "\n".join([*_agenda_items(agenda), notes or ""]).strip()
            yield row_id, _kind_label(kind), body, pegawai_id, readers, held_on


def _agenda_items(agenda: str | None) -> list[str]:
    try:
        items = json.loads(agenda or "[]")
    except ValueError:
        return [agenda or ""]
    return [str(i) for i in items] if isinstance(items, list) else [str(items)]


def _child_rows(conn, ids, sql: str, make):
    """Rows of a dialog's child table: `sql` selects (id, dialog_id, ...)."""
    for part in _parts(ids):
        where, params = _where_ids(part)
        rows = conn.execute(sql + where, params).fetchall()
        facts = _DialogFacts(conn, sorted({r[1] for r in rows})).facts
        for row in rows:
            fact = facts.get(row[1])
            if fact is not None:
                yield make(row, *fact)


def _follow_up_rows(conn, ids):
    return _child_rows(
        conn, ids, "SELECT id, dialog_id, owner_id, text, status_note FROM tindak_lanjut",
        lambda r, readers, _first, held_on, _kind: (
            r[0], TITLE_FOLLOW_UP, "\n".join(filter(None, (r[3], r[4]))), r[2], readers, held_on))


def _addendum_rows(conn, ids):
    return _child_rows(
        conn, ids, "SELECT id, dialog_id, text, written_at FROM dialog_adendum",
        lambda r, readers, first, _held, _kind: (
            r[0], TITLE_ADDENDUM, r[2] or "", first, readers, (r[3] or "")[:10]))


def _superseded(conn, table: str) -> set[str]:
    return {r[0] for r in conn.execute(
        f'SELECT supersedes_id FROM "{table}" WHERE supersedes_id IS NOT NULL')}


def _competency_rows(conn, ids):
    old = _superseded(conn, COMPETENCY)
    return (row for row in _child_rows(
        conn, ids, "SELECT id, dialog_id, pegawai_id, items, evaluated_on FROM evaluasi_kompetensi",
        lambda r, readers, _first, _held, _kind: (
            r[0], TITLE_COMPETENCY, _competency_text(r[3]), r[2], readers, r[4] or ""))
        if row[0] not in old)


def _competency_text(items: str | None) -> str:
    try:
        values = json.loads(items or "[]")
    except ValueError:
        return items or ""
    lines = []
    for item in values if isinstance(values, list) else []:
        if isinstance(item, dict):
            lines.append(f"{item.get('name', '')} ({item.get('value', '')}): "
                         f"{item.get('reason', '')}")
    return "\n".join(lines)


def _feedback_rows(conn, ids):
    old = _superseded(conn, FEEDBACK)
    for part in _parts(ids):
        where, params = _where_ids(part, "u.id")
        for row_id, period, target, text, given_on, pegawai_id in conn.execute(
                "SELECT u.id, u.period, u.target_label, u.text, u.given_on, s.pegawai_id "
                "FROM umpan_balik u LEFT JOIN skp s ON s.id = u.skp_id" + where, params):
            if row_id in old:
                continue
            try:
                when = period_label(period)
            except (ValueError, IndexError):
                when = period or ""
            title = f"Umpan balik {when}: {target}" if target else f"Umpan balik {when}"
            # Umpan balik is never confidential (it feeds the evaluation forms).
            yield row_id, title, text or "", pegawai_id, "", given_on or ""


_BUILDERS = {DIALOG: _dialog_rows, FOLLOW_UP: _follow_up_rows, ADDENDUM: _addendum_rows,
             FEEDBACK: _feedback_rows, COMPETENCY: _competency_rows}


# ---- reading ------------------------------------------------------------------------------

def search(session: Session, match: str, reader_id: str | None, limit: int) -> list[dict]:
    """Index rows matching the FTS5 expression `match` that `reader_id` may read (public rows
    only when None), newest record first, with a snippet marked «like this»."""
    rows = driver(session).execute(
        f"SELECT entity, entity_id, pegawai_id, title, at, "
        f"snippet({SEARCH_INDEX_TABLE}, -1, '«', '»', '…', 12) "
        f"FROM {SEARCH_INDEX_TABLE} WHERE {SEARCH_INDEX_TABLE} MATCH ? "
        "AND (readers = '' OR (? IS NOT NULL AND instr(' ' || readers || ' ', ' ' || ? || ' ') > 0)) "
        "ORDER BY rowid DESC LIMIT ?", (match, reader_id, reader_id, limit)).fetchall()
    keys = ("entity", "entity_id", "pegawai_id", "title", "at", "snippet")
    return [dict(zip(keys, r)) for r in rows]
