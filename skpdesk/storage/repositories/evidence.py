"""Bukti dukung rows (`bukti_dukung`) <-> `domain.evidence.Evidence` (issue 11).

Rows are written by `services.evidence` only after their file is in the store. The file columns
never change; a new version is a new row naming the old one in `replaces_id`, so "current"
means: no row replaces it. Two replacements of one row made apart on two replicas both stay
current after sync (nothing is silently dropped); `replaced_by_id` then names the newest.

`available` (the file is in the store) is the service's to fill: it knows the store's folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import aliased

from skpdesk.domain.evidence import Evidence, EvidenceKind, EvidenceStatus

from ..tables import EvidenceRow, PegawaiRow, SkpRow
from .base import RepositoryBase

_ORDER = (EvidenceRow.added_on, EvidenceRow.created_at, EvidenceRow.id)


class EvidenceRepository(RepositoryBase):
    # --- writes
    def add(self, fields: dict[str, Any]) -> Evidence:
        row = self._add(EvidenceRow, **fields)
        return self._evidence(row, None)

    def set_verification(self, evidence_id: str, *, status: EvidenceStatus, reason: str,
                         verified_on: dt.date, verified_by_id: str | None,
                         verified_by_name: str) -> Evidence | None:
        row = self._s.get(EvidenceRow, evidence_id)
        if row is None:
            return None
        self._update(row, dict(status=status.value, status_reason=reason,
                               verified_on=verified_on, verified_by_id=verified_by_id,
                               verified_by_name=verified_by_name))
        self._s.flush()
        return self._evidence(row, self.replaced_by(evidence_id))

    # --- reads
    def get(self, evidence_id: str) -> Evidence | None:
        row = self._s.get(EvidenceRow, evidence_id)
        return self._evidence(row, self.replaced_by(evidence_id)) if row else None

    def replaced_by(self, evidence_id: str) -> str | None:
        """The newest row replacing `evidence_id` (None: it is current)."""
        return self._s.execute(select(EvidenceRow.id).where(EvidenceRow.replaces_id == evidence_id)
                               .order_by(EvidenceRow.created_at.desc(), EvidenceRow.id.desc())
                               .limit(1)).scalar()

    def query(self, *, skp_id: str | None = None, period: str | None = None,
              rhk_id: str | None = None, indicator_id: str | None = None,
              only_indicator: bool = False, current_only: bool = True,
              status: EvidenceStatus | None = None) -> list[Evidence]:
        """Bukti dukung by SKP, period, RHK and indicator, oldest first. `only_indicator` with
        `indicator_id=None`: the ones on the RHK itself (no indicator)."""
        stmt = select(EvidenceRow)
        if current_only:
            newer = aliased(EvidenceRow)
            stmt = stmt.where(~select(newer.id).where(newer.replaces_id == EvidenceRow.id).exists())
        if skp_id is not None:
            stmt = stmt.where(EvidenceRow.skp_id == skp_id)
        if period is not None:
            stmt = stmt.where(EvidenceRow.period == period)
        if rhk_id is not None:
            stmt = stmt.where(EvidenceRow.rhk_id == rhk_id)
        if indicator_id is not None:
            stmt = stmt.where(EvidenceRow.indikator_id == indicator_id)
        elif only_indicator:
            stmt = stmt.where(EvidenceRow.indikator_id.is_(None))
        if status is not None:
            stmt = stmt.where(EvidenceRow.status == status.value)
        rows = list(self._s.execute(stmt.order_by(*_ORDER)).scalars())
        return self._with_replacements(rows)

    def pending_for_verifier(self, verifier_id: str, year: int) -> list[Evidence]:
        """Current bukti in status menunggu on the SKPs of `year` whose pejabat penilai is
        `verifier_id` (the SKP's appraiser, else the pegawai's supervisor, as
        `services.acting.penilai_id` resolves it), by pegawai name, then oldest first."""
        newer = aliased(EvidenceRow)
        stmt = (select(EvidenceRow).join(SkpRow, SkpRow.id == EvidenceRow.skp_id)
                .join(PegawaiRow, PegawaiRow.id == SkpRow.pegawai_id)
                .where(SkpRow.year == year,
                       func.coalesce(SkpRow.appraiser_id, PegawaiRow.supervisor_id) == verifier_id,
                       EvidenceRow.status == EvidenceStatus.MENUNGGU.value,
                       ~select(newer.id).where(newer.replaces_id == EvidenceRow.id).exists())
                .order_by(PegawaiRow.name, PegawaiRow.id, *_ORDER))
        return [self._evidence(row, None) for row in self._s.execute(stmt).scalars()]

    def pending_groups(self, verifier_id: str, year: int) -> list[dict[str, Any]]:
        """`pending_for_verifier` counted per pegawai and period ("Perlu tindakan"): pegawai_id,
        name, front_title, back_title, nip, skp_id, period, count, and the oldest bukti's
        evidence_id and rhk_id; by pegawai name, then period."""
        rows = self._s.execute(text(
            "SELECT p.id AS pegawai_id, p.name, p.front_title, p.back_title, p.nip, "
            "s.id AS skp_id, b.period, b.id AS evidence_id, b.rhk_id "
            "FROM bukti_dukung b JOIN skp s ON s.id = b.skp_id "
            "JOIN pegawai p ON p.id = s.pegawai_id "
            "WHERE s.year = :year AND COALESCE(s.appraiser_id, p.supervisor_id) = :me "
            "AND b.status = 'menunggu' "
            "AND NOT EXISTS (SELECT 1 FROM bukti_dukung n WHERE n.replaces_id = b.id) "
            "ORDER BY p.name, p.id, b.period, b.added_on, b.created_at, b.id"),
            {"year": year, "me": verifier_id}).mappings().all()
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for r in rows:
            key = (r["skp_id"], r["period"])
            if key in groups:
                groups[key]["count"] += 1
            else:
                groups[key] = dict(r, count=1)
        return list(groups.values())

    def chain(self, evidence_id: str) -> list[Evidence]:
        """Every version of a bukti, oldest first: back along `replaces_id` to the first, then
        forward along the newest replacement (a fork after sync follows the newest branch)."""
        row = self._s.get(EvidenceRow, evidence_id)
        if row is None:
            return []
        seen = {row.id}
        back = [row]
        while back[0].replaces_id and back[0].replaces_id not in seen:
            older = self._s.get(EvidenceRow, back[0].replaces_id)
            if older is None:
                break
            seen.add(older.id)
            back.insert(0, older)
        rows = back
        nxt = self.replaced_by(row.id)
        while nxt and nxt not in seen:
            newer_row = self._s.get(EvidenceRow, nxt)
            seen.add(nxt)
            rows.append(newer_row)
            nxt = self.replaced_by(nxt)
        return self._with_replacements(rows)

    def file_refs(self) -> set[str]:
        """Every file the table references (for `check`: unused files of the store)."""
        return set(self._s.execute(select(EvidenceRow.file_ref).where(
            EvidenceRow.file_ref != "").distinct()).scalars())

    # --- rows -> values
    def _with_replacements(self, rows: Iterable[EvidenceRow]) -> list[Evidence]:
        rows = list(rows)
        if not rows:
            return []
        newest: dict[str, str] = {}
        ids = [r.id for r in rows]
        for i in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            found = self._s.execute(
                select(EvidenceRow.replaces_id, EvidenceRow.id)
                .where(EvidenceRow.replaces_id.in_(ids[i:i + 500]))
                .order_by(EvidenceRow.created_at, EvidenceRow.id))
            for old, new in found:
                newest[old] = new  # ordered oldest first: the last one wins
        return [self._evidence(r, newest.get(r.id)) for r in rows]

    @staticmethod
    def _evidence(row: EvidenceRow, replaced_by_id: str | None) -> Evidence:
        return Evidence(
            id=row.id, skp_id=row.skp_id, rhk_id=row.rhk_id, indicator_id=row.indikator_id,
            period=row.period, kind=EvidenceKind(row.kind), file_ref=row.file_ref or "",
            sha256=row.sha256 or "", size=int(row.size or 0), mime=row.mime or "",
            original_name=row.original_name or "", link=row.link or "",
            description=row.description or "", added_on=row.added_on,
            added_by_id=row.added_by_id, added_by_name=row.added_by_name or "",
            replaces_id=row.replaces_id, status=EvidenceStatus(row.status or "menunggu"),
            status_reason=row.status_reason or "", verified_on=row.verified_on,
            verified_by_id=row.verified_by_id, verified_by_name=row.verified_by_name or "",
            replaced_by_id=replaced_by_id)
