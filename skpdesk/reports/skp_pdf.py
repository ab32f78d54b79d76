"""Render an `SkpDocument` to PDF: the SKP pages, then the LAMPIRAN page (SKP-REFERENCE §4.1).

- A4 portrait by default. Every layout fits portrait with 8 pt text, including the six columns
  of JA/JF kuantitatif (as e-Kinerja prints it); `landscape=True` gives wider columns when an
  office wants them.
- DejaVu Sans embedded (`fonts.py`); PDF title "Sasaran Kinerja Pegawai – <name> – <year>",
  author the instansi, keywords the document code.
- Every page carries the furniture of `page_marks` (QR code, footer with code, revision, status
  and date, "Halaman X dari Y", the name/NIP on continuation pages, KONSEP on a copy that is not
  approved); the total is known after layout: `_NumberedCanvas` keeps the pages and stamps them
  at save.
- To a path, the file is written atomically (`services.atomic_files.atomic_write`); `stage_skp` writes the
  complete file under its temp name and leaves publishing it to the caller (printing records the
  document code in between, `batch.py`).
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Paragraph, Spacer
from reportlab.lib.units import mm

from skpdesk.domain import documents as L
from skpdesk.domain.documents import SkpDocument
from skpdesk.domain.print_marks import PageMarks

from skpdesk.services import fault_points
from skpdesk.services.atomic_files import StagedFile, atomic_write, stage
from . import page_marks
from .fonts import REGULAR
from .skp_tables import (ended_by_signatures, hasil_kerja_table, identity_table, instansi_line,
                         lampiran_table, perilaku_table, title_block)
from .styles import Page, Styles, make_styles, page

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
    return page_marks.footer_text(doc.marks)


page_text = page_marks.page_text


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
    """Holds every page until `save`, then stamps each with its furniture (`page_marks`: QR
    code, footer, name/NIP on continuation pages, KONSEP) now that the total is known.

    `marks` is the document's `PageMarks`; None (the distribution sheet, which has no code)
    gives the plain footer: `footer_left` and "Halaman X dari Y"."""

    footer_left = ""
    marks: PageMarks | None = None
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
        page_marks.draw_page_marks(self, self.marks, number, total, footer_left=self.footer_left)


NumberedCanvas = _NumberedCanvas  # the other printed forms (`form_pages.py`) use it too


def _render(doc: SkpDocument, fh: BinaryIO, is_landscape: bool) -> int:
    st = make_styles()
    pg = page(is_landscape)
    flow = story(doc, st, pg)
    template = BaseDocTemplate(
        fh, pagesize=pg.size, **pg.margins(), title=doc.pdf_title, author=doc.instansi,
        subject=L.TITLE.title(), creator=CREATOR, keywords=[doc.code],
        initialFontName=REGULAR)  # so no standard (unembedded) font is referenced at all
    template.addPageTemplates([PageTemplate(id="skp", frames=[pg.frame()])])
    canvases: list[_NumberedCanvas] = []
    marks = doc.marks

    def make_canvas(*args, **kwargs) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.marks = marks
        canvases.append(canvas)
        return canvas

    template.build(flow, canvasmaker=make_canvas)
    return canvases[-1].page_total
