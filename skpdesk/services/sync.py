"""Sync use cases: operations out and in, the conflicts, their resolution (design §4).

`apply` stores received operations and recomputes the rows they touch in ONE unit of work
(the bundle pipeline records the bundle and the peer's state in the same transaction through
`record`). Every resolution is itself a journaled operation, so it travels to every replica
and ends the conflict there too. Conflicts are listed from a cache the materialiser rewrites;
labels ("RHK 2, SKP 2026 Budi Santoso: teks") are built when listed, from the rows as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.merge import rank
from skpdesk.domain.sync import (EXISTS, RESOLVE, STATUS_RANK, ApplyReport, Conflict,
                                 ConflictKind, ConflictSide, Keep, VersionVector)
from skpdesk.domain.sync_labels import ENTITY_LABELS, field_label
from skpdesk.storage.repositories.sync import column_kind, is_owned

from . import fields as F
from . import sync_dialog_rows, sync_evidence_rows
from .outcome import Outcome

MAX_TEXT = 4000


class SyncService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- identity and operations out
    def device_id(self) -> str:
        device = self._db.device_id
        if device is None:  # a file made without local state: the first write creates it
            with self._db.unit_of_work(self._actor) as uow:
                device = uow.device_id()
        return device

    def version_vector(self) -> VersionVector:
        with self._db.reader() as uow:
            return uow.sync.version_vector()

    def operations_since(self, vv: VersionVector, *, limit: int | None = None) -> list[dict]:
        """Wire-form operations not covered by `vv`, sorted by (device_id, seq)."""
        with self._db.reader() as uow:
            return uow.sync.operations_since(vv, limit)

    def operation_count_since(self, vv: VersionVector) -> int:
        with self._db.reader() as uow:
            return uow.sync.operation_count_since(vv)

    # --- operations in
    def apply(self, ops: list[dict], *, record: Callable[[Any], None] | None = None,
              hashes_verified: bool = False) -> ApplyReport:
        """Store `ops` (known ones skipped), advance the clock, recompute the rows they touch and
        the conflicts, call `record(uow)`, commit; any failure leaves the database as it was.

        `hashes_verified=True`: the caller (the bundle pipeline) has already recomputed every
        operation's own hash and chain link; the shape of each is still checked here."""
        report = ApplyReport()
        with self._db.unit_of_work(self._actor) as uow:
            fresh, report.already_applied = uow.sync.store(list(ops), uow.device_id(),
                                                           hashes_verified=hashes_verified)
            report.operations = len(fresh)
            for op in fresh:
                report.per_entity[op["entity"]] = report.per_entity.get(op["entity"], 0) + 1
            if fresh:
                uow.sync.receive_clock([op["hlc"] for op in fresh], self._db.wall_clock())
                before = {r["id"] for r in uow.sync.conflict_rows()}
                keys = {(op["entity"], op["entity_id"]) for op in fresh}
                done = uow.sync.materialise(keys)
                report.new = len(done.new & keys)
                report.updated = len(done.updated & keys)
                report.deleted = len(done.deleted)
                report.conflicts = len({r["id"] for r in uow.sync.conflict_rows()} - before)
                report.waiting_attachments = len(self._missing(uow))
                for entity, row_id in done.new | done.updated | done.deleted:
                    uow.changes.add(entity, row_id)
            if record is not None:
                record(uow)
        return report

    # --- conflicts
    def conflicts(self, *, entity_ids=None) -> list[Conflict]:
        with self._db.reader() as uow:
            return [sync_dialog_rows.redact(uow, self._conflict(uow, r))
                    for r in uow.sync.conflict_rows(entity_ids)]

    def conflict(self, conflict_id: str) -> Conflict:
        with self._db.reader() as uow:
            return sync_dialog_rows.redact(uow, self._find(uow, conflict_id))

    def conflicted_ids(self) -> set[str]:
        with self._db.reader() as uow:
            return uow.sync.conflicted_ids()

    def _find(self, uow, conflict_id: str) -> Conflict:
        rows = uow.sync.conflict_rows(conflict_id=str(conflict_id).strip().upper())
        if not rows:
            raise DomainError(ErrorCode.SYNC_CONFLICT_NOT_FOUND, field="konflik",
                              conflict=conflict_id)
        return self._conflict(uow, rows[0])

    def _conflict(self, uow, row: dict) -> Conflict:
        own = uow.device_id()
        names = uow.sync.device_names()
        sides = list(row["sides"])
        if row["kind"] == ConflictKind.ORPHAN.value:
            sides = [self._parent_side(uow, sides[0]["value"])] + sides
        arrival = uow.sync.arrival(s["op"] for s in sides if s["op"])
        mine_index = next((i for i, s in enumerate(sides) if s["device_id"] == own), None)
        if mine_index is None and arrival:
            first = min(arrival, key=arrival.get)
            mine_index = next(i for i, s in enumerate(sides) if s["op"] == first)
        built = tuple(ConflictSide(s["value"], s["device_id"], names.get(s["device_id"], s["device_id"]),
                                   s["actor"], s["at"], s["hlc"], s["op"],
                                   s["device_id"] == own if own in {x["device_id"] for x in sides}
                                   else i == mine_index)
                      for i, s in enumerate(sides))
        return Conflict(row["id"], ConflictKind(row["kind"]), row["entity"], row["entity_id"],
                        row["field"], self._label(uow, row["entity"],
                                                  {"id": row["entity_id"], **(row["row"] or {})},
                                                  row["field"]),
                        row["current"], built)

    @staticmethod
    def _parent_side(uow, parent: dict) -> dict:
        """The deletion of an orphan's parent, as the other side of the orphan conflict."""
        state = uow.sync.state(parent["parent"], parent["id"])
        refs = state.heads.get(EXISTS, [])
        ops = [o for o in (uow.sync.operation(r) for r in refs) if o is not None]
        op = max(ops, key=lambda o: o.order) if ops else None
        return {"value": None, "device_id": op.device if op else "", "actor": op.actor if op else "",
                "at": op.at if op else "", "hlc": op.hlc if op else "", "op": op.ref if op else ""}

    def _label(self, uow, entity: str, values: dict, field: str | None) -> str:
        parts = self._row_label(uow, entity, values)
        name = field_label(entity, field)
        return f"{parts}: {name}" if name else parts

    def _row_label(self, uow, entity: str, values: dict) -> str:
        kind = ENTITY_LABELS.get(entity, entity)
        if entity in sync_dialog_rows.DIALOG_TABLES:
            return sync_dialog_rows.row_label(uow, entity, values,
                                              lambda skp: self._row_label(uow, "skp", skp))
        if entity in sync_evidence_rows.EVIDENCE_TABLES:
            return sync_evidence_rows.row_label(
                uow, entity, values, lambda table, row: self._row_label(uow, table, row))
        if entity in ("pegawai", "unit_kerja", "instansi", "core_value"):
            return f"{kind} {values.get('name') or values.get('id', '')}".strip()
        if entity == "office_setting":
            return f"{kind} {values.get('key', '')}"
        if entity == "skp":
            owner = uow.sync.live_row("pegawai", values.get("pegawai_id") or "") or {}
            return f"SKP {values.get('year', '')} {owner.get('name', '')}".strip()
        if entity == "indikator":
            rhk = uow.sync.live_row("rhk", values.get("rhk_id") or "") or {}
            return f"{kind} {values.get('position', '')}, {self._row_label(uow, 'rhk', rhk)}"
        skp = uow.sync.live_row("skp", values.get("skp_id") or "")
        where = self._row_label(uow, "skp", skp) if skp else "SKP"
        if entity == "perilaku_kerja":
            value = uow.sync.live_row("core_value", values.get("core_value_id") or "") or {}
            return f"{kind} {value.get('name', '')}, {where}"
        if entity == "printed_document":
            return f"{kind} {values.get('code', '')}, {where}"
        return f"{kind} {values.get('position', '')}, {where}"

    # --- resolution
    def resolve(self, conflict_id: str, keep: Keep | str, value: str | None = None,
                reason: str = "") -> Outcome[str]:
        """Resolve one conflict by a journaled write that syncs (see `docs/sync.md`)."""
        keep = F.choice(keep, Keep, "keep")
        reason = F.text(reason, "alasan", max_len=MAX_TEXT, required=False)
        with self._db.unit_of_work(self._actor) as uow:
            c = self._find(uow, conflict_id)
            sync_dialog_rows.check_may_resolve(uow, c)
            if keep is Keep.VALUE and value is None:
                raise DomainError(ErrorCode.SYNC_RESOLVE_VALUE_REQUIRED, field="nilai", conflict=c.id)
            if keep is Keep.VALUE and c.kind is not ConflictKind.VALUE:
                raise DomainError(ErrorCode.SYNC_RESOLVE_NOT_ALLOWED, field="keep", conflict=c.id,
                                  keep=keep.value)
            side = None if keep is Keep.VALUE else _chosen(c, keep)
            handler = {ConflictKind.VALUE: self._resolve_value,
                       ConflictKind.DELETE_EDIT: self._resolve_delete_edit,
                       ConflictKind.FROZEN_EDIT: self._resolve_frozen,
                       ConflictKind.WORKFLOW: self._resolve_workflow,
                       ConflictKind.DUPLICATE: self._resolve_duplicate,
                       ConflictKind.ORPHAN: self._resolve_orphan}[c.kind]
            keys = handler(uow, c, side, value, keep)
            uow.sync.materialise(keys | {(c.entity, c.entity_id)})
            uow.changes.add(c.entity, c.entity_id)
        return Outcome(c.id, uow.changes)

    # each handler writes its operations and returns the rows to recompute
    def _resolve_value(self, uow, c: Conflict, side, value, keep) -> set:
        state = uow.sync.state(c.entity, c.entity_id)
        new = side.value if side is not None else _typed(c.entity, c.field, value)
        ctx = self._content_guard(uow, c, state.values)
        uow.sync.write_op(c.entity, c.entity_id, "update", {c.field: [state.values.get(c.field), new]},
                          base={c.field: state.heads.get(c.field, [])}, ctx=ctx)
        return self._bump_revision(uow, ctx)

    def _resolve_delete_edit(self, uow, c: Conflict, side, value, keep) -> set:
        state = uow.sync.state(c.entity, c.entity_id)
        ctx = self._content_guard(uow, c, state.values)
        if side.value is None:  # keep the deletion: confirm it, having seen every edit
            uow.sync.write_op(c.entity, c.entity_id, "delete",
                              {k: [v, None] for k, v in state.values.items()},
                              base=dict(state.heads), ctx=ctx)
        else:                   # keep the edit: the row comes back with it
            uow.sync.write_op(c.entity, c.entity_id, "update", {EXISTS: [False, True]},
                              base={EXISTS: state.heads.get(EXISTS, [])}, ctx=ctx)
        return self._bump_revision(uow, ctx)

    def _resolve_frozen(self, uow, c: Conflict, side, value, keep) -> set:
        state = uow.sync.state(c.entity, c.entity_id)
        frozen = [s.op for s in c.sides[1:]]
        skp_id = self._skp_of(uow, c.entity, state.values)
        skp = uow.sync.live_row("skp", skp_id or "") or {}
        ctx = {"skp": skp_id, "epoch": skp.get("epoch") or 0}
        keys: set = set()
        if side is not c.sides[0]:
            if skp.get("status") != "draft":
                raise DomainError(ErrorCode.SYNC_RESOLVE_SKP_NOT_DRAFT, field="status",
                                  status=skp.get("status", ""), conflict=c.id)
            op = uow.sync.operation(side.op)
            if op.kind == "delete":
                uow.sync.write_op(c.entity, c.entity_id, "delete",
                                  {k: [v, None] for k, v in state.values.items()},
                                  base=dict(state.heads), ctx=ctx)
            elif not state.exists:
                uow.sync.write_op(c.entity, c.entity_id, "insert",
                                  {k: [None, v[1]] for k, v in op.fields.items()},
                                  base=dict(state.heads), ctx=ctx)
            else:
                changes = {k: [state.values.get(k), v[1]] for k, v in op.fields.items()}
                uow.sync.write_op(c.entity, c.entity_id, "update", changes,
                                  base={k: state.heads.get(k, []) for k in changes}, ctx=ctx)
            keys = self._bump_revision(uow, ctx)
        uow.sync.write_op(c.entity, c.entity_id, "resolve",
                          {RESOLVE: [None, {"conflict": c.id, "keep": keep.value,
                                            "dismiss": sorted(frozen)}]},
                          base={}, ctx=ctx)
        return keys

    def _resolve_workflow(self, uow, c: Conflict, side, value, keep) -> set:
        state = uow.sync.state("skp", c.entity_id)
        op = uow.sync.operation(side.op)
        note = (op.fields.get("status_note") or [None, ""])[1] if op else ""
        cur = state.values
        epoch = int(cur.get("epoch") or 0)
        if (epoch, STATUS_RANK.get(side.value, 0)) < (epoch, rank(cur.get("status"))):
            epoch += 1
        vv = uow.sync.version_vector()
        fields = {"status": [cur.get("status"), side.value],
                  "status_note": [cur.get("status_note"), note or ""],
                  "epoch": [cur.get("epoch"), epoch]}
        uow.sync.write_op("skp", c.entity_id, "update", fields,
                          base={k: state.heads.get(k, []) for k in fields},
                          ctx={"skp": c.entity_id, "epoch": epoch}, vv=vv)
        return set()

    def _resolve_duplicate(self, uow, c: Conflict, side, value, keep) -> set:
        kept = side.value["id"]
        other = next(s.value["id"] for s in c.sides if s.value["id"] != kept)
        count = uow.sync.dependents(c.entity, other)
        if count:
            raise DomainError(ErrorCode.SYNC_DUPLICATE_HAS_DEPENDENTS, field="konflik",
                              conflict=c.id, count=count)
        state = uow.sync.state(c.entity, other)
        ctx = self._content_guard(uow, Conflict(c.id, c.kind, c.entity, other, None, c.label,
                                                c.current, c.sides), state.values)
        uow.sync.write_op(c.entity, other, "delete", {k: [v, None] for k, v in state.values.items()},
                          base=dict(state.heads), ctx=ctx)
        return {(c.entity, other)} | self._bump_revision(uow, ctx)

    def _resolve_orphan(self, uow, c: Conflict, side, value, keep) -> set:
        state = uow.sync.state(c.entity, c.entity_id)
        if side.value is None:  # keep the parent's deletion: the orphan goes too
            uow.sync.write_op(c.entity, c.entity_id, "delete",
                              {k: [v, None] for k, v in state.values.items()},
                              base=dict(state.heads), ctx=self._ctx_of(uow, c.entity, state.values))
            return set()
        parent = c.sides[1].value
        pstate = uow.sync.state(parent["parent"], parent["id"])
        if not pstate.heads.get(EXISTS):  # never known here: nothing to bring back
            raise DomainError(ErrorCode.SYNC_RESOLVE_NOT_ALLOWED, field="keep", conflict=c.id,
                              keep=keep.value)
        uow.sync.write_op(parent["parent"], parent["id"], "update", {EXISTS: [False, True]},
                          base={EXISTS: pstate.heads[EXISTS]},
                          ctx=self._ctx_of(uow, parent["parent"], pstate.values))
        return {(parent["parent"], parent["id"])}

    # --- helpers
    def _skp_of(self, uow, entity: str, values: dict) -> str | None:
        if entity == "skp":
            return values.get("id")
        if entity == "indikator":
            rhk = uow.sync.live_row("rhk", values.get("rhk_id") or "")
            if rhk is None:
                rhk = uow.sync.state("rhk", values.get("rhk_id") or "").values
            return rhk.get("skp_id")
        return values.get("skp_id") if is_owned(entity) else None

    def _ctx_of(self, uow, entity: str, values: dict) -> dict | None:
        if not is_owned(entity):
            return None
        skp_id = self._skp_of(uow, entity, dict(values, id=values.get("id")))
        skp = uow.sync.live_row("skp", skp_id or "") or {}
        return {"skp": skp_id, "epoch": skp.get("epoch") or 0}

    def _content_guard(self, uow, c: Conflict, values: dict) -> dict | None:
        """SKP content is written only while its SKP is Draft (elsewhere it would be frozen)."""
        if not is_owned(c.entity):
            return None
        values = dict(values, id=c.entity_id)
        skp_id = self._skp_of(uow, c.entity, values)
        skp = uow.sync.live_row("skp", skp_id or "") or {}
        if skp and skp.get("status") != "draft":
            raise DomainError(ErrorCode.SYNC_RESOLVE_SKP_NOT_DRAFT, field="status",
                              status=skp.get("status"), conflict=c.id)
        return {"skp": skp_id, "epoch": skp.get("epoch") or 0}

    def _bump_revision(self, uow, ctx: dict | None) -> set:
        """A content change makes a new revision of its SKP (as the journal hook does)."""
        if not ctx or not ctx.get("skp"):
            return set()
        state = uow.sync.state("skp", ctx["skp"])
        if not state.exists:
            return set()
        revision = int(state.values.get("revision") or 1)
        uow.sync.write_op("skp", ctx["skp"], "update", {"revision": [revision, revision + 1]},
                          base={"revision": state.heads.get("revision", [])}, ctx=ctx)
        return {("skp", ctx["skp"])}

    # --- check and attachments
    def materialise_check(self) -> list:
        """Rows that differ from what the merge of the journal gives (`skpdesk check`)."""
        with self._db.reader() as uow:
            return [p for p in uow.integrity.scan() if p.code in ("row_unjournaled", "row_missing")]

    def missing_attachments(self) -> list[str]:
        """Attachment files (sha256 names) referenced by live rows but absent from
        `<database folder>/attachments/`: shown as "menunggu lampiran" until a bundle brings them."""
        with self._db.reader() as uow:
            return self._missing(uow)

    def _missing(self, uow) -> list[str]:
        folder = Path(self._db.path).parent / "attachments"
        out = []
        for name in sorted(uow.sync.attachment_names()):
            digest = Path(name).name.split(".")[0]
            if not (folder / Path(name).name).exists() and not (folder / digest).exists():
                out.append(digest)
        return out


def _chosen(c: Conflict, keep: Keep) -> ConflictSide:
    mine = [s for s in c.sides if s.mine]
    theirs = [s for s in c.sides if not s.mine]
    pick = mine if keep is Keep.MINE else theirs
    if not pick:
        raise DomainError(ErrorCode.SYNC_RESOLVE_NOT_ALLOWED, field="keep", conflict=c.id,
                          keep=keep.value)
    return max(pick, key=lambda s: (s.hlc, s.device_id))


def _typed(entity: str, column: str, value: str) -> Any:
    kind = column_kind(entity, column)
    if kind == "int":
        try:
            return int(str(value).strip())
        except ValueError:
            raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field=column, value=str(value)) from None
    if kind == "date":
        return F.date(value, column).isoformat()
    return F.text(value, field_label(entity, column), max_len=MAX_TEXT, required=False)


