"""The change journal: one entry per inserted, updated or deleted row, in the same transaction.

Installed as a `before_flush` hook on the session factory, so every ORM write made through a
unit of work is journaled and stamped (device, HLC, timestamps) without the services having to
remember. Bulk `update()`/`delete()` statements and raw SQL would bypass it: storage never
uses them for syncable tables (`skpdesk check` compares every row with what the journal says).
Each entry is chained to the device's previous one by hash (`domain.journal_chain`), and the
newest hash is kept in `local_state.journal_head`, so edited or removed entries are evident.

Sync (design §1): every entry also carries `base` (the heads of each field it replaced, read
from the `sync_row` cache, which this hook keeps current), `ctx` (the owning SKP and its epoch,
for SKP content) and, on SKP workflow entries, `vv` (the version vector the writer had seen).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, attributes

from skpdesk.domain.acting import Acting, Person, person_json
from skpdesk.domain.clock import Hlc, WallClock, system_wall_ms, tick
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.ids import new_id
from skpdesk.domain.journal_chain import GENESIS, entry_hash
from skpdesk.domain.people import titled_name
from skpdesk.domain.sync import EXISTS, WORKFLOW_FIELDS, op_ref

from . import search_index, sync_heads
from .tables import (BehaviourRow, IndicatorRow, JournalRow, LampiranRow, LocalStateRow,
                     PegawaiRow, RhkRow, SkpRow, Syncable)

META_COLUMNS = {"id", "created_at", "updated_at", "device_id", "hlc"}
_UNRESOLVED = object()
# SKP columns that may change while the SKP is not a draft (the workflow itself).
WORKFLOW_COLUMNS = {"status", "status_note", "revision"}


@dataclass
class JournalContext:
    actor: str
    state: LocalStateRow
    wall_clock: WallClock = system_wall_ms
    # SKPs whose revision this transaction already bumped (or created): one bump per transaction.
    revised: set = field(default_factory=set)
    # (entity, id) of the rows written in this transaction (conflicts re-checked at commit).
    touched: set = field(default_factory=set)
    # Who is acting (`domain.acting`): the pegawai id the unit of work was opened for (the
    # stored "Saya adalah" or a one-command `--as`), resolved to the journal's `person` JSON
    # on the first entry; `set_acting` replaces it (atas nama, the demo's people).
    acting_pegawai_id: str | None = None
    person: Any = _UNRESOLVED

    def set_acting(self, acting: Acting | None) -> None:
        self.person = person_json(acting)

    def person_for(self, session: Session) -> str | None:
        if self.person is _UNRESOLVED:
            self.person = person_json(acting_of(session, self.acting_pegawai_id))
        return self.person

    def next_stamp(self) -> tuple[str, int]:
        hlc = tick(Hlc.decode(self.state.hlc), self.wall_clock()).encode()
        seq = self.state.next_seq
        self.state.hlc = hlc
        self.state.next_seq = seq + 1
        return hlc, seq

    def now(self) -> str:
        return iso_time(self.wall_clock())


def acting_of(session: Session, pegawai_id: str | None) -> Acting | None:
    """The Acting of a pegawai id (None when unset or no longer a pegawai here)."""
    row = session.get(PegawaiRow, pegawai_id) if pegawai_id else None
    return Acting(person_of(row)) if row is not None else None


def person_of(row) -> Person:
    """NIP and name as the journal records them: the name with titles, as it is printed."""
    return Person(row.nip, titled_name(row.name, row.front_title, row.back_title))


def iso_time(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).isoformat(timespec="milliseconds")


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def canonical(value: Any) -> str:
    """The stored JSON text of `fields`, `base`, `ctx`, `vv` (hashed as stored)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def to_json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def install(session_factory) -> None:
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "before_commit", _before_commit)


def _before_commit(session: Session) -> None:
    ctx: JournalContext | None = session.info.get("journal")
    if ctx is not None:
        # SQLAlchemy calls this before the commit's own flush: an update not flushed yet (no
        # query since) would otherwise be journaled after this and missed by what follows.
        session.flush()
    if ctx is not None and ctx.touched:
        from . import sync_materialise  # the materialiser reads the tables this module writes
        sync_materialise.refresh_after_local_writes(session, ctx.touched)
        # The full-text index follows every local write of the records it holds (issue 10).
        search_index.refresh(session, ctx.touched)
        ctx.touched = set()


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


def _changed_fields(obj, sealed: frozenset = frozenset()) -> dict[str, list]:
    """Columns whose value changed, [old, new]. The `sealed` columns (a dialog's content while
    it is closed, `repositories.dialogs`) are journaled even with an unchanged value, as
    [value, value]: the closing write then supersedes every content field for sync."""
    changed = {}
    for key in _column_keys(obj):
        hist = attributes.get_history(obj, key)
        if not hist.has_changes():
            continue
        new = hist.added[0] if hist.added else None
        if key in sealed and not hist.deleted:
            changed[key] = [to_json_value(new), to_json_value(new)]
            continue
        old = hist.deleted[0] if hist.deleted else None
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
    now = ctx.now()
    inserts = [o for o in session.new if isinstance(o, Syncable)]
    sealed = session.info.get("sealed", {})
    updates = [(o, _changed_fields(o, sealed.get((o.__tablename__, o.id), frozenset())))
               for o in session.dirty
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
        _fill_defaults(obj)
        hlc, seq = ctx.next_stamp()
        obj.created_at = obj.updated_at = now
        obj.device_id = ctx.state.device_id
        obj.hlc = hlc
        fields = {k: [None, to_json_value(getattr(obj, k))] for k in _column_keys(obj)}
        entries.append(("insert", obj, fields, hlc, seq))
    for obj, fields in updates:
        if isinstance(obj, SkpRow) and "status" in fields:
            old_status, new_status = fields["status"]
            if new_status == "draft" and old_status in ("diajukan", "disetujui") \
                    and "epoch" not in fields:
                # Back to draft is a new epoch whoever writes it (sync design §2).
                fields["epoch"] = [obj.epoch or 0, (obj.epoch or 0) + 1]
                obj.epoch = fields["epoch"][1]
            # The workflow register travels whole: status, its note and the epoch together.
            for key in WORKFLOW_FIELDS:
                fields.setdefault(key, [getattr(obj, key), getattr(obj, key)])
        hlc, seq = ctx.next_stamp()
        obj.updated_at = now
        obj.device_id = ctx.state.device_id
        obj.hlc = hlc
        entries.append(("update", obj, fields, hlc, seq))
    for obj in deletes:
        hlc, seq = ctx.next_stamp()
        fields = {k: [to_json_value(getattr(obj, k)), None] for k in _column_keys(obj)}
        entries.append(("delete", obj, fields, hlc, seq))
    if not entries:
        return
    heads = sync_heads.read(session, [(obj.__tablename__, obj.id) for _, obj, _, _, _ in entries])
    for op, obj, fields, hlc, seq in entries:
        entity = obj.__tablename__
        row_heads = heads.setdefault((entity, obj.id), {})
        ref = op_ref(ctx.state.device_id, seq)
        if op == "update":
            base = {k: row_heads.get(k, []) for k in fields}
            row_heads.update({k: [ref] for k in fields})
        elif op == "insert":
            base = dict(row_heads)  # a re-created row replaces everything it held
            row_heads.clear()
            row_heads.update({k: [ref] for k in fields})
            row_heads[EXISTS] = [ref]
        else:
            base = dict(row_heads)
            row_heads[EXISTS] = [ref]
        skp_id = _owning_skp_id(session, obj)
        sync_ctx = vv = None
        if skp_id is not None:
            skp = obj if isinstance(obj, SkpRow) else session.get(SkpRow, skp_id)
            sync_ctx = {"skp": skp_id, "epoch": (skp.epoch or 0) if skp is not None else 0}
        if isinstance(obj, SkpRow) and "status" in fields:
            vv = sync_heads.version_vector(session)
            vv[ctx.state.device_id] = seq - 1
        append_entry(session, ctx, entity=entity, entity_id=obj.id, op=op, fields=fields,
                     hlc=hlc, seq=seq, at=now, base=base, sync_ctx=sync_ctx, vv=vv)
        ctx.touched.add((entity, obj.id))
    sync_heads.write(session, {k: v for k, v in heads.items() if v},
                     {(e.__tablename__, e.id): _owning_skp_id(session, e) for _, e, _, _, _ in entries})


def append_entry(session: Session, jctx: JournalContext, *, entity: str, entity_id: str, op: str,
                 fields: dict, hlc: str, seq: int, at: str, base: dict | None,
                 sync_ctx: dict | None = None, vv: dict | None = None) -> dict:
    """Add one entry of this device, chained to its previous one (entries are made in seq
    order); returns its columns. The hook writes ordinary entries; sync resolutions
    (`storage.repositories.sync`) write theirs here too, so both chain and hash alike."""
    content = dict(id=new_id(), device_id=jctx.state.device_id, seq=seq, hlc=hlc,
                   actor=jctx.actor, entity=entity, entity_id=entity_id, op=op,
                   fields=canonical(fields), at=at,
                   base=canonical({k: sorted(v) for k, v in base.items()}) if base is not None else None,
                   ctx=canonical(sync_ctx) if sync_ctx is not None else None,
                   vv=canonical(vv) if vv is not None else None,
                   person=jctx.person_for(session))
    prev = jctx.state.journal_head or GENESIS
    jctx.state.journal_head = entry_hash(prev, **content)
    session.add(JournalRow(**content, prev_hash=prev, hash=jctx.state.journal_head))
    return dict(content, prev_hash=prev, hash=jctx.state.journal_head)


def _fill_defaults(obj) -> None:
    """Columns left to their default are journaled with it (the merge needs the value)."""
    for column in obj.__table__.columns:
        if column.default is not None and column.default.is_scalar and \
                getattr(obj, column.key, None) is None and not column.nullable:
            setattr(obj, column.key, column.default.arg)
