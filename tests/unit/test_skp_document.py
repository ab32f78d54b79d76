"""The printable SKP value: what the service puts in it, the document code, check-print."""

import dataclasses
import datetime as dt

import pytest

from skpdesk.cli.messages import format_error
from skpdesk.domain import documents as L
from skpdesk.domain.dates import periode_penilaian, rentang_periode, tanggal
from skpdesk.domain.documents import (CROCKFORD, DocumentVariant, PlaceDateMode, content_hash,
                                      document_code, normalize_code)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import PegawaiInput

from .helpers_office import NIP_KABID, NIP_PPPK, NIP_STAFF
from .helpers_print import (EXPECTATION, HEAD_RHK, KABID_RHK, STAFF_IKI, STAFF_RHK,
                            STAFF_TAMBAHAN, UNIT, build_print_office)

DAY = dt.date(2026, 1, 5)


@pytest.fixture
def printed(office):
    return office, build_print_office(office)


# --- dates
def test_indonesian_dates():
    assert tanggal(dt.date(2026, 1, 1)) == "1 Januari 2026"
    assert tanggal(dt.date(2025, 8, 17)) == "17 Agustus 2025"
    assert periode_penilaian(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == \
        "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"
    assert rentang_periode(dt.date(2026, 7, 1), dt.date(2026, 9, 30)) == "01 JULI SD 30 SEPTEMBER TAHUN 2026"
    assert rentang_periode(dt.date(2025, 7, 1), dt.date(2026, 6, 30)) == \
        "01 JULI TAHUN 2025 SD 30 JUNI TAHUN 2026"


# --- the code
def test_document_code_is_short_readable_and_deterministic():
    code = document_code("ab" * 32, 3)
    assert code == document_code("ab" * 32, 3)
    assert len(code) == 15 and code.startswith("SKP-") and code[9] == "-"
    assert all(ch in CROCKFORD for ch in code[4:].replace("-", ""))
    assert not set(code[4:]) & set("ILOU")
    assert document_code("ab" * 32, 4) != code
    assert document_code("cd" * 32, 3) != code


def test_code_input_is_normalised():
    code = document_code("ef" * 32, 1)
    body = code[4:].replace("-", "")
    for typed in (code, code.lower(), f" skp {body[:5]} {body[5:]} ", body, f"SKP{body}",
                  f"{body[:3]}-{body[3:]}"):
        assert normalize_code(typed) == code, typed
    assert normalize_code("SKP-0O1IL-00000") == "SKP-00111-00000"  # Crockford: O=0, I=L=1
    for bad in ("", "SKP", "SKP-12345", "SKP-UUUUU-00000", "hello world!", None):
        assert normalize_code(bad) is None


# --- building
def test_ja_jf_document_content(printed):
    services, o = printed
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    assert doc.variant is DocumentVariant.JA_JF_KUANTITATIF
    assert doc.title_lines == (L.TITLE, "PENDEKATAN HASIL KERJA KUANTITATIF", L.FOR_JA_JF)
    assert doc.period_text == "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"
    assert doc.instansi == "Dinas Komunikasi dan Informatika Kabupaten Contoh" and doc.city == "Wonosari"
    peg = doc.pegawai
    assert (peg.name, peg.nip, peg.nip_label, peg.rank, peg.position) == (
        "Agus Santoso, S.Kom.", NIP_STAFF, "NIP", "Penata Muda Tingkat I, III/b",
        "Pranata Komputer Ahli Pertama")
    assert peg.unit == "Dinas Komunikasi dan Informatika / Bidang Aplikasi Informatika"
    assert peg.signature_id == f"NIP. {NIP_STAFF}"
    assert doc.penilai.name == "Dewi Lestari, S.T." and doc.penilai.rank == "Pembina, IV/a"
    utama, tambahan = doc.hasil_kerja
    assert utama.title == "A. UTAMA" and tambahan.title == "B. TAMBAHAN"
    first = utama.rows[0]
    assert (first.number, first.intervened, first.text, first.perspective) == (1, KABID_RHK, STAFF_RHK, "")
    assert [(i.aspect, i.text, i.target) for i in first.indicators] == [
        (a.capitalize(), t, f"{v}{u}" if u == "%" else f"{v} {u}") for a, t, v, u in STAFF_IKI]
    assert tambahan.rows[0].text == STAFF_TAMBAHAN and tambahan.rows[0].intervened == "-"
    assert [p.name for p in doc.perilaku][:2] == ["Berorientasi Pelayanan", "Akuntabel"]
    assert len(doc.perilaku) == 7 and all(len(p.guides) == 3 for p in doc.perilaku)
    assert doc.perilaku[0].expectation == EXPECTATION and doc.perilaku[1].expectation == ""
    assert [x.title for x in doc.lampiran] == ["DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN",
                                               "KONSEKUENSI"]
    assert doc.lampiran[1].items == ("Laporan triwulan", "Bukti kerja dalam bentuk laporan")
    assert doc.intervened_label == "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI"
    assert doc.place_date == "Wonosari, 5 Januari 2026"
    assert doc.pdf_title == "Sasaran Kinerja Pegawai – Agus Santoso, S.Kom. – 2026"


def test_jpt_and_pppk_content(printed):
    services, o = printed
    head = services.skp_document.build(o.head_skp)
    assert head.variant is DocumentVariant.JPT_KUANTITATIF
    assert head.title_lines[2] == L.FOR_JPT
    assert head.penilai is None and head.penilai_or_blank.name == "-"
    rhk = head.hasil_kerja[0].rows[0]
    assert rhk.text == f"{HEAD_RHK} (penugasan dari Bupati Contoh)"
    assert rhk.perspective == "Penerima Layanan" and rhk.indicators[0].aspect == ""
    assert services.skp_document.build(o.head_kual_skp).variant is DocumentVariant.JPT_KUALITATIF
    pppk = services.skp_document.for_pegawai(o.pppk.id, 2026)
    assert pppk.variant is DocumentVariant.JA_JF_KUALITATIF
    # issue 13: a PPPK's golongan is left empty unless the office setting shows it
    assert (pppk.pegawai.nip_label, pppk.pegawai.nip, pppk.pegawai.rank) == ("NI PPPK", NIP_PPPK, "")
    assert pppk.pegawai.signature_id == f"NI PPPK. {NIP_PPPK}"
    services.office.set_setting("print.pppk_golongan", "tampilkan")
    shown = services.skp_document.for_pegawai(o.pppk.id, 2026)
    assert shown.pegawai.rank == "Golongan IX" and shown.code != pppk.code
    services.office.set_setting("print.pppk_golongan", "kosongkan")


def test_snapshot_position_current_identity_and_penilai_at_skp_time(printed):
    services, o = printed
    moved = PegawaiInput(name="Agus Santoso Wibowo", asn_type="PNS", nip=NIP_STAFF, back_title="M.Kom.",
                         rank="III/c", position="Pranata Komputer Ahli Muda", position_kind="fungsional",
                         jenjang="Ahli Muda", unit_path="Dinas Komunikasi dan Informatika/Sekretariat",
                         supervisor_nip=None)
    services.staff.update(o.staff, moved)
    doc = services.skp_document.build(o.staff_skp)
    # name, NIP and rank as they are now; jabatan and unit as written in the SKP
    assert doc.pegawai.name == "Agus Santoso Wibowo, M.Kom." and doc.pegawai.rank == "Penata, III/c"
    assert doc.pegawai.position == "Pranata Komputer Ahli Pertama"
    assert doc.pegawai.unit == " / ".join(UNIT.split("/"))
    # the Pejabat Penilai recorded with the SKP, although the pegawai has no atasan now
    assert doc.penilai.nip == NIP_KABID


def test_penilai_falls_back_to_current_supervisor(printed):
    services, o = printed
    # The JPT had no atasan when the SKP was made; give him one now.
    bupati = services.staff.add(PegawaiInput(name="Suryo", asn_type="NON_ASN", front_title="H.",
                                             position="Bupati Contoh", position_kind="jpt",
                                             unit_path="Pemerintah Kabupaten Contoh")).value
    services.staff.set_supervisor(o.head.id, bupati.id)
    doc = services.skp_document.build(o.head_skp)
    # issue 13: a non-ASN penilai as in §1.2: "NIP (*opsional)", INSTANSI, no "NIP. -" line
    assert doc.penilai.name == "H. Suryo" and doc.penilai.nip == "-" and doc.penilai.rank == ""
    assert (doc.penilai.nip_label, doc.penilai.unit_label) == ("NIP (*opsional)", "INSTANSI")
    assert doc.penilai.unit == services.office.instansi().name
    assert doc.penilai.signature_id == ""


def test_place_date_and_label_settings(printed):
    services, o = printed
    build = services.skp_document.build
    services.office.set_setting("print.place_date", "city_blank")
    doc = build(o.staff_skp, printed_on=DAY)
    assert doc.place_date_mode is PlaceDateMode.CITY_BLANK
    assert doc.place_date == f"Wonosari, {L.DOTS}"
    services.office.set_setting("print.place_date", "blank")
    assert build(o.staff_skp).place_date == f"{L.DOTS}, {L.DOTS}"
    label = "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"
    services.office.set_setting("print.intervened_label", label)
    assert build(o.staff_skp).intervened_label == label


def test_errors_for_missing_skp(printed):
    services, o = printed
    with pytest.raises(DomainError) as err:
        services.skp_document.build("no-such-skp")
    assert err.value.code is ErrorCode.SKP_NOT_FOUND
    with pytest.raises(DomainError) as err:
        services.skp_document.for_pegawai(o.staff.id, 2030)
    assert err.value.code is ErrorCode.SKP_NOT_FOUND and err.value.params["field"] == "tahun"


# --- code stability
def test_code_is_stable_across_print_dates_and_changes_with_an_edit(printed):
    services, o = printed
    build = services.skp_document.build
    a = build(o.staff_skp, printed_on=dt.date(2026, 1, 5))
    b = build(o.staff_skp, printed_on=dt.date(2026, 3, 9))
    assert a.place_date != b.place_date
    assert a.content_hash == b.content_hash == content_hash(b) and a.code == b.code
    services.skp.add_lampiran(o.staff_skp, "konsekuensi", "Butir baru")
    c = build(o.staff_skp, printed_on=dt.date(2026, 1, 5))
    assert c.revision == a.revision + 1
    assert c.content_hash != a.content_hash and c.code != a.code
    # a change of revision alone (e.g. submitting) changes the code but not the content
    same = dataclasses.replace(a, revision=a.revision + 1)
    assert same.content_hash == a.content_hash and same.code != a.code


def test_logo_counts_by_file_name_only(printed, tmp_path):
    services, o = printed
    doc = services.skp_document.build(o.staff_skp)
    one = dataclasses.replace(doc, logo_path="/home/a/attachments/abc.png")
    two = dataclasses.replace(doc, logo_path=r"C:\Users\b\attachments\abc.png".replace("\\", "/"))
    assert one.content_hash == two.content_hash != doc.content_hash


# --- recording and checking printed copies
def test_record_print_is_journaled_once(printed, db):
    services, o = printed
    doc = services.skp_document.build(o.staff_skp)
    outcome = services.skp_document.record_print(doc)
    assert outcome.value is True and outcome.changes.affects("printed_document")
    again = services.skp_document.record_print(dataclasses.replace(doc, printed_on=dt.date(2027, 1, 1)))
    assert again.value is False
    prints = services.skp_document.prints_of(o.staff_skp)
    assert [(p.code, p.revision, p.content_hash) for p in prints] == [(doc.code, doc.revision, doc.content_hash)]
    with db.reader() as uow:
        entries = [e for e in uow.journal.all() if e.entity == "printed_document"]
    assert len(entries) == 1 and entries[0].op == "insert" and entries[0].fields["code"][1] == doc.code
    # recording a print is not an edit of the SKP
    assert services.skp.get(o.staff_skp).revision == doc.revision


def test_check_print_before_and_after_an_edit(printed):
    services, o = printed
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    services.skp_document.record_print(doc)
    body = doc.code[4:].replace("-", "")
    check = services.skp_document.check_print(f" {body.lower()[:5]} {body.lower()[5:]} ")
    assert (check.code, check.skp_id, check.pegawai_name, check.nip, check.year) == (
        doc.code, o.staff_skp, "Agus Santoso, S.Kom.", NIP_STAFF, 2026)
    assert check.printed_revision == check.current_revision == doc.revision
    assert check.changed is False and check.printed_at
    services.skp.set_expectation(o.staff_skp, services.office.core_values()[1].id, "Hadir tepat waktu")
    after = services.skp_document.check_print(doc.code)
    assert after.changed is True
    assert after.printed_revision == doc.revision and after.current_revision == doc.revision + 1


def test_check_print_changed_after_a_status_change(printed):
    # Issue 13: a KONSEP copy (Draft) is not the paper of the submitted SKP: its status is
    # content, so the check reads it as changed (it used to read "TIDAK BERUBAH").
    services, o = printed
    doc = services.skp_document.build(o.kabid_skp)
    services.skp_document.record_print(doc)
    services.acting.act_as(o.kabid.nip)
    services.skp.submit(o.kabid_skp)
    check = services.skp_document.check_print(doc.code)
    assert check.current_revision > check.printed_revision and check.changed is True


def test_unknown_code(printed):
    services, _ = printed
    code = document_code("00" * 32, 1)
    with pytest.raises(DomainError) as err:
        services.skp_document.check_print(code)
    assert err.value.code is ErrorCode.PRINT_CODE_UNKNOWN and err.value.params["field"] == "kode"
    assert format_error(err.value).startswith(f"Kode dokumen {code} tidak dikenal")
    with pytest.raises(DomainError) as err:
        services.skp_document.check_print("bukan kode")
    assert err.value.code is ErrorCode.PRINT_CODE_UNKNOWN and err.value.params["reason"] == "format"
    assert "SKP-XXXXX-XXXXX" in format_error(err.value)


def test_services_expose_skp_document(services):
    assert services.skp_document is not None
