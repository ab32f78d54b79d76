"""Sync below the services: operations in and out of the journal, the clock, the conflict cache.

Operations travel in the wire form of design §1 (the journal's columns, JSON text verbatim so
every hash verifies). Storing skips operations already held; an operation with a known
(device, seq) or id but another hash means a restored or cloned replica and is refused
(`SYNC_OP_MISMATCH`), as is an operation that claims to be this replica's own but is unknown
here. Reads are chunked plain statements: 100,000 operations must apply in seconds.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterable

from sqlalchemy.orm import Session

from skpdesk.domain.clock import Hlc, receive
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.journal_chain import entry_hash
from skpdesk.domain.merge import Op
from skpdesk.domain.sync import VersionVector

from .. import journal, sync_heads, sync_materialise, sync_specs
from ..sync_heads import chunks, driver

WIRE_KEYS = ("id", "device_id", "seq", "hlc", "actor", "entity", "entity_id", "op", "fields", "at",
             "base", "ctx", "vv", "person", "prev_hash", "hash")
TEXT_KEYS = ("id", "device_id", "hlc", "actor", "entity", "entity_id", "op", "fields", "at",
             "prev_hash", "hash")
OPS = ("insert", "update", "delete", "resolve")
OPTIONAL_TEXT = ("base", "ctx", "vv", "person")  # person: who was acting (schema 0008)
OPTIONAL_TEXT_AT = tuple(WIRE_KEYS.index(k) for k in OPTIONAL_TEXT)
REQUIRED_TEXT_AT = tuple(i for i, k in enumerate(WIRE_KEYS) if k not in OPTIONAL_TEXT and k != "seq")
CONTENT_KEYS = WIRE_KEYS[:-2]  # everything but prev_hash and hash (WIRE_KEYS ends with them)


@lru_cache(maxsize=None)
def _synced() -> frozenset[str]:
    return frozenset(name for name in sync_specs.classes() if sync_specs.is_synced(name))


def _invalid(op: Any, reason: str) -> DomainError:
    device = op.get("device_id") if isinstance(op, dict) else None
    seq = op.get("seq") if isinstance(op, dict) else None
    return DomainError(ErrorCode.SYNC_OP_INVALID, device_id=str(device), seq=str(seq), reason=reason)


def check_wire(op: Any) -> Op:
    """One operation as received: well formed, known table, its own hash right; decoded."""
    return _checked(op)[0]


def _checked(op: Any, verify_hash: bool = True) -> tuple[Op, list]:
    """`check_wire`, plus the op's column values in WIRE_KEYS order (what the journal stores).

    `verify_hash=False` only for operations whose hashes the bundle layer has just verified
    (`skpdesk.sync.operations`): SHA-256 of every entry again is a tenth of a 100,000-op import."""
    if not isinstance(op, dict):
        raise _invalid(op, "not_object")
    values = [op.get(k) for k in WIRE_KEYS]
    if type(values[2]) is not int or values[2] < 1:
        raise _invalid(op, "field_seq")
    for i in REQUIRED_TEXT_AT:
        if type(values[i]) is not str:
            raise _invalid(op, f"field_{WIRE_KEYS[i]}")
    for i in OPTIONAL_TEXT_AT:
        if values[i] is not None and type(values[i]) is not str:
            raise _invalid(op, f"field_{WIRE_KEYS[i]}")
    if op["op"] not in OPS or op["entity"] not in _synced():
        raise _invalid(op, "entity")
    if verify_hash and entry_hash(op["prev_hash"], **dict(zip(CONTENT_KEYS, values))) != op["hash"]:
        raise _invalid(op, "hash")
    try:
        Hlc.decode(op["hlc"])
        fields, base, ctx, vv = (json.loads(v) if v is not None else None for v in values[8:9] + values[10:13])
        for decoded in (fields, base, ctx, vv):
            if decoded is not None and type(decoded) is not dict:
                raise ValueError("not an object")
        return Op(values[0], values[1], values[2], values[3], values[4], values[9], values[7],
                  values[5], values[6], fields or {}, base, ctx, vv), values
    except (ValueError, TypeError, IndexError, AttributeError):
        raise _invalid(op, "json") from None


class SyncRepository:
    def __init__(self, session: Session, journal_ctx) -> None:
        self._s = session
        self._ctx = journal_ctx

    @property
    def _conn(self):
        return driver(self._s)

    # --- operations out
    def version_vector(self) -> VersionVector:
        return sync_heads.version_vector(self._s)

    def _since_clauses(self, vv: VersionVector) -> list[tuple[str, int]]:
        devices = [r[0] for r in self._conn.execute("SELECT DISTINCT device_id FROM journal")]
        return [(d, int(vv.get(d, 0))) for d in sorted(devices)]

    def operations_since(self, vv: VersionVector, limit: int | None = None) -> list[dict]:
        out: list[dict] = []
        for device, seq in self._since_clauses(vv):
            remaining = None if limit is None else limit - len(out)
            if remaining is not None and remaining <= 0:
                break
            sql = (f"SELECT {', '.join(WIRE_KEYS)} FROM journal WHERE device_id = ? AND seq > ? "
                   "ORDER BY seq")
            params: list[Any] = [device, seq]
            if remaining is not None:
                sql += " LIMIT ?"
                params.append(remaining)
            out += [dict(zip(WIRE_KEYS, r)) for r in self._conn.execute(sql, params)]
        return out

    def operation_count_since(self, vv: VersionVector) -> int:
        return sum(self._conn.execute("SELECT count(*) FROM journal WHERE device_id = ? AND seq > ?",
                                      (d, s)).fetchone()[0] for d, s in self._since_clauses(vv))

    def operation(self, ref: str) -> Op | None:
        device, _, seq = ref.rpartition(":")
        row = self._conn.execute(f"SELECT {', '.join(sync_heads.OP_COLUMNS)} FROM journal "
                                 "WHERE device_id = ? AND seq = ?", (device, int(seq))).fetchone()
        return Op.from_columns(*row) if row else None

    def arrival(self, refs: Iterable[str]) -> dict[str, int]:
        """op_ref -> the order it was stored here (rowid): which side this replica held first."""
        out = {}
        for ref in refs:
            device, _, seq = ref.rpartition(":")
            if not seq.isdigit():
                continue
            row = self._conn.execute("SELECT rowid FROM journal WHERE device_id = ? AND seq = ?",
                                     (device, int(seq))).fetchone()
            if row:
                out[ref] = row[0]
        return out

    # --- operations in
    def store(self, ops: list[dict], own_device: str | None, *,
              hashes_verified: bool = False) -> tuple[list[dict], int]:
        """(the operations newly stored, how many were already held). Nothing is written when
        one of them is refused (the caller's transaction rolls back). The decoded operations
        are kept for the materialisation that follows (`decoded`)."""
        batch: dict[tuple[str, int], dict] = {}
        self.decoded: dict[str, Op] = {}
        columns: dict[int, list] = {}
        for op in ops:
            decoded, columns[id(op)] = _checked(op, verify_hash=not hashes_verified)
            self.decoded[decoded.ref] = decoded
            key = (op["device_id"], op["seq"])
            if key in batch and batch[key]["hash"] != op["hash"]:
                raise DomainError(ErrorCode.SYNC_OP_MISMATCH, device_id=key[0], seq=key[1])
            batch[key] = op
        known = self._known_hashes(batch)
        fresh, already = [], len(ops) - len(batch)
        for key, op in batch.items():
            if key in known:
                if known[key] != op["hash"]:
                    raise DomainError(ErrorCode.SYNC_OP_MISMATCH, device_id=key[0], seq=key[1])
                already += 1
            elif key[0] == own_device:
                # Our own operation that we do not hold: this file is an older copy of a replica.
                raise DomainError(ErrorCode.SYNC_OP_MISMATCH, device_id=key[0], seq=key[1])
            else:
                fresh.append(op)
        taken = self._taken_ids([op["id"] for op in fresh])
        if taken:
            op = next(o for o in fresh if o["id"] in taken)
            raise DomainError(ErrorCode.SYNC_OP_MISMATCH, device_id=op["device_id"], seq=op["seq"])
        self._conn.executemany(
            f"INSERT INTO journal ({', '.join(WIRE_KEYS)}) VALUES ({', '.join('?' * len(WIRE_KEYS))})",
            [columns[id(op)] for op in fresh])
        return fresh, already

    def _known_hashes(self, batch: dict[tuple[str, int], dict]) -> dict[tuple[str, int], str]:
        by_device: dict[str, list[int]] = {}
        for device, seq in batch:
            by_device.setdefault(device, []).append(seq)
        known = {}
        for device, seqs in by_device.items():
            for (low, high) in [(min(seqs), max(seqs))]:
                for seq, hash_ in self._conn.execute(
                        "SELECT seq, hash FROM journal WHERE device_id = ? AND seq BETWEEN ? AND ?",
                        (device, low, high)):
                    if (device, seq) in batch:
                        known[(device, seq)] = hash_
        return known

    def _taken_ids(self, ids: list[str]) -> set[str]:
        taken: set[str] = set()
        for part in chunks(ids):
            taken |= {r[0] for r in self._conn.execute(
                f"SELECT id FROM journal WHERE id IN ({','.join('?' * len(part))})", part)}
        return taken

    def receive_clock(self, hlcs: Iterable[str], now_ms: int) -> None:
        """Advance this replica's clock past every received one (local writes then win)."""
        latest = max(hlcs, default=None)
        if latest is not None and self._ctx is not None:
            state = self._ctx.state
            state.hlc = receive(Hlc.decode(state.hlc), Hlc.decode(latest), now_ms).encode()

    def materialise(self, keys: Iterable[tuple[str, str]]) -> sync_materialise.Materialised:
        return sync_materialise.materialise(self._s, keys, getattr(self, "decoded", None))

    # --- local operations written by sync itself (resolutions)
    def write_op(self, entity: str, entity_id: str, op: str, fields: dict, *,
                 base: dict | None, ctx: dict | None = None, vv: dict | None = None) -> dict:
        hlc, seq = self._ctx.next_stamp()
        return journal.append_entry(self._s, self._ctx, entity=entity, entity_id=entity_id, op=op,
                                    fields=fields, hlc=hlc, seq=seq, at=self._ctx.now(), base=base,
                                    sync_ctx=ctx, vv=vv)

    def heads(self, entity: str, entity_id: str) -> dict[str, list[str]]:
        return sync_heads.read(self._s, [(entity, entity_id)]).get((entity, entity_id), {})

    def state(self, entity: str, entity_id: str):
        """The merged state of one row (values also while absent), recomputed from the journal."""
        m = sync_materialise.Materialiser(self._s)
        return m.compute(entity, entity_id)

    def live_row(self, entity: str, entity_id: str) -> dict | None:
        cur = self._conn.execute(f'SELECT * FROM "{entity}" WHERE id = ?', (entity_id,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row)) if row else None

    def live_rows(self, entity: str, column: str, value: str) -> list[dict]:
        """The rows of `entity` whose `column` holds `value`, by id (e.g. a dialog's participants)."""
        cur = self._conn.execute(f'SELECT * FROM "{entity}" WHERE "{column}" = ? ORDER BY id', (value,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def dependents(self, entity: str, entity_id: str) -> int:
        return sum(self._conn.execute(f'SELECT count(*) FROM "{child}" WHERE "{col}" = ?',
                                      (entity_id,)).fetchone()[0]
                   for child, col in sync_specs.children_of(entity))

    # --- the conflict cache
    def conflict_rows(self, entity_ids: Iterable[str] | None = None,
                      conflict_id: str | None = None) -> list[dict]:
        cols = ("id", "kind", "entity", "entity_id", "field", "opened_hlc", "current", "sides", "row")
        sql = f"SELECT {', '.join(cols)} FROM sync_conflict"
        params: list[Any] = []
        if conflict_id is not None:
            sql += " WHERE id = ?"
            params = [conflict_id]
        rows = []
        if entity_ids is not None:
            for part in chunks(sorted(set(entity_ids))):
                rows += self._conn.execute(sql + f" WHERE entity_id IN ({','.join('?' * len(part))})",
                                           part).fetchall()
        else:
            rows = self._conn.execute(sql, params).fetchall()
        out = []
        for r in rows:
            d = dict(zip(cols, r))
            for k in ("current", "sides", "row"):
                d[k] = json.loads(d[k])
            out.append(d)
        return sorted(out, key=lambda d: (d["opened_hlc"], d["id"]))

    def conflicted_ids(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT DISTINCT entity_id FROM sync_conflict")}

    def device_names(self) -> dict[str, str]:
        """Human names of replicas ("Laptop Bu Ratna"): as each published it (synced), then as
        pinned here, then this replica's own."""
        names = dict(self._conn.execute("SELECT id, name FROM replica_name"))
        names.update(self._conn.execute("SELECT device_id, name FROM sync_peer"))
        names.update(dict(self._conn.execute("SELECT device_id, name FROM sync_identity")))
        return names

    def attachment_names(self) -> set[str]:
        """Attachment file names referenced by live rows (content-addressed: sha256 + suffix)."""
        found: set[str] = set()
        for name, cls in sync_specs.classes().items():
            for col in cls.__sync__.attachments:
                found |= {r[0] for r in self._conn.execute(
                    f'SELECT "{col}" FROM "{name}" WHERE "{col}" IS NOT NULL AND "{col}" != \'\'')}
        return found


def column_kind(entity: str, column: str) -> str:
    return sync_specs.column_kinds(entity).get(column, "text")


def is_owned(entity: str) -> bool:
    return sync_specs.rule(entity).owner is not None
