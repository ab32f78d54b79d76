"""The verification state of the bukti dukung of one grid cell, as an icon that stays readable
in greyscale (a shape per state, not only a colour) and a label:

- some ditolak: a cross (red): the pegawai has something to replace
- menunggu lampiran: a dotted circle (grey): a synced record whose file has not arrived yet
- menunggu verifikasi: a filled dot (amber)
- all diterima: a check mark (green)

A cell whose bukti are in several states shows the first of this list (what asks for action).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZE = 16


class CellState(str, Enum):
    NONE = "none"            # no bukti dukung
    DITOLAK = "ditolak"      # at least one rejected
    LAMPIRAN = "lampiran"    # at least one whose file has not arrived (menunggu lampiran)
    MENUNGGU = "menunggu"    # at least one waiting for verification
    DITERIMA = "diterima"    # every one accepted


_COLOURS = {CellState.DITOLAK: "#c62828", CellState.LAMPIRAN: "#6b6b6b",
            CellState.MENUNGGU: "#8a6d00", CellState.DITERIMA: "#1e7a34"}
_cache: dict[CellState, QIcon] = {}


def cell_state(cell) -> CellState:
    """The state a GridCell's counts add up to (NONE for None or no bukti)."""
    if cell is None or not cell.evidence_total:
        return CellState.NONE
    if cell.evidence_rejected:
        return CellState.DITOLAK
    if cell.files_missing:
        return CellState.LAMPIRAN
    if cell.evidence_waiting or cell.evidence_accepted < cell.evidence_total:
        return CellState.MENUNGGU
    return CellState.DITERIMA


def state_label(state: CellState) -> str:
    if state is CellState.DITOLAK:
        return QCoreApplication.translate("EvidenceState", "Some bukti rejected")
    if state is CellState.LAMPIRAN:
        return QCoreApplication.translate("EvidenceState", "Waiting for a file (menunggu lampiran)")
    if state is CellState.MENUNGGU:
        return QCoreApplication.translate("EvidenceState", "Waiting for verification")
    if state is CellState.DITERIMA:
        return QCoreApplication.translate("EvidenceState", "All bukti accepted")
    return ""


def _draw(state: CellState, painter: QPainter) -> None:
    colour = QColor(_COLOURS[state])
    pen = QPen(colour, 2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if state is CellState.DITERIMA:
        path = QPainterPath(QPointF(3, 8.5))
        path.lineTo(6.5, 12)
        path.lineTo(13, 4)
        painter.drawPath(path)
    elif state is CellState.DITOLAK:
        painter.drawLine(QPointF(4, 4), QPointF(12, 12))
        painter.drawLine(QPointF(12, 4), QPointF(4, 12))
    elif state is CellState.LAMPIRAN:
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawEllipse(QRectF(3, 3, 10, 10))
    else:
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(4, 4, 8, 8))


def state_icon(state: CellState) -> QIcon:
    """The icon of a state (drawn once, then cached)."""
    icon = _cache.get(state)
    if icon is None:
        pixmap = QPixmap(_SIZE, _SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(state, painter)
        painter.end()
        icon = _cache[state] = QIcon(pixmap)
    return icon
