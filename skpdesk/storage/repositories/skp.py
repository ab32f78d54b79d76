"""SKP and its parts (RHK, indikator, perilaku kerja, lampiran) <-> `domain.skp` values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from skpdesk.domain.cascade import CascadeRow
from skpdesk.domain.ids import behaviour_key_id, skp_key_id
from skpdesk.domain.people import titled_name
from skpdesk.domain.skp import (Approach, Aspect, BehaviourExpectation, Indicator, LampiranItem,
                                LampiranSection, Perspective, Rhk, RhkKind, Skp, SkpForm, SkpStatus,
                                SkpSummary)

from ..tables import (BehaviourRow, CoreValueRow, IndicatorRow, JournalRow, LampiranRow,
                      PegawaiRow, RhkRow, SkpRow)
from .. import sync_materialise, sync_specs
from ..sync_heads import driver
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
        """The SKP of a pegawai for a year; with several (moved mid-year), the latest period;
        with two of one period (made apart on two laptops), the lowest id."""
        row = self._s.execute(
            select(SkpRow).where(SkpRow.pegawai_id == pegawai_id, SkpRow.year == year)
            .order_by(SkpRow.period_start.desc(), SkpRow.id).limit(1)).scalar()
        return _summary(row) if row else None

    def list_for_pegawai(self, pegawai_id: str) -> list[SkpSummary]:
        rows = self._s.execute(select(SkpRow).where(SkpRow.pegawai_id == pegawai_id)
                               .order_by(SkpRow.period_start, SkpRow.id)).scalars()
        return [_summary(r) for r in rows]

    def list_all(self) -> list[SkpSummary]:
        return [_summary(r) for r in
                self._s.execute(select(SkpRow).order_by(SkpRow.period_start, SkpRow.id)).scalars()]

    def list_for_year(self, year: int) -> list[SkpSummary]:
        rows = self._s.execute(select(SkpRow).where(SkpRow.year == year).order_by(SkpRow.id)).scalars()
        return [_summary(r) for r in rows]

    def summary(self, skp_id: str) -> SkpSummary | None:
        row = self._s.get(SkpRow, skp_id)
        return _summary(row) if row else None

    def last_status_from(self, skp_id: str) -> str | None:
        """The status the SKP's newest journaled status change came FROM (None: never changed).
        A Draft that came from "diajukan" was returned (dikembalikan, `domain.team`); the same
        rule as the team view's, read through the journal's (entity, entity_id) index."""
        changed = func.json_extract(JournalRow.fields, "$.status")
        return self._s.execute(
            select(func.json_extract(JournalRow.fields, "$.status[0]"))
            .where(JournalRow.entity == SkpRow.__tablename__, JournalRow.entity_id == skp_id,
                   changed.is_not(None))
            .order_by(JournalRow.hlc.desc()).limit(1)).scalar()

    def overlapping(self, pegawai_id: str, start: dt.date, end: dt.date) -> SkpSummary | None:
        row = self._s.execute(select(SkpRow).where(
            SkpRow.pegawai_id == pegawai_id, SkpRow.period_start <= end,
            SkpRow.period_end >= start).order_by(SkpRow.period_start, SkpRow.id).limit(1)).scalar()
        return _summary(row) if row else None

    def create(self, fields: dict[str, Any]) -> str:
        # One SKP per pegawai and period: the same SKP started on two laptops is one row.
        key_id = skp_key_id(fields["pegawai_id"], fields["period_start"].isoformat())
        return self._add(SkpRow, key_id=key_id, revision=1, status_note="", **fields).id

    def update(self, skp_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(SkpRow, skp_id), fields)

    def next_epoch(self, skp_id: str) -> int:
        """The workflow epoch a return or reopen starts (sync freezes content per epoch)."""
        return (self._s.get(SkpRow, skp_id).epoch or 0) + 1

    def load(self, skp_id: str) -> Skp | None:
        found = self.load_many([skp_id])
        return found[0] if found else None

    def load_many(self, skp_ids: list[str]) -> list[Skp]:
        """Whole SKPs (RHK, indikator, perilaku, lampiran) in the order given, unknown ids left
        out; a handful of queries per 500 SKPs, so checking a whole office stays quick."""
        loaded: dict[str, Skp] = {}
        for start in range(0, len(skp_ids), 500):
            loaded.update(self._load_chunk(skp_ids[start:start + 500]))
        return [loaded[i] for i in skp_ids if i in loaded]

    def _load_chunk(self, skp_ids: list[str]) -> dict[str, Skp]:
        # Plain rows (Core, not ORM objects): a whole office is ~20,000 indikator.
        skp_t, rhk_t, ind_t = SkpRow.__table__, RhkRow.__table__, IndicatorRow.__table__
        rows = self._s.execute(select(skp_t).where(skp_t.c.id.in_(skp_ids))).all()
        if not rows:
            return {}
        parent = rhk_t.alias()
        rhk_rows = self._s.execute(
            select(rhk_t, parent.c.text.label("parent_text"))
            .outerjoin(parent, parent.c.id == rhk_t.c.parent_rhk_id)
            .where(rhk_t.c.skp_id.in_(skp_ids))
            .order_by(case((rhk_t.c.kind == "utama", 0), else_=1), rhk_t.c.position, rhk_t.c.id)).all()
        ind_rows = self._s.execute(
            select(ind_t).join(rhk_t, rhk_t.c.id == ind_t.c.rhk_id)
            .where(rhk_t.c.skp_id.in_(skp_ids)).order_by(ind_t.c.position, ind_t.c.id)).all()
        by_rhk: dict[str, list[Indicator]] = {}
        for ind in ind_rows:
            by_rhk.setdefault(ind.rhk_id, []).append(_indicator(ind))
        rhk: dict[str, list[Rhk]] = {}
        for r in rhk_rows:
            rhk.setdefault(r.skp_id, []).append(
                Rhk(r.id, r.skp_id, RhkKind(r.kind), r.position, r.text, r.parent_rhk_id,
                    Perspective(r.perspective) if r.perspective else None, r.assignment_from or "",
                    tuple(by_rhk.get(r.id, ())), r.parent_text))
        core_values = {c.id: core_value_from_row(c)
                       for c in self._s.execute(select(CoreValueRow.__table__)).all()}
        beh_t = BehaviourRow.__table__
        beh_rows = self._s.execute(select(beh_t).where(beh_t.c.skp_id.in_(skp_ids))
                                  .order_by(beh_t.c.id)).all()
        behaviours: dict[str, list[BehaviourExpectation]] = {}
        for b in sorted(beh_rows, key=lambda b: core_values[b.core_value_id].number):
            behaviours.setdefault(b.skp_id, []).append(
                BehaviourExpectation(b.id, b.skp_id, core_values[b.core_value_id], b.expectation))
        lamp_t = LampiranRow.__table__
        lamp_rows = self._s.execute(select(lamp_t).where(lamp_t.c.skp_id.in_(skp_ids))
                                    .order_by(lamp_t.c.section, lamp_t.c.position, lamp_t.c.id)).all()
        lampiran: dict[str, list[LampiranItem]] = {}
        for x in lamp_rows:
            lampiran.setdefault(x.skp_id, []).append(
                LampiranItem(x.id, x.skp_id, LampiranSection(x.section), x.position, x.text))
        return {row.id: Skp(
            id=row.id, pegawai_id=row.pegawai_id, appraiser_id=row.appraiser_id,
            year=row.year, period_start=row.period_start, period_end=row.period_end,
            approach=Approach(row.approach), form=SkpForm(row.form), position=row.position,
            unit_path=row.unit_path, status=SkpStatus(row.status),
            status_note=row.status_note or "", revision=row.revision,
            rhk=tuple(rhk.get(row.id, ())), behaviours=tuple(behaviours.get(row.id, ())),
            lampiran=tuple(lampiran.get(row.id, ())), updated_at=row.updated_at) for row in rows}

    # --- RHK
    def rhk(self, rhk_id: str) -> Rhk | None:
        r = self._s.get(RhkRow, rhk_id)
        if r is None:
            return None
        inds = self._s.execute(select(IndicatorRow).where(IndicatorRow.rhk_id == rhk_id)
                               .order_by(IndicatorRow.position, IndicatorRow.id)).scalars()
        parent = self._s.get(RhkRow, r.parent_rhk_id) if r.parent_rhk_id else None
        return Rhk(r.id, r.skp_id, RhkKind(r.kind), r.position, r.text, r.parent_rhk_id,
                   Perspective(r.perspective) if r.perspective else None, r.assignment_from or "",
                   tuple(_indicator(i) for i in inds), parent.text if parent else None)

    def rhk_ids(self, skp_id: str, kind: str) -> list[str]:
        return list(self._s.execute(select(RhkRow.id).where(RhkRow.skp_id == skp_id, RhkRow.kind == kind)
                                    .order_by(RhkRow.position, RhkRow.id)).scalars())

    def add_rhk(self, skp_id: str, fields: dict[str, Any]) -> str:
        return self._add(RhkRow, skp_id=skp_id, **fields).id

    def update_rhk(self, rhk_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(RhkRow, rhk_id), fields)

    def delete_rhk(self, rhk_id: str) -> None:
        """The RHK and its indikator. Rows that only MENTION it (a follow-up, a dialog topic,
        an umpan balik: optional references, issue 10) stay: their reference reads as empty,
        exactly as when the delete arrives from another replica (the materialiser's rule,
        `domain.merge.live_values`), and comes back if the RHK is ever restored."""
        for ind in self._s.execute(select(IndicatorRow).where(IndicatorRow.rhk_id == rhk_id)).scalars():
            self._delete(ind)
        mentions = self._mentions("rhk", rhk_id)
        if mentions:  # checked at commit, once the materialiser has emptied the references
            driver(self._s).execute("PRAGMA defer_foreign_keys=ON")
        self._delete(self._s.get(RhkRow, rhk_id))
        if mentions:
            sync_materialise.materialise(self._s, mentions)

    def _mentions(self, entity: str, row_id: str) -> set[tuple[str, str]]:
        """(table, id) of the rows whose OPTIONAL reference names this row."""
        conn = driver(self._s)
        found: set[tuple[str, str]] = set()
        for table in sync_specs.classes():
            for col, parent in sync_specs.rule(table).optional_parents.items():
                if parent == entity and table != entity:
                    found |= {(table, r[0]) for r in conn.execute(
                        f'SELECT id FROM "{table}" WHERE "{col}" = ?', (row_id,))}
        return found

    def rhk_intervening(self, rhk_id: str) -> list[str]:
        """Ids of RHK (of subordinates) that name this RHK as the one they intervene."""
        return list(self._s.execute(select(RhkRow.id).where(RhkRow.parent_rhk_id == rhk_id)).scalars())

    # --- indikator
    def indicator(self, indicator_id: str) -> Indicator | None:
        row = self._s.get(IndicatorRow, indicator_id)
        return _indicator(row) if row else None

    def indicator_ids(self, rhk_id: str) -> list[str]:
        return list(self._s.execute(select(IndicatorRow.id).where(IndicatorRow.rhk_id == rhk_id)
                                    .order_by(IndicatorRow.position, IndicatorRow.id)).scalars())

    def add_indicator(self, rhk_id: str, fields: dict[str, Any]) -> str:
        return self._add(IndicatorRow, rhk_id=rhk_id, **fields).id

    def update_indicator(self, indicator_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(IndicatorRow, indicator_id), fields)

    def delete_indicator(self, indicator_id: str) -> None:
        self._delete(self._s.get(IndicatorRow, indicator_id))

    # --- perilaku kerja
    def set_behaviour(self, skp_id: str, core_value_id: str, expectation: str) -> bool:
        row = self._s.execute(select(BehaviourRow).where(
            BehaviourRow.skp_id == skp_id, BehaviourRow.core_value_id == core_value_id)
            .order_by(BehaviourRow.id).limit(1)).scalar()
        if row is None:
            self._add(BehaviourRow, key_id=behaviour_key_id(skp_id, core_value_id), skp_id=skp_id,
                      core_value_id=core_value_id, expectation=expectation)
            return True
        return self._update(row, {"expectation": expectation})

    # --- lampiran
    def lampiran_item(self, item_id: str) -> LampiranItem | None:
        x = self._s.get(LampiranRow, item_id)
        return LampiranItem(x.id, x.skp_id, LampiranSection(x.section), x.position, x.text) if x else None

    def lampiran_ids(self, skp_id: str, section: str) -> list[str]:
        return list(self._s.execute(select(LampiranRow.id).where(
            LampiranRow.skp_id == skp_id, LampiranRow.section == section)
            .order_by(LampiranRow.position, LampiranRow.id)).scalars())

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
                       RhkRow.parent_rhk_id, RhkRow.position, PegawaiRow.front_title,
                       PegawaiRow.back_title)
                .join(SkpRow, SkpRow.id == RhkRow.skp_id)
                .join(PegawaiRow, PegawaiRow.id == SkpRow.pegawai_id)
                .where(SkpRow.year == year))
        # The owner is named with the titles, as everywhere; sorted by the bare name.
        return [CascadeRow(*r[:3], titled_name(r[3], r[11], r[12]), *r[4:11], sort_name=r[3])
                for r in self._s.execute(stmt).all()]

    def pegawai_with_skp(self, year: int) -> set[str]:
        return set(self._s.execute(select(SkpRow.pegawai_id).where(SkpRow.year == year)).scalars())

    def count(self) -> int:
        return self._s.execute(select(func.count()).select_from(SkpRow)).scalar_one()
