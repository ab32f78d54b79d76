"""Render an `SkpDocument` to PDF: the SKP pages, then the LAMPIRAN page (SKP-REFERENCE §4.1).

- A4 portrait by default. Every layout fits portrait with 8 pt text, including the six columns
  of JA/JF kuantitatif (as e-Kinerja prints it); `landscape=True` gives wider columns when an
  office wants them.
- DejaVu Sans embedded (`fonts.py`); PDF title "Sasaran Kinerja Pegawai – <name> – <year>",
  author the instansi, keywords the document code.
- Footer on every page: the document code and revision on the left, "Halaman X dari Y" on the
  right (the total is known after layout: `_NumberedCanvas` keeps the pages and stamps them at save).
- To a path, the file is written atomically (`services.atomic_files.atomic_write`); `stage_skp` writes the
  complete file under its temp name and leaves publishing it to the caller (printing records the
  document code in between, `batch.py`).
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer)
from reportlab.lib.units import mm

from skpdesk.domain import documents as L
from skpdesk.domain.dates import tanggal
from skpdesk.domain.documents import SkpDocument

from skpdesk.services import fault_points
from skpdesk.services.atomic_files import StagedFile, atomic_write, stage
from .fonts import REGULAR
from .skp_tables import (ended_by_signatures, hasil_kerja_table, identity_table, instansi_line,
                         lampiran_table, perilaku_table, title_block)
from .styles import FOOTER_Y, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Page, Styles, make_styles, page

CREATOR = "SKP Desk"


def render_skp(doc: SkpDocument, out: str | os.PathLike | BinaryIO, *, landscape: bool = False) -> int:
    """Write the SKP of `doc` as PDF to a path (atomically) or a binary stream; returns the page count."""
    if isinstance(out, (str, os.PathLike)):
        with atomic_write(out) as fh:
            return _render(doc, fh, landscape)
    return _render(doc, out, landscape)


def stage_skp(doc: SkpDocument, out: str | os.PathLike, *, landscape: bool = False,
              owner: int | None = None) -> tuple[StagedFile, int]:
    """Write the SKP beside `out` under a temp name, unpublished: (the staged file, page count)."""

    def write(fh) -> int:
        # The temp file exists from here on: a kill now is what a worker dying mid-render leaves.
        fault_points.reached("print.render")
        return _render(doc, fh, landscape)

    return stage(out, write, owner=owner)


def footer_text(doc: SkpDocument) -> str:
    return f"Kode dokumen: {doc.code} · revisi {doc.revision} · dicetak {tanggal(doc.printed_on)}"


def page_text(number: int, total: int) -> str:
    return f"Halaman {number} dari {total}"


def story(doc: SkpDocument, st: Styles, pg: Page) -> list:
    width, height = pg.frame_width, pg.frame_height
    # The signatures keep the last table row(s) with them (`ended_by_signatures`).
    flow: list = [*title_block(doc, st, width), Spacer(1, 3 * mm), instansi_line(doc, st, width),
                  Spacer(1, 2 * mm), identity_table(doc, st, width), Spacer(1, 4 * mm),
                  hasil_kerja_table(doc, st, width, height), Spacer(1, 4 * mm),
                  ended_by_signatures(perilaku_table(doc, st, width, height), doc, st, width,
                                      height),
                  PageBreak(),
                  Paragraph(L.LAMPIRAN_TITLE, st.title), Spacer(1, 3 * mm),
                  instansi_line(doc, st, width), Spacer(1, 2 * mm),
                  ended_by_signatures(lampiran_table(doc, st, width, height), doc, st, width,
                                      height)]
    return flow


class _NumberedCanvas(Canvas):
    """Holds every page until `save`, then stamps "Halaman X dari Y" with the final total."""

    footer_left = ""
    font_size = 7.0

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self.page_total = 0

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            Canvas.showPage(self)
        self.page_total = total
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setLineWidth(0.4)
        self.line(MARGIN_X, FOOTER_Y + 3.2 * mm, width - MARGIN_X, FOOTER_Y + 3.2 * mm)
        self.setFont(REGULAR, self.font_size)
        self.drawString(MARGIN_X, FOOTER_Y, self.footer_left)
        self.drawRightString(width - MARGIN_X, FOOTER_Y, page_text(number, total))
        self.restoreState()


NumberedCanvas = _NumberedCanvas  # the other printed forms (`form_pages.py`) use it too


def _render(doc: SkpDocument, fh: BinaryIO, is_landscape: bool) -> int:
    st = make_styles()
    pg = page(is_landscape)
    flow = story(doc, st, pg)
    template = BaseDocTemplate(
        fh, pagesize=pg.size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=doc.pdf_title, author=doc.instansi,
        subject=L.TITLE.title(), creator=CREATOR, keywords=[doc.code],
        initialFontName=REGULAR)  # so no standard (unembedded) font is referenced at all
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, pg.frame_width, pg.frame_height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate(id="skp", frames=[frame])])
    canvases: list[_NumberedCanvas] = []
    left = footer_text(doc)

    def make_canvas(*args, **kwargs) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.footer_left = left
        canvases.append(canvas)
        return canvas

    template.build(flow, canvasmaker=make_canvas)
    return canvases[-1].page_total
