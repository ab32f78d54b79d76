"""Render an `EvaluasiDocument` (EVALUASI KINERJA PEGAWAI, SKP-REFERENCE §4.3) to PDF, blocks in the
order of §4.3: title lines, instansi and PERIODE PENILAIAN, the identity table, CAPAIAN KINERJA
ORGANISASI, POLA DISTRIBUSI with the curve, HASIL KERJA (with REALISASI and UMPAN BALIK),
RATING HASIL KERJA, PERILAKU KERJA (with UMPAN BALIK), RATING PERILAKU KERJA, PREDIKAT KINERJA
PEGAWAI, the signature of the Pejabat Penilai Kinerja.

- A4 landscape, as the umpan balik page: the JA/JF kuantitatif table has eight columns, two of
  them long text; on portrait paper they would be 2 cm wide.
- The HASIL KERJA table is the umpan balik page's (`feedback_page_pdf.hasil_kerja_table`: the
  §4.3 column sets, an RHK with its indicators kept whole when it fits, header rows repeated on
  every page). The PERILAKU KERJA table repeats its header rows too.
- The last two rating rows and the signature are kept together (`KeepTogether`): the signature
  never stands alone on a page and is never split.
- Embedded font, page furniture, atomic file: `form_pages.render`.
"""

from __future__ import annotations

import os
from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from skpdesk.domain import documents as L
from skpdesk.domain import eval_documents as E
from skpdesk.domain.distribution import distribution_chart
from skpdesk.domain.distribution_plot import chart_title
from skpdesk.domain.eval_documents import EvaluasiDocument

from . import form_pages
from .batch import slug
from .distribution_chart import distribution_drawing
from .feedback_page_pdf import hasil_kerja_table
from .skp_tables import GRID, PagedTable, identity_table, instansi_line, title_block
from .styles import HEADER_FILL, SECTION_FILL, Page, Styles, cell_height, cell_padding, text

LANDSCAPE = True
LABEL_FRACTION = 0.30       # the label column of the single-value rows
CHART_SIZE = (150 * mm, 58 * mm)


def _value_rows(rows: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """Label | value rows ("RATING HASIL KERJA" | "Di Atas Ekspektasi"); an empty value stays
    an empty cell for the pejabat penilai's pen."""
    data = [[Paragraph(text(label), st.bold), Paragraph(text(value), st.bold)]
            for label, value in rows]
    table = Table(data, colWidths=[width * LABEL_FRACTION, width * (1 - LABEL_FRACTION)],
                  rowHeights=[None] * len(data))
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("NOSPLIT", (0, 0), (-1, -1))])
    return table


def organisation_block(doc: EvaluasiDocument, st: Styles, width: float) -> Table:
    """CAPAIAN KINERJA ORGANISASI and POLA DISTRIBUSI with the curve of the org predikat."""
    chart = distribution_chart(doc.org_predikat, {})
    drawing = distribution_drawing(chart, *CHART_SIZE, bars=False)
    curve = [Paragraph(text(chart_title(doc.org_predikat)), st.bold), Spacer(1, 1 * mm), drawing]
    data = [[Paragraph(text(E.CAPAIAN_KINERJA_ORGANISASI), st.bold),
             Paragraph(text(doc.org_predikat_text), st.bold)],
            [Paragraph(text(E.POLA_DISTRIBUSI + ":"), st.bold), curve]]
    table = Table(data, colWidths=[width * LABEL_FRACTION, width * (1 - LABEL_FRACTION)])
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL),
                    ("NOSPLIT", (0, 0), (-1, -1))])
    return table


def perilaku_table(doc: EvaluasiDocument, st: Styles, width: float,
                   frame_height: float) -> PagedTable:
    """NO | PERILAKU KERJA (value and panduan) | EKSPEKTASI KHUSUS PIMPINAN | UMPAN BALIK …"""
    rows: list[list] = [
        [Paragraph(E.PERILAKU_KERJA, st.bold), "", "", ""],
        [Paragraph(L.NO, st.head), Paragraph(E.PERILAKU_KERJA, st.head),
         Paragraph(E.EKSPEKTASI_KHUSUS_PIMPINAN, st.head), Paragraph(E.UMPAN_BALIK, st.head)],
    ]
    for line in doc.perilaku:
        value = [Paragraph(text(line.name), st.bold)]
        value += [Paragraph(text(g), st.bullet, bulletText="•") for g in line.guides]
        notes = [Paragraph(text(f), st.body) for f in line.feedback]
        rows.append([Paragraph(str(line.number), st.body_center), value,
                     Paragraph(text(line.expectation or L.BLANK), st.body),
                     notes or Paragraph(L.BLANK, st.body)])
    widths = [width * f for f in (0.04, 0.40, 0.26, 0.30)]
    table = PagedTable(rows, colWidths=widths, repeatRows=2, splitInRow=1)
    style = [*cell_padding(), GRID, ("SPAN", (0, 0), (-1, 0)),
             ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL), ("VALIGN", (0, 1), (-1, 1), "MIDDLE")]
    if len(rows) > 2 and max(cell_height(c, w) for c, w in zip(rows[2], widths)) < frame_height / 2:
        style.append(("NOSPLIT", (0, 0), (-1, 2)))  # no header rows alone at the end of a page
    table.setStyle(style)
    return table


def signature(doc: EvaluasiDocument, st: Styles, width: float) -> KeepTogether:
    """"<place>, <date>" / "Pejabat Penilai Kinerja," / name / "NIP. …" at the right; no NIP
    line for a penilai who has none (a non-ASN Bupati), a dotted name when nobody is recorded."""
    pen = doc.penilai
    name = pen.name if pen is not None else L.DOTS
    id_line = pen.signature_id if pen is not None and pen.nip not in ("", L.BLANK) else ""
    return form_pages.signatures(st, width, None, (E.SIGN_PENILAI, name, id_line),
                                 doc.place_date)


def evaluasi_story(doc: EvaluasiDocument, st: Styles, pg: Page) -> list:
    width, height = pg.frame_width, pg.frame_height
    closing = [Spacer(1, 3 * mm),
               _value_rows([(E.RATING_PERILAKU_KERJA, doc.rating_perilaku),
                            (E.PREDIKAT_KINERJA_PEGAWAI, doc.predikat)], st, width),
               signature(doc, st, width)]
    return [*title_block(doc, st, width), Spacer(1, 3 * mm), instansi_line(doc, st, width),
            Spacer(1, 2 * mm), identity_table(doc, st, width), Spacer(1, 3 * mm),
            organisation_block(doc, st, width), Spacer(1, 3 * mm),
            hasil_kerja_table(doc, st, width, height), Spacer(1, 3 * mm),
            _value_rows([(E.RATING_HASIL_KERJA, doc.rating_hasil)], st, width),
            Spacer(1, 3 * mm), perilaku_table(doc, st, width, height), KeepTogether(closing)]


def file_name(doc: EvaluasiDocument) -> str:
    """ "199001012015032003_agus-santoso_Evaluasi_2026-TW1.pdf"."""
    number = "".join(ch for ch in doc.pegawai.nip if ch.isdigit()) or doc.pegawai_id.replace(
        "-", "")[:12]
    return f"{number}_{slug(doc.pegawai.name)[:60].strip('-')}_Evaluasi_{doc.period}.pdf"


def render_evaluasi(doc: EvaluasiDocument, out: str | os.PathLike | BinaryIO) -> int:
    """Write the form as PDF to a path (atomically) or a binary stream; the page count."""
    return form_pages.render(doc, evaluasi_story, out, landscape=LANDSCAPE)


def print_evaluasi(record: Callable, doc: EvaluasiDocument,
                   out: str | os.PathLike) -> tuple[int, object]:
    """Render beside `out`, record the code with `record(doc)`, rename into place:
    (pages, the record's outcome). Nothing new is left at `out` on failure."""
    return form_pages.print_form(record, doc, evaluasi_story, out, landscape=LANDSCAPE)
