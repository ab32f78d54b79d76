"""Full-text search (issue 10): words with and without diacritics, by prefix, every indexed
record kind, the index kept in step with writes, sync and rebuild, and confidential notes found
only by their readers. Real SQLite files; rows written through units of work (journaled)."""

import datetime as dt
import sqlite3

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.dialog.search import MARK_END, MARK_START, fts_query, query_words
from skpdesk.storage import search_index
from skpdesk.storage.tables import FollowUpRow

from .helpers_dialog_rows import (add_addendum, add_competency, add_dialog, add_feedback,
                                  add_participant, delete_dialog, delete_row, remove_participant,
                                  set_follow_up, update_dialog)
from .helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, person, three_levels

DAY = dt.date(2026, 3, 12)
NIP_OTHER = "199202022016031004"


@pytest.fixture
def people(office):
    head, kabid, staff = three_levels(office)
    other = office.staff.add(person("Budi Hartono", NIP_OTHER, unit="Dinas/Bidang Aplikasi "
                                    "Informatika", supervisor=NIP_KABID)).value
    return head, kabid, staff, other


def found(services, text, nip=None):
    services.acting.act_as(nip)
    return [(h.entity, h.record_id) for h in services.search.search(text)]


def index_rows(db):
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute("SELECT entity, entity_id, pegawai_id, readers FROM search_index "
                            "ORDER BY entity, entity_id").fetchall()
    finally:
        conn.close()


def test_words_with_and_without_diacritics_and_by_prefix(office, people):
    head, kabid, staff, other = people
    plain, _ = add_dialog(office.db, participants=[staff.id], held_on=DAY, author_id=kabid.id,
                          notes="Kualitas pelayanan perizinan naik sejak Februari.")
    accented, _ = add_dialog(office.db, participants=[other.id], held_on=DAY, author_id=kabid.id,
                             notes="Kualítas laporan bulanan perlu diperiksa ulang.")
    both = {("dialog_kinerja", plain), ("dialog_kinerja", accented)}
    assert set(found(office, "kualitas")) == both       # the plain word finds the accented one
    assert set(found(office, "kualítas")) == both       # and the other way round
    assert set(found(office, "KUALITAS")) == both
    assert found(office, "pelayan") == [("dialog_kinerja", plain)]   # Indonesian prefix
    assert found(office, "perizin") == [("dialog_kinerja", plain)]
    assert found(office, "pelayan kualitas") == [("dialog_kinerja", plain)]  # all words
    assert found(office, "pelayanan laporan") == []
    assert found(office, "anggaran") == []


def test_hit_carries_the_record_pegawai_date_and_marked_snippet(office, people):
    head, kabid, staff, other = people
    dialog_id, _ = add_dialog(office.db, participants=[staff.id], held_on=DAY, kind="coaching",
                              author_id=kabid.id, agenda=["Capaian triwulan I"],
                              notes="Target digitalisasi arsip tercapai.")
    [hit] = office.search.search("digitalisasi")
    assert (hit.entity, hit.record_id, hit.dialog_id) == ("dialog_kinerja", dialog_id, dialog_id)
    assert (hit.pegawai_id, hit.pegawai_name, hit.nip) == (staff.id, "Agus Santoso", NIP_STAFF)
    assert hit.on == DAY and hit.title == "Bimbingan kinerja: coaching"
    assert f"{MARK_START}digitalisasi{MARK_END}" in hit.snippet
    assert office.search.search("triwulan")[0].record_id == dialog_id  # agenda is indexed


def test_every_record_kind_is_indexed_and_found(office, people):
    head, kabid, staff, other = people
    office.acting.act_as(NIP_KABID)
    skp = office.skp.create(staff.id, 2026).value
    dialog_id, [fu] = add_dialog(office.db, participants=[staff.id], held_on=DAY,
                                 kind="mentoring", author_id=kabid.id, notes="catatan",
                                 follow_ups=[("Susun jadwal piket helpdesk", staff.id,
                                              dt.date(2026, 4, 1))])
    add_id = add_addendum(office.db, dialog_id, "Ralat: jadwal helpdesk mulai April")
    fb = add_feedback(office.db, skp.id, "Respons aduan masyarakat makin cepat", given_on=DAY)
    b19 = add_competency(office.db, dialog_id, staff.id,
                         [("Kerja sama", 4, "Aktif membantu rekan satu tim")], evaluated_on=DAY)
    assert found(office, "piket", NIP_KABID) == [("tindak_lanjut", fu)]
    assert set(found(office, "helpdesk", NIP_KABID)) == {("tindak_lanjut", fu),
                                                         ("dialog_adendum", add_id)}
    assert found(office, "aduan", NIP_KABID) == [("umpan_balik", fb)]
    assert found(office, "rekan", NIP_KABID) == [("evaluasi_kompetensi", b19)]
    hits = {h.entity: h for h in office.search.search("helpdesk")}
    assert hits["tindak_lanjut"].dialog_id == dialog_id
    assert hits["dialog_adendum"].dialog_id == dialog_id
    assert office.search.search("aduan")[0].pegawai_id == staff.id  # the SKP's pegawai


def test_confidential_notes_found_only_by_readers(office, people):
    head, kabid, staff, other = people
    secret, [fu] = add_dialog(office.db, participants=[staff.id], held_on=DAY, kind="konseling",
                              confidential=True, author_id=kabid.id,
                              notes="Masalah keluarga memengaruhi kehadiran.",
                              follow_ups=[("Konsultasi keluarga ke psikolog", staff.id,
                                           dt.date(2026, 4, 1))])
    b19 = add_competency(office.db, secret, staff.id, [("Integritas", 3, "keluarga dulu")],
                         evaluated_on=DAY)
    public, _ = add_dialog(office.db, participants=[other.id], held_on=DAY, author_id=kabid.id,
                           notes="Rencana keluarga berencana untuk penyuluhan.")
    readable = {("dialog_kinerja", secret), ("tindak_lanjut", fu), ("evaluasi_kompetensi", b19),
                ("dialog_kinerja", public)}
    assert set(found(office, "keluarga", NIP_STAFF)) == readable        # a participant
    assert set(found(office, "keluarga", NIP_KABID)) == readable        # its writer
    assert found(office, "keluarga", NIP_OTHER) == [("dialog_kinerja", public)]  # third pegawai
    assert found(office, "keluarga", NIP_HEAD) == [("dialog_kinerja", public)]   # superior too
    assert found(office, "keluarga") == [("dialog_kinerja", public)]    # nobody acting
    assert found(office, "psikolog", NIP_OTHER) == []


def test_confidentiality_and_participant_changes_reindex_the_dialog(office, people):
    head, kabid, staff, other = people
    dialog_id, [fu] = add_dialog(office.db, participants=[staff.id], held_on=DAY,
                                 author_id=kabid.id, notes="Evaluasi lembur berlebihan",
                                 follow_ups=[("Kurangi lembur", staff.id, dt.date(2026, 4, 1))])
    assert len(found(office, "lembur", NIP_OTHER)) == 2
    update_dialog(office.db, dialog_id, confidential=1)
    assert found(office, "lembur", NIP_OTHER) == []           # the follow-up too
    add_participant(office.db, dialog_id, other.id)
    assert set(found(office, "lembur", NIP_OTHER)) == {("dialog_kinerja", dialog_id),
                                                       ("tindak_lanjut", fu)}
    remove_participant(office.db, dialog_id, other.id)
    assert found(office, "lembur", NIP_OTHER) == []
    update_dialog(office.db, dialog_id, confidential=0)
    assert len(found(office, "lembur", NIP_OTHER)) == 2


def test_edits_deletes_and_corrections_keep_the_index_in_step(office, people):
    head, kabid, staff, other = people
    office.acting.act_as(NIP_KABID)
    skp = office.skp.create(staff.id, 2026).value
    dialog_id, [fu] = add_dialog(office.db, participants=[staff.id], held_on=DAY,
                                 author_id=kabid.id, notes="Anggaran rapat koordinasi",
                                 follow_ups=[("Kirim notulen", staff.id, dt.date(2026, 4, 1))])
    update_dialog(office.db, dialog_id, notes="Anggaran perjalanan dinas")
    assert found(office, "koordinasi") == []
    assert found(office, "perjalanan") == [("dialog_kinerja", dialog_id)]
    set_follow_up(office.db, fu, status="done", status_note="Notulen terkirim lewat surel")
    assert found(office, "surel") == [("tindak_lanjut", fu)]
    delete_row(office.db, FollowUpRow, fu)
    assert found(office, "notulen") == []
    old = add_feedback(office.db, skp.id, "Laporan terlambat dua hari", given_on=DAY)
    new = add_feedback(office.db, skp.id, "Laporan tepat waktu", given_on=DAY, supersedes_id=old)
    assert found(office, "laporan") == [("umpan_balik", new)]   # the correction replaces it
    delete_dialog(office.db, dialog_id)
    assert found(office, "perjalanan") == []
    assert [r[0] for r in index_rows(office.db)] == ["umpan_balik"]


def test_team_dialog_is_one_row_about_its_first_participant_by_name(office, people):
    head, kabid, staff, other = people
    dialog_id, _ = add_dialog(office.db, participants=[other.id, staff.id], held_on=DAY,
                              author_id=kabid.id, notes="Pembagian tugas tim")
    [hit] = office.search.search("pembagian")
    assert hit.pegawai_name == "Agus Santoso"  # before Budi Hartono


def test_rebuild_recomputes_the_same_index(office, people):
    head, kabid, staff, other = people
    secret, _ = add_dialog(office.db, participants=[staff.id], held_on=DAY, confidential=True,
                           author_id=kabid.id, notes="rahasia kantor",
                           follow_ups=[("tindak rahasia", staff.id, DAY)])
    add_dialog(office.db, participants=[other.id], held_on=DAY, notes="terbuka")
    before = index_rows(office.db)
    conn = sqlite3.connect(office.db.path)
    conn.execute("DELETE FROM search_index")
    conn.commit()
    conn.close()
    assert office.search.search("rahasia") == []
    assert office.search.rebuild() == 3
    assert index_rows(office.db) == before
    assert office.search.indexed_count() == 3


def test_index_follows_rows_arriving_by_sync(tmp_path, office, people):
    """The materialiser writes incoming rows with plain statements: it re-indexes them."""
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    head, kabid, staff, other = people
    copy = Database(tmp_path / "laptop.sqlite")
    laptop = Services.build(copy, "laptop")
    try:
        laptop.sync.apply(office.sync.operations_since({}))
        dialog_id, _ = add_dialog(copy, participants=[staff.id], held_on=DAY, confidential=True,
                                  author_id=kabid.id, notes="Dibahas di laptop: mutasi")
        office.sync.apply(laptop.sync.operations_since({}))
        assert found(office, "mutasi", NIP_STAFF) == [("dialog_kinerja", dialog_id)]
        assert found(office, "mutasi", NIP_OTHER) == []
        update_dialog(copy, dialog_id, confidential=0, notes="Dibahas di laptop: rotasi")
        office.sync.apply(laptop.sync.operations_since({}))
        assert found(office, "mutasi", NIP_STAFF) == []
        assert found(office, "rotasi", NIP_OTHER) == [("dialog_kinerja", dialog_id)]
    finally:
        copy.close()


@pytest.mark.parametrize("text", ["", "   ", "a", "a b c", "**", "- ."])
def test_empty_or_too_short_query_is_refused(office, text):
    with pytest.raises(DomainError) as err:
        office.search.search(text)
    assert err.value.code is ErrorCode.SEARCH_QUERY_TOO_SHORT
    assert err.value.params["field"] == "kata_cari"


def test_too_long_query_is_refused(office):
    with pytest.raises(DomainError) as err:
        office.search.search(" ".join(f"kata{i}" for i in range(11)))
    assert err.value.code is ErrorCode.SEARCH_QUERY_TOO_LONG
    with pytest.raises(DomainError):
        office.search.search("x" * 201)


@pytest.mark.parametrize("text", ['"kinerja', "kinerja OR", "NEAR(a b)", "title:kinerja",
                                  "kinerja*", "^kinerja", "(kinerja", "a-b-c kinerja"])
def test_fts_syntax_typed_by_a_user_is_plain_words(office, people, text):
    head, kabid, staff, other = people
    add_dialog(office.db, participants=[staff.id], held_on=DAY, notes="kinerja baik")
    office.search.search(text)  # never an FTS syntax error


def test_query_building():
    assert query_words("  pelayan  kualítas a ") == ["pelayan", "kualítas"]
    assert fts_query(['say "hi"']) == '"say ""hi"""*'
    assert fts_query(["pelayan", "kualitas"]) == '"pelayan"* "kualitas"*'


def test_rowids_are_newest_first_and_stable():
    older = "01890000-0000-7000-8000-000000000001"
    newer = "01990000-0000-7000-8000-000000000001"
    assert search_index.base_rowid("dialog_kinerja", newer) > \
        search_index.base_rowid("dialog_kinerja", older)
    assert search_index.base_rowid("x", older) == search_index.base_rowid("x", older)
    assert 0 <= search_index.base_rowid("x", "not-a-uuid") < 1 << 21


def test_records_written_by_the_services_are_found(office, people):
    """End to end through DialogService, FeedbackService and CoachingService."""
    from skpdesk.domain.dialog import CompetencyItem, DialogKind
    from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
    head, kabid, staff, other = people
    office.acting.act_as(NIP_KABID)
    skp = office.skp.create(staff.id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "Tersedianya modul aplikasi").value
    d = office.dialogs.add(DialogInput(
        held_on=DAY, kind=DialogKind.COACHING, participant_ids=(staff.id,),
        agenda=("Capaian modul",), notes="Pengujian modul lambat",
        follow_ups=(FollowUpInput("Otomasi pengujian regresi", staff.id, DAY),))).value
    office.dialogs.close(d.id)
    office.dialogs.add_addendum(d.id, "Regresi dijadwalkan mingguan")
    office.coaching.record_competency(d.id, staff.id, [CompetencyItem(
        "Orientasi hasil", 4, "Regresi kini otomatis")], evaluated_on=DAY)
    fb = office.feedback.add(skp.id, rhk_id=rhk.id, period="2026-03",
                             text="Dokumentasi regresi rapi", given_on=DAY).value
    assert {e for e, _ in found(office, "regresi", NIP_KABID)} == {
        "tindak_lanjut", "dialog_adendum", "evaluasi_kompetensi", "umpan_balik"}
    corrected = office.feedback.correct(fb.id, "Dokumentasi pengujian rapi").value
    assert ("umpan_balik", fb.id) not in found(office, "dokumentasi", NIP_KABID)
    assert found(office, "dokumentasi", NIP_KABID) == [("umpan_balik", corrected.id)]
    assert found(office, "lambat", NIP_STAFF) == [("dialog_kinerja", d.id)]
