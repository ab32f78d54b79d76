"""DOKUMEN EVALUASI KINERJA PEGAWAI (SKP-REFERENCE §4.4) and the Format Penetapan Predikat Kinerja
(§3.3) built from real evaluations on a real SQLite file and rendered to real PDFs: the text
extracted with pypdf holds every label in the form's order and the values of the records (a
PNS, a PPPK with NIP and pangkat left empty, a JPT rated by a non-ASN Bupati); the dokumen is
one page; the penetapan lists every pegawai's predikat and the counts against the pattern, and
is signed by the leader; the builders' errors name what is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp

from skpdesk.domain import summary_documents as D
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import OrgPredikat, Predikat as P, Rating
from skpdesk.domain.people import AsnType
from skpdesk.domain.print_marks import KONSEP, PageMarks, parse_qr_payload
from skpdesk.messages import message_for
from skpdesk.reports.eval_summary_pdf import render_dokumen_evaluasi
from skpdesk.reports.penetapan_pdf import render_penetapan

from .helpers_evaluation import MAY, TW1, YEAR, act, approve, eval_team, head_skp
from .helpers_office import NIP_PPPK, person
from .helpers_print import flat, pdf_pages_text
from .helpers_team_eval import UNIT, rated_team

AKHIR = f"{YEAR}-AKHIR"
NOTE = "Pertahankan ketepatan waktu; dokumentasikan setiap rilis aplikasi."

DOKUMEN_LABELS = [
    D.DOKUMEN_TITLE, "PERIODE: TRIWULAN I", D.PERIODE_PENILAIAN,
    "1", D.PEGAWAI_YANG_DINILAI, D.NAMA, D.NIP, D.PANGKAT, D.JABATAN, D.UNIT_KERJA,
    "2", D.PEJABAT_PENILAI_KINERJA, D.NAMA, D.NIP, D.PANGKAT, D.JABATAN, D.UNIT_KERJA,
    "3", D.ATASAN_PEJABAT_PENILAI_KINERJA, D.NAMA, D.NIP, D.PANGKAT, D.JABATAN, D.UNIT_KERJA,
    "4", D.EVALUASI_KINERJA, D.CAPAIAN_KINERJA_ORGANISASI, D.PREDIKAT_KINERJA_PEGAWAI,
    D.CATATAN_REKOMENDASI, D.SIGN_PEGAWAI, D.SIGN_PENILAI]


def message(error: DomainError) -> str:
    return message_for(error.code, error.params)


def pdf_text(path) -> str:
    return "\n".join(pdf_pages_text(path))


def in_order(text: str, items: list[str]) -> None:
    """Each item found after the previous one (labels in the form's order)."""
    at = 0
    for item in items:
        found = text.find(item, at)
        assert found >= 0, f"{item!r} not found after position {at}: ...{text[at:at + 200]!r}"
        at = found + len(item)


def lines(path) -> list[str]:
    return [line.strip() for line in pdf_text(path).splitlines() if line.strip()]


def value_after(path, label: str, occurrence: int = 1) -> str:
    """The extracted line right after the `occurrence`-th line that is exactly `label`."""
    found = [i for i, line in enumerate(lines(path)) if line == label]
    return lines(path)[found[occurrence - 1] + 1]


# --- dokumen evaluasi -------------------------------------------------------------------------

@pytest.fixture
def set_pns(services):
    """Agus (PNS fungsional) rated Di Atas / Di Atas (Sangat Baik) with a catatan, the
    Bidang's predikat organisasi Baik, ditetapkan on MAY."""
    t = eval_team(services)
    act(services, t["head"])
    services.org_predikat.set(t["kabid"].unit_id, TW1, OrgPredikat.BAIK, today=MAY)
    act(services, t["kabid"])
    services.evaluations.rate(t["skp"].id, TW1, hasil=Rating.DIATAS, perilaku=Rating.DIATAS,
                              note=NOTE, today=MAY)
    services.evaluations.set(t["skp"].id, TW1, today=MAY)
    return t


def test_dokumen_evaluasi_pns_labels_in_order_and_values(services, set_pns, tmp_path):
    t = set_pns
    doc = services.summary_documents.dokumen_evaluasi(t["skp"].id, TW1, printed_on=MAY)
    out = tmp_path / "dokumen.pdf"
    assert render_dokumen_evaluasi(doc, out) == 1
    text = pdf_text(out)
    in_order(text, DOKUMEN_LABELS)
    in_order(flat(text), [
        "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH",
        "PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026",
        "Agus Santoso", "19900101 201503 2 003", "Penata Muda Tingkat I, III/b",
        "Pranata Komputer Ahli Pertama", "Dinas / Bidang Aplikasi Informatika",
        "Dewi Lestari", "19850315 201001 1 002", "Pembina, IV/a",
        "Kepala Bidang Aplikasi Informatika",
        "Bambang Sutrisno", "19700101 200003 1 001", "Pembina Utama Muda, IV/c", "Kepala Dinas",
        "BAIK", "SANGAT BAIK", NOTE,
        "Wonosari, 2 Mei 2026", "Wonosari, 2 Mei 2026",   # above both signatures (§4.4 (23))
        "Agus Santoso", "Dewi Lestari", "NIP. 19900101 201503 2 003",
        "NIP. 19850315 201001 1 002"])
    assert value_after(out, D.CAPAIAN_KINERJA_ORGANISASI) == "BAIK"
    assert value_after(out, D.PREDIKAT_KINERJA_PEGAWAI) == "SANGAT BAIK"
    # the protocol of issue 13
    evaluation = services.evaluations.get(t["skp"].id, TW1, today=MAY)
    assert (doc.kind, doc.record_id, doc.skp_id, doc.pegawai_id, doc.revision, doc.period,
            doc.status) == ("dokumen_evaluasi", evaluation.id, t["skp"].id, t["staff"].id, 1,
                            TW1, "ditetapkan")
    assert doc.final and doc.code.startswith("SKP-")
    assert doc.bookmark == "Agus Santoso – 19900101 201503 2 003"
    assert isinstance(doc.marks, PageMarks)
    assert (doc.marks.code, doc.marks.kind, doc.marks.record_id, doc.marks.final) == (
        doc.code, "dokumen_evaluasi", evaluation.id, True)
    assert doc.marks.date_text == "ditetapkan 2 Mei 2026"
    reader = pypdf.PdfReader(str(out))
    assert doc.code in flat(reader.pages[0].extract_text())
    assert reader.metadata.title == doc.pdf_title


def test_a_draft_prints_konsep_with_the_print_date_and_its_own_code(services, tmp_path):
    t = eval_team(services)
    services.evaluations.rate(t["skp"].id, TW1, hasil=Rating.SESUAI, perilaku=Rating.SESUAI,
                              today=MAY)
    later = MAY + dt.timedelta(days=3)
    draft = services.summary_documents.dokumen_evaluasi(t["skp"].id, TW1, printed_on=later)
    assert (draft.status, draft.final, draft.marks.final) == ("draft", False, False)
    assert draft.marks.status_text == "Status: Draft"
    assert draft.marks.date_text == "dicetak 5 Mei 2026"
    assert {s.place_date for s in draft.signatures} == {"Wonosari, 5 Mei 2026"}
    assert draft.org_predikat == D.ORG_UNSET        # nothing set for the Bidang yet
    services.evaluations.set(t["skp"].id, TW1, today=later)
    final = services.summary_documents.dokumen_evaluasi(t["skp"].id, TW1, printed_on=later)
    assert final.final and final.code != draft.code  # a KONSEP copy is another paper
    out = tmp_path / "draft.pdf"
    render_dokumen_evaluasi(draft, out)
    assert value_after(out, D.PREDIKAT_KINERJA_PEGAWAI) == "BAIK"


def test_the_code_survives_ditetapkan_turning_final(services, set_pns):
    """Same paper, same code: the keberatan window closing changes the status, not the copy."""
    t = set_pns
    build = services.summary_documents.dokumen_evaluasi
    set_copy = build(t["skp"].id, TW1, printed_on=MAY)
    final_copy = build(t["skp"].id, TW1, printed_on=MAY + dt.timedelta(days=30))
    assert (set_copy.status, final_copy.status) == ("ditetapkan", "final")
    assert set_copy.code == final_copy.code
    # the place/date stays the day it was ditetapkan, not the print day
    assert final_copy.signatures[1].place_date == "Wonosari, 2 Mei 2026"


def test_dokumen_evaluasi_pppk_leaves_nip_and_pangkat_empty(services, tmp_path):
    t = eval_team(services)
    pppk = services.staff.add(person("Sari Wulandari", NIP_PPPK, asn="PPPK", rank="IX",
                                     position="Pranata Komputer Ahli Pertama", kind="fungsional",
                                     jenjang="Ahli Pertama", unit=UNIT,
                                     supervisor="198503152010011002")).value
    skp = services.skp.create(pppk.id, YEAR).value
    rhk = services.skp.add_rhk(skp.id, "Terkelolanya layanan bantuan teknis").value
    services.skp.add_indicator(rhk.id, "Jumlah tiket", aspect="kuantitas", target_value="120",
                               target_unit="Tiket")
    approve(services, skp.id, pppk, t["kabid"])
    act(services, t["kabid"])
    services.evaluations.rate(skp.id, TW1, hasil=Rating.SESUAI, perilaku=Rating.DIATAS,
                              today=MAY)
    doc = services.summary_documents.dokumen_for_pegawai(pppk.id, TW1, printed_on=MAY)
    assert (doc.pegawai.nip, doc.pegawai.pangkat) == ("", "")
    assert doc.signatures[0].id_line == ""          # no NIP line under the pegawai's name
    assert doc.bookmark == "Sari Wulandari – 20001231 2024 21 1 001"   # the outline names it
    assert doc.signatures[1].id_line == "NIP. 19850315 201001 1 002"
    out = tmp_path / "pppk.pdf"
    assert render_dokumen_evaluasi(doc, out) == 1
    text = pdf_text(out)
    in_order(text, DOKUMEN_LABELS[:-2] + [D.SIGN_PEGAWAI, D.SIGN_PENILAI])
    # in the pegawai's block the NIP and PANGKAT lines carry no value
    block = lines(out)
    at = block.index(D.PEGAWAI_YANG_DINILAI)
    assert block[at:at + 8] == [D.PEGAWAI_YANG_DINILAI, D.NAMA, "Sari Wulandari", D.NIP,
                                D.PANGKAT, D.JABATAN, "Pranata Komputer Ahli Pertama",
                                D.UNIT_KERJA]
    assert "20001231" not in text and "IX" not in flat(text).split()
    assert value_after(out, D.PREDIKAT_KINERJA_PEGAWAI) == "BAIK"


def test_dokumen_evaluasi_jpt_rated_by_a_non_asn_bupati(services, tmp_path):
    """The Kepala Dinas (JPT, heads the office) is rated by the Bupati (non-ASN, no NIP): his
    block prints "NIP (*opsional)" and INSTANSI; no NIP line under his signature; the JPT
    rule gives the rating hasil kerja from the capaian kinerja organisasi."""
    t = eval_team(services)
    bupati = services.staff.add(dataclasses.replace(
        person("Suryo Hadiwinoto", None, asn="NON_ASN", rank=None, position="Bupati Contoh",
               kind="jpt", unit="Pemerintah Kabupaten Contoh"))).value
    assert bupati.asn_type is AsnType.NON_ASN
    with services.db.unit_of_work("test") as uow:   # a NON_ASN atasan has no NIP to name
        uow.people.update(t["head"].id, {"supervisor_id": bupati.id})
    skp = head_skp(services, t)
    act(services, bupati)
    services.org_predikat.set("Dinas", TW1, OrgPredikat.ISTIMEWA, today=MAY)
    services.evaluations.rate(skp.id, TW1, perilaku=Rating.DIATAS, note=NOTE, today=MAY)
    services.evaluations.set(skp.id, TW1, today=MAY)
    doc = services.summary_documents.dokumen_evaluasi(skp.id, TW1, printed_on=MAY)
    assert (doc.penilai.nip_label, doc.penilai.unit_label) == (D.NIP_OPTIONAL, D.INSTANSI)
    assert doc.penilai.unit == "Dinas Komunikasi dan Informatika Kabupaten Contoh"
    assert doc.signatures[1] == D.SignatureLine("Wonosari, 2 Mei 2026", D.SIGN_PENILAI,
                                                bupati.full_name, "")
    out = tmp_path / "jpt.pdf"
    assert render_dokumen_evaluasi(doc, out) == 1
    text = pdf_text(out)
    in_order(text, [D.DOKUMEN_TITLE, D.PEGAWAI_YANG_DINILAI, D.NAMA, "Bambang Sutrisno",
                    D.NIP, "19700101 200003 1 001", D.PANGKAT, "Pembina Utama Muda, IV/c",
                    D.JABATAN, "Kepala Dinas", D.UNIT_KERJA, "Dinas",
                    D.PEJABAT_PENILAI_KINERJA, D.NAMA, "Suryo Hadiwinoto", D.NIP_OPTIONAL,
                    D.PANGKAT, D.JABATAN, "Bupati Contoh", D.INSTANSI,
                    "Dinas Komunikasi dan Informatika Kabupaten Contoh",
                    D.ATASAN_PEJABAT_PENILAI_KINERJA, D.NAMA, D.NIP, D.PANGKAT, D.JABATAN,
                    D.UNIT_KERJA, D.EVALUASI_KINERJA, D.CAPAIAN_KINERJA_ORGANISASI, "ISTIMEWA",
                    D.PREDIKAT_KINERJA_PEGAWAI, "SANGAT BAIK", D.CATATAN_REKOMENDASI, NOTE,
                    D.SIGN_PEGAWAI, D.SIGN_PENILAI, "Bambang Sutrisno", "Suryo Hadiwinoto",
                    "NIP. 19700101 200003 1 001"])
    assert text.rstrip().count("NIP.") == 1      # the Bupati's signature has no NIP line


def test_periods_title_lines_and_akhir(services, set_pns, tmp_path):
    t = set_pns
    act(services, t["kabid"])
    day = dt.date(YEAR, 12, 20)
    services.evaluations.rate(t["skp"].id, AKHIR, hasil=Rating.SESUAI, perilaku=Rating.SESUAI,
                              today=day)
    doc = services.summary_documents.dokumen_evaluasi(t["skp"].id, AKHIR, printed_on=day)
    assert doc.period_line == "PERIODE: AKHIR"
    out = tmp_path / "akhir.pdf"
    render_dokumen_evaluasi(doc, out)
    in_order(flat(pdf_text(out)), [D.DOKUMEN_TITLE, "PERIODE: AKHIR",
                                   "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"])


def test_a_semester_office_prints_semester(services, tmp_path):
    t = eval_team(services)
    act(services, t["admin"])
    services.periods.set_rhythm("semester", YEAR)
    act(services, t["kabid"])
    services.evaluations.rate(t["skp"].id, f"{YEAR}-S1", hasil=Rating.SESUAI,
                              perilaku=Rating.SESUAI, today=MAY)
    doc = services.summary_documents.dokumen_evaluasi(t["skp"].id, f"{YEAR}-S1", printed_on=MAY)
    out = tmp_path / "semester.pdf"
    render_dokumen_evaluasi(doc, out)
    in_order(flat(pdf_text(out)), [D.DOKUMEN_TITLE, "PERIODE: SEMESTER I",
                                   "PERIODE PENILAIAN: 01 JANUARI SD 30 JUNI TAHUN 2026"])


def test_a_long_catatan_still_fits_one_page(services, tmp_path):
    t = eval_team(services)
    long_note = " ".join(["Tingkatkan kualitas dokumentasi dan ketepatan waktu pelaporan."] * 62)
    assert len(long_note) <= 4000
    services.evaluations.rate(t["skp"].id, TW1, hasil=Rating.SESUAI, perilaku=Rating.SESUAI,
                              note=long_note, today=MAY)
    doc = services.summary_documents.dokumen_evaluasi(t["skp"].id, TW1, printed_on=MAY)
    out = tmp_path / "long.pdf"
    assert render_dokumen_evaluasi(doc, out) == 1
    text = flat(pdf_text(out))
    in_order(text, [D.CATATAN_REKOMENDASI, "Tingkatkan kualitas", D.SIGN_PEGAWAI,
                    D.SIGN_PENILAI, "Agus Santoso", "Dewi Lestari"])
    assert text.count("ketepatan waktu pelaporan") == 62


def test_dokumen_errors_name_the_pegawai_and_the_period(services):
    t = eval_team(services)
    with pytest.raises(DomainError) as err:
        services.summary_documents.dokumen_evaluasi(t["rina_skp"].id, TW1, printed_on=MAY)
    assert err.value.code is ErrorCode.EVAL_NOT_FOUND
    sentence = message(err.value)
    assert "Rina Marlina" in sentence and "Triwulan I 2026" in sentence
    with pytest.raises(DomainError) as err:
        services.summary_documents.dokumen_for_pegawai(t["admin"].id, TW1, printed_on=MAY)
    assert err.value.code is ErrorCode.EVAL_NO_SKP and "Wahyu Pratama" in message(err.value)
    with pytest.raises(DomainError) as err:
        services.summary_documents.dokumen_evaluasi(t["skp"].id, "2026-TW9")
    assert err.value.code is ErrorCode.PERIOD_UNKNOWN and err.value.params["field"] == "periode"
    with pytest.raises(DomainError) as err:
        services.summary_documents.dokumen_evaluasi("no-such-skp", TW1)
    assert err.value.code is ErrorCode.SKP_NOT_FOUND
    with pytest.raises(DomainError) as err:
        services.summary_documents.dokumen_for_pegawai("no-such-pegawai", TW1)
    assert err.value.code is ErrorCode.PEGAWAI_NOT_FOUND


# --- penetapan --------------------------------------------------------------------------------

PENETAPAN_LABELS = [D.PENETAPAN_TITLE, "PERIODE: TRIWULAN I", "PERIODE PENILAIAN:",
                    D.UNIT_KERJA, D.CAPAIAN_KINERJA_ORGANISASI, *D.LIST_COLUMNS,
                    D.POLA_DISTRIBUSI, *D.COUNT_COLUMNS, *D.RULE_COLUMNS]


def test_penetapan_lists_every_predikat_and_checks_the_pattern(services, tmp_path):
    t = rated_team(services, [P.SANGAT_BAIK, P.BAIK, P.BAIK, P.BUTUH_PERBAIKAN, None])
    doc = services.summary_documents.penetapan(t["kabid"].unit_id, TW1, printed_on=MAY)
    out = tmp_path / "penetapan.pdf"
    pages = render_penetapan(doc, out)
    assert pages >= 1
    text = flat(pdf_text(out))
    in_order(text, PENETAPAN_LABELS)
    assert "BAIK (ditetapkan oleh Bambang Sutrisno, 2 Mei 2026)" in text
    # every pegawai of the Bidang with an SKP of the period, by name, with their predikat
    by_name = {line.name: line for line in doc.lines}
    assert sorted(by_name) == ["Agus Santoso", "Dewi Lestari", "Pegawai Uji 1", "Pegawai Uji 2",
                               "Pegawai Uji 3", "Rina Marlina"]
    assert [line.number for line in doc.lines] == list(range(1, 7))
    assert by_name["Agus Santoso"].predikat == "Sangat Baik (belum ditetapkan)"
    assert by_name["Dewi Lestari"].predikat == D.NOT_RATED
    in_order(text, ["Agus Santoso", "19900101 201503 2 003", "Sangat Baik",
                    "Dewi Lestari", D.NOT_RATED, "Rina Marlina", "Baik"])
    # the counts are those of the distribution check of the same unit and period
    check = services.distribution.check(unit_id=t["kabid"].unit_id, period=TW1)
    assert doc.axis_counts == check.chart.counts and doc.rated == check.total == 4
    assert doc.unrated == check.unrated == 2
    assert [(c.predikat, c.count, c.percent) for c in doc.counts] == [
        ("Sangat Baik", 1, "25,0%"), ("Baik", 2, "50,0%"), ("Butuh Perbaikan", 1, "25,0%"),
        ("Kurang/Misconduct", 0, "0,0%"), ("Sangat Kurang", 0, "0,0%")]
    in_order(text, [D.COUNT_COLUMNS[0], "Sangat Baik", "1", "25,0%", "Baik", "2", "50,0%"])
    # Baik: "sebagian besar" Baik is broken (2 of 4), "harus ada" BP/Kurang holds
    assert [(r.verdict, r.broken) for r in doc.rules] == [(D.RULE_BROKEN, True),
                                                          (D.RULE_HOLDS, False)]
    assert {v.rule for v in check.violations} == {"baik.sebagian_besar_baik"}
    in_order(text, ["Sebagian besar (maksimal 70%) pegawai berpredikat Baik.", "2",
                    "tepat 3 orang", D.RULE_BROKEN, "Harus ada pegawai berpredikat", "1",
                    "paling sedikit 1 orang", D.RULE_HOLDS])
    # signed by the leader who set the capaian kinerja organisasi (the Kepala Dinas)
    signer = doc.signatures[0]
    assert (signer.role, signer.name, signer.id_line) == (
        "Kepala Dinas,", "Bambang Sutrisno", "NIP. 19700101 200003 1 001")
    in_order(text, [D.RULE_HOLDS, "Wonosari, 2 Mei 2026", "Kepala Dinas,", "Bambang Sutrisno",
                    "NIP. 19700101 200003 1 001"])
    # drafts: not final (KONSEP), the status says so
    assert (doc.status, doc.final, doc.kind, doc.record_id, doc.revision) == (
        "draft", False, "penetapan", t["kabid"].unit_id, 1)
    assert doc.skp_id is None and doc.pegawai_id is None and doc.period == TW1
    assert doc.bookmark == "Dinas / Bidang Aplikasi Informatika"
    assert doc.marks.record_id == t["kabid"].unit_id and not doc.marks.final


def test_penetapan_is_final_once_every_evaluation_is_ditetapkan(services):
    t = rated_team(services, [P.BAIK, P.BAIK, P.BUTUH_PERBAIKAN])
    for _pegawai, skp in t["members"]:
        services.evaluations.set(skp.id, TW1, today=MAY)
    act(services, t["head"])   # the Kepala Bidang is in the Bidang too: rated by the head
    services.evaluations.rate(t["kabid_skp"].id, TW1, hasil=Rating.SESUAI,
                              perilaku=Rating.SESUAI, today=MAY)
    before = services.summary_documents.penetapan(UNIT, TW1, printed_on=MAY)
    assert (before.status, before.final) == ("draft", False)
    later = MAY + dt.timedelta(days=2)
    services.evaluations.set(t["kabid_skp"].id, TW1, today=later)
    doc = services.summary_documents.penetapan(UNIT, TW1, printed_on=later)
    assert (doc.status, doc.final) == ("ditetapkan", True)
    assert doc.set_on == later and doc.marks.date_text == "ditetapkan 4 Mei 2026"
    assert all(line.final and "belum" not in line.predikat for line in doc.lines)
    assert [r.verdict for r in doc.rules] == [D.RULE_HOLDS, D.RULE_HOLDS]  # 3 of 4 Baik, 1 BP
    assert doc.code != before.code
    # once the keberatan windows passed: final, same paper, same code
    final = services.summary_documents.penetapan(UNIT, TW1, printed_on=later + dt.timedelta(30))
    assert final.status == "final" and final.code == doc.code


def test_penetapan_without_org_predikat_is_konsep_without_rules(services, tmp_path):
    t = rated_team(services, [P.BAIK, P.BUTUH_PERBAIKAN], org=None)
    for _pegawai, skp in t["members"]:
        services.evaluations.set(skp.id, TW1, today=MAY)
    doc = services.summary_documents.penetapan(UNIT, TW1, subunits=False, printed_on=MAY)
    assert doc.org_predikat == D.ORG_UNSET and doc.rules == () and not doc.final
    assert D.NO_PATTERN in doc.notes
    # nobody set it: the nearest leader above the unit signs (the Kadis, the Kabid's atasan)
    assert doc.signatures[0].name == "Bambang Sutrisno"
    out = tmp_path / "konsep.pdf"
    render_penetapan(doc, out)
    text = flat(pdf_text(out))
    in_order(text, [D.CAPAIAN_KINERJA_ORGANISASI, D.ORG_UNSET, D.POLA_DISTRIBUSI,
                    D.COUNT_COLUMNS[0], D.NO_PATTERN, "Bambang Sutrisno"])
    assert D.RULE_COLUMNS[0] not in text


def test_penetapan_with_and_without_sub_units(services):
    t = rated_team(services, [P.BAIK, P.BAIK])
    head = head_skp(services, t)
    with_sub = services.summary_documents.penetapan("Dinas", TW1, printed_on=MAY)
    own = services.summary_documents.penetapan("Dinas", TW1, subunits=False, printed_on=MAY)
    assert {line.name for line in own.lines} == {"Bambang Sutrisno"}
    assert {"Bambang Sutrisno", "Agus Santoso", "Rina Marlina", "Dewi Lestari"} <= {
        line.name for line in with_sub.lines}
    assert with_sub.rated == 2 and own.rated == 0 and head.id
    # the top of the office: nobody above the Kepala Dinas in the data, he signs himself
    assert own.signatures[0].name == "Bambang Sutrisno"


def test_penetapan_errors(services):
    t = eval_team(services)
    with pytest.raises(DomainError) as err:
        services.summary_documents.penetapan("Dinas/Sekretariat", TW1, printed_on=MAY)
    assert err.value.code is ErrorCode.PENETAPAN_NO_PEGAWAI
    assert err.value.params["field"] == "unit"
    sentence = message(err.value)
    assert "Dinas / Sekretariat" in sentence and "Triwulan I 2026" in sentence
    with pytest.raises(DomainError) as err:
        services.summary_documents.penetapan("Dinas/Tidak Ada", TW1)
    assert err.value.code is ErrorCode.UNIT_NOT_FOUND
    with pytest.raises(DomainError) as err:
        services.summary_documents.penetapan(t["kabid"].unit_id, "TW1")
    assert err.value.code is ErrorCode.PERIOD_UNKNOWN


# --- page furniture and check-print (helper "marks": QR, KONSEP, footer; services.print_check)

def page_marks_of(path):
    """The decoded QR marks of each page (pypdfium2 at 150 dpi + zxing-cpp)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        images = [pdf[i].render(scale=150 / 72).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()
    return [[m for m in (parse_qr_payload(b.text) for b in zxingcpp.read_barcodes(image))
             if m is not None] for image in images]


def record_print(services, doc, pages: int) -> None:
    """Remember the copy as printing does (`EvalPrintService.record_prints`)."""
    with services.db.unit_of_work("test") as uow:
        uow.printing.record(code=doc.code, kind=doc.kind, skp_id=doc.skp_id,
                            revision=doc.revision, content_hash=doc.content_hash,
                            record_id=doc.record_id, period=doc.period, status=doc.status,
                            pages=pages, pegawai_id=doc.pegawai_id)


def test_dokumen_page_carries_its_qr_and_konsep_until_ditetapkan(services, tmp_path):
    t = eval_team(services)
    services.evaluations.rate(t["skp"].id, TW1, hasil=Rating.SESUAI, perilaku=Rating.SESUAI,
                              today=MAY)
    draft = services.summary_documents.dokumen_evaluasi(t["skp"].id, TW1, printed_on=MAY)
    assert render_dokumen_evaluasi(draft, tmp_path / "draft.pdf") == 1
    ((mark,),) = page_marks_of(tmp_path / "draft.pdf")
    assert (mark.code, mark.kind, mark.record_id, mark.revision, mark.page, mark.total) == (
        draft.code, "dokumen_evaluasi", draft.record_id, 1, 1, 1)
    text = flat(pdf_text(tmp_path / "draft.pdf"))
    assert KONSEP in text and "Status: Draft" in text and "dicetak 2 Mei 2026" in text
    services.evaluations.set(t["skp"].id, TW1, today=MAY)
    final = services.summary_documents.dokumen_evaluasi(t["skp"].id, TW1, printed_on=MAY)
    assert render_dokumen_evaluasi(final, tmp_path / "final.pdf") == 1
    text = flat(pdf_text(tmp_path / "final.pdf"))
    assert KONSEP not in text and "Status: Ditetapkan" in text
    assert "ditetapkan 2 Mei 2026" in text


def test_penetapan_pages_name_the_unit_and_carry_their_qr(services, tmp_path):
    t = rated_team(services, [P.BAIK] * 8 + [P.BUTUH_PERBAIKAN] * 2)
    doc = services.summary_documents.penetapan(UNIT, TW1, printed_on=MAY)
    pages = render_penetapan(doc, tmp_path / "penetapan.pdf")
    assert pages >= 2 and t["kabid"].unit_id == doc.record_id
    marks = page_marks_of(tmp_path / "penetapan.pdf")
    for number in (1, 2):
        (mark,) = marks[number - 1]
        assert (mark.code, mark.kind, mark.record_id, mark.revision, mark.page, mark.total) == (
            doc.code, "penetapan", doc.record_id, 1, number, pages)
    texts = [flat(x) for x in pdf_pages_text(tmp_path / "penetapan.pdf")]
    assert doc.person not in texts[0] and all(doc.person in x for x in texts[1:])
    assert all(KONSEP in x for x in texts)   # the predikat are not ditetapkan yet


def test_check_print_sees_a_draft_dokumen_change_and_a_penetapan_change(services, tmp_path):
    t = rated_team(services, [P.BAIK, P.BAIK, P.BUTUH_PERBAIKAN])
    skp = t["skp"]
    doc = services.summary_documents.dokumen_evaluasi(skp.id, TW1, printed_on=MAY)
    record_print(services, doc, render_dokumen_evaluasi(doc, tmp_path / "d.pdf"))
    penetapan = services.summary_documents.penetapan(UNIT, TW1, subunits=False, printed_on=MAY)
    record_print(services, penetapan, render_penetapan(penetapan, tmp_path / "p.pdf"))
    check = services.skp_document.check_print(doc.code, today=MAY)
    assert (check.kind, check.record_id, check.changed) == ("dokumen_evaluasi", doc.record_id,
                                                            False)
    assert services.skp_document.check_print(penetapan.code, today=MAY).changed is False
    # the draft's ratings change: the same revision, another paper
    services.evaluations.rate(skp.id, TW1, hasil=Rating.DIATAS, perilaku=Rating.DIATAS,
                              today=MAY)
    check = services.skp_document.check_print(doc.code, today=MAY)
    assert check.changed is True and check.printed_status == check.current_status == "draft"
    assert services.skp_document.check_print(penetapan.code, today=MAY).changed is True
