"""Dialog, follow-up, addendum, umpan balik and B.1.8/B.1.9 rows written through a unit of work
(journaled, like any service write), for the search index and reminder tests.

The dialog services (helpers A and B of issue 10) validate and write these rows; these helpers
write the rows with chosen values only, so a test can put a dialog on the exact day around a
reminder's boundary. The journal hook is the same one the services go through, so the search
index is kept in step exactly as for a service write.
"""

from __future__ import annotations

import datetime as dt
import json

from skpdesk.domain.ids import natural_id
from skpdesk.storage.tables import (CoachingFeedbackRow, CompetencyEvaluationRow,
                                    DialogAddendumRow, DialogParticipantRow, DialogRow,
                                    FeedbackRow, FollowUpRow)

from .helpers_sync_rows import add_row, update_row


def participant_id(dialog_id: str, pegawai_id: str) -> str:
    return natural_id(f"{dialog_id}/peserta/{pegawai_id}")


def add_dialog(db, *, participants, held_on: dt.date, kind: str = "pemantauan", notes: str = "",
               agenda=(), confidential: bool = False, author_id: str | None = None,
               led_by_id: str | None = None, closed: bool = False,
               follow_ups=()) -> tuple[str, list[str]]:
    """A dialog with its participants and follow-ups ((text, owner_id, due_on) triples);
    returns (dialog id, follow-up ids)."""
    with db.unit_of_work("test") as uow:
        dialog_id = add_row(uow, DialogRow, held_on=held_on, start_time="", duration_min=None,
                            place="", online=0, kind=kind, led_by_id=led_by_id, led_by_name="",
                            led_by_role="", agenda=json.dumps(list(agenda)), notes=notes,
                            confidential=int(confidential), author_id=author_id,
                            author_name="", closed_at="2026-01-01T00:00:00+00:00" if closed
                            else None, closed_by="")
        for pegawai_id in participants:
            add_row(uow, DialogParticipantRow, row_id=participant_id(dialog_id, pegawai_id),
                    dialog_id=dialog_id, pegawai_id=pegawai_id)
        follow_up_ids = [add_row(uow, FollowUpRow, dialog_id=dialog_id, owner_id=owner,
                                 text=text, due_on=due, status="open", status_note="")
                         for text, owner, due in follow_ups]
    return dialog_id, follow_up_ids


def update_dialog(db, dialog_id: str, **fields) -> None:
    with db.unit_of_work("test") as uow:
        update_row(uow, DialogRow, dialog_id, **fields)


def add_participant(db, dialog_id: str, pegawai_id: str) -> None:
    with db.unit_of_work("test") as uow:
        add_row(uow, DialogParticipantRow, row_id=participant_id(dialog_id, pegawai_id),
                dialog_id=dialog_id, pegawai_id=pegawai_id)


def remove_participant(db, dialog_id: str, pegawai_id: str) -> None:
    with db.unit_of_work("test") as uow:
        uow.office._delete(uow.office._s.get(DialogParticipantRow,
                                             participant_id(dialog_id, pegawai_id)))


def delete_row(db, row_cls, row_id: str) -> None:
    with db.unit_of_work("test") as uow:
        uow.office._delete(uow.office._s.get(row_cls, row_id))


def delete_dialog(db, dialog_id: str) -> None:
    """The dialog with its participants and follow-ups (children first), in one unit of work."""
    with db.unit_of_work("test") as uow:
        s = uow.office._s
        for row_cls in (DialogParticipantRow, FollowUpRow):
            for row in s.query(row_cls).filter(row_cls.dialog_id == dialog_id).all():
                uow.office._delete(row)
        uow.office._delete(s.get(DialogRow, dialog_id))


def set_follow_up(db, follow_up_id: str, **fields) -> None:
    with db.unit_of_work("test") as uow:
        update_row(uow, FollowUpRow, follow_up_id, **fields)


def add_addendum(db, dialog_id: str, text: str, author_id: str | None = None) -> str:
    with db.unit_of_work("test") as uow:
        return add_row(uow, DialogAddendumRow, dialog_id=dialog_id,
                       written_at="2026-05-02T08:00:00+00:00", author_id=author_id,
                       author_name="", text=text)


def add_feedback(db, skp_id: str, text: str, *, given_on: dt.date, period: str = "2026-03",
                 target_label: str = "RHK 1", supersedes_id: str | None = None) -> str:
    with db.unit_of_work("test") as uow:
        return add_row(uow, FeedbackRow, skp_id=skp_id, rhk_id=None, core_value_id=None,
                       period=period, target_label=target_label, given_on=given_on, text=text,
                       author_id=None, author_name="", dialog_id=None,
                       supersedes_id=supersedes_id)


def add_competency(db, dialog_id: str, pegawai_id: str, items, *, evaluated_on: dt.date,
                   supersedes_id: str | None = None) -> str:
    """B.1.9 with `items` as (name, value, reason) triples."""
    with db.unit_of_work("test") as uow:
        return add_row(uow, CompetencyEvaluationRow, dialog_id=dialog_id, pegawai_id=pegawai_id,
                       evaluator_id=None, evaluator_name="", evaluator_role="",
                       evaluated_on=evaluated_on,
                       items=json.dumps([{"name": n, "value": v, "reason": r}
                                         for n, v, r in items]),
                       supersedes_id=supersedes_id)


def add_b18(db, dialog_id: str, pegawai_id: str, answered_on: dt.date) -> str:
    with db.unit_of_work("test") as uow:
        return add_row(uow, CoachingFeedbackRow, dialog_id=dialog_id, pegawai_id=pegawai_id,
                       answered_on=answered_on, scale=json.dumps(["Setuju", "Tidak Setuju"]),
                       answers=json.dumps([]))
