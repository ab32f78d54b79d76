"""`skpdesk check` (IntegrityService) and the audit trail (JournalService)."""

import datetime as dt
import sqlite3
from types import SimpleNamespace

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.integrity import CheckReport, IntegrityService, supervisor_cycles
from skpdesk.services.journal import JournalService
from skpdesk.storage.repositories.journal import JournalRepository

from .test_cascade import NIP_KABID, YEAR, build_office, new_rhk, new_skp, person

TODAY = dt.date(YEAR, 6, 1)


@pytest.fixture
def check(db):
    return lambda year=YEAR: IntegrityService(db, "test").run(year, today=TODAY)


def raw_sql(db, sql, *params):
    """A side-door write, as a user with a SQLite browser would make it (foreign keys off)."""
    conn = sqlite3.connect(db.path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def found(findings, code):
    return [f for f in findings if f.code == code]


@pytest.fixture
def clean(office):
    """Everyone has a linked, complete SKP; one is approved. Edited the ordinary way."""
    s = office
    o = build_office(s)
    o.skp = SimpleNamespace(head=new_skp(s, o.head), kabid=new_skp(s, o.kabid),
                            staff=new_skp(s, o.staff), pppk=new_skp(s, o.pppk))
    o.h1 = new_rhk(s, o.skp.head, "Meningkatnya layanan digital")
    o.k1 = new_rhk(s, o.skp.kabid, "Tersedianya aplikasi layanan", o.h1)
    o.s1 = new_rhk(s, o.skp.staff, "Aplikasi perizinan dibangun", o.k1)
    o.p1 = new_rhk(s, o.skp.pppk, "Data sektoral dimutakhirkan", o.k1)
    o.kt = new_rhk(s, o.skp.kabid, "Panitia HUT", kind="tambahan")
    s.skp.add_indicator(o.h1, "Indeks SPBE", target_value="3,5")
    s.skp.add_indicator(o.kt, "Laporan panitia", aspect="kuantitas", target_value="1")
    for rhk in (o.k1, o.s1, o.p1):
        s.skp.add_indicator(rhk, "Jumlah keluaran", aspect="kuantitas", target_value="2",
                            target_unit="dokumen")
    dropped = new_rhk(s, o.skp.staff, "Dihapus lagi", o.k1)
    s.skp.delete_rhk(dropped)
    s.skp.move_rhk(o.kt, 1)
    s.skp.set_expectation(o.skp.staff, s.office.core_values()[0].id, "Responsif")
    s.skp.add_lampiran(o.skp.staff, "konsekuensi", "Sesuai ketentuan")
    s.acting.act_as(o.staff.nip)  # the pegawai submits, the pejabat penilai approves
    s.skp.submit(o.skp.staff)
    s.acting.act_as(o.kabid.nip)
    s.skp.approve(o.skp.staff)
    s.staff.update(o.pppk, person("Citra Ayu Lestari", o.pppk.nip, asn="PPPK", rank="X",
                                     position="Pengelola Data", unit="Dinas/Aptika",
                                     supervisor=NIP_KABID))
    return o


# --- clean data

def test_clean_office_is_ok(check, clean, db):
    report = check()
    assert isinstance(report, CheckReport)
    assert report.errors == [] and report.warnings == [] and report.ok
    assert IntegrityService(db, "test").run(today=TODAY).ok  # every year


def test_empty_database_is_ok(check, db):
    assert check().ok


# --- errors

def test_side_door_name_change_is_an_unjournaled_row(check, clean, db):
    raw_sql(db, "UPDATE pegawai SET name = 'Diubah Lewat SQL' WHERE id = ?", clean.head.id)
    report = check()
    assert not report.ok
    [finding] = found(report.errors, "unjournaled_row")
    assert (finding.entity, finding.entity_id) == ("pegawai", clean.head.id)


def test_side_door_insert_and_stamp_change_are_unjournaled(check, clean, db):
    raw_sql(db, "UPDATE rhk SET text = 'x', hlc = '9999999999999-00000' WHERE id = ?", clean.s1)
    raw_sql(db, "INSERT INTO unit_kerja (id, created_at, updated_at, device_id, hlc, name) "
                "VALUES ('u-raw', '', '', 'dev', '0', 'Gelap')")
    rows = {(f.entity, f.entity_id) for f in found(check().errors, "unjournaled_row")}
    assert rows == {("rhk", clean.s1), ("unit_kerja", "u-raw")}


def test_supervisor_cycle(check, clean, db):
    raw_sql(db, "UPDATE pegawai SET supervisor_id = ? WHERE id = ?", clean.staff.id, clean.head.id)
    [cycle] = found(check().errors, "supervisor_cycle")
    assert set(cycle.message_params["ids"]) == {clean.head.id, clean.kabid.id, clean.staff.id}
    assert "Bambang Sutrisno" in cycle.message_params["names"]
    assert cycle.entity == "pegawai"


def test_supervisor_cycles_are_each_reported_once():
    sup = {"a": "b", "b": "a", "c": "a", "d": "d", "e": None, "f": "e"}
    assert sorted(sorted(c) for c in supervisor_cycles(sup)) == [["a", "b"], ["d"]]


def test_foreign_key_violation(check, clean, db):
    raw_sql(db, "UPDATE pegawai SET supervisor_id = 'hilang' WHERE id = ?", clean.pppk.id)
    [fk] = found(check().errors, "foreign_key_violation")
    assert fk.entity == "pegawai" and fk.message_params["table"] == "pegawai"


def test_journal_sequence_gap(check, clean, db):
    raw_sql(db, "DELETE FROM journal WHERE seq = 5")
    [gap] = found(check().errors, "journal_sequence_gap")
    assert gap.entity_id == db.device_id


def test_sqlite_integrity_failure(check, clean, monkeypatch):
    monkeypatch.setattr(JournalRepository, "integrity_check", lambda self: ["row 3 missing from index"])
    [bad] = found(check().errors, "db_integrity")
    assert bad.message_params == {"detail": "row 3 missing from index"} and bad.entity == "database"


def test_invalid_stored_nips(check, clean, db):
    raw_sql(db, "UPDATE pegawai SET nip = '199001012015032000' WHERE id = ?", clean.staff.id)
    raw_sql(db, "UPDATE pegawai SET nip = '200012312024211002' WHERE id = ?", clean.head.id)
    reasons = {f.entity_id: f.message_params["reason"] for f in found(check().errors, "nip_invalid")}
    assert reasons == {clean.staff.id: "nip_sequence", clean.head.id: "nip_kind_mismatch"}


def test_duplicate_nip_after_cleaning(check, clean, db):
    raw_sql(db, "UPDATE pegawai SET nip = '19850315 201001 1 002' WHERE id = ?", clean.staff.id)
    errors = check().errors
    [dup] = found(errors, "nip_duplicate")
    assert dup.message_params["nip"] == NIP_KABID
    assert set(dup.message_params["ids"]) == {clean.kabid.id, clean.staff.id}
    assert [f.message_params["reason"] for f in found(errors, "nip_invalid")] == ["not_clean"]


def test_form_rule_violations(check, clean, db):
    raw_sql(db, "UPDATE indikator SET aspect = 'kualitas' WHERE rhk_id = ?", clean.h1)  # JPT
    raw_sql(db, "UPDATE rhk SET perspective = 'anggaran' WHERE id = ?", clean.k1)  # JA/JF
    raw_sql(db, "UPDATE rhk SET assignment_from = 'Bupati' WHERE id = ?", clean.p1)
    raw_sql(db, "UPDATE rhk SET parent_rhk_id = ? WHERE id = ?", clean.h1, clean.kt)
    errors = check().errors
    [aspect] = found(errors, "indicator_aspect_not_allowed")
    assert aspect.entity == "indikator" and aspect.message_params["rhk"] == "A.1"
    assert aspect.message_params["form"] == "jpt" and aspect.message_params["name"] == "Bambang Sutrisno"
    persp = found(errors, "rhk_perspective_not_allowed")
    assert {(f.entity_id, f.message_params["field"]) for f in persp} == {
        (clean.k1, "perspektif"), (clean.p1, "penugasan_dari")}
    [tambahan] = found(errors, "tambahan_with_parent")
    assert tambahan.entity_id == clean.kt and tambahan.message_params["rhk"] == "B.1"


def test_aspect_on_kualitatif_skp(check, office, db):
    o = build_office(office)
    skp = office.skp.create(o.staff.id, YEAR, approach="kualitatif").value.id
    rhk = new_rhk(office, skp, "RHK")
    office.skp.add_indicator(rhk, "Laporan diterima pimpinan tanpa revisi")
    raw_sql(db, "UPDATE indikator SET aspect = 'waktu'")
    [f] = found(check().errors, "indicator_aspect_not_allowed")
    assert f.message_params["approach"] == "kualitatif"


def test_approved_skp_failing_completeness(check, clean, db):
    raw_sql(db, "DELETE FROM indikator WHERE rhk_id = ?", clean.s1)
    [incomplete] = found(check().errors, "skp_incomplete")
    assert incomplete.entity_id == clean.skp.staff and incomplete.message_params["status"] == "disetujui"
    assert {"rule": "rhk_without_indicator", "rhk": "A.1"} in incomplete.message_params["problems"]


def test_submitted_skp_with_missing_aspect(check, clean, db):
    raw_sql(db, "UPDATE indikator SET aspect = NULL WHERE rhk_id = ?", clean.s1)
    raw_sql(db, "UPDATE indikator SET aspect = NULL WHERE rhk_id = ?", clean.p1)  # a draft: fine
    [missing] = found(check().errors, "indicator_aspect_missing")
    assert missing.message_params["skp_id"] == clean.skp.staff


def test_draft_incompleteness_is_not_an_error(check, office):
    o = build_office(office)
    new_rhk(office, new_skp(office, o.head), "Belum ada indikator")
    assert not found(check().errors, "skp_incomplete")


# --- warnings

def test_orphan_and_parent_outside_warnings_keep_the_report_ok(check, clean, office):
    orphan = new_rhk(office, clean.skp.pppk, "Tidak mengintervensi")
    office.staff.set_supervisor(clean.staff.id, clean.head.id)
    report = check()
    assert report.ok
    assert [(f.entity_id, f.message_params["year"]) for f in found(report.warnings, "cascade_orphan")] \
        == [(orphan, YEAR)]
    [outside] = found(report.warnings, "cascade_parent_outside")
    assert outside.entity_id == clean.s1 and outside.message_params["name"] == "Agus Santoso"


def test_without_year_every_year_with_skps_is_checked(office, db):
    o = build_office(office)
    new_skp(office, o.head, YEAR - 1)
    orphan = new_rhk(office, new_skp(office, o.kabid, YEAR - 1), "Lama")
    report = IntegrityService(db, "test").run(today=TODAY)
    assert [f.entity_id for f in found(report.warnings, "cascade_orphan")] == [orphan]
    assert not found(IntegrityService(db, "test").run(YEAR, today=TODAY).warnings, "cascade_orphan")


def test_asn_without_skp_for_the_year(check, clean, office):
    bupati = office.staff.add(person("Bupati Contoh", None, asn="NON_ASN", rank=None,
                                     position="Bupati", kind="jpt")).value
    missing = {f.entity_id: f.message_params for f in found(check(YEAR + 1).warnings,
                                                            "pegawai_without_skp")}
    assert set(missing) == {clean.head.id, clean.kabid.id, clean.staff.id, clean.pppk.id}
    assert bupati.id not in missing and missing[clean.head.id]["year"] == YEAR + 1
    this_year = IntegrityService(office.db, "test").run(today=dt.date(YEAR + 1, 1, 2))
    assert len(found(this_year.warnings, "pegawai_without_skp")) == 4


def test_year_filter_limits_skp_checks(check, clean, db):
    raw_sql(db, "UPDATE rhk SET parent_rhk_id = ? WHERE id = ?", clean.h1, clean.kt)
    assert found(check(YEAR).errors, "tambahan_with_parent")
    assert not found(check(YEAR + 1).errors, "tambahan_with_parent")
    with pytest.raises(DomainError) as info:
        check(99)
    assert info.value.code is ErrorCode.FIELD_INVALID_NUMBER


# --- journal service

def test_journal_recent_count_and_entity(clean, db):
    journal = JournalService(db, "test")
    total = journal.count()
    assert total > 50
    recent = journal.recent()
    assert len(recent) == 50 and len(journal.recent(limit=3)) == 3
    assert recent[0].hlc >= recent[-1].hlc
    assert len(journal.recent(100_000)) == total
    history = journal.for_entity(clean.pppk.id)
    assert history[0].op == "insert" and history[-1].op == "update"
    assert history[-1].fields["name"] == ["Citra Ayu", "Citra Ayu Lestari"]
    assert journal.for_entity("nothing") == []


@pytest.mark.parametrize("limit", [0, -1, 100_001, "abc", None, 2.5, True])
def test_journal_limit_is_validated(db, limit):
    with pytest.raises(DomainError) as info:
        JournalService(db, "test").recent(limit)
    assert info.value.code is ErrorCode.FIELD_INVALID_NUMBER and info.value.params["field"] == "limit"


# --- side doors: rows the journal says exist, rows without history, damage (issue 7)

@pytest.fixture
def printed(clean, office):
    """`clean` plus recorded printed copies of two SKPs."""
    for skp_id in (clean.skp.staff, clean.skp.kabid):
        office.skp_document.record_print(office.skp_document.build(skp_id))
    return clean


def rows_of(db, table):
    conn = sqlite3.connect(db.path)
    try:
        return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
    finally:
        conn.close()


def test_side_door_delete_of_all_printed_documents_is_reported(check, printed, db):
    ids = rows_of(db, "printed_document")
    assert len(ids) == 2
    raw_sql(db, "DELETE FROM printed_document")
    report = check()
    assert not report.ok
    assert sorted((f.entity, f.entity_id) for f in found(report.errors, "row_deleted_outside_journal")) \
        == [("printed_document", i) for i in ids]


def test_dropped_printed_document_table_is_reported_not_a_crash(check, printed, db):
    raw_sql(db, "DROP TABLE printed_document")
    report = check()
    [missing] = found(report.errors, "table_missing")
    assert missing.entity == "printed_document" and missing.message_params["journaled_rows"] == 2


def test_side_door_delete_of_many_lampiran_rows_names_each(check, office, clean, db):
    for n in range(49):
        office.skp.add_lampiran(clean.skp.kabid, "dukungan_sumber_daya", f"Dukungan {n}")
    ids = rows_of(db, "lampiran_item")
    assert len(ids) == 50
    raw_sql(db, "DELETE FROM lampiran_item")
    deleted = found(check().errors, "row_deleted_outside_journal")
    assert sorted(f.entity_id for f in deleted) == ids
    assert {f.entity for f in deleted} == {"lampiran_item"}
    assert all(f.message_params["table"] == "lampiran_item" for f in deleted)


def test_side_door_delete_of_one_perilaku_row(check, clean, db):
    [victim, *_] = rows_of(db, "perilaku_kerja")
    raw_sql(db, "DELETE FROM perilaku_kerja WHERE id = ?", victim)
    [f] = found(check().errors, "row_deleted_outside_journal")
    assert (f.entity, f.entity_id) == ("perilaku_kerja", victim)


def test_side_door_update_names_the_changed_fields(check, clean, db):
    raw_sql(db, "UPDATE rhk SET text = 'diubah', position = 9 WHERE id = ?", clean.s1)
    [f] = found(check().errors, "unjournaled_row")
    assert (f.entity, f.entity_id) == ("rhk", clean.s1)
    assert f.message_params["change"] == "update"
    assert sorted(f.message_params["fields"]) == ["position", "text"]


def test_side_door_reinsert_of_a_journaled_delete_is_unjournaled(check, office, clean, db):
    before = set(rows_of(db, "lampiran_item"))
    office.skp.add_lampiran(clean.skp.kabid, "konsekuensi", "Dihapus lalu dikembalikan diam-diam")
    [victim] = set(rows_of(db, "lampiran_item")) - before
    conn = sqlite3.connect(db.path)
    row = conn.execute("SELECT * FROM lampiran_item WHERE id = ?", (victim,)).fetchone()
    conn.close()
    office.skp.delete_lampiran(victim)
    assert check().ok
    raw_sql(db, f"INSERT INTO lampiran_item VALUES ({', '.join('?' * len(row))})", *row)
    [f] = found(check().errors, "unjournaled_row")
    assert (f.entity_id, f.message_params["change"]) == (victim, "insert")


def test_many_findings_of_one_kind_are_capped_and_counted(check, office, clean, db, monkeypatch):
    import skpdesk.services.integrity as integrity
    monkeypatch.setattr(integrity, "MAX_PER_KIND", 3)
    raw_sql(db, "DELETE FROM perilaku_kerja")
    errors = check().errors
    assert len(found(errors, "row_deleted_outside_journal")) == 3
    [more] = found(errors, "more_findings")
    assert more.message_params == {"code": "row_deleted_outside_journal", "table": "perilaku_kerja",
                                   "count": 4 * 7 - 3}


def test_bad_enum_written_by_a_side_door_is_a_finding_not_a_crash(check, clean, db):
    raw_sql(db, "UPDATE pegawai SET asn_type = 'HONORER' WHERE id = ?", clean.staff.id)
    raw_sql(db, "UPDATE skp SET status = 'dibuang' WHERE id = ?", clean.skp.head)
    raw_sql(db, "UPDATE skp SET period_start = 'kemarin' WHERE id = ?", clean.skp.kabid)
    report = check()
    bad = {(f.entity, f.entity_id, f.message_params["column"]): f.message_params
           for f in found(report.errors, "value_undecodable")}
    assert set(bad) == {("pegawai", clean.staff.id, "asn_type"), ("skp", clean.skp.head, "status"),
                        ("skp", clean.skp.kabid, "period_start")}
    assert bad[("pegawai", clean.staff.id, "asn_type")]["value"] == "HONORER"
    assert "PNS" in bad[("pegawai", clean.staff.id, "asn_type")]["expected"]
    # The rule checks that could not decode the rows say so instead of crashing.
    assert {f.message_params["section"] for f in found(report.errors, "check_incomplete")} >= {"pegawai"}


def test_text_that_is_not_utf8_is_a_finding_not_a_crash(check, clean, db):
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE rhk SET text = CAST(x'41ff42' AS TEXT) WHERE id = ?", (clean.s1,))
    conn.execute("UPDATE journal SET fields = CAST(x'7bff' AS TEXT) WHERE seq = 2")
    conn.commit()
    conn.close()
    report = check()
    [bad] = [f for f in found(report.errors, "value_undecodable") if f.message_params["column"] == "text"]
    assert bad.entity_id == clean.s1 and bad.message_params["value"] == "A\\xffB"
    assert found(report.errors, "journal_entry_undecodable")
    assert (2, "changed") in {(f.message_params["seq"], f.message_params["reason"])
                              for f in found(report.errors, "journal_chain_broken")}
