"""The distribution chart's geometry (`domain.distribution_plot`), the ReportLab drawing and
the one-page sheet (`reports.distribution_pdf`) from a real DistributionService check: text
extracted with pypdf, the chart box rendered with pypdfium2 to see that bars and curve are
drawn, the atomic write."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pypdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from skpdesk.domain import distribution_plot as plot
from skpdesk.domain.distribution import distribution_chart, template_curve
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import ORG_PREDIKAT_ORDER, PREDIKAT_AXIS, OrgPredikat, Predikat as P
from skpdesk.reports.distribution_chart import BAR_FILL, CURVE, distribution_drawing
from skpdesk.reports.distribution_pdf import CHART_HEIGHT, file_name, render_distribution

from .helpers_team_eval import MAY, TW1, rated_team


# --- geometry

@pytest.mark.parametrize("org", ORG_PREDIKAT_ORDER)
def test_the_curve_is_scaled_to_shares_and_peaks_on_the_dominant_predikat(org):
    chart = distribution_chart(org, {P.BAIK: 3})
    scale = plot.plot_scale(chart)
    assert math.isclose(sum(scale.curve), 1.0)
    raw = template_curve(org)
    assert scale.curve.index(max(scale.curve)) == raw.index(max(raw))
    assert scale.top >= max(*scale.shares, *scale.curve) and scale.top <= 1.0
    assert scale.ticks[0] == 0 and math.isclose(scale.ticks[-1], scale.top)


@pytest.mark.parametrize("counts, top", [((0, 0, 0, 5, 2), 0.8), ((0, 0, 0, 0, 1), 1.0),
                                         ((1, 1, 1, 1, 1), 0.5), ((0, 0, 0, 0, 0), 0.5)])
def test_the_axis_top_is_the_next_step_above_the_highest_point(counts, top):
    chart = SimpleNamespace(counts=counts, total=sum(counts), org=OrgPredikat.BAIK,
                            curve=template_curve(OrgPredikat.BAIK))
    scale = plot.plot_scale(chart)
    assert math.isclose(scale.top, top)
    assert scale.shares == tuple(c / sum(counts) if sum(counts) else 0.0 for c in counts)


def test_no_org_predikat_means_no_curve():
    scale = plot.plot_scale(distribution_chart(None, {P.BAIK: 2}))
    assert scale.curve == () and not scale.has_curve


def test_the_smooth_line_passes_through_every_point():
    points = [(0, 0), (1, 3), (2, 1), (3, 4), (4, 0)]
    segments = plot.smooth_segments(points)
    assert len(segments) == 4 and [s[2] for s in segments] == points[1:]


def test_axis_labels_and_title_are_the_forms():
    assert plot.AXIS_LABELS == ("Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik",
                                "Sangat Baik")
    assert plot.chart_title(OrgPredikat.BUTUH_PERBAIKAN) == (
        "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI "
        "BUTUH PERBAIKAN")


def test_the_drawing_has_the_bars_and_the_curve():
    drawing = distribution_drawing(distribution_chart(OrgPredikat.BAIK, {P.BAIK: 2, P.KURANG: 1}),
                                   400, 200)
    shapes = drawing.contents
    bars = [s for s in shapes if getattr(s, "fillColor", None) == BAR_FILL and
            type(s).__name__ == "Rect" and s.width > 20]
    assert len(bars) == 2
    assert any(type(s).__name__ == "Path" and s.strokeColor == CURVE for s in shapes)
    texts = [getattr(s, "text", "") for s in shapes]
    assert "Frekuensi Pegawai" in str([g.contents[0].text for g in shapes
                                       if type(g).__name__ == "Group"])
    assert "Predikat Kinerja Pegawai" in texts and "Sangat Kurang" in texts


def test_the_curve_alone_without_bars_counts_or_their_legend():
    """The EVALUASI KINERJA PEGAWAI form draws the pattern only (issue 13)."""
    drawing = distribution_drawing(distribution_chart(OrgPredikat.BAIK, {P.BAIK: 2}), 400, 200,
                                   bars=False)
    shapes = drawing.contents
    assert not [s for s in shapes if type(s).__name__ == "Rect"]
    assert any(type(s).__name__ == "Path" and s.strokeColor == CURVE for s in shapes)
    texts = [getattr(s, "text", "") for s in shapes]
    assert "Sebaran aktual" not in texts and "2" not in texts
    assert "Sangat Baik" in texts


def test_the_drawing_starts_in_the_embedded_font():
    """Rendered, a Drawing sets its initial font first: the standard Helvetica unless told,
    which the PDF then references unembedded (issue 13: found on the evaluation form)."""
    drawing = distribution_drawing(None, 300, 150)
    assert drawing.initialFontName == "DejaVuSans"


# --- the sheet from a real check

def pixels_in(path, box_top_mm: float, box_height_mm: float):
    """Non-white pixels of page 1 in a horizontal band (mm from the top) and the coloured ones."""
    page = pdfium.PdfDocument(str(path))[0]
    scale = 2
    image = page.render(scale=scale).to_pil().convert("RGB")
    px_per_mm = 72 / 25.4 * scale
    top, bottom = int(box_top_mm * px_per_mm), int((box_top_mm + box_height_mm) * px_per_mm)
    non_white = coloured = 0
    for y in range(top, bottom, 2):
        for x in range(0, image.width, 2):
            r, g, b = image.getpixel((x, y))
            if r + g + b < 720:
                non_white += 1
            if abs(r - g) > 40 or abs(g - b) > 40:
                coloured += 1
    return non_white, coloured


def test_the_sheet_of_an_unbalanced_team(services, tmp_path):
    t = rated_team(services, [P.BAIK, P.BAIK, P.BAIK, None])
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1, today=MAY)
    out = tmp_path / file_name(result)
    assert out.name.startswith("DistribusiPredikat_") and out.name.endswith("_2026-TW1.pdf")
    assert render_distribution(result, out, instansi="Dinas Kominfo", printed_on=MAY) == 1
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for words in ("DISTRIBUSI PREDIKAT KINERJA PEGAWAI", "DINAS KOMINFO", "Triwulan I 2026",
                  "CAPAIAN KINERJA ORGANISASI", "BAIK (ditetapkan Bambang Sutrisno",
                  "POLA DISTRIBUSI: KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN "
                  "KINERJA ORGANISASI BAIK", "Frekuensi Pegawai", "Predikat Kinerja Pegawai",
                  "Kurang/Misconduct", "Jumlah pegawai yang dinilai 3", "Belum dinilai 1",
                  '"harus ada" pegawai Butuh Perbaikan dan/atau Kurang/Misconduct',
                  "0 dari 3 pegawai", "Dicetak 2 Mei 2026", "Halaman 1 dari 1"):
        assert words in text, words
    # the chart box (below the headings): bars and the red curve drawn there
    non_white, coloured = pixels_in(out, 50, CHART_HEIGHT / mm)
    assert non_white > 2000 and coloured > 500


def test_the_sheet_embeds_every_font(services, tmp_path):
    t = rated_team(services, [P.BAIK, P.KURANG])
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1, today=MAY)
    out = tmp_path / "d.pdf"
    render_distribution(result, out, printed_on=MAY)
    fonts = {}
    for font in pypdf.PdfReader(str(out)).pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                      if "/DescendantFonts" in font else font.get("/FontDescriptor"))
        fonts[font["/BaseFont"]] = descriptor.get_object() if descriptor else None
    assert fonts and all("DejaVuSans" in name for name in fonts), sorted(fonts)
    assert all(d is not None and "/FontFile2" in d for d in fonts.values())


def test_a_sheet_without_org_predikat_says_so(services, tmp_path):
    t = rated_team(services, [P.BAIK, P.SANGAT_BAIK], org=None)
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1)
    out = tmp_path / "d.pdf"
    render_distribution(result, out, printed_on=MAY)
    text = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    assert "BELUM DITETAPKAN" in text and "tidak dapat diperiksa" in text
    assert "KETENTUAN POLA" not in text


def test_a_failed_write_leaves_the_old_file_and_names_the_path(services, tmp_path):
    t = rated_team(services, [P.BAIK], org=OrgPredikat.BAIK)
    result = services.distribution.check(supervisor_id=t["kabid"].id, period=TW1)
    with pytest.raises(DomainError) as caught:
        render_distribution(result, tmp_path / "missing" / "d.pdf")
    assert caught.value.code is ErrorCode.FILE_UNWRITABLE
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "d.pdf"
    out.write_bytes(b"old")

    class Broken:
        def __getattr__(self, name):
            return getattr(result, name)

        @property
        def chart(self):
            raise RuntimeError("broken while rendering")

    with pytest.raises(RuntimeError):
        render_distribution(Broken(), out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["d.pdf"]  # no temp file left


def test_every_axis_position_is_in_the_counts_table():
    assert len(PREDIKAT_AXIS) == len(plot.AXIS_LABELS) == 5
