"""The EVALUASI KINERJA PEGAWAI form (SKP-REFERENCE §4.3, issue 13) as real PDFs read back with
pypdf: every §4.3 label in order and the values from the records for JA/JF kuantitatif, JA/JF
kualitatif (a PPPK) and JPT kuantitatif; the periodic and AKHIR title lines (and SEMESTER for a
semester office); a draft that is not rated prints empty rating cells and is not final; the
org predikat frozen with a ditetapkan evaluation; the code; and the builder's refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from skpdesk.domain import documents as L
from skpdesk.domain import eval_documents as E
from skpdesk.domain.distribution_plot import TITLE_PREFIX
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import OrgPredikat
from skpdesk.messages.render import message_for
from skpdesk.reports.eval_pdf import file_name, render_evaluasi

from .helpers_evaluation import approve
from .helpers_feedback_page import (FEEDBACK_APRIL, FEEDBACK_MARCH, REALISASI_TEXT,
                                    fill_staff_tw1, set_realisasi)
from .helpers_office import NIP_HEAD, person
from .helpers_print import (EXPECTATION, HEAD_RHK, PPPK_IKI, PPPK_RHK, STAFF_RHK, STAFF_TAMBAHAN,
                            YEAR, build_print_office, flat, pdf_pages_text)

TW1 = f"{YEAR}-TW1"
AKHIR = f"{YEAR}-AKHIR"
RATED = dt.date(YEAR, 4, 2)       # Triwulan I ended, its batas pengisian (10 April) not yet
PRINTED = dt.date(YEAR, 4, 6)
INSTANSI = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH"
BEHAVIOUR_NOTE = "Tanggap terhadap permintaan layanan perangkat daerah"
NIP_KABAN = "197505052000031002"


@pytest.fixture
def po(office):
    return build_print_office(office)


def act(services, pegawai) -> None:
    services.acting.act_as_id(pegawai.id if pegawai is not None else None)


def in_order(body: str, labels) -> None:
    """Each label occurs after the previous one."""
    at = 0
    for label in labels:
        found = body.find(label, at)
        assert found >= 0, f"{label!r} not found after position {at}: …{body[at:at + 200]}"
        at = found + len(label)


def rendered(doc, path) -> str:
    pages = render_evaluasi(doc, path)
    assert pages >= 1
    return flat("\n".join(pdf_pages_text(path)))


def set_org(services, unit_id, period, predikat: OrgPredikat) -> None:
    with services.db.unit_of_work("test") as uow:
        uow.organisation.set_org_predikat(unit_id, period, {"predikat": predikat.value,
                                                            "set_on": RATED,
                                                            "set_by_name": "test"})


def nip_text(pegawai) -> str:
    from skpdesk.domain.identifiers import format_nip
    return format_nip(pegawai.nip)


def staff_evaluated(office, po, tmp_path, *, hasil="diatas", perilaku="sesuai"):
    approve(office, po.staff_skp, po.staff, po.kabid)
    f = fill_staff_tw1(office, po, tmp_path)
    skp = office.skp.get(po.staff_skp)
    act(office, po.kabid)
    office.feedback.add(skp.id, core_value_id=skp.behaviours[0].core_value.id, period="2026-03",
                        text=BEHAVIOUR_NOTE, given_on=dt.date(YEAR, 3, 26))
    set_org(office, po.staff.unit_id, TW1, OrgPredikat.BAIK)
    office.evaluations.rate(po.staff_skp, TW1, hasil=hasil, perilaku=perilaku, today=RATED)
    return f


# --- JA/JF kuantitatif
def test_ja_jf_kuantitatif_every_label_in_order_with_the_values(office, po, tmp_path):
    staff_evaluated(office, po, tmp_path)
    doc = office.evaluasi_documents.for_pegawai(po.staff.id, TW1, printed_on=PRINTED)
    body = rendered(doc, tmp_path / "ev.pdf")
    in_order(body, [
        E.TITLE, "PENDEKATAN HASIL KERJA KUANTITATIF", L.FOR_JA_JF, "PERIODE: TRIWULAN I",
        INSTANSI, "PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026",
        L.PEGAWAI_YANG_DINILAI, L.PEJABAT_PENILAI_KINERJA, L.NAMA, po.staff.full_name,
        po.kabid.full_name, nip_text(po.staff), nip_text(po.kabid),
        "Pranata Komputer Ahli Pertama", "Kepala Bidang Aplikasi Informatika",
        E.CAPAIAN_KINERJA_ORGANISASI, "BAIK", E.POLA_DISTRIBUSI,
        f"{TITLE_PREFIX} BAIK", E.HASIL_KERJA, "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", L.RENCANA_HASIL_KERJA,
        L.ASPEK, L.INDIKATOR_KINERJA_INDIVIDU, L.TARGET, E.REALISASI, E.UMPAN_BALIK,
        "(1)", "(8)", L.UTAMA, STAFF_RHK, "Kuantitas",
        "Jumlah dokumen rancangan aplikasi yang disusun", "Dokumen", REALISASI_TEXT,
        FEEDBACK_MARCH, "25 Maret 2026", L.TAMBAHAN, STAFF_TAMBAHAN,
        E.RATING_HASIL_KERJA, "Di Atas Ekspektasi",
        E.PERILAKU_KERJA, L.NO, E.PERILAKU_KERJA, E.EKSPEKTASI_KHUSUS_PIMPINAN, E.UMPAN_BALIK,
        "Berorientasi Pelayanan", EXPECTATION, BEHAVIOUR_NOTE,
        E.RATING_PERILAKU_KERJA, "Sesuai Ekspektasi", E.PREDIKAT_KINERJA_PEGAWAI, "Baik",
        f"Wonosari, 6 April {YEAR}", E.SIGN_PENILAI, po.kabid.full_name,
        f"NIP. {nip_text(po.kabid)}"])
    assert FEEDBACK_APRIL not in body  # April's umpan balik belongs to Triwulan II
    start = body.index(E.POLA_DISTRIBUSI)
    chart = body[start:body.index(E.HASIL_KERJA, start)]
    for axis in ("Frekuensi Pegawai", "Predikat Kinerja Pegawai", "Sangat Kurang", "Butuh",
                 "Sangat Baik", "Kurva pola capaian kinerja organisasi Baik"):
        assert axis in chart, axis
    assert "Sebaran aktual" not in body  # the curve alone, no bars of the team
    assert "Pegawai yang Dinilai," not in body  # only the penilai signs this form (S41)
    assert (doc.kind, doc.record_id, doc.revision, doc.status, doc.final) == (
        "evaluasi", office.evaluations.get(po.staff_skp, TW1, today=PRINTED).id, 1, "draft",
        False)
    assert (doc.skp_id, doc.pegawai_id, doc.period) == (po.staff_skp, po.staff.id, TW1)
    assert doc.code.startswith("SKP-") and doc.marks.record_id == doc.record_id
    assert doc.bookmark == f"{po.staff.full_name} – {nip_text(po.staff)}"
    assert file_name(doc) == f"{po.staff.nip}_agus-santoso-s-kom_Evaluasi_{TW1}.pdf"


def test_the_column_numbers_are_those_of_the_variant(office, po, tmp_path):
    staff_evaluated(office, po, tmp_path)
    doc = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    body = rendered(doc, tmp_path / "ev.pdf")
    in_order(body, [f"({i})" for i in range(1, 9)])
    assert "(9)" not in body


# --- a draft not rated yet, ditetapkan, the org predikat frozen with it
def test_a_draft_without_ratings_prints_empty_cells_and_is_not_final(office, po, tmp_path):
    approve(office, po.staff_skp, po.staff, po.kabid)
    act(office, po.kabid)
    office.evaluations.note(po.staff_skp, TW1, "Perlu meningkatkan dokumentasi", today=RATED)
    doc = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    assert (doc.rating_hasil, doc.rating_perilaku, doc.predikat) == ("", "", "")
    assert not doc.final and not doc.marks.final and doc.marks.status_text == "Status: Draft"
    assert doc.org_predikat is None and doc.org_predikat_text == "-"
    body = rendered(doc, tmp_path / "draft.pdf")
    in_order(body, [E.CAPAIAN_KINERJA_ORGANISASI, "-", E.POLA_DISTRIBUSI, TITLE_PREFIX,
                    E.RATING_HASIL_KERJA, E.PERILAKU_KERJA, E.RATING_PERILAKU_KERJA,
                    E.PREDIKAT_KINERJA_PEGAWAI, E.SIGN_PENILAI])
    for rating in ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"):
        assert rating not in body
    # the date above the signature is the print date while a draft
    assert f"Wonosari, 6 April {YEAR}" in body


def test_ditetapkan_is_final_dated_when_set_and_keeps_its_org_predikat(office, po, tmp_path):
    staff_evaluated(office, po, tmp_path)
    draft = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    office.evaluations.set(po.staff_skp, TW1, today=RATED)
    doc = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    assert (doc.status, doc.final, doc.set_on) == ("ditetapkan", True, RATED)
    assert doc.marks.final and doc.marks.date_text == f"ditetapkan 2 April {YEAR}"
    assert doc.code != draft.code  # the KONSEP copy is another paper
    # after the keberatan window it is final: the same paper, the same code
    later = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=dt.date(YEAR, 6, 1))
    assert later.status == "final" and later.code == doc.code
    # the leader changes the unit's predikat afterwards: the ditetapkan form keeps its own
    set_org(office, po.staff.unit_id, TW1, OrgPredikat.ISTIMEWA)
    again = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    assert again.org_predikat is OrgPredikat.BAIK and again.code == doc.code
    body = rendered(again, tmp_path / "set.pdf")
    in_order(body, [f"{TITLE_PREFIX} BAIK", f"Wonosari, 2 April {YEAR}", E.SIGN_PENILAI])


# --- JA/JF kualitatif (a PPPK)
def test_ja_jf_kualitatif_pppk_four_columns_with_values(office, po, tmp_path):
    approve(office, po.pppk_skp, po.pppk, po.kabid)
    skp = office.skp.get(po.pppk_skp)
    indicator = skp.rhk[0].indicators[0]
    act(office, po.pppk)
    set_realisasi(office, indicator.id, TW1, "118 tiket diselesaikan")
    act(office, po.kabid)
    office.feedback.add(skp.id, rhk_id=skp.rhk[0].id, period="2026-02",
                        text="Catat waktu penyelesaian setiap tiket", given_on=dt.date(YEAR, 2, 27))
    set_org(office, po.pppk.unit_id, TW1, OrgPredikat.BUTUH_PERBAIKAN)
    office.evaluations.rate(po.pppk_skp, TW1, hasil="dibawah", perilaku="sesuai", today=RATED)
    doc = office.evaluasi_documents.for_pegawai(po.pppk.id, TW1, printed_on=PRINTED)
    body = rendered(doc, tmp_path / "kual.pdf")
    in_order(body, [
        E.TITLE, "PENDEKATAN HASIL KERJA KUALITATIF", L.FOR_JA_JF, "PERIODE: TRIWULAN I",
        L.PEGAWAI_YANG_DINILAI, po.pppk.full_name, L.NIPPPK, nip_text(po.pppk),
        E.CAPAIAN_KINERJA_ORGANISASI, "BUTUH PERBAIKAN", E.POLA_DISTRIBUSI,
        f"{TITLE_PREFIX} BUTUH PERBAIKAN",
        E.HASIL_KERJA, L.RENCANA_HASIL_KERJA, E.REALISASI, E.UMPAN_BALIK, "(1)", "(4)",
        L.UTAMA, PPPK_RHK, L.UKURAN_JA_JF, PPPK_IKI[0][:40], "118 tiket diselesaikan",
        "Catat waktu penyelesaian setiap tiket",
        E.RATING_HASIL_KERJA, "Di Bawah Ekspektasi", E.PERILAKU_KERJA,
        E.RATING_PERILAKU_KERJA, "Sesuai Ekspektasi", E.PREDIKAT_KINERJA_PEGAWAI,
        "Butuh Perbaikan", E.SIGN_PENILAI, po.kabid.full_name])
    assert "(5)" not in body  # kualitatif: four columns
    assert L.ASPEK not in body and "PIMPINAN YANG DIINTERVENSI" not in body


# --- JPT kuantitatif
def _kaban(office, po):
    """A Kepala Badan (JPT heading their own unit) rated by the Kepala Dinas: the JPT rule."""
    act(office, None)
    kaban = office.staff.add(dataclasses.replace(
        person("Hendra Wijaya", NIP_KABAN, rank="IV/b", position="Kepala Badan Keuangan",
               kind="jpt", unit="Badan Keuangan", supervisor=NIP_HEAD), back_title="S.E.")).value
    skp = office.skp.create(kaban.id, YEAR).value
    rhk = office.skp.add_rhk(skp.id, "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
                             perspective="anggaran", assignment_from="Bupati Contoh").value
    office.skp.add_indicator(rhk.id, "Opini BPK atas laporan keuangan", target_value="WTP")
    approve(office, skp.id, kaban, po.head)
    return kaban, skp.id


def test_jpt_kuantitatif_seven_columns_with_perspektif_and_the_jpt_rule(office, po, tmp_path):
    kaban, skp_id = _kaban(office, po)
    act(office, kaban)
    rhk = office.skp.get(skp_id).rhk[0]
    set_realisasi(office, rhk.indicators[0].id, TW1, "Rekomendasi BPK ditindaklanjuti 80%")
    act(office, po.head)
    office.feedback.add(skp_id, rhk_id=rhk.id, period="2026-03",
                        text="Percepat tindak lanjut temuan", given_on=dt.date(YEAR, 3, 10))
    set_org(office, kaban.unit_id, TW1, OrgPredikat.ISTIMEWA)
    office.evaluations.rate(skp_id, TW1, perilaku="diatas", today=RATED)
    office.evaluations.set(skp_id, TW1, today=RATED)
    doc = office.evaluasi_documents.build(skp_id, TW1, printed_on=PRINTED)
    body = rendered(doc, tmp_path / "jpt.pdf")
    in_order(body, [
        E.TITLE, "PENDEKATAN HASIL KERJA KUANTITATIF", L.FOR_JPT, "PERIODE: TRIWULAN I",
        L.PEGAWAI_YANG_DINILAI, kaban.full_name, po.head.full_name,
        E.CAPAIAN_KINERJA_ORGANISASI, "ISTIMEWA", f"{TITLE_PREFIX} ISTIMEWA",
        E.HASIL_KERJA, L.NO_JPT, L.RENCANA_HASIL_KERJA, L.INDIKATOR_KINERJA_INDIVIDU, L.TARGET,
        L.PERSPEKTIF, E.REALISASI, E.UMPAN_BALIK, "(1)", "(7)",
        "Meningkatnya akuntabilitas pengelolaan keuangan daerah (penugasan dari Bupati Contoh)",
        "Opini BPK atas laporan keuangan", "WTP", "Anggaran",
        "Rekomendasi BPK ditindaklanjuti 80%", "Percepat tindak lanjut temuan",
        E.RATING_HASIL_KERJA, "Di Atas Ekspektasi", E.PERILAKU_KERJA,
        E.RATING_PERILAKU_KERJA, "Di Atas Ekspektasi", E.PREDIKAT_KINERJA_PEGAWAI,
        "Sangat Baik", f"Wonosari, 2 April {YEAR}", E.SIGN_PENILAI, po.head.full_name,
        f"NIP. {nip_text(po.head)}"])
    assert "(8)" not in body and L.ASPEK not in body
    assert doc.final and doc.variant.is_jpt


# --- periods: AKHIR, SEMESTER
def test_akhir_title_and_the_periodic_realisasi_listed(office, po, tmp_path):
    staff_evaluated(office, po, tmp_path)
    office.evaluations.rate(po.staff_skp, AKHIR, hasil="sesuai", perilaku="sesuai",
                            today=dt.date(YEAR + 1, 1, 5))
    doc = office.evaluasi_documents.build(po.staff_skp, AKHIR, printed_on=dt.date(YEAR + 1, 1, 6))
    body = rendered(doc, tmp_path / "akhir.pdf")
    in_order(body, [E.TITLE, "PENDEKATAN HASIL KERJA KUANTITATIF", L.FOR_JA_JF,
                    "PERIODE: AKHIR", "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026",
                    E.REALISASI, f"Triwulan I: {REALISASI_TEXT}", FEEDBACK_MARCH,
                    FEEDBACK_APRIL, E.RATING_HASIL_KERJA, "Sesuai Ekspektasi"])
    assert "PERIODE: TRIWULAN" not in body and doc.period == AKHIR


def test_a_semester_office_prints_semester(office, po, tmp_path):
    office.periods.set_rhythm("semester", YEAR)
    approve(office, po.staff_skp, po.staff, po.kabid)
    act(office, po.kabid)
    office.evaluations.rate(po.staff_skp, f"{YEAR}-S1", hasil="sesuai", perilaku="sesuai",
                            today=dt.date(YEAR, 7, 2))
    doc = office.evaluasi_documents.build(po.staff_skp, f"{YEAR}-S1",
                                          printed_on=dt.date(YEAR, 7, 3))
    body = rendered(doc, tmp_path / "s1.pdf")
    in_order(body, ["PERIODE: SEMESTER I", "PERIODE PENILAIAN: 01 JANUARI SD 30 JUNI TAHUN 2026"])


# --- refusals
def refused(code: ErrorCode, call) -> DomainError:
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.code is code, info.value
    return info.value


def test_no_evaluation_for_the_period_names_pegawai_and_period(office, po):
    approve(office, po.staff_skp, po.staff, po.kabid)
    err = refused(ErrorCode.EVALFORM_NO_EVALUATION,
                  lambda: office.evaluasi_documents.build(po.staff_skp, TW1))
    text = message_for(err.code, err.params)
    assert po.staff.full_name in text and "Triwulan I 2026" in text
    assert err.params["field"] == "periode"
    err = refused(ErrorCode.EVALFORM_NO_EVALUATION,
                  lambda: office.evaluasi_documents.for_pegawai(po.staff.id, AKHIR))
    assert "Akhir 2026" in message_for(err.code, err.params)


def test_other_refusals_name_the_field(office, po):
    refused(ErrorCode.SKP_NOT_FOUND, lambda: office.evaluasi_documents.build("nope", TW1))
    refused(ErrorCode.PEGAWAI_NOT_FOUND,
            lambda: office.evaluasi_documents.for_pegawai("nope", TW1))
    err = refused(ErrorCode.PERIOD_UNKNOWN,
                  lambda: office.evaluasi_documents.build(po.staff_skp, f"{YEAR}-TW7"))
    assert err.params["field"] == "periode"
    refused(ErrorCode.PERIOD_UNKNOWN,
            lambda: office.evaluasi_documents.build(po.staff_skp, f"{YEAR - 1}-TW1"))
    # the pegawai has no SKP of that year: the evaluation service's own refusal
    err = refused(ErrorCode.EVAL_NO_SKP,
                  lambda: office.evaluasi_documents.for_pegawai(po.staff.id, f"{YEAR + 1}-TW1"))
    assert po.staff.full_name in message_for(err.code, err.params)
