"""The fidelity defects of the printed SKP found in issue 13, each held here: real SKPs built
through the services, rendered to PDF in tmp_path and read back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest

from skpdesk.domain import documents as L
from skpdesk.domain.dates import tanggal
from skpdesk.domain.people import PegawaiInput
from skpdesk.domain.skp import target_text
from skpdesk.reports import render_skp

from .helpers_evaluation import approve
from .helpers_print import STAFF_IKI, build_print_office, flat, pdf_pages_text

DAY = dt.date(2026, 1, 5)
INSTANSI = "Dinas Komunikasi dan Informatika Kabupaten Contoh"


@pytest.fixture
def po(office):
    return build_print_office(office)


def render(office, skp_id: str, path: Path) -> list[str]:
    render_skp(office.skp_document.build(skp_id, printed_on=DAY), path)
    return [flat(t) for t in pdf_pages_text(path)]


def raw_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


# --- the place and date line: the tanggal penetapan of an approved SKP
def test_approved_skp_is_dated_by_its_approval(office, po, tmp_path):
    draft = office.skp_document.build(po.staff_skp, printed_on=DAY)
    assert draft.approved_on is None and draft.place_date == f"Wonosari, {tanggal(DAY)}"
    approve(office, po.staff_skp, po.staff, po.kabid)
    approved_day = dt.date.today()  # the journal's time of the approval, as a local date
    doc = office.skp_document.build(po.staff_skp, printed_on=DAY)
    assert doc.status == "disetujui" and doc.approved_on == approved_day
    render_skp(doc, tmp_path / "approved.pdf")
    text = " ".join(flat(t) for t in pdf_pages_text(tmp_path / "approved.pdf"))
    assert f"Wonosari, {tanggal(approved_day)} Pegawai yang Dinilai," in text
    if approved_day != DAY:
        assert f"Wonosari, {tanggal(DAY)}" not in text
    # the print date does not change the copy: the same code on another day
    assert office.skp_document.build(po.staff_skp).code == doc.code
    # reopened: no tanggal penetapan any more, the print date again
    office.acting.act_as_id(po.kabid.id)
    office.skp.reopen(po.staff_skp, "Perlu revisi target")
    reopened = office.skp_document.build(po.staff_skp, printed_on=DAY)
    assert reopened.approved_on is None and reopened.place_date == f"Wonosari, {tanggal(DAY)}"


# --- a non-ASN penilai (the Bupati of a Kepala Dinas)
def test_non_asn_penilai_prints_optional_nip_instansi_and_no_nip_line(office, po, tmp_path):
    bupati = office.staff.add(PegawaiInput(name="Suryo", asn_type="NON_ASN", front_title="H.",
                                           position="Bupati Contoh", position_kind="jpt",
                                           unit_path="Pemerintah Kabupaten Contoh")).value
    office.staff.set_supervisor(po.head.id, bupati.id)
    pages = render(office, po.head_skp, tmp_path / "head.pdf")
    first = pages[0]
    # the penilai column: NIP (*opsional), an empty pangkat, INSTANSI with the instansi name
    assert "2 NIP (*opsional) -" in first
    assert f"5 INSTANSI {INSTANSI}" in first
    assert "UNIT KERJA Dinas Komunikasi dan Informatika 5 INSTANSI" in first  # pegawai, then penilai
    # under the signatures: the pegawai's NIP, no "NIP. -" for the Bupati (SKP and lampiran)
    signed = [t for t in pages if "Pejabat Penilai Kinerja," in t]
    assert len(signed) == 2
    for text in signed:
        assert "H. Suryo" in text and "NIP. -" not in text
        assert re.search(r"NIP\. 19700101", text)


def test_identity_labels_each_on_one_line(office, po, tmp_path):
    render(office, po.staff_skp, tmp_path / "staff.pdf")
    lines = raw_pages(tmp_path / "staff.pdf")[0].splitlines()
    assert sum(L.PANGKAT in line for line in lines) == 2  # both columns, never wrapped
    assert not any(line.strip() in ("PANGKAT/GOL.", "RUANG") for line in lines)


# --- targets, column (2), PPPK
def test_percent_targets_have_no_blank(office, po, tmp_path):
    assert any(unit == "%" for _, _, _, unit in STAFF_IKI)
    text = " ".join(render(office, po.staff_skp, tmp_path / "staff.pdf"))
    assert "100%" in text and "100 %" not in text


def test_target_text_joins_a_percent_without_a_blank():
    # the one place targets are composed: the SKP print, the umpan balik page and the
    # evaluation reads (`Indicator.target`) all use it
    assert target_text("100", "%") == "100%"
    assert target_text(" 90 ", " % ") == "90%"
    assert target_text("12", "Dokumen") == "12 Dokumen"
    assert (target_text("", "%"), target_text("5", ""), target_text("", "")) == ("%", "5", "")


def test_default_intervened_label_is_atasan(office, po, tmp_path):
    text = render(office, po.staff_skp, tmp_path / "staff.pdf")[0]
    assert "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI" in text
    assert "PIMPINAN YANG DIINTERVENSI" not in text


def test_pppk_prints_ni_pppk_and_an_empty_golongan_unless_set(office, po, tmp_path):
    first = render(office, po.pppk_skp, tmp_path / "pppk.pdf")[0]
    assert f"2 NI PPPK {po.pppk.nip} " in first
    assert "3 PANGKAT/GOL. RUANG 3 PANGKAT/GOL. RUANG" in first and "Golongan IX" not in first
    office.office.set_setting("print.pppk_golongan", "tampilkan")
    first = render(office, po.pppk_skp, tmp_path / "pppk2.pdf")[0]
    assert "3 PANGKAT/GOL. RUANG Golongan IX" in first


# --- the signatures never stand alone on a page
def _signature_pages_have_rows(pages: list[str], row_word: str) -> bool:
    signed = [t for t in pages if "Pejabat Penilai Kinerja," in t]
    return all(re.search(rf"\b{row_word}\d+", t) for t in signed)


def test_signature_block_keeps_the_last_rows_with_it(office, po, tmp_path):
    """Lampiran items are added one by one until the lampiran table fills more than a page:
    on the way the table ends at every height, so some count leaves no room for the
    signatures under the last row. Every printout must show a row above the signatures."""
    item = ("butir{} Laporan pelaksanaan kegiatan disampaikan kepada atasan langsung setiap "
            "bulan beserta bukti dukung yang sah")
    seen_pages = set()
    for count in range(1, 40):
        office.skp.add_lampiran(po.staff_skp, "konsekuensi", item.format(count))
        if count < 12:
            continue
        pages = render(office, po.staff_skp, tmp_path / f"lampiran{count}.pdf")
        seen_pages.add(len(pages))
        assert _signature_pages_have_rows(pages[-1:], "butir"), count
        assert [int(n) for n in re.findall(r"\bbutir(\d+)", " ".join(pages))] == list(
            range(1, count + 1))
    assert len(seen_pages) >= 2  # the lampiran did run onto another page


# --- long tokens break only after "/", "-", "." or "_"
URL = ("https://jdih.contohkab.go.id/produk-hukum/peraturan-bupati/2026/"
       "lampiran_standar_pelayanan_minimal_bidang_komunikasi_dan_informatika.pdf")


def _breaks_in(raw: str, token: str) -> list[str]:
    """The characters before each line break inside `token` as extracted from `raw`."""
    pattern = r"\s?".join(re.escape(ch) for ch in token)
    match = re.search(pattern, raw)
    assert match, "the token is not in the page text"
    found = match.group(0)
    return [found[i - 1] for i, ch in enumerate(found) if ch in "\n "]


def test_long_urls_break_only_at_separators(office, po, tmp_path):
    rhk = office.skp.add_rhk(po.staff_skp, f"Terbitnya standar pelayanan {URL}").value
    office.skp.add_indicator(rhk.id, f"Dokumen terunggah di {URL}", aspect="kuantitas",
                             target_value="1", target_unit="Dokumen")
    office.skp.add_lampiran(po.staff_skp, "dukungan_sumber_daya", f"Rujukan: {URL}{URL[8:]}")
    render(office, po.staff_skp, tmp_path / "url.pdf")
    raws = raw_pages(tmp_path / "url.pdf")
    body, lampiran = "\n".join(raws[:-1]), raws[-1]
    checked = 0
    for raw in (body, lampiran):
        start = 0
        while (found := raw.find("https:", start)) >= 0:
            breaks = _breaks_in(raw[found:], URL)
            assert breaks and all(ch in "/-._" for ch in breaks), breaks
            checked += 1
            start = found + 1
    assert checked >= 3  # the RHK, the indicator, the lampiran


# --- an RHK that continues on the next page
def test_rhk_continuing_on_the_next_page_repeats_its_number(office, po, tmp_path):
    rhk = office.skp.add_rhk(po.staff_skp, "Terlaksananya pendataan aset aplikasi daerah").value
    for i in range(45):
        office.skp.add_indicator(rhk.id, f"ukuran{i} Jumlah aplikasi perangkat daerah yang "
                                 "terdata lengkap dengan dokumen teknisnya", aspect="kuantitas",
                                 target_value=str(i + 1), target_unit="Aplikasi")
    pages = render(office, po.staff_skp, tmp_path / "long.pdf")
    with_rows = [i for i, t in enumerate(pages) if re.search(r"\bukuran\d+", t)]
    assert len(with_rows) >= 2
    assert L.CONTINUED not in pages[with_rows[0]]
    for index in with_rows[1:]:
        text = pages[index]
        header = text.index("(1) (2) (3) (4) (5) (6)") + len("(1) (2) (3) (4) (5) (6)")
        # NO: the RHK's number (the third Utama), then "(lanjutan)" in columns (2) and (3)
        assert text[header:].lstrip().startswith(f"3 {L.CONTINUED} {L.CONTINUED} Kuantitas"), \
            text[header:header + 80]
    # every indicator once, in order
    assert [int(n) for n in re.findall(r"\bukuran(\d+)", " ".join(pages))] == list(range(45))
