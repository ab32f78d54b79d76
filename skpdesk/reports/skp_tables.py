"""The blocks of the printed SKP (SKP-REFERENCE §4.1): title, identity, HASIL KERJA, PERILAKU KERJA,
lampiran and the signatures. Each function takes the frozen `SkpDocument` and returns flowables.

HASIL KERJA and page breaks. An RHK and its indicator rows form one block: the number, the
intervened RHK and the RHK text (JPT: also the perspektif) are SPAN cells over the indicator rows,
and a table is split only between blocks (ReportLab never splits inside a span). A block taller
than a whole page (say an RHK of 400 words) cannot be kept whole: it is drawn without spans, with
the same lines (one box per merged column), so ReportLab may split its rows (`splitInRow`), and
the text continues on the next page under the repeated header rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import _FrameBreak

from skpdesk.domain import documents as L
from skpdesk.domain.documents import DocumentVariant, RhkLine, SkpDocument

from .fonts import REGULAR
from .styles import (GRID_COLOR, HEADER_FILL, LINE, PAD_X, SECTION_FILL, Styles, cell_height,
                     cell_padding, text)

GRID = ("GRID", (0, 0), (-1, -1), LINE, GRID_COLOR)


class PagedTable(Table):
    """A Table that continues on a new page, never with its header rows in mid-page.

    With `splitInRow`, ReportLab first splits between rows and then tries the remainder (repeated
    header rows first) in the space left on the *same* page, where it may split the next row in
    two: the header rows would then appear again in the middle of the page. Here:
    - a row taller than `TALL_ROW` (a 400-word RHK) that does not fit is split where it stands,
      filling the page, provided a useful part of it fits (`MIN_PART`);
    - otherwise the table is split between rows, and the rest starts on the next page (a frame
      break follows the first part);
    - a row marked `keep_with_next` (the "A. UTAMA" section rows) never ends a page.
    """

    TALL_ROW = 300.0
    MIN_PART = 60.0
    # HASIL KERJA: per row, the RHK block it belongs to (one `_Block` per RHK, compared by
    # identity), None for header and section rows; and how to draw the repeated number /
    # "(lanjutan)" (see `_continue`).
    row_blocks: list | None = None
    continued_cells: dict | None = None  # column -> factory(number) of the continuation cell

    def _splitRows(self, availHeight, doInRowSplit=0):  # noqa: N802,N803 (ReportLab API)
        parts = super()._splitRows(availHeight, doInRowSplit)
        if len(parts) == 2 and self.row_blocks is not None:
            self._continue(*parts)
        return parts

    def _continue(self, first: "PagedTable", rest: "PagedTable") -> None:
        """Give both parts their rows' blocks, and let an RHK that runs on in `rest` show its
        number in NO and "(lanjutan)" in its other empty RHK cells (issue 13): the spans of a
        block drawn whole never split, so this is the tall block drawn without spans."""
        rows, repeat = len(self._cellvalues), self.repeatRows if isinstance(self.repeatRows, int) else 0
        tail = len(rest._cellvalues) - repeat
        # an in-row split puts the split row in both parts: then the tail starts at that row
        start = rows - tail
        first.row_blocks = self.row_blocks[:len(first._cellvalues)]
        rest.row_blocks = self.row_blocks[:repeat] + self.row_blocks[start:]
        first.continued_cells = rest.continued_cells = self.continued_cells
        block = self.row_blocks[start] if start < rows else None
        if block is None or first.row_blocks[-1] is not block:
            return  # the rest starts with a new RHK (or a section row)
        number, cells = block.number, rest._cellvalues[repeat]
        for column, factory in (self.continued_cells or {}).items():
            if _empty(cells[column]):
                cells[column] = factory(number)

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        if self._width > availWidth:
            return super().split(availWidth, availHeight)
        heights = self._rowHeights
        n = self._getFirstPossibleSplitRowPosition(availHeight)
        if 0 < n < len(heights):
            left = availHeight - sum(heights[:n])
            if (self.splitInRow and heights[n] > self.TALL_ROW and left >= self.MIN_PART
                    and not any(cell[1] == n for cell in getattr(self, "_rowSpanCells", ()))
                    and self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1) == n):
                parts = self._splitRows(availHeight, doInRowSplit=1)
                if parts:
                    return parts
            if getattr(self._cellvalues[n - 1][0], "keep_with_next", False):
                # Split before the section row, or move the whole rest to the next page.
                return self._between_rows(sum(heights[:n - 1]) + 0.01)
        parts = self._between_rows(availHeight)
        if parts or not self.splitInRow:
            return parts
        return self._splitRows(availHeight, doInRowSplit=1)

    def _between_rows(self, height: float) -> list:
        parts = self._splitRows(height, doInRowSplit=0)
        if len(parts) == 2:
            return [parts[0], _FrameBreak("frameEnd"), parts[1]]
        return parts


class _Block:
    """One RHK's rows in the HASIL KERJA table (identity matters, not value)."""

    __slots__ = ("number",)

    def __init__(self, number: int) -> None:
        self.number = number


def _empty(cell) -> bool:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return True
    if isinstance(cell, (list, tuple)):
        return all(_empty(c) for c in cell)
    return False  # a flowable (the part of a split paragraph reads as no text, but is one)


_BREAK_AFTER = re.compile(r"(?<=[/\-._])")  # a long token may break after these only
_TOKEN = re.compile(r"\S+")


def breakable(value: str, width: float, font: str, size: float) -> str:
    """`value` with each token wider than `width` (a URL, a file path) broken into lines after
    "/", "-", "." or "_" (issue 13): ReportLab breaks lines only at blanks and would otherwise
    cut such a token anywhere (`splitLongWords`). Each line is as long as fits; a piece with no
    such character that is still too wide is left to ReportLab."""
    if not value or width <= 0:
        return value or ""

    def split(match: re.Match) -> str:
        token = match.group(0)
        if stringWidth(token, font, size) <= width:
            return token
        lines, line = [], ""
        for piece in _BREAK_AFTER.split(token):
            if line and stringWidth(line + piece, font, size) > width:
                lines.append(line)
                line = piece
            else:
                line += piece
        return "\n".join([*lines, line])

    return _TOKEN.sub(split, value)


def cell_paragraph(value: str, style, width: float, **kwargs) -> Paragraph:
    """A table cell's text at a column width: escaped, line breaks kept, long tokens broken
    only after "/", "-", "." or "_" (`breakable`)."""
    inner = width - 2 * PAD_X - (style.leftIndent or 0)
    return Paragraph(text(breakable(value, inner, style.fontName, style.fontSize)), style, **kwargs)


def _section_row(paragraph: Paragraph) -> Paragraph:
    paragraph.keep_with_next = True
    return paragraph


@dataclass(frozen=True)
class Column:
    key: str  # no | intervened | rhk | rhk_list | perspektif | aspek | iki | target | ...
    fraction: float  # of the frame width

    @property
    def per_indicator(self) -> bool:
        # "realisasi": the umpan balik page's per-indicator column (reports.feedback_page_tables)
        return self.key in ("aspek", "iki", "target", "realisasi")


_LAYOUTS: dict[DocumentVariant, tuple[Column, ...]] = {
    DocumentVariant.JA_JF_KUANTITATIF: (
        Column("no", 0.045), Column("intervened", 0.205), Column("rhk", 0.205),
        Column("aspek", 0.095), Column("iki", 0.29), Column("target", 0.16)),
    DocumentVariant.JPT_KUANTITATIF: (
        Column("no", 0.05), Column("rhk", 0.32), Column("iki", 0.32), Column("target", 0.15),
        Column("perspektif", 0.16)),
    DocumentVariant.JA_JF_KUALITATIF: (
        Column("no", 0.05), Column("intervened", 0.33), Column("rhk_list", 0.62)),
    DocumentVariant.JPT_KUALITATIF: (Column("no", 0.05), Column("rhk_list", 0.95)),
}


def column_widths(variant: DocumentVariant, width: float) -> list[float]:
    """The HASIL KERJA column widths of a variant at a frame width (left to right)."""
    return [width * c.fraction for c in _LAYOUTS[variant]]


def _header_label(key: str, doc: SkpDocument) -> str:
    return {"no": L.NO_JPT if doc.variant.is_jpt else L.NO, "intervened": doc.intervened_label,
            "rhk": L.RENCANA_HASIL_KERJA, "rhk_list": L.RENCANA_HASIL_KERJA, "aspek": L.ASPEK,
            "iki": L.INDIKATOR_KINERJA_INDIVIDU, "target": L.TARGET,
            "perspektif": L.PERSPEKTIF}[key]


# --- title block, instansi/periode line
def _logo(path: str | None, height: float) -> Image | None:
    if not path:
        return None
    try:
        width, img_height = ImageReader(path).getSize()
    except Exception:  # a missing or unreadable logo must not stop the printout
        return None
    return Image(path, width=height * width / img_height, height=height)


def title_block(doc: SkpDocument, st: Styles, width: float) -> list[Flowable]:
    lines = [Paragraph(text(line), st.title) for line in doc.title_lines]
    logo = _logo(doc.logo_path, 18 * mm)
    if logo is None:
        return lines
    side = 24 * mm
    table = Table([[logo, lines, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [table]


def instansi_line(doc: SkpDocument, st: Styles, width: float) -> Table:
    """The instansi on the left and "PERIODE PENILAIAN: …" on the right."""
    style = st.subtitle_right
    right = min(stringWidth(doc.period_text, style.fontName, style.fontSize) + 2, width * 0.6)
    table = Table([[Paragraph(text(doc.instansi.upper()), st.subtitle),
                    Paragraph(text(doc.period_text), style)]],
                  colWidths=[width - right, right])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 8),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR)])
    return table


# --- identity table
IDENTITY_LABELS = (L.NAMA, L.NIP, L.NIPPPK, L.NIP_OPTIONAL, L.PANGKAT, L.JABATAN, L.UNIT_KERJA,
                   L.INSTANSI)


def identity_widths(st: Styles, width: float) -> list[float]:
    """NO | label | value, twice. The label column is as wide as the longest label on one line
    ("PANGKAT/GOL. RUANG" wrapped on every page 1 before issue 13), at least 16 % of the width."""
    longest = max(stringWidth(label, st.body.fontName, st.body.fontSize) for label in IDENTITY_LABELS)
    number = width * 0.04
    label = max(width * 0.16, longest + 2 * PAD_X + 2)
    return [number, label, width / 2 - number - label] * 2


def identity_table(doc: SkpDocument, st: Styles, width: float) -> Table:
    peg, pen = doc.pegawai, doc.penilai_or_blank
    rows = [[Paragraph(L.NO, st.head), Paragraph(L.PEGAWAI_YANG_DINILAI, st.head), "",
             Paragraph(L.NO, st.head), Paragraph(L.PEJABAT_PENILAI_KINERJA, st.head), ""]]
    fields = [(L.NAMA, "name"), ("nip_label", "nip"), (L.PANGKAT, "rank"),
              (L.JABATAN, "position"), ("unit_label", "unit")]
    widths = identity_widths(st, width)
    for number, (label, attr) in enumerate(fields, start=1):
        row = []
        for person in (peg, pen):
            shown = getattr(person, label) if label in ("nip_label", "unit_label") else label
            row += [Paragraph(str(number), st.body_center), Paragraph(text(shown), st.body),
                    cell_paragraph(getattr(person, attr), st.body, widths[2])]
        rows.append(row)
    table = Table(rows, colWidths=widths)
    table.setStyle([*cell_padding(), GRID, ("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                    ("NOSPLIT", (0, 0), (-1, -1))])
    return table


# --- HASIL KERJA
class _HasilKerja:
    """Rows and style commands of the HASIL KERJA table, block by block."""

    HEADER_ROWS = 3  # the "HASIL KERJA" row, the column labels, the column numbers (1)…(n)

    def __init__(self, doc: SkpDocument, st: Styles, width: float, frame_height: float,
                 columns: tuple[Column, ...] | None = None) -> None:
        self.doc, self.st = doc, st
        # `columns`: another layout over the same blocks (the umpan balik page adds two)
        self.columns = columns or _LAYOUTS[doc.variant]
        self.widths = [width * c.fraction for c in self.columns]
        self.n = len(self.columns)
        self.rows: list[list] = []
        self.blocks: list[_Block | None] = []  # per row (PagedTable.row_blocks)
        self.style: list[tuple] = [*cell_padding()]
        self._header()
        header_height = cell_height(self.rows[0][0], width) + sum(
            max(cell_height(c, w) for c, w in zip(row, self.widths)) for row in self.rows[1:])
        section_height = cell_height(Paragraph(L.UTAMA, st.bold), width)
        # A block that fits below the repeated header rows on an empty page is kept whole.
        self.block_limit = frame_height - header_height - section_height - 4

    def _header(self) -> None:
        st, last = self.st, self.n - 1
        self.rows.append([Paragraph(L.HASIL_KERJA, st.bold)] + [""] * last)
        self.rows.append([Paragraph(text(self.label(c.key)), st.head) for c in self.columns])
        self.rows.append([Paragraph(f"({i})", st.head) for i in range(1, self.n + 1)])
        self.style += [("SPAN", (0, 0), (last, 0)), ("GRID", (0, 0), (-1, 2), LINE, GRID_COLOR),
                       ("BACKGROUND", (0, 1), (-1, 2), HEADER_FILL),
                       ("VALIGN", (0, 1), (-1, 1), "MIDDLE")]

    def label(self, key: str) -> str:
        return _header_label(key, self.doc)

    def section(self, title: str, rhk: tuple[RhkLine, ...]) -> None:
        st, last, start = self.st, self.n - 1, len(self.rows)
        self.blocks += [None] * (start + 1 - len(self.blocks))  # header rows, this section row
        self.rows.append([_section_row(Paragraph(text(title), st.bold))] + [""] * last)
        self.style += [("SPAN", (0, start), (last, start)),
                       ("GRID", (0, start), (-1, start), LINE, GRID_COLOR),
                       ("BACKGROUND", (0, start), (-1, start), SECTION_FILL)]
        if not rhk:
            row = len(self.rows)
            self.blocks.append(None)
            self.rows.append(["", Paragraph(L.BLANK, st.body)] + [""] * (last - 1))
            self.style += [("SPAN", (1, row), (last, row)), ("GRID", (0, row), (-1, row), LINE, GRID_COLOR),
                           ("NOSPLIT", (0, start), (-1, row))]
            return
        for i, line in enumerate(rhk):
            kept_whole = self._block(line)
            if i == 0 and kept_whole:
                self.style.append(("NOSPLIT", (0, start), (-1, len(self.rows) - 1)))

    def width_of(self, key: str) -> float:
        return next(w for c, w in zip(self.columns, self.widths) if c.key == key)

    def _lead_cell(self, key: str, line: RhkLine):
        st = self.st
        if key == "no":
            return Paragraph(str(line.number), st.body_center)
        if key == "intervened":
            return cell_paragraph(line.intervened, st.body, self.width_of(key))
        if key == "rhk":
            return cell_paragraph(line.text, st.body, self.width_of(key))
        if key == "perspektif":
            return cell_paragraph(line.perspective or L.BLANK, st.body, self.width_of(key))
        return self._rhk_list(line)

    def _rhk_list(self, line: RhkLine) -> list[Flowable]:
        """Kualitatif: the RHK, then its indicators (target narrated) as a bullet list."""
        st, jpt = self.st, self.doc.variant.is_jpt
        width = self.width_of("rhk_list")
        items = [cell_paragraph(line.text, st.body, width),
                 Paragraph(text(L.UKURAN_JPT if jpt else L.UKURAN_JA_JF), st.bold)]
        bullets = [i.text + (f" (Target: {i.target})" if i.target else "") for i in line.indicators]
        if jpt and line.perspective and line.perspective != L.BLANK:
            bullets.append(f"Perspektif: {line.perspective}")
        for bullet in bullets or [L.BLANK]:
            items.append(cell_paragraph(bullet, st.bullet, width, bulletText="•"))
        return items

    def _indicator_cell(self, key: str, indicator):
        if indicator is None:
            return ""
        value = {"aspek": indicator.aspect, "iki": indicator.text, "target": indicator.target}[key]
        return cell_paragraph(value or L.BLANK, self.st.body, self.width_of(key))

    def _block(self, line: RhkLine) -> bool:
        """Add one RHK; True when it is kept whole (spanned), False when drawn splittable."""
        per_indicator = [i for i, c in enumerate(self.columns) if c.per_indicator]
        indicators = list(line.indicators) if per_indicator else []
        count = max(1, len(indicators))
        start = len(self.rows)
        block = [[""] * self.n for _ in range(count)]
        lead_heights = []
        for col, column in enumerate(self.columns):
            if column.per_indicator:
                for r in range(count):
                    block[r][col] = self._indicator_cell(column.key, indicators[r] if indicators else None)
            else:
                block[0][col] = self._lead_cell(column.key, line)
                lead_heights.append(cell_height(block[0][col], self.widths[col]))
        row_heights = [max([cell_height(block[r][c], self.widths[c]) for c in per_indicator
                            if block[r][c] != ""] or [0]) for r in range(count)]
        height = max(sum(row_heights), max(lead_heights))
        self.rows += block
        owner = _Block(line.number)
        self.blocks += [owner] * count
        end = start + count - 1
        whole = height <= self.block_limit
        if whole:
            self.style.append(("GRID", (0, start), (-1, end), LINE, GRID_COLOR))
            if count > 1:
                self.style += [("SPAN", (c, start), (c, end)) for c, column in enumerate(self.columns)
                               if not column.per_indicator]
        else:
            for c, column in enumerate(self.columns):
                if column.per_indicator:
                    self.style.append(("GRID", (c, start), (c, end), LINE, GRID_COLOR))
                else:
                    self.style.append(("BOX", (c, start), (c, end), LINE, GRID_COLOR))
        return whole

    def table(self) -> Table:
        table = PagedTable(self.rows, colWidths=self.widths, repeatRows=self.HEADER_ROWS,
                           splitInRow=1)
        table.setStyle(self.style)
        table.row_blocks = self.blocks + [None] * (len(self.rows) - len(self.blocks))
        table.continued_cells = {c: self._continued_cell(column.key)
                                 for c, column in enumerate(self.columns)
                                 if not column.per_indicator}
        return table

    def _continued_cell(self, key: str):
        """The cell of an RHK's column on the page it continues on: its number under NO,
        "(lanjutan)" in the RHK columns left empty there."""
        st = self.st
        if key == "no":
            return lambda number: Paragraph(str(number), st.body_center)
        return lambda number: Paragraph(L.CONTINUED, st.body)


def hasil_kerja_table(doc: SkpDocument, st: Styles, width: float, frame_height: float) -> Table:
    builder = _HasilKerja(doc, st, width, frame_height)
    for section in doc.hasil_kerja:
        builder.section(section.title, section.rows)
    return builder.table()


# --- PERILAKU KERJA
def perilaku_table(doc: SkpDocument, st: Styles, width: float, frame_height: float) -> Table:
    rows: list[list] = [
        [Paragraph(L.PERILAKU_KERJA, st.bold), "", ""],
        [Paragraph(L.NO, st.head), Paragraph(L.PERILAKU_KERJA, st.head),
         Paragraph(L.EKSPEKTASI_KHUSUS_PIMPINAN, st.head)],
    ]
    for line in doc.perilaku:
        value = [Paragraph(text(line.name), st.bold)]
        value += [Paragraph(text(g), st.bullet, bulletText="•") for g in line.guides]
        rows.append([Paragraph(str(line.number), st.body_center), value,
                     cell_paragraph(line.expectation or L.BLANK, st.body, width * 0.38)])
    widths = [width * f for f in (0.05, 0.57, 0.38)]
    table = PagedTable(rows, colWidths=widths, repeatRows=2, splitInRow=1)
    style = [*cell_padding(), GRID, ("SPAN", (0, 0), (-1, 0)),
             ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL), ("VALIGN", (0, 1), (-1, 1), "MIDDLE")]
    if len(rows) > 2 and max(cell_height(c, w) for c, w in zip(rows[2], widths)) < frame_height / 2:
        style.append(("NOSPLIT", (0, 0), (-1, 2)))  # no header rows alone at the end of a page
    table.setStyle(style)
    return table


# --- LAMPIRAN
def lampiran_table(doc: SkpDocument, st: Styles, width: float, frame_height: float) -> Table:
    widths = [width * 0.06, width * 0.94]
    rows: list[list] = []
    style: list[tuple] = [*cell_padding(), GRID]
    for section in doc.lampiran:
        start = len(rows)
        rows.append([_section_row(Paragraph(text(section.title), st.bold)), ""])
        style += [("SPAN", (0, start), (1, start)), ("BACKGROUND", (0, start), (-1, start), SECTION_FILL)]
        items = section.items or (L.BLANK,)
        for number, item in enumerate(items, start=1):
            label = f"{number}." if section.items else ""
            rows.append([Paragraph(label, st.body_center), cell_paragraph(item, st.body, widths[1])])
        if cell_height(rows[start + 1][1], widths[1]) < frame_height / 2:
            style.append(("NOSPLIT", (0, start), (-1, start + 1)))  # no heading alone at a page end
    table = PagedTable(rows, colWidths=widths, splitInRow=1)
    table.setStyle(style)
    return table


# --- signatures
class KeptWithLastRows(Flowable):
    """A table and what ends it (the signatures): the ending never stands alone at the top of a
    page (issue 13). When both do not fit where they are, the table is split so that its last
    row (the last RHK block, a whole perilaku row…) goes to the next page with the ending, under
    the repeated header rows. Only when the two cannot share even an empty page do they part."""

    def __init__(self, table: Table, ending: list[Flowable], frame_height: float) -> None:
        super().__init__()
        self.table, self.ending, self.frame_height = table, ending, frame_height
        self._sizes: tuple[float, list[float]] = (0.0, [])

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab API)
        table_height = self.table.wrap(availWidth, availHeight)[1]
        heights = [f.wrap(availWidth, availHeight)[1] for f in self.ending]
        self._sizes = (table_height, heights)
        self.width = availWidth
        return availWidth, table_height + sum(heights)

    def draw(self) -> None:
        table_height, heights = self._sizes
        y = sum(heights)
        self.table.drawOn(self.canv, 0, y)
        for flowable, height in zip(self.ending, heights):
            y -= height
            flowable.drawOn(self.canv, 0, y)

    def split(self, availWidth, availHeight):  # noqa: N803 (ReportLab API)
        table_height, heights = self.wrap(availWidth, availHeight)[1] and self._sizes
        ending = sum(heights)
        if table_height <= availHeight:
            # The table fits but not its ending: leave its last row(s) for the next page.
            rows = self.table._rowHeights
            parts = self.table.split(availWidth, table_height - rows[-1] - 0.01) if rows else []
        else:
            parts = self.table.split(availWidth, availHeight)
        if len(parts) < 2:
            if table_height > availHeight or table_height + ending <= self.frame_height:
                return []  # all of it to the next page (it fits there, or the table splits)
            # The table fits here with nothing to leave for later, and both never share a
            # page: then only the ending moves on.
            return [self.table, *self.ending]
        return [*parts[:-1], KeptWithLastRows(parts[-1], self.ending, self.frame_height)]


def signature_block(doc: SkpDocument, st: Styles, width: float) -> KeepTogether:
    """Left "Pegawai yang Dinilai,", right "<place>, <date>" / "Pejabat Penilai Kinerja,": never split."""
    return KeepTogether(signature_flowables(doc, st, width))


def ended_by_signatures(table: Table, doc: SkpDocument, st: Styles, width: float,
                        frame_height: float) -> KeptWithLastRows:
    """`table` followed by the signature block, which keeps the table's last row(s) with it."""
    return KeptWithLastRows(table, signature_flowables(doc, st, width), frame_height)


def signature_flowables(doc: SkpDocument, st: Styles, width: float) -> list[Flowable]:
    peg, pen = doc.pegawai, doc.penilai_or_blank
    pen_name = pen.name if doc.penilai else L.DOTS  # left for a handwritten name
    rows = [
        ["", Paragraph(text(doc.place_date), st.sign)],
        [Paragraph(L.SIGN_PEGAWAI, st.sign), Paragraph(L.SIGN_PENILAI, st.sign)],
        ["", ""],
        [Paragraph(f"<u>{text(peg.name)}</u>", st.sign), Paragraph(f"<u>{text(pen_name)}</u>", st.sign)],
        [Paragraph(text(peg.signature_id), st.sign), Paragraph(text(pen.signature_id), st.sign)],
    ]
    table = Table(rows, colWidths=[width / 2, width / 2], rowHeights=[None, None, 20 * mm, None, None])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("NOSPLIT", (0, 0), (-1, -1))])
    return [Spacer(1, 6 * mm), table]
