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

import re

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil
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
    """The QR code's dark modules, row by row (top first), by ReportLab's encoder.

    The mask is chosen as the standard says (the lowest penalty of the eight) but faster than
    ReportLab's `make`, which lays the whole symbol out again for each mask and scores it with
    `getLostPoint`: here the symbol is laid out once, only its data modules are re-masked for
    each trial (from per-version tables of the data positions and mask bits), and
    `mask_penalty` scores the same four rules with bytes and bit operations. Drawing the code
    went from about two thirds of the furniture's time to a small part of it (the print
    benchmark, docs/printing.md)."""
    qr = QrCodeWidget(payload, barLevel=QR_LEVEL, barBorder=QR_QUIET).qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    version = qr.version
    if version in _POSITIONS:
        qr._dataPosList = _POSITIONS[version]  # ReportLab caches it per code; we per version
    qr.makeImpl(True, 0)
    positions = _POSITIONS.setdefault(version, qr.dataPosIterator())
    bits = list(qr.dataBitIterator(qr.dataCache))
    bits += [False] * (len(positions) - len(bits))
    trial = qr.modules
    scores = []
    for mask in range(8):
        for (col, row), dark, flip in zip(positions, bits, _mask_bits(version, mask, positions)):
            trial[row][col] = dark != flip
        scores.append((mask_penalty(trial), mask))
    qr.makeImpl(False, min(scores)[1])
    return [[bool(m) for m in row] for row in qr.modules]


_POSITIONS: dict[int, list[tuple[int, int]]] = {}  # version -> data module (col, row), in order
_MASK_BITS: dict[tuple[int, int], list[bool]] = {}


def _mask_bits(version: int, mask: int, positions) -> list[bool]:
    key = (version, mask)
    if key not in _MASK_BITS:
        flip = QRUtil.getMask(mask)
        _MASK_BITS[key] = [bool(flip(row, col)) for col, row in positions]
    return _MASK_BITS[key]


_RUNS = re.compile(rb"\x00{5,}|\x01{5,}")
_FINDER_LIKE = re.compile(rb"(?=\x01\x00\x01\x01\x01\x00\x01\x00\x00\x00\x00|"
                          rb"\x00\x00\x00\x00\x01\x00\x01\x01\x01\x00\x01)")
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def mask_penalty(modules) -> int:
    """The QR standard's mask penalty (ISO/IEC 18004 §8.8.2): runs of five or more modules of
    one colour in a row or column (3 + run - 5), 2×2 blocks of one colour (3 each), finder-like
    1:1:3:1:1 patterns beside four light modules (40 each), and dark modules far from half
    (10 per 5 % away). Rows and columns as bytes (0/1), so the scans run in C."""
    n = len(modules)
    rows = [bytes(map(bool, row)) for row in modules]
    cols = [bytes(col) for col in zip(*rows)]
    score = 0
    for line in rows + cols:
        score += sum(len(run) - 2 for run in _RUNS.findall(line))
        score += 40 * len(_FINDER_LIKE.findall(line))
    full = (1 << n) - 1
    bits = [int(row.translate(_DIGITS), 2) for row in rows]
    for upper, lower in zip(bits, bits[1:]):
        vertical = ~(upper ^ lower) & full  # the same colour as the module below
        horizontal = ~(upper ^ (upper >> 1)) & (full >> 1)  # ... as its left neighbour
        score += 3 * bin(vertical & (vertical >> 1) & horizontal).count("1")
    dark = sum(row.count(1) for row in rows)
    score += 10 * (abs(dark * 100 // (n * n) - 50) // 5)
    return score


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
