"""The change journal: one entry per inserted, updated or deleted row, in the same transaction.

Installed as a `before_flush` hook on the session factory, so every ORM write made through a
unit of work is journaled and stamped (device, HLC, timestamps) without the services having to
remember. Bulk `update()`/`delete()` statements and raw SQL would bypass it: storage never
uses them for syncable tables (`skpdesk check` compares every row with what the journal says).
Each entry is chained to the device's previous one by hash (`domain.journal_chain`), and the
newest hash is kept in `local_state.journal_head`, so edited or removed entries are evident.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, attributes

from skpdesk.domain.clock import Hlc, tick
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.ids import new_id
from skpdesk.domain.journal_chain import GENESIS, entry_hash

from .tables import (BehaviourRow, IndicatorRow, JournalRow, LampiranRow, LocalStateRow, RhkRow,
                     SkpRow, Syncable)

META_COLUMNS = {"id", "created_at", "updated_at", "device_id", "hlc"}
# SKP columns that may change while the SKP is not a draft (the workflow itself).
WORKFLOW_COLUMNS = {"status", "status_note", "revision"}


@dataclass
class JournalContext:
    actor: str
    state: LocalStateRow
    # SKPs whose revision this transaction already bumped (or created): one bump per transaction.
    revised: set = field(default_factory=set)

    def next_stamp(self) -> tuple[str, int]:
        hlc = tick(Hlc.decode(self.state.hlc)).encode()
        seq = self.state.next_seq
        self.state.hlc = hlc
        self.state.next_seq = seq + 1
        return hlc, seq


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def to_json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def install(session_factory) -> None:
    event.listen(session_factory, "before_flush", _before_flush)


def _column_keys(obj) -> list[str]:
    return [a.key for a in inspect(obj).mapper.column_attrs if a.key not in META_COLUMNS]


def _owning_skp_id(session: Session, obj) -> str | None:
    if isinstance(obj, SkpRow):
        return obj.id
    if isinstance(obj, (RhkRow, BehaviourRow, LampiranRow)):
        return obj.skp_id
    if isinstance(obj, IndicatorRow):
        rhk = session.get(RhkRow, obj.rhk_id)
        return rhk.skp_id if rhk is not None else None
    return None


def _changed_fields(obj) -> dict[str, list]:
    changed = {}
    for key in _column_keys(obj):
        hist = attributes.get_history(obj, key)
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old != new:
            changed[key] = [to_json_value(old), to_json_value(new)]
    return changed


def _guard_read_only(session: Session, touched: dict[str, set[str]]) -> None:
    """Defence in depth: parts of a non-draft SKP are never written, whatever the caller."""
    for skp_id, keys in touched.items():
        skp = session.get(SkpRow, skp_id)
        if skp is None or skp in session.new:
            continue
        status_hist = attributes.get_history(skp, "status")
        was = status_hist.deleted[0] if status_hist.deleted else skp.status
        if was != "draft" and skp.status != "draft" and not keys <= WORKFLOW_COLUMNS:
            raise DomainError(ErrorCode.SKP_READ_ONLY, skp_id=skp_id, status=skp.status)


def _before_flush(session: Session, flush_context, instances) -> None:
    ctx: JournalContext | None = session.info.get("journal")
    if ctx is None:
        if any(isinstance(o, Syncable) for o in (*session.new, *session.dirty, *session.deleted)):
            raise RuntimeError("write outside a unit of work: the change journal would miss it")
        return
    now = utc_now()
    inserts = [o for o in session.new if isinstance(o, Syncable)]
    updates = [(o, _changed_fields(o)) for o in session.dirty
               if isinstance(o, Syncable) and session.is_modified(o)]
    updates = [(o, f) for o, f in updates if f]
    deletes = [o for o in session.deleted if isinstance(o, Syncable)]

    # Which SKPs this flush touches, to guard read-only ones and bump their revision.
    touched: dict[str, set[str]] = {}
    for obj in (*inserts, *deletes):
        skp_id = _owning_skp_id(session, obj)
        if skp_id and not isinstance(obj, SkpRow):
            touched.setdefault(skp_id, set()).add("*")
    for obj, fields in updates:
        skp_id = _owning_skp_id(session, obj)
        if skp_id:
            keys = set(fields) if isinstance(obj, SkpRow) else {"*"}
            touched.setdefault(skp_id, set()).update(keys)
    _guard_read_only(session, touched)
    for obj in inserts:
        if isinstance(obj, SkpRow):
            ctx.revised.add(obj.id)
    for skp_id, keys in touched.items():
        skp = session.get(SkpRow, skp_id)
        if skp is None or skp in session.deleted or skp_id in ctx.revised or "revision" in keys:
            continue
        ctx.revised.add(skp_id)
        skp.revision += 1
        updates = [(o, f) for o, f in updates if o is not skp]
        updates.append((skp, _changed_fields(skp)))

    entries = []
    for obj in inserts:
        if obj.id is None:
            obj.id = new_id()
        hlc, seq = ctx.next_stamp()
        obj.created_at = obj.updated_at = now
        obj.device_id = ctx.state.device_id
        obj.hlc = hlc
        fields = {k: [None, to_json_value(getattr(obj, k))] for k in _column_keys(obj)}
        entries.append(("insert", obj, fields, hlc, seq))
    for obj, fields in updates:
        hlc, seq = ctx.next_stamp()
        obj.updated_at = now
        obj.device_id = ctx.state.device_id
        obj.hlc = hlc
        entries.append(("update", obj, fields, hlc, seq))
    for obj in deletes:
        hlc, seq = ctx.next_stamp()
        fields = {k: [to_json_value(getattr(obj, k)), None] for k in _column_keys(obj)}
        entries.append(("delete", obj, fields, hlc, seq))
    for op, obj, fields, hlc, seq in entries:
        # Entries are made in seq order, each chained to the one before it (`journal_chain`).
        content = dict(id=new_id(), device_id=ctx.state.device_id, seq=seq, hlc=hlc,
                       actor=ctx.actor, entity=obj.__tablename__, entity_id=obj.id, op=op,
                       fields=json.dumps(fields, ensure_ascii=False, sort_keys=True), at=now)
        prev = ctx.state.journal_head or GENESIS
        ctx.state.journal_head = entry_hash(prev, **content)
        session.add(JournalRow(**content, prev_hash=prev, hash=ctx.state.journal_head))
