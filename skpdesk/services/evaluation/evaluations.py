"""Evaluasi kinerja (issue 12; SKP-REFERENCE §2.4, §3.1, §3.2): the pejabat penilai's ratings,
the predikat, ditetapkan, reopening, the pegawai's self-assessment. Rules and states:
`skpdesk.domain.evaluation` (its docstring fixes the state machine).

- The SKP of an evaluation: the pegawai's SKP of the period's year whose period overlaps the
  evaluation period; with two (a mutation mid-year) the one covering the period's last day wins
  (`skp_for`). It must be disetujui. Evaluations may be written any time after the period
  started: the batas pengisian is about realisasi, evaluating after it is normal.
- Who: rate / set / reopen / catatan only the pejabat penilai (`roles.penilai_id`); the
  self-assessment only the pegawai, and only while the evaluation is a draft.
- Snapshots (`snapshots.person_snapshot`) of the pegawai, the pejabat penilai and the atasan
  pejabat penilai are refreshed on every draft write and frozen when ditetapkan.
- `new_revision` marks the revision in force DIGANTI and adds revision n+1; reopening uses it
  (a draft) and so does the keberatan's "change" decision (final at once).
- Statuses read from the repository are the STORED ones; every read here applies
  `effective_status` (ditetapkan turns final once the keberatan window passed with no keberatan
  waiting), asking `keberatan_open` once for all the evaluations read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from skpdesk.domain.dates import tanggal
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation_view import EvaluationWorkspace
from skpdesk.domain.evaluation import (EVALUATION_STATUS_LABELS, MAX_NOTE, MAX_REASON, RATING_LABELS,
                                       Evaluation, EvaluationStatus, OrgPredikatRecord, Predikat,
                                       Rating, effective_status, parse_predikat, parse_rating,
                                       predikat_of, rating_from_org)
from skpdesk.domain.people import Pegawai, PositionKind, unit_path_text
from skpdesk.domain.periods import PeriodInfo
from skpdesk.domain.skp import STATUS_LABELS, Skp, SkpStatus

from .. import fields as F
from ..dialog.feedback import acting_pegawai_id, person_text
from ..evidence.periods import pin_rhythm, resolve_period
from ..outcome import Outcome
from . import roles
from .organisation import org_predikat_for
from .snapshots import person_snapshot

__all__ = ["EvaluationService", "TeamEvaluation", "keberatan_open", "new_revision", "skp_for",
           "evaluable", "jpt_unit", "apply_effective"]


def keberatan_open(uow, evaluation_ids: Iterable[str]) -> set[str]:
    """The evaluation ids (of `evaluation_ids`) with a keberatan waiting for a decision."""
    return uow.keberatan.open_for(evaluation_ids)


@dataclass(frozen=True)
class TeamEvaluation:
    """One pegawai of a team or unit, their SKP of the period's year and the evaluation in
    force (None when not rated yet)."""

    pegawai: Pegawai
    skp_id: str | None
    evaluation: Evaluation | None


def apply_effective(uow, evaluations: list[Evaluation], today: dt.date) -> list[Evaluation]:
    """`evaluations` with their effective status (one keberatan query for all)."""
    waiting = [e.id for e in evaluations if e.stored_status is EvaluationStatus.DITETAPKAN]
    open_ids = keberatan_open(uow, waiting) if waiting else set()
    result = []
    for ev in evaluations:
        status = effective_status(ev.stored_status, ev.set_on, ev.id in open_ids, today)
        result.append(ev if status is ev.status else dataclasses.replace(ev, status=status))
    return result


def skp_for(uow, pegawai_id: str, info: PeriodInfo, *, name: str = "") -> Skp:
    """The SKP an evaluation of `info` is written on (module doc), or EVAL_NO_SKP."""
    period = info.period
    candidates = [s for s in uow.skp.list_for_pegawai(pegawai_id)
                  if s.year == period.year and s.period_start <= period.end
                  and s.period_end >= period.start]
    if not candidates:
        raise DomainError(ErrorCode.EVAL_NO_SKP, field="periode", value=info.name,
                          name=name or person_text(uow, pegawai_id), year=period.year,
                          period=info.label)
    best = max(candidates, key=lambda s: (s.period_start <= period.end <= s.period_end,
                                          s.period_start, s.id))
    return uow.skp.load(best.id)


def evaluable(uow, skp_id: str, period: str | PeriodInfo, today: dt.date) -> tuple[Skp, PeriodInfo]:
    """The SKP and period of an evaluation, checked: the SKP exists and is disetujui, the period
    is of its year, overlaps it and has started."""
    skp = uow.skp.load(skp_id)
    if skp is None:
        raise DomainError(ErrorCode.SKP_NOT_FOUND, value=skp_id)
    info = period if isinstance(period, PeriodInfo) else resolve_period(uow, period)
    name = person_text(uow, skp.pegawai_id)
    if (info.period.year != skp.year or info.period.end < skp.period_start
            or info.period.start > skp.period_end):
        raise DomainError(ErrorCode.PERIOD_OUTSIDE_SKP, field="periode", value=info.name,
                          period=info.label, name=name, skp_start=tanggal(skp.period_start),
                          skp_end=tanggal(skp.period_end))
    if skp.status is not SkpStatus.DISETUJUI:
        raise DomainError(ErrorCode.EVAL_SKP_NOT_APPROVED, field="periode", name=name,
                          year=skp.year, status=STATUS_LABELS[skp.status])
    if today < info.period.start:
        raise DomainError(ErrorCode.EVAL_PERIOD_NOT_STARTED, field="periode", value=info.name,
                          period=info.label, start=tanggal(info.period.start))
    return skp, info


def jpt_unit(uow, pegawai: Pegawai) -> str | None:
    """The unit whose capaian kinerja organisasi is the pegawai's rating hasil kerja (§3.1: a
    JPT who leads the organisation), else None."""
    if pegawai.position_kind is not PositionKind.JPT:
        return None
    return roles.leads_unit(uow, pegawai)


def _require_rater(uow, skp: Skp) -> str:
    actor = acting_pegawai_id(uow)
    if actor is None:
        raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
    penilai = roles.penilai_id(uow, skp)
    if actor != penilai:
        raise DomainError(ErrorCode.EVAL_RATER_REFUSED, field="saya_adalah",
                          name=person_text(uow, skp.pegawai_id),
                          penilai=person_text(uow, penilai), actor=person_text(uow, actor))
    return actor


def _rating(value, field: str) -> Rating | None:
    if value is None or isinstance(value, Rating):
        return value
    if not str(value).strip():
        return None
    return parse_rating(str(value), field=field)


def _snapshot_fields(uow, skp: Skp, pegawai: Pegawai, period: str) -> dict[str, Any]:
    """Who the evaluation is about and who rates it, as they are now (refreshed while draft)."""
    penilai = roles.penilai_id(uow, skp)
    atasan = roles.atasan_penilai_id(uow, skp)
    org = org_predikat_for(uow, pegawai.unit_id, period)
    return {"snapshot": {"pegawai": person_snapshot(uow, pegawai.id),
                         "penilai": person_snapshot(uow, penilai),
                         "atasan": person_snapshot(uow, atasan)},
            "unit_id": pegawai.unit_id, "penilai_id": penilai, "atasan_id": atasan,
            "org_predikat": org.predikat.value if org else ""}


def new_revision(uow, current: Evaluation, *, status: EvaluationStatus,
                 fields: dict[str, Any] | None = None, reason: str) -> Evaluation:
    """Mark `current` (the revision in force) DIGANTI and add revision n+1 with `status`,
    copying its ratings, predikat, note, snapshot and self-assessment, `reopen_reason` =
    `reason`, and `fields` on top (e.g. new ratings, final_on). Set/final dates start empty.
    The caller has checked the rules (reopen: `EvaluationService.reopen`; keberatan "change":
    `KeberatanService.decide`). Returns the new revision (stored status)."""
    uow.evaluations.update(current.id, {"status": EvaluationStatus.DIGANTI})
    copied: dict[str, Any] = {
        "pegawai_id": current.pegawai_id, "status": status,
        "rating_hasil": current.rating_hasil, "rating_perilaku": current.rating_perilaku,
        "predikat": current.predikat, "predikat_override": current.predikat_override,
        "override_reason": current.override_reason,
        "org_predikat": current.org_predikat, "hasil_from_org": current.hasil_from_org,
        "note": current.note,
        "snapshot": {"pegawai": current.pegawai, "penilai": current.penilai,
                     "atasan": current.atasan},
        "unit_id": _stored(uow, current.id, "unit_id"),
        "penilai_id": _stored(uow, current.id, "penilai_id"),
        "atasan_id": _stored(uow, current.id, "atasan_id"),
        "rated_on": current.rated_on, "rated_by_name": _stored(uow, current.id, "rated_by_name"),
        "set_on": None, "final_on": None, "reopen_reason": reason,
        "self_hasil": current.self_hasil, "self_perilaku": current.self_perilaku,
        "self_reflection": current.self_reflection, "self_on": current.self_on,
    }
    copied.update(fields or {})
    return uow.evaluations.add_revision(current.skp_id, current.period, current.revision + 1,
                                        copied)


def _stored(uow, evaluation_id: str, column: str):
    return uow.evaluations.column(evaluation_id, column)


class EvaluationService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- writes (the pejabat penilai)
    def rate(self, skp_id: str, period: str, *, hasil=None, perilaku=None, predikat=None,
             reason: str = "", note: str | None = None,
             today: dt.date | None = None) -> Outcome[Evaluation]:
        """Write the ratings of the draft (revision 1 is created when there is none)."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, info = evaluable(uow, skp_id, period, today)
            actor = _require_rater(uow, skp)
            current = self._draft_or_refuse(uow, skp, info, today)
            pegawai = uow.people.get(skp.pegawai_id)
            hasil_r = _rating(hasil, "rating_hasil_kerja")
            perilaku_r = _rating(perilaku, "rating_perilaku_kerja")
            hasil_r, from_org = self._jpt_hasil(uow, pegawai, info, hasil_r)
            if hasil_r is None:
                raise DomainError(ErrorCode.EVAL_RATING_REQUIRED, field="rating_hasil_kerja")
            if perilaku_r is None:
                raise DomainError(ErrorCode.EVAL_RATING_REQUIRED, field="rating_perilaku_kerja")
            matrix = predikat_of(hasil_r, perilaku_r)
            chosen = (predikat if isinstance(predikat, Predikat) or predikat is None
                      else (parse_predikat(predikat, field="predikat")
                            if str(predikat).strip() else None))
            override = chosen is not None and chosen is not matrix
            reason_text = F.text(reason, "alasan_predikat", max_len=MAX_REASON, required=False)
            if override and not reason_text:
                raise DomainError(ErrorCode.EVAL_OVERRIDE_REASON_REQUIRED,
                                  field="alasan_predikat", predikat=chosen.label,
                                  matrix=matrix.label)
            fields: dict[str, Any] = {
                "rating_hasil": hasil_r, "rating_perilaku": perilaku_r,
                "predikat": chosen if override else matrix, "predikat_override": override,
                "override_reason": reason_text if override else "", "hasil_from_org": from_org,
                "rated_on": today, "rated_by_name": person_text(uow, actor)}
            if note is not None:
                fields["note"] = F.text(note, "catatan_rekomendasi", max_len=MAX_NOTE,
                                        required=False)
            value = self._write_draft(uow, skp, info, pegawai, current, fields)
            result = apply_effective(uow, [value], today)[0]
        return Outcome(result, uow.changes)

    def note(self, skp_id: str, period: str, text: str, *,
             today: dt.date | None = None) -> Outcome[Evaluation]:
        """Catatan/rekomendasi of the draft alone (created when there is none)."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, info = evaluable(uow, skp_id, period, today)
            _require_rater(uow, skp)
            current = self._draft_or_refuse(uow, skp, info, today)
            fields = {"note": F.text(text, "catatan_rekomendasi", max_len=MAX_NOTE,
                                     required=False)}
            value = self._write_draft(uow, skp, info, uow.people.get(skp.pegawai_id), current,
                                      fields)
            result = apply_effective(uow, [value], today)[0]
        return Outcome(result, uow.changes)

    def self_assess(self, skp_id: str, period: str, *, hasil=None, perilaku=None,
                    reflection: str | None = None,
                    today: dt.date | None = None) -> Outcome[Evaluation]:
        """The pegawai's own ratings and refleksi (advisory); what is None stays as it was."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, info = evaluable(uow, skp_id, period, today)
            actor = acting_pegawai_id(uow)
            if actor is None:
                raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
            if actor != skp.pegawai_id:
                raise DomainError(ErrorCode.EVAL_SELF_REFUSED, field="saya_adalah",
                                  name=person_text(uow, skp.pegawai_id),
                                  actor=person_text(uow, actor))
            current = self._draft_or_refuse(uow, skp, info, today)
            fields: dict[str, Any] = {"self_on": today}
            if hasil is not None:
                fields["self_hasil"] = _rating(hasil, "rating_hasil_kerja")
            if perilaku is not None:
                fields["self_perilaku"] = _rating(perilaku, "rating_perilaku_kerja")
            if reflection is not None:
                fields["self_reflection"] = F.text(reflection, "refleksi_diri",
                                                   max_len=MAX_NOTE, required=False)
            value = self._write_draft(uow, skp, info, uow.people.get(skp.pegawai_id), current,
                                      fields)
            result = apply_effective(uow, [value], today)[0]
        return Outcome(result, uow.changes)

    def set(self, skp_id: str, period: str, *, today: dt.date | None = None
            ) -> Outcome[Evaluation]:
        """Ditetapkan: both ratings needed; the snapshot and the org predikat are refreshed one
        last time (the JPT rule's rating hasil kerja with them) and frozen."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, info = evaluable(uow, skp_id, period, today)
            _require_rater(uow, skp)
            current, name = self._existing(uow, skp, info, today)
            self._refuse_read_only(current, name, info)
            pegawai = uow.people.get(skp.pegawai_id)
            fields: dict[str, Any] = {}
            hasil = current.rating_hasil
            if jpt_unit(uow, pegawai):
                hasil, _ = self._jpt_hasil(uow, pegawai, info, None)
                fields.update(rating_hasil=hasil, hasil_from_org=True)
            for value, field in ((hasil, "rating_hasil_kerja"),
                                 (current.rating_perilaku, "rating_perilaku_kerja")):
                if value is None:
                    raise DomainError(ErrorCode.EVAL_INCOMPLETE, field=field, name=name,
                                      period=info.label)
            if not current.predikat_override:
                fields["predikat"] = predikat_of(hasil, current.rating_perilaku)
            fields.update(status=EvaluationStatus.DITETAPKAN, set_on=today)
            value = self._write_draft(uow, skp, info, pegawai, current, fields)
            result = apply_effective(uow, [value], today)[0]
        return Outcome(result, uow.changes)

    def reopen(self, skp_id: str, period: str, reason: str, *,
               today: dt.date | None = None) -> Outcome[Evaluation]:
        """Revision n+1 as a draft (the ditetapkan/final one becomes DIGANTI), with a reason."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, info = evaluable(uow, skp_id, period, today)
            _require_rater(uow, skp)
            current, name = self._existing(uow, skp, info, today)
            if current.status is EvaluationStatus.DRAFT:
                raise DomainError(ErrorCode.EVAL_NOT_SET, field="evaluasi", name=name,
                                  period=info.label)
            if current.stored_status is EvaluationStatus.FINAL:
                # stored final is written only by a keberatan's decision: that is final (§2.5)
                raise DomainError(ErrorCode.EVAL_FINAL_BY_KEBERATAN, field="evaluasi",
                                  name=name, period=info.label)
            if keberatan_open(uow, [current.id]):
                raise DomainError(ErrorCode.EVAL_KEBERATAN_OPEN, field="evaluasi", name=name,
                                  period=info.label)
            text = F.text(reason, "alasan_buka_kembali", max_len=MAX_REASON, required=False)
            if not text:
                raise DomainError(ErrorCode.EVAL_REOPEN_REASON_REQUIRED,
                                  field="alasan_buka_kembali")
            value = new_revision(uow, current, status=EvaluationStatus.DRAFT, reason=text)
            result = apply_effective(uow, [value], today)[0]
        return Outcome(result, uow.changes)

    # --- reads
    def get(self, skp_id: str, period: str, *, today: dt.date | None = None
            ) -> Evaluation | None:
        """The revision in force with its effective status, None when not rated yet."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            name = resolve_period(uow, period).name
            return self._current_effective(uow, skp_id, name, today)

    def history(self, skp_id: str, period: str, *, today: dt.date | None = None
                ) -> list[Evaluation]:
        """Every revision, oldest first, effective statuses."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            name = resolve_period(uow, period).name
            return apply_effective(uow, uow.evaluations.revisions(skp_id, name), today)

    def by_id(self, evaluation_id: str, *, today: dt.date | None = None) -> Evaluation | None:
        today = today or dt.date.today()
        with self._db.reader() as uow:
            value = uow.evaluations.get(evaluation_id)
            return apply_effective(uow, [value], today)[0] if value is not None else None

    def skp_for(self, pegawai_id: str, period: str) -> Skp:
        """The SKP an evaluation of `period` is written on (EVAL_NO_SKP when none)."""
        with self._db.reader() as uow:
            if uow.people.get(pegawai_id) is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=pegawai_id)
            return skp_for(uow, pegawai_id, resolve_period(uow, period))

    def org_predikat_now(self, pegawai_id: str, period: str) -> OrgPredikatRecord | None:
        """The predikat kinerja organisasi that applies to the pegawai's unit in `period` now
        (`org_predikat_for`; what a draft shows, a ditetapkan evaluation keeps its own)."""
        with self._db.reader() as uow:
            pegawai = uow.people.get(pegawai_id)
            if pegawai is None:
                return None
            return org_predikat_for(uow, pegawai.unit_id, resolve_period(uow, period).name)

    def for_period(self, period: str, *, penilai_id: str | None = None,
                   unit_id: str | None = None, today: dt.date | None = None
                   ) -> list[TeamEvaluation]:
        """Every active pegawai whose pejabat penilai is `penilai_id` (or in the unit tree of
        `unit_id`, an id or a path), by name, with their SKP of the period and evaluation in force (None when
        not rated). A few queries for the whole team (`evaluation_reads`)."""
        from .evaluation_reads import team_evaluations  # noqa: PLC0415 (it imports this module)
        today = today or dt.date.today()
        with self._db.reader() as uow:
            info = resolve_period(uow, period)
            if unit_id is not None and unit_id not in uow.office.unit_paths():
                unit = uow.office.find_unit_path(unit_id)   # a path ("Dinas/Bidang ...")
                if unit is None:
                    raise DomainError(ErrorCode.UNIT_NOT_FOUND, field="unit", value=unit_id)
                unit_id = unit.id
            return team_evaluations(uow, info, penilai_id=penilai_id, unit_id=unit_id,
                                    today=today)

    def workspace(self, pegawai_id: str, period: str, *, today: dt.date | None = None
                  ) -> EvaluationWorkspace:
        """What the Penilaian tab shows for one pegawai and period, from one read. A pegawai
        without an SKP for the period gets a workspace with `skp` None and `problem` the
        DomainError saying why (the tab shows its message instead of refusing to open)."""
        from .evaluation_reads import workspace  # noqa: PLC0415 (it imports this module)
        today = today or dt.date.today()
        with self._db.reader() as uow:
            pegawai = uow.people.get(pegawai_id)
            if pegawai is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=pegawai_id)
            info = resolve_period(uow, period)
            skp, problem = None, None
            try:
                skp = skp_for(uow, pegawai_id, info)
            except DomainError as err:
                problem = err
            return workspace(uow, pegawai, info, skp, problem, today)

    # --- steps
    @staticmethod
    def _current_effective(uow, skp_id: str, period: str, today: dt.date) -> Evaluation | None:
        current = uow.evaluations.current(skp_id, period)
        return apply_effective(uow, [current], today)[0] if current is not None else None

    def _existing(self, uow, skp: Skp, info: PeriodInfo, today: dt.date
                  ) -> tuple[Evaluation, str]:
        """The revision in force (EVAL_NOT_FOUND when none) and the pegawai's name text."""
        current = self._current_effective(uow, skp.id, info.name, today)
        name = person_text(uow, skp.pegawai_id)
        if current is None:
            raise DomainError(ErrorCode.EVAL_NOT_FOUND, field="evaluasi", name=name,
                              period=info.label)
        return current, name

    @staticmethod
    def _refuse_read_only(current: Evaluation, name: str, info: PeriodInfo) -> None:
        if current.status is not EvaluationStatus.DRAFT:
            raise DomainError(ErrorCode.EVAL_READ_ONLY, field="evaluasi", name=name,
                              period=info.label,
                              status=EVALUATION_STATUS_LABELS[current.status])

    def _draft_or_refuse(self, uow, skp: Skp, info: PeriodInfo,
                         today: dt.date) -> Evaluation | None:
        current = self._current_effective(uow, skp.id, info.name, today)
        if current is not None:
            self._refuse_read_only(current, person_text(uow, skp.pegawai_id), info)
        return current

    @staticmethod
    def _jpt_hasil(uow, pegawai: Pegawai, info: PeriodInfo,
                   given: Rating | None) -> tuple[Rating | None, bool]:
        """(rating hasil kerja, from the organisation?): the JPT rule of §3.1 or `given`."""
        unit_id = jpt_unit(uow, pegawai)
        if unit_id is None:
            return given, False
        org: OrgPredikatRecord | None = org_predikat_for(uow, unit_id, info.name)
        if org is None:
            raise DomainError(ErrorCode.EVAL_JPT_NEEDS_ORG_PREDIKAT,
                              field="predikat_organisasi", name=pegawai.full_name,
                              unit=unit_path_text(pegawai.unit_path), period=info.label)
        expected = rating_from_org(org.predikat)
        if given is not None and given is not expected:
            raise DomainError(ErrorCode.EVAL_JPT_HASIL_FROM_ORG, field="rating_hasil_kerja",
                              name=pegawai.full_name, org=org.predikat.label,
                              expected=RATING_LABELS[expected], value=RATING_LABELS[given])
        return expected, True

    @staticmethod
    def _write_draft(uow, skp: Skp, info: PeriodInfo, pegawai: Pegawai,
                     current: Evaluation | None, fields: dict[str, Any]) -> Evaluation:
        """Update the draft (or add revision 1) with `fields` and a fresh snapshot."""
        pin_rhythm(uow, skp.year, info.rhythm)
        row = dict(_snapshot_fields(uow, skp, pegawai, info.name))
        row.update(fields)
        if current is None:
            row.setdefault("status", EvaluationStatus.DRAFT)
            return uow.evaluations.add_revision(skp.id, info.name, 1,
                                                {"pegawai_id": skp.pegawai_id, **row})
        return uow.evaluations.update(current.id, row)
