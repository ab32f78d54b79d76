"""The change journal as a hash chain per device: edits, deletions and reordering become evident.

Each entry stores `prev_hash` (the `hash` of the same device's previous entry, `GENESIS` for
its first) and `hash` = SHA-256 of the UTF-8 bytes of one compact JSON array (`entry_hash`):
the version tag, `prev_hash` and the entry's content. The chain runs per device over that device's entries in `seq` order, so entries
from other devices merged later (sync bundles carry them verbatim, with their hashes) never
disturb it: each device's chain is verified on its own.

Canonical content: the columns id, device_id, seq (a JSON number), hlc, actor, entity,
entity_id, op, fields, at (then base, ctx, vv when any of them is set, then person when set),
serialised as `json.dumps([...], ensure_ascii=False,
separators=(",", ":"))` (strings escaped, so unambiguous whatever the text holds). `fields` is
hashed as the stored JSON text, which the journal writes canonically
(`json.dumps(..., ensure_ascii=False, sort_keys=True)`) and sync must carry unchanged.

What this is and is not: it makes casual edits with a SQLite browser and accidental damage
evident. Someone who can edit the file can also recompute every hash (there is no secret);
signatures by each device's key (the sync issue) are what will make forgery detectable.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, NamedTuple

CHAIN_TAG = "skpdesk-journal-chain-v1"
GENESIS = "0" * 64

# Why a device's chain breaks at an entry (`ChainBreak.reason`).
CHANGED = "changed"          # the entry's content (or its own hash) was edited
MISSING = "missing"          # entries before this one are gone (sequence gap)
LINK = "link"                # prev_hash does not match the previous entry: inserted or reordered
UNHASHED = "unhashed"        # no hash at all: written by something other than SKP Desk
TRUNCATED = "truncated"      # the newest entries of this device are gone (head in local state)
BEYOND_HEAD = "beyond_head"  # entries after the head this device recorded: appended from outside
HEAD = "head"                # the newest entry is not the one this replica recorded as its head


def _odd(value: Any) -> Any:
    """A value a side door may have stored that JSON has no form for (a BLOB)."""
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    return {"repr": repr(value)}


_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_odd)


def entry_hash(prev_hash: str | None, *, id: str, device_id: str, seq: int, hlc: str, actor: str,
               entity: str, entity_id: str, op: str, fields: str, at: str,
               base: str | None = None, ctx: str | None = None, vv: str | None = None,
               person: str | None = None) -> str:
    """The hash an entry must carry, chained to `prev_hash`. Never raises on odd values.

    The sync columns (`base`, `ctx`, `vv`, stored JSON text) are appended to the hashed array
    only when one of them is set: entries written before sync (all three NULL) keep their
    12-element array and verify as before, while any later entry covers all three.
    `person` (who was acting, schema 0008) is appended after them only when set, so entries
    written before it, or while nobody said who they are, verify as before.
    """
    content = [CHAIN_TAG, prev_hash, id, device_id, seq, hlc, actor, entity, entity_id, op,
               fields, at]
    if base is not None or ctx is not None or vv is not None or person is not None:
        content += [base, ctx, vv]
    if person is not None:
        content.append(person)
    canonical = _CANONICAL.encode(content)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


class ChainEntry(NamedTuple):
    """One stored journal entry, as the verifier reads it (any column may be odd or None)."""

    id: Any
    device_id: Any
    seq: Any
    hlc: Any
    actor: Any
    entity: Any
    entity_id: Any
    op: Any
    fields: Any
    at: Any
    prev_hash: Any
    hash: Any
    base: Any = None
    ctx: Any = None
    vv: Any = None
    person: Any = None

    def expected_hash(self) -> str:
        return entry_hash(self.prev_hash, id=self.id, device_id=self.device_id, seq=self.seq,
                          hlc=self.hlc, actor=self.actor, entity=self.entity,
                          entity_id=self.entity_id, op=self.op, fields=self.fields, at=self.at,
                          base=self.base, ctx=self.ctx, vv=self.vv, person=self.person)


@dataclass(frozen=True)
class ChainBreak:
    device_id: str
    seq: int | None
    reason: str


@dataclass(frozen=True)
class DeviceHead:
    """What this replica recorded about its own chain: the next seq and the latest hash."""

    device_id: str
    next_seq: int
    head: str | None


def verify_chains(entries: Iterable[ChainEntry], own: DeviceHead | None = None) -> Iterator[ChainBreak]:
    """Every place a device's chain breaks. `entries` must come sorted by (device_id, seq).

    One edited entry gives one `changed` break (its successor still links to the stored hash);
    a deleted run gives one `missing` break at the entry after it; a reordering or an insert
    gives `changed`/`link` breaks where it happened. `own` adds the tail check for this device.
    """
    device: Any = object()
    last_seq: Any = None
    last_hash: Any = GENESIS
    own_last: tuple[Any, Any] = (0, GENESIS)
    for e in entries:
        if e.device_id != device:
            device, last_seq, last_hash = e.device_id, 0, GENESIS
        name = str(device)
        if not isinstance(e.seq, int):
            yield ChainBreak(name, None, CHANGED)
            continue
        if e.hash is None:
            yield ChainBreak(name, e.seq, UNHASHED)
        else:
            if e.seq != last_seq + 1:
                yield ChainBreak(name, e.seq, MISSING)
            elif e.prev_hash != last_hash:
                yield ChainBreak(name, e.seq, LINK)
            if e.hash != e.expected_hash():
                yield ChainBreak(name, e.seq, CHANGED)
        if own is not None and device == own.device_id:
            if e.seq >= own.next_seq:
                yield ChainBreak(name, e.seq, BEYOND_HEAD)
            own_last = (e.seq, e.hash)
        last_seq, last_hash = e.seq, e.hash
    if own is not None:
        seq, hash_ = own_last
        if seq < own.next_seq - 1:
            yield ChainBreak(own.device_id, seq + 1, TRUNCATED)
        elif seq == own.next_seq - 1 and own.head is not None and hash_ != own.head:
            yield ChainBreak(own.device_id, seq or None, HEAD)
