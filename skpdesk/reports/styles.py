"""Page geometry, paragraph styles and cell helpers shared by the printed forms."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, REGULAR, register_fonts

MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 17 * mm  # the footer sits in here
FOOTER_Y = 9 * mm
PAD_X = 3
PAD_Y = 2.5
LINE = 0.5
GRID_COLOR = colors.black
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
SECTION_FILL = colors.Color(0.96, 0.96, 0.96)


@dataclass(frozen=True)
class Page:
    size: tuple[float, float]

    @property
    def frame_width(self) -> float:
        return self.size[0] - 2 * MARGIN_X

    @property
    def frame_height(self) -> float:
        return self.size[1] - MARGIN_TOP - MARGIN_BOTTOM


def page(is_landscape: bool = False) -> Page:
    return Page(landscape(A4) if is_landscape else A4)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    subtitle_right: ParagraphStyle
    body: ParagraphStyle
    body_center: ParagraphStyle
    body_right: ParagraphStyle
    bold: ParagraphStyle
    bold_center: ParagraphStyle
    head: ParagraphStyle  # column header cells
    bullet: ParagraphStyle
    sign: ParagraphStyle  # signature block, centred
    footer_size: float


def _style(name: str, *, font: str = REGULAR, size: float = 8, leading: float = 10,
           align=TA_LEFT, **extra) -> ParagraphStyle:
    # splitLongWords only breaks a single word wider than its cell (e.g. a long URL): normal
    # words always wrap whole (no hyphenation), and nothing ever runs past a cell's edge.
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, alignment=align,
                          splitLongWords=1, allowWidows=1, allowOrphans=1, **extra)


def make_styles() -> Styles:
    register_fonts()
    return Styles(
        title=_style("skp-title", font=BOLD, size=11, leading=14, align=TA_CENTER),
        subtitle=_style("skp-subtitle", font=BOLD, size=8.5, leading=11),
        subtitle_right=_style("skp-subtitle-r", font=BOLD, size=8.5, leading=11, align=TA_RIGHT),
        body=_style("skp-body"),
        body_center=_style("skp-body-c", align=TA_CENTER),
        body_right=_style("skp-body-r", align=TA_RIGHT),
        bold=_style("skp-bold", font=BOLD),
        bold_center=_style("skp-bold-c", font=BOLD, align=TA_CENTER),
        head=_style("skp-head", font=BOLD, size=7.5, leading=9, align=TA_CENTER),
        bullet=_style("skp-bullet", leftIndent=9, bulletIndent=0, bulletFontName=REGULAR,
                      bulletFontSize=8),
        sign=_style("skp-sign", size=9, leading=11.5, align=TA_CENTER),
        footer_size=7,
    )


def text(value: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(value or "").replace("\r\n", "\n").replace("\n", "<br/>")


def cell_padding() -> list[tuple]:
    return [("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def cell_height(content, width: float) -> float:
    """Height of a cell's content (a flowable or a list of them) at a column width, with padding."""
    items = content if isinstance(content, (list, tuple)) else [content]
    inner = width - 2 * PAD_X
    total = 0.0
    for item in items:
        if item is None or isinstance(item, str):
            total += 10
            continue
        total += item.wrap(inner, 1e6)[1] + item.getSpaceBefore() + item.getSpaceAfter()
    return total + 2 * PAD_Y
