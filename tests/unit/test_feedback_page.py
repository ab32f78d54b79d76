"""The umpan balik page of a period (SKP-REFERENCE §4.2, issue 11) as a real PDF read back with
pypdf: both extra column headings, the realisasi and the rencana aksi of the period, the umpan
balik whose month ends in the period (and not the next month's), the appendix with the hash
prefix and the status with its reason, the code recorded for check-print, every layout variant,
and the refusals (unknown period, no SKP) that write nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain import feedback_page as FP
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.messages.render import message_for
from skpdesk.reports.feedback_page_pdf import print_feedback_page, render_feedback_page
from skpdesk.services.evidence.attachment_store import file_path

from .helpers_feedback_page import (FEEDBACK_APRIL, FEEDBACK_MARCH, PLAN_TEXT, REALISASI_TEXT,
                                    REJECT_REASON, TODAY, fill_staff_tw1, set_realisasi)
from .helpers_print import YEAR, build_print_office, flat, pdf_pages_text


@pytest.fixture
def po(office):
    return build_print_office(office)


def printed_text(services, doc, path) -> str:
    pages, outcome = print_feedback_page(services.feedback_page.record_print, doc, path)
    assert pages >= 1 and outcome.value is True
    return flat("\n".join(pdf_pages_text(path)))


def test_pdf_has_both_columns_realisasi_feedback_and_appendix(office, po, tmp_path):
    f = fill_staff_tw1(office, po, tmp_path)
    doc = office.feedback_page.for_pegawai(po.staff.id, "2026-TW1", printed_on=TODAY)
    body = printed_text(office, doc, tmp_path / "ub.pdf")
    for label in ("UMPAN BALIK", "PENDEKATAN HASIL KERJA KUANTITATIF", "PERIODE: TRIWULAN I",
                  "PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026",
                  "REALISASI BERDASARKAN BUKTI DUKUNG",
                  "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
                  "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI", "A. UTAMA", "B. TAMBAHAN",
                  REALISASI_TEXT, PLAN_TEXT, "1 Dokumen", FEEDBACK_MARCH, "25 Maret 2026",
                  po.kabid.full_name, "Pegawai yang Dinilai,", "Pejabat Penilai Kinerja,",
                  FP.APPENDIX_TITLE, "foto-rapat.png", "laporan-tw1.pdf",
                  "https://arsip.contoh.go.id/42", f["png"].sha256[:12], f["pdf"].sha256[:12],
                  f"Ditolak: {REJECT_REASON}", "Diterima", "Menunggu verifikasi", "A.1 / IKI 1",
                  doc.code):
        assert label in body, label
    assert FEEDBACK_APRIL not in body  # April's umpan balik belongs to Triwulan II
    assert f["png"].sha256[:13] not in body  # the prefix is 12 characters
    check = office.skp_document.check_print(doc.code)
    assert check.kind == FP.PRINT_KIND and check.skp_id == po.staff_skp and check.changed is None


def test_feedback_follows_the_period_its_month_ends_in(office, po, tmp_path):
    fill_staff_tw1(office, po, tmp_path)
    notes = lambda period: [n.text for s in office.feedback_page.for_pegawai(  # noqa: E731
        po.staff.id, period).hasil_kerja for r in s.rows for n in r.feedback]
    assert notes("2026-TW1") == [FEEDBACK_MARCH]
    assert notes("2026-TW2") == [FEEDBACK_APRIL]
    assert notes("2026-AKHIR") == [FEEDBACK_MARCH, FEEDBACK_APRIL]  # oldest first
    tw2 = office.feedback_page.for_pegawai(po.staff.id, "2026-TW2")
    assert tw2.evidence == () and all(not i.realisasi for s in tw2.hasil_kerja for r in s.rows
                                      for i in r.indicators)


def test_document_values_and_the_code_follows_the_content(office, po, tmp_path):
    f = fill_staff_tw1(office, po, tmp_path)
    doc = office.feedback_page.build(po.staff_skp, "2026-Q1", printed_on=TODAY)  # read as TW1
    assert doc.period == "2026-TW1" and doc.period_label == "TRIWULAN I"
    assert doc.title_lines == ("UMPAN BALIK", "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
                               "PENDEKATAN HASIL KERJA KUANTITATIF", "PERIODE: TRIWULAN I")
    first = doc.hasil_kerja[0].rows[0]
    assert first.label == "A.1" and first.plan == PLAN_TEXT and first.plan_target == "1 Dokumen"
    assert [i.realisasi for i in first.indicators][:2] == [REALISASI_TEXT, ""]
    assert [e.rhk for e in doc.evidence] == ["A.1", "A.1 / IKI 1", "A.1 / IKI 1"]
    assert [e.hash_prefix for e in doc.evidence][0] == FP.LINK_HASH
    # another day prints the same code; a new realisasi gives another (the revision is the same)
    again = office.feedback_page.build(po.staff_skp, "2026-TW1", printed_on=TODAY.replace(day=28))
    assert again.code == doc.code
    office.acting.act_as_id(po.staff.id)
    set_realisasi(office, f["second"].id, "2026-TW1", "100 %")
    changed = office.feedback_page.build(po.staff_skp, "2026-TW1", printed_on=TODAY)
    assert changed.revision == doc.revision and changed.code != doc.code


def test_file_not_arrived_reads_menunggu_lampiran(office, po, tmp_path):
    f = fill_staff_tw1(office, po, tmp_path)
    file_path(office.evidence.store_dir, f["pdf"].file_ref).unlink()  # as after a sync
    doc = office.feedback_page.for_pegawai(po.staff.id, "2026-TW1")
    line = next(e for e in doc.evidence if e.name == "laporan-tw1.pdf")
    assert line.status == "Diterima (menunggu lampiran)"
    assert line.hash_prefix == f["pdf"].sha256[:12]


@pytest.mark.parametrize("skp_attr, period, headings", [
    ("head_skp", "2026-TW1", ("PERSPEKTIF", "INDIKATOR KINERJA INDIVIDU")),
    ("head_kual_skp", "2025-TW4", ("Ukuran keberhasilan", "PENDEKATAN HASIL KERJA KUALITATIF")),
    ("kabid_skp", "2026-AKHIR", ("ASPEK", "PERIODE: AKHIR")),
    ("pppk_skp", "2026-TW2", ("NI PPPK", "PENDEKATAN HASIL KERJA KUALITATIF")),
])
def test_every_variant_renders_both_columns(office, po, tmp_path, skp_attr, period, headings):
    doc = office.feedback_page.build(getattr(po, skp_attr), period, printed_on=TODAY)
    path = tmp_path / "ub.pdf"
    assert render_feedback_page(doc, path) >= 1
    body = flat("\n".join(pdf_pages_text(path)))
    for label in ("REALISASI BERDASARKAN BUKTI DUKUNG",
                  "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", FP.APPENDIX_EMPTY,
                  *headings):
        assert label in body, label


def test_periode_penilaian_is_clipped_to_the_skp_and_outside_is_refused(office, po):
    # a pegawai who joined in February: the SKP runs 1 Feb .. 31 Dec
    skp = office.skp.create(po.head.id, YEAR + 1, period_start=dt.date(YEAR + 1, 2, 1)).value
    doc = office.feedback_page.build(skp.id, f"{YEAR + 1}-TW1")
    assert doc.period_text == f"PERIODE PENILAIAN: 01 FEBRUARI SD 31 MARET TAHUN {YEAR + 1}"
    short = office.skp.create(po.kabid.id, YEAR + 1, period_end=dt.date(YEAR + 1, 5, 31)).value
    with pytest.raises(DomainError) as info:
        office.feedback_page.build(short.id, f"{YEAR + 1}-TW3")
    assert info.value.code is ErrorCode.PERIOD_OUTSIDE_SKP
    assert "Triwulan III" in message_for(info.value.code, info.value.params)


@pytest.mark.parametrize("period, code", [
    ("2026-T1", ErrorCode.PERIOD_UNKNOWN),
    ("2026-S1", ErrorCode.PERIOD_UNKNOWN),      # not the year's rhythm (triwulanan)
    ("2030-TW1", ErrorCode.SKP_NOT_FOUND),     # no SKP that year
])
def test_bad_period_is_refused_and_nothing_is_recorded(office, po, period, code):
    before = office.journal.count()
    with pytest.raises(DomainError) as info:
        office.feedback_page.for_pegawai(po.staff.id, period)
    assert info.value.code is code
    text = message_for(info.value.code, info.value.params)
    assert period.split("-")[1 if code is ErrorCode.PERIOD_UNKNOWN else 0] in text, text
    assert office.journal.count() == before


def test_period_of_another_year_than_the_skp_is_refused(office, po):
    with pytest.raises(DomainError) as info:
        office.feedback_page.build(po.staff_skp, f"{YEAR - 1}-TW1")
    assert info.value.code is ErrorCode.PERIOD_UNKNOWN
    assert "2026-TW1" in message_for(info.value.code, info.value.params)


def test_reprint_records_the_code_once(office, po, tmp_path):
    doc = office.feedback_page.for_pegawai(po.staff.id, "2026-TW1", printed_on=TODAY)
    first = print_feedback_page(office.feedback_page.record_print, doc, tmp_path / "a.pdf")[1]
    second = print_feedback_page(office.feedback_page.record_print, doc, tmp_path / "b.pdf")[1]
    assert first.value is True and second.value is False
    assert [p.kind for p in office.skp_document.prints_of(po.staff_skp)] == [FP.PRINT_KIND]
