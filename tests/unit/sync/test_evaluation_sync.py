"""Issue 12's tables across two laptops (docs/sync-merge.md §5): the same pegawai and period
rated on both is ONE evaluation row (its natural id) with a VALUE conflict on the rating, never
two; the same keberatan decided differently, the same organisation predicate set differently,
each one row with its conflict; both replicas hold the same rows and conflicts."""

from __future__ import annotations

import sqlite3

import pytest

from skpdesk.domain.evaluation import EvaluationStatus, Rating
from skpdesk.domain.sync import ConflictKind, Keep, conflict_id
from skpdesk.storage.repositories.evaluations import evaluation_id
from skpdesk.storage.repositories.keberatan import keberatan_id
from skpdesk.storage.repositories.organisation import org_predikat_id

from ..helpers_evaluation import MAY, TW1, act, eval_team
from .replicas import Replica, converge

UNIT = "Dinas/Bidang Aplikasi Informatika"


@pytest.fixture
def pair(tmp_path):
    a = Replica(tmp_path / "a", "a")
    b = Replica(tmp_path / "b", "b")
    t = eval_team(a.s)
    converge(a, b)
    yield a, b, t
    act(a.s, None)
    act(b.s, None)
    a.close()
    b.close()


def ids(r: Replica, table: str) -> list[str]:
    conn = sqlite3.connect(r.db.path)
    try:
        return [row[0] for row in conn.execute(f'SELECT id FROM "{table}" ORDER BY id')]
    finally:
        conn.close()


def value_conflicts(r: Replica, table: str, row_id: str) -> dict[str, list]:
    return {c.field: sorted(repr(s.value) for s in c.sides) for c in r.s.sync.conflicts()
            if c.kind is ConflictKind.VALUE and c.entity == table and c.entity_id == row_id}


def test_two_laptops_rating_one_pegawai_and_period_meet_as_one_row_with_a_conflict(pair):
    a, b, t = pair
    for r, hasil in ((a, "diatas"), (b, "dibawah")):
        act(r.s, t["kabid"])
        r.s.evaluations.rate(t["skp"].id, TW1, hasil=hasil, perilaku="sesuai", today=MAY)
    converge(a, b)
    assert a.rows() == b.rows()
    wanted = evaluation_id(t["skp"].id, TW1, 1)
    assert ids(a, "evaluasi") == [wanted]
    conflicts = value_conflicts(a, "evaluasi", wanted)
    assert conflicts["rating_hasil"] == ["'diatas'", "'dibawah'"]
    assert conflicts["predikat"] == ["'baik'", "'butuh_perbaikan'"]
    assert a.conflict_view() == b.conflict_view()
    assert conflict_id(ConflictKind.VALUE, "evaluasi", wanted, "rating_hasil") in \
        {c.id for c in b.s.sync.conflicts()}
    # one evaluation in force on both, whichever value the merge shows meanwhile
    shown = [r.s.evaluations.get(t["skp"].id, TW1, today=MAY) for r in (a, b)]
    assert shown[0] == shown[1] and shown[0].revision == 1
    # resolved on one laptop, gone on both
    conflict = next(c for c in a.s.sync.conflicts() if c.field == "rating_hasil")
    a.s.sync.resolve(conflict.id, Keep.MINE)
    converge(a, b)
    assert not [c for c in b.s.sync.conflicts() if c.field == "rating_hasil"]
    assert b.s.evaluations.get(t["skp"].id, TW1, today=MAY).rating_hasil is Rating.DIATAS


def test_the_same_rating_on_two_laptops_merges_silently(pair):
    a, b, t = pair
    for r in (a, b):
        act(r.s, t["kabid"])
        r.s.evaluations.rate(t["skp"].id, TW1, hasil="sesuai", perilaku="sesuai", today=MAY)
    converge(a, b)
    assert a.rows() == b.rows() and len(ids(a, "evaluasi")) == 1
    assert not value_conflicts(a, "evaluasi", evaluation_id(t["skp"].id, TW1, 1))


def test_one_keberatan_decided_differently_on_two_laptops_is_one_row(pair):
    a, b, t = pair
    act(a.s, t["kabid"])
    a.s.evaluations.rate(t["skp"].id, TW1, hasil="sesuai", perilaku="sesuai", today=MAY)
    a.s.evaluations.set(t["skp"].id, TW1, today=MAY)
    act(a.s, t["staff"])
    filed = a.s.keberatan.file(t["skp"].id, TW1, "Tidak setuju", today=MAY).value
    converge(a, b)
    assert filed.id == keberatan_id(filed.evaluation_id)
    act(a.s, t["head"])
    act(b.s, t["head"])
    a.s.keberatan.decide(filed.id, keep=True, note="Tetap", today=MAY)
    b.s.keberatan.decide(filed.id, keep=False, hasil="diatas", note="Diubah", today=MAY)
    converge(a, b)
    assert a.rows() == b.rows()
    assert ids(a, "keberatan") == [filed.id]
    conflicts = value_conflicts(a, "keberatan", filed.id)
    assert conflicts["decision"] == ["'tetap'", "'ubah'"]
    # the revision objected to: final on one side, replaced on the other: one conflict
    assert value_conflicts(a, "evaluasi", filed.evaluation_id)["status"] == \
        sorted([repr(EvaluationStatus.FINAL.value), repr(EvaluationStatus.DIGANTI.value)])
    assert a.conflict_view() == b.conflict_view()


def test_the_organisation_predicate_set_on_two_laptops_is_one_row(pair):
    a, b, t = pair
    for r, predikat in ((a, "baik"), (b, "istimewa")):
        act(r.s, t["head"])
        r.s.org_predikat.set(UNIT, TW1, predikat, today=MAY)
    converge(a, b)
    assert a.rows() == b.rows()
    unit_id = a.s.org_predikat.get(UNIT, TW1).unit_id
    wanted = org_predikat_id(unit_id, TW1)
    assert ids(a, "predikat_organisasi") == [wanted]
    assert value_conflicts(a, "predikat_organisasi", wanted)["predikat"] == \
        ["'baik'", "'istimewa'"]
    assert a.conflict_view() == b.conflict_view()


def test_a_draft_rated_elsewhere_while_it_was_ditetapkan_is_a_conflict_not_a_silent_change(pair):
    """Laptop a ditetapkan the evaluation as "Sesuai / Sesuai"; laptop b, before it saw that,
    changed the draft's rating hasil kerja to "Di Atas" (the predikat stays Baik, so no other
    field differs). Merged silently, the ditetapkan evaluation would show a rating its pejabat
    penilai never set: setting it seals the ratings (journaled again, as closing a dialog
    does), so b's edit meets them as a VALUE conflict."""
    a, b, t = pair
    act(a.s, t["kabid"])
    a.s.evaluations.rate(t["skp"].id, TW1, hasil="sesuai", perilaku="sesuai", today=MAY)
    converge(a, b)
    a.s.evaluations.set(t["skp"].id, TW1, today=MAY)
    act(b.s, t["kabid"])
    b.s.evaluations.rate(t["skp"].id, TW1, hasil="diatas", perilaku="sesuai", today=MAY)
    converge(a, b)
    assert a.rows() == b.rows()
    wanted = evaluation_id(t["skp"].id, TW1, 1)
    assert value_conflicts(a, "evaluasi", wanted)["rating_hasil"] == ["'diatas'", "'sesuai'"]
    assert a.conflict_view() == b.conflict_view()
