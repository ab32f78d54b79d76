"""The furniture of every printed page (issue 13), read back from real PDFs: the QR code of each
page decodes (pypdfium2 render + zxing-cpp) to the document, record, revision and page; the
diagonal KONSEP is on every page of an SKP that is not approved (Draft, Diajukan,
Dikembalikan) and on no page of an approved one; the footer names the status and the date;
continuation pages carry the name and NIP; nothing is printed in the 20 mm binding margin."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from skpdesk.domain.print_marks import KONSEP, parse_qr_payload
from skpdesk.reports.dialog_pdf import render_dialog_note
from skpdesk.reports.skp_pdf import render_skp
from skpdesk.services.context import Services
from skpdesk.storage.database import Database

from .helpers_coaching import act, make_dialog, team
from .helpers_office import NIP_STAFF
from .helpers_print import build_print_office

DAY = dt.date(2026, 1, 5)
DPI = 150
BINDING = 20 * mm


@pytest.fixture
def office(tmp_path):
    db = Database(tmp_path / "skpdesk.sqlite")
    services = Services.build(db, "test")
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    yield services, build_print_office(services)
    db.close()


def rendered(path: Path, scale_dpi: int = DPI):
    """Each page of the PDF as a PIL image (as a scanner would see the printout)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].render(scale=scale_dpi / 72).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


def page_codes(path: Path):
    codes = []
    for image in rendered(path):
        found = [parse_qr_payload(b.text) for b in zxingcpp.read_barcodes(image)]
        codes.append([m for m in found if m is not None])
    return codes


def page_texts(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages]


def move(services, o, *steps):
    """Walk the staff SKP through the workflow (the pegawai submits, the kabid decides)."""
    for step in steps:
        who = o.staff if step == "submit" else o.kabid
        services.acting.act_as(who.nip)
        if step == "submit":
            services.skp.submit(o.staff_skp)
        elif step == "return":
            services.skp.return_to_draft(o.staff_skp, "Target kuantitas belum terukur")
        else:
            services.skp.approve(o.staff_skp)


def test_qr_on_pages_1_and_2_of_an_skp_names_document_record_revision_and_page(office, tmp_path):
    services, o = office
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    pages = render_skp(doc, tmp_path / "skp.pdf")
    assert pages >= 3
    codes = page_codes(tmp_path / "skp.pdf")
    for number, found in enumerate(codes, start=1):
        assert len(found) == 1, number
        mark = found[0]
        assert (mark.code, mark.kind, mark.record_id, mark.revision, mark.page, mark.total) == (
            doc.code, "skp", o.staff_skp, doc.revision, number, pages)


def test_qr_on_pages_1_and_2_of_a_dialog_note(services, tmp_path):
    t = team(services)
    dialog = make_dialog(services, [t["staff"]], author=t["kabid"], led_by=t["kabid"],
                         notes="\n".join(f"Catatan pembahasan nomor {i}: kemajuan modul layanan "
                                         "perizinan dibahas bersama." for i in range(120)))
    act(services, t["kabid"])
    doc = services.coaching_document.dialog_note(dialog, t["staff"].id, printed_on=DAY)
    pages = render_dialog_note(doc, tmp_path / "dialog.pdf")
    assert pages >= 2
    codes = page_codes(tmp_path / "dialog.pdf")
    for number in (1, 2):
        (mark,) = codes[number - 1]
        assert (mark.code, mark.kind, mark.record_id, mark.page, mark.total) == (
            doc.code, "dialog", dialog, number, pages)
    # a dialog not closed yet is a draft: KONSEP, and its status in the footer
    texts = page_texts(tmp_path / "dialog.pdf")
    assert all(KONSEP in text for text in texts)
    assert "Status: Draft (belum ditutup)" in texts[0]
    assert f"{t['staff'].full_name} · NIP {t['staff'].nip}" in texts[1]


@pytest.mark.parametrize("steps, status, label", [
    ((), "draft", "Draft"),
    (("submit",), "diajukan", "Diajukan"),
    (("submit", "return"), "dikembalikan", "Dikembalikan"),
])
def test_konsep_on_every_page_of_an_skp_that_is_not_approved(office, tmp_path, steps, status,
                                                             label):
    services, o = office
    move(services, o, *steps)
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    assert doc.status == status and not doc.final and not doc.marks.final
    render_skp(doc, tmp_path / "skp.pdf")
    texts = page_texts(tmp_path / "skp.pdf")
    for text in texts:
        assert KONSEP in text
        assert f"Kode dokumen: {doc.code} · revisi {doc.revision} · Status: {label} · dicetak " \
               f"5 Januari 2026" in text
    # the mark is drawn (not only text) and translucent: against the same page printed as
    # final, the middle of page 1 has many pixels tinted light grey and none made dark
    final = dataclasses.replace(doc, status="disetujui")
    render_skp(final, tmp_path / "final.pdf")
    tinted, darkened = _tint(rendered(tmp_path / "skp.pdf")[0], rendered(tmp_path / "final.pdf")[0])
    assert tinted > 5000 and darkened == 0


def test_no_konsep_on_an_approved_skp(office, tmp_path):
    services, o = office
    move(services, o, "submit", "approve")
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    assert doc.status == "disetujui" and doc.final
    render_skp(doc, tmp_path / "skp.pdf")
    texts = page_texts(tmp_path / "skp.pdf")
    assert all(KONSEP not in text for text in texts)
    assert all("Status: Disetujui" in text for text in texts)


def test_footer_date_is_the_tanggal_penetapan_once_set(office, tmp_path):
    services, o = office
    move(services, o, "submit", "approve")
    doc = dataclasses.replace(services.skp_document.build(o.staff_skp, printed_on=DAY),
                              approved_on=dt.date(2026, 1, 3))
    assert doc.marks.date_text == "ditetapkan 3 Januari 2026"
    render_skp(doc, tmp_path / "skp.pdf")
    assert all("· ditetapkan 3 Januari 2026" in t and "dicetak" not in t.split("Kode dokumen")[-1]
               for t in page_texts(tmp_path / "skp.pdf"))


def test_name_and_nip_on_every_continuation_page_only(office, tmp_path):
    services, o = office
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    render_skp(doc, tmp_path / "skp.pdf")
    line = f"Agus Santoso, S.Kom. · NIP {NIP_STAFF}"
    texts = page_texts(tmp_path / "skp.pdf")
    assert line not in texts[0]
    assert all(line in text for text in texts[1:])


def test_nothing_in_the_20_mm_binding_margin(office, tmp_path):
    services, o = office
    for name, skp_id in (("staff", o.staff_skp), ("head", o.head_skp), ("pppk", o.pppk_skp)):
        path = tmp_path / f"{name}.pdf"
        render_skp(services.skp_document.build(skp_id, printed_on=DAY), path)
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                text = pdf[index].get_textpage()
                lefts = [text.get_charbox(i)[0] for i in range(text.count_chars())
                         if not text.get_text_range(i, 1).isspace()]
                assert lefts and min(lefts) >= BINDING - 0.5, (name, index, min(lefts))
        finally:
            pdf.close()
        # and no line, fill or glyph at all: every pixel column left of 20 mm is white
        for image in rendered(path, 100):
            strip = image.convert("L").crop((0, 0, int(BINDING / 72 * 100) - 1, image.height))
            assert strip.getextrema()[0] >= 250, name


def _tint(image, reference) -> tuple[int, int]:
    """In the middle third of the page: (pixels lighter grey than on `reference` by a tint,
    pixels that lost more than half their brightness: text hidden or made unreadable)."""
    w, h = image.size
    box = (w // 3, h // 3, 2 * w // 3, 2 * h // 3)
    ours = image.convert("L").crop(box).tobytes()
    theirs = reference.convert("L").crop(box).tobytes()
    tinted = darkened = 0
    for a, b in zip(ours, theirs):
        if b - a >= 10 and b > 245:
            tinted += 1
        if a < b / 2:
            darkened += 1
    return tinted, darkened

