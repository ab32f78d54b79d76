"""The distribution chart as a ReportLab Drawing (a Flowable): the same shape as the window's
`ui.evaluation.distribution_chart` (both take their geometry from `domain.distribution_plot`):
bars of the actual predikat shares with their counts, the smooth stylised curve of the
organisation predikat, Y "Frekuensi Pegawai", X "Predikat Kinerja Pegawai" with the five
predikat in the form's order (SKP-REFERENCE §3.3). Issue 13's evaluation forms reuse
`distribution_drawing` for their "POLA DISTRIBUSI" block; the EVALUASI KINERJA PEGAWAI form
draws the curve alone (`bars=False`): its curve is the pattern, not a count of the team.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from skpdesk.domain import distribution_plot as plot

from .fonts import BOLD, REGULAR, register_fonts

BAR_FILL = colors.HexColor("#7fa7d6")
BAR_EDGE = colors.HexColor("#1f5fa8")
CURVE = colors.HexColor("#c0392b")
GRID = colors.HexColor("#cccccc")
AXIS = colors.HexColor("#404040")
FONT_SIZE = 7.5
LEGEND_ACTUAL = "Sebaran aktual"
LEGEND_CURVE = "Kurva pola capaian kinerja organisasi {org}"
LEGEND_NO_CURVE = "Capaian kinerja organisasi belum ditetapkan: tanpa kurva pola"


def _wrap(label: str, width: float, size: float) -> list[str]:
    """Split an axis label in at most two lines that fit `width` (at "/" or a space)."""
    if stringWidth(label, REGULAR, size) <= width:
        return [label]
    for sep in ("/", " "):
        if sep in label:
            head, _, tail = label.partition(sep)
            return [head + (sep if sep == "/" else ""), tail.strip()]
    return [label]


def distribution_drawing(chart, width: float, height: float, *, bars: bool = True) -> Drawing:
    """A Drawing of `width` × `height` points for a `DistributionChart` (None: empty axes);
    `bars=False` leaves out the bars, their counts and their legend entry (the curve alone)."""
    register_fonts()
    size = FONT_SIZE
    line = size * 1.25
    drawing = Drawing(width, height)
    scale = plot.plot_scale(chart) if chart is not None else plot.empty_scale()
    left = line * 1.6 + stringWidth("100%", REGULAR, size) + 6
    right = width - 6
    bottom = line * 3.4
    top = height - line * 2.8  # room for the legend and the count above a full bar
    box_w, box_h = right - left, top - bottom

    def y_of(share: float) -> float:
        return bottom + share / scale.top * box_h

    for tick in scale.ticks:
        y = y_of(tick)
        drawing.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(left - 4, y - size / 3, plot.share_text(tick), fontName=REGULAR,
                           fontSize=size, textAnchor="end"))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=AXIS, strokeWidth=0.8))
    drawing.add(Line(left, bottom, left, top, strokeColor=AXIS, strokeWidth=0.8))
    slot = box_w / len(plot.AXIS_LABELS)
    centres = [left + slot * (i + 0.5) for i in range(len(plot.AXIS_LABELS))]
    for centre, share, count in zip(centres, scale.shares, scale.counts):
        if count and bars:
            drawing.add(Rect(centre - slot * 0.3, bottom, slot * 0.6, y_of(share) - bottom,
                             fillColor=BAR_FILL, strokeColor=BAR_EDGE, strokeWidth=0.6))
        if chart is not None and bars:
            drawing.add(String(centre, y_of(share) + 2.5, str(count), fontName=REGULAR,
                               fontSize=size, textAnchor="middle"))
    if scale.has_curve:
        points = [(x, y_of(h)) for x, h in zip(centres, scale.curve)]
        path = Path(strokeColor=CURVE, strokeWidth=1.6, fillColor=None)
        path.moveTo(*points[0])
        for c1, c2, end in plot.smooth_segments(points):
            path.curveTo(c1[0], c1[1], c2[0], c2[1], end[0], end[1])
        drawing.add(path)
    for centre, label in zip(centres, plot.AXIS_LABELS):
        for i, part in enumerate(_wrap(label, slot - 2, size)):
            drawing.add(String(centre, bottom - line * (i + 1), part, fontName=REGULAR,
                               fontSize=size, textAnchor="middle"))
    drawing.add(String(left + box_w / 2, bottom - line * 3.1, plot.X_TITLE, fontName=BOLD,
                       fontSize=size, textAnchor="middle"))
    y_title = Group(String(0, 0, plot.Y_TITLE, fontName=BOLD, fontSize=size,
                           textAnchor="middle"))
    y_title.transform = (0, 1, -1, 0, line * 0.9, bottom + box_h / 2)  # rotated 90°
    drawing.add(y_title)
    _legend(drawing, chart, left, height - line * 1.1, size, bars)
    return drawing


def _legend(drawing: Drawing, chart, x: float, y: float, size: float, bars: bool) -> None:
    if bars:
        drawing.add(Rect(x, y - 1, 12, 7, fillColor=BAR_FILL, strokeColor=BAR_EDGE,
                         strokeWidth=0.6))
        drawing.add(String(x + 15, y, LEGEND_ACTUAL, fontName=REGULAR, fontSize=size))
        x += 15 + stringWidth(LEGEND_ACTUAL, REGULAR, size) + 14
    org = getattr(chart, "org", None)
    if org is None:
        drawing.add(String(x, y, LEGEND_NO_CURVE, fontName=REGULAR, fontSize=size))
        return
    drawing.add(Line(x, y + 2.5, x + 16, y + 2.5, strokeColor=CURVE, strokeWidth=1.6))
    drawing.add(String(x + 20, y, LEGEND_CURVE.format(org=org.label), fontName=REGULAR,
                       fontSize=size))
