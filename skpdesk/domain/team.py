"""The team as a supervisor sees it: each pegawai's SKP state for a year (issue 9).

`SkpState` adds two states to the stored `SkpStatus` that a supervisor needs to tell apart:
- BELUM_DIBUAT: the pegawai has no SKP for the year.
- DIKEMBALIKAN: a Draft that its pejabat penilai returned and that the pegawai has not
  resubmitted yet. The SKP row alone cannot tell it (a return and a reopen both write "draft"
  and a note), so it is read from the journal: a Draft is Dikembalikan when the newest journal
  entry that changed the SKP's status changed it *from* "diajukan" (a return). A reopened
  approved SKP (from "disetujui") and a never-submitted one are Draft. The journal travels in
  sync bundles, so every replica reaches the same state.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .skp import SkpStatus


class SkpState(str, enum.Enum):
    BELUM_DIBUAT = "belum_dibuat"
    DRAFT = "draft"
    DIKEMBALIKAN = "dikembalikan"
    DIAJUKAN = "diajukan"
    DISETUJUI = "disetujui"


SKP_STATE_LABELS = {SkpState.BELUM_DIBUAT: "Belum dibuat", SkpState.DRAFT: "Draft",
                    SkpState.DIKEMBALIKAN: "Dikembalikan", SkpState.DIAJUKAN: "Diajukan",
                    SkpState.DISETUJUI: "Disetujui"}

# The order states are listed in (filters, counts): what needs doing first.
SKP_STATE_ORDER = (SkpState.DIAJUKAN, SkpState.DIKEMBALIKAN, SkpState.DRAFT,
                   SkpState.BELUM_DIBUAT, SkpState.DISETUJUI)


def skp_state(status: str | SkpStatus | None, last_status_change_from: str | None) -> SkpState:
    """The state of a pegawai's SKP from its stored status (None: no SKP) and the old value of
    the newest journaled status change (None when the status never changed)."""
    if status is None:
        return SkpState.BELUM_DIBUAT
    status = SkpStatus(status)
    if status is SkpStatus.DRAFT:
        return (SkpState.DIKEMBALIKAN if last_status_change_from == SkpStatus.DIAJUKAN.value
                else SkpState.DRAFT)
    return SkpState(status.value)


@dataclass(frozen=True)
class UnitNode:
    """One unit kerja of the team tree with its counts (for the year and filter asked)."""

    id: str
    name: str
    parent_id: str | None
    path: str  # "Induk/Anak"
    direct: int  # pegawai in the unit itself (matching the filter)
    total: int  # pegawai in the unit and all its sub-units (matching the filter)
    states: dict[SkpState, int]  # total per state, unit and sub-units (before the filter)


@dataclass(frozen=True)
class TeamMember:
    """One pegawai row of the tree."""

    id: str
    nip: str | None
    full_name: str
    position: str
    unit_id: str
    state: SkpState
    skp_id: str | None
    active: bool = True


@dataclass(frozen=True)
class SearchMatch:
    """A pegawai found by name or NIP, with the ids of its unit chain (root first)."""

    member: TeamMember
    unit_chain: tuple[str, ...]
