"""Rencana aksi (per RHK and period) and realisasi (per indicator and period), and the grid the
"Rencana aksi & bukti" tab shows (issue 11; SKP-REFERENCE §2.3).

Rules (each refusal names the field and the rule; nothing is written):
- who: `access.require_writer` (the SKP's pegawai, their pejabat penilai or a pengelola
  kinerja); the record keeps the writer's id and titled name;
- when: `periods.require_writable_period` (a period of the SKP's year in its rhythm or Akhir,
  overlapping the SKP, not past its batas pengisian);
- whatever the SKP's status (an offline office fills them before the approval arrives), and
  never bumping the SKP's revision (the tables have no `owner`, schema 0010);
- a rencana aksi needs its text; a periodic target only on a kuantitatif SKP.

`target=None` keeps the target a rencana aksi has (the CLI's `--text` alone changes only the
text); `target=""` removes it. Clearing a cell deletes its row (the natural id comes back if
the cell is filled again, and sync merges the existence like a field).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import (MAX_PLAN_TEXT, MAX_REALISASI_TEXT, MAX_TARGET, GridCell,
                                     PlanGrid, Realisasi, RencanaAksi)
from skpdesk.domain.periods import parse_period_name
from skpdesk.domain.skp import Approach, Indicator, Rhk, Skp

from .. import fields as F
from ..dialog.feedback import person_text
from ..outcome import Outcome
from . import plan_actions  # noqa: F401  (registers the "Perlu tindakan" source)
from .access import require_writer
from .periods import periods_for_year, require_writable_period


def load_skp(uow, skp_id: str) -> Skp:
    skp = uow.skp.load(skp_id)
    if skp is None:
        raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id)
    return skp


def rhk_in(skp: Skp, rhk_id: str, field: str = "rhk") -> Rhk:
    """The RHK `rhk_id` of `skp` (RHK_NOT_FOUND when the SKP has no such RHK)."""
    rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
    if rhk is None:
        raise DomainError(ErrorCode.RHK_NOT_FOUND, field=field, value=rhk_id)
    return rhk


def rhk_number(rhk: Rhk) -> str:
    """"A.1" (Utama 1), "B.2" (Tambahan 2): how the CLI names an RHK."""
    return f"{'A' if rhk.kind.value == 'utama' else 'B'}.{rhk.position}"


def refuse_delete_with_records(uow, rhk: Rhk, indicator: Indicator | None = None) -> None:
    """Deleting an RHK (or one indicator) that has rencana aksi, realisasi or bukti dukung is
    refused with RHK_HAS_REALISASI naming the counts: the records would be lost silently (a
    deleted parent leaves them orphaned). Called by every delete (SkpService, hence its undo)."""
    if indicator is None:
        counts = uow.plans.counts_for_rhk(rhk.id)
    else:
        counts = uow.plans.counts_for_indicator(indicator.id)
    if counts.total:
        params = dict(field="indikator" if indicator else "rhk", rhk=rhk_number(rhk),
                      plans=counts.action_plans, realisasi=counts.realisasi,
                      evidence=counts.evidence)
        if indicator is not None:
            params["indicator"] = indicator.position
        raise DomainError(ErrorCode.RHK_HAS_REALISASI, **params)


def _writer_name(uow, actor: str) -> str:
    person = uow.people.get(actor)
    return person.full_name if person is not None else ""


def _period_name(text: str | None) -> str | None:
    """A period filter as its canonical name ("2026-Q1" -> "2026-TW1")."""
    if text in (None, ""):
        return None
    period = parse_period_name(text)
    if period is None:
        raise DomainError(ErrorCode.PERIOD_UNKNOWN, field="periode", value=str(text).strip())
    return period.name


def attachments_dir(db) -> Path:
    """The attachments store beside the database (as `SyncService` and the office logo)."""
    return Path(db.path).parent / "attachments"


class PlanService:
    """`Services.plans`."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- rencana aksi
    def set_action_plan(self, skp_id: str, rhk_id: str, period: str, text: str,
                        target: str | None = None, *,
                        today: dt.date | None = None) -> Outcome[RencanaAksi]:
        today = today or dt.date.today()
        text = F.text(text, "rencana_aksi", max_len=MAX_PLAN_TEXT)
        if target is not None:
            target = F.text(target, "target_periodik", max_len=MAX_TARGET, required=False)
        with self._db.unit_of_work(self._actor) as uow:
            skp = load_skp(uow, skp_id)
            rhk_in(skp, rhk_id)
            actor = require_writer(uow, skp)
            info = require_writable_period(uow, skp, period, today)
            if target and skp.approach is not Approach.KUANTITATIF:
                raise DomainError(ErrorCode.PLAN_TARGET_NOT_KUANTITATIF, field="target_periodik",
                                  value=target, name=_owner(uow, skp))
            fields = dict(skp_id=skp.id, text=text, updated_on=today, author_id=actor,
                          author_name=_writer_name(uow, actor))
            if target is not None:
                fields["target"] = target
            elif uow.plans.action_plan(rhk_id, info.name) is None:
                fields["target"] = ""
            plan = uow.plans.set_action_plan(rhk_id, info.name, fields)
        return Outcome(plan, uow.changes)

    def clear_action_plan(self, skp_id: str, rhk_id: str, period: str, *,
                          today: dt.date | None = None) -> Outcome[None]:
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp = load_skp(uow, skp_id)
            rhk_in(skp, rhk_id)
            require_writer(uow, skp)
            info = require_writable_period(uow, skp, period, today)
            uow.plans.delete_action_plan(rhk_id, info.name)
        return Outcome(None, uow.changes)

    # --- realisasi
    def set_realisasi(self, indicator_id: str, period: str, value: str, *,
                      today: dt.date | None = None) -> Outcome[Realisasi]:
        today = today or dt.date.today()
        value = F.text(value, "realisasi", max_len=MAX_REALISASI_TEXT)
        with self._db.unit_of_work(self._actor) as uow:
            skp, indicator = self._indicator(uow, indicator_id)
            actor = require_writer(uow, skp)
            info = require_writable_period(uow, skp, period, today)
            found = uow.plans.set_realisasi(indicator.id, info.name, dict(
                skp_id=skp.id, rhk_id=indicator.rhk_id, value=value, entered_on=today,
                entered_by_id=actor, entered_by_name=_writer_name(uow, actor)))
        return Outcome(found, uow.changes)

    def clear_realisasi(self, indicator_id: str, period: str, *,
                        today: dt.date | None = None) -> Outcome[None]:
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, indicator = self._indicator(uow, indicator_id)
            require_writer(uow, skp)
            info = require_writable_period(uow, skp, period, today)
            uow.plans.delete_realisasi(indicator.id, info.name)
        return Outcome(None, uow.changes)

    @staticmethod
    def _indicator(uow, indicator_id: str) -> tuple[Skp, Indicator]:
        indicator = uow.skp.indicator(indicator_id)
        if indicator is None:
            raise DomainError(ErrorCode.INDICATOR_NOT_FOUND, field="indikator", value=indicator_id)
        rhk = uow.skp.rhk(indicator.rhk_id)
        if rhk is None:  # an indicator row whose RHK went away on another replica
            raise DomainError(ErrorCode.RHK_NOT_FOUND, field="rhk", value=indicator.rhk_id)
        return load_skp(uow, rhk.skp_id), indicator

    # --- reading
    def action_plans(self, skp_id: str, period: str | None = None) -> list[RencanaAksi]:
        name = _period_name(period)
        with self._db.reader() as uow:
            return uow.plans.action_plans(skp_id, name)

    def realisasi(self, skp_id: str, period: str | None = None) -> list[Realisasi]:
        name = _period_name(period)
        with self._db.reader() as uow:
            return uow.plans.realisasi_of_skp(skp_id, name)

    def grid(self, skp_id: str) -> PlanGrid:
        """The SKP, the periods of its year and every cell, from one read."""
        with self._db.reader() as uow:
            skp = load_skp(uow, skp_id)
            periods = tuple(periods_for_year(uow, skp.year))
            plans = {(p.rhk_id, p.period): p for p in uow.plans.action_plans(skp.id)}
            results = {(r.indicator_id, r.period): r for r in uow.plans.realisasi_of_skp(skp.id)}
            counts = uow.plans.evidence_counts(skp.id)
        present = _present_files(attachments_dir(self._db),
                                 {ref for c in counts.values() for ref in c.file_refs})
        by_rhk: dict[tuple[str, str], list] = {}
        for (rid, _, per), count in counts.items():
            by_rhk.setdefault((rid, per), []).append(count)
        cells: dict[tuple[str, str], GridCell] = {}
        for rhk in skp.rhk:
            for info in periods:
                cells[(rhk.id, info.name)] = _cell(by_rhk.get((rhk.id, info.name), []), present,
                                                   plan=plans.get((rhk.id, info.name)))
                for ind in rhk.indicators:
                    own = counts.get((rhk.id, ind.id, info.name))
                    cells[(ind.id, info.name)] = _cell(
                        [own] if own else [], present, realisasi=results.get((ind.id, info.name)))
        return PlanGrid(skp, periods, cells)


def _present_files(folder: Path, refs: set[str]) -> set[str]:
    return {ref for ref in refs if (folder / ref).is_file()}


def _cell(counts, present: set[str], *, plan=None, realisasi=None) -> GridCell:
    return GridCell(plan=plan, realisasi=realisasi,
                    evidence_total=sum(c.total for c in counts),
                    evidence_accepted=sum(c.accepted for c in counts),
                    evidence_rejected=sum(c.rejected for c in counts),
                    evidence_waiting=sum(c.waiting for c in counts),
                    files_missing=sum(1 for c in counts for ref in c.file_refs
                                      if ref not in present))


def _owner(uow, skp: Skp) -> str:
    return person_text(uow, skp.pegawai_id)
