"""Bimbingan kinerja forms (SKP-REFERENCE §2.3): B.1.8 Umpan Balik Pelaksanaan Bimbingan Kinerja
(the pegawai's answers to the nine statements, verbatim) and B.1.9 Evaluasi Kompetensi Pegawai
sebagai Tindak Lanjut Bimbingan Kinerja (competencies with a value 1-5 and a reason).

Rules (each refusal names the field and the rule; nothing is written):
- the dialog is a bimbingan (coaching, mentoring, konseling) and the pegawai one of its
  participants;
- B.1.8 is answered by that pegawai, or entered from paper by a pengelola kinerja; the responses
  are labels of the office's scale (`coaching.b18_scale`, stored with the answer, so a later
  change of the setting does not change old answers); a second answer supersedes the first;
- B.1.9 is filled in by the leader of the bimbingan, the pegawai's pejabat penilai, or a
  pengelola kinerja (then the evaluator recorded is the dialog's leader, the coach who signs);
- confidentiality: both forms are content of their dialog. Who may not read a confidential
  dialog (`domain.dialog.may_read`) neither reads nor writes them: DIALOG_CONFIDENTIAL.
"""

from __future__ import annotations

import datetime as dt
import json

from skpdesk.domain.coaching_rules import (COMMENT_MAX_LEN, MAX_COMPETENCY_ITEMS,
                                           checked_competency, response_label, scale_or_default)
from skpdesk.domain.dialog import (B18_STATEMENTS, BIMBINGAN_KINDS, DIALOG_KIND_LABELS,
                                   SETTING_B18_SCALE, CoachingFeedback, CompetencyEvaluation,
                                   CompetencyItem, DialogKind, dialog_readers, may_read)
from skpdesk.domain.errors import DomainError, ErrorCode

from .. import fields as F
from ..acting import admin_ids, penilai_id
from .dialog_access import day_text
from .feedback import acting_pegawai_id, person_text
from ..outcome import Outcome
from ..record_ids import resolve_id


def dialog_kind_label(kind: str) -> str:
    try:
        return DIALOG_KIND_LABELS[DialogKind(kind)]
    except ValueError:
        return kind


def readable(access, reader_id: str | None) -> bool:
    """May `reader_id` read the content of the dialog `access` (a `DialogAccess`)?"""
    readers = dialog_readers(access.participant_ids, access.author_id, access.led_by_id)
    return may_read(access.confidential, readers, reader_id)


def readable_dialog(uow, dialog_id: str):
    """The `DialogAccess` of a dialog the acting pegawai may read, else the DomainError."""
    access = uow.coaching.dialog_access(dialog_id) if dialog_id else None
    if access is None:
        raise DomainError(ErrorCode.DIALOG_NOT_FOUND, field="dialog", value=dialog_id or "")
    if not readable(access, acting_pegawai_id(uow)):
        raise DomainError(ErrorCode.DIALOG_CONFIDENTIAL, field="dialog", value=dialog_id,
                          date=day_text(access.held_on))
    return access


def pegawai_penilai(uow, pegawai_id: str, year: int) -> str | None:
    """The pegawai's pejabat penilai for a year: of their SKP when there is one, else the atasan."""
    summary = uow.skp.find(pegawai_id, year)
    skp = uow.skp.load(summary.id) if summary is not None else None
    if skp is not None:
        return penilai_id(uow, skp)
    pegawai = uow.people.get(pegawai_id)
    return pegawai.supervisor_id if pegawai is not None else None


class CoachingService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def scale(self) -> tuple[str, ...]:
        """The B.1.8 response labels of the office, best first."""
        with self._db.reader() as uow:
            return scale_or_default(uow.office.settings().get(SETTING_B18_SCALE))

    def resolve_dialog_id(self, text: str) -> str:
        """A dialog's full id from the full id or a unique prefix (`record_ids.resolve_id`)."""
        with self._db.reader() as uow:
            return resolve_id(uow, "dialog_kinerja", text)

    # --- B.1.8
    def record_feedback(self, dialog_id: str, pegawai_id: str | None, responses,
                        comments=None, answered_on: dt.date | str | None = None
                        ) -> Outcome[CoachingFeedback]:
        """Store the pegawai's B.1.8 answers: `responses` are nine labels of the scale or their
        numbers (1 = the first label); `comments` up to nine optional texts."""
        responses = list(responses or [])
        comments = list(comments or [])
        if len(responses) != len(B18_STATEMENTS):
            raise DomainError(ErrorCode.COACHING_ANSWER_COUNT, field="jawaban",
                              count=len(responses), expected_count=len(B18_STATEMENTS))
        if len(comments) > len(B18_STATEMENTS):
            raise DomainError(ErrorCode.COACHING_ANSWER_COUNT, field="komentar",
                              count=len(comments), expected_count=len(B18_STATEMENTS))
        comments += [""] * (len(B18_STATEMENTS) - len(comments))
        cleaned = [F.text(c or "", "komentar", max_len=COMMENT_MAX_LEN, required=False)
                   for c in comments]
        day = _day(answered_on)
        with self._db.unit_of_work(self._actor) as uow:
            access, pegawai_id, actor = self._form_of(uow, dialog_id, pegawai_id)
            if actor != pegawai_id and actor not in admin_ids(uow):
                raise DomainError(ErrorCode.COACHING_ROLE_REFUSED, field="saya_adalah",
                                  rule="b18_pegawai", name=person_text(uow, pegawai_id),
                                  actor=person_text(uow, actor))
            scale = scale_or_default(uow.office.settings().get(SETTING_B18_SCALE))
            answers = [{"number": n, "statement": statement,
                        "response": response_label(value, scale, n), "comment": comment}
                       for n, (statement, value, comment)
                       in enumerate(zip(B18_STATEMENTS, responses, cleaned), start=1)]
            previous = uow.coaching.current_coaching_feedback(access.id, pegawai_id)
            value = uow.coaching.add_coaching_feedback(dict(
                dialog_id=access.id, pegawai_id=pegawai_id, answered_on=day,
                scale=json.dumps(list(scale), ensure_ascii=False),
                answers=json.dumps(answers, ensure_ascii=False),
                supersedes_id=previous[0].id if previous else None))
        return Outcome(value, uow.changes)

    def feedback_of(self, dialog_id: str, pegawai_id: str | None = None) -> CoachingFeedback | None:
        """The current B.1.8 of a participant (None: of whoever answered last), or None."""
        with self._db.reader() as uow:
            access = readable_dialog(uow, dialog_id)
            found = uow.coaching.current_coaching_feedback(access.id, pegawai_id)
        return found[0] if found else None

    # --- B.1.9
    def record_competency(self, dialog_id: str, pegawai_id: str | None, items,
                          evaluated_on: dt.date | str | None = None
                          ) -> Outcome[CompetencyEvaluation]:
        items = list(items or [])
        if not 1 <= len(items) <= MAX_COMPETENCY_ITEMS:
            raise DomainError(ErrorCode.COACHING_COMPETENCY_INVALID, field="kompetensi",
                              reason="no_items", count=len(items), max=MAX_COMPETENCY_ITEMS)
        cleaned = [checked_competency(item, n) for n, item in enumerate(items, start=1)]
        day = _day(evaluated_on)
        with self._db.unit_of_work(self._actor) as uow:
            access, pegawai_id, actor = self._form_of(uow, dialog_id, pegawai_id)
            penilai = pegawai_penilai(uow, pegawai_id, access.held_on.year)
            if actor in (access.led_by_id, penilai):
                evaluator_id, evaluator_name, evaluator_role = actor, "", ""
            elif actor in admin_ids(uow):
                # Entered by the pengelola from the signed paper: the coach is the evaluator.
                if access.led_by_id or access.led_by_name:
                    evaluator_id = access.led_by_id
                    evaluator_name, evaluator_role = access.led_by_name, access.led_by_role
                else:
                    evaluator_id, evaluator_name, evaluator_role = penilai or actor, "", ""
            else:
                raise DomainError(ErrorCode.COACHING_ROLE_REFUSED, field="saya_adalah",
                                  rule="b19_coach", name=person_text(uow, pegawai_id),
                                  penilai=person_text(uow, penilai), actor=person_text(uow, actor))
            if evaluator_id:
                who = uow.people.get(evaluator_id)
                evaluator_name = who.full_name if who else evaluator_name
            previous = uow.coaching.current_competency(access.id, pegawai_id)
            value = uow.coaching.add_competency(dict(
                dialog_id=access.id, pegawai_id=pegawai_id, evaluator_id=evaluator_id,
                evaluator_name=evaluator_name, evaluator_role=evaluator_role, evaluated_on=day,
                items=json.dumps([{"name": i.name, "value": i.value, "reason": i.reason}
                                  for i in cleaned], ensure_ascii=False),
                supersedes_id=previous[0].id if previous else None))
        return Outcome(value, uow.changes)

    def competency_of(self, dialog_id: str,
                      pegawai_id: str | None = None) -> CompetencyEvaluation | None:
        with self._db.reader() as uow:
            access = readable_dialog(uow, dialog_id)
            found = uow.coaching.current_competency(access.id, pegawai_id)
        return found[0] if found else None

    # --- rules
    def _form_of(self, uow, dialog_id: str, pegawai_id: str | None):
        """(the bimbingan's DialogAccess, the participant, the acting pegawai) of a form about
        to be written, or the DomainError of the first rule broken."""
        access = self._bimbingan(uow, dialog_id)
        pegawai_id = self._participant(uow, access, pegawai_id)
        actor = acting_pegawai_id(uow)
        if actor is None:
            raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
        return access, pegawai_id, actor

    @staticmethod
    def _bimbingan(uow, dialog_id: str):
        access = readable_dialog(uow, dialog_id)
        try:
            kind = DialogKind(access.kind)
        except ValueError:
            kind = None
        if kind not in BIMBINGAN_KINDS:
            raise DomainError(ErrorCode.COACHING_NOT_BIMBINGAN, field="dialog",
                              kind=dialog_kind_label(access.kind))
        return access

    @staticmethod
    def _participant(uow, access, pegawai_id: str | None) -> str:
        """The participant the form is for: `pegawai_id`, or the only participant."""
        if not pegawai_id:
            if len(access.participant_ids) == 1:
                return access.participant_ids[0]
            raise DomainError(ErrorCode.COACHING_NOT_PARTICIPANT, field="pegawai_dibimbing",
                              reason="several",
                              allowed=[person_text(uow, p) for p in access.participant_ids])
        if pegawai_id not in access.participant_ids:
            raise DomainError(ErrorCode.COACHING_NOT_PARTICIPANT, field="pegawai_dibimbing",
                              name=person_text(uow, pegawai_id))
        return pegawai_id


def _day(value) -> dt.date:
    """The form's date: given (checked), else today."""
    return F.date(value, "tanggal") if value not in (None, "") else dt.date.today()


__all__ = ["CoachingService", "CompetencyItem", "readable", "readable_dialog"]
