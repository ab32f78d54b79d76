"""The geometry of the distribution chart, shared by the window (QPainter) and the PDF
(ReportLab) so both draw the same shape from one `DistributionChart` (SKP-REFERENCE §3.3).

- X axis: the five predikat in `PREDIKAT_AXIS` order (Sangat Kurang first, as the form's
  "Sangat Kurang | Kurang/ Misconduct | Butuh Perbaikan | Baik | Sangat Baik").
- Bars: the actual share of the rated pegawai per predikat (count / total).
- Curve: the stylised curve of the organisation predikat (`template_curve`), scaled so its
  heights sum to 1 like the shares: the curve then reads as "the share the pattern expects"
  and bars and curve are comparable on one axis.
- Y axis: shares, from 0 to the next 10 % above the highest bar or curve point ("Frekuensi
  Pegawai"); each bar is labelled with its count so small teams read as people, not percent.

Pure arithmetic (stdlib only): the two painters map these unit coordinates to their own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from .evaluation import PREDIKAT_AXIS, OrgPredikat

Y_TITLE = "Frekuensi Pegawai"          # the form's axis labels (§3.3), printed as written
X_TITLE = "Predikat Kinerja Pegawai"
AXIS_LABELS = tuple(p.label for p in PREDIKAT_AXIS)
TITLE_PREFIX = "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI"

Point = tuple[float, float]
Segment = tuple[Point, Point, Point]  # control 1, control 2, end (a cubic Bézier from the last end)


def chart_title(org: OrgPredikat | None) -> str:
    """The form's heading of the curve: "... CAPAIAN KINERJA ORGANISASI BAIK"."""
    return f"{TITLE_PREFIX} {org.label.upper()}" if org is not None else TITLE_PREFIX


@dataclass(frozen=True)
class PlotScale:
    """What both painters need, in shares (0..1) over `PREDIKAT_AXIS`."""

    counts: tuple[int, ...]
    shares: tuple[float, ...]
    curve: tuple[float, ...]   # () when there is no organisation predikat (no pattern)
    top: float                 # the Y axis top: a multiple of the tick step, 0.1 .. 1
    ticks: tuple[float, ...]   # 0 .. top in steps of 0.1 (top <= 0.5) or 0.2

    @property
    def has_curve(self) -> bool:
        return bool(self.curve)


def plot_scale(chart) -> PlotScale:
    """The scale of a `DistributionChart` (duck-typed: `counts`, `total`, `curve`, `org`)."""
    counts = tuple(int(c) for c in chart.counts)
    total = chart.total or sum(counts)
    shares = tuple(c / total if total else 0.0 for c in counts)
    raw = tuple(max(0.0, float(h)) for h in (chart.curve or ()))
    curve_sum = sum(raw)
    curve = tuple(h / curve_sum for h in raw) if chart.org is not None and curve_sum > 0 else ()
    highest = max((*shares, *curve, 0.0))
    step = 0.1 if highest <= 0.5 else 0.2
    steps = max(1, math.ceil(round(highest / step, 6)))
    top = min(1.0, round(steps * step, 6))
    ticks = tuple(round(i * step, 6) for i in range(int(round(top / step)) + 1))
    return PlotScale(counts, shares, curve, top, ticks)


def empty_scale() -> PlotScale:
    """Axes without data (nothing chosen yet): 0..50 %."""
    return PlotScale((0,) * len(PREDIKAT_AXIS), (0.0,) * len(PREDIKAT_AXIS), (), 0.5,
                     (0.0, 0.1, 0.2, 0.3, 0.4, 0.5))


def smooth_segments(points: Sequence[Point]) -> list[Segment]:
    """A smooth line through `points` (Catmull-Rom as cubic Béziers): one segment per gap,
    starting at points[0]. Affine-invariant, so it works in any painter's coordinates."""
    pts = list(points)
    segments: list[Segment] = []
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((c1, c2, p2))
    return segments


def share_text(share: float) -> str:
    """"30%" (whole percent; the counts carry the exact number)."""
    return f"{round(share * 100):d}%"
