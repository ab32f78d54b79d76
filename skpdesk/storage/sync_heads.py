"""The `sync_row` cache (field heads of each synced row) and the version vector, read in the
transaction of the caller.

A local write names in its `base` the heads it replaced; keeping them per row spares the
journal hook from replaying the row's history. A row written before sync existed has no cache
entry yet: its heads are computed once from its journal entries (one device, linear history).
The cache is derived data (LOCAL): the materialiser rewrites it for every row it recomputes.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from skpdesk.domain.merge import Op, merge_row
from skpdesk.domain.sync import VersionVector

from . import sync_specs

CHUNK = 500
OP_COLUMNS = ("id", "device_id", "seq", "hlc", "actor", "entity", "entity_id", "op", "fields",
              "at", "base", "ctx", "vv")


class _Raw:
    """The sqlite3 connection of the session's transaction (cache reads and writes are many
    and small; SQLAlchemy's statement layer would cost more than the statements). Its errors
    leave as SQLAlchemy's DBAPIError, so the unit of work turns a full disk, a busy or damaged
    file into the same DomainError as for any other statement."""

    __slots__ = ("_conn",)

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql: str, params=()):
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as err:
            raise DBAPIError.instance(sql, None, err, sqlite3.Error) from err

    def executemany(self, sql: str, rows):
        try:
            return self._conn.executemany(sql, rows)
        except sqlite3.Error as err:
            raise DBAPIError.instance(sql, None, err, sqlite3.Error) from err


def driver(session: Session) -> _Raw:
    return _Raw(session.connection().connection.driver_connection)


def chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def read(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    keys = list(dict.fromkeys(keys))
    conn = driver(session)
    found: dict[tuple[str, str], dict] = {}
    for entity, ids in _by_entity(keys).items():
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            for entity_id, heads in conn.execute(
                    f"SELECT entity_id, heads FROM sync_row WHERE entity = ? AND entity_id IN ({marks})",
                    [entity, *part]):
                found[(entity, entity_id)] = json.loads(heads)
    missing = [k for k in keys if k not in found]
    if missing:
        for key, ops in ops_of_rows(session, missing).items():
            state = merge_row(sync_specs.spec(key[0]), key[1], ops)
            found[key] = state.heads
    return found


def ops_of_rows(session: Session, keys: list[tuple[str, str]],
                known: dict[str, Op] | None = None) -> dict[tuple[str, str], list[Op]]:
    """The operations of each row; `known` (op_ref -> Op) spares decoding ones just received."""
    conn = driver(session)
    known = known or {}
    out: dict[tuple[str, str], list[Op]] = {}
    for entity, ids in _by_entity(keys).items():
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            # (entity, entity_id) is the journal's index: both columns, or a full scan. The
            # operations just received are known decoded: only the others are read whole.
            unknown = []
            for device, seq, entity_id in conn.execute(
                    f"SELECT device_id, seq, entity_id FROM journal "
                    f"WHERE entity = ? AND entity_id IN ({marks})", [entity, *part]):
                op = known.get(f"{device}:{seq}")
                if op is None:
                    unknown.append(entity_id)
                else:
                    out.setdefault((entity, entity_id), []).append(op)
            unknown = sorted(set(unknown))
            if not unknown:
                continue
            marks = ",".join("?" * len(unknown))
            for row in conn.execute(f"SELECT {', '.join(OP_COLUMNS)} FROM journal "
                                    f"WHERE entity = ? AND entity_id IN ({marks})", [entity, *unknown]):
                if f"{row[1]}:{row[2]}" not in known:
                    out.setdefault((entity, row[6]), []).append(Op.from_columns(*row))
    return out


def _by_entity(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        out.setdefault(entity, []).append(entity_id)
    return {e: sorted(set(ids)) for e, ids in out.items()}


def write(session: Session, heads: dict[tuple[str, str], dict],
          owners: dict[tuple[str, str], str | None]) -> None:
    if not heads:
        return
    driver(session).executemany(
        "INSERT INTO sync_row (entity, entity_id, skp_id, heads) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity, entity_id) DO UPDATE SET heads = excluded.heads, "
        "skp_id = coalesce(excluded.skp_id, sync_row.skp_id)",
        [(e, i, owners.get((e, i)), json.dumps(h, sort_keys=True)) for (e, i), h in heads.items()])


def version_vector(session: Session) -> VersionVector:
    """Per device, the highest seq such that all of its entries up to it are held here."""
    conn = driver(session)
    vv: VersionVector = {}
    gaps = []
    for device, low, high, count in conn.execute(
            "SELECT device_id, min(seq), max(seq), count(*) FROM journal GROUP BY device_id"):
        if low == 1 and high == count:
            vv[device] = high
        else:
            gaps.append(device)
    for device in gaps:
        expected = 1
        for (seq,) in conn.execute("SELECT seq FROM journal WHERE device_id = ? ORDER BY seq",
                                   (device,)):
            if seq != expected:
                break
            expected += 1
        if expected > 1:
            vv[device] = expected - 1
    return vv
