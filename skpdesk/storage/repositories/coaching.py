"""Umpan balik berkelanjutan, B.1.8 and B.1.9 rows <-> `domain.dialog` values.

The three tables are append-only (PEERS-AND-SYNC B3.4): rows are only inserted; a correction is
a new row whose `supersedes_id` names the one it replaces, and readers show the rows nobody
supersedes ("current"). Two corrections of one row made apart on two replicas are both current
after sync: both are kept, newest first, never silently dropped.

`dialog_access` reads the little of a dialog these records need (kind, participants, who led
and wrote it, confidentiality), so this repository does not depend on the dialog repository.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from skpdesk.domain.dialog import (B18Answer, CoachingFeedback, CompetencyEvaluation,
                                   CompetencyItem, Feedback, PersonRef)
from skpdesk.domain.people import titled_name

from ..tables import (CoachingFeedbackRow, CompetencyEvaluationRow, DialogParticipantRow,
                      DialogRow, FeedbackRow, FollowUpRow, PegawaiRow, SkpRow)
from .base import RepositoryBase


@dataclass(frozen=True)
class DialogAccess:
    """What B.1.8/B.1.9 and umpan balik need to know about a dialog."""

    id: str
    held_on: dt.date
    kind: str
    confidential: bool
    participant_ids: tuple[str, ...]
    led_by_id: str | None
    led_by_name: str
    led_by_role: str
    author_id: str | None
    closed_at: str | None


class CoachingRepository(RepositoryBase):
    # --- people
    def person(self, pegawai_id: str | None, fallback_name: str = "") -> PersonRef | None:
        if not pegawai_id:
            return PersonRef(fallback_name) if fallback_name else None
        row = self._s.get(PegawaiRow, pegawai_id)
        if row is None:  # a pegawai removed on another replica: the snapshot name remains
            return PersonRef(fallback_name or "-", pegawai_id=pegawai_id)
        return PersonRef(titled_name(row.name, row.front_title, row.back_title),
                         pegawai_id=row.id, nip=row.nip)

    # --- dialogs
    def dialog_access(self, dialog_id: str) -> DialogAccess | None:
        row = self._s.get(DialogRow, dialog_id)
        if row is None:
            return None
        # Participants in a stable order: the first added first (ids are UUIDv7, time-ordered).
        participants = tuple(self._s.execute(
            select(DialogParticipantRow.pegawai_id).where(DialogParticipantRow.dialog_id == dialog_id)
            .order_by(DialogParticipantRow.created_at, DialogParticipantRow.id)).scalars())
        return DialogAccess(row.id, row.held_on, row.kind, bool(row.confidential), participants,
                            row.led_by_id, row.led_by_name or "", row.led_by_role or "",
                            row.author_id, row.closed_at)

    def dialog_ids_matching(self, prefix: str, limit: int = 3) -> list[str]:
        """Dialog ids starting with `prefix` (the CLI accepts a unique prefix of an id)."""
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return list(self._s.execute(select(DialogRow.id).where(DialogRow.id.like(like, escape="\\"))
                                    .order_by(DialogRow.id).limit(limit)).scalars())

    def follow_up_ids_closed_in(self, dialog_id: str) -> list[str]:
        """Follow-ups (of earlier dialogs) settled in this dialog, oldest first."""
        return list(self._s.execute(select(FollowUpRow.id).where(
            FollowUpRow.closed_in_dialog_id == dialog_id)
            .order_by(FollowUpRow.created_at, FollowUpRow.id)).scalars())

    # --- umpan balik berkelanjutan
    def add_feedback(self, fields: dict[str, Any]) -> Feedback:
        row = self._add(FeedbackRow, **fields)
        return self._feedback(row, self._skp_owner(row.skp_id))

    def feedback(self, feedback_id: str) -> Feedback | None:
        row = self._s.get(FeedbackRow, feedback_id)
        return self._feedback(row, self._skp_owner(row.skp_id)) if row else None

    def feedback_superseded(self, feedback_id: str) -> bool:
        return self._s.execute(select(FeedbackRow.id).where(
            FeedbackRow.supersedes_id == feedback_id).limit(1)).first() is not None

    def current_feedback(self, *, skp_id: str | None = None, rhk_id: str | None = None,
                         core_value_id: str | None = None, pegawai_id: str | None = None,
                         year: int | None = None, dialog_id: str | None = None) -> list[Feedback]:
        """The feedback nobody superseded, newest first (given_on, then written time)."""
        newer = aliased(FeedbackRow)
        stmt = (select(FeedbackRow, SkpRow.pegawai_id).join(SkpRow, SkpRow.id == FeedbackRow.skp_id)
                .where(~select(newer.id).where(newer.supersedes_id == FeedbackRow.id).exists()))
        if skp_id is not None:
            stmt = stmt.where(FeedbackRow.skp_id == skp_id)
        if rhk_id is not None:
            stmt = stmt.where(FeedbackRow.rhk_id == rhk_id)
        if core_value_id is not None:
            stmt = stmt.where(FeedbackRow.core_value_id == core_value_id)
        if pegawai_id is not None:
            stmt = stmt.where(SkpRow.pegawai_id == pegawai_id)
        if year is not None:
            stmt = stmt.where(SkpRow.year == year)
        if dialog_id is not None:
            stmt = stmt.where(FeedbackRow.dialog_id == dialog_id)
        stmt = stmt.order_by(FeedbackRow.given_on.desc(), FeedbackRow.created_at.desc(),
                             FeedbackRow.id.desc())
        return [self._feedback(row, owner) for row, owner in self._s.execute(stmt).all()]

    def _skp_owner(self, skp_id: str) -> str:
        return self._s.execute(select(SkpRow.pegawai_id).where(SkpRow.id == skp_id)).scalar() or ""

    def _feedback(self, row: FeedbackRow, pegawai_id: str) -> Feedback:
        return Feedback(id=row.id, skp_id=row.skp_id, pegawai_id=pegawai_id, rhk_id=row.rhk_id,
                        core_value_id=row.core_value_id, target_label=row.target_label or "",
                        period=row.period, given_on=row.given_on, text=row.text,
                        author=self.person(row.author_id, row.author_name or ""),
                        dialog_id=row.dialog_id, supersedes_id=row.supersedes_id)

    # --- B.1.8
    def add_coaching_feedback(self, fields: dict[str, Any]) -> CoachingFeedback:
        return self._b18(self._add(CoachingFeedbackRow, **fields))

    def current_coaching_feedback(self, dialog_id: str,
                                  pegawai_id: str | None = None) -> list[CoachingFeedback]:
        newer = aliased(CoachingFeedbackRow)
        stmt = select(CoachingFeedbackRow).where(
            CoachingFeedbackRow.dialog_id == dialog_id,
            ~select(newer.id).where(newer.supersedes_id == CoachingFeedbackRow.id).exists())
        if pegawai_id is not None:
            stmt = stmt.where(CoachingFeedbackRow.pegawai_id == pegawai_id)
        stmt = stmt.order_by(CoachingFeedbackRow.answered_on.desc(),
                             CoachingFeedbackRow.created_at.desc(), CoachingFeedbackRow.id.desc())
        return [self._b18(r) for r in self._s.execute(stmt).scalars()]

    def _b18(self, row: CoachingFeedbackRow) -> CoachingFeedback:
        answers = tuple(B18Answer(int(a["number"]), a["statement"], a["response"],
                                  a.get("comment", "") or "")
                        for a in json.loads(row.answers or "[]"))
        return CoachingFeedback(id=row.id, dialog_id=row.dialog_id,
                                pegawai=self.person(row.pegawai_id) or PersonRef("-"),
                                answered_on=row.answered_on,
                                scale=tuple(json.loads(row.scale or "[]")), answers=answers,
                                supersedes_id=row.supersedes_id)

    # --- B.1.9
    def add_competency(self, fields: dict[str, Any]) -> CompetencyEvaluation:
        return self._b19(self._add(CompetencyEvaluationRow, **fields))

    def current_competency(self, dialog_id: str,
                           pegawai_id: str | None = None) -> list[CompetencyEvaluation]:
        newer = aliased(CompetencyEvaluationRow)
        stmt = select(CompetencyEvaluationRow).where(
            CompetencyEvaluationRow.dialog_id == dialog_id,
            ~select(newer.id).where(newer.supersedes_id == CompetencyEvaluationRow.id).exists())
        if pegawai_id is not None:
            stmt = stmt.where(CompetencyEvaluationRow.pegawai_id == pegawai_id)
        stmt = stmt.order_by(CompetencyEvaluationRow.evaluated_on.desc(),
                             CompetencyEvaluationRow.created_at.desc(),
                             CompetencyEvaluationRow.id.desc())
        return [self._b19(r) for r in self._s.execute(stmt).scalars()]

    def _b19(self, row: CompetencyEvaluationRow) -> CompetencyEvaluation:
        items = tuple(CompetencyItem(i["name"], int(i["value"]), i["reason"])
                      for i in json.loads(row.items or "[]"))
        evaluator = self.person(row.evaluator_id, row.evaluator_name or "")
        if evaluator is not None and row.evaluator_role and evaluator.pegawai_id is None:
            evaluator = PersonRef(evaluator.name, role=row.evaluator_role)
        return CompetencyEvaluation(id=row.id, dialog_id=row.dialog_id,
                                    pegawai=self.person(row.pegawai_id) or PersonRef("-"),
                                    evaluator=evaluator, evaluated_on=row.evaluated_on,
                                    items=items, supersedes_id=row.supersedes_id)
