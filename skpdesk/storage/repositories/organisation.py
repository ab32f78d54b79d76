"""Predikat kinerja organisasi rows <-> `domain.evaluation.OrgPredikatRecord` (issue 12).

One row per unit and period (natural id "<unit_id>/predikat/<period>"): the same predicate set
on two laptops meets as one row with a value conflict. Clearing deletes the row (sync merges
existence like a field), so setting it again reuses the id. Advisory inputs
(`masukan_penilaian`) belong here too (helper "orgdist" adds them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from skpdesk.domain.evaluation import OrgPredikat, OrgPredikatRecord
from skpdesk.domain.ids import natural_id

from ..tables import OrgPredikatRow
from .base import RepositoryBase
from .office import OfficeRepository


def org_predikat_id(unit_id: str, period: str) -> str:
    return natural_id(f"{unit_id}/predikat/{period}")


class OrganisationRepository(RepositoryBase):
    def org_predikat(self, unit_id: str, period: str) -> OrgPredikatRecord | None:
        row = self._org_row(unit_id, period)
        return self._record(row, self._paths()) if row is not None else None

    def org_predikats(self, period: str | None = None) -> list[OrgPredikatRecord]:
        """Every unit's predicate (of one period, or all), by period then unit path."""
        stmt = select(OrgPredikatRow)
        if period is not None:
            stmt = stmt.where(OrgPredikatRow.period == period)
        paths = self._paths()
        records = [self._record(r, paths) for r in self._s.execute(stmt.order_by(OrgPredikatRow.id))
                   .scalars()]
        seen: set[tuple[str, str]] = set()
        unique = []
        for rec in records:  # a key held twice (two replicas before they met): the lowest id
            if (rec.unit_id, rec.period) not in seen:
                seen.add((rec.unit_id, rec.period))
                unique.append(rec)
        return sorted(unique, key=lambda r: (r.period, r.unit_path))

    def set_org_predikat(self, unit_id: str, period: str, fields: dict[str, Any]
                         ) -> OrgPredikatRecord:
        """Insert or update the predicate of (unit_id, period); `fields` the other columns."""
        row = self._org_row(unit_id, period)
        if row is None:
            row = self._add(OrgPredikatRow, key_id=org_predikat_id(unit_id, period),
                            unit_id=unit_id, period=period, **fields)
        else:
            self._update(row, fields)
        return self._record(row, self._paths())

    def delete_org_predikat(self, unit_id: str, period: str) -> bool:
        row = self._org_row(unit_id, period)
        if row is None:
            return False
        self._delete(row)
        return True

    def _org_row(self, unit_id: str, period: str) -> OrgPredikatRow | None:
        return self._s.execute(select(OrgPredikatRow).where(
            OrgPredikatRow.unit_id == unit_id, OrgPredikatRow.period == period)
            .order_by(OrgPredikatRow.id).limit(1)).scalar()

    def _paths(self) -> dict[str, str]:
        return OfficeRepository(self._s, self._changes).unit_paths()

    @staticmethod
    def _record(row: OrgPredikatRow, paths: dict[str, str]) -> OrgPredikatRecord:
        return OrgPredikatRecord(id=row.id, unit_id=row.unit_id,
                                 unit_path=paths.get(row.unit_id, ""), period=row.period,
                                 predikat=OrgPredikat(row.predikat), set_on=row.set_on,
                                 set_by_id=row.set_by_id, set_by_name=row.set_by_name,
                                 note=row.note or "")
