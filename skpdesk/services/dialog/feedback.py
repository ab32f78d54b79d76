"""Umpan balik berkelanjutan: the pimpinan's dated feedback on one RHK or one core value of an
SKP, for a month or a quarter (issue 10), shown beside the RHK and the value in the SKP tab and
read by the evaluation forms later.

Rules (each refusal names the field and the rule; nothing is written):
- who: the acting pegawai ("Saya adalah" / `--as`) must be the SKP's pejabat penilai (recorded
  on the SKP, else the pegawai's atasan) or a pengelola kinerja; nobody acting: ACTING_UNKNOWN;
- on exactly one RHK of that SKP or one core value of the office;
- the period is a month ("2026-03") or a quarter ("2026-Q1", "2026-TW1") within the SKP's year;
- optionally from a dialog kinerja in which the pegawai took part.

Feedback is not confidential, even when given in a confidential dialog: it is about the SKP and
feeds the evaluation. Rows are append-only; `correct` writes a new row superseding the old one
and the lists show only the rows nobody superseded, newest first.
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.coaching_rules import FEEDBACK_TEXT_MAX_LEN
from skpdesk.domain.dialog import Feedback, parse_period, period_bounds
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import Skp
from skpdesk.storage.repositories.dialogs import rhk_label as topic_rhk_label

from .. import fields as F
from ..acting import admin_ids, penilai_id
from ..outcome import Outcome


def rhk_label(skp: Skp, rhk_id: str) -> str:
    """The RHK as dialog topics name it ("RHK 2: ...", "RHK Tambahan 1: ...")."""
    rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
    return topic_rhk_label(rhk.position, rhk.kind.value, rhk.text) if rhk else ""


def acting_pegawai_id(uow) -> str | None:
    """The acting pegawai's id, when it names a pegawai of this database."""
    pegawai_id = uow.acting_id()
    return pegawai_id if pegawai_id and uow.people.get(pegawai_id) is not None else None


def person_text(uow, pegawai_id: str | None) -> str:
    """"Nama, gelar (NIP)" for messages; "-" for nobody."""
    p = uow.people.get(pegawai_id) if pegawai_id else None
    if p is None:
        return "-"
    return f"{p.full_name} ({p.nip})" if p.nip else p.full_name


class FeedbackService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- writing
    def add(self, skp_id: str, *, rhk_id: str | None = None, core_value_id: str | None = None,
            period: str, text: str, given_on: dt.date | str | None = None,
            dialog_id: str | None = None) -> Outcome[Feedback]:
        text = F.text(text, "umpan_balik", max_len=FEEDBACK_TEXT_MAX_LEN)
        day = F.date(given_on, "tanggal") if given_on not in (None, "") else dt.date.today()
        if bool(rhk_id) == bool(core_value_id):
            raise DomainError(ErrorCode.FEEDBACK_TARGET_REQUIRED, field="rhk",
                              reason="both" if rhk_id else "none")
        with self._db.unit_of_work(self._actor) as uow:
            skp = self._skp(uow, skp_id)
            author = self._check_author(uow, skp)
            code = self._period(period, skp.year)
            if rhk_id:
                rhk = uow.skp.rhk(rhk_id)
                if rhk is None:
                    raise DomainError(ErrorCode.RHK_NOT_FOUND, field="rhk", value=rhk_id)
                if rhk.skp_id != skp.id:
                    raise DomainError(ErrorCode.FEEDBACK_RHK_NOT_IN_SKP, field="rhk",
                                      value=rhk.text, name=person_text(uow, skp.pegawai_id))
                label = rhk_label(skp, rhk_id)
            else:
                value = next((c for c in uow.office.core_values() if c.id == core_value_id), None)
                if value is None:
                    raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field="perilaku",
                                      value=core_value_id)
                label = value.name
            if dialog_id:
                self._check_dialog(uow, dialog_id, skp.pegawai_id)
            me = uow.people.get(author)
            feedback = uow.coaching.add_feedback(dict(
                skp_id=skp.id, rhk_id=rhk_id or None, core_value_id=core_value_id or None,
                period=code, target_label=label, given_on=day, text=text, author_id=author,
                author_name=me.full_name if me else "", dialog_id=dialog_id or None,
                supersedes_id=None))
        return Outcome(feedback, uow.changes)

    def correct(self, feedback_id: str, text: str) -> Outcome[Feedback]:
        """A corrected text: a new row superseding `feedback_id` (same target, period, date)."""
        text = F.text(text, "umpan_balik", max_len=FEEDBACK_TEXT_MAX_LEN)
        with self._db.unit_of_work(self._actor) as uow:
            old = uow.coaching.feedback(feedback_id)
            if old is None:
                raise DomainError(ErrorCode.FEEDBACK_NOT_FOUND, field="id", value=feedback_id)
            if uow.coaching.feedback_superseded(feedback_id):
                raise DomainError(ErrorCode.FEEDBACK_NOT_FOUND, field="id", value=feedback_id,
                                  reason="superseded")
            skp = self._skp(uow, old.skp_id)
            author = self._check_author(uow, skp)
            me = uow.people.get(author)
            feedback = uow.coaching.add_feedback(dict(
                skp_id=old.skp_id, rhk_id=old.rhk_id, core_value_id=old.core_value_id,
                period=old.period, target_label=old.target_label, given_on=old.given_on,
                text=text, author_id=author, author_name=me.full_name if me else "",
                dialog_id=old.dialog_id, supersedes_id=old.id))
        return Outcome(feedback, uow.changes)

    # --- reading (current rows, newest first)
    def get(self, feedback_id: str) -> Feedback:
        with self._db.reader() as uow:
            found = uow.coaching.feedback(feedback_id)
        if found is None:
            raise DomainError(ErrorCode.FEEDBACK_NOT_FOUND, field="id", value=feedback_id)
        return found

    def for_skp(self, skp_id: str) -> list[Feedback]:
        with self._db.reader() as uow:
            return uow.coaching.current_feedback(skp_id=skp_id)

    def for_rhk(self, rhk_id: str) -> list[Feedback]:
        with self._db.reader() as uow:
            return uow.coaching.current_feedback(rhk_id=rhk_id)

    def for_core_value(self, skp_id: str, core_value_id: str) -> list[Feedback]:
        with self._db.reader() as uow:
            return uow.coaching.current_feedback(skp_id=skp_id, core_value_id=core_value_id)

    def for_pegawai(self, pegawai_id: str, year: int | None = None) -> list[Feedback]:
        with self._db.reader() as uow:
            return uow.coaching.current_feedback(pegawai_id=pegawai_id, year=year)

    def for_dialog(self, dialog_id: str) -> list[Feedback]:
        with self._db.reader() as uow:
            return uow.coaching.current_feedback(dialog_id=dialog_id)

    # --- rules
    @staticmethod
    def _skp(uow, skp_id: str) -> Skp:
        skp = uow.skp.load(skp_id) if skp_id else None
        if skp is None:
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id or "")
        return skp

    @staticmethod
    def _check_author(uow, skp: Skp) -> str:
        actor = acting_pegawai_id(uow)
        if actor is None:
            raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
        penilai = penilai_id(uow, skp)
        if actor != penilai and actor not in admin_ids(uow):
            raise DomainError(ErrorCode.FEEDBACK_ROLE_REFUSED, field="saya_adalah",
                              name=person_text(uow, skp.pegawai_id),
                              penilai=person_text(uow, penilai), actor=person_text(uow, actor))
        return actor

    @staticmethod
    def _period(text: str, year: int) -> str:
        code = parse_period(text or "")
        if code is None:
            raise DomainError(ErrorCode.FEEDBACK_PERIOD_INVALID, field="periode",
                              value=(text or "").strip())
        first, last = period_bounds(code)
        if first.year != year or last.year != year:
            raise DomainError(ErrorCode.FEEDBACK_PERIOD_INVALID, field="periode",
                              value=(text or "").strip(), reason="outside_year", year=year)
        return code

    @staticmethod
    def _check_dialog(uow, dialog_id: str, pegawai_id: str) -> None:
        access = uow.coaching.dialog_access(dialog_id)
        if access is None:
            raise DomainError(ErrorCode.DIALOG_NOT_FOUND, field="dialog", value=dialog_id)
        if pegawai_id not in access.participant_ids:
            raise DomainError(ErrorCode.COACHING_NOT_PARTICIPANT, field="dialog",
                              name=person_text(uow, pegawai_id))
