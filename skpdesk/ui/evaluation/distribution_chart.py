"""The distribution chart of the team view: bars of the actual predikat shares and the smooth
stylised curve of the organisation predikat (SKP-REFERENCE §3.3), painted with QPainter (no
QtCharts dependency). The PDF draws the same shape (`reports.distribution_chart`): both take
their geometry from `domain.distribution_plot`.

The axis titles and the five predikat are the form's printed words and stay Indonesian in the
English window too (they are official terms); the legend and the empty text are translated.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from skpdesk.domain import distribution_plot as plot

from ..i18n import arg

BAR_COLOUR = QColor("#7fa7d6")
BAR_EDGE = QColor("#1f5fa8")
CURVE_COLOUR = QColor("#c0392b")
AXIS_COLOUR = QColor("#404040")
GRID_COLOUR = QColor("#dddddd")


class DistributionChartWidget(QWidget):
    """Paints one `DistributionChart` (`set_chart`); None shows an empty frame with a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionChart")
        self._chart = None
        self._scale: plot.PlotScale | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)

    # --- data

    def set_chart(self, chart) -> None:
        self._chart = chart
        self._scale = plot.plot_scale(chart) if chart is not None else None
        self.setToolTip(self._tooltip())
        self.update()

    def chart(self):
        return self._chart

    def scale(self) -> plot.PlotScale | None:
        return self._scale

    def _tooltip(self) -> str:
        if self._scale is None:
            return ""
        parts = [f"{label}: {count}" for label, count in zip(plot.AXIS_LABELS, self._scale.counts)]
        return "\n".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    # --- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            self._paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.height()
        text_pen = QPen(self.palette().text().color())
        # room: Y title + tick labels at the left, two lines of predikat + X title below, the
        # legend on top
        left = area.left() + line * 1.4 + metrics.horizontalAdvance("100%") + 8
        right = area.right() - 10
        top = area.top() + line * 2.6  # the legend, and the count above a full bar
        bottom = area.bottom() - line * 3.6
        if right - left < 40 or bottom - top < 30:
            return
        box = QRectF(QPointF(left, top), QPointF(right, bottom))
        scale = self._scale or plot.empty_scale()

        def y_of(share: float) -> float:
            return box.bottom() - share / scale.top * box.height()

        # grid and Y ticks
        painter.setFont(font)
        for tick in scale.ticks:
            y = y_of(tick)
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            painter.setPen(text_pen)
            label = plot.share_text(tick)
            painter.drawText(QRectF(box.left() - 4 - metrics.horizontalAdvance(label) - 2,
                                    y - line / 2, metrics.horizontalAdvance(label) + 2, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        # axes
        painter.setPen(QPen(AXIS_COLOUR, 1.2))
        painter.drawLine(box.bottomLeft(), box.bottomRight())
        painter.drawLine(box.bottomLeft(), box.topLeft())
        slot = box.width() / len(plot.AXIS_LABELS)
        centres = [box.left() + slot * (i + 0.5) for i in range(len(plot.AXIS_LABELS))]
        # bars with their counts
        for centre, share, count in zip(centres, scale.shares, scale.counts):
            bar = QRectF(centre - slot * 0.3, y_of(share), slot * 0.6, box.bottom() - y_of(share))
            if count:
                painter.setPen(QPen(BAR_EDGE, 1))
                painter.setBrush(BAR_COLOUR)
                painter.drawRect(bar)
            painter.setPen(text_pen)
            if self._scale is not None:
                painter.drawText(QRectF(centre - slot / 2, bar.top() - line - 1, slot, line),
                                 Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # the pattern's curve, clipped to the plot box (the smoothing may overshoot a little)
        if scale.has_curve:
            points = [(x, y_of(h)) for x, h in zip(centres, scale.curve)]
            path = QPainterPath(QPointF(*points[0]))
            for c1, c2, end in plot.smooth_segments(points):
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            painter.save()
            painter.setClipRect(box.adjusted(0, -2, 0, 0))
            painter.setPen(QPen(CURVE_COLOUR, 2.2))
            painter.drawPath(path)
            painter.restore()
        # X labels (wrapped on two lines), X title, Y title
        painter.setPen(text_pen)
        for centre, label in zip(centres, plot.AXIS_LABELS):
            painter.drawText(QRectF(centre - slot / 2, box.bottom() + 3, slot, line * 2.2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, label.replace("/", "/ "))
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(box.left(), box.bottom() + line * 2.3, box.width(), line * 1.2),
                         Qt.AlignmentFlag.AlignCenter, plot.X_TITLE)
        painter.save()
        painter.translate(area.left() + line * 0.2, box.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-box.height() / 2, 0, box.height(), line * 1.2),
                         Qt.AlignmentFlag.AlignCenter, plot.Y_TITLE)
        painter.restore()
        painter.setFont(font)
        self._paint_legend(painter, QRectF(box.left(), area.top() + 2, box.width(), line))
        if self._scale is None or not sum(self._scale.counts):
            painter.setPen(text_pen)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No predikat given yet in this period."))

    def _paint_legend(self, painter: QPainter, row: QRectF) -> None:
        metrics = QFontMetricsF(painter.font())
        x = row.left()
        mid = row.center().y()
        painter.setPen(QPen(BAR_EDGE, 1))
        painter.setBrush(BAR_COLOUR)
        painter.drawRect(QRectF(x, mid - 5, 14, 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().text().color()))
        actual = self.tr("Actual share")
        painter.drawText(QPointF(x + 18, mid + metrics.ascent() / 2 - 1), actual)
        x += 18 + metrics.horizontalAdvance(actual) + 16
        org = getattr(self._chart, "org", None)
        if org is None:
            text = self.tr("No organisation predikat: no pattern curve")
        else:
            text = arg(self.tr("Pattern curve: organisation %1"), org.label)
            painter.setPen(QPen(CURVE_COLOUR, 2.2))
            painter.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
            x += 22
        painter.setPen(QPen(self.palette().text().color()))
        painter.drawText(QPointF(x, mid + metrics.ascent() / 2 - 1), text)
