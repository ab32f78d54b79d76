"""The EVALUASI KINERJA PEGAWAI form's pages (issue 13): header rows repeated on every page a
table continues on, the signature kept with the last PERILAKU KERJA row (never alone on a
page, never split), a non-ASN pejabat penilai signing without a NIP line, the embedded font and
the PDF metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pypdf
import pytest

from skpdesk.domain import documents as L
from skpdesk.domain import eval_documents as E
from skpdesk.domain.evaluation import OrgPredikat
from skpdesk.domain.people import PegawaiInput
from skpdesk.reports.eval_pdf import render_evaluasi

from .helpers_evaluation import approve
from .helpers_print import YEAR, build_print_office, flat, pdf_pages_text
from .test_eval_pdf import (INSTANSI, PRINTED, RATED, TW1, act, in_order, set_org,
                            staff_evaluated)

INSTANSI_NAME = "Dinas Komunikasi dan Informatika Kabupaten Contoh"
LONG_NOTE = ("Dokumen rancangan perlu dilengkapi dengan diagram alur proses bisnis, kamus data, "
             "rancangan antarmuka untuk setiap peran pengguna, dan rencana pengujian yang "
             "disepakati bersama bidang perizinan sebelum tahap pengembangan dimulai ({n}).")


@pytest.fixture
def po(office):
    return build_print_office(office)


def pages_of(doc, path) -> list[str]:
    render_evaluasi(doc, path)
    return [flat(t) for t in pdf_pages_text(path)]


def test_table_headers_repeat_and_the_signature_stays_with_the_last_row(office, po, tmp_path):
    staff_evaluated(office, po, tmp_path)
    skp = office.skp.get(po.staff_skp)
    act(office, po.kabid)
    for n, month in enumerate(("01", "02", "03") * 3, start=1):  # a tall RHK: pages split
        office.feedback.add(skp.id, rhk_id=skp.rhk[1].id, period=f"{YEAR}-{month}",
                            text=LONG_NOTE.format(n=n), given_on=dt.date(YEAR, int(month), 20))
    doc = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    pages = pages_of(doc, tmp_path / "long.pdf")
    assert len(pages) >= 4
    with_rows = [p for p in pages if "Dokumen rancangan perlu dilengkapi" in p]
    assert len(with_rows) >= 2  # the umpan balik continue on a second page ...
    for page in with_rows:       # ... under the repeated header rows
        in_order(page, [E.HASIL_KERJA, E.REALISASI, E.UMPAN_BALIK, "(1)", "(8)"])
    signed = [p for p in pages if E.SIGN_PENILAI in p]
    assert len(signed) == 1 and signed[0] is pages[-1]
    last = signed[0]
    # the page with the signature carries the PERILAKU KERJA header and its last row: the
    # signature never stands alone, and it is whole (place/date to NIP on one page)
    in_order(last, [E.PERILAKU_KERJA, E.EKSPEKTASI_KHUSUS_PIMPINAN, E.UMPAN_BALIK,
                    "Kolaboratif", E.RATING_PERILAKU_KERJA, E.PREDIKAT_KINERJA_PEGAWAI,
                    f"Wonosari, 6 April {YEAR}", E.SIGN_PENILAI, po.kabid.full_name, "NIP."])
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page


def test_the_signature_is_not_alone_on_the_default_office(office, po, tmp_path):
    """The plain office's form: its last page holds perilaku rows above the signature (a
    first version left the ratings and the signature alone on page 4)."""
    staff_evaluated(office, po, tmp_path)
    doc = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    pages = pages_of(doc, tmp_path / "ev.pdf")
    in_order(pages[-1], ["Kolaboratif", E.RATING_PERILAKU_KERJA, E.SIGN_PENILAI])
    # the curve and the org predikat stay on the first page with the identity table
    in_order(pages[0], [E.TITLE, INSTANSI, E.CAPAIAN_KINERJA_ORGANISASI, E.POLA_DISTRIBUSI,
                        "Predikat Kinerja Pegawai"])


def test_a_non_asn_penilai_signs_without_a_nip_line(office, po, tmp_path):
    """The Kepala Dinas rated by the Bupati (no NIP): no "NIP. -" under the signature."""
    act(office, None)
    bupati = office.staff.add(PegawaiInput(
        name="Suryo Hadiwinoto", asn_type="NON_ASN", front_title="H.", back_title="S.E., M.M.",
        position="Bupati Contoh", position_kind="jpt", unit_path="Pemerintah Kabupaten Contoh"
    )).value
    with office.db.unit_of_work("test") as uow:
        uow.people.update(po.head.id, {"supervisor_id": bupati.id})
    approve(office, po.head_skp, po.head, bupati)
    set_org(office, po.head.unit_id, TW1, OrgPredikat.BAIK)
    act(office, bupati)
    office.evaluations.rate(po.head_skp, TW1, perilaku="sesuai", today=RATED)
    doc = office.evaluasi_documents.build(po.head_skp, TW1, printed_on=PRINTED)
    body = flat(" ".join(pages_of(doc, tmp_path / "kadis.pdf")))
    in_order(body, [L.PEJABAT_PENILAI_KINERJA, L.NIP_OPTIONAL, L.INSTANSI, INSTANSI_NAME,
                    E.CAPAIAN_KINERJA_ORGANISASI, "BAIK", E.RATING_HASIL_KERJA,
                    "Sesuai Ekspektasi", E.SIGN_PENILAI, bupati.full_name])
    signer = body.index(bupati.full_name, body.rindex(E.SIGN_PENILAI))
    after = body[signer + len(bupati.full_name):].lstrip()
    assert not after.startswith("NIP"), after[:60]  # the name is the signature's last line
    assert doc.penilai.name == bupati.full_name and doc.penilai.signature_id == ""
    assert "NIP. -" not in body


def test_font_embedded_and_metadata(office, po, tmp_path):
    staff_evaluated(office, po, tmp_path)
    doc = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    path = tmp_path / "ev.pdf"
    render_evaluasi(doc, path)
    reader = pypdf.PdfReader(str(path))
    fonts = {}
    for page in reader.pages:
        assert page.mediabox.width > page.mediabox.height  # landscape
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                          if "/DescendantFonts" in font else font.get("/FontDescriptor"))
            fonts[font["/BaseFont"]] = descriptor.get_object() if descriptor else None
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert all(d is not None and "/FontFile2" in d for d in fonts.values())
    meta = reader.metadata
    assert meta.title == f"Evaluasi Kinerja Pegawai – {po.staff.full_name} – {TW1}"
    assert doc.code in (meta.get("/Keywords") or "")


def test_render_to_a_stream_gives_the_same_pages(office, po, tmp_path):
    import io
    staff_evaluated(office, po, tmp_path)
    doc = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    buf = io.BytesIO()
    pages = render_evaluasi(doc, buf)
    assert pages == len(pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages)
    assert dataclasses.is_dataclass(doc)


def test_qr_on_every_page_names_the_evaluation_revision_and_konsep_only_on_a_draft(
        office, po, tmp_path):
    from skpdesk.domain.print_marks import KONSEP

    from .test_page_marks import page_codes

    staff_evaluated(office, po, tmp_path)
    draft = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    pages = render_evaluasi(draft, tmp_path / "draft.pdf")
    assert pages >= 2
    codes = page_codes(tmp_path / "draft.pdf")
    for number, found in enumerate(codes, start=1):
        (mark,) = found
        assert (mark.code, mark.kind, mark.record_id, mark.revision, mark.page, mark.total) == (
            draft.code, "evaluasi", draft.record_id, 1, number, pages)
    texts = pdf_pages_text(tmp_path / "draft.pdf")
    assert all(KONSEP in t for t in texts)
    assert "Status: Draft" in flat(texts[0]) and "dicetak 6 April 2026" in flat(texts[0])
    assert f"{po.staff.full_name} · NIP" in flat(texts[1])  # continuation pages name the pegawai
    office.evaluations.set(po.staff_skp, TW1, today=RATED)
    final = office.evaluasi_documents.build(po.staff_skp, TW1, printed_on=PRINTED)
    render_evaluasi(final, tmp_path / "final.pdf")
    texts = pdf_pages_text(tmp_path / "final.pdf")
    assert not any(KONSEP in t for t in texts)
    assert "Status: Ditetapkan" in flat(texts[0]) and "ditetapkan 2 April 2026" in flat(texts[0])
    (mark,) = page_codes(tmp_path / "final.pdf")[0]
    assert (mark.code, mark.record_id) == (final.code, final.record_id)
