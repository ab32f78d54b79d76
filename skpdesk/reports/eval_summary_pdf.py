"""Render the DOKUMEN EVALUASI KINERJA PEGAWAI (SKP-REFERENCE §4.4) to PDF: ONE A4 page.

Layout, top to bottom, as the published format (S12):
- the office logo and the title lines "DOKUMEN EVALUASI KINERJA PEGAWAI" / "PERIODE: TRIWULAN I";
- the instansi at the left and "PERIODE PENILAIAN: …" at the right (as on the SKP);
- one table: 1 PEGAWAI YANG DINILAI, 2 PEJABAT PENILAI KINERJA, 3 ATASAN PEJABAT PENILAI
  KINERJA (each NAMA, NIP, PANGKAT/GOL RUANG, JABATAN, UNIT KERJA), 4 EVALUASI KINERJA
  (CAPAIAN KINERJA ORGANISASI, PREDIKAT KINERJA PEGAWAI), then CATATAN/REKOMENDASI (unnumbered
  in S12; an empty one leaves room to write);
- two signatures, each under the place/date line (§4.4 (23) stands above both): "Pegawai yang
  Dinilai," at the left, "Pejabat Penilai Kinerja," at the right; never split.

The form is one page by definition: when a very long catatan would push it onto a second page,
the whole content is scaled down to fit (`KeepInFrame` "shrink") rather than split.
Page furniture (footer, document code, marks) comes from `form_pages.render`.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, Spacer, Table

from skpdesk.domain import summary_documents as D
from skpdesk.domain.summary_documents import DokumenEvaluasiDocument, SignatureLine

from . import form_pages
from .fonts import REGULAR
from .skp_tables import GRID, instansi_line, title_block
from .styles import SECTION_FILL, Page, Styles, cell_padding, text

SIGNATURE_SPACE = 20 * mm   # room for the wet signature
EMPTY_NOTE_SPACE = 18 * mm  # an empty catatan leaves room to write by hand


def identity_rows(doc: DokumenEvaluasiDocument, st: Styles) -> tuple[list[list], list[tuple]]:
    """Rows and style commands of the numbered table (module doc)."""
    rows: list[list] = []
    style: list[tuple] = []

    def section(number: str, title: str) -> None:
        row = len(rows)
        rows.append([Paragraph(number, st.bold_center), Paragraph(text(title), st.bold), ""])
        style.extend([("SPAN", (1, row), (2, row)), ("BACKGROUND", (0, row), (-1, row),
                                                     SECTION_FILL)])

    def field(label: str, value, bold: bool = False) -> None:
        cell = value if isinstance(value, list) else Paragraph(text(value), st.bold if bold
                                                               else st.body)
        rows.append(["", Paragraph(text(label), st.body), cell])

    for number, block in enumerate((doc.pegawai, doc.penilai, doc.atasan), start=1):
        section(str(number), block.title)
        for label, value in block.rows():
            field(label, value)
    section("4", D.EVALUASI_KINERJA)
    field(D.CAPAIAN_KINERJA_ORGANISASI, doc.org_predikat, bold=True)
    field(D.PREDIKAT_KINERJA_PEGAWAI, doc.predikat.upper(), bold=True)
    note: list = [Paragraph(text(doc.catatan), st.body)]
    if not doc.catatan.strip():
        note.append(Spacer(1, EMPTY_NOTE_SPACE))
    rows.append(["", Paragraph(text(D.CATATAN_REKOMENDASI), st.bold), note])
    return rows, style


def identity_table(doc: DokumenEvaluasiDocument, st: Styles, width: float) -> Table:
    rows, style = identity_rows(doc, st)
    table = Table(rows, colWidths=[width * f for f in (0.06, 0.34, 0.60)])
    table.setStyle([*cell_padding(), GRID, *style])
    return table


def _signature_cells(signer: SignatureLine, st: Styles) -> list:
    return [Paragraph(text(signer.place_date), st.sign), Paragraph(text(signer.role), st.sign),
            "", Paragraph(f"<u>{text(signer.name)}</u>", st.sign),
            Paragraph(text(signer.id_line), st.sign)]


def signature_table(signatures: tuple[SignatureLine, ...], st: Styles, width: float) -> Table:
    """Side by side, each with its own place/date line; one signer sits at the right. One
    table that never splits (wrap it in KeepTogether with what must stay with it)."""
    columns = [_signature_cells(s, st) for s in signatures]
    if len(columns) == 1:
        columns.insert(0, [""] * 5)
    rows = [list(cells) for cells in zip(*columns)]
    n = len(columns)
    table = Table(rows, colWidths=[width / n] * n,
                  rowHeights=[None, None, SIGNATURE_SPACE, None, None])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("NOSPLIT", (0, 0), (-1, -1))])
    return table


def dokumen_story(doc: DokumenEvaluasiDocument, st: Styles, pg: Page) -> list:
    width = pg.frame_width
    content = [*title_block(doc, st, width), Spacer(1, 3 * mm), instansi_line(doc, st, width),
               Spacer(1, 2 * mm), identity_table(doc, st, width), Spacer(1, 6 * mm),
               signature_table(doc.signatures, st, width)]
    # One page whatever the catatan: scaled down to the frame, never split (module doc).
    return [KeepInFrame(width, pg.frame_height - 1, content, mode="shrink")]


def render_dokumen_evaluasi(doc: DokumenEvaluasiDocument,
                            out: str | os.PathLike | BinaryIO) -> int:
    """Write the form as PDF (atomically to a path, or to a binary stream); the page count
    (1)."""
    return form_pages.render(doc, dokumen_story, out)
