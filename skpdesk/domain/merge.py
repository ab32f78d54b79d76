"""The merge function of sync: a row's state as a pure function of the operations known about it.

Every journal entry is an operation (`Op`). Given all the operations of one row (and, for SKP
content, the workflow operations of its SKP), `merge_row` returns the row's values or "absent",
its field heads and its conflicts. Nothing here depends on the order the operations arrived
in, so replicas holding the same operations hold the same rows and show the same conflicts.

Rules (design §2, `docs/sync.md` for people):
- Field heads: among the effective operations writing a field, those no other effective
  operation replaced (named in its `base[field]`, or an earlier operation of the same device,
  which that device had necessarily seen). The value is the head with the greatest
  (hlc, device); heads with different values are a VALUE conflict.
- Existence is the pseudo-field `_exists` (insert true, delete false, restore true). A winning
  delete that had not seen a head of some field is a DELETE_EDIT conflict; the row stays absent.
- SKP workflow (`status`, `status_note`, `epoch`) is one register won by the greatest
  (epoch, rank, hlc, device): forward only, a return or reopen starts a new epoch. Heads that
  disagree on (status, epoch) are a WORKFLOW conflict.
- SKP content written in epoch e is frozen (ignored, FROZEN_EDIT) when a workflow operation that
  left draft in epoch e had not seen it (its `vv`), unless a resolve operation dismissed it.
- The SKP's `revision` is the greatest written (no conflict).
Required and optional parents are settled afterwards (`settle_parents`), by the caller that
knows which rows are present.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable

from .sync import (EXISTS, RESOLVE, STATUS_RANK, WORKFLOW_FIELDS, ConflictKind, MergeClass,
                   op_ref)


def _loads(text: Any) -> Any:
    if text is None or text == "":
        return None
    if text == "{}":  # the base of every insert: most entries of a large office
        return {}
    return json.loads(text)


@lru_cache(maxsize=8192)
def _loads_shared(text: Any) -> Any:
    """For `ctx` and `vv`, which repeat across entries (one SKP and epoch per many edits): the
    decoded dict is shared between operations, so the merge only ever reads it."""
    return _loads(text)


@dataclass(frozen=True)
class Op:
    """One journal entry as the merge reads it (decoded JSON; the stored text is elsewhere)."""

    id: str
    device: str
    seq: int
    hlc: str
    actor: str
    at: str
    kind: str                   # insert | update | delete | resolve
    entity: str
    entity_id: str
    fields: dict
    base: dict | None = None
    ctx: dict | None = None
    vv: dict | None = None

    def __post_init__(self) -> None:
        # Computed once: the merge reads them many times per row (100,000 ops in seconds).
        object.__setattr__(self, "ref", op_ref(self.device, self.seq))
        object.__setattr__(self, "_writes", self._compute_writes())

    @property
    def order(self) -> tuple[str, str]:
        return (self.hlc, self.device)

    @classmethod
    def from_columns(cls, id, device_id, seq, hlc, actor, entity, entity_id, op, fields, at,
                     base=None, ctx=None, vv=None) -> "Op":
        return cls(id, device_id, seq, hlc, actor, at, op, entity, entity_id, _loads(fields) or {},
                   _loads(base), _loads_shared(ctx), _loads_shared(vv))

    def writes(self) -> dict[str, Any]:
        """Field -> value this operation writes (for the merge)."""
        return self._writes

    def _compute_writes(self) -> dict[str, Any]:
        if not isinstance(self.fields, dict):
            raise ValueError("fields is not an object")
        if self.kind == "insert":
            out = {k: v[1] for k, v in self.fields.items()}
            out[EXISTS] = True
            return out
        if self.kind == "delete":
            return {EXISTS: False}
        if self.kind == "update":
            return {k: v[1] for k, v in self.fields.items()}
        return {}

    def dismissed(self) -> list[str]:
        if self.kind != "resolve":
            return []
        payload = (self.fields.get(RESOLVE) or [None, None])[1] or {}
        return list(payload.get("dismiss") or ())

    def is_workflow(self) -> bool:
        return self.entity == "skp" and self.kind in ("insert", "update") and "status" in self.fields

    def replaced(self, name: str) -> Iterable[str]:
        return (self.base or {}).get(name, ())


@dataclass(frozen=True)
class RowSpec:
    """What the merge needs to know about a table."""

    entity: str
    columns: tuple[str, ...]            # data columns (not id, created_at, updated_at, ...)
    defaults: dict[str, Any]            # value of a column no operation wrote
    merge: MergeClass
    owned: bool                         # SKP content: frozen by the SKP's workflow


@dataclass(frozen=True)
class Side:
    value: Any
    op: Op


@dataclass
class RowConflict:
    kind: ConflictKind
    field: str | None
    current: Any
    sides: list[Side]

    @property
    def opened_hlc(self) -> str:
        return max(s.op.hlc for s in self.sides)


@dataclass
class RowState:
    entity: str
    entity_id: str
    exists: bool
    values: dict[str, Any]              # merged values (also while absent: labels, references)
    heads: dict[str, list[str]]
    meta: dict[str, Any] | None         # created_at, updated_at, hlc, device_id
    conflicts: list[RowConflict] = field(default_factory=list)
    latest: Op | None = None            # the latest effective operation (by hlc, device)


def rank(status: Any) -> int:
    return STATUS_RANK.get(status, -1)


@dataclass
class Workflow:
    """The workflow operations of one SKP, as the content merge needs them."""

    epochs: dict[str, int]              # op_ref -> epoch of each workflow operation
    leaving_draft: dict[int, list[Op]]  # epoch -> operations that left draft in it


def workflow_of(skp_ops: Iterable[Op]) -> Workflow:
    """Epoch of each workflow operation: from its `ctx` or, for entries written before sync
    (one device, linear), by counting returns and reopens in sequence order."""
    epochs: dict[str, int] = {}
    leaving: dict[int, list[Op]] = {}
    legacy: dict[str, int] = {}
    for o in sorted(skp_ops, key=lambda o: (o.device, o.seq)):
        if not o.is_workflow():
            continue
        if o.ctx is not None and "epoch" in o.ctx:
            epoch = int(o.ctx["epoch"])
        else:
            old, new = o.fields["status"] if o.kind == "update" else (None, o.fields["status"][1])
            if new == "draft" and old in ("diajukan", "disetujui"):
                legacy[o.device] = legacy.get(o.device, 0) + 1
            epoch = legacy.get(o.device, 0)
        epochs[o.ref] = epoch
        if rank(o.fields["status"][1]) >= 1:
            leaving.setdefault(epoch, []).append(o)
    return Workflow(epochs, leaving)


def seen(by: Op, op: Op) -> bool:
    """Whether `by` was written knowing `op` (same device earlier, or within its `vv`)."""
    if by.device == op.device:
        return by.seq > op.seq
    return by.vv is not None and int(by.vv.get(op.device, 0)) >= op.seq


def _frozen(op: Op, workflow: Workflow | None) -> Op | None:
    """The workflow operation that froze `op` (left draft in its epoch without seeing it)."""
    if workflow is None or op.ctx is None or op.is_workflow() or op.kind == "resolve":
        return None
    for s in workflow.leaving_draft.get(int(op.ctx.get("epoch", 0)), ()):
        if not seen(s, op):
            return s
    return None


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def heads_of(name: str, writers: list[Op]) -> list[Op]:
    replaced: set[str] = set()
    last: dict[str, int] = {}
    for p in writers:
        replaced.update(p.replaced(name))
        last[p.device] = max(last.get(p.device, 0), p.seq)
    return [o for o in writers if o.ref not in replaced and last[o.device] == o.seq]


def merge_row(spec: RowSpec, entity_id: str, ops: Iterable[Op],
              workflow: Workflow | None = None) -> RowState:
    ops = sorted(ops, key=lambda o: (o.device, o.seq))
    dismissed = {r for o in ops for r in o.dismissed()}
    frozen: list[tuple[Op, Op]] = []
    effective: list[Op] = []
    for o in ops:
        if o.kind == "resolve":
            continue
        by = _frozen(o, workflow) if spec.owned else None
        if by is None:
            effective.append(o)
        elif o.ref not in dismissed and set(o.fields) != {"revision"}:
            # (a frozen revision bump alone is the echo of frozen content elsewhere: not shown)
            frozen.append((o, by))

    writes = {o.ref: o.writes() for o in effective}
    writers: dict[str, list[Op]] = {}
    for o in effective:
        for name in writes[o.ref]:
            writers.setdefault(name, []).append(o)

    values: dict[str, Any] = {}
    heads: dict[str, list[str]] = {}
    conflicts: list[RowConflict] = []
    is_workflow = spec.merge is MergeClass.WORKFLOW
    for name in (*spec.columns, EXISTS):
        found = writers.get(name, [])
        if not found:
            values[name] = False if name == EXISTS else spec.defaults.get(name)
            continue
        if len(found) == 1 and not (is_workflow and name == "revision"):
            # one writer (most fields of most rows): its value, no conflict possible
            only = found[0]
            heads[name] = [only.ref]
            value = writes[only.ref][name]
            values[name] = spec.defaults[name] if value is None and name in spec.defaults else value
            continue
        top = heads_of(name, found)
        heads[name] = sorted(o.ref for o in top)
        winner = max(top, key=lambda o: o.order)
        value = writes[winner.ref][name]
        if value is None and name in spec.defaults:
            value = spec.defaults[name]  # an insert made before defaults were journaled
        values[name] = value
        if is_workflow and name == "revision":
            values[name] = max((writes[o.ref][name] or 0 for o in found), default=0) or \
                spec.defaults.get(name)
            continue
        if name == EXISTS or (is_workflow and name in WORKFLOW_FIELDS):
            continue
        if spec.merge is not MergeClass.APPEND_ONLY and len(top) > 1 and \
                any(not _same(writes[o.ref][name], value) for o in top):
            conflicts.append(RowConflict(ConflictKind.VALUE, name, value,
                                         [Side(writes[o.ref][name], o) for o in _ordered(top)]))

    if is_workflow and writers.get("status"):
        conflicts += _workflow_register(values, writers, writes, workflow)

    exists = bool(values[EXISTS])
    exist_refs = set(heads.get(EXISTS, ()))
    exist_heads = [o for o in effective if o.ref in exist_refs]
    if spec.merge is not MergeClass.APPEND_ONLY:
        conflicts += _delete_edit(exists, exist_heads, heads, writes, effective, values)
    if not exists:
        conflicts = [c for c in conflicts if c.kind is not ConflictKind.VALUE]
    if frozen:
        conflicts.append(_frozen_conflict(frozen, values, writes))

    meta = latest = None
    if effective:
        latest = max(effective, key=lambda o: o.order)
        inserts = [o for o in effective if o.kind == "insert"]
        born = max(inserts, key=lambda o: o.order) if inserts else min(effective, key=lambda o: o.order)
        meta = {"created_at": born.at, "updated_at": latest.at, "hlc": latest.hlc,
                "device_id": latest.device}
    values.pop(EXISTS, None)
    return RowState(spec.entity, entity_id, exists, values, heads, meta, conflicts, latest)


def _ordered(ops: Iterable[Op]) -> list[Op]:
    return sorted(ops, key=lambda o: o.order)


def _workflow_register(values: dict, writers: dict[str, list[Op]], writes: dict,
                       workflow: Workflow | None) -> list[RowConflict]:
    epochs = workflow.epochs if workflow is not None else {}
    found = writers["status"]

    def key(o: Op):
        return (epochs.get(o.ref, 0), rank(writes[o.ref]["status"]), o.hlc, o.device)

    winner = max(found, key=key)
    w = writes[winner.ref]
    values["status"] = w["status"]
    values["epoch"] = epochs.get(winner.ref, 0)
    if "status_note" in w:
        values["status_note"] = w["status_note"]
    top = heads_of("status", found)
    targets = {(writes[o.ref]["status"], epochs.get(o.ref, 0)) for o in top}
    if len(targets) > 1:
        return [RowConflict(ConflictKind.WORKFLOW, "status", values["status"],
                            [Side(writes[o.ref]["status"], o) for o in _ordered(top)])]
    return []


def _delete_edit(exists: bool, exist_heads: list[Op], heads: dict[str, list[str]], writes: dict,
                 effective: list[Op], values: dict) -> list[RowConflict]:
    if not exist_heads:
        return []
    disagree = len({bool(writes[o.ref][EXISTS]) for o in exist_heads}) > 1
    deletes = [o for o in exist_heads if not writes[o.ref][EXISTS]]
    if exists and not disagree:
        return []  # a live row nobody deleted (nearly every row): nothing to compare
    unseen: dict[str, Op] = {}
    if not exists:
        by_ref = {o.ref: o for o in effective}
        winner = max(deletes, key=lambda o: o.order)
        for name, refs in heads.items():
            if name == EXISTS:
                continue
            for ref in refs:
                o = by_ref[ref]
                if ref not in winner.replaced(name) and not seen(winner, o):
                    unseen[ref] = o
    if not unseen and not disagree:
        return []
    sides = [Side(None, o) for o in _ordered(deletes)]
    edits = list(unseen.values()) + [o for o in exist_heads if writes[o.ref][EXISTS]]
    sides += [Side({k: v for k, v in writes[o.ref].items() if k != EXISTS} or True, o)
              for o in _ordered({o.ref: o for o in edits}.values())]
    current = None if not exists else {k: v for k, v in values.items() if k != EXISTS}
    return [RowConflict(ConflictKind.DELETE_EDIT, None, current, sides)]


def _frozen_conflict(frozen: list[tuple[Op, Op]], values: dict, writes: dict) -> RowConflict:
    names = sorted({k for o, _ in frozen for k in o.writes() if k != EXISTS})
    current = {k: values.get(k) for k in names} if values.get(EXISTS) else None
    by = max((s for _, s in frozen), key=lambda o: o.order)
    sides = [Side(current, by)]
    for o, _ in sorted(frozen, key=lambda p: p[0].order):
        w = o.writes()
        sides.append(Side(None if o.kind == "delete" else {k: v for k, v in w.items() if k != EXISTS}, o))
    return RowConflict(ConflictKind.FROZEN_EDIT, None, current, sides)


def settle_parents(state: RowState, required: dict[str, str], optional: dict[str, str],
                   present: Callable[[str, str], bool], merge: MergeClass) -> None:
    """A row whose required parent is absent is absent too (ORPHAN); an optional reference to an
    absent row reads as NULL (the merged value stays in `state.values` for when it returns)."""
    if state.exists:
        missing = [(col, table) for col, table in required.items()
                   if not state.values.get(col) or not present(table, state.values[col])]
        if missing:
            state.exists = False
            state.conflicts = [c for c in state.conflicts if c.kind is not ConflictKind.VALUE]
            if merge is not MergeClass.APPEND_ONLY:
                col, table = missing[0]
                state.conflicts.append(RowConflict(
                    ConflictKind.ORPHAN, None, None,
                    [Side({"parent": table, "column": col, "id": state.values.get(col)},
                          state.latest)]))


def live_values(state: RowState, optional: dict[str, str],
                present: Callable[[str, str], bool]) -> dict[str, Any]:
    """The values written to the table: optional references to absent rows as NULL."""
    out = dict(state.values)
    for col, table in optional.items():
        if out.get(col) and not present(table, out[col]):
            out[col] = None
    return out
