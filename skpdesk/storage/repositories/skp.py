"""SKP and its parts (RHK, indikator, perilaku kerja, lampiran) <-> `domain.skp` values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from skpdesk.domain.cascade import CascadeRow
from skpdesk.domain.skp import (Approach, Aspect, BehaviourExpectation, Indicator, LampiranItem,
                                LampiranSection, Perspective, Rhk, RhkKind, Skp, SkpForm, SkpStatus,
                                SkpSummary)

from ..tables import (BehaviourRow, CoreValueRow, IndicatorRow, LampiranRow, PegawaiRow, RhkRow,
                      SkpRow)
from .base import RepositoryBase
from .office import core_value_from_row


def _summary(row: SkpRow) -> SkpSummary:
    return SkpSummary(row.id, row.pegawai_id, row.year, row.period_start, row.period_end,
                      SkpStatus(row.status))


def _indicator(row: IndicatorRow) -> Indicator:
    return Indicator(row.id, row.rhk_id, row.position, Aspect(row.aspect) if row.aspect else None,
                     row.text, row.target_value or "", row.target_unit or "")


class SkpRepository(RepositoryBase):
    # --- SKP
    def find(self, pegawai_id: str, year: int) -> SkpSummary | None:
        """The SKP of a pegawai for a year; with several (moved mid-year), the latest period."""
        row = self._s.execute(
            select(SkpRow).where(SkpRow.pegawai_id == pegawai_id, SkpRow.year == year)
            .order_by(SkpRow.period_start.desc()).limit(1)).scalar_one_or_none()
        return _summary(row) if row else None

    def list_for_pegawai(self, pegawai_id: str) -> list[SkpSummary]:
        rows = self._s.execute(select(SkpRow).where(SkpRow.pegawai_id == pegawai_id)
                               .order_by(SkpRow.period_start)).scalars()
        return [_summary(r) for r in rows]

    def list_for_year(self, year: int) -> list[SkpSummary]:
        rows = self._s.execute(select(SkpRow).where(SkpRow.year == year)).scalars()
        return [_summary(r) for r in rows]

    def summary(self, skp_id: str) -> SkpSummary | None:
        row = self._s.get(SkpRow, skp_id)
        return _summary(row) if row else None

    def overlapping(self, pegawai_id: str, start: dt.date, end: dt.date) -> SkpSummary | None:
        row = self._s.execute(select(SkpRow).where(
            SkpRow.pegawai_id == pegawai_id, SkpRow.period_start <= end,
            SkpRow.period_end >= start).limit(1)).scalar_one_or_none()
        return _summary(row) if row else None

    def create(self, fields: dict[str, Any]) -> str:
        return self._add(SkpRow, revision=1, status_note="", **fields).id

    def update(self, skp_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(SkpRow, skp_id), fields)

    def load(self, skp_id: str) -> Skp | None:
        row = self._s.get(SkpRow, skp_id)
        if row is None:
            return None
        parent = aliased(RhkRow)
        rhk_rows = self._s.execute(
            select(RhkRow, parent.text).outerjoin(parent, parent.id == RhkRow.parent_rhk_id)
            .where(RhkRow.skp_id == skp_id)
            .order_by(case((RhkRow.kind == "utama", 0), else_=1), RhkRow.position)).all()
        ind_rows = self._s.execute(
            select(IndicatorRow).join(RhkRow, RhkRow.id == IndicatorRow.rhk_id)
            .where(RhkRow.skp_id == skp_id).order_by(IndicatorRow.position)).scalars().all()
        by_rhk: dict[str, list[Indicator]] = {}
        for ind in ind_rows:
            by_rhk.setdefault(ind.rhk_id, []).append(_indicator(ind))
        rhk = tuple(
            Rhk(r.id, r.skp_id, RhkKind(r.kind), r.position, r.text, r.parent_rhk_id,
                Perspective(r.perspective) if r.perspective else None, r.assignment_from or "",
                tuple(by_rhk.get(r.id, ())), ptext)
            for r, ptext in rhk_rows)
        beh_rows = self._s.execute(
            select(BehaviourRow, CoreValueRow).join(CoreValueRow)
            .where(BehaviourRow.skp_id == skp_id).order_by(CoreValueRow.number)).all()
        behaviours = tuple(BehaviourExpectation(b.id, b.skp_id, core_value_from_row(c), b.expectation)
                           for b, c in beh_rows)
        lamp_rows = self._s.execute(select(LampiranRow).where(LampiranRow.skp_id == skp_id)
                                    .order_by(LampiranRow.section, LampiranRow.position)).scalars()
        lampiran = tuple(LampiranItem(x.id, x.skp_id, LampiranSection(x.section), x.position, x.text)
                         for x in lamp_rows)
        return Skp(id=row.id, pegawai_id=row.pegawai_id, appraiser_id=row.appraiser_id,
                   year=row.year, period_start=row.period_start, period_end=row.period_end,
                   approach=Approach(row.approach), form=SkpForm(row.form), position=row.position,
                   unit_path=row.unit_path, status=SkpStatus(row.status),
                   status_note=row.status_note or "", revision=row.revision, rhk=rhk,
                   behaviours=behaviours, lampiran=lampiran, updated_at=row.updated_at)

    # --- RHK
    def rhk(self, rhk_id: str) -> Rhk | None:
        r = self._s.get(RhkRow, rhk_id)
        if r is None:
            return None
        inds = self._s.execute(select(IndicatorRow).where(IndicatorRow.rhk_id == rhk_id)
                               .order_by(IndicatorRow.position)).scalars()
        return Rhk(r.id, r.skp_id, RhkKind(r.kind), r.position, r.text, r.parent_rhk_id,
                   Perspective(r.perspective) if r.perspective else None, r.assignment_from or "",
                   tuple(_indicator(i) for i in inds))

    def rhk_ids(self, skp_id: str, kind: str) -> list[str]:
        return list(self._s.execute(select(RhkRow.id).where(RhkRow.skp_id == skp_id, RhkRow.kind == kind)
                                    .order_by(RhkRow.position)).scalars())

    def add_rhk(self, skp_id: str, fields: dict[str, Any]) -> str:
        return self._add(RhkRow, skp_id=skp_id, **fields).id

    def update_rhk(self, rhk_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(RhkRow, rhk_id), fields)

    def delete_rhk(self, rhk_id: str) -> None:
        for ind in self._s.execute(select(IndicatorRow).where(IndicatorRow.rhk_id == rhk_id)).scalars():
            self._delete(ind)
        self._delete(self._s.get(RhkRow, rhk_id))

    def rhk_intervening(self, rhk_id: str) -> list[str]:
        """Ids of RHK (of subordinates) that name this RHK as the one they intervene."""
        return list(self._s.execute(select(RhkRow.id).where(RhkRow.parent_rhk_id == rhk_id)).scalars())

    # --- indikator
    def indicator(self, indicator_id: str) -> Indicator | None:
        row = self._s.get(IndicatorRow, indicator_id)
        return _indicator(row) if row else None

    def indicator_ids(self, rhk_id: str) -> list[str]:
        return list(self._s.execute(select(IndicatorRow.id).where(IndicatorRow.rhk_id == rhk_id)
                                    .order_by(IndicatorRow.position)).scalars())

    def add_indicator(self, rhk_id: str, fields: dict[str, Any]) -> str:
        return self._add(IndicatorRow, rhk_id=rhk_id, **fields).id

    def update_indicator(self, indicator_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(IndicatorRow, indicator_id), fields)

    def delete_indicator(self, indicator_id: str) -> None:
        self._delete(self._s.get(IndicatorRow, indicator_id))

    # --- perilaku kerja
    def set_behaviour(self, skp_id: str, core_value_id: str, expectation: str) -> bool:
        row = self._s.execute(select(BehaviourRow).where(
            BehaviourRow.skp_id == skp_id, BehaviourRow.core_value_id == core_value_id)).scalar_one_or_none()
        if row is None:
            self._add(BehaviourRow, skp_id=skp_id, core_value_id=core_value_id, expectation=expectation)
            return True
        return self._update(row, {"expectation": expectation})

    # --- lampiran
    def lampiran_item(self, item_id: str) -> LampiranItem | None:
        x = self._s.get(LampiranRow, item_id)
        return LampiranItem(x.id, x.skp_id, LampiranSection(x.section), x.position, x.text) if x else None

    def lampiran_ids(self, skp_id: str, section: str) -> list[str]:
        return list(self._s.execute(select(LampiranRow.id).where(
            LampiranRow.skp_id == skp_id, LampiranRow.section == section)
            .order_by(LampiranRow.position)).scalars())

    def add_lampiran(self, skp_id: str, section: str, position: int, text: str) -> str:
        return self._add(LampiranRow, skp_id=skp_id, section=section, position=position, text=text).id

    def update_lampiran(self, item_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(LampiranRow, item_id), fields)

    def delete_lampiran(self, item_id: str) -> None:
        self._delete(self._s.get(LampiranRow, item_id))

    # --- cascade
    def cascade_rows(self, year: int) -> list[CascadeRow]:
        """Every RHK of the year with its owner, in one query (the cascade is built in memory)."""
        stmt = (select(RhkRow.id, RhkRow.skp_id, PegawaiRow.id, PegawaiRow.name, PegawaiRow.nip,
                       SkpRow.position, PegawaiRow.supervisor_id, RhkRow.kind, RhkRow.text,
                       RhkRow.parent_rhk_id, RhkRow.position)
                .join(SkpRow, SkpRow.id == RhkRow.skp_id)
                .join(PegawaiRow, PegawaiRow.id == SkpRow.pegawai_id)
                .where(SkpRow.year == year))
        return [CascadeRow(*r) for r in self._s.execute(stmt).all()]

    def pegawai_with_skp(self, year: int) -> set[str]:
        return set(self._s.execute(select(SkpRow.pegawai_id).where(SkpRow.year == year)).scalars())

    def count(self) -> int:
        return self._s.execute(select(func.count()).select_from(SkpRow)).scalar_one()
