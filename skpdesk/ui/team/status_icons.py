"""SKP state icons that stay readable in greyscale: each state has its own shape (not only its
own colour), and the text label is always shown beside it.

- Belum dibuat: a hollow circle (nothing there yet)
- Draft: a pencil stroke in an outlined square (being written)
- Dikembalikan: an arrow pointing left (sent back)
- Diajukan: a filled triangle pointing right (sent on, waits for the penilai)
- Disetujui: a check mark (done)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from skpdesk.domain.team import SkpState

_SIZE = 16
_COLOURS = {SkpState.BELUM_DIBUAT: "#6b6b6b", SkpState.DRAFT: "#1f5fa8",
            SkpState.DIKEMBALIKAN: "#b34700", SkpState.DIAJUKAN: "#8a6d00",
            SkpState.DISETUJUI: "#1e7a34", "conflict": "#c62828"}
_cache: dict[str, QIcon] = {}


def state_label(state: SkpState | str) -> str:
    """The translated name of a state (Indonesian by default, English in English mode)."""
    state = SkpState(state)
    if state is SkpState.BELUM_DIBUAT:
        return QCoreApplication.translate("SkpState", "Not yet created")
    if state is SkpState.DRAFT:
        return QCoreApplication.translate("SkpState", "Draft")
    if state is SkpState.DIKEMBALIKAN:
        return QCoreApplication.translate("SkpState", "Returned")
    if state is SkpState.DIAJUKAN:
        return QCoreApplication.translate("SkpState", "Submitted")
    return QCoreApplication.translate("SkpState", "Approved")


def _draw(key: str, painter: QPainter) -> None:
    colour = QColor(_COLOURS[key])
    pen = QPen(colour, 2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if key == SkpState.BELUM_DIBUAT:
        painter.drawEllipse(QRectF(3, 3, 10, 10))
    elif key == SkpState.DRAFT:
        painter.drawRect(QRectF(2.5, 2.5, 11, 11))
        painter.drawLine(QPointF(5, 11), QPointF(11, 5))
    elif key == SkpState.DIKEMBALIKAN:
        path = QPainterPath(QPointF(13, 8))
        path.lineTo(3, 8)
        path.moveTo(7, 4)
        path.lineTo(3, 8)
        path.lineTo(7, 12)
        painter.drawPath(path)
    elif key == SkpState.DIAJUKAN:
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(4, 2.5), QPointF(13.5, 8), QPointF(4, 13.5)]))
    elif key == SkpState.DISETUJUI:
        pen.setWidthF(2.5)
        painter.setPen(pen)
        path = QPainterPath(QPointF(2.5, 8.5))
        path.lineTo(6.5, 12.5)
        path.lineTo(13.5, 3.5)
        painter.drawPath(path)
    else:  # sync conflict: an exclamation mark in a triangle
        painter.drawPolygon(QPolygonF([QPointF(8, 2), QPointF(14.5, 14), QPointF(1.5, 14)]))
        painter.drawLine(QPointF(8, 6.5), QPointF(8, 9.5))
        painter.drawPoint(QPointF(8, 12))


def state_icon(state: SkpState | str) -> QIcon:
    key = SkpState(state) if state != "conflict" else "conflict"
    icon = _cache.get(key)
    if icon is None:
        pixmap = QPixmap(_SIZE, _SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(key, painter)
        painter.end()
        icon = _cache[key] = QIcon(pixmap)
    return icon


def state_image(state: SkpState | str):
    """The icon as a QImage (tests compare shapes in greyscale)."""
    return state_icon(state).pixmap(_SIZE, _SIZE).toImage()
