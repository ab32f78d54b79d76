"""An SKP's history read from the change journal: every workflow step (what, who, when, note)
and what changed in its content since the last approval.

Nothing here is stored separately: the journal already holds every write to the SKP and its
parts with old and new values, so the history cannot disagree with the audit trail
(`skpdesk journal`) and arrives with sync like everything else.

Who: the journal's `person` (the pegawai who said "Saya adalah", with "atas nama" and the reason
when a pengelola kinerja acted for another) when it was recorded, else the OS user@host
(`actor`) that every entry carries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.sync import WORKFLOW_FIELDS

# SKP status before -> after, and the workflow step it is (TRANSITIONS in services/skp.py).
STEP_OF_TRANSITION = {("draft", "diajukan"): "submit", ("diajukan", "disetujui"): "approve",
                      ("diajukan", "draft"): "return", ("disetujui", "draft"): "reopen"}
STEP_CREATE = "create"

# Tables of an SKP's content, in the order the history lists them.
PART_TABLES = ("skp", "rhk", "indikator", "perilaku_kerja", "lampiran_item")
# Columns that are bookkeeping, not content: not listed as changes.
_NOT_CONTENT = {"skp": {*WORKFLOW_FIELDS, "revision", "pegawai_id", "year"},
                "rhk": {"skp_id"}, "indikator": {"rhk_id"}, "perilaku_kerja": {"skp_id"},
                "lampiran_item": {"skp_id"}}


@dataclass(frozen=True)
class Actor:
    """Who made a journal entry, as the history names them."""

    os_user: str                  # user@host, always recorded
    nip: str | None = None        # the acting pegawai ("Saya adalah"), when recorded
    name: str | None = None
    on_behalf_of: dict | None = None  # {"nip", "name"} when acting "atas nama"
    reason: str = ""

    @property
    def label(self) -> str:
        """"Nama (NIP)", "Nama atas nama Nama lain", or the OS user when nobody was named."""
        if not self.name:
            return self.os_user
        who = f"{self.name} ({self.nip})" if self.nip else self.name
        if self.on_behalf_of:
            other = self.on_behalf_of.get("name") or self.on_behalf_of.get("nip") or "?"
            who = f"{who} atas nama {other}"
        return who


@dataclass(frozen=True)
class WorkflowStep:
    action: str  # create | submit | approve | return | reopen
    status_from: str | None
    status_to: str
    who: Actor
    at: str  # ISO time (UTC) of the journal entry
    note: str
    hlc: str


@dataclass(frozen=True)
class PartChange:
    """One row of the SKP's content that differs from what was approved."""

    entity: str   # skp | rhk | indikator | perilaku_kerja | lampiran_item
    entity_id: str
    change: str   # added | changed | removed
    label: str    # the row's text (RHK, indicator, lampiran) or value name (perilaku)
    fields: dict[str, tuple[Any, Any]]  # column -> (approved value, value now)


@dataclass(frozen=True)
class SkpHistory:
    skp_id: str
    steps: list[WorkflowStep]
    last_approval: WorkflowStep | None
    # Content changed after the last approval (empty when never approved or nothing changed).
    since_approval: list[PartChange] = field(default_factory=list)


def actor_of(os_user: str, person: str | None) -> Actor:
    """The `Actor` of an entry from its `actor` and `person` columns (`person` may be NULL, or
    unreadable in a damaged file: then the OS user is all we know)."""
    try:
        data = json.loads(person) if person else None
    except (TypeError, ValueError):
        data = None
    if not isinstance(data, dict):
        return Actor(os_user)
    behalf = data.get("on_behalf_of")
    return Actor(os_user, nip=data.get("nip"), name=data.get("name"),
                 on_behalf_of=behalf if isinstance(behalf, dict) else None,
                 reason=str(data.get("reason") or ""))


def build_history(skp_id: str, entries: list, core_value_names: dict[str, str],
                  rhk_texts: dict[str, str]) -> SkpHistory:
    """The history from the SKP's journal entries, oldest first: `(JournalEntry, person)` pairs
    as `SkpHistoryRepository.entries` returns them. Pure: tests feed it entries directly."""
    steps: list[WorkflowStep] = []
    for entry, person in entries:
        if entry.entity != "skp" or entry.entity_id != skp_id:
            continue
        fields = entry.fields
        if entry.op == "insert":
            steps.append(WorkflowStep(STEP_CREATE, None, str(_new(fields, "status") or "draft"),
                                      actor_of(entry.actor, person), entry.at,
                                      str(_new(fields, "status_note") or ""), entry.hlc))
            continue
        status = fields.get("status")
        if entry.op != "update" or not isinstance(status, list) or len(status) != 2:
            continue
        action = STEP_OF_TRANSITION.get((status[0], status[1]))
        if action is None:
            continue  # the workflow register travelling unchanged with a sync entry
        steps.append(WorkflowStep(action, status[0], status[1], actor_of(entry.actor, person),
                                  entry.at, str(_new(fields, "status_note") or ""), entry.hlc))
    approvals = [s for s in steps if s.action == "approve"]
    last = approvals[-1] if approvals else None
    changes = (_changes_after(last.hlc, entries, core_value_names, rhk_texts)
               if last is not None else [])
    return SkpHistory(skp_id, steps, last, changes)


def last_approval_step(entries: list) -> WorkflowStep | None:
    """The last "approve" step among the SKP row's own journal entries (`(JournalEntry,
    person)` pairs, oldest first), None when never approved: what printing needs for the
    tanggal penetapan, without reading the entries of the SKP's parts."""
    for entry, person in reversed(entries):
        status = entry.fields.get("status") if entry.op == "update" else None
        if (isinstance(status, list) and len(status) == 2
                and STEP_OF_TRANSITION.get((status[0], status[1])) == "approve"):
            return WorkflowStep("approve", status[0], status[1], actor_of(entry.actor, person),
                                entry.at, str(_new(entry.fields, "status_note") or ""), entry.hlc)
    return None


def _new(fields: dict, key: str):
    value = fields.get(key)
    return value[1] if isinstance(value, list) and len(value) == 2 else None


def _changes_after(hlc: str, entries: list, core_value_names: dict[str, str],
                   rhk_texts: dict[str, str]) -> list[PartChange]:
    """Net change per row between the approval (`hlc`) and now: each row's state when approved
    is replayed from the entries before it, then compared with its state after the last one."""
    before: dict[tuple[str, str], dict | None] = {}
    after: dict[tuple[str, str], dict | None] = {}
    for entry, _person in entries:
        if entry.entity not in PART_TABLES:
            continue
        key = (entry.entity, entry.entity_id)
        state = after.get(key)
        if entry.op == "insert":
            state = {k: v[1] for k, v in entry.fields.items() if isinstance(v, list)}
        elif entry.op == "delete":
            state = None
        elif entry.op in ("update", "resolve"):
            state = dict(state or {})
            state.update({k: v[1] for k, v in entry.fields.items()
                          if isinstance(v, list) and len(v) == 2 and not k.startswith("_")})
        else:
            continue
        if entry.hlc <= hlc:
            before[key] = state
        after[key] = state
    found = []
    for key in sorted(after, key=lambda k: (PART_TABLES.index(k[0]), k[1])):
        entity, entity_id = key
        old, new = before.get(key), after[key]
        hidden = _NOT_CONTENT.get(entity, set())
        if old is None and new is None:
            continue
        if old is None:
            change, fields = "added", {k: (None, v) for k, v in new.items()
                                       if k not in hidden and v not in (None, "")}
        elif new is None:
            change, fields = "removed", {k: (v, None) for k, v in old.items()
                                         if k not in hidden and v not in (None, "")}
        else:
            fields = {k: (old.get(k), new.get(k)) for k in sorted(set(old) | set(new))
                      if k not in hidden and old.get(k) != new.get(k)}
            if not fields:
                continue
            change = "changed"
        fields = {k: (_readable(k, a, core_value_names, rhk_texts),
                      _readable(k, b, core_value_names, rhk_texts)) for k, (a, b) in fields.items()}
        label = _label(entity, new if new is not None else old, core_value_names)
        found.append(PartChange(entity, entity_id, change, label, fields))
    return found


def _readable(column: str, value, core_value_names: dict[str, str], rhk_texts: dict[str, str]):
    """Ids shown as what they name (the intervened RHK's text, the core value's name)."""
    if value is None:
        return None
    if column == "parent_rhk_id":
        return rhk_texts.get(value, value)
    if column == "core_value_id":
        return core_value_names.get(value, value)
    return value


def _label(entity: str, state: dict, core_value_names: dict[str, str]) -> str:
    if entity == "skp":
        return "SKP"
    if entity == "perilaku_kerja":
        return core_value_names.get(state.get("core_value_id"), "")
    return str(state.get("text") or "")


class SkpHistoryService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def history(self, skp_id: str) -> SkpHistory:
        """Every workflow step of the SKP and its content changed since the last approval."""
        skp_id = (skp_id or "").strip()
        with self._db.reader() as uow:
            if uow.skp.summary(skp_id) is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id)
            entries = uow.skp_history.entries(skp_id)
            names = {c.id: c.name for c in uow.office.core_values()}
            parent_ids = {e.fields[k][i] for e, _p in entries if e.entity == "rhk"
                          for k in ("parent_rhk_id",) if isinstance(e.fields.get(k), list)
                          for i in (0, 1) if e.fields[k][i]}
            texts = {}
            for rhk_id in parent_ids:
                rhk = uow.skp.rhk(rhk_id)
                if rhk is not None:
                    texts[rhk_id] = rhk.text
        return build_history(skp_id, entries, names, texts)
