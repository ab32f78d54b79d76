"""Dialogs, follow-ups, umpan balik and B.1.8/B.1.9 on three replicas, through the services:
a laptop (b) and another laptop (c) of supervisors, the office's central copy (a)."""

import datetime as dt
from dataclasses import replace

import pytest

from skpdesk.domain.dialog import CompetencyItem, FollowUpStatus
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.sync import ConflictKind, Keep
from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput

from ..helpers_office import three_levels
from .replicas import DAY_MS, Replica, converge, exchange

HELD = dt.date(2026, 3, 12)


@pytest.fixture
def office(tmp_path):
    """Three replicas of one office: head -> kabid -> staff; the staff's draft SKP with an RHK."""
    a = Replica(tmp_path / "a", "a")
    b = Replica(tmp_path / "b", "b", skew_ms=-DAY_MS)
    c = Replica(tmp_path / "c", "c", skew_ms=DAY_MS)
    a.s.office.init_office("Dinas Contoh", "Wonosari")
    head, kabid, staff = three_levels(a.s)
    skp = a.s.skp.create(staff.id, 2026).value
    rhk = a.s.skp.add_rhk(skp.id, "Tersedianya aplikasi layanan").value
    a.s.skp.add_indicator(rhk.id, "Jumlah aplikasi", aspect="kuantitas", target_value="2")
    converge(a, b, c)
    people = {"head": head.id, "kabid": kabid.id, "staff": staff.id, "skp": skp.id, "rhk": rhk.id}
    yield (a, b, c), people
    for r in (a, b, c):
        r.close()


def _input(p, kind="pemantauan", *, notes="Catatan awal", rhk=True, confidential=None):
    return DialogInput(held_on=HELD, kind=kind, participant_ids=(p["staff"],), notes=notes,
                       agenda=("Capaian triwulan I",), rhk_ids=(p["rhk"],) if rhk else (),
                       confidential=confidential,
                       follow_ups=(FollowUpInput("Menyusun laporan", p["staff"], dt.date(2026, 4, 30),
                                                 rhk_id=p["rhk"] if rhk else None),))


def _same_everywhere(*replicas):
    rows = [r.rows() for r in replicas]
    assert all(x == rows[0] for x in rows[1:])
    for r in replicas:
        r.s.acting.act_as_id(None)
    views = [r.conflict_view() for r in replicas]
    assert all(v == views[0] for v in views[1:])
    for r in replicas:
        report = r.s.integrity.run(2026, today=dt.date(2026, 6, 1))
        assert report.ok, report.errors


def test_a_confidential_dialog_from_a_laptop_stays_redacted_for_a_third_pegawai(office):
    (a, b, c), p = office
    b.s.acting.act_as_id(p["kabid"])
    dialog = b.s.dialogs.add(_input(p, "konseling", notes="Masalah keluarga")).value
    assert dialog.confidential  # konseling: confidential by default
    b.s.dialogs.close(dialog.id)
    b.s.dialogs.add_addendum(dialog.id, "Tambahan rahasia")
    exchange(b, a)

    a.s.acting.act_as_id(p["head"])  # the kepala dinas on central: not a reader
    seen = a.s.dialogs.get(dialog.id)
    assert seen.redacted and seen.held_on == HELD and seen.kind is None
    assert seen.notes == "" and seen.agenda == () and seen.addenda == () and seen.follow_ups == ()
    assert [x.pegawai_id for x in seen.participants] == [p["staff"]]
    listed = a.s.dialogs.for_pegawai(p["staff"])
    assert [d.redacted for d in listed] == [True]
    follow_ups = a.s.dialogs.follow_ups(p["staff"])
    assert follow_ups and all(f.redacted and "laporan" not in f.text for f in follow_ups)
    with pytest.raises(DomainError) as err:
        a.s.dialogs.add_addendum(dialog.id, "Ingin menambah")
    assert err.value.code is ErrorCode.DIALOG_CONFIDENTIAL

    a.s.acting.act_as_id(p["staff"])  # the participant on the same replica reads it all
    full = a.s.dialogs.get(dialog.id)
    assert not full.redacted and full.notes == "Masalah keluarga"
    assert [x.text for x in full.addenda] == ["Tambahan rahasia"]
    converge(a, b, c)
    _same_everywhere(a, b, c)


def test_follow_up_done_on_one_laptop_dropped_on_another_is_one_value_conflict(office):
    (a, b, c), p = office
    a.s.acting.act_as_id(p["kabid"])
    dialog = a.s.dialogs.add(_input(p)).value
    a.s.dialogs.close(dialog.id)
    follow_up = dialog.follow_ups[0].id
    converge(a, b, c)
    b.s.acting.act_as_id(p["kabid"])
    b.s.dialogs.set_follow_up_status(follow_up, "done", "Laporan terkirim", today=dt.date(2026, 4, 2))
    c.s.acting.act_as_id(p["staff"])  # the owner may set the status too
    c.s.dialogs.set_follow_up_status(follow_up, "dropped", "Tidak perlu lagi", today=dt.date(2026, 4, 3))
    converge(a, b, c)
    _same_everywhere(a, b, c)

    conflicts = a.s.sync.conflicts()
    status = [x for x in conflicts if x.entity == "tindak_lanjut" and x.field == "status"]
    assert len(status) == 1 and status[0].kind is ConflictKind.VALUE
    assert sorted(s.value for s in status[0].sides) == ["done", "dropped"]
    assert status[0].label == ("Tindak lanjut Agus Santoso s.d. 30-04-2026, "
                               "Dialog 12-03-2026 Agus Santoso: status")
    # every replica shows the same provisional winner until someone decides
    assert len({r.s.dialogs.follow_up(follow_up).status for r in (a, b, c)}) == 1
    a.s.sync.resolve(status[0].id, Keep.VALUE, "done")
    converge(a, b, c)
    for r in (a, b, c):
        assert not [x for x in r.s.sync.conflicts() if x.field == "status"]
        assert r.s.dialogs.follow_up(follow_up).status is FollowUpStatus.DONE
    _same_everywhere(a, b, c)


def test_a_draft_edited_on_a_laptop_while_central_closed_it_is_a_value_conflict(office):
    """Closing seals the content (DialogService.close journals it again): the laptop's edit,
    made before it saw the close, is not a silent change of the closed dialog."""
    (a, b, c), p = office
    a.s.acting.act_as_id(p["kabid"])
    dialog = a.s.dialogs.add(_input(p, notes="Catatan awal")).value
    converge(a, b, c)
    b.s.acting.act_as_id(p["kabid"])
    b.s.dialogs.update(dialog.id, replace(_input(p), notes="Catatan dari laptop", follow_ups=()))
    a.s.dialogs.close(dialog.id)
    converge(a, b, c)
    _same_everywhere(a, b, c)

    notes = [x for x in a.s.sync.conflicts() if x.entity == "dialog_kinerja" and x.field == "notes"]
    assert len(notes) == 1 and notes[0].kind is ConflictKind.VALUE
    assert sorted(s.value for s in notes[0].sides) == ["Catatan awal", "Catatan dari laptop"]
    assert notes[0].label == "Dialog 12-03-2026 Agus Santoso: catatan"
    for r in (a, b, c):
        assert r.s.dialogs.get(dialog.id).closed_at is not None  # still closed everywhere


def test_a_follow_up_added_to_a_draft_on_a_laptop_while_central_closed_it_stays(office):
    """What the seal does NOT cover: rows hanging on the dialog (follow-ups, topics,
    participants) added to the draft elsewhere arrive after the close and are kept."""
    (a, b, c), p = office
    a.s.acting.act_as_id(p["kabid"])
    dialog = a.s.dialogs.add(_input(p)).value
    converge(a, b, c)
    b.s.acting.act_as_id(p["kabid"])
    b.s.dialogs.add_follow_up(dialog.id, FollowUpInput("Dari laptop", p["staff"], dt.date(2026, 5, 1)))
    a.s.dialogs.close(dialog.id)
    converge(a, b, c)
    _same_everywhere(a, b, c)
    for r in (a, b, c):
        r.s.acting.act_as_id(p["kabid"])
        seen = r.s.dialogs.get(dialog.id)
        assert seen.closed_at is not None
        assert sorted(f.text for f in seen.follow_ups) == ["Dari laptop", "Menyusun laporan"]


def test_corrections_of_one_feedback_from_two_replicas_are_both_kept(office):
    (a, b, c), p = office
    a.s.acting.act_as_id(p["kabid"])  # the staff's pejabat penilai
    first = a.s.feedback.add(p["skp"], rhk_id=p["rhk"], period="2026-Q1", text="Awal",
                             given_on=dt.date(2026, 3, 20)).value
    converge(a, b, c)
    b.s.acting.act_as_id(p["kabid"])
    c.s.acting.act_as_id(p["kabid"])
    from_b = b.s.feedback.correct(first.id, "Koreksi dari laptop B").value
    from_c = c.s.feedback.correct(first.id, "Koreksi dari laptop C").value
    converge(a, b, c)
    _same_everywhere(a, b, c)
    assert a.s.sync.conflicts() == []  # append-only: facts, never a conflict
    for r in (a, b, c):
        current = r.s.feedback.for_skp(p["skp"])
        assert sorted(f.id for f in current) == sorted([from_b.id, from_c.id])
        assert {f.supersedes_id for f in current} == {first.id}


def test_b18_answered_twice_on_two_replicas_keeps_both_answers(office):
    (a, b, c), p = office
    a.s.acting.act_as_id(p["kabid"])
    dialog = a.s.dialogs.add(_input(p, "coaching")).value
    a.s.dialogs.close(dialog.id)
    converge(a, b, c)
    b.s.acting.act_as_id(p["staff"])
    c.s.acting.act_as_id(p["staff"])
    b.s.coaching.record_feedback(dialog.id, p["staff"], [1] * 9, answered_on=dt.date(2026, 3, 14))
    c.s.coaching.record_feedback(dialog.id, p["staff"], [2] * 9, answered_on=dt.date(2026, 3, 15))
    a.s.acting.act_as_id(p["kabid"])
    a.s.coaching.record_competency(dialog.id, p["staff"], [CompetencyItem("Analisis data", 4, "Rapi")],
                                   evaluated_on=dt.date(2026, 3, 16))
    converge(a, b, c)
    _same_everywhere(a, b, c)
    assert a.s.sync.conflicts() == []
    current = []
    for r in (a, b, c):
        r.s.acting.act_as_id(p["staff"])
        current.append(r.s.coaching.feedback_of(dialog.id, p["staff"]))
    assert len({x.id for x in current}) == 1  # every replica shows the same current answer
    assert current[0].supersedes_id is None  # two first answers, neither saw the other


def test_a_follow_up_whose_rhk_was_deleted_on_another_replica_stays_without_it(office):
    (a, b, c), p = office
    a.s.acting.act_as_id(p["kabid"])
    dialog = a.s.dialogs.add(_input(p)).value
    a.s.feedback.add(p["skp"], rhk_id=p["rhk"], period="2026-Q1", text="Baik",
                     given_on=dt.date(2026, 3, 20))
    converge(a, b, c)
    b.s.skp.delete_rhk(p["rhk"])  # the SKP is a draft on the laptop: the RHK goes
    converge(a, b, c)
    _same_everywhere(a, b, c)
    assert a.s.sync.conflicts() == []  # an optional reference: no orphan conflict
    for r in (a, b, c):
        r.s.acting.act_as_id(p["kabid"])
        seen = r.s.dialogs.get(dialog.id)
        assert [(f.text, f.rhk_id) for f in seen.follow_ups] == [("Menyusun laporan", None)]
        feedback = r.s.feedback.for_skp(p["skp"])
        assert [(f.rhk_id, f.target_label.startswith("RHK 1")) for f in feedback] == [(None, True)]


def test_deleting_an_rhk_that_dialogs_and_feedback_name_works_locally_too(office):
    """Regression: the RHK's delete failed with a raw SQLite IntegrityError (a foreign key
    from tindak_lanjut / dialog_topik / umpan_balik) instead of emptying those references."""
    (a, _, _), p = office
    a.s.acting.act_as_id(p["kabid"])
    dialog = a.s.dialogs.add(_input(p)).value
    a.s.feedback.add(p["skp"], rhk_id=p["rhk"], period="2026-Q1", text="Baik",
                     given_on=dt.date(2026, 3, 20))
    a.s.skp.delete_rhk(p["rhk"])
    seen = a.s.dialogs.get(dialog.id)
    assert [(f.text, f.rhk_id) for f in seen.follow_ups] == [("Menyusun laporan", None)]
    assert [f.rhk_id for f in a.s.feedback.for_skp(p["skp"])] == [None]
    report = a.s.integrity.run(2026, today=dt.date(2026, 6, 1))
    assert report.ok, report.errors
