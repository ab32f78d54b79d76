"""Which pegawai and which SKP carry an open sync conflict (the window's badges).

A conflict names one row (`Conflict.entity`, `Conflict.entity_id`); the team list marks the
pegawai it belongs to and the SKP tab the SKP it belongs to. This module follows each conflicted
row up to its SKP and its pegawai: pegawai → itself; skp → its pegawai; rhk → its SKP;
indikator → its RHK's SKP; lampiran_item → its SKP. A row that is absent here (deleted, or not
yet arrived: the delete/edit and orphan conflicts) cannot be followed and marks only its own
id, as do rows of other tables (unit, office settings: they are shown in the queue only).
A pure read, one reader transaction; run it on the database worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from skpdesk.domain.sync import Conflict


@dataclass(frozen=True)
class ConflictMarks:
    entity_ids: frozenset[str] = frozenset()  # every row with an open conflict
    skp_ids: frozenset[str] = frozenset()  # SKPs with a conflict on the SKP or one of its rows
    pegawai_ids: frozenset[str] = frozenset()  # pegawai with a conflict on their row or SKP
    count: int = 0  # open conflicts
    # (conflict id, its SKP id or None, its pegawai id or None), in the order of the conflicts
    owners: tuple[tuple[str, str | None, str | None], ...] = ()

    def conflicts_of(self, entity_id: str) -> list[str]:
        """Ids of the conflicts on that row, or on a row of that SKP or that pegawai."""
        return [cid for cid, skp_id, pegawai_id in self.owners
                if entity_id in (skp_id, pegawai_id)]

    def has_pegawai(self, pegawai_id: str | None) -> bool:
        return bool(pegawai_id) and pegawai_id in self.pegawai_ids

    def has_skp(self, skp_id: str | None) -> bool:
        return bool(skp_id) and skp_id in self.skp_ids


def conflict_marks(db, conflicts: Iterable[Conflict]) -> ConflictMarks:
    conflicts = list(conflicts)
    entity_ids = {c.entity_id for c in conflicts}
    skp_ids: set[str] = set()
    pegawai_ids: set[str] = set()
    owners: list[tuple[str, str | None, str | None]] = []
    with db.reader() as uow:
        for conflict in conflicts:
            entity, row_id = conflict.entity, conflict.entity_id
            skp_id = pegawai_id = None
            if entity == "pegawai":
                pegawai_id = row_id
            elif entity == "skp":
                skp_id = row_id
            elif entity == "rhk":
                rhk = uow.skp.rhk(row_id)
                skp_id = rhk.skp_id if rhk else None
            elif entity == "indikator":
                indicator = uow.skp.indicator(row_id)
                rhk = uow.skp.rhk(indicator.rhk_id) if indicator else None
                skp_id = rhk.skp_id if rhk else None
            elif entity == "lampiran_item":
                item = uow.skp.lampiran_item(row_id)
                skp_id = item.skp_id if item else None
            if skp_id is not None:
                skp_ids.add(skp_id)
                summary = uow.skp.summary(skp_id)
                pegawai_id = summary.pegawai_id if summary is not None else None
            if pegawai_id is not None:
                pegawai_ids.add(pegawai_id)
            owners.append((conflict.id, skp_id, pegawai_id))
    return ConflictMarks(frozenset(entity_ids), frozenset(skp_ids), frozenset(pegawai_ids),
                         len(conflicts), tuple(owners))
