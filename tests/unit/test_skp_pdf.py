"""The printed SKP: real PDFs rendered into tmp_path and read back with pypdf."""

import dataclasses
import datetime as dt
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from skpdesk.domain import documents as L
from skpdesk.domain.berakhlak import CORE_VALUES
from skpdesk.reports import render_skp
from skpdesk.reports import skp_pdf
from skpdesk.reports.fonts import register_fonts
from skpdesk.reports.skp_tables import column_widths
from skpdesk.domain.print_marks import KONSEP
from skpdesk.reports.styles import MARGIN_LEFT, MARGIN_RIGHT
from skpdesk.services.context import Services
from skpdesk.storage.database import Database

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_PPPK, NIP_STAFF
from .helpers_print import (EXPECTATION, HEAD_IKI, HEAD_RHK, HEAD_TAMBAHAN, KABID_RHK, LAMPIRAN,
                            PPPK_IKI, PPPK_RHK, STAFF_IKI, STAFF_IKI_2, STAFF_RHK, STAFF_RHK_2,
                            STAFF_TAMBAHAN, STAFF_TAMBAHAN_IKI, build_print_office, flat,
                            pdf_pages_text)

INSTANSI = "Dinas Komunikasi dan Informatika Kabupaten Contoh"
DAY = dt.date(2026, 1, 5)
UNIT_TEXT = "Dinas Komunikasi dan Informatika / Bidang Aplikasi Informatika"


@dataclass
class Rendered:
    path: Path
    pages: int
    text: list[str]  # per page, blanks collapsed
    doc: object

    @property
    def all(self) -> str:
        return " ".join(self.text)


@dataclass
class Printed:
    services: Services
    office: object
    pdf: dict[str, Rendered]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    db = Database(folder / "skpdesk.sqlite")
    services = Services.build(db, "test")
    services.office.init_office(INSTANSI, "Wonosari")
    office = build_print_office(services)
    pdf = {}
    for name, skp_id in (("staff", office.staff_skp), ("head", office.head_skp),
                         ("head_kual", office.head_kual_skp), ("pppk", office.pppk_skp)):
        pdf[name] = _render(services.skp_document.build(skp_id, printed_on=DAY), folder / f"{name}.pdf")
    yield Printed(services, office, pdf)
    db.close()


def _render(doc, path: Path, **kwargs) -> Rendered:
    pages = render_skp(doc, path, **kwargs)
    return Rendered(path, pages, [flat(t) for t in pdf_pages_text(path)], doc)


def assert_in_order(text: str, items: list[str]) -> None:
    pos = 0
    for item in items:
        found = text.find(item, pos)
        assert found >= 0, f"{item!r} missing or out of order after position {pos}"
        pos = found + len(item)


def signature_sequence(doc, place: str) -> list[str]:
    pen = doc.penilai
    return [place, "Pegawai yang Dinilai,", "Pejabat Penilai Kinerja,", doc.pegawai.name,
            pen.name if pen else L.DOTS, doc.pegawai.signature_id,
            pen.signature_id if pen else "NIP. -"]


def main_and_lampiran(r: Rendered) -> tuple[list[str], str]:
    """The pages of the SKP itself and the text of the LAMPIRAN page (the last one)."""
    assert r.text[-1].startswith(L.LAMPIRAN_TITLE)
    return r.text[:-1], r.text[-1]


# --- JA/JF kuantitatif: every label and value
def test_ja_jf_kuantitatif_labels(printed):
    r = printed.pdf["staff"]
    main, _ = main_and_lampiran(r)
    first = main[0]
    assert first.startswith("SASARAN KINERJA PEGAWAI PENDEKATAN HASIL KERJA KUANTITATIF BAGI PEJABAT "
                            "ADMINISTRASI DAN PEJABAT FUNGSIONAL")
    assert_in_order(first, [INSTANSI.upper(), "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"])
    assert_in_order(first, ["NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA",
                            "1 NAMA", "1 NAMA", "2 NIP", "2 NIP", "3 PANGKAT/GOL. RUANG",
                            "3 PANGKAT/GOL. RUANG", "4 JABATAN", "4 JABATAN", "5 UNIT KERJA",
                            "5 UNIT KERJA"])
    assert_in_order(first, ["HASIL KERJA", "NO", "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
                            "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET",
                            "(1) (2) (3) (4) (5) (6)", "A. UTAMA", "B. TAMBAHAN",
                            "PERILAKU KERJA", "NO PERILAKU KERJA EKSPEKTASI KHUSUS PIMPINAN"])
    assert "PERSPEKTIF" not in r.all


def test_identity_values(printed):
    first = printed.pdf["staff"].text[0]
    assert_in_order(first, ["1 NAMA Agus Santoso, S.Kom.", "1 NAMA Dewi Lestari, S.T.",
                            f"2 NIP {NIP_STAFF}", f"2 NIP {NIP_KABID}",
                            "Penata Muda Tingkat I, III/b", "Pembina, IV/a",
                            "4 JABATAN Pranata Komputer Ahli Pertama",
                            "4 JABATAN Kepala Bidang Aplikasi Informatika",
                            f"5 UNIT KERJA {UNIT_TEXT}", f"5 UNIT KERJA {UNIT_TEXT}"])


def test_hasil_kerja_values_in_order(printed):
    text = printed.pdf["staff"].all
    expected = ["A. UTAMA", "1", KABID_RHK, STAFF_RHK]
    for aspect, iki, value, unit in STAFF_IKI:  # "100%": no blank before a percent (issue 13)
        expected += [aspect.capitalize(), iki, f"{value}{unit}" if unit == "%" else f"{value} {unit}"]
    expected += ["2", KABID_RHK, STAFF_RHK_2]
    for aspect, iki, value, unit in STAFF_IKI_2:
        expected += [aspect.capitalize(), iki, f"{value} {unit}"]
    aspect, iki, value, unit = STAFF_TAMBAHAN_IKI
    expected += ["B. TAMBAHAN", "1 -", STAFF_TAMBAHAN, aspect.capitalize(), iki, f"{value} {unit}",
                 "PERILAKU KERJA"]
    assert_in_order(text, expected)


def test_perilaku_kerja_all_values_guides_and_expectation(printed):
    text = printed.pdf["staff"].all
    expected = []
    for number, (name, guides) in enumerate(CORE_VALUES, start=1):
        expected += [f"{number} {name}"] + [f"• {g}" for g in guides]
        expected.append(EXPECTATION if number == 1 else "-")
    assert_in_order(text.split("PERILAKU KERJA", 1)[1], expected)


def test_lampiran_page(printed):
    r = printed.pdf["staff"]
    _, lampiran = main_and_lampiran(r)
    assert_in_order(lampiran, [L.LAMPIRAN_TITLE, INSTANSI.upper(),
                               "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"])
    expected = []
    for title, items in zip(("DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI"),
                            LAMPIRAN.values()):
        expected.append(title)
        expected += [f"{n}. {item}" for n, item in enumerate(items, start=1)]
    assert_in_order(lampiran, expected)


def test_signature_blocks_end_the_skp_and_the_lampiran(printed):
    r = printed.pdf["staff"]
    main, lampiran = main_and_lampiran(r)
    sequence = signature_sequence(r.doc, "Wonosari, 5 Januari 2026")
    assert_in_order(main[-1].split(f"7 {CORE_VALUES[6][0]}", 1)[-1], sequence)  # after the table
    assert_in_order(lampiran.split("KONSEKUENSI", 1)[1], sequence)
    # left and right
    for page_index in (len(main) - 1, r.pages - 1):
        spots = _fragments(r.path, page_index)
        width = spots.page_width
        assert spots.x_of("Pegawai yang Dinilai,") < width / 2 < spots.x_of("Pejabat Penilai Kinerja,")
        assert spots.x_of(NIP_STAFF) < width / 2 < spots.x_of(NIP_KABID)
        assert spots.x_of("Wonosari, 5 Januari 2026") > width / 2


def test_page_numbers_and_code_on_every_page(printed):
    for r in printed.pdf.values():
        assert r.pages == len(r.text) >= 2
        for number, page in enumerate(r.text, start=1):
            assert f"Halaman {number} dari {r.pages}" in page
            assert f"Kode dokumen: {r.doc.code} · revisi {r.doc.revision}" in page
        assert "Halaman 1 dari" in r.text[0]


# --- the other variants
def test_jpt_kuantitatif(printed):
    r = printed.pdf["head"]
    assert r.text[0].startswith("SASARAN KINERJA PEGAWAI PENDEKATAN HASIL KERJA KUANTITATIF " + L.FOR_JPT)
    assert_in_order(r.all, ["NO.", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET",
                            "PERSPEKTIF", "(1) (2) (3) (4) (5)", "A. UTAMA", "1",
                            f"{HEAD_RHK} (penugasan dari Bupati Contoh)", HEAD_IKI[0][0], "85 Indeks",
                            "Penerima Layanan", HEAD_IKI[1][0], "90 Persen", "B. TAMBAHAN",
                            HEAD_TAMBAHAN, "4 Kali", "Proses Bisnis"])
    assert "DIINTERVENSI" not in r.all and "ASPEK" not in r.all
    assert_in_order(r.text[0], ["1 NAMA Dr. Bambang Sutrisno, S.Kom., M.T.", "1 NAMA -",
                                f"2 NIP {NIP_HEAD}", "2 NIP -", "Pembina Utama Muda, IV/c"])
    main, lampiran = main_and_lampiran(r)
    for text in (main[-1], lampiran):
        assert_in_order(text, signature_sequence(r.doc, "Wonosari, 5 Januari 2026"))


def test_jpt_kualitatif(printed):
    r = printed.pdf["head_kual"]
    assert r.text[0].startswith("SASARAN KINERJA PEGAWAI PENDEKATAN HASIL KERJA KUALITATIF " + L.FOR_JPT)
    assert "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2025" in r.text[0]
    assert_in_order(r.all, ["NO.", "RENCANA HASIL KERJA", "(1) (2)", "A. UTAMA", "1", HEAD_RHK,
                            L.UKURAN_JPT, "• Layanan informasi publik terintegrasi dinilai baik oleh "
                            "masyarakat", "• Perspektif: Anggaran", "B. TAMBAHAN", "PERILAKU KERJA"])
    assert "INDIKATOR KINERJA INDIVIDU TARGET" not in r.all


def test_ja_jf_kualitatif_for_pppk(printed):
    r = printed.pdf["pppk"]
    assert r.text[0].startswith("SASARAN KINERJA PEGAWAI PENDEKATAN HASIL KERJA KUALITATIF " + L.FOR_JA_JF)
    # the golongan of a PPPK is left empty ("dikosongkan", §4.4; issue 13) by default
    assert_in_order(r.text[0], ["1 NAMA Rina Marlina", f"2 NI PPPK {NIP_PPPK}", f"2 NIP {NIP_KABID}",
                                "3 PANGKAT/GOL. RUANG 3 PANGKAT/GOL. RUANG Pembina"])
    assert "Golongan IX" not in r.all
    assert_in_order(r.all, ["NO", "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
                            "RENCANA HASIL KERJA", "(1) (2) (3)", "A. UTAMA", "1", KABID_RHK,
                            PPPK_RHK, L.UKURAN_JA_JF] + [f"• {i}" for i in PPPK_IKI])
    main, lampiran = main_and_lampiran(r)
    for text in (main[-1], lampiran):
        assert f"NI PPPK. {NIP_PPPK}" in text and "NIPPPK" not in text
        assert_in_order(text, signature_sequence(r.doc, "Wonosari, 5 Januari 2026"))


# --- the file itself
def test_font_is_embedded_and_metadata_set(printed):
    r = printed.pdf["staff"]
    reader = pypdf.PdfReader(str(r.path))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                          if "/DescendantFonts" in font else font.get("/FontDescriptor"))
            fonts[font["/BaseFont"]] = descriptor.get_object() if descriptor else None
    assert fonts and all("DejaVuSans" in name for name in fonts)  # no unembedded standard font
    assert all(d is not None and "/FontFile2" in d for d in fonts.values())
    meta = reader.metadata
    assert meta.title == "Sasaran Kinerja Pegawai – Agus Santoso, S.Kom. – 2026"
    assert meta.author == INSTANSI
    assert r.doc.code in (meta.get("/Keywords") or "")


def test_render_to_a_stream_and_landscape(printed, tmp_path):
    doc = printed.pdf["staff"].doc
    buffer = io.BytesIO()
    pages = render_skp(doc, buffer)
    assert pages == printed.pdf["staff"].pages and buffer.getvalue().startswith(b"%PDF")
    wide = _render(doc, tmp_path / "wide.pdf", landscape=True)
    box = pypdf.PdfReader(str(wide.path)).pages[0].mediabox
    assert box.width > box.height
    assert_in_order(wide.all, [STAFF_RHK, STAFF_IKI[0][1], "PERILAKU KERJA", L.LAMPIRAN_TITLE])


def test_code_in_footer_is_stable_across_print_dates(printed, tmp_path):
    services, o = printed.services, printed.office
    later = _render(services.skp_document.build(o.staff_skp, printed_on=dt.date(2026, 2, 1)),
                    tmp_path / "later.pdf")
    code = printed.pdf["staff"].doc.code
    assert f"Kode dokumen: {code}" in later.text[0] and "Wonosari, 1 Februari 2026" in later.all


def test_settings_change_the_printout(office, tmp_path):
    o = build_print_office(office)
    office.office.set_setting("print.intervened_label", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI")
    office.office.set_setting("print.place_date", "city_blank")
    r = _render(office.skp_document.build(o.staff_skp, printed_on=DAY), tmp_path / "atasan.pdf")
    assert "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI" in r.text[0]
    assert "ATASAN YANG DIINTERVENSI" not in r.all
    assert f"Wonosari, {L.DOTS}" in r.text[-1] and "5 Januari 2026 Pegawai" not in r.all
    office.office.set_setting("print.place_date", "blank")
    r = _render(office.skp_document.build(o.staff_skp, printed_on=DAY), tmp_path / "blank.pdf")
    assert f"{L.DOTS}, {L.DOTS} Pegawai yang Dinilai," in r.text[-1] and "Wonosari," not in r.all


# --- long texts
class _Fragments:
    def __init__(self, page_width: float, items: list[tuple[str, float, float, float]]) -> None:
        self.page_width = page_width
        self.items = items  # (text, x, x_end, y)

    def x_of(self, text: str) -> float:
        return next(x for t, x, _, _ in self.items if text in t)


def _fragments(path: Path, page_index: int) -> _Fragments:
    register_fonts()
    page = pypdf.PdfReader(str(path)).pages[page_index]
    items = []

    def visit(text, cm, tm, font, size):
        if not text.strip() or font is None:
            return
        name = str(font["/BaseFont"]).split("+")[-1]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        items.append((text.strip("\n"), x, x + stringWidth(text.strip("\n"), name, size) * scale, y))

    page.extract_text(visitor_text=visit)
    return _Fragments(float(page.mediabox.width), items)


def test_very_long_rhk_wraps_by_words_inside_its_cells(office, tmp_path):
    o = build_print_office(office)
    normal = _render(office.skp_document.build(o.staff_skp, printed_on=DAY), tmp_path / "normal.pdf")
    words = [f"kata{i}" for i in range(400)]
    rhk = office.skp.add_rhk(o.staff_skp, "AWAL " + " ".join(words) + " AKHIR").value
    iki = [f"ukur{i}" for i in range(300)]
    office.skp.add_indicator(rhk.id, "IKIAWAL " + " ".join(iki) + " IKIAKHIR", aspect="kualitas",
                             target_value="100", target_unit="%")
    office.skp.add_indicator(rhk.id, "Ketepatan waktu", aspect="waktu", target_value="12",
                             target_unit="Bulan")
    doc = office.skp_document.build(o.staff_skp, printed_on=DAY)
    r = _render(doc, tmp_path / "long.pdf")
    assert r.pages >= normal.pages + 2
    # every word once, in order, never cut: the long cells continue on the next pages
    assert [int(n) for n in re.findall(r"\bkata(\d+)\b", r.all)] == list(range(400))
    assert [int(n) for n in re.findall(r"\bukur(\d+)\b", r.all)] == list(range(300))
    assert_in_order(r.all, ["AWAL kata0", "kata399 AKHIR", "Ketepatan waktu", "12 Bulan", "B. TAMBAHAN"])
    # the header rows are repeated on each page the table continues on
    table_pages = [t for t in r.text if "kata" in t or "ukur" in t]
    assert len(table_pages) >= 2
    assert all("RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI" in t and "(1) (2) (3) (4) (5) (6)" in t
               for t in table_pages)
    # geometry: no text runs past its column (nor the right margin)
    widths = column_widths(doc.variant, 595.2756 - MARGIN_LEFT - MARGIN_RIGHT)
    edges = [MARGIN_LEFT]
    for w in widths:
        edges.append(edges[-1] + w)
    checked = 0
    for index, page_text in enumerate(r.text):
        spots = _fragments(r.path, index)
        for text, x, x_end, _ in spots.items:
            if text == KONSEP:  # the diagonal mark of a draft (measured here as if level)
                continue
            assert x_end <= spots.page_width - MARGIN_RIGHT + 0.5, text
            if re.search(r"\b(kata|ukur)\d+", text):
                column = max(i for i, e in enumerate(edges[:-1]) if x >= e - 0.01)
                assert x_end <= edges[column + 1] + 0.01, (text, column)
                checked += 1
    assert checked > 100


def test_long_expectation_and_lampiran_split_cleanly(office, tmp_path):
    o = build_print_office(office)
    values = office.office.core_values()
    long_text = " ".join(f"harap{i}" for i in range(450))
    office.skp.set_expectation(o.staff_skp, values[3].id, long_text)
    office.skp.add_lampiran(o.staff_skp, "konsekuensi", " ".join(f"akibat{i}" for i in range(400)))
    r = _render(office.skp_document.build(o.staff_skp, printed_on=DAY), tmp_path / "long2.pdf")
    assert [int(n) for n in re.findall(r"\bharap(\d+)\b", r.all)] == list(range(450))
    assert [int(n) for n in re.findall(r"\bakibat(\d+)\b", r.all)] == list(range(400))
    # the signature blocks stay whole on one page each
    pages_with_both = [t for t in r.text if "Pegawai yang Dinilai," in t and "Pejabat Penilai Kinerja," in t]
    assert len(pages_with_both) == 2
    for text in pages_with_both:
        assert_in_order(text, signature_sequence(r.doc, "Wonosari, 5 Januari 2026"))


# --- atomic writes
class _Boom(Exception):
    pass


class _Exploding(tuple):
    def __iter__(self):
        raise _Boom("failure while rendering")


def test_failed_render_leaves_the_old_file_and_no_temp_file(printed, tmp_path):
    doc = printed.pdf["staff"].doc
    target = tmp_path / "skp.pdf"
    target.write_bytes(b"old copy")
    bad = dataclasses.replace(doc, perilaku=_Exploding(doc.perilaku))
    with pytest.raises(_Boom):
        render_skp(bad, target)
    assert target.read_bytes() == b"old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["skp.pdf"]


def test_failure_while_writing_pages_leaves_the_old_file(printed, tmp_path, monkeypatch):
    doc = printed.pdf["staff"].doc
    target = tmp_path / "skp.pdf"
    target.write_bytes(b"old copy")
    calls = []

    def failing_footer(self, number, total):
        calls.append(number)
        if number == 2:
            raise _Boom("disk full")

    monkeypatch.setattr(skp_pdf._NumberedCanvas, "_footer", failing_footer)
    with pytest.raises(_Boom):
        render_skp(doc, target)
    assert calls == [1, 2]
    assert target.read_bytes() == b"old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["skp.pdf"]


def test_successful_render_replaces_the_file(printed, tmp_path):
    target = tmp_path / "skp.pdf"
    target.write_bytes(b"old copy")
    target.chmod(0o640)
    pages = render_skp(printed.pdf["staff"].doc, target)
    assert target.read_bytes().startswith(b"%PDF") and pages == printed.pdf["staff"].pages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["skp.pdf"]
    if os.name == "posix":  # the replaced file keeps its mode; a new one is not private (0600)
        assert target.stat().st_mode & 0o777 == 0o640
        render_skp(printed.pdf["staff"].doc, tmp_path / "new.pdf")
        assert (tmp_path / "new.pdf").stat().st_mode & 0o777 == 0o644


# --- logo
def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (60, 80), (200, 30, 30)).save(path)
    return path


def _images(path: Path) -> int:
    page = pypdf.PdfReader(str(path)).pages[0]
    xobjects = page["/Resources"].get("/XObject") or {}
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def test_logo_is_printed_when_set_and_skipped_when_unreadable(office, tmp_path):
    o = build_print_office(office)
    office.office.set_logo(_png(tmp_path / "logo.png"))
    doc = office.skp_document.build(o.staff_skp, printed_on=DAY)
    assert doc.logo_path and Path(doc.logo_path).is_absolute() and Path(doc.logo_path).is_file()
    with_logo = _render(doc, tmp_path / "logo.pdf")
    assert _images(with_logo.path) == 1
    assert with_logo.text[0].startswith("SASARAN KINERJA PEGAWAI")
    gone = _render(dataclasses.replace(doc, logo_path=str(tmp_path / "missing.png")), tmp_path / "no.pdf")
    assert _images(gone.path) == 0 and gone.pages == with_logo.pages


# --- every variant with every text at its longest
def _long(prefix: str, limit: int = 4000) -> str:
    words, size, i = [], 0, 0
    while size + len(f"{prefix}{i} ") <= limit:
        words.append(f"{prefix}{i}")
        size += len(words[-1]) + 1
        i += 1
    return " ".join(words)


def _numbers(prefix: str, text: str) -> list[int]:
    return [int(n) for n in re.findall(rf"\b{prefix}(\d+)\b", text)]


def test_every_variant_survives_the_longest_texts(office, tmp_path):
    o = build_print_office(office)
    skp = office.skp
    kabid_rhk = skp.get(o.kabid_skp).rhk[0]
    skp.update_rhk(kabid_rhk.id, text=_long("atasan"))
    for name, skp_id, kwargs, aspects in (
            ("staff", o.staff_skp, {"parent_rhk_id": kabid_rhk.id}, ["kuantitas", "kualitas", "waktu"]),
            ("pppk", o.pppk_skp, {"parent_rhk_id": kabid_rhk.id}, [None, None]),
            ("head", o.head_skp, {"perspective": "anggaran", "assignment_from": _long("tugas", 200)},
             [None, None]),
            ("head_kual", o.head_kual_skp, {"perspective": "anggaran"}, [None])):
        rhk = skp.add_rhk(skp_id, _long("rencana"), **kwargs).value
        for n, aspect in enumerate(aspects):
            skp.add_indicator(rhk.id, _long(f"ukuran{n}x"), aspect=aspect,
                              target_value=_long("nilai", 100), target_unit=_long("satuan", 100))
        r = _render(office.skp_document.build(skp_id, printed_on=DAY), tmp_path / f"{name}.pdf")
        text = r.all
        assert _numbers("rencana", text) == list(range(len(_long("rencana").split()))), name
        for n in range(len(aspects)):
            assert _numbers(f"ukuran{n}x", text) == list(range(len(_long(f"ukuran{n}x").split()))), name
        if name in ("staff", "pppk"):  # once per RHK that intervenes it
            linked = sum(1 for row in r.doc.hasil_kerja[0].rows if row.intervened != L.BLANK)
            assert _numbers("atasan", text) == list(range(len(_long("atasan").split()))) * linked
        assert f"Halaman {r.pages} dari {r.pages}" in r.text[-1] and r.text[-1].startswith(L.LAMPIRAN_TITLE)
