"""Closing a dialog "seals" its content for sync: a draft edit made meanwhile on another
replica is a value conflict on every replica, not a silent change of a closed dialog."""

import pytest

from skpdesk.domain.sync import ConflictKind
from skpdesk.services.dialog.dialogs import DialogInput

from ..helpers_office import three_levels
from .replicas import DAY_MS, Replica, converge


@pytest.fixture
def pair(tmp_path):
    a = Replica(tmp_path / "a", "a")
    b = Replica(tmp_path / "b", "b", skew_ms=DAY_MS)  # b's edit is the later one by the clock
    a.s.office.init_office("Dinas Contoh", "Wonosari")
    yield a, b
    for r in (a, b):
        r.close()


def test_a_draft_edit_elsewhere_meets_the_closing_as_a_value_conflict(pair):
    a, b = pair
    _, kabid, staff = three_levels(a.s)
    a.s.acting.act_as_id(kabid.id)
    inp = DialogInput(held_on="2026-03-02", kind="coaching", participant_ids=(staff.id,),
                      notes="Catatan awal")
    d = a.s.dialogs.add(inp).value
    converge(a, b)
    b.s.acting.act_as_id(kabid.id)
    b.s.dialogs.update(d.id, DialogInput(held_on="2026-03-02", kind="coaching",
                                         participant_ids=(staff.id,), notes="Diubah di laptop"))
    a.s.dialogs.close(d.id)
    converge(a, b)
    assert a.rows() == b.rows()
    assert a.conflict_view() == b.conflict_view()
    [conflict] = a.s.sync.conflicts()
    assert conflict.kind is ConflictKind.VALUE and conflict.entity == "dialog_kinerja"
    assert conflict.field == "notes"
    assert sorted(s.value for s in conflict.sides) == ["Catatan awal", "Diubah di laptop"]
