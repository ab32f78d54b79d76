"""Render a `FeedbackPageDocument` (the umpan balik page of one period, SKP-REFERENCE §4.2) to
PDF: title lines, instansi and PERIODE PENILAIAN, the identity table, the HASIL KERJA table with
REALISASI and UMPAN BALIK columns, the signatures, then the appendix LAMPIRAN: DAFTAR BUKTI
DUKUNG (below the signatures when there is room, else on the next page).

- A4 landscape: the JA/JF kuantitatif table has eight columns, two of them long text (the
  realisasi and the umpan balik); on portrait paper they would be 2 cm wide.
- The HASIL KERJA blocks are the SKP print's (`skp_tables._HasilKerja`): an RHK with its
  indicators is kept whole when it fits on a page, header rows repeat on every page.
- Writing a file: `form_pages.print_form` (temp name, record the code, rename into place).
"""

from __future__ import annotations

import os
from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from skpdesk.domain import documents as L
from skpdesk.domain import feedback_page as FP
from skpdesk.domain.dates import tanggal
from skpdesk.domain.documents import DocumentVariant
from skpdesk.domain.feedback_page import FeedbackPageDocument

from . import form_pages
from .batch import slug
from .skp_tables import (GRID, Column, PagedTable, _HasilKerja, identity_table, instansi_line,
                         signature_block, title_block)
from .styles import HEADER_FILL, Page, Styles, cell_padding, text

LANDSCAPE = True
APPENDIX_MIN_SPACE = 60 * mm  # room the appendix needs to start below the signatures

# Column sets (SKP-REFERENCE §4.2 and §4.3 block 4); fractions of the frame width.
LAYOUTS: dict[DocumentVariant, tuple[Column, ...]] = {
    # NO | RHK PIMPINAN YANG DIINTERVENSI | RHK | ASPEK | IKI | TARGET | REALISASI | UMPAN BALIK
    DocumentVariant.JA_JF_KUANTITATIF: (
        Column("no", 0.035), Column("intervened", 0.13), Column("rhk", 0.15),
        Column("aspek", 0.07), Column("iki", 0.15), Column("target", 0.08),
        Column("realisasi", 0.175), Column("umpan_balik", 0.21)),
    # NO | RHK | IKI | TARGET | PERSPEKTIF | REALISASI | UMPAN BALIK
    DocumentVariant.JPT_KUANTITATIF: (
        Column("no", 0.035), Column("rhk", 0.18), Column("iki", 0.17), Column("target", 0.09),
        Column("perspektif", 0.10), Column("realisasi", 0.195), Column("umpan_balik", 0.23)),
    # No | Rencana Hasil Kerja (with the indicator list) | Realisasi | Umpan Balik
    DocumentVariant.JA_JF_KUALITATIF: (
        Column("no", 0.035), Column("rhk_list", 0.365), Column("realisasi_list", 0.28),
        Column("umpan_balik", 0.32)),
    DocumentVariant.JPT_KUALITATIF: (
        Column("no", 0.035), Column("rhk_list", 0.365), Column("realisasi_list", 0.28),
        Column("umpan_balik", 0.32)),
}


class _FeedbackHasilKerja(_HasilKerja):
    """The SKP's HASIL KERJA blocks with the realisasi (per indicator) and umpan balik (per
    RHK) columns; the RHK cell adds the rencana aksi of the period."""

    def label(self, key: str) -> str:
        if key == "realisasi" or key == "realisasi_list":
            return FP.REALISASI
        if key == "umpan_balik":
            return FP.UMPAN_BALIK
        return super().label(key)

    def _lead_cell(self, key: str, line):
        st = self.st
        if key == "rhk":
            return [Paragraph(text(line.text), st.body), *self._plan(line)]
        if key == "rhk_list":
            return [*super()._lead_cell(key, line), *self._plan(line)]
        if key == "realisasi_list":
            items = [Paragraph(text(f"{i.text}: {i.realisasi or L.BLANK}"), st.bullet,
                               bulletText="•") for i in line.indicators]
            return items or Paragraph(L.BLANK, st.body)
        if key == "umpan_balik":
            return self._feedback(line)
        return super()._lead_cell(key, line)

    def _indicator_cell(self, key: str, indicator):
        if indicator is not None and key == "realisasi":
            return Paragraph(text(indicator.realisasi or L.BLANK), self.st.body)
        return super()._indicator_cell(key, indicator)

    def _plan(self, line) -> list:
        if not line.plan:
            return []
        plan = line.plan + (f" ({FP.TARGET_PERIODE}: {line.plan_target})" if line.plan_target else "")
        return [Spacer(1, 1.5 * mm), Paragraph(text(FP.RENCANA_AKSI + ":"), self.st.bold),
                Paragraph(text(plan), self.st.body)]

    def _feedback(self, line) -> list:
        st = self.st
        if not line.feedback:
            return [Paragraph(L.BLANK, st.body)]
        cells: list = []
        for note in line.feedback:
            by = ", ".join(p for p in (note.author, tanggal(note.given_on)) if p)
            cells += [Paragraph(text(note.text), st.body), Paragraph(text(f"({by})"), st.body),
                      Spacer(1, 1 * mm)]
        return cells[:-1]


def hasil_kerja_table(doc: FeedbackPageDocument, st: Styles, width: float, frame_height: float):
    builder = _FeedbackHasilKerja(doc, st, width, frame_height, columns=LAYOUTS[doc.variant])
    for section in doc.hasil_kerja:
        builder.section(section.title, section.rows)
    return builder.table()


def evidence_table(doc: FeedbackPageDocument, st: Styles, width: float) -> PagedTable:
    widths = [width * f for f in (0.04, 0.10, 0.46, 0.14, 0.26)]
    rows: list[list] = [[Paragraph(h, st.head) for h in FP.APPENDIX_COLUMNS]]
    for line in doc.evidence:
        name = [Paragraph(text(line.name), st.body)]
        if line.description:
            name.append(Paragraph(text(line.description), st.body))
        rows.append([Paragraph(str(line.number), st.body_center), Paragraph(text(line.rhk), st.body),
                     name, Paragraph(text(line.hash_prefix), st.body),
                     Paragraph(text(line.status), st.body)])
    style = [*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
             ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    if not doc.evidence:
        rows.append(["", Paragraph(text(FP.APPENDIX_EMPTY), st.body), "", "", ""])
        style.append(("SPAN", (1, 1), (-1, 1)))
    table = PagedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(style)
    return table


def feedback_page_story(doc: FeedbackPageDocument, st: Styles, pg: Page) -> list:
    width, height = pg.frame_width, pg.frame_height
    return [*title_block(doc, st, width), Spacer(1, 3 * mm), instansi_line(doc, st, width),
            Spacer(1, 2 * mm), identity_table(doc, st, width), Spacer(1, 4 * mm),
            hasil_kerja_table(doc, st, width, height), signature_block(doc, st, width),
            # the appendix follows on the same page when its heading and a few rows fit (in
            # landscape the signatures often start page 2: one page less)
            Spacer(1, 8 * mm), CondPageBreak(APPENDIX_MIN_SPACE),
            Paragraph(text(FP.APPENDIX_TITLE), st.title), Spacer(1, 2 * mm),
            instansi_line(doc, st, width), Spacer(1, 2 * mm),
            evidence_table(doc, st, width)]


def file_name(pegawai, period: str) -> str:
    """ "199001012015032003_agus-santoso_UmpanBalik_2026-TW1.pdf"."""
    number = pegawai.nip or pegawai.id.replace("-", "")[:12]
    return f"{number}_{slug(pegawai.name)[:60].strip('-')}_UmpanBalik_{period}.pdf"


def render_feedback_page(doc: FeedbackPageDocument, out: str | os.PathLike | BinaryIO) -> int:
    """Write the page as PDF to a path (atomically) or a stream; the page count."""
    return form_pages.render(doc, feedback_page_story, out, landscape=LANDSCAPE)


def print_feedback_page(record: Callable, doc: FeedbackPageDocument,
                        out: str | os.PathLike) -> tuple[int, object]:
    """Render beside `out`, record the code with `record(doc)`, rename into place:
    (pages, the record's outcome). Nothing new is left at `out` on failure."""
    return form_pages.print_form(record, doc, feedback_page_story, out, landscape=LANDSCAPE)
