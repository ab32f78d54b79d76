""""Perlu tindakan": what waits for the pegawai using the app, gathered from a list of sources.

Each source (`ActionSource`) answers `items(reader, me_id, year)` from one read transaction
(`reader` is the unit of work of `db.reader()`; sources use its repositories, mostly
`reader.team`). Sources are registered in `ACTION_SOURCES` with `register_source`, so a later
issue adds its queue (follow-ups due, evaluations ...) by registering one more source, without
touching the panel that lists them. Titles and details are data (names, NIP, RHK text); the
source's `label` is the Indonesian heading, which the window translates by `key`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.team import SkpState

from .team_overview import full_name

TargetKind = Literal["skp", "pegawai", "cascade", "dialog", "new_dialog", "evidence",
                     "evaluation", "keberatan"]


@dataclass(frozen=True)
class ActionTarget:
    """Where an item is acted on: the pegawai's SKP tab ("skp"), the pegawai ("pegawai"), the
    RHK in the cascade ("cascade"), a dialog in the pegawai's "Dialog & umpan balik" tab
    ("dialog", `dialog_id`), or that tab opening a new dialog with the pegawai ("new_dialog";
    issue 10's reminders, `services.reminders`), or the pegawai's "Rencana aksi & bukti" tab on
    a cell ("evidence": `rhk_id`, `period`, and `evidence_id` when one bukti is meant), the
    pegawai's "Penilaian" tab on a period ("evaluation": `period`), or a keberatan waiting for
    the atasan's decision ("keberatan": `keberatan_id`, `period`; issue 12)."""

    kind: TargetKind
    pegawai_id: str
    skp_id: str | None = None
    rhk_id: str | None = None
    dialog_id: str | None = None
    period: str | None = None
    evidence_id: str | None = None
    keberatan_id: str | None = None


@dataclass(frozen=True)
class ActionItem:
    source: str  # the key of the source that made it
    title: str
    detail: str
    target: ActionTarget


class ActionSource(Protocol):
    key: str
    label: str

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]: ...


ACTION_SOURCES: list[ActionSource] = []


def register_source(source: ActionSource) -> ActionSource:
    """Add a source (a later one with the same key replaces the earlier one, in place)."""
    for i, known in enumerate(ACTION_SOURCES):
        if known.key == source.key:
            ACTION_SOURCES[i] = source
            return source
    ACTION_SOURCES.append(source)
    return source


def _name(row) -> str:
    return full_name(row["name"], row["front_title"], row["back_title"])


def _nip(row) -> str:
    return format_nip(row["nip"]) if row["nip"] else ""


@dataclass(frozen=True)
class AwaitingApproval:
    """SKP of the year submitted to me (I am their pejabat penilai)."""

    key: str = "awaiting_approval"
    label: str = "SKP menunggu persetujuan saya"

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        return [ActionItem(self.key, _name(r), _nip(r),
                           ActionTarget("skp", r["pegawai_id"], skp_id=r["skp_id"]))
                for r in reader.team.waiting_for_approval(me_id, year)]


@dataclass(frozen=True)
class TeamWithoutSkp:
    """My direct reports (active) with no SKP for the year."""

    key: str = "without_skp"
    label: str = "Anggota tim belum membuat SKP"

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        rows = reader.team.direct_reports(me_id, year, states=(SkpState.BELUM_DIBUAT,))
        return [ActionItem(self.key, _name(r), _nip(r), ActionTarget("skp", r["id"]))
                for r in rows]


@dataclass(frozen=True)
class ReturnedDrafts:
    """SKP of my direct reports that were returned and wait for the pegawai to resubmit."""

    key: str = "returned"
    label: str = "SKP dikembalikan, menunggu perbaikan pegawai"

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        rows = reader.team.direct_reports(me_id, year, states=(SkpState.DIKEMBALIKAN,))
        return [ActionItem(self.key, _name(r), _nip(r),
                           ActionTarget("skp", r["id"], skp_id=r["skp_id"])) for r in rows]


@dataclass(frozen=True)
class OrphanRhk:
    """Utama RHK of my direct reports that intervene none of my RHK (cascade orphans)."""

    key: str = "orphan_rhk"
    label: str = "RHK tim tanpa RHK atasan"

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        return [ActionItem(self.key, _name(r), r["rhk_text"],
                           ActionTarget("cascade", r["pegawai_id"], skp_id=r["skp_id"],
                                        rhk_id=r["rhk_id"]))
                for r in reader.team.orphan_rhk(me_id, year)]


for _source in (AwaitingApproval(), TeamWithoutSkp(), ReturnedDrafts(), OrphanRhk()):
    register_source(_source)


@dataclass(frozen=True)
class ActionGroup:
    key: str
    label: str
    items: list[ActionItem] = field(default_factory=list)


class ActionItemsService:
    def __init__(self, db, actor: str = "") -> None:
        self._db = db
        self._actor = actor

    def collect(self, me_id: str | None, year: int) -> list[ActionGroup]:
        """Every registered source's items for `me_id` (nothing when nobody is acting), in
        registration order, in one read transaction."""
        if not me_id:
            return []
        with self._db.reader() as uow:
            return [ActionGroup(s.key, s.label, list(s.items(uow, me_id, year)))
                    for s in list(ACTION_SOURCES)]
