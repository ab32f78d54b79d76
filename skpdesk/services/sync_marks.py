"""Which pegawai and which SKP carry an open sync conflict (the window's badges).

A conflict names one row (`Conflict.entity`, `Conflict.entity_id`); the team list marks the
pegawai it belongs to and the SKP tab the SKP it belongs to. This module follows each conflicted
row up to its SKP and its pegawai, from the row's values kept in the conflict cache (so a row
deleted on one side, or not materialised: delete/edit and orphan conflicts, is followed too):
pegawai → itself; skp → its pegawai; rhk, perilaku_kerja, lampiran_item, printed_document →
their SKP; indikator → its RHK's SKP. Rows of other tables (unit, office settings) mark only
their own id: they are shown in the queue. A pure read in one reader transaction, which only
looks rows up by id; run it on the database worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from skpdesk.domain.sync import Conflict

SKP_OWNED = ("rhk", "perilaku_kerja", "lampiran_item", "printed_document")


@dataclass(frozen=True)
class ConflictMarks:
    entity_ids: frozenset[str] = frozenset()  # every row with an open conflict
    skp_ids: frozenset[str] = frozenset()  # SKPs with a conflict on the SKP or one of its rows
    pegawai_ids: frozenset[str] = frozenset()  # pegawai with a conflict on their row or SKP
    count: int = 0  # open conflicts
    # (conflict id, its SKP id or None, its pegawai id or None), in the order of the conflicts
    owners: tuple[tuple[str, str | None, str | None], ...] = ()

    def has_pegawai(self, pegawai_id: str | None) -> bool:
        return bool(pegawai_id) and pegawai_id in self.pegawai_ids

    def has_skp(self, skp_id: str | None) -> bool:
        return bool(skp_id) and skp_id in self.skp_ids

    def conflicts_of(self, entity_id: str) -> list[str]:
        """Ids of the conflicts on a row of that SKP or of that pegawai."""
        return [cid for cid, skp_id, pegawai_id in self.owners
                if entity_id in (skp_id, pegawai_id)]


def conflict_marks(db, conflicts: Iterable[Conflict]) -> ConflictMarks:
    conflicts = list(conflicts)
    skp_ids: set[str] = set()
    pegawai_ids: set[str] = set()
    owners: list[tuple[str, str | None, str | None]] = []
    with db.reader() as uow:
        values_of = {r["id"]: r.get("row") or {} for r in uow.sync.conflict_rows(
            {c.entity_id for c in conflicts})} if conflicts else {}

        def row(entity: str, row_id: str | None) -> dict:
            if not row_id:
                return {}
            return uow.sync.live_row(entity, row_id) or uow.sync.state(entity, row_id).values

        for conflict in conflicts:
            entity, values = conflict.entity, values_of.get(conflict.id, {})
            skp_id = pegawai_id = None
            if entity == "pegawai":
                pegawai_id = conflict.entity_id
            elif entity == "skp":
                skp_id = conflict.entity_id
                pegawai_id = values.get("pegawai_id") or row("skp", skp_id).get("pegawai_id")
            else:
                if entity in SKP_OWNED:
                    skp_id = values.get("skp_id") or row(entity, conflict.entity_id).get("skp_id")
                elif entity == "indikator":
                    rhk_id = (values.get("rhk_id")
                              or row("indikator", conflict.entity_id).get("rhk_id"))
                    skp_id = row("rhk", rhk_id).get("skp_id")
                pegawai_id = row("skp", skp_id).get("pegawai_id") if skp_id else None
            if skp_id:
                skp_ids.add(skp_id)
            if pegawai_id:
                pegawai_ids.add(pegawai_id)
            owners.append((conflict.id, skp_id, pegawai_id))
    return ConflictMarks(frozenset(c.entity_id for c in conflicts), frozenset(skp_ids),
                         frozenset(pegawai_ids), len(conflicts), tuple(owners))
