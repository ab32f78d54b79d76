"""Evaluation revisions (`evaluasi`) <-> `domain.evaluation.Evaluation` (issue 12).

One row per revision (natural id "<skp_id>/evaluasi/<period>/<revision>"); the highest revision
of an SKP and period is the one in force. The repository returns the STORED status (in both
`status` and `stored_status`): whether a ditetapkan evaluation is final by now depends on the
date and on keberatan, which the service decides (`domain.evaluation.effective_status`).
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import attributes

from skpdesk.domain.evaluation import (Evaluation, EvaluationStatus, OrgPredikat, PersonSnapshot,
                                       Predikat, Rating)
from skpdesk.domain.ids import natural_id

from ..tables import EvaluationRow, SkpRow
from .base import RepositoryBase

# What the pejabat penilai decided and who it was about: sealed when ditetapkan (`_seal`).
SEALED_FIELDS = ("rating_hasil", "rating_perilaku", "predikat", "predikat_override",
                 "override_reason", "org_predikat", "hasil_from_org", "note", "snapshot")

_CHUNK = 500  # SQLite's bound-parameter limit is far above; keeps IN lists small


def evaluation_id(skp_id: str, period: str, revision: int) -> str:
    return natural_id(f"{skp_id}/evaluasi/{period}/{revision}")


def _enum(cls, value: str | None):
    try:
        return cls(value) if value else None
    except ValueError:      # a value a newer version wrote: shown as unset, never a crash
        return None


def _snapshot(row: EvaluationRow) -> dict:
    try:
        data = json.loads(row.snapshot or "{}")
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def to_evaluation(row: EvaluationRow) -> Evaluation:
    snap = _snapshot(row)
    status = _enum(EvaluationStatus, row.status) or EvaluationStatus.DRAFT
    return Evaluation(
        id=row.id, skp_id=row.skp_id, pegawai_id=row.pegawai_id, period=row.period,
        revision=row.revision, status=status,
        rating_hasil=_enum(Rating, row.rating_hasil),
        rating_perilaku=_enum(Rating, row.rating_perilaku),
        predikat=_enum(Predikat, row.predikat), predikat_override=bool(row.predikat_override),
        override_reason=row.override_reason or "",
        org_predikat=_enum(OrgPredikat, row.org_predikat),
        hasil_from_org=bool(row.hasil_from_org), note=row.note or "",
        pegawai=PersonSnapshot.from_dict(snap.get("pegawai")),
        penilai=PersonSnapshot.from_dict(snap.get("penilai")),
        atasan=PersonSnapshot.from_dict(snap.get("atasan")),
        rated_on=row.rated_on, set_on=row.set_on, final_on=row.final_on,
        reopen_reason=row.reopen_reason or "",
        self_hasil=_enum(Rating, row.self_hasil), self_perilaku=_enum(Rating, row.self_perilaku),
        self_reflection=row.self_reflection or "", self_on=row.self_on, stored_status=status)


def snapshot_json(pegawai: PersonSnapshot | None, penilai: PersonSnapshot | None,
                  atasan: PersonSnapshot | None) -> str:
    """The `snapshot` column's text for three person snapshots."""
    return json.dumps({"pegawai": pegawai.as_dict() if pegawai else None,
                       "penilai": penilai.as_dict() if penilai else None,
                       "atasan": atasan.as_dict() if atasan else None},
                      ensure_ascii=False, sort_keys=True)


def _prepare(fields: dict[str, Any]) -> dict[str, Any]:
    """Column values from a service's fields: `snapshot` may be given as a dict of
    PersonSnapshot | None ({"pegawai", "penilai", "atasan"}); enums as their value."""
    out = {}
    for key, value in fields.items():
        if key == "snapshot" and isinstance(value, dict):
            value = snapshot_json(value.get("pegawai"), value.get("penilai"), value.get("atasan"))
        elif isinstance(value, (Rating, Predikat, OrgPredikat, EvaluationStatus)):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        elif value is None and key in _TEXT_COLUMNS:
            value = ""
        out[key] = value
    return out


_TEXT_COLUMNS = {"rating_hasil", "rating_perilaku", "predikat", "org_predikat", "override_reason",
                 "note", "reopen_reason", "self_hasil", "self_perilaku", "self_reflection",
                 "rated_by_name"}


def _current(rows: Iterable[EvaluationRow]) -> dict[tuple[str, str], EvaluationRow]:
    """The row in force per (skp, period): the highest revision; of two rows holding one
    revision (written apart before the laptops met), the lowest id."""
    best: dict[tuple[str, str], EvaluationRow] = {}
    for row in rows:
        key = (row.skp_id, row.period)
        held = best.get(key)
        if held is None or (row.revision, _neg(row.id)) > (held.revision, _neg(held.id)):
            best[key] = row
    return best


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


class EvaluationRepository(RepositoryBase):
    def current(self, skp_id: str, period: str) -> Evaluation | None:
        """The revision in force (highest), stored status."""
        rows = self._rows(skp_id, period)
        return to_evaluation(rows[-1]) if rows else None

    def revisions(self, skp_id: str, period: str) -> list[Evaluation]:
        """Every revision, oldest first."""
        return [to_evaluation(r) for r in self._rows(skp_id, period)]

    def get(self, evaluation_id: str) -> Evaluation | None:
        row = self._s.get(EvaluationRow, evaluation_id)
        return to_evaluation(row) if row is not None else None

    def add_revision(self, skp_id: str, period: str, revision: int,
                     fields: dict[str, Any]) -> Evaluation:
        row = self._add(EvaluationRow, key_id=evaluation_id(skp_id, period, revision),
                        skp_id=skp_id, period=period, revision=revision, **_prepare(fields))
        return to_evaluation(row)

    def update(self, evaluation_id: str, fields: dict[str, Any]) -> Evaluation:
        row = self._s.get(EvaluationRow, evaluation_id)
        if row is None:
            raise KeyError(evaluation_id)
        prepared = _prepare(fields)
        self._update(row, prepared)
        if prepared.get("status") == EvaluationStatus.DITETAPKAN.value:
            self._seal(row)
        return to_evaluation(row)

    def _seal(self, row: EvaluationRow) -> None:
        """Journal the SEALED_FIELDS again with their values (as closing a dialog does,
        `repositories.dialogs`): a draft edit made on another replica before it saw the
        evaluation ditetapkan then meets them as a VALUE conflict instead of silently changing
        a ditetapkan evaluation (docs/sync-merge.md §5)."""
        for key in SEALED_FIELDS:
            attributes.flag_modified(row, key)
        sealed = self._s.info.setdefault("sealed", {})
        sealed[(EvaluationRow.__tablename__, row.id)] = frozenset(SEALED_FIELDS)
        self._changes.add(EvaluationRow.__tablename__, row.id)
        try:
            self._s.flush()
        finally:
            sealed.pop((EvaluationRow.__tablename__, row.id), None)

    def column(self, evaluation_id: str, column: str):
        """One stored column of a revision (ids and texts the domain value does not carry)."""
        row = self._s.get(EvaluationRow, evaluation_id)
        return getattr(row, column) if row is not None else None

    def for_period(self, period: str, *, penilai_id: str | None = None,
                   unit_ids: Iterable[str] | None = None,
                   skp_ids: Iterable[str] | None = None) -> list[Evaluation]:
        """The revisions in force of `period` (one query per filter chunk), optionally only
        those whose stored pejabat penilai is `penilai_id`, whose unit is one of `unit_ids`, or
        whose SKP is one of `skp_ids`."""
        stmt = select(EvaluationRow).where(EvaluationRow.period == period)
        if penilai_id is not None:
            stmt = stmt.where(EvaluationRow.penilai_id == penilai_id)
        rows: list[EvaluationRow] = []
        keys = None
        column = None
        if unit_ids is not None:
            keys, column = list(unit_ids), EvaluationRow.unit_id
        if skp_ids is not None:
            keys, column = list(skp_ids), EvaluationRow.skp_id
        if keys is None:
            rows = list(self._s.execute(stmt).scalars())
        else:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                rows.extend(self._s.execute(stmt.where(column.in_(chunk))).scalars())
        current = _current(rows)
        return [to_evaluation(current[k]) for k in sorted(current)]

    def skps_of_year(self, year: int) -> list[tuple[str, str, str | None, Any, Any, str]]:
        """(skp id, pegawai id, appraiser id, period_start, period_end, status) of every SKP of
        `year`, one query (the team view finds each pegawai's SKP and pejabat penilai)."""
        stmt = (select(SkpRow.id, SkpRow.pegawai_id, SkpRow.appraiser_id, SkpRow.period_start,
                       SkpRow.period_end, SkpRow.status)
                .where(SkpRow.year == year).order_by(SkpRow.id))
        return [tuple(r) for r in self._s.execute(stmt).all()]

    def _rows(self, skp_id: str, period: str) -> list[EvaluationRow]:
        rows = list(self._s.execute(select(EvaluationRow).where(
            EvaluationRow.skp_id == skp_id, EvaluationRow.period == period)
            .order_by(EvaluationRow.revision, EvaluationRow.id.desc())).scalars())
        # one row per revision (the lowest id of a doubled one), oldest first
        by_revision: dict[int, EvaluationRow] = {}
        for row in rows:
            by_revision[row.revision] = row   # desc id order: the lowest id is written last
        return [by_revision[r] for r in sorted(by_revision)]
