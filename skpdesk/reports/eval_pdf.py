"""Render an `EvaluasiDocument` (EVALUASI KINERJA PEGAWAI, SKP-REFERENCE §4.3) to PDF, blocks in the
order of §4.3: title lines, instansi and PERIODE PENILAIAN, the identity table, CAPAIAN KINERJA
ORGANISASI, POLA DISTRIBUSI with the curve, HASIL KERJA (with REALISASI and UMPAN BALIK),
RATING HASIL KERJA, PERILAKU KERJA (with UMPAN BALIK), RATING PERILAKU KERJA, PREDIKAT KINERJA
PEGAWAI, the signature of the Pejabat Penilai Kinerja.

- A4 landscape, as the umpan balik page: the JA/JF kuantitatif table has eight columns, two of
  them long text; on portrait paper they would be 2 cm wide.
- The HASIL KERJA table is the umpan balik page's (`feedback_page_pdf._FeedbackHasilKerja`:
  the §4.3 column sets, an RHK with its indicators kept whole when it fits, header rows
  repeated on every page), with RATING HASIL KERJA as its last row.
- RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI and the signature are the last rows of the
  PERILAKU KERJA table, kept with its last row (NOSPLIT): the signature never stands alone on
  a page, is never split, and a new page repeats the table's header rows above them.
- Embedded font, page furniture, atomic file: `form_pages.render`.
"""

from __future__ import annotations

import os
from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from skpdesk.domain import documents as L
from skpdesk.domain import eval_documents as E
from skpdesk.domain.distribution import distribution_chart
from skpdesk.domain.distribution_plot import chart_title
from skpdesk.domain.eval_documents import EvaluasiDocument

from . import form_pages
from .batch import slug
from .distribution_chart import distribution_drawing
from .feedback_page_pdf import LAYOUTS, _FeedbackHasilKerja
from .skp_tables import GRID, PagedTable, identity_table, instansi_line, title_block
from .styles import (GRID_COLOR, HEADER_FILL, LINE, SECTION_FILL, Page, Styles, cell_height,
                     cell_padding, text)

LANDSCAPE = True
LABEL_FRACTION = 0.44       # label column of the value rows: NO + PERILAKU KERJA of the table
CHART_SIZE = (140 * mm, 52 * mm)
# The HASIL KERJA table starts on the next page unless its header rows, the section row and a
# first RHK block fit below the curve (ReportLab would otherwise leave "A. UTAMA" alone there).
TABLE_START_SPACE = 70 * mm


def _value_rows(rows: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """Label | value rows ("CAPAIAN KINERJA ORGANISASI" | "BAIK")."""
    data = [[Paragraph(text(label), st.bold), value if isinstance(value, list)
             else Paragraph(text(value), st.bold)] for label, value in rows]
    table = Table(data, colWidths=[width * LABEL_FRACTION, width * (1 - LABEL_FRACTION)])
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL),
                    ("NOSPLIT", (0, 0), (-1, -1))])
    return table


def organisation_block(doc: EvaluasiDocument, st: Styles, width: float) -> Table:
    """CAPAIAN KINERJA ORGANISASI and POLA DISTRIBUSI with the curve of the org predikat."""
    chart = distribution_chart(doc.org_predikat, {})
    drawing = distribution_drawing(chart, *CHART_SIZE, bars=False)
    curve = [Paragraph(text(chart_title(doc.org_predikat)), st.bold), Spacer(1, 1 * mm), drawing]
    return _value_rows([(E.CAPAIAN_KINERJA_ORGANISASI, doc.org_predikat_text),
                        (E.POLA_DISTRIBUSI + ":", curve)], st, width)


def _label_columns(fractions: list[float]) -> int:
    """How many leading columns the label of a rating row spans (about LABEL_FRACTION)."""
    total, count = 0.0, 0
    for fraction in fractions:
        if count and total + fraction / 2 > LABEL_FRACTION:
            break
        total, count = total + fraction, count + 1
    return max(1, min(count, len(fractions) - 1))


def _rating_row(rows: list[list], style: list[tuple], n: int, span: int, label: str,
                value: str, st: Styles) -> None:
    """Append "RATING …" | value as a row of a table of `n` columns, the label over `span`."""
    row = len(rows)
    rows.append([Paragraph(text(label), st.bold)] + [""] * (span - 1)
                + [Paragraph(text(value), st.bold)] + [""] * (n - span - 1))
    style += [("SPAN", (0, row), (span - 1, row)), ("SPAN", (span, row), (n - 1, row)),
              ("BACKGROUND", (0, row), (span - 1, row), SECTION_FILL),
              ("GRID", (0, row), (-1, row), LINE, GRID_COLOR)]


def hasil_kerja_table(doc: EvaluasiDocument, st: Styles, width: float,
                      frame_height: float) -> PagedTable:
    """The umpan balik page's HASIL KERJA table (§4.3 column sets) with RATING HASIL KERJA as
    its last row, never alone at the top of a page."""
    builder = _FeedbackHasilKerja(doc, st, width, frame_height, columns=LAYOUTS[doc.variant])
    for section in doc.hasil_kerja:
        builder.section(section.title, section.rows)
    last = len(builder.rows) - 1
    _rating_row(builder.rows, builder.style, builder.n,
                _label_columns([c.fraction for c in builder.columns]), E.RATING_HASIL_KERJA,
                doc.rating_hasil, st)
    builder.style.append(("NOSPLIT", (0, last), (-1, last + 1)))
    return builder.table()


def _signature_cell(doc: EvaluasiDocument, st: Styles) -> list:
    """"<place>, <date>" / "Pejabat Penilai Kinerja," / name / "NIP. …"; no NIP line for a
    penilai who has none (a non-ASN Bupati), a dotted name when nobody is recorded."""
    pen = doc.penilai
    name = pen.name if pen is not None else L.DOTS
    cell = [Spacer(1, 6 * mm), Paragraph(text(doc.place_date), st.sign),
            Paragraph(text(E.SIGN_PENILAI), st.sign), Spacer(1, 20 * mm),
            Paragraph(f"<u>{text(name)}</u>", st.sign)]
    if pen is not None and pen.signature_id:  # "" for a non-ASN without a number
        cell.append(Paragraph(text(pen.signature_id), st.sign))
    return cell


def perilaku_table(doc: EvaluasiDocument, st: Styles, width: float,
                   frame_height: float) -> PagedTable:
    """NO | PERILAKU KERJA (value and panduan) | EKSPEKTASI KHUSUS PIMPINAN | UMPAN BALIK …,
    then RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI and the signature as the table's last
    rows, kept with the last perilaku row: the signature never stands alone on a page, is never
    split, and the header rows repeat above them on a new page."""
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
    last = len(rows) - 1
    style = [*cell_padding(), ("GRID", (0, 0), (-1, last), LINE, GRID_COLOR),
             ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
             ("VALIGN", (0, 1), (-1, 1), "MIDDLE")]
    if len(rows) > 2 and max(cell_height(c, w) for c, w in zip(rows[2], widths)) < frame_height / 2:
        style.append(("NOSPLIT", (0, 0), (-1, 2)))  # no header rows alone at the end of a page
    _rating_row(rows, style, 4, 2, E.RATING_PERILAKU_KERJA, doc.rating_perilaku, st)
    _rating_row(rows, style, 4, 2, E.PREDIKAT_KINERJA_PEGAWAI, doc.predikat, st)
    sign = len(rows)
    rows.append(["", "", _signature_cell(doc, st), ""])
    style += [("SPAN", (2, sign), (3, sign)), ("NOSPLIT", (0, max(2, last)), (-1, sign))]
    table = PagedTable(rows, colWidths=widths, repeatRows=2, splitInRow=1)
    table.setStyle(style)
    return table


def evaluasi_story(doc: EvaluasiDocument, st: Styles, pg: Page) -> list:
    width, height = pg.frame_width, pg.frame_height
    return [*title_block(doc, st, width), Spacer(1, 3 * mm), instansi_line(doc, st, width),
            Spacer(1, 2 * mm), identity_table(doc, st, width), Spacer(1, 3 * mm),
            organisation_block(doc, st, width), Spacer(1, 3 * mm),
            CondPageBreak(TABLE_START_SPACE), hasil_kerja_table(doc, st, width, height),
            Spacer(1, 3 * mm), perilaku_table(doc, st, width, height)]


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
