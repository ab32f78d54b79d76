"""Render FORMAT B.1.8 (Umpan Balik Pelaksanaan Bimbingan Kinerja) and FORMAT B.1.9 (Evaluasi
Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja) to PDF (SKP-REFERENCE §2.3).

B.1.8: the header with both identity blocks, the table SUBJEK | KRITERIA UMPAN BALIK, one column
per label of the scale the answer was given with (the reference does not show these columns:
the office setting `coaching.b18_scale`, see docs/dialog-forms.md) with a tick (✓) in the
chosen one, and KOMENTAR; the signature of the Pegawai yang Dinilai.
B.1.9: the same header; NO | KOMPETENSI PEGAWAI* | NILAI (SKALA 1-5) | ALASAN TERHADAP NILAI;
the signature of the pimpinan or the pihak lain who gave the bimbingan.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from skpdesk.domain.coaching_documents import (B19_FOOTNOTE, FORMAT_B18, FORMAT_B19, KOMENTAR,
                                               SIGN_COACH, SIGN_PEGAWAI, B18Document,
                                               B19Document)
from skpdesk.domain.dialog import B18_COLUMNS, B18_TITLE, B19_COLUMNS, B19_TITLE

from . import form_pages
from .skp_tables import GRID, PagedTable, identity_table
from .styles import HEADER_FILL, PAD_X, SECTION_FILL, Page, Styles, cell_padding, text

TICK = "✓"  # U+2713, in DejaVu Sans


def _context(doc, st: Styles) -> list:
    return [Paragraph(text(f"Bimbingan: {doc.dialog_label}"), st.body), Spacer(1, 2 * mm)]


def b18_story(doc: B18Document, st: Styles, pg: Page) -> list:
    width = pg.frame_width
    flow = form_pages.title_lines(doc, (B18_TITLE,), st, width, corner=FORMAT_B18)
    flow += [identity_table(doc, st, width), Spacer(1, 3 * mm), *_context(doc, st),
             _b18_table(doc, st, width)]
    flow.append(form_pages.signatures(
        st, width, None, (SIGN_PEGAWAI, doc.pegawai.name, doc.pegawai.signature_id),
        doc.place_date))
    return flow


def _b18_table(doc: B18Document, st: Styles, width: float) -> PagedTable:
    scale = doc.scale or ("",)
    n = len(scale)
    # Each scale column is as wide as its longest word (never broken inside a word), at least
    # 7 % of the page; together at most 40 %: a 7-label scale gets a smaller heading font.
    head = st.head
    size = head.fontSize
    while True:
        longest = max(stringWidth(word, head.fontName, size) for label in scale
                      for word in (label.upper().split() or [""]))
        column = max(longest + 2 * PAD_X + 2, 0.07 * width)
        if column * n <= 0.40 * width or size <= 5:
            break
        size -= 0.5
    scale_head = ParagraphStyle("b18-scale", parent=head, fontSize=size, leading=size + 1.5)
    scale_width = column * n
    fixed = {"subject": 0.18 * width, "comment": 0.18 * width}
    criteria = width - fixed["subject"] - fixed["comment"] - scale_width
    widths = [fixed["subject"], criteria] + [scale_width / n] * n + [fixed["comment"]]
    head = [Paragraph(text(B18_COLUMNS[0]), st.head), Paragraph(text(B18_COLUMNS[1]), st.head)]
    head += [Paragraph(text(label.upper()), scale_head) for label in scale]
    head.append(Paragraph(KOMENTAR, st.head))
    rows: list[list] = [head]
    style: list[tuple] = [*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                          ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    for subject in doc.subjects:
        start = len(rows)
        for line in subject.lines:
            ticks = [Paragraph(TICK if label == line.response else "", st.bold_center)
                     for label in scale]
            rows.append(["", Paragraph(text(line.statement), st.body), *ticks,
                         Paragraph(text(line.comment), st.body)])
        end = len(rows) - 1
        rows[start][0] = Paragraph(text(subject.title), st.bold)
        style += [("SPAN", (0, start), (0, end)), ("BACKGROUND", (0, start), (0, end), SECTION_FILL),
                  ("VALIGN", (2, start), (1 + n, end), "MIDDLE"), ("NOSPLIT", (0, start), (-1, end))]
    table = PagedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(style)
    return table


def b19_story(doc: B19Document, st: Styles, pg: Page) -> list:
    width = pg.frame_width
    flow = form_pages.title_lines(doc, (B19_TITLE,), st, width, corner=FORMAT_B19)
    flow += [identity_table(doc, st, width), Spacer(1, 3 * mm), *_context(doc, st),
             _b19_table(doc, st, width), Spacer(1, 1.5 * mm),
             Paragraph(text(B19_FOOTNOTE), st.body)]
    signer = doc.evaluator
    flow.append(form_pages.signatures(st, width, None, (SIGN_COACH, signer.name, signer.id_line),
                                      doc.place_date))
    return flow


def _b19_table(doc: B19Document, st: Styles, width: float) -> PagedTable:
    widths = [width * f for f in (0.06, 0.32, 0.14, 0.48)]
    rows: list[list] = [[Paragraph(text(c), st.head) for c in B19_COLUMNS]]
    for item in doc.items:
        rows.append([Paragraph(str(item.number), st.body_center), Paragraph(text(item.name), st.body),
                     Paragraph(str(item.value), st.body_center), Paragraph(text(item.reason), st.body)])
    table = PagedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
    return table


def render_b18(doc: B18Document, out: str | os.PathLike | BinaryIO) -> int:
    return form_pages.render(doc, b18_story, out)


def render_b19(doc: B19Document, out: str | os.PathLike | BinaryIO) -> int:
    return form_pages.render(doc, b19_story, out)
