"""Sync vocabulary shared by storage, services, the bundle files, the CLI and the window.

SKP Desk replicas (the office's central copy and the supervisors' laptops) exchange the change
journal's entries ("operations") in signed, encrypted `.skpbundle` files. The state of every
synced row is a pure function of the set of operations known about it (`PEERS-AND-SYNC.md`
B3.4), so replicas that hold the same operations hold the same rows and show the same
conflicts, whatever order the bundles arrived in. Plain values only: stdlib, no I/O.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from typing import Any

# A version vector: for each device id, the highest sequence number such that every operation
# of that device up to it is held here (contiguous prefix). What a bundle does not need to carry.
VersionVector = dict[str, int]


class MergeClass(str, enum.Enum):
    """How the operations on the rows of one table are merged (declared per table)."""

    APPEND_ONLY = "append_only"  # facts: union by operation id, never a conflict
    MUTABLE = "mutable"          # field-level: last writer by (HLC, device), conflict if concurrent
    WORKFLOW = "workflow"        # the SKP: status forward only by (epoch, rank); content frozen
    LOCAL = "local"              # this replica's own bookkeeping: never leaves the file


@dataclass(frozen=True)
class SyncRule:
    """How one table takes part in sync (`__sync__` on every table class; a test enforces it).

    - `natural_key`: columns two replicas may fill identically on different rows (a NIP): live
      duplicates become `ConflictKind.DUPLICATE` instead of a crash.
    - `required_parents`: NOT NULL references (column -> table): a row whose parent is absent is
      absent too (`ConflictKind.ORPHAN`). `optional_parents`: nullable references, materialised
      as NULL while their row is absent.
    - `owner`: how the owning SKP is found for SKP content ("self" for the SKP itself, else the
      column holding the SKP id, or "rhk_id" for an indicator): content is frozen by its epoch.
    - `attachments`: columns holding a content-addressed file name (sha256 + extension).
    """

    merge: "MergeClass"
    natural_key: tuple[str, ...] = ()
    required_parents: dict[str, str] = field(default_factory=dict)
    optional_parents: dict[str, str] = field(default_factory=dict)
    owner: str | None = None
    attachments: tuple[str, ...] = ()


class ConflictKind(str, enum.Enum):
    VALUE = "nilai"              # one field changed on two replicas since their common base
    DELETE_EDIT = "hapus_ubah"   # deleted on one replica, changed on another
    FROZEN_EDIT = "ubah_terkunci"  # edited in Draft while another replica submitted/approved it
    WORKFLOW = "status"          # two replicas moved the SKP to different states
    DUPLICATE = "duplikat"       # two live rows with one natural key (NIP, unit path, SKP year)
    ORPHAN = "induk_hilang"      # a row whose required parent was deleted on another replica


CONFLICT_KIND_LABELS = {
    ConflictKind.VALUE: "Diubah di dua tempat",
    ConflictKind.DELETE_EDIT: "Dihapus di satu tempat, diubah di tempat lain",
    ConflictKind.FROZEN_EDIT: "Diubah setelah SKP diajukan/disetujui di tempat lain",
    ConflictKind.WORKFLOW: "Status SKP diubah berbeda di dua tempat",
    ConflictKind.DUPLICATE: "Data yang sama dibuat di dua tempat",
    ConflictKind.ORPHAN: "Induk data dihapus di tempat lain",
}


def conflict_id(kind: ConflictKind, entity: str, entity_id: str, field: str | None) -> str:
    """The same short id on every replica for the same conflict (shown and typed by people)."""
    digest = hashlib.sha256(f"{kind.value}|{entity}|{entity_id}|{field or ''}".encode()).hexdigest()
    return "K" + digest[:9].upper()


# Workflow ranks of the SKP status (`skp.status`): forward only within an epoch.
STATUS_RANK = {"draft": 0, "diajukan": 1, "disetujui": 2}
# The SKP columns merged as one register by (epoch, rank, hlc, device).
WORKFLOW_FIELDS = ("status", "status_note", "epoch")
EXISTS = "_exists"       # the pseudo-field of a row's existence (insert true, delete false)
RESOLVE = "_resolve"     # the pseudo-field of an op="resolve" entry


def op_ref(device_id: str, seq: int) -> str:
    """How an operation is named inside another operation's `base` ("<device id>:<seq>")."""
    return f"{device_id}:{seq}"


@dataclass(frozen=True)
class ConflictSide:
    """One competing value, with who wrote it, on which replica and when."""

    value: Any                  # the field's value on this side (None: the row deleted)
    device_id: str
    device_name: str            # the replica's human name ("Laptop Bu Ratna"), or its id
    actor: str
    at: str                     # ISO time the change was made on its replica
    hlc: str
    op: str                     # op_ref of the operation that wrote this side
    mine: bool                  # "mine": written on this replica, or the value held here first


@dataclass(frozen=True)
class Conflict:
    id: str                     # conflict_id(...): stable across replicas
    kind: ConflictKind
    entity: str                 # table name
    entity_id: str
    field: str | None           # None for whole-row conflicts (delete/edit, duplicate, orphan)
    label: str                  # what the row is, for people ("RHK 2, SKP 2026 Budi Santoso")
    current: Any                # the provisional value every replica shows until resolved
    sides: tuple[ConflictSide, ...]


class Keep(str, enum.Enum):
    MINE = "mine"
    THEIRS = "theirs"
    VALUE = "value"             # an edited value typed by the person resolving


@dataclass
class ApplyReport:
    """What one import did (the `sync import` report; counts are of rows unless noted)."""

    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0          # conflicts opened by this import
    waiting_attachments: int = 0  # rows whose attachment file has not arrived yet
    already_applied: int = 0    # operations this replica already held (bundle seen before)
    operations: int = 0         # operations newly stored
    per_entity: dict[str, int] = field(default_factory=dict)  # new operations per table
