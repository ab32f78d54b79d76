"""What the bimbingan forms and the catatan dialog kinerja share with the printed SKP: the page,
the embedded font, the page furniture of `page_marks` (QR code, footer with the document code and
"Halaman X dari Y", name/NIP on continuation pages, KONSEP on a copy that is not final), the identity
table, signature blocks that are never split, and the order of writing a file (render under a
temp name, record the code, rename into place: `reports.batch` explains why).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, Callable

from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Image, KeepTogether, PageTemplate, Paragraph,
                                Spacer, Table)

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services import fault_points
from skpdesk.services.atomic_files import atomic_write, remove_stale_temp_files, stage

from . import page_marks
from .fonts import REGULAR
from .skp_pdf import CREATOR, NumberedCanvas
from .skp_tables import _logo
from .styles import Page, Styles, make_styles, page, text

Story = Callable[[object, Styles, Page], list]


def footer_text(doc) -> str:
    return page_marks.footer_text(doc.marks)


def title_lines(doc, lines: tuple[str, ...], st: Styles, width: float, *,
                corner: str = "") -> list:
    """The form's title (centred, bold), the office logo at the left, a small label at the
    right ("FORMAT B.1.8")."""
    paragraphs = [Paragraph(text(line), st.title) for line in lines]
    logo: Image | None = _logo(doc.logo_path, 16 * mm)
    side = 26 * mm
    right = Paragraph(text(corner), st.body_right) if corner else ""
    table = Table([[logo or "", paragraphs, right]], colWidths=[side, width - 2 * side, side])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("VALIGN", (2, 0), (2, 0), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR)])
    return [table, Spacer(1, 2 * mm), Paragraph(text(doc.instansi.upper()), st.subtitle),
            Spacer(1, 2 * mm)]


def signatures(st: Styles, width: float, left: tuple[str, str, str] | None,
               right: tuple[str, str, str], place_date: str) -> KeepTogether:
    """One or two signature columns: (role line, name, id line). `place_date` heads the right
    column, as on the regulation's formats ("(tempat), (tanggal, bulan, tahun)")."""

    def column(signer):
        if signer is None:
            return ["", "", "", ""]
        role, name, id_line = signer
        return [Paragraph(text(role), st.sign), "", Paragraph(f"<u>{text(name)}</u>", st.sign),
                Paragraph(text(id_line), st.sign)]

    lefts, rights = column(left), column(right)
    rows = [["", Paragraph(text(place_date), st.sign)]]
    rows += [[a, b] for a, b in zip(lefts, rights)]
    table = Table(rows, colWidths=[width / 2, width / 2],
                  rowHeights=[None, None, 20 * mm, None, None])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("NOSPLIT", (0, 0), (-1, -1))])
    return KeepTogether([Spacer(1, 6 * mm), table])


def render(doc, story: Story, out: str | os.PathLike | BinaryIO, *,
           landscape: bool = False) -> int:
    """Write `doc` as PDF (atomically to a path, or to a binary stream); the page count."""
    if isinstance(out, (str, os.PathLike)):
        with atomic_write(out) as fh:
            return _render(doc, story, fh, landscape)
    return _render(doc, story, out, landscape)


def _render(doc, story: Story, fh: BinaryIO, landscape: bool = False) -> int:
    st = make_styles()
    pg = page(landscape)
    flow = story(doc, st, pg)
    template = BaseDocTemplate(
        fh, pagesize=pg.size, **pg.margins(), title=doc.pdf_title, author=doc.instansi,
        subject=doc.pdf_title.split(" – ")[0], creator=CREATOR, keywords=[doc.code],
        initialFontName=REGULAR)
    template.addPageTemplates([PageTemplate(id="form", frames=[pg.frame()])])
    canvases: list[NumberedCanvas] = []
    marks = doc.marks  # every printable document has them (domain.print_marks)

    def make_canvas(*args, **kwargs) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.marks = marks
        canvases.append(canvas)
        return canvas

    template.build(flow, canvasmaker=make_canvas)
    return canvases[-1].page_total


def print_form(record: Callable, doc, story: Story, out: str | os.PathLike, *,
               landscape: bool = False) -> tuple[int, object]:
    """Render `doc` beside `out` under a temp name, record its code with `record(doc)` (an
    `Outcome`), then rename it into place: (pages, the record's outcome). On any failure
    nothing new is left at `out`."""
    path = Path(out)
    if path.parent.is_dir():
        remove_stale_temp_files(path.parent)
    try:
        staged, pages = stage(path, lambda fh: _render(doc, story, fh, landscape))
    except OSError as error:
        raise DomainError(ErrorCode.FILE_UNWRITABLE, field="berkas", value=str(path),
                          path=str(path), detail=error.strerror or str(error)) from error
    fault_points.reached("print.rendered")
    try:
        outcome = record(doc)
    except BaseException:
        staged.discard()
        raise
    try:
        staged.publish()
    except OSError as error:
        staged.discard()
        raise DomainError(ErrorCode.FILE_UNWRITABLE, field="berkas", value=str(path),
                          path=str(path), detail=error.strerror or str(error)) from error
    return pages, outcome
