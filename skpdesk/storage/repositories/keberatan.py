"""Keberatan rows <-> `domain.evaluation.Keberatan` (issue 12, SKP-REFERENCE §2.5).

One keberatan per evaluation revision: its id is natural_id("<evaluasi_id>/keberatan"), so the
same revision objected to on two laptops before they met is ONE row (field conflicts at worst).
Should a copy still hold two rows of one revision (an id collision fallback), the lowest id is
the keberatan of that revision, as the other repositories of issue 12 do.
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import select

from skpdesk.domain.evaluation import Keberatan, KeberatanDecision, KeberatanStatus, Rating
from skpdesk.domain.ids import natural_id

from ..tables import KeberatanRow
from .base import RepositoryBase

_CHUNK = 500  # ids per IN list: well under SQLite's bound-parameter limit


def keberatan_id(evaluasi_id: str) -> str:
    return natural_id(f"{evaluasi_id}/keberatan")


class KeberatanRepository(RepositoryBase):
    def get(self, keberatan_id_: str) -> Keberatan | None:
        row = self._s.get(KeberatanRow, keberatan_id_)
        return _value(row) if row is not None else None

    def for_evaluation(self, evaluation_id: str) -> Keberatan | None:
        """The keberatan against this evaluation revision, if any."""
        row = self._row_for(evaluation_id)
        return _value(row) if row is not None else None

    def for_evaluations(self, evaluation_ids: Iterable[str]) -> dict[str, Keberatan]:
        """evaluation id -> its keberatan, for the revisions that have one."""
        found: dict[str, Keberatan] = {}
        for chunk in _chunks(evaluation_ids):
            rows = self._s.execute(select(KeberatanRow).where(KeberatanRow.evaluasi_id.in_(chunk))
                                   .order_by(KeberatanRow.id)).scalars()
            for row in rows:
                found.setdefault(row.evaluasi_id, _value(row))
        return found

    def open_for(self, evaluation_ids: Iterable[str]) -> set[str]:
        """The evaluation ids among `evaluation_ids` with a keberatan still DIAJUKAN."""
        found: set[str] = set()
        for chunk in _chunks(evaluation_ids):
            found.update(self._s.execute(
                select(KeberatanRow.evaluasi_id).where(
                    KeberatanRow.evaluasi_id.in_(chunk),
                    KeberatanRow.status == KeberatanStatus.DIAJUKAN.value)).scalars())
        return found

    def waiting_for(self, atasan_id: str) -> list[Keberatan]:
        """DIAJUKAN keberatan whose atasan pejabat penilai is `atasan_id`, oldest filed first."""
        rows = self._s.execute(select(KeberatanRow).where(
            KeberatanRow.atasan_id == atasan_id,
            KeberatanRow.status == KeberatanStatus.DIAJUKAN.value)
            .order_by(KeberatanRow.filed_on, KeberatanRow.id)).scalars()
        return [_value(r) for r in rows]

    def all(self, *, status: KeberatanStatus | None = None) -> list[Keberatan]:
        """Every keberatan (or those of one status), newest filed first."""
        stmt = select(KeberatanRow)
        if status is not None:
            stmt = stmt.where(KeberatanRow.status == KeberatanStatus(status).value)
        rows = self._s.execute(stmt.order_by(KeberatanRow.filed_on.desc(), KeberatanRow.id)).scalars()
        return [_value(r) for r in rows]

    def add(self, evaluation_id: str, fields: dict[str, Any]) -> Keberatan:
        row = self._add(KeberatanRow, key_id=keberatan_id(evaluation_id),
                        evaluasi_id=evaluation_id, **fields)
        return _value(row)

    def update(self, keberatan_id_: str, fields: dict[str, Any]) -> Keberatan:
        row = self._s.get(KeberatanRow, keberatan_id_)
        if row is None:
            raise KeyError(keberatan_id_)
        self._update(row, fields)
        return _value(row)

    def _row_for(self, evaluation_id: str) -> KeberatanRow | None:
        return self._s.execute(select(KeberatanRow).where(
            KeberatanRow.evaluasi_id == evaluation_id).order_by(KeberatanRow.id).limit(1)).scalar()


def _chunks(ids: Iterable[str]):
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _rating(text: str | None) -> Rating | None:
    return Rating(text) if text else None


def _value(row: KeberatanRow) -> Keberatan:
    return Keberatan(
        id=row.id, evaluation_id=row.evaluasi_id, skp_id=row.skp_id, pegawai_id=row.pegawai_id,
        period=row.period, filed_on=row.filed_on, reason=row.reason or "",
        atasan_id=row.atasan_id, atasan_name=row.atasan_name or "",
        status=KeberatanStatus(row.status or KeberatanStatus.DIAJUKAN.value),
        penilai_explanation=row.penilai_explanation or "",
        pegawai_explanation=row.pegawai_explanation or "",
        decision=KeberatanDecision(row.decision) if row.decision else None,
        new_hasil=_rating(row.new_hasil), new_perilaku=_rating(row.new_perilaku),
        decision_note=row.decision_note or "", decided_on=row.decided_on,
        decided_by_name=row.decided_by_name or "", filed_by_name=row.filed_by_name or "",
        penilai_explained_on=row.penilai_explained_on,
        pegawai_explained_on=row.pegawai_explained_on, decided_by_id=row.decided_by_id,
        result_evaluation_id=row.result_evaluasi_id)
