"""The journal entries about one SKP and its parts (RHK, indikator, perilaku, lampiran), for the
SKP's history (`services/skp_history.py`).

Which rows belonged to the SKP, also rows deleted since, comes from the `sync_row` cache (its
`skp_id` column, indexed, filled by the journal hook for every row it writes); the SKP's current
parts are added in case the cache misses a row (a database from before sync). The entries are
then read per table through the journal's (entity, entity_id) index: no scan of the journal.
"""

from __future__ import annotations

from sqlalchemy import select

from skpdesk.domain.journal import JournalEntry

from ..tables import (BehaviourRow, IndicatorRow, JournalRow, LampiranRow, RhkRow, SkpRow,
                      SyncRowRow)
from .journal import _entry

_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


class SkpHistoryRepository:
    def __init__(self, session) -> None:
        self._s = session

    def rows_of_skp(self, skp_id: str) -> dict[str, set[str]]:
        """table -> ids of every row that belongs or belonged to the SKP (the SKP included)."""
        rows: dict[str, set[str]] = {SkpRow.__tablename__: {skp_id}}
        for entity, entity_id in self._s.execute(
                select(SyncRowRow.entity, SyncRowRow.entity_id).where(SyncRowRow.skp_id == skp_id)):
            rows.setdefault(entity, set()).add(entity_id)
        rhk_ids = set(self._s.execute(select(RhkRow.id).where(RhkRow.skp_id == skp_id)).scalars())
        rows.setdefault(RhkRow.__tablename__, set()).update(rhk_ids)
        for table, stmt in (
                (IndicatorRow, select(IndicatorRow.id).join(RhkRow, RhkRow.id == IndicatorRow.rhk_id)
                 .where(RhkRow.skp_id == skp_id)),
                (BehaviourRow, select(BehaviourRow.id).where(BehaviourRow.skp_id == skp_id)),
                (LampiranRow, select(LampiranRow.id).where(LampiranRow.skp_id == skp_id))):
            rows.setdefault(table.__tablename__, set()).update(self._s.execute(stmt).scalars())
        return rows

    def skp_entries(self, skp_id: str) -> list[tuple[JournalEntry, str | None]]:
        """The journal entries of the SKP row itself (its workflow steps), oldest first."""
        found = list(self._s.execute(
            select(JournalRow).where(JournalRow.entity == SkpRow.__tablename__,
                                     JournalRow.entity_id == skp_id)).scalars())
        found.sort(key=lambda r: (r.hlc, r.device_id, r.seq))
        return [(_entry(r), r.person) for r in found]

    def entries(self, skp_id: str) -> list[tuple[JournalEntry, str | None]]:
        """Every journal entry about the SKP's rows, oldest first (HLC, then device and seq),
        each with its `person` (who was acting, canonical JSON, or None)."""
        found = []
        for entity, ids in self.rows_of_skp(skp_id).items():
            ordered = sorted(ids)
            for start in range(0, len(ordered), _CHUNK):
                chunk = ordered[start:start + _CHUNK]
                found.extend(self._s.execute(
                    select(JournalRow).where(JournalRow.entity == entity,
                                             JournalRow.entity_id.in_(chunk))).scalars())
        found.sort(key=lambda r: (r.hlc, r.device_id, r.seq))
        return [(_entry(r), r.person) for r in found]
