"""Predikat kinerja organisasi rows <-> `domain.evaluation.OrgPredikatRecord` (issue 12).

One row per unit and period (natural id "<unit_id>/predikat/<period>"): the same predicate set
on two laptops meets as one row with a value conflict. Clearing deletes the row (sync merges
existence like a field), so setting it again reuses the id. Advisory inputs
(`masukan_penilaian`) belong here too (helper "orgdist" adds them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from skpdesk.domain.evaluation import (AdvisoryInput, AdvisorySource, OrgPredikat,
                                      OrgPredikatRecord, Predikat, Rating)
from skpdesk.domain.ids import natural_id

from ..evaluation_tables import AdvisoryInputRow, EvaluationRow
from ..tables import OrgPredikatRow, SkpRow
from .base import RepositoryBase
from .office import OfficeRepository


_NO_DATE = dt.date.min


@dataclass(frozen=True)
class PeriodSkp:
    """The SKP of a pegawai in a period (the distribution check's scope, advisory inputs)."""

    skp_id: str
    pegawai_id: str
    appraiser_id: str | None


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

    # --- the distribution check
    def evaluation_predikats(self, period: str, pegawai_ids) -> dict[str, Predikat]:
        """pegawai id -> the predikat of their current evaluation revision of `period` (any
        status; revisions without a predikat are left out). With two SKPs of a pegawai in the
        period, the one whose current revision was rated last wins."""
        wanted = set(pegawai_ids)
        if not wanted:
            return {}
        rows = self._s.execute(
            select(EvaluationRow.skp_id, EvaluationRow.pegawai_id, EvaluationRow.revision,
                   EvaluationRow.predikat, EvaluationRow.rated_on, EvaluationRow.id)
            .where(EvaluationRow.period == period)).all()
        current: dict[str, tuple] = {}   # skp_id -> the highest revision's row
        for row in rows:
            if row.pegawai_id not in wanted:
                continue
            best = current.get(row.skp_id)
            if best is None or (row.revision, row.id) > (best.revision, best.id):
                current[row.skp_id] = row
        result: dict[str, tuple] = {}
        for row in current.values():
            if not row.predikat:
                continue
            seen = result.get(row.pegawai_id)
            key = (row.rated_on or _NO_DATE, row.skp_id)
            if seen is None or key > seen[0]:
                result[row.pegawai_id] = (key, Predikat(row.predikat))
        return {pid: value for pid, (_, value) in result.items()}

    def period_skps(self, year: int, start: dt.date, end: dt.date,
                    pegawai_id: str | None = None) -> dict[str, PeriodSkp]:
        """pegawai id -> the SKP of a period: of the year and overlapping start..end; of two (a
        mutation mid-year), the one covering the period's end, else the later one."""
        stmt = select(SkpRow.id, SkpRow.pegawai_id, SkpRow.appraiser_id, SkpRow.period_start,
                      SkpRow.period_end).where(SkpRow.year == year, SkpRow.period_start <= end,
                                               SkpRow.period_end >= start)
        if pegawai_id is not None:
            stmt = stmt.where(SkpRow.pegawai_id == pegawai_id)
        best: dict[str, tuple] = {}
        for row in self._s.execute(stmt.order_by(SkpRow.id)).all():
            key = (row.period_start <= end <= row.period_end, row.period_start)
            seen = best.get(row.pegawai_id)
            if seen is None or key > seen[0]:
                best[row.pegawai_id] = (key, PeriodSkp(row.id, row.pegawai_id, row.appraiser_id))
        return {pid: value for pid, (_, value) in best.items()}

    # --- advisory inputs (masukan penilaian)
    def add_advisory(self, fields: dict[str, Any]) -> AdvisoryInput:
        row = self._add(AdvisoryInputRow, **fields)
        return self._advisory(row)

    def advisory(self, advisory_id: str) -> AdvisoryInput | None:
        row = self._s.get(AdvisoryInputRow, advisory_id)
        return self._advisory(row) if row is not None else None

    def advisory_inputs(self, skp_id: str, period: str) -> list[AdvisoryInput]:
        """Every input of an SKP and period (for the aggregate only: never shown one by one)."""
        rows = self._s.execute(select(AdvisoryInputRow).where(
            AdvisoryInputRow.skp_id == skp_id, AdvisoryInputRow.period == period)
            .order_by(AdvisoryInputRow.recorded_on, AdvisoryInputRow.id)).scalars()
        return [self._advisory(r) for r in rows]

    def delete_advisory(self, advisory_id: str) -> bool:
        row = self._s.get(AdvisoryInputRow, advisory_id)
        if row is None:
            return False
        self._delete(row)
        return True

    @staticmethod
    def _advisory(row: AdvisoryInputRow) -> AdvisoryInput:
        return AdvisoryInput(id=row.id, skp_id=row.skp_id, period=row.period,
                             source=AdvisorySource(row.source),
                             rating=Rating(row.rating) if row.rating else None,
                             comment=row.comment or "", recorded_on=row.recorded_on)

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
