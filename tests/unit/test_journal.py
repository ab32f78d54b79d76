"""Every service write leaves the expected change-journal entries, in the same transaction."""

import sqlite3

import pytest

from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import PegawaiInput

from .helpers_office import NIP_HEAD, three_levels


def _journal(db):
    with db.reader() as r:
        return r.journal.all()


def _since(db, before):
    return _journal(db)[before:]


def _summary(entries):
    return [(e.op, e.entity) for e in entries]


def test_init_office_journals_instansi_and_seven_core_values(services, db):
    services.office.init_office("Dinas Contoh", "Wonosari")
    entries = _journal(db)
    assert _summary(entries) == [("insert", "instansi")] + [("insert", "core_value")] * 7
    inst = entries[0]
    assert inst.fields["name"] == [None, "Dinas Contoh"]
    assert inst.fields["city"] == [None, "Wonosari"]
    assert inst.actor == "test" and inst.device_id == db.device_id
    assert [e.seq for e in entries] == list(range(1, 9))
    assert [e.hlc for e in entries] == sorted(e.hlc for e in entries)


def test_adding_pegawai_journals_unit_and_pegawai(office, db):
    before = len(_journal(db))
    office.staff.add(PegawaiInput(name="Bambang", asn_type="PNS", nip=NIP_HEAD, rank="IV/c",
                                  position="Kepala Dinas", position_kind="jpt",
                                  unit_path="Dinas/Sekretariat"))
    entries = _since(db, before)
    assert _summary(entries) == [("insert", "unit_kerja"), ("insert", "unit_kerja"),
                                 ("insert", "pegawai")]
    assert entries[2].fields["nip"] == [None, NIP_HEAD]
    assert entries[2].fields["rank_code"] == [None, "IV/c"]


def test_update_journals_only_changed_fields_with_old_and_new(office, db):
    head = office.staff.add(PegawaiInput(name="Bambang", asn_type="PNS", nip=NIP_HEAD, rank="IV/c",
                                         position="Kepala Dinas", position_kind="jpt",
                                         unit_path="Dinas")).value
    before = len(_journal(db))
    office.staff.update(head, PegawaiInput(name="Bambang Sutrisno", asn_type="PNS", nip=NIP_HEAD,
                                              rank="IV/d", position="Kepala Dinas",
                                              position_kind="jpt", unit_path="Dinas"))
    (entry,) = _since(db, before)
    assert entry.op == "update" and entry.entity_id == head.id
    assert entry.fields == {"name": ["Bambang", "Bambang Sutrisno"], "rank_code": ["IV/c", "IV/d"]}


def test_saving_unchanged_values_writes_no_entry(office, db):
    inp = PegawaiInput(name="Bambang", asn_type="PNS", nip=NIP_HEAD, rank="IV/c",
                       position="Kepala Dinas", position_kind="jpt", unit_path="Dinas")
    head = office.staff.add(inp).value
    before = len(_journal(db))
    office.staff.update(head, inp)
    assert _since(db, before) == []


def test_skp_edits_journal_rows_and_bump_revision_once_per_action(office, db):
    head, _, _ = three_levels(office)
    skp = office.skp.create(head.id, 2026).value
    assert skp.revision == 1
    before = len(_journal(db))
    rhk = office.skp.add_rhk(skp.id, "Meningkatnya layanan digital", perspective="proses_bisnis").value
    entries = _since(db, before)
    assert _summary(entries) == [("insert", "rhk"), ("update", "skp")]
    assert entries[1].fields == {"revision": [1, 2]}
    before = len(_journal(db))
    office.skp.add_indicator(rhk.id, "Indeks SPBE", target_value="3,5")
    assert _summary(_since(db, before)) == [("insert", "indikator"), ("update", "skp")]
    before = len(_journal(db))
    ind = office.skp.get(skp.id).rhk[0].indicators[0]
    office.skp.update_indicator(ind.id, target_value="4")
    entries = _since(db, before)
    assert _summary(entries) == [("update", "indikator"), ("update", "skp")]
    assert entries[0].fields == {"target_value": ["3,5", "4"]}
    assert office.skp.get(skp.id).revision == 4


def test_create_skp_journals_skp_and_seven_behaviours(office, db):
    head, _, _ = three_levels(office)
    before = len(_journal(db))
    office.skp.create(head.id, 2026)
    assert _summary(_since(db, before)) == [("insert", "skp")] + [("insert", "perilaku_kerja")] * 7


def test_delete_journals_old_values(office, db):
    head, _, _ = three_levels(office)
    skp = office.skp.create(head.id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "RHK yang akan dihapus").value
    office.skp.add_indicator(rhk.id, "IKI", target_value="1")
    before = len(_journal(db))
    office.skp.delete_rhk(rhk.id)
    entries = _since(db, before)
    assert sorted(_summary(entries)) == [("delete", "indikator"), ("delete", "rhk"), ("update", "skp")]
    (deleted,) = [e for e in entries if e.entity == "rhk"]
    assert deleted.fields["text"] == ["RHK yang akan dihapus", None]


def test_lampiran_and_expectation_writes_are_journaled(office, db):
    head, _, _ = three_levels(office)
    skp = office.skp.create(head.id, 2026).value
    before = len(_journal(db))
    office.skp.add_lampiran(skp.id, "konsekuensi", "Apresiasi dari atasan langsung")
    value = skp.behaviours[0]
    office.skp.set_expectation(skp.id, value.core_value.id, "Responsif terhadap aduan warga")
    entries = _since(db, before)
    assert _summary(entries) == [("insert", "lampiran_item"), ("update", "skp"),
                                 ("update", "perilaku_kerja"), ("update", "skp")]
    assert entries[2].fields == {"expectation": ["", "Responsif terhadap aduan warga"]}


def test_workflow_transitions_are_journaled_with_note(office, db):
    head, kabid, _ = three_levels(office)
    office.office.set_setting("roles.pengelola_kinerja", kabid.nip)
    skp = office.skp.create(head.id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "RHK").value
    office.skp.add_indicator(rhk.id, "IKI", target_value="1")
    office.acting.act_as(head.nip)  # the Kepala Dinas submits his own SKP
    office.skp.submit(skp.id)
    # He has no pejabat penilai here: the pengelola kinerja decides, atas nama, with a reason.
    office.acting.act_as(kabid.nip)
    office.skp.approve(skp.id, on_behalf_reason="Disetujui Bupati secara tertulis")
    before = len(_journal(db))
    office.skp.reopen(skp.id, "Target diubah setelah APBD perubahan",
                      on_behalf_reason="Nota dinas Bupati")
    (entry,) = _since(db, before)
    assert entry.fields["status"] == ["disetujui", "draft"]
    assert entry.fields["status_note"] == ["", "Target diubah setelah APBD perubahan"]
    assert entry.person == {"nip": kabid.nip, "name": kabid.full_name, "reason": "Nota dinas Bupati",
                            "on_behalf_of": {"nip": None, "name": "-"}}


def test_failed_action_writes_nothing(office, db):
    head, _, _ = three_levels(office)
    before = len(_journal(db))
    with pytest.raises(DomainError):
        office.staff.add(PegawaiInput(name="Duplikat", asn_type="PNS", nip=NIP_HEAD, rank="III/a",
                                      position="Staf", position_kind="pelaksana",
                                      unit_path="Unit Baru Yang Tidak Boleh Ada"))
    assert len(_journal(db)) == before
    assert all(u.name != "Unit Baru Yang Tidak Boleh Ada" for u in office.office.units())


def test_write_outside_a_unit_of_work_is_refused(office, db):
    """The reader session has no journal context: any ORM write through it fails."""
    from skpdesk.storage.tables import InstansiRow
    with pytest.raises(RuntimeError, match="journal"):
        with db.reader() as r:
            r._session.add(InstansiRow(id="x", name="Side door", city="-"))
            r.flush()


def test_side_door_sql_is_detected(office, db):
    head, _, _ = three_levels(office)
    with db.reader() as r:
        assert r.journal.unjournaled_rows() == []
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE pegawai SET name = 'Diubah lewat SQL', hlc = '9999999999999-00000' "
                 "WHERE id = ?", (head.id,))
    conn.commit()
    conn.close()
    with db.reader() as r:
        assert r.journal.unjournaled_rows() == [("pegawai", head.id)]


def _every_write(office, tmp_path):
    """(name, action, expected (op, entity) multiset) for every service write not covered above."""
    head, kabid, staff = three_levels(office)
    top = office.skp.create(head.id, 2026).value
    top_rhk = office.skp.add_rhk(top.id, "RHK pimpinan").value
    skp = office.skp.create(kabid.id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "RHK satu", parent_rhk_id=top_rhk.id).value
    rhk2 = office.skp.add_rhk(skp.id, "RHK dua").value
    ind = office.skp.add_indicator(rhk.id, "IKI a", aspect="kuantitas", target_value="1").value.indicators[0]
    ind2 = office.skp.add_indicator(rhk.id, "IKI b", aspect="waktu", target_value="12").value.indicators[1]
    office.skp.add_indicator(rhk2.id, "IKI c", aspect="kualitas", target_value="100")
    office.skp.add_lampiran(skp.id, "konsekuensi", "Butir satu")
    item = office.skp.add_lampiran(skp.id, "konsekuensi", "Butir dua").value.lampiran[1]
    value = office.office.core_values()[0]
    png = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (4, 4), (0, 90, 0)).save(png)  # logos must decode (issue 7)
    skp_up = ("update", "skp")
    office.office.set_setting("roles.pengelola_kinerja", kabid.nip)
    office.acting.act_as(head.nip)

    def as_admin(step):  # the Kepala Dinas has no penilai: the pengelola kinerja acts for him
        office.acting.act_as(kabid.nip)
        try:
            return step(on_behalf_reason="Atas arahan Bupati")
        finally:
            office.acting.act_as(head.nip)

    return [
        ("update_instansi", lambda: office.office.update_instansi(city="Sleman"), [("update", "instansi")]),
        ("set_logo", lambda: office.office.set_logo(png), [("update", "instansi")]),
        ("update_core_value", lambda: office.office.update_core_value(value.id, value.name, ["a", "b", "c"]),
         [("update", "core_value")]),
        ("set_supervisor", lambda: office.staff.set_supervisor(staff.id, head.id), [("update", "pegawai")]),
        ("update_rhk", lambda: office.skp.update_rhk(rhk2.id, text="RHK dua diubah"), [("update", "rhk"), skp_up]),
        ("move_rhk", lambda: office.skp.move_rhk(rhk2.id, 1), [("update", "rhk"), ("update", "rhk"), skp_up]),
        ("move_indicator", lambda: office.skp.move_indicator(ind2.id, 1),
         [("update", "indikator"), ("update", "indikator"), skp_up]),
        ("delete_indicator", lambda: office.skp.delete_indicator(ind.id),  # the last one: no renumbering
         [("delete", "indikator"), skp_up]),
        ("update_lampiran", lambda: office.skp.update_lampiran(item.id, "Butir dua diubah"),
         [("update", "lampiran_item"), skp_up]),
        ("move_lampiran", lambda: office.skp.move_lampiran(item.id, 1),
         [("update", "lampiran_item"), ("update", "lampiran_item"), skp_up]),
        ("delete_lampiran", lambda: office.skp.delete_lampiran(item.id),
         [("delete", "lampiran_item"), ("update", "lampiran_item"), skp_up]),
        ("set_approach", lambda: office.skp.set_approach(skp.id, "kualitatif"),
         [skp_up, ("update", "indikator"), ("update", "indikator")]),
        ("set_approach_back", lambda: office.skp.set_approach(skp.id, "kuantitatif"), [skp_up]),
        ("submit_top", lambda: (office.skp.add_indicator(top_rhk.id, "IKI", target_value="1"),
                                office.skp.submit(top.id)), [("insert", "indikator"), skp_up, skp_up]),
        ("return", lambda: as_admin(lambda **kw: office.skp.return_to_draft(top.id, "Perbaiki", **kw)),
         [skp_up]),
        ("submit", lambda: office.skp.submit(top.id), [skp_up]),
        ("approve", lambda: as_admin(lambda **kw: office.skp.approve(top.id, **kw)), [skp_up]),
        ("copy_from_last_year", lambda: office.skp.copy_from_last_year(head.id, 2027),
         [("insert", "skp")] + [("insert", "perilaku_kerja")] * 7 + [("insert", "rhk"), ("insert", "indikator")]),
    ]


def test_every_service_write_is_journaled(office, db, tmp_path):
    for name, action, expected in _every_write(office, tmp_path):
        before = len(_journal(db))
        action()
        entries = _since(db, before)
        assert sorted(_summary(entries)) == sorted(expected), name
        assert all(e.actor == "test" and e.device_id == db.device_id for e in entries), name
    with db.reader() as r:
        assert r.journal.unjournaled_rows() == [] and r.journal.sequence_gaps() == []
