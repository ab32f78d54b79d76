"""Keberatan (issue 12; SKP-REFERENCE §2.5, PP 30/2019 Pasal 59): a pegawai objects to a
ditetapkan evaluation, the atasan pejabat penilai asks for explanations and decides; the
decision is final.

- Filing: only the pegawai evaluated, against the revision in force while it is DITETAPKAN
  (stored): not a draft (KEBERATAN_NOT_SET), not one made final by a decision
  (KEBERATAN_FINAL), once per revision (KEBERATAN_EXISTS), at the latest on day 14 after the
  day it was ditetapkan (`domain.evaluation.keberatan_deadline`; day 15: KEBERATAN_TOO_LATE),
  with reasons. It goes to the atasan pejabat penilai recorded on the evaluation (its
  `atasan_id` column, snapshotted when ditetapkan), so a later staff change does not move it;
  none recorded: KEBERATAN_NO_ATASAN.
- While it waits the evaluation stays ditetapkan (the derived "final" waits for the decision:
  `evaluations.keberatan_open`) and cannot be reopened.
- Explanations ("meminta penjelasan kepada Pejabat Penilai Kinerja PNS dan PNS yang dinilai"):
  the atasan records what the pejabat penilai and the pegawai said, while it waits.
- Decision, by the atasan only, with a note: "tetap" writes FINAL and final_on on the revision
  objected to; "ubah" writes revision n+1 (`evaluations.new_revision`) with the new ratings, the
  predikat of the matrix (an earlier override does not carry over: the atasan "menetapkan hasil
  penilaian"), status FINAL, set_on and final_on the decision's date and reopen_reason
  "Keputusan keberatan: <note>". A rating not given stays as it was; the JPT rule keeps the
  rating hasil kerja that came from the organisation. A decided keberatan is read-only
  (KEBERATAN_DECIDED) and the evaluation cannot be reopened or objected to again.
- Nobody may act "atas nama" here: the pengelola kinerja has no role in a keberatan (the
  regulation names the atasan).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from skpdesk.domain.dates import tanggal
from skpdesk.domain.identifiers import clean_nip
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import (EVALUATION_STATUS_LABELS, KEBERATAN_DECISION_LABELS,
                                       MAX_NOTE, RATING_LABELS, Evaluation,
                                       EvaluationStatus, Keberatan, KeberatanDecision,
                                       KeberatanStatus, Rating, keberatan_deadline, predikat_of)
from skpdesk.domain.periods import PeriodInfo

from .. import fields as F
from ..dialog.feedback import acting_pegawai_id, person_text
from ..evidence.periods import resolve_period
from ..outcome import Outcome
from ..record_ids import resolve_id
from .evaluations import _rating, apply_effective, new_revision  # one reading of a rating

__all__ = ["KeberatanService", "KeberatanView", "KeberatanOptions", "DECISION_PREFIX"]

DECISION_PREFIX = "Keputusan keberatan: "   # reopen_reason of a revision written by "ubah"


@dataclass(frozen=True)
class KeberatanView:
    """A keberatan with the evaluation it objects to and, after "ubah", the revision the
    decision wrote (effective statuses)."""

    keberatan: Keberatan
    evaluation: Evaluation | None
    result: Evaluation | None
    pegawai_name: str
    pegawai_nip: str
    deadline: dt.date | None          # the last day it could be filed


@dataclass(frozen=True)
class KeberatanOptions:
    """What the acting pegawai may do about the keberatan of an evaluation (the window's
    buttons): file one until `file_until`, or decide the waiting one."""

    may_file: bool
    file_until: dt.date | None
    keberatan: Keberatan | None       # the newest keberatan of the evaluation's revisions
    may_decide: bool


class KeberatanService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- writes
    def file(self, skp_id: str, period: str, reason: str, *,
             today: dt.date | None = None) -> Outcome[Keberatan]:
        """The pegawai objects to the ditetapkan evaluation of `period` (module doc)."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, info = _skp_and_period(uow, skp_id, period)
            name = person_text(uow, skp.pegawai_id)
            actor = _require_actor(uow)
            if actor != skp.pegawai_id:
                raise DomainError(ErrorCode.KEBERATAN_FILER_REFUSED, field="saya_adalah",
                                  name=name, actor=person_text(uow, actor))
            current = uow.evaluations.current(skp.id, info.name)
            if current is None:
                raise DomainError(ErrorCode.EVAL_NOT_FOUND, field="evaluasi", name=name,
                                  period=info.label)
            _check_fileable(uow, current, name, info, today)
            text = F.text(reason, "alasan_keberatan", max_len=MAX_NOTE)
            atasan_id = uow.evaluations.column(current.id, "atasan_id")
            if not atasan_id:
                raise DomainError(ErrorCode.KEBERATAN_NO_ATASAN, field="evaluasi", name=name,
                                  period=info.label)
            atasan_name = current.atasan.name if current.atasan else person_text(uow, atasan_id)
            value = uow.keberatan.add(current.id, {
                "skp_id": skp.id, "pegawai_id": skp.pegawai_id, "period": info.name,
                "filed_on": today, "filed_by_id": actor,
                "filed_by_name": person_text(uow, actor), "reason": text,
                "atasan_id": atasan_id, "atasan_name": atasan_name,
                "status": KeberatanStatus.DIAJUKAN.value})
        return Outcome(value, uow.changes)

    def explain(self, keberatan_id: str, *, penilai: str | None = None,
                pegawai: str | None = None, today: dt.date | None = None
                ) -> Outcome[Keberatan]:
        """The atasan records the explanations of the pejabat penilai and of the pegawai (what
        is None stays as it was; an empty text clears it)."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            keberatan = _load(uow, keberatan_id)
            _require_atasan(uow, keberatan)
            _require_waiting(uow, keberatan)
            if penilai is None and pegawai is None:
                raise DomainError(ErrorCode.FIELD_REQUIRED, field="penjelasan")
            fields: dict[str, Any] = {}
            for value, column in ((penilai, "penilai"), (pegawai, "pegawai")):
                if value is None:
                    continue
                text = F.text(value, "penjelasan", max_len=MAX_NOTE, required=False)
                fields[f"{column}_explanation"] = text
                fields[f"{column}_explained_on"] = today if text else None
            value = uow.keberatan.update(keberatan.id, fields)
        return Outcome(value, uow.changes)

    def decide(self, keberatan_id: str, *, keep: bool, hasil=None, perilaku=None,
               note: str = "", today: dt.date | None = None) -> Outcome[Keberatan]:
        """The atasan's final decision: keep the ratings, or change them (module doc)."""
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            keberatan = _load(uow, keberatan_id)
            actor = _require_atasan(uow, keberatan)
            _require_waiting(uow, keberatan)
            evaluation = _objected(uow, keberatan)
            text = F.text(note, "catatan_keputusan", max_len=MAX_NOTE)
            hasil_r = _rating(hasil, "rating_hasil_kerja")
            perilaku_r = _rating(perilaku, "rating_perilaku_kerja")
            decided = {"status": KeberatanStatus.DIPUTUSKAN.value, "decision_note": text,
                       "decided_on": today, "decided_by_id": actor,
                       "decided_by_name": person_text(uow, actor)}
            if keep:
                if hasil_r is not None or perilaku_r is not None:
                    raise DomainError(ErrorCode.KEBERATAN_KEEP_WITH_RATINGS,
                                      field="rating_hasil_kerja" if hasil_r is not None
                                      else "rating_perilaku_kerja")
                uow.evaluations.update(evaluation.id, {"status": EvaluationStatus.FINAL,
                                                       "final_on": today})
                decided["decision"] = KeberatanDecision.KEEP.value
            else:
                new_hasil = _decided_hasil(uow, evaluation, hasil_r)
                new_perilaku = perilaku_r or evaluation.rating_perilaku
                if new_hasil is None or new_perilaku is None:
                    raise DomainError(ErrorCode.EVAL_RATING_REQUIRED,
                                      field="rating_hasil_kerja" if new_hasil is None
                                      else "rating_perilaku_kerja")
                if (new_hasil, new_perilaku) == (evaluation.rating_hasil,
                                                 evaluation.rating_perilaku):
                    raise DomainError(ErrorCode.KEBERATAN_CHANGE_SAME, field="keputusan",
                                      hasil=RATING_LABELS[new_hasil],
                                      perilaku=RATING_LABELS[new_perilaku])
                result = new_revision(uow, evaluation, status=EvaluationStatus.FINAL,
                                      reason=f"{DECISION_PREFIX}{text}", fields={
                                          "rating_hasil": new_hasil,
                                          "rating_perilaku": new_perilaku,
                                          "predikat": predikat_of(new_hasil, new_perilaku),
                                          "predikat_override": False, "override_reason": "",
                                          "rated_on": today,
                                          "rated_by_name": person_text(uow, actor),
                                          "set_on": today, "final_on": today})
                decided.update(decision=KeberatanDecision.CHANGE.value,
                               new_hasil=new_hasil.value, new_perilaku=new_perilaku.value,
                               result_evaluasi_id=result.id)
            value = uow.keberatan.update(keberatan.id, decided)
        return Outcome(value, uow.changes)

    # --- reads
    def resolve(self, text: str) -> str:
        """The keberatan id typed on the command line: the full id or a unique prefix."""
        with self._db.reader() as uow:
            return resolve_id(uow, "keberatan", text, "keberatan")

    def get(self, keberatan_id: str) -> Keberatan:
        """The keberatan (KEBERATAN_NOT_FOUND naming the id)."""
        with self._db.reader() as uow:
            return _load(uow, keberatan_id)

    def view(self, keberatan_id: str, *, today: dt.date | None = None) -> KeberatanView:
        """The keberatan with the evaluation it objects to and the decision's revision."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            return _view(uow, _load(uow, keberatan_id), today)

    def for_evaluation(self, skp_id: str, period: str) -> Keberatan | None:
        """The newest keberatan among the revisions of the SKP's evaluation of `period` (after
        an "ubah" decision the revision in force has none; its predecessor has)."""
        with self._db.reader() as uow:
            return _newest_for(uow, skp_id, resolve_period(uow, period).name)

    def options(self, skp_id: str, period: str, *, today: dt.date | None = None
                ) -> KeberatanOptions:
        """What the acting pegawai may do now (module doc: the same rules as the writes)."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            info = resolve_period(uow, period)
            actor = acting_pegawai_id(uow)
            current = uow.evaluations.current(skp_id, info.name)
            newest = _newest_for(uow, skp_id, info.name)
            may_file, until = False, None
            if (current is not None and current.stored_status is EvaluationStatus.DITETAPKAN
                    and current.set_on is not None):
                until = keberatan_deadline(current.set_on)
                may_file = (actor is not None and actor == current.pegawai_id
                            and today <= until
                            and uow.keberatan.for_evaluation(current.id) is None
                            and bool(uow.evaluations.column(current.id, "atasan_id")))
            may_decide = (newest is not None and newest.is_open and actor is not None
                          and actor == newest.atasan_id)
            return KeberatanOptions(may_file=may_file, file_until=until, keberatan=newest,
                                    may_decide=may_decide)

    def waiting_for_me(self) -> list[Keberatan]:
        """DIAJUKAN keberatan waiting for the acting pegawai's decision, oldest first."""
        with self._db.reader() as uow:
            actor = _require_actor(uow)
            return uow.keberatan.waiting_for(actor)

    def list(self, *, status: KeberatanStatus | str | None = None) -> list[Keberatan]:
        """Every keberatan of the database (or those of one status), newest filed first."""
        with self._db.reader() as uow:
            return uow.keberatan.all(status=KeberatanStatus(status) if status else None)

    def views(self, keberatan: list[Keberatan], *, today: dt.date | None = None
              ) -> list[KeberatanView]:
        today = today or dt.date.today()
        with self._db.reader() as uow:
            return [_view(uow, k, today) for k in keberatan]


# --- steps
def _require_actor(uow) -> str:
    actor = acting_pegawai_id(uow)
    if actor is None:
        raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
    return actor


def _skp_and_period(uow, skp_id: str, period: str | PeriodInfo):
    skp = uow.skp.load(skp_id)
    if skp is None:
        raise DomainError(ErrorCode.SKP_NOT_FOUND, value=skp_id)
    info = period if isinstance(period, PeriodInfo) else resolve_period(uow, period)
    return skp, info


def _check_fileable(uow, current: Evaluation, name: str, info: PeriodInfo,
                    today: dt.date) -> None:
    stored = current.stored_status
    if stored is EvaluationStatus.DRAFT:
        raise DomainError(ErrorCode.KEBERATAN_NOT_SET, field="evaluasi", name=name,
                          period=info.label, status=EVALUATION_STATUS_LABELS[stored])
    if stored is EvaluationStatus.FINAL:
        raise DomainError(ErrorCode.KEBERATAN_FINAL, field="evaluasi", name=name,
                          period=info.label,
                          date=tanggal(current.final_on) if current.final_on else "-")
    existing = uow.keberatan.for_evaluation(current.id)
    if existing is not None:
        raise DomainError(ErrorCode.KEBERATAN_EXISTS, field="evaluasi", name=name,
                          period=info.label, revision=current.revision,
                          date=tanggal(existing.filed_on), status=_status_text(existing))
    deadline = keberatan_deadline(current.set_on) if current.set_on else None
    if deadline is not None and today > deadline:
        raise DomainError(ErrorCode.KEBERATAN_TOO_LATE, field="evaluasi", name=name,
                          period=info.label, set_on=tanggal(current.set_on),
                          deadline=tanggal(deadline))


def _status_text(keberatan: Keberatan) -> str:
    if keberatan.decision is not None:
        return f"diputuskan: {KEBERATAN_DECISION_LABELS[keberatan.decision].lower()}"
    return "menunggu keputusan atasan pejabat penilai"


def _load(uow, keberatan_id: str) -> Keberatan:
    value = uow.keberatan.get(keberatan_id) if keberatan_id else None
    if value is None:
        raise DomainError(ErrorCode.KEBERATAN_NOT_FOUND, field="keberatan",
                          value=keberatan_id or "")
    return value


def _require_atasan(uow, keberatan: Keberatan) -> str:
    actor = _require_actor(uow)
    if actor != keberatan.atasan_id:
        raise DomainError(ErrorCode.KEBERATAN_DECIDER_REFUSED, field="saya_adalah",
                          name=person_text(uow, keberatan.pegawai_id),
                          atasan=keberatan.atasan_name or person_text(uow, keberatan.atasan_id),
                          actor=person_text(uow, actor))
    return actor


def _require_waiting(uow, keberatan: Keberatan) -> None:
    if keberatan.status is not KeberatanStatus.DIAJUKAN:
        label = (KEBERATAN_DECISION_LABELS[keberatan.decision].lower()
                 if keberatan.decision else "-")
        raise DomainError(ErrorCode.KEBERATAN_DECIDED, field="keberatan",
                          name=person_text(uow, keberatan.pegawai_id),
                          period=_period_label(uow, keberatan.period),
                          date=tanggal(keberatan.decided_on) if keberatan.decided_on else "-",
                          decision=label)


def _period_label(uow, name: str) -> str:
    try:
        return resolve_period(uow, name).label
    except DomainError:
        return name


def _objected(uow, keberatan: Keberatan) -> Evaluation:
    """The revision objected to, still the one in force and ditetapkan (a reopen is refused
    while the keberatan waits; two laptops could still cross: then it cannot be decided)."""
    evaluation = uow.evaluations.get(keberatan.evaluation_id)
    current = uow.evaluations.current(keberatan.skp_id, keberatan.period)
    name = person_text(uow, keberatan.pegawai_id)
    if evaluation is None or current is None or current.id != evaluation.id \
            or evaluation.stored_status is not EvaluationStatus.DITETAPKAN:
        raise DomainError(ErrorCode.KEBERATAN_NOT_CURRENT, field="keberatan", name=name,
                          period=_period_label(uow, keberatan.period),
                          revision=evaluation.revision if evaluation else "-",
                          current=current.revision if current else "-")
    return evaluation


def _decided_hasil(uow, evaluation: Evaluation, given: Rating | None) -> Rating | None:
    """The rating hasil kerja of an "ubah" decision: the JPT rule keeps the one the
    organisation's predikat gave when the evaluation was ditetapkan (§3.1)."""
    if not evaluation.hasil_from_org:
        return given or evaluation.rating_hasil
    expected = evaluation.rating_hasil
    if given is not None and expected is not None and given is not expected:
        pegawai = evaluation.pegawai
        raise DomainError(ErrorCode.EVAL_JPT_HASIL_FROM_ORG, field="rating_hasil_kerja",
                          name=pegawai.name if pegawai else person_text(uow, evaluation.pegawai_id),
                          org=evaluation.org_predikat.label if evaluation.org_predikat else "-",
                          expected=RATING_LABELS[expected], value=RATING_LABELS[given])
    return expected


def _newest_for(uow, skp_id: str, period: str) -> Keberatan | None:
    revisions = uow.evaluations.revisions(skp_id, period)
    found = uow.keberatan.for_evaluations([e.id for e in revisions])
    for evaluation in reversed(revisions):
        if evaluation.id in found:
            return found[evaluation.id]
    return None


def _view(uow, keberatan: Keberatan, today: dt.date) -> KeberatanView:
    evaluation = uow.evaluations.get(keberatan.evaluation_id)
    result = (uow.evaluations.get(keberatan.result_evaluation_id)
              if keberatan.result_evaluation_id else None)
    shown = apply_effective(uow, [e for e in (evaluation, result) if e is not None], today)
    evaluation = shown[0] if evaluation is not None else None
    result = shown[-1] if result is not None else None
    snap = evaluation.pegawai if evaluation is not None else None
    pegawai = uow.people.get(keberatan.pegawai_id)
    return KeberatanView(
        keberatan=keberatan, evaluation=evaluation, result=result,
        pegawai_name=snap.name if snap else (pegawai.full_name if pegawai else "-"),
        pegawai_nip=clean_nip(snap.nip) if snap else (pegawai.nip or "" if pegawai else ""),
        deadline=evaluation.keberatan_deadline if evaluation is not None else None)
