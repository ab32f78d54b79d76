"""Natural keys across replicas: rows of one key created apart merge into one row (same id) or
show as DUPLICATE, never a crash; reads stay deterministic on every replica."""

import pytest

from skpdesk.domain.sync import ConflictKind

from ..helpers_office import NIP_STAFF, person, three_levels
from .replicas import Replica, converge, exchange


@pytest.fixture
def pair(tmp_path):
    a = Replica(tmp_path / "a", "a")
    b = Replica(tmp_path / "b", "b")
    a.s.office.init_office("Dinas Contoh", "Wonosari")
    exchange(a, b)  # b joins: the office and its seven values, same ids
    yield a, b
    a.close()
    b.close()


def test_the_same_pegawai_unit_and_skp_created_on_two_replicas_are_one_row(pair):
    a, b = pair
    made = []
    for r in (a, b):
        head, kabid, staff = three_levels(r.s)
        skp = r.s.skp.create(staff.id, 2026).value
        r.s.skp.add_rhk(skp.id, f"RHK dari {r.name}")
        r.s.office.set_setting("print.place_date", "blank")
        made.append((staff.id, skp.id))
    assert made[0] == made[1]
    converge(a, b)
    assert a.rows() == b.rows()
    assert len(a.s.staff.list()) == 3
    skp = a.s.skp.for_pegawai(made[0][0], 2026)
    assert sorted(r.text for r in skp.rhk) == ["RHK dari a", "RHK dari b"]  # union, no fork
    assert not [c for c in a.s.sync.conflicts() if c.kind is ConflictKind.DUPLICATE]
    assert a.s.integrity.run(2026).ok, a.s.integrity.run(2026).errors


def test_a_nip_changed_into_another_on_one_replica_is_a_duplicate_not_a_crash(pair):
    a, b = pair
    three_levels(a.s)
    converge(a, b)
    # b adds a newcomer; a renumbers its fungsional to the newcomer's NIP before they meet.
    newcomer = b.s.staff.add(person("Rina Wati", "199203042019031004")).value
    staff = a.s.staff.by_nip(NIP_STAFF)
    a.s.staff.edit(staff, {"nip": "199203042019031004"})
    converge(a, b)
    assert a.rows() == b.rows()
    ids = sorted([newcomer.id, staff.id])
    assert a.s.staff.by_nip("199203042019031004").id == ids[0] == b.s.staff.by_nip("199203042019031004").id
    assert {c.kind for c in a.s.sync.conflicts()} == {ConflictKind.DUPLICATE}
    assert a.conflict_view() == b.conflict_view()


def test_a_local_edit_checks_only_the_natural_keys_it_touches_and_still_ends_a_duplicate(pair):
    """Ordinary commits re-check duplicates only for the key groups they touch (a full GROUP
    BY per commit made a large office slower with every write); the result must equal what a
    whole-table check finds: an unrelated write keeps a duplicate, a renumbering ends it."""
    a, b = pair
    three_levels(a.s)
    converge(a, b)
    newcomer = b.s.staff.add(person("Rina Wati", "199203042019031004")).value
    staff = a.s.staff.by_nip(NIP_STAFF)
    a.s.staff.edit(staff, {"nip": "199203042019031004"})
    converge(a, b)

    def duplicates(r):
        return [c for c in r.s.sync.conflicts() if c.kind is ConflictKind.DUPLICATE]

    assert len(duplicates(a)) == 1
    keeper, other = sorted([newcomer.id, staff.id])
    head = next(p for p in a.s.staff.list() if p.id not in (keeper, other))
    a.s.staff.edit(head, {"jabatan": "Kepala Dinas Baru"})  # another row of the same table
    assert len(duplicates(a)) == 1
    a.s.staff.edit(a.s.staff.get(other), {"nip": "199304052020121005"})
    assert not duplicates(a)
    assert a.s.staff.by_nip("199203042019031004").id == keeper
    converge(a, b)
    assert a.conflict_view() == b.conflict_view()
    assert not duplicates(b)
