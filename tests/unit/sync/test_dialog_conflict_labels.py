"""What the conflict queue says about the issue-10 rows, and what it hides of a confidential
dialog (the rule of `domain.dialog.may_read` applies to conflict values too).

The rows are written journaled through a unit of work (`helpers_sync_rows.add_row`), as the
dialog services write them; the services' own rules are tested with the services.
"""

import datetime as dt
import json

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.ids import natural_id
from skpdesk.domain.sync import ConflictKind, Keep
from skpdesk.services.sync_dialog_rows import REDACTED
from skpdesk.storage.tables import (CoachingFeedbackRow, DialogParticipantRow, DialogRow,
                                    FeedbackRow, FollowUpRow)

from ..helpers_office import three_levels
from ..helpers_sync_rows import add_row, update_row
from .replicas import DAY_MS, Replica, converge


@pytest.fixture
def trio(tmp_path):
    a = Replica(tmp_path / "a", "a")
    b = Replica(tmp_path / "b", "b", skew_ms=-DAY_MS)
    c = Replica(tmp_path / "c", "c", skew_ms=DAY_MS)
    a.s.office.init_office("Dinas Contoh", "Wonosari")
    head, kabid, staff = three_levels(a.s)
    converge(a, b, c)
    yield (a, b, c), (head, kabid, staff)
    for r in (a, b, c):
        r.close()


def _dialog(r, staff, kabid, *, confidential=False, kind="pemantauan") -> tuple[str, str]:
    """A dialog of kabid with staff on 12 March 2026 and one follow-up; (dialog id, follow-up id)."""
    with r.db.unit_of_work("test") as uow:
        dialog_id = add_row(uow, DialogRow, held_on=dt.date(2026, 3, 12), kind=kind,
                            led_by_id=kabid.id, author_id=kabid.id, author_name=kabid.name,
                            notes="Catatan awal", confidential=int(confidential),
                            agenda=json.dumps(["Capaian triwulan I"]))
        add_row(uow, DialogParticipantRow, row_id=natural_id(f"{dialog_id}/peserta/{staff.id}"),
                dialog_id=dialog_id, pegawai_id=staff.id)
        follow_up = add_row(uow, FollowUpRow, dialog_id=dialog_id, owner_id=staff.id,
                            text="Menyusun laporan", due_on=dt.date(2026, 4, 30))
    return dialog_id, follow_up


def _edit(r, row_cls, row_id, **fields):
    with r.db.unit_of_work("test") as uow:
        update_row(uow, row_cls, row_id, **fields)


def test_dialog_and_follow_up_conflicts_are_labelled_by_date_people_and_field(trio):
    (a, b, c), (_, kabid, staff) = trio
    dialog_id, follow_up = _dialog(a, staff, kabid)
    converge(a, b, c)
    _edit(b, DialogRow, dialog_id, notes="Versi laptop")
    _edit(c, DialogRow, dialog_id, notes="Versi pusat")
    _edit(b, FollowUpRow, follow_up, status="done", status_on=dt.date(2026, 4, 2))
    _edit(c, FollowUpRow, follow_up, status="dropped", status_on=dt.date(2026, 4, 3))
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    views = [r.conflict_view() for r in (a, b, c)]
    assert views[0] == views[1] == views[2]
    labels = {(x.entity, x.field): x.label for x in a.s.sync.conflicts()}
    assert labels[("dialog_kinerja", "notes")] == "Dialog 12-03-2026 Agus Santoso: catatan"
    assert labels[("tindak_lanjut", "status")] == \
        "Tindak lanjut Agus Santoso s.d. 30-04-2026, Dialog 12-03-2026 Agus Santoso: status"
    status = next(x for x in a.s.sync.conflicts() if x.field == "status")
    assert status.kind is ConflictKind.VALUE
    assert sorted(s.value for s in status.sides) == ["done", "dropped"]


def test_feedback_and_b18_rows_are_labelled(trio):
    (a, b, _), (_, kabid, staff) = trio
    dialog_id, _ = _dialog(a, staff, kabid, kind="coaching")
    skp = a.s.skp.create(staff.id, 2026).value
    with a.db.unit_of_work("test") as uow:
        feedback = add_row(uow, FeedbackRow, skp_id=skp.id, period="2026-Q1",
                           target_label="RHK 1: Tersedianya aplikasi", given_on=dt.date(2026, 3, 12),
                           text="Baik", author_id=kabid.id)
        b18 = add_row(uow, CoachingFeedbackRow, dialog_id=dialog_id, pegawai_id=staff.id,
                      answered_on=dt.date(2026, 3, 20), scale="[]", answers="[]")
    with a.db.reader() as uow:
        label = a.s.sync._label  # the label builder itself, on rows that have no conflict yet
        fb = uow.sync.live_row("umpan_balik", feedback)
        assert label(uow, "umpan_balik", fb, "text") == \
            "Umpan balik RHK 1: Tersedianya aplikasi Triwulan I 2026, SKP 2026 Agus Santoso: teks"
        row = uow.sync.live_row("umpan_balik_bimbingan", b18)
        assert label(uow, "umpan_balik_bimbingan", row, "answers") == \
            "Umpan balik bimbingan (B.1.8) Agus Santoso, Dialog 12-03-2026 Agus Santoso: jawaban"


def test_values_of_a_confidential_dialog_conflict_are_hidden_from_a_third_pegawai(trio):
    (a, b, c), (head, kabid, staff) = trio
    dialog_id, follow_up = _dialog(a, staff, kabid, confidential=True, kind="konseling")
    converge(a, b, c)
    _edit(b, DialogRow, dialog_id, notes="Rahasia versi laptop")
    _edit(c, DialogRow, dialog_id, notes="Rahasia versi pusat")
    converge(a, b, c)

    c.s.acting.act_as_id(head.id)  # not a participant, not the leader, not the writer
    hidden = c.s.sync.conflicts()
    assert [x.field for x in hidden] == ["notes"]
    assert [s.value for s in hidden[0].sides] == [REDACTED, REDACTED]
    assert hidden[0].current == REDACTED
    assert "Rahasia" not in hidden[0].label
    assert c.s.sync.conflict(hidden[0].id).sides[0].value == REDACTED
    c.s.acting.act_as_id(None)  # nobody acting reads redacted too
    assert {s.value for s in c.s.sync.conflicts()[0].sides} == {REDACTED}

    c.s.acting.act_as_id(staff.id)  # a participant reads both sides
    shown = c.s.sync.conflicts()
    assert sorted(s.value for s in shown[0].sides) == ["Rahasia versi laptop", "Rahasia versi pusat"]

    # only a reader decides: the third pegawai would choose blind, nothing is written
    c.s.acting.act_as_id(head.id)
    journal_before = c.s.journal.count()
    for keep, value in ((Keep.MINE, None), (Keep.VALUE, "Ditimpa")):
        with pytest.raises(DomainError) as err:
            c.s.sync.resolve(hidden[0].id, keep, value)
        assert err.value.code is ErrorCode.DIALOG_CONFIDENTIAL
    assert c.s.journal.count() == journal_before
    # a participant resolving by "mine" keeps the real value, not the mask
    c.s.acting.act_as_id(staff.id)
    c.s.sync.resolve(hidden[0].id, Keep.MINE)
    converge(a, b, c)
    with c.db.reader() as uow:
        assert uow.sync.live_row("dialog_kinerja", dialog_id)["notes"] == "Rahasia versi pusat"
    assert a.rows() == b.rows() == c.rows()
