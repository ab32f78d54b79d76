"""Three replicas exchanging operations through `services.sync` (no bundle files)."""

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.sync import ConflictKind, Keep

from ..helpers_office import three_levels
from .replicas import DAY_MS, Replica, converge, exchange, pending


@pytest.fixture
def trio(tmp_path):
    a = Replica(tmp_path / "a", "a")
    b = Replica(tmp_path / "b", "b", skew_ms=-DAY_MS)
    c = Replica(tmp_path / "c", "c", skew_ms=DAY_MS)
    a.s.office.init_office("Dinas Contoh", "Wonosari")
    yield a, b, c
    for r in (a, b, c):
        r.close()


def _office_with_skp(r: Replica):
    head, kabid, staff = three_levels(r.s)
    skp = r.s.skp.create(staff.id, 2026).value
    rhk = r.s.skp.add_rhk(skp.id, "Tersedianya aplikasi").value
    r.s.skp.add_indicator(rhk.id, "Jumlah aplikasi", aspect="kuantitas", target_value="2")
    r.s.acting.act_as_id(kabid.id)  # the pejabat penilai of the SKP takes the workflow steps
    return staff, skp, rhk


def test_a_new_replica_receives_everything_and_reapplying_is_a_no_op(trio):
    a, b, c = trio
    _office_with_skp(a)
    ops = pending(a, b)
    report = b.s.sync.apply(ops)
    assert report.operations == len(ops) and report.new > 0 and report.conflicts == 0
    assert b.rows() == a.rows()
    again = b.s.sync.apply(ops)
    assert again.operations == 0 and again.already_applied == len(ops)
    assert b.rows() == a.rows()
    assert b.s.sync.version_vector() == a.s.sync.version_vector()
    assert b.s.integrity.run().ok, b.s.integrity.run().errors


def test_out_of_order_and_relayed_operations_converge(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    first = pending(a, b)
    a.s.skp.update_rhk(rhk.id, text="Teks kedua")
    second = a.s.sync.operations_since({k: v for k, v in b.s.sync.version_vector().items()})
    # b gets the later batch first (it holds the earlier ops too), then the first again
    b.s.sync.apply(second[len(first):])
    b.s.sync.apply(first)
    exchange(b, c)  # relayed through b
    assert a.rows() == b.rows() == c.rows()
    assert c.s.skp.get(skp.id).rhk[0].text == "Teks kedua"


def test_concurrent_edit_of_one_field_is_one_conflict_everywhere_and_resolution_syncs(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    converge(a, b, c)
    a.s.skp.update_rhk(rhk.id, text="Versi A")
    b.s.skp.update_rhk(rhk.id, text="Versi B")
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    views = [r.conflict_view() for r in (a, b, c)]
    assert views[0] == views[1] == views[2] and len(views[0]) == 1
    conflict = a.s.sync.conflicts()[0]
    assert conflict.kind is ConflictKind.VALUE and conflict.field == "text"
    assert conflict.label.startswith("RHK 1, SKP 2026 Agus Santoso") and conflict.label.endswith(": teks")
    assert [s.mine for s in conflict.sides].count(True) == 1
    c.s.sync.resolve(conflict.id, Keep.VALUE, "Versi gabungan")
    converge(a, b, c)
    for r in (a, b, c):
        assert r.s.sync.conflicts() == []
        assert r.s.skp.get(skp.id).rhk[0].text == "Versi gabungan"
    assert a.rows() == b.rows() == c.rows()


def test_delete_versus_edit_is_a_conflict_then_restore_or_confirm(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    extra = a.s.skp.add_rhk(skp.id, "RHK kedua").value
    converge(a, b, c)
    a.s.skp.delete_rhk(extra.id)
    b.s.skp.update_rhk(extra.id, text="RHK kedua diubah")
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    [conflict] = b.s.sync.conflicts()
    assert conflict.kind is ConflictKind.DELETE_EDIT
    assert a.conflict_view() == b.conflict_view() == c.conflict_view()
    # b keeps its edit: the RHK comes back everywhere
    b.s.sync.resolve(conflict.id, Keep.MINE)
    converge(a, b, c)
    for r in (a, b, c):
        assert r.s.sync.conflicts() == []
        assert "RHK kedua diubah" in [x.text for x in r.s.skp.get(skp.id).rhk]
    assert a.rows() == b.rows() == c.rows()


def test_an_empty_replica_cannot_erase_data(trio):
    a, b, c = trio
    _office_with_skp(a)
    before = a.rows()
    report = a.s.sync.apply(pending(c, a))
    assert report.deleted == 0
    exchange(c, a)
    assert a.rows() == before


def test_an_operation_known_with_another_hash_is_refused_and_nothing_written(trio):
    a, b, c = trio
    ops = pending(a, b)
    b.s.sync.apply(ops[:3])
    forged = dict(ops[1], actor="pemalsu")
    from skpdesk.domain.journal_chain import entry_hash
    content = {k: forged[k] for k in forged if k not in ("prev_hash", "hash")}
    forged["hash"] = entry_hash(forged["prev_hash"], **content)
    before = b.rows()
    with pytest.raises(DomainError) as err:
        b.s.sync.apply(ops[3:] + [forged])
    assert err.value.code is ErrorCode.SYNC_OP_MISMATCH
    assert b.rows() == before and b.s.sync.version_vector() == {a.s.sync.device_id(): 3}


def test_a_bit_flipped_operation_is_refused(trio):
    a, b, c = trio
    ops = pending(a, b)
    bad = dict(ops[0], fields=ops[0]["fields"].replace("Dinas", "Dinaz"))
    with pytest.raises(DomainError) as err:
        b.s.sync.apply([bad])
    assert err.value.code is ErrorCode.SYNC_OP_INVALID


def _ready(r: Replica, skp_id: str) -> None:
    r.s.skp.submit(skp_id)


def test_an_edit_made_in_draft_never_overwrites_an_skp_approved_elsewhere(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    converge(a, b, c)
    a.s.skp.submit(skp.id)
    a.s.skp.approve(skp.id)
    b.s.skp.update_rhk(rhk.id, text="Diubah di b saat Draft")
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    for r in (a, b, c):
        got = r.s.skp.get(skp.id)
        assert got.status.value == "disetujui" and got.rhk[0].text == "Tersedianya aplikasi"
    [conflict] = a.s.sync.conflicts()
    assert conflict.kind is ConflictKind.FROZEN_EDIT
    assert a.conflict_view() == b.conflict_view() == c.conflict_view()
    # re-applying the frozen edit is refused while the SKP is approved
    with pytest.raises(DomainError) as err:
        b.s.sync.resolve(conflict.id, Keep.MINE)
    assert err.value.code is ErrorCode.SYNC_RESOLVE_SKP_NOT_DRAFT
    # reopen (a new epoch), then b keeps its edit: applied as a new operation everywhere
    a.s.skp.reopen(skp.id, "perbaikan")
    converge(a, b, c)
    b.s.sync.resolve(conflict.id, Keep.MINE)
    converge(a, b, c)
    for r in (a, b, c):
        assert r.s.sync.conflicts() == []
        got = r.s.skp.get(skp.id)
        assert got.status.value == "draft" and got.rhk[0].text == "Diubah di b saat Draft"
    assert a.rows() == b.rows() == c.rows()


def test_a_frozen_edit_can_be_dismissed(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    converge(a, b, c)
    a.s.skp.submit(skp.id)
    b.s.skp.add_lampiran(skp.id, "dukungan_sumber_daya", "Laptop")
    converge(a, b, c)
    conflicts = c.s.sync.conflicts()
    assert {x.kind for x in conflicts} == {ConflictKind.FROZEN_EDIT}
    for x in conflicts:
        a.s.sync.resolve(x.id, Keep.MINE)
    converge(a, b, c)
    for r in (a, b, c):
        assert r.s.sync.conflicts() == []
        assert not r.s.skp.get(skp.id).lampiran
    assert a.rows() == b.rows() == c.rows()


def test_return_and_reopen_start_new_epochs_and_concurrent_workflow_is_a_conflict(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    a.s.skp.submit(skp.id)
    converge(a, b, c)
    a.s.skp.approve(skp.id)
    b.s.acting.act_as_id(a.s.acting.me().id)  # the penilai again, on another laptop
    b.s.skp.return_to_draft(skp.id, "lengkapi")
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    got = c.s.skp.get(skp.id)
    assert got.status.value == "draft"  # the return started epoch 1: it wins over epoch 0
    [conflict] = c.s.sync.conflicts()
    assert conflict.kind is ConflictKind.WORKFLOW and conflict.field == "status"
    # edits in the new epoch are not frozen by the old submit
    b.s.skp.update_rhk(rhk.id, text="Epoch baru")
    converge(a, b, c)
    assert [x.kind for x in a.s.sync.conflicts()] == [ConflictKind.WORKFLOW]
    a.s.sync.resolve(conflict.id, Keep.MINE)  # a keeps its approval, having seen b's edit
    converge(a, b, c)
    for r in (a, b, c):
        assert r.s.sync.conflicts() == [], r.s.sync.conflicts()
        got = r.s.skp.get(skp.id)
        assert got.status.value == "disetujui" and got.rhk[0].text == "Epoch baru"
    assert a.rows() == b.rows() == c.rows()


def test_rows_inserted_with_one_id_on_two_replicas_merge_field_by_field(trio):
    a, b, c = trio
    converge(a, b, c)
    # the same setting (same id, as natural-key ids are) written on two replicas
    from skpdesk.storage.tables import OfficeSettingRow
    for r, value in ((a, "Wonosari"), (b, "Gunungkidul")):
        with r.db.unit_of_work("t") as uow:
            uow._session.add(OfficeSettingRow(id="00000000-0000-5000-8000-000000000001",
                                              key="kota_ttd", value=value))
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    [conflict] = c.s.sync.conflicts()
    assert conflict.kind is ConflictKind.VALUE and conflict.field == "value"
    assert sorted(s.value for s in conflict.sides) == ["Gunungkidul", "Wonosari"]


def test_check_reports_no_damage_after_sync(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    converge(a, b, c)
    extra = a.s.skp.add_rhk(skp.id, "RHK kedua").value
    converge(a, b, c)
    a.s.skp.update_rhk(rhk.id, text="Versi A")
    b.s.skp.update_rhk(rhk.id, text="Versi B")
    a.s.skp.delete_rhk(extra.id)
    c.s.skp.update_rhk(extra.id, text="Diubah di c")
    converge(a, b, c)
    a.s.skp.update_rhk(rhk.id, text="Versi A lagi")  # ends the value conflict
    b.s.skp.add_indicator(rhk.id, "Indikator b", aspect="kualitas", target_value="1")
    a.s.skp.submit(skp.id)  # a had not seen b's indicator: frozen
    converge(a, b, c)
    assert {x.kind for x in b.s.sync.conflicts()} == {ConflictKind.DELETE_EDIT, ConflictKind.FROZEN_EDIT}
    for r in (a, b, c):
        report = r.s.integrity.run()
        assert not [f for f in report.errors if f.code in ("unjournaled_row", "row_deleted_outside_journal")], \
            report.errors
        assert r.s.sync.materialise_check() == []


def _setting(r: Replica, row_id: str, key: str, value: str) -> None:
    from skpdesk.storage.tables import OfficeSettingRow
    with r.db.unit_of_work("t") as uow:
        uow._session.add(OfficeSettingRow(id=row_id, key=key, value=value))


def test_two_rows_of_one_natural_key_are_a_duplicate_resolved_by_deleting_one(trio):
    a, b, c = trio
    converge(a, b, c)
    _setting(a, "00000000-0000-7000-8000-00000000000a", "kota_ttd", "Wonosari")
    _setting(b, "00000000-0000-7000-8000-00000000000b", "kota_ttd", "Gunungkidul")
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    [conflict] = c.s.sync.conflicts()
    assert conflict.kind is ConflictKind.DUPLICATE and conflict.entity_id.endswith("b")
    assert a.conflict_view() == b.conflict_view() == c.conflict_view()
    b.s.sync.resolve(conflict.id, Keep.MINE)  # b keeps its own row: a's is deleted
    converge(a, b, c)
    for r in (a, b, c):
        assert r.s.sync.conflicts() == []
    for r in (a, b, c):
        assert [row for row in r.rows()["office_setting"] if "kota_ttd" in row] == \
            [row for row in b.rows()["office_setting"] if "Gunungkidul" in row]
    assert a.rows() == b.rows() == c.rows()


def test_a_duplicate_with_dependents_is_not_deleted(trio):
    a, b, c = trio
    staff, skp, rhk = _office_with_skp(a)
    converge(a, b, c)
    # two SKPs of one pegawai and period with different ids (as before natural-key ids)
    from skpdesk.storage.tables import SkpRow
    import datetime as dt
    with b.db.unit_of_work("t") as uow:
        uow._session.add(SkpRow(id="ffffffff-0000-7000-8000-000000000001", pegawai_id=staff.id,
                                appraiser_id=None, year=2026, period_start=dt.date(2026, 1, 1),
                                period_end=dt.date(2026, 12, 31), approach="kuantitatif",
                                form="ja_jf", position="x", unit_path="Dinas", status="draft",
                                status_note="", revision=1))
    converge(a, b, c)
    conflicts = [x for x in a.s.sync.conflicts() if x.kind is ConflictKind.DUPLICATE]
    assert len(conflicts) == 1
    keep = next(k for k in (Keep.MINE, Keep.THEIRS)
                if next(s for s in conflicts[0].sides if s.mine == (k is Keep.MINE)).value["id"]
                == "ffffffff-0000-7000-8000-000000000001")
    with pytest.raises(DomainError) as err:
        a.s.sync.resolve(conflicts[0].id, keep)  # would delete the SKP that has RHK
    assert err.value.code is ErrorCode.SYNC_DUPLICATE_HAS_DEPENDENTS


def test_resolving_an_unknown_conflict_or_without_a_value_is_refused(trio):
    a, b, c = trio
    with pytest.raises(DomainError) as err:
        a.s.sync.resolve("K000000000", Keep.MINE)
    assert err.value.code is ErrorCode.SYNC_CONFLICT_NOT_FOUND
    _, skp, rhk = _office_with_skp(a)
    converge(a, b)
    a.s.skp.update_rhk(rhk.id, text="A")
    b.s.skp.update_rhk(rhk.id, text="B")
    converge(a, b)
    [conflict] = a.s.sync.conflicts()
    with pytest.raises(DomainError) as err:
        a.s.sync.resolve(conflict.id, Keep.VALUE)
    assert err.value.code is ErrorCode.SYNC_RESOLVE_VALUE_REQUIRED
    a.s.sync.resolve(conflict.id.lower(), Keep.THEIRS)
    converge(a, b)
    assert b.s.skp.get(skp.id).rhk[0].text == "B" and b.s.sync.conflicts() == []


def test_an_orphan_is_absent_until_its_parent_is_restored_or_it_is_deleted(trio):
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    extra = a.s.skp.add_rhk(skp.id, "RHK kedua").value
    converge(a, b, c)
    a.s.skp.delete_rhk(extra.id)
    b.s.skp.add_indicator(extra.id, "Indikator baru", aspect="kuantitas", target_value="3")
    converge(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    kinds = sorted(x.kind.value for x in c.s.sync.conflicts())
    assert kinds == [ConflictKind.ORPHAN.value]
    [orphan] = c.s.sync.conflicts()
    assert [s.value is None for s in orphan.sides] == [True, False]
    side_of_child = next(s for s in orphan.sides if s.value is not None)
    keep = Keep.MINE if side_of_child.mine else Keep.THEIRS
    c.s.sync.resolve(orphan.id, keep)  # keep the indicator: its RHK comes back
    converge(a, b, c)
    for r in (a, b, c):
        assert r.s.sync.conflicts() == []
        texts = {x.text: [i.text for i in x.indicators] for x in r.s.skp.get(skp.id).rhk}
        assert texts["RHK kedua"] == ["Indikator baru"]
    assert a.rows() == b.rows() == c.rows()


def test_a_return_written_without_the_service_still_starts_a_new_epoch(trio):
    """Regression: the demo office returns SKPs through the repository; `check` then found the
    returned SKP's status 'changed outside the journal' (the merge read the return as epoch 0)."""
    a, b, c = trio
    _, skp, rhk = _office_with_skp(a)
    with a.db.unit_of_work("t") as uow:
        uow.skp.update(skp.id, {"status": "diajukan", "status_note": ""})
    with a.db.unit_of_work("t") as uow:
        uow.skp.update(skp.id, {"status": "draft", "status_note": "kembali"})
    got = a.s.skp.get(skp.id)
    assert got.status.value == "draft"
    assert a.s.sync.materialise_check() == []
    converge(a, b)
    assert b.s.skp.get(skp.id).status.value == "draft" and a.rows() == b.rows()
