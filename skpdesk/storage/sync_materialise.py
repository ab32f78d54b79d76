"""The materialiser: recompute synced rows from ALL the operations known about them.

This is the ONE sanctioned bulk writer of synced tables. It writes rows with plain statements
(executemany, no ORM objects) and only ever together with the journal entries it materialises:
the rows it writes are exactly what `domain.merge` computes from the journal, so `skpdesk
check` (which replays the same merge) finds them journaled. Everything else writes through the
ORM and the journal hook.

`materialise(session, keys)` recomputes the given rows, the rows of their SKPs (a workflow
operation can freeze or unfreeze content), and the rows that reference a row that came or went
(the closure), inside the caller's transaction with `PRAGMA defer_foreign_keys=ON` (checked at
commit). It rewrites the `sync_row`, `sync_ref` and `sync_conflict` caches of those rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy.orm import Session

from skpdesk.domain.merge import (Op, RowConflict, RowState, Workflow, live_values, merge_row,
                                  settle_parents, workflow_of)
from skpdesk.domain.sync import ConflictKind, conflict_id

from . import search_index, sync_heads, sync_specs
from .sync_heads import chunks, driver, ops_of_rows
from .sync_specs import META_COLUMNS

OWNED_BY_SKP = ("rhk", "perilaku_kerja", "lampiran_item")


@dataclass
class Materialised:
    """What one materialisation did, for the apply report."""

    new: set = field(default_factory=set)          # (entity, id) absent before, present now
    updated: set = field(default_factory=set)      # present before and now
    deleted: set = field(default_factory=set)      # present before, absent now
    states: dict = field(default_factory=dict)     # (entity, id) -> RowState


def side_json(value: Any, op: Op | None) -> dict:
    if op is None:
        return {"value": value, "device_id": "", "actor": "", "at": "", "hlc": "", "op": ""}
    return {"value": value, "device_id": op.device, "actor": op.actor, "at": op.at,
            "hlc": op.hlc, "op": op.ref if op.seq else ""}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class _Live:
    """Which ids each table holds now (before this materialisation writes), read on demand."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._known: dict[str, dict[str, bool]] = {}

    def load(self, table: str, ids: Iterable[str]) -> None:
        known = self._known.setdefault(table, {})
        wanted = [i for i in set(ids) if i not in known]
        for part in chunks(wanted):
            marks = ",".join("?" * len(part))
            found = {r[0] for r in self._conn.execute(
                f'SELECT id FROM "{table}" WHERE id IN ({marks})', part)}
            for i in part:
                known[i] = i in found

    def has(self, table: str, row_id: str) -> bool:
        if row_id not in self._known.get(table, {}):
            self.load(table, [row_id])
        return self._known[table][row_id]


class Materialiser:
    def __init__(self, session: Session, known: dict[str, Op] | None = None) -> None:
        self._s = session
        self._known = known
        self._conn = driver(session)
        self._live = _Live(self._conn)
        self._skp_ops: dict[str, list[Op]] = {}
        self._workflows: dict[str, Workflow] = {}
        self.result = Materialised()

    # --- reads
    def _owned_rows(self, skp_ids: list[str]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for part in chunks(skp_ids):
            marks = ",".join("?" * len(part))
            for table in OWNED_BY_SKP:
                found |= {(table, r[0]) for r in self._conn.execute(
                    f'SELECT id FROM "{table}" WHERE skp_id IN ({marks})', part)}
            found |= {("indikator", r[0]) for r in self._conn.execute(
                f"SELECT i.id FROM indikator i JOIN rhk r ON r.id = i.rhk_id "
                f"WHERE r.skp_id IN ({marks})", part)}
            found |= {(r[0], r[1]) for r in self._conn.execute(
                f"SELECT entity, entity_id FROM sync_row WHERE skp_id IN ({marks})", part)}
        return found

    def _children(self, table: str, ids: list[str], *, live: bool) -> set[tuple[str, str]]:
        """Rows referring to `ids`: from the reference cache (absent rows too) and, when `live`,
        from the tables. A row that just appeared has no live children (a live row never
        points at an absent one), so a seed of new rows skips those queries."""
        found: set[tuple[str, str]] = set()
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            for child, col in sync_specs.children_of(table) if live else ():
                found |= {(child, r[0]) for r in self._conn.execute(
                    f'SELECT id FROM "{child}" WHERE "{col}" IN ({marks})', part)}
            found |= {(r[0], r[1]) for r in self._conn.execute(
                f"SELECT entity, entity_id FROM sync_ref WHERE target_id IN ({marks})", part)}
        return found

    def _workflow(self, skp_id: str) -> Workflow:
        if skp_id not in self._workflows:
            if skp_id not in self._skp_ops:
                self._skp_ops.update({k[1]: v for k, v in
                                      ops_of_rows(self._s, [("skp", skp_id)]).items()})
            self._workflows[skp_id] = workflow_of(self._skp_ops.get(skp_id, []))
        return self._workflows[skp_id]

    def _present(self, table: str, row_id: str) -> bool:
        state = self.result.states.get((table, row_id))
        if state is not None:
            return state.exists
        return self._live.has(table, row_id)

    # --- the run
    def run(self, keys: Iterable[tuple[str, str]]) -> Materialised:
        keys = {k for k in keys if sync_specs.is_synced(k[0])}
        if not keys:
            return self.result
        self._conn.execute("PRAGMA defer_foreign_keys=ON")
        keys |= self._owned_rows(sorted({i for e, i in keys if e == "skp"}))
        pending: dict[str, set[str]] = {}
        for entity, row_id in keys:
            pending.setdefault(entity, set()).add(row_id)
        touched_tables: set[str] = set()
        for table in sync_specs.order():
            while pending.get(table):
                ids = sorted(pending.pop(table))
                touched_tables.add(table)
                appeared, vanished = self._table(table, ids)
                for child, child_id in (self._children(table, vanished, live=True)
                                        | self._children(table, appeared, live=False)):
                    if (child, child_id) not in self.result.states:
                        pending.setdefault(child, set()).add(child_id)
        for table in touched_tables:
            if sync_specs.rule(table).natural_key:
                self._duplicates(table)
        # Rows that came, went or changed from incoming operations: the search index follows.
        search_index.refresh(self._s, self.result.states)
        return self.result

    def _compute(self, table: str, row_id: str, ops: list[Op]) -> tuple[RowState, str | None]:
        spec = sync_specs.spec(table)
        rule = sync_specs.rule(table)
        skp_id = _owner(table, row_id, ops)
        workflow = self._workflow(skp_id) if skp_id and spec.owned else None
        state = merge_row(spec, row_id, ops, workflow)
        settle_parents(state, rule.required_parents, rule.optional_parents, self._present,
                       rule.merge)
        return state, skp_id

    def compute(self, table: str, row_id: str) -> RowState:
        """One row's merged state from the journal, against the rows as they are (no write)."""
        ops = ops_of_rows(self._s, [(table, row_id)]).get((table, row_id), [])
        return self._compute(table, row_id, ops)[0]

    def _table(self, table: str, ids: list[str]) -> tuple[list[str], list[str]]:
        """Recompute rows `ids` of `table`; returns the ids that appeared and that vanished."""
        spec = sync_specs.spec(table)
        rule = sync_specs.rule(table)
        self._live.load(table, ids)
        all_ops = ops_of_rows(self._s, [(table, i) for i in ids], self._known)
        if table == "skp":
            self._skp_ops.update({k[1]: v for k, v in all_ops.items()})
        states: list[RowState] = []
        owners: dict[tuple[str, str], str | None] = {}
        for row_id in ids:
            ops = all_ops.get((table, row_id), [])
            state, owners[(table, row_id)] = self._compute(table, row_id, ops)
            self.result.states[(table, row_id)] = state
            states.append(state)
        appeared: list[str] = []
        vanished: list[str] = []
        upserts, deletes = [], []
        columns = (*META_COLUMNS, *spec.columns)
        for state in states:
            before = self._live.has(table, state.entity_id)
            key = (table, state.entity_id)
            if state.exists:
                values = live_values(state, rule.optional_parents, self._present)
                row = dict(values, id=state.entity_id, **(state.meta or {}))
                upserts.append(tuple(row.get(c) for c in columns))
                (self.result.updated if before else self.result.new).add(key)
            elif before:
                deletes.append(state.entity_id)
                self.result.deleted.add(key)
            if before != state.exists:
                (appeared if state.exists else vanished).append(state.entity_id)
        if upserts:
            cols = ", ".join(f'"{c}"' for c in columns)
            sets = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
            self._conn.executemany(
                f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" * len(columns))}) '
                f"ON CONFLICT (id) DO UPDATE SET {sets}", upserts)
        for part in chunks(deletes):
            self._conn.execute(f'DELETE FROM "{table}" WHERE id IN ({",".join("?" * len(part))})', part)
        self._write_caches(table, states, owners, rule)
        return appeared, vanished

    def _write_caches(self, table: str, states: list[RowState], owners: dict, rule) -> None:
        ids = [s.entity_id for s in states]
        sync_heads.write(self._s, {(table, s.entity_id): s.heads for s in states}, owners)
        refs = [(table, s.entity_id, col, s.values[col]) for s in states
                for col in (*rule.required_parents, *rule.optional_parents) if s.values.get(col)]
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            self._conn.execute(f"DELETE FROM sync_ref WHERE entity = ? AND entity_id IN ({marks})",
                               [table, *part])
            self._conn.execute(f"DELETE FROM sync_conflict WHERE entity = ? AND kind != ? "
                               f"AND entity_id IN ({marks})",
                               [table, ConflictKind.DUPLICATE.value, *part])
        self._conn.executemany("INSERT OR REPLACE INTO sync_ref (entity, entity_id, \"column\", "
                               "target_id) VALUES (?, ?, ?, ?)", refs)
        self._conn.executemany(
            "INSERT OR REPLACE INTO sync_conflict (id, kind, entity, entity_id, field, opened_hlc, "
            "current, sides, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [conflict_row(table, s.entity_id, c, s.values) for s in states for c in s.conflicts])

    def _duplicates(self, table: str, ids: Iterable[str] | None = None) -> None:
        """Rewrite the DUPLICATE conflicts of `table`: live rows sharing one natural key.

        With `ids`, only the natural-key groups those rows belong to now, or belonged to in a
        DUPLICATE conflict recorded before, are rewritten (indexed lookups): an ordinary write
        must not cost a GROUP BY over the whole table, which made every commit on a
        2,000-pegawai office slower as the office grew. Without `ids`: the whole table.
        """
        key = sync_specs.rule(table).natural_key
        cols = ", ".join(f'"{c}"' for c in key)
        not_null = " AND ".join(f'"{c}" IS NOT NULL' for c in key)
        kind = ConflictKind.DUPLICATE.value
        if ids is None:
            self._conn.execute("DELETE FROM sync_conflict WHERE entity = ? AND kind = ?",
                               (table, kind))
            found = self._conn.execute(
                f'SELECT {cols}, group_concat(id, \',\') FROM "{table}" WHERE {not_null} '
                f"GROUP BY {cols} HAVING count(*) > 1").fetchall()
            groups = [(dict(zip(key, g[:-1])), sorted(g[-1].split(","))) for g in found]
        else:
            groups = self._groups_of(table, key, set(ids))
        rows = []
        for values, members in groups:
            ops = {i: self._latest_op(table, i) for i in members}
            for dup in members[1:]:
                sides = [side_json(dict(values, id=i), ops[i]) for i in (members[0], dup)]
                opened = max(s["hlc"] for s in sides)
                rows.append((conflict_id(ConflictKind.DUPLICATE, table, dup, None),
                             kind, table, dup, None, opened,
                             _dumps(members[0]), _dumps(sides), _dumps(dict(values, id=dup))))
        self._conn.executemany(
            "INSERT OR REPLACE INTO sync_conflict (id, kind, entity, entity_id, field, opened_hlc, "
            "current, sides, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def _groups_of(self, table: str, key: tuple[str, ...], ids: set[str]
                   ) -> list[tuple[dict, list[str]]]:
        """The duplicate groups (key values, sorted ids) that `ids` touch; deletes the recorded
        DUPLICATE conflicts of every row in those groups and of the groups they left."""
        kind = ConflictKind.DUPLICATE.value
        recorded = self._conn.execute(
            "SELECT entity_id, current FROM sync_conflict WHERE entity = ? AND kind = ?",
            (table, kind)).fetchall()
        involved = set(ids)
        for entity_id, current in recorded:  # few: duplicates are rare
            first = json.loads(current)
            if entity_id in ids or first in ids:
                involved |= {entity_id, first}
        cols = ", ".join(f'"{c}"' for c in key)
        keys: set[tuple] = set()
        for part in chunks(sorted(involved)):
            marks = ",".join("?" * len(part))
            keys |= {tuple(r) for r in self._conn.execute(
                f'SELECT {cols} FROM "{table}" WHERE id IN ({marks})', part)
                if all(v is not None for v in r)}
        where = " AND ".join(f'"{c}" = ?' for c in key)
        groups = []
        members_all = set(involved)
        for values in sorted(keys):
            members = sorted(r[0] for r in self._conn.execute(
                f'SELECT id FROM "{table}" WHERE {where}', values))
            members_all |= set(members)
            if len(members) > 1:
                groups.append((dict(zip(key, values)), members))
        for part in chunks(sorted(members_all)):
            marks = ",".join("?" * len(part))
            self._conn.execute(f"DELETE FROM sync_conflict WHERE entity = ? AND kind = ? "
                               f"AND entity_id IN ({marks})", [table, kind, *part])
        return groups

    def _latest_op(self, table: str, row_id: str) -> Op | None:
        row = self._conn.execute(
            f"SELECT {', '.join(sync_heads.OP_COLUMNS)} FROM journal WHERE entity = ? "
            f"AND entity_id = ? ORDER BY hlc DESC, device_id DESC LIMIT 1", (table, row_id)).fetchone()
        return Op.from_columns(*row) if row else None


def _owner(table: str, row_id: str, ops: list[Op]) -> str | None:
    if table == "skp":
        return row_id
    for o in ops:
        if o.ctx and o.ctx.get("skp"):
            return o.ctx["skp"]
    return None


def conflict_row(table: str, row_id: str, c: RowConflict, values: dict) -> tuple:
    return (conflict_id(c.kind, table, row_id, c.field), c.kind.value, table, row_id, c.field,
            max((s.op.hlc for s in c.sides if s.op is not None), default=""), _dumps(c.current),
            _dumps([side_json(s.value, s.op) for s in c.sides]), _dumps(values))


def materialise(session: Session, keys: Iterable[tuple[str, str]],
                known: dict[str, Op] | None = None) -> Materialised:
    session.flush()
    return Materialiser(session, known).run(keys)


def refresh_after_local_writes(session: Session, touched: set[tuple[str, str]]) -> None:
    """At commit of an ordinary unit of work: rows written locally that had conflicts are
    recomputed (a write whose base holds every head ends a value conflict), and duplicate
    natural keys are re-checked for the tables written."""
    session.flush()
    conn = driver(session)
    ids = sorted({i for _, i in touched})
    with_conflicts: set[tuple[str, str]] = set()
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        with_conflicts |= {(r[0], r[1]) for r in conn.execute(
            f"SELECT entity, entity_id FROM sync_conflict WHERE entity_id IN ({marks})", part)}
    m = Materialiser(session)
    if with_conflicts & touched:
        m.run(with_conflicts & touched)
    for table in sorted({e for e, _ in touched}):
        if sync_specs.is_synced(table) and sync_specs.rule(table).natural_key:
            m._duplicates(table, [i for e, i in touched if e == table])


def expected_rows(ops: Iterable[Op]) -> dict[tuple[str, str], RowState]:
    """Every row's merged state from the given operations alone, in memory (`skpdesk check`
    compares the tables with this: the same merge the materialiser writes with)."""
    by_row: dict[tuple[str, str], list[Op]] = {}
    for o in ops:
        if sync_specs.is_synced(o.entity):
            by_row.setdefault((o.entity, o.entity_id), []).append(o)
    workflows = {k[1]: workflow_of(v) for k, v in by_row.items() if k[0] == "skp"}
    states: dict[tuple[str, str], RowState] = {}

    def present(table: str, row_id: str) -> bool:
        state = states.get((table, row_id))
        return state is not None and state.exists

    for table in sync_specs.order():
        spec, rule = sync_specs.spec(table), sync_specs.rule(table)
        rows = sorted(k for k in by_row if k[0] == table)
        for key in rows:
            ops_ = by_row[key]
            skp_id = _owner(table, key[1], ops_)
            workflow = workflows.get(skp_id) if skp_id and spec.owned else None
            states[key] = merge_row(spec, key[1], ops_, workflow)
        for key in rows:
            settle_parents(states[key], rule.required_parents, rule.optional_parents, present,
                           rule.merge)
        for key in rows:
            if states[key].exists:
                states[key].values = live_values(states[key], rule.optional_parents, present)
    return states
