"""Page geometry, paragraph styles and cell helpers shared by the printed forms."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame

from .fonts import BOLD, REGULAR, register_fonts

# Page streams compressed but not ASCII85-armoured on top: files about a fifth smaller, and
# ReportLab's pure-Python ASCII85 encoder was ~3% of the time of a printed page. Every reader
# (pypdf, pdfium, pyHanko, viewers) takes binary streams; only ReportLab is affected.
rl_config.useA85 = 0

# Issue 13: at least 20 mm on the left for binding in personnel files (the forms are punched
# and filed on the left edge); the right margin gives that width back.
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 10 * mm  # with MARGIN_LEFT: the frame keeps its 180 mm width of before
MARGIN_TOP = 14 * mm  # the name/NIP line of continuation pages sits in here (`page_marks`)
# The footer sits in the bottom margin: the QR code (QR_SIZE square with its quiet zone,
# QR_BOTTOM above the paper's edge, clear of most printers' unprintable strip) at the right,
# the rule and the footer text at its left. The body ends above the QR code's quiet zone.
QR_SIZE = 20 * mm
QR_BOTTOM = 5 * mm
MARGIN_BOTTOM = QR_BOTTOM + QR_SIZE + 3 * mm
FOOTER_RULE_Y = QR_BOTTOM + QR_SIZE - 0.5 * mm
FOOTER_Y = FOOTER_RULE_Y - 3.5 * mm  # baseline of the footer text
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
        return self.size[0] - MARGIN_LEFT - MARGIN_RIGHT

    @property
    def frame_height(self) -> float:
        return self.size[1] - MARGIN_TOP - MARGIN_BOTTOM

    def frame(self) -> Frame:
        """The body frame every form lays its story into (the margins above)."""
        return Frame(MARGIN_LEFT, MARGIN_BOTTOM, self.frame_width, self.frame_height,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")

    def margins(self) -> dict[str, float]:
        """The margins as `BaseDocTemplate` takes them."""
        return {"leftMargin": MARGIN_LEFT, "rightMargin": MARGIN_RIGHT, "topMargin": MARGIN_TOP,
                "bottomMargin": MARGIN_BOTTOM}


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
