"""The furniture of every printed page (issue 13): what lets a loose sheet be identified and a
draft be told from the signed copy. Drawn from a `domain.print_marks.PageMarks` and nothing else:

- the footer: the QR code at the right (`SKPDESK1/<code>/<kind>/<record>/<revision>/<page>/
  <total>`, error correction M, QR_SIZE square with the 4-module quiet zone, which stays white:
  nothing else is drawn inside it), the rule and one line of text at its left (code · revisi ·
  status · date) and "Halaman X dari Y" right-aligned before the code;
- on every page after the first of a document: the pegawai's name and NIP at the top left, so a
  continuation sheet that came loose still names its person;
- on every page of a copy that is not final: "KONSEP" diagonally across the page in light grey
  with transparency, drawn over the content so no table fill can hide it, and translucent so it
  never hides the text under it.

`NumberedCanvas` (skp_pdf.py) calls `draw_page_marks` for each page when it knows the page total;
the distribution sheet, a working paper without a document code, passes no marks and gets the
plain footer (its text and the page number).
"""

from __future__ import annotations

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from skpdesk.domain.print_marks import KONSEP, PageMarks

from .fonts import BOLD, REGULAR
from .styles import (FOOTER_RULE_Y, FOOTER_Y, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, QR_BOTTOM,
                     QR_SIZE)

FOOTER_SIZE = 7.0
FOOTER_MIN_SIZE = 5.5  # a long footer line shrinks to fit before the page number, down to this
PERSON_SIZE = 7.5
QR_LEVEL = "M"  # survives a fold, a stamp or a smudge over ~15% of the code
QR_QUIET = 4  # modules of white around the code (the QR standard's quiet zone)
GAP = 2.5 * mm
KONSEP_SIZE = 120.0  # points; about 16 cm wide: clearly a draft from across a desk
KONSEP_GREY = colors.Color(0.55, 0.55, 0.55)
KONSEP_ALPHA = 0.22  # text under the mark stays black enough to read and to scan


def page_text(number: int, total: int) -> str:
    return f"Halaman {number} dari {total}"


def footer_text(marks: PageMarks) -> str:
    """"Kode dokumen: SKP-7M2QK-9XD4A · revisi 3 · Status: Draft · dicetak 30 November 2026"."""
    parts = [f"Kode dokumen: {marks.code}", f"revisi {marks.revision}", marks.status_text,
             marks.date_text]
    return " · ".join(p for p in parts if p)


def draw_page_marks(canvas, marks: PageMarks | None, number: int, total: int, *,
                    footer_left: str = "") -> None:
    """Everything `marks` puts on page `number` of `total` (or, without marks, the plain footer:
    `footer_left` and the page number)."""
    width, height = canvas._pagesize
    canvas.saveState()
    if marks is not None and not marks.final:
        _konsep(canvas, width, height)
    if marks is not None and marks.person and number > 1:
        canvas.setFont(REGULAR, PERSON_SIZE)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN_LEFT, height - MARGIN_TOP + 5 * mm, marks.person)
    right = width - MARGIN_RIGHT
    if marks is not None:
        _qr(canvas, marks.qr_payload(number, total), right - QR_SIZE, QR_BOTTOM)
        right -= QR_SIZE + GAP
        left_text = footer_text(marks)
    else:
        left_text = footer_left
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, FOOTER_RULE_Y, right, FOOTER_RULE_Y)
    page = page_text(number, total)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.drawRightString(right, FOOTER_Y, page)
    room = right - MARGIN_LEFT - stringWidth(page, REGULAR, FOOTER_SIZE) - GAP
    size = FOOTER_SIZE
    while size > FOOTER_MIN_SIZE and stringWidth(left_text, REGULAR, size) > room:
        size -= 0.25
    canvas.setFont(REGULAR, size)
    canvas.drawString(MARGIN_LEFT, FOOTER_Y, left_text)
    canvas.restoreState()


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's dark modules, row by row (top first), by segno (a well-kept pure-Python
    encoder: the mask chosen by the standard's penalty, ~5 ms a code; ReportLab's own
    `QrCodeWidget` lays the symbol out again for every mask trial and took 12-15 ms, most of a
    page's furniture)."""
    code = segno.make_qr(payload, error=QR_LEVEL.lower(), boost_error=False)
    return [[bool(m) for m in row] for row in code.matrix]


def _qr(canvas, payload: str, x: float, y: float) -> None:
    """The code on a white square that keeps the quiet zone, as one filled path of horizontal
    runs in module units: the canvas is scaled to one module per unit, so every run is a few
    small integers written straight into the page stream (`addLiteral`), not a few hundred
    rectangles of floats formatted one by one (that formatting was the largest single cost of
    a printed page)."""
    modules = qr_modules(payload)
    count = len(modules)
    side = count + 2 * QR_QUIET
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(QR_SIZE / side, QR_SIZE / side)
    canvas.setFillColor(colors.white)
    canvas.rect(0, 0, side, side, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    runs = []
    for r, row in enumerate(modules):
        bottom = side - QR_QUIET - r - 1
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            # A hair taller than a module: no white seam between rows when rasterised.
            runs.append(f"{QR_QUIET + start} {bottom} {c - start} 1.04 re")
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()


def _konsep(canvas, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFillColor(KONSEP_GREY)
    canvas.setFillAlpha(KONSEP_ALPHA)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.setFont(BOLD, KONSEP_SIZE)
    canvas.drawCentredString(0, -KONSEP_SIZE * 0.35, KONSEP)
    canvas.restoreState()
