"""Periods (rhythm per year, batas pengisian), rencana aksi and realisasi rows <-> domain values.

The four tables have natural keys (schema 0010): one rhythm row per year, one deadline row per
period name, one rencana aksi per RHK and period, one realisasi per indicator and period. Their
ids are derived from the key (`domain.ids.natural_id`) so two laptops filling the same cell
write one row and meet as a value conflict. A cleared cell is a deleted row (sync merges
existence like a field, docs/sync-merge.md §2), so filling it again reuses the same id.

The bukti dukung rows belong to `repositories.evidence` (helper "evidence"); this repository
only counts them (the grid's per-cell counts, the rhythm lock, the RHK deletion guard) with
aggregate queries, so the grid is one read without loading every bukti.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import aliased

from skpdesk.domain.evidence import Realisasi, RencanaAksi
from skpdesk.domain.ids import natural_id

from ..tables import (ActionPlanRow, EvidenceRow, PeriodDeadlineRow, PeriodYearRow,
                      RealisasiRow)
from .base import RepositoryBase


def period_year_id(year: int) -> str:
    return natural_id(f"periode/{int(year)}")


def deadline_id(period: str) -> str:
    return natural_id(f"batas/{period}")


def action_plan_id(rhk_id: str, period: str) -> str:
    return natural_id(f"{rhk_id}/aksi/{period}")


def realisasi_id(indicator_id: str, period: str) -> str:
    return natural_id(f"{indicator_id}/realisasi/{period}")


@dataclass(frozen=True)
class EvidenceCount:
    """Current bukti dukung (not replaced by a newer version) of one RHK or indicator in one
    period, by status; `file_refs` the stored file of each file bukti among them (one entry per
    bukti: the caller tells "menunggu lampiran" by looking in the store)."""

    total: int
    accepted: int
    rejected: int
    waiting: int
    file_refs: tuple[str, ...]


@dataclass(frozen=True)
class RecordCounts:
    """How many rencana aksi, realisasi and (current and older) bukti dukung something has."""

    action_plans: int = 0
    realisasi: int = 0
    evidence: int = 0

    @property
    def total(self) -> int:
        return self.action_plans + self.realisasi + self.evidence


def _plan(row: ActionPlanRow) -> RencanaAksi:
    return RencanaAksi(id=row.id, skp_id=row.skp_id, rhk_id=row.rhk_id, period=row.period,
                       text=row.text or "", target=row.target or "", updated_on=row.updated_on,
                       author_id=row.author_id, author_name=row.author_name or "")


def _realisasi(row: RealisasiRow) -> Realisasi:
    return Realisasi(id=row.id, skp_id=row.skp_id, rhk_id=row.rhk_id,
                     indicator_id=row.indikator_id, period=row.period, value=row.value or "",
                     entered_on=row.entered_on, entered_by_id=row.entered_by_id,
                     entered_by_name=row.entered_by_name or "")


class PlansRepository(RepositoryBase):
    # --- rhythm per year
    def rhythm_of_year(self, year: int) -> str | None:
        """The rhythm fixed for `year` (the lowest id should a copy hold two), or None."""
        return self._s.execute(select(PeriodYearRow.rhythm).where(PeriodYearRow.year == int(year))
                               .order_by(PeriodYearRow.id).limit(1)).scalar()

    def set_rhythm_of_year(self, year: int, rhythm: str) -> bool:
        row = self._s.execute(select(PeriodYearRow).where(PeriodYearRow.year == int(year))
                              .order_by(PeriodYearRow.id).limit(1)).scalar()
        if row is None:
            self._add(PeriodYearRow, key_id=period_year_id(year), year=int(year), rhythm=rhythm)
            return True
        return self._update(row, {"rhythm": rhythm})

    # --- batas pengisian
    def deadlines(self, names: list[str] | None = None) -> dict[str, dt.date]:
        """The deadlines the office set, by period name (all, or those of `names`)."""
        stmt = select(PeriodDeadlineRow.period, PeriodDeadlineRow.deadline).order_by(
            PeriodDeadlineRow.id.desc())  # the lowest id wins below, as for the rhythm
        if names is not None:
            stmt = stmt.where(PeriodDeadlineRow.period.in_(names))
        return {period: deadline for period, deadline in self._s.execute(stmt).all()}

    def set_deadline(self, period: str, deadline: dt.date) -> bool:
        row = self._deadline_row(period)
        if row is None:
            self._add(PeriodDeadlineRow, key_id=deadline_id(period), period=period,
                      deadline=deadline)
            return True
        return self._update(row, {"deadline": deadline})

    def clear_deadline(self, period: str) -> bool:
        found = False
        while (row := self._deadline_row(period)) is not None:
            self._delete(row)
            found = True
        return found

    def _deadline_row(self, period: str) -> PeriodDeadlineRow | None:
        return self._s.execute(select(PeriodDeadlineRow).where(PeriodDeadlineRow.period == period)
                               .order_by(PeriodDeadlineRow.id).limit(1)).scalar()

    # --- rencana aksi
    def action_plan(self, rhk_id: str, period: str) -> RencanaAksi | None:
        row = self._plan_row(rhk_id, period)
        return _plan(row) if row is not None else None

    def set_action_plan(self, rhk_id: str, period: str, fields: dict[str, Any]) -> RencanaAksi:
        """Insert or update the rencana aksi of (rhk_id, period); `fields` the other columns."""
        row = self._plan_row(rhk_id, period)
        if row is None:
            row = self._add(ActionPlanRow, key_id=action_plan_id(rhk_id, period), rhk_id=rhk_id,
                            period=period, **fields)
        else:
            self._update(row, fields)
        return _plan(row)

    def delete_action_plan(self, rhk_id: str, period: str) -> bool:
        row = self._plan_row(rhk_id, period)
        if row is None:
            return False
        self._delete(row)
        return True

    def action_plans(self, skp_id: str, period: str | None = None) -> list[RencanaAksi]:
        stmt = select(ActionPlanRow).where(ActionPlanRow.skp_id == skp_id)
        if period is not None:
            stmt = stmt.where(ActionPlanRow.period == period)
        return [_plan(r) for r in self._s.execute(
            stmt.order_by(ActionPlanRow.period, ActionPlanRow.rhk_id, ActionPlanRow.id)).scalars()]

    def _plan_row(self, rhk_id: str, period: str) -> ActionPlanRow | None:
        return self._s.execute(select(ActionPlanRow).where(
            ActionPlanRow.rhk_id == rhk_id, ActionPlanRow.period == period)
            .order_by(ActionPlanRow.id).limit(1)).scalar()

    # --- realisasi
    def realisasi(self, indicator_id: str, period: str) -> Realisasi | None:
        row = self._realisasi_row(indicator_id, period)
        return _realisasi(row) if row is not None else None

    def set_realisasi(self, indicator_id: str, period: str, fields: dict[str, Any]) -> Realisasi:
        row = self._realisasi_row(indicator_id, period)
        if row is None:
            row = self._add(RealisasiRow, key_id=realisasi_id(indicator_id, period),
                            indikator_id=indicator_id, period=period, **fields)
        else:
            self._update(row, fields)
        return _realisasi(row)

    def delete_realisasi(self, indicator_id: str, period: str) -> bool:
        row = self._realisasi_row(indicator_id, period)
        if row is None:
            return False
        self._delete(row)
        return True

    def realisasi_of_skp(self, skp_id: str, period: str | None = None) -> list[Realisasi]:
        stmt = select(RealisasiRow).where(RealisasiRow.skp_id == skp_id)
        if period is not None:
            stmt = stmt.where(RealisasiRow.period == period)
        return [_realisasi(r) for r in self._s.execute(
            stmt.order_by(RealisasiRow.period, RealisasiRow.rhk_id, RealisasiRow.indikator_id,
                          RealisasiRow.id)).scalars()]

    def realisasi_keys(self, skp_ids: list[str], period: str) -> set[tuple[str, str]]:
        """(skp_id, indicator_id) pairs that have a non-empty realisasi in `period` (Perlu
        tindakan reads many SKPs at once)."""
        found: set[tuple[str, str]] = set()
        for start in range(0, len(skp_ids), 500):  # SQLite's bound-parameter limit
            chunk = skp_ids[start:start + 500]
            found.update(self._s.execute(select(RealisasiRow.skp_id, RealisasiRow.indikator_id)
                                         .where(RealisasiRow.skp_id.in_(chunk),
                                                RealisasiRow.period == period,
                                                RealisasiRow.value != "")).tuples())
        return found

    def _realisasi_row(self, indicator_id: str, period: str) -> RealisasiRow | None:
        return self._s.execute(select(RealisasiRow).where(
            RealisasiRow.indikator_id == indicator_id, RealisasiRow.period == period)
            .order_by(RealisasiRow.id).limit(1)).scalar()

    # --- "Perlu tindakan": realisasi missing before a batas pengisian
    def indicator_progress(self, me_id: str, year: int, period: str):
        """One row per indicator of the SKPs of `year` of `me_id` and of the active pegawai
        whose pejabat penilai `me_id` is (the SKP's appraiser, else the pegawai's supervisor):
        the pegawai, the SKP's dates, the RHK, and `done` = a non-empty realisasi in `period`.
        Ordered by pegawai name, then RHK (Utama first) and indicator position."""
        return self._s.execute(text(
            "SELECT s.id AS skp_id, s.period_start, s.period_end, p.id AS pegawai_id, p.name, "
            "p.front_title, p.back_title, p.nip, r.id AS rhk_id, i.id AS indicator_id, "
            "EXISTS (SELECT 1 FROM realisasi x WHERE x.indikator_id = i.id "
            "        AND x.period = :period AND x.value != '') AS done "
            "FROM skp s JOIN pegawai p ON p.id = s.pegawai_id "
            "JOIN rhk r ON r.skp_id = s.id JOIN indikator i ON i.rhk_id = r.id "
            "WHERE s.year = :year AND (s.pegawai_id = :me OR "
            "      (COALESCE(s.appraiser_id, p.supervisor_id) = :me "
            "       AND p.employment_status = 'aktif')) "
            "ORDER BY p.name, p.id, s.period_start, s.id, r.kind DESC, r.position, r.id, "
            "i.position, i.id"), {"me": me_id, "year": int(year), "period": period}
        ).mappings().all()

    # --- counts
    def evidence_counts(self, skp_id: str) -> dict[tuple[str, str | None, str], EvidenceCount]:
        """Current bukti dukung of an SKP by (rhk_id, indicator_id or None, period)."""
        newer = aliased(EvidenceRow)
        current = ~select(newer.id).where(newer.replaces_id == EvidenceRow.id).exists()
        rows = self._s.execute(select(EvidenceRow.rhk_id, EvidenceRow.indikator_id,
                                      EvidenceRow.period, EvidenceRow.status, EvidenceRow.file_ref)
                               .where(EvidenceRow.skp_id == skp_id, current)).all()
        tally: dict[tuple[str, str | None, str], list] = {}
        for rhk_id, indicator_id, period, status, file_ref in rows:
            entry = tally.setdefault((rhk_id, indicator_id, period), [0, 0, 0, 0, []])
            entry[0] += 1
            entry[1] += status == "diterima"
            entry[2] += status == "ditolak"
            entry[3] += status == "menunggu"
            if file_ref:
                entry[4].append(file_ref)
        return {key: EvidenceCount(t, a, r, w, tuple(refs))
                for key, (t, a, r, w, refs) in tally.items()}

    def counts_for_rhk(self, rhk_id: str) -> RecordCounts:
        """Everything of issue 11 hanging on an RHK (its indicators' realisasi included)."""
        return RecordCounts(
            self._count(ActionPlanRow, ActionPlanRow.rhk_id == rhk_id),
            self._count(RealisasiRow, RealisasiRow.rhk_id == rhk_id),
            self._count(EvidenceRow, EvidenceRow.rhk_id == rhk_id))

    def counts_for_indicator(self, indicator_id: str) -> RecordCounts:
        return RecordCounts(
            0, self._count(RealisasiRow, RealisasiRow.indikator_id == indicator_id),
            self._count(EvidenceRow, EvidenceRow.indikator_id == indicator_id))

    def periodic_counts(self, year: int, keep: list[str]) -> RecordCounts:
        """Records of `year`'s periodic periods whose name is not in `keep` (Akhir never
        counts: it fits every rhythm)."""
        def outside(col):
            return and_(col.like(f"{int(year):04d}-%"), col != f"{int(year):04d}-AKHIR",
                        col.not_in(keep))
        return RecordCounts(self._count(ActionPlanRow, outside(ActionPlanRow.period)),
                            self._count(RealisasiRow, outside(RealisasiRow.period)),
                            self._count(EvidenceRow, outside(EvidenceRow.period)))

    def _count(self, row_cls, where) -> int:
        return self._s.execute(select(func.count()).select_from(row_cls).where(where)).scalar_one()
