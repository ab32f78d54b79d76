"""Undo commands of the SKP editor, without widgets: each edit, its undo and its redo reach the
database through SkpService; refused edits and refused undos change nothing (database and stack);
rows re-created by undo/redo keep later commands working (IdMap)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QUndoStack

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import Approach, Aspect, LampiranSection, RhkKind, SkpStatus
from skpdesk.ui.skp.skp_commands import (AddIndicatorCommand, AddLampiranCommand, AddRhkCommand,
                                         CommandContext, DeleteIndicatorCommand,
                                         DeleteLampiranCommand, DeleteRhkCommand,
                                         EditIndicatorCommand, EditLampiranCommand, EditRhkCommand,
                                         MoveIndicatorCommand, MoveLampiranCommand, MoveRhkCommand,
                                         SetApproachCommand, SetExpectationCommand)
from skpdesk.ui.skp.skp_undo_session import SkpUndoSession

YEAR = dt.date.today().year


def draft_skp(services, *, approach: Approach = Approach.KUANTITATIF):
    """A staff member's SKP of this year, reopened as Draft (the demo approves most), whose
    supervisor has an SKP with Utama RHK to intervene."""
    for pegawai in services.staff.list():
        skp = services.skp.find(pegawai.id, YEAR)
        if (skp is None or pegawai.supervisor_id is None or skp.approach is not approach
                or skp.form.value != "ja_jf" or services.staff.subordinates(pegawai.id)
                or len(services.skp.parent_candidates(skp.id)) < 2
                or len(skp.rhk_of(RhkKind.UTAMA)) < 2):
            continue
        # The tests act as this SKP's pejabat penilai: every workflow step is theirs.
        services.acting.act_as_id(pegawai.supervisor_id)
        if skp.status is SkpStatus.DIAJUKAN:
            services.skp.return_to_draft(skp.id, "untuk diuji")
        elif skp.status is SkpStatus.DISETUJUI:
            services.skp.reopen(skp.id, "untuk diuji")
        return services.skp.get(skp.id)
    raise AssertionError("the demo office has no suitable SKP")


@pytest.fixture
def skp(demo):
    return draft_skp(demo)


@pytest.fixture
def session(demo, skp, tasks):
    return SkpUndoSession(demo.skp, tasks, skp.id)


def refusals(session) -> list[DomainError]:
    found: list[DomainError] = []
    session.refused.connect(found.append)
    return found


def run(session, command) -> list[DomainError]:
    failures: list[DomainError] = []
    session.execute(command, on_failure=failures.append)
    return failures


def texts(demo, skp_id, kind=RhkKind.UTAMA):
    return [r.text for r in demo.skp.get(skp_id).rhk_of(kind)]


def test_add_rhk_then_undo_and_redo_and_later_commands_follow_the_new_id(demo, skp, session):
    parent = demo.skp.parent_candidates(skp.id)[1]
    add = AddRhkCommand(session.ctx, skp.id, "Tersusunnya kajian baru", kind=RhkKind.UTAMA,
                        parent_rhk_id=parent.id)
    assert run(session, add) == []
    add_ind = AddIndicatorCommand(session.ctx, add.rhk_id, "Jumlah kajian",
                                  aspect=Aspect.KUANTITAS, target_value="2", target_unit="Dokumen")
    assert run(session, add_ind) == []
    assert session.stack.count() == 2 and session.stack.index() == 2
    added = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[-1]
    assert (added.text, added.parent_rhk_id) == ("Tersusunnya kajian baru", parent.id)
    assert [i.text for i in added.indicators] == ["Jumlah kajian"]

    assert session.undo() and session.undo()
    assert "Tersusunnya kajian baru" not in texts(demo, skp.id)
    assert session.stack.index() == 0

    assert session.redo() and session.redo()  # re-created with a new id; the indicator follows
    again = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[-1]
    assert again.text == "Tersusunnya kajian baru" and again.id != added.id
    assert session.ctx.ids.resolve(added.id) == again.id
    assert [(i.text, i.target) for i in again.indicators] == [("Jumlah kajian", "2 Dokumen")]


def test_edit_indicator_undo_restores_the_old_values_and_redo_applies_them_again(demo, skp,
                                                                                session):
    ind = skp.rhk[0].indicators[0]
    edit = EditIndicatorCommand(session.ctx, ind, {"text": "Jumlah laporan final",
                                                   "target_value": "99", "target_unit": "Berkas",
                                                   "aspect": ind.aspect})
    assert set(edit.new) == {"text", "target_value", "target_unit"}  # unchanged fields left out
    assert run(session, edit) == []
    now = demo.skp.get(skp.id).rhk[0].indicators[0]
    assert (now.text, now.target_value, now.target_unit) == ("Jumlah laporan final", "99", "Berkas")
    session.undo()
    back = demo.skp.get(skp.id).rhk[0].indicators[0]
    assert (back.text, back.target_value, back.target_unit) == (ind.text, ind.target_value,
                                                                ind.target_unit)
    session.redo()
    assert demo.skp.get(skp.id).rhk[0].indicators[0].text == "Jumlah laporan final"


def test_delete_rhk_undo_recreates_it_with_its_indicators_at_its_place(demo, skp, session):
    first = skp.rhk_of(RhkKind.UTAMA)[0]
    before = texts(demo, skp.id)
    assert run(session, DeleteRhkCommand(session.ctx, first)) == []
    assert texts(demo, skp.id) == before[1:]
    session.undo()
    restored = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0]
    assert texts(demo, skp.id) == before
    assert (restored.position, restored.parent_rhk_id, restored.kind) == (1, first.parent_rhk_id,
                                                                          first.kind)
    assert [(i.position, i.aspect, i.text, i.target) for i in restored.indicators] == \
        [(i.position, i.aspect, i.text, i.target) for i in first.indicators]
    session.redo()
    assert texts(demo, skp.id) == before[1:]
    session.undo()  # twice: the second incarnation is found through the id map as well
    assert texts(demo, skp.id) == before


def test_edit_of_a_recreated_indicator_undoes_after_its_rhk_was_deleted_and_restored(
        demo, skp, session):
    rhk = skp.rhk_of(RhkKind.UTAMA)[0]
    ind = rhk.indicators[0]
    run(session, EditIndicatorCommand(session.ctx, ind, {"text": "Diubah dulu"}))
    run(session, DeleteRhkCommand(session.ctx, demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0]))
    session.undo()  # the RHK and its indicators come back with new ids
    session.undo()  # the edit of the first indicator is undone on its new incarnation
    assert demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0].indicators[0].text == ind.text


def test_move_rhk_and_indicator_and_undo(demo, skp, session):
    before = texts(demo, skp.id)
    first = skp.rhk_of(RhkKind.UTAMA)[0]
    run(session, MoveRhkCommand(session.ctx, first.id, 1, 2))
    assert texts(demo, skp.id) == [before[1], before[0], *before[2:]]
    session.undo()
    assert texts(demo, skp.id) == before
    inds = [i.text for i in first.indicators]
    run(session, MoveIndicatorCommand(session.ctx, first.indicators[0].id, 1, 2))
    moved = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0].indicators
    assert [i.text for i in moved] == [inds[1], inds[0], *inds[2:]]
    session.undo()
    assert [i.text for i in demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0].indicators] == inds


def test_edit_rhk_kind_and_undo_puts_it_back_in_place(demo, skp, session):
    first = skp.rhk_of(RhkKind.UTAMA)[0]
    run(session, EditRhkCommand(session.ctx, first, {"text": "Diubah", "parent_rhk_id": None}))
    now = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0]
    assert (now.text, now.parent_rhk_id) == ("Diubah", None)
    session.undo()
    back = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0]
    assert (back.id, back.text, back.parent_rhk_id) == (first.id, first.text, first.parent_rhk_id)


def test_delete_indicator_undo_restores_it_at_its_position(demo, skp, session):
    rhk = skp.rhk_of(RhkKind.UTAMA)[0]
    run(session, DeleteIndicatorCommand(session.ctx, rhk.indicators[0]))
    assert len(demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0].indicators) == len(rhk.indicators) - 1
    session.undo()
    back = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0].indicators
    assert [(i.text, i.aspect) for i in back] == [(i.text, i.aspect) for i in rhk.indicators]


def test_set_expectation_and_undo(demo, skp, session):
    beh = skp.behaviours[2]
    run(session, SetExpectationCommand(session.ctx, skp.id, beh.core_value.id, beh.expectation,
                                       "Aktif mengikuti pelatihan"))
    assert demo.skp.get(skp.id).behaviours[2].expectation == "Aktif mengikuti pelatihan"
    session.undo()
    assert demo.skp.get(skp.id).behaviours[2].expectation == beh.expectation
    session.redo()
    assert demo.skp.get(skp.id).behaviours[2].expectation == "Aktif mengikuti pelatihan"


def test_lampiran_add_edit_move_delete_each_undone(demo, skp, session):
    section = LampiranSection.KONSEKUENSI

    def items():
        return [i.text for i in demo.skp.get(skp.id).lampiran_of(section)]

    before = items()
    add = AddLampiranCommand(session.ctx, skp.id, section, "Teguran lisan")
    run(session, add)
    assert items() == [*before, "Teguran lisan"]
    item = next(i for i in demo.skp.get(skp.id).lampiran_of(section) if i.id == add.item_id)
    run(session, EditLampiranCommand(session.ctx, item, "Teguran tertulis"))
    run(session, MoveLampiranCommand(session.ctx, item.id, item.position, 1))
    assert items() == ["Teguran tertulis", *before]
    moved = demo.skp.get(skp.id).lampiran_of(section)[0]
    run(session, DeleteLampiranCommand(session.ctx, moved))
    assert items() == before
    session.undo()
    assert items() == ["Teguran tertulis", *before]
    session.undo()
    session.undo()
    assert items() == [*before, "Teguran lisan"]
    session.undo()
    assert items() == before
    for _ in range(4):
        session.redo()
    assert items() == before and session.stack.index() == 4


def test_set_approach_undo_gives_back_the_aspects(demo, skp, session):
    aspects = [i.aspect for r in skp.rhk for i in r.indicators]
    run(session, SetApproachCommand(session.ctx, skp, Approach.KUALITATIF))
    now = demo.skp.get(skp.id)
    assert now.approach is Approach.KUALITATIF
    assert all(i.aspect is None for r in now.rhk for i in r.indicators)
    session.undo()
    back = demo.skp.get(skp.id)
    assert back.approach is Approach.KUANTITATIF
    assert [i.aspect for r in back.rhk for i in r.indicators] == aspects


def test_a_refused_edit_is_not_pushed_and_changes_nothing(demo, skp, session):
    revision = demo.skp.get(skp.id).revision
    failures = run(session, AddRhkCommand(session.ctx, skp.id, "   ", kind=RhkKind.UTAMA))
    assert [(e.code, e.params.get("field")) for e in failures] == [(ErrorCode.FIELD_REQUIRED,
                                                                     "rhk")]
    wrong_parent = AddRhkCommand(session.ctx, skp.id, "Tambahan", kind=RhkKind.TAMBAHAN,
                                 parent_rhk_id=demo.skp.parent_candidates(skp.id)[0].id)
    assert [e.code for e in run(session, wrong_parent)] == [ErrorCode.RHK_PARENT_FOR_TAMBAHAN]
    assert session.stack.count() == 0
    assert demo.skp.get(skp.id).revision == revision


def test_undo_is_refused_once_the_skp_is_no_longer_a_draft(demo, skp, session):
    refused = refusals(session)
    beh = skp.behaviours[0]
    run(session, SetExpectationCommand(session.ctx, skp.id, beh.core_value.id, beh.expectation,
                                       "Baru"))
    demo.skp.submit(skp.id)  # elsewhere (another window, the CLI)
    revision = demo.skp.get(skp.id).revision
    session.undo()
    assert [e.code for e in refused] == [ErrorCode.SKP_READ_ONLY]
    assert session.stack.index() == 1 and session.stack.canUndo()
    assert demo.skp.get(skp.id).behaviours[0].expectation == "Baru"
    assert demo.skp.get(skp.id).revision == revision


def test_a_failing_undo_of_a_delete_takes_back_what_it_had_re_created(demo, skp, tasks):
    class FailingSecondIndicator:
        """The service, except that the second add_indicator call fails."""

        def __init__(self, inner):
            self._inner, self.calls = inner, 0

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def add_indicator(self, *args, **kwargs):
            self.calls += 1
            if self.calls == 2:
                raise DomainError(ErrorCode.FIELD_REQUIRED, field="indikator")
            return self._inner.add_indicator(*args, **kwargs)

    session = SkpUndoSession(FailingSecondIndicator(demo.skp), tasks, skp.id)
    refused = refusals(session)
    first = skp.rhk_of(RhkKind.UTAMA)[0]
    run(session, DeleteRhkCommand(session.ctx, first))
    after_delete = texts(demo, skp.id)
    session.undo()
    assert [e.code for e in refused] == [ErrorCode.FIELD_REQUIRED]
    assert texts(demo, skp.id) == after_delete and session.stack.index() == 1


def test_commands_also_work_on_a_plain_undo_stack(demo, skp):
    stack = QUndoStack()
    ctx = CommandContext(demo.skp)
    stack.push(AddLampiranCommand(ctx, skp.id, LampiranSection.DUKUNGAN_SUMBER_DAYA, "Laptop"))
    assert "Laptop" in [i.text for i in demo.skp.get(skp.id).lampiran]
    stack.undo()
    assert "Laptop" not in [i.text for i in demo.skp.get(skp.id).lampiran]
    refused = AddLampiranCommand(ctx, skp.id, LampiranSection.KONSEKUENSI, "")
    stack.push(refused)
    assert refused.error is not None and refused.error.code is ErrorCode.FIELD_REQUIRED


def test_moving_an_rhk_to_tambahan_and_undo_puts_it_back_at_its_place(demo, skp, session):
    before = texts(demo, skp.id)
    first = skp.rhk_of(RhkKind.UTAMA)[0]
    run(session, EditRhkCommand(session.ctx, first, {"kind": RhkKind.TAMBAHAN,
                                                     "parent_rhk_id": None}))
    assert texts(demo, skp.id) == before[1:]
    assert texts(demo, skp.id, RhkKind.TAMBAHAN)[-1] == first.text
    session.undo()
    assert texts(demo, skp.id) == before
    assert demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0].parent_rhk_id == first.parent_rhk_id


def test_undo_that_would_delete_an_rhk_or_indicator_with_realisasi_is_refused(demo, skp,
                                                                             session):
    """Issue 11: an RHK or indicator with rencana aksi / realisasi / bukti cannot be deleted,
    not by undoing its addition either (the records would be lost silently)."""
    refused = refusals(session)
    add = AddRhkCommand(session.ctx, skp.id, "Tersusunnya kajian baru", kind=RhkKind.UTAMA,
                        parent_rhk_id=demo.skp.parent_candidates(skp.id)[0].id)
    assert run(session, add) == []
    add_ind = AddIndicatorCommand(session.ctx, add.rhk_id, "Jumlah kajian",
                                  aspect=Aspect.KUANTITAS, target_value="2", target_unit="Dokumen")
    assert run(session, add_ind) == []
    indicator = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[-1].indicators[0]
    demo.plans.set_realisasi(indicator.id, f"{YEAR}-AKHIR", "1 kajian",
                             today=dt.date(YEAR, 6, 1))
    session.undo()
    assert [e.code for e in refused] == [ErrorCode.RHK_HAS_REALISASI]
    assert session.stack.index() == 2
    assert [i.id for i in demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[-1].indicators] == \
        [indicator.id]
    assert [r.value for r in demo.plans.realisasi(skp.id, f"{YEAR}-AKHIR")
            if r.indicator_id == indicator.id] == ["1 kajian"]
