"""The distribution sheet (one A4 page): DISTRIBUSI PREDIKAT KINERJA PEGAWAI of a pejabat
penilai's team or a unit for one period (SKP-REFERENCE §3.3):

- the title, the instansi, the scope (unit or pejabat penilai), the periode;
- "CAPAIAN KINERJA ORGANISASI: BAIK" (who set it and when) or "BELUM DITETAPKAN";
- "POLA DISTRIBUSI: KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA
  ORGANISASI <X>" with the chart (`distribution_chart.distribution_drawing`, the window's shape);
- the counts per predikat (the form's axis order reversed: Sangat Baik first, as people read a
  table), the total rated and the pegawai not rated yet;
- the rules of the pattern, each broken rule with its counts, the small-team notes.

It prints a `DistributionResult` of `services.evaluation.distribution` (duck-typed: it needs
`scope_label`, `period`, `org_predikat`, `counts`, `total`, `unrated`, `chart`, `violations`,
`notes`) and reads nothing else. The sheet is a working paper, not a signed form: no document
code; the footer says when it was printed. The file is written atomically.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, PageTemplate, Paragraph, Spacer, Table

from skpdesk.domain import distribution_plot as plot
from skpdesk.domain.dates import tanggal
from skpdesk.domain.distribution import rule_texts
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import PREDIKAT_AXIS
from skpdesk.domain.people import unit_path_text
from skpdesk.services.atomic_files import atomic_write

from .batch import slug
from .distribution_chart import distribution_drawing
from .fonts import REGULAR
from .skp_pdf import CREATOR, NumberedCanvas
from .styles import (GRID_COLOR, HEADER_FILL, LINE, Styles,
                     cell_padding, make_styles, page, text)

TITLE = "DISTRIBUSI PREDIKAT KINERJA PEGAWAI"
SCOPE = "UNIT KERJA / PEJABAT PENILAI"
PERIODE = "PERIODE PENILAIAN"
ORG = "CAPAIAN KINERJA ORGANISASI"
ORG_UNSET = "BELUM DITETAPKAN"
PATTERN = "POLA DISTRIBUSI"
COLUMNS = ("PREDIKAT KINERJA PEGAWAI", "JUMLAH PEGAWAI", "PERSENTASE")
TOTAL = "Jumlah pegawai yang dinilai"
UNRATED = "Belum dinilai"
RULES = "KETENTUAN POLA DISTRIBUSI (SE MenPANRB 3/2023)"
WARNINGS = "PERINGATAN"
ALL_HOLD = "Distribusi predikat sesuai dengan pola capaian kinerja organisasi."
NO_PATTERN = ("Capaian kinerja organisasi periode ini belum ditetapkan; distribusi tidak dapat "
              "diperiksa terhadap pola.")
NOTES = "CATATAN"
CHART_HEIGHT = 70 * mm


def pdf_title(result) -> str:
    return f"{TITLE.title()} – {result.scope_label} – {result.period.name}"


def file_name(result) -> str:
    """ "DistribusiPredikat_bidang-aplikasi-informatika_2026-TW1.pdf"."""
    return f"DistribusiPredikat_{slug(result.scope_label)[:60].strip('-')}_{result.period.name}.pdf"


def _org_text(result) -> str:
    record = result.org_predikat
    if record is None:
        return ORG_UNSET
    who = ", ".join(p for p in (record.set_by_name, tanggal(record.set_on)) if p)
    own = "" if not record.unit_path else f"; {unit_path_text(record.unit_path)}"
    return f"{record.predikat.label.upper()} (ditetapkan {who}{own})"


def _period_text(period) -> str:
    p = period.period
    return f"{p.label} ({tanggal(p.start)} s.d. {tanggal(p.end)})"


def _info_table(result, st: Styles, width: float) -> Table:
    rows = [(SCOPE, result.scope_label), (PERIODE, _period_text(result.period)),
            (ORG, _org_text(result))]
    table = Table([[Paragraph(text(k), st.bold), Paragraph(":", st.body),
                    Paragraph(text(v), st.body)] for k, v in rows],
                  colWidths=[width * 0.34, width * 0.02, width * 0.64])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR)])
    return table


def _counts_table(result, st: Styles, width: float) -> Table:
    counts = result.chart.counts  # over PREDIKAT_AXIS
    total = result.total
    rows: list[list] = [[Paragraph(h, st.head) for h in COLUMNS]]
    for predikat, count in reversed(list(zip(PREDIKAT_AXIS, counts))):
        share = f"{count / total * 100:.1f}%".replace(".", ",") if total else "–"
        rows.append([Paragraph(text(predikat.label), st.body),
                     Paragraph(str(count), st.body_center), Paragraph(share, st.body_center)])
    rows.append([Paragraph(text(TOTAL), st.bold), Paragraph(str(total), st.bold_center),
                 Paragraph("100%" if total else "–", st.bold_center)])
    rows.append([Paragraph(text(UNRATED), st.body), Paragraph(str(result.unrated), st.body_center),
                 ""])
    table = Table(rows, colWidths=[width * 0.5, width * 0.25, width * 0.25], repeatRows=1)
    table.setStyle([*cell_padding(), ("GRID", (0, 0), (-1, -1), LINE, GRID_COLOR),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)])
    return table


def distribution_story(result, st: Styles, width: float, instansi: str) -> list:
    org = result.org_predikat.predikat if result.org_predikat is not None else None
    story: list = [Paragraph(TITLE, st.title), Spacer(1, 1.5 * mm)]
    if instansi:
        story += [Paragraph(text(instansi.upper()), st.bold_center), Spacer(1, 4 * mm)]
    story += [_info_table(result, st, width), Spacer(1, 4 * mm),
              Paragraph(text(f"{PATTERN}: {plot.chart_title(org)}"), st.subtitle),
              Spacer(1, 2 * mm), distribution_drawing(result.chart, width, CHART_HEIGHT),
              Spacer(1, 4 * mm), _counts_table(result, st, width), Spacer(1, 4 * mm)]
    if org is None:
        story += [Paragraph(text(NO_PATTERN), st.body)]
    else:
        story += [Paragraph(RULES, st.subtitle), Spacer(1, 1 * mm)]
        story += [Paragraph(text(rule), st.bullet, bulletText="•") for rule in rule_texts(org)]
        story += [Spacer(1, 3 * mm), Paragraph(WARNINGS, st.subtitle), Spacer(1, 1 * mm)]
        if result.violations:
            story += [Paragraph(text(v.message), st.bullet, bulletText="!")
                      for v in result.violations]
        else:
            story += [Paragraph(text(ALL_HOLD), st.body)]
    if result.notes:
        story += [Spacer(1, 3 * mm), Paragraph(NOTES, st.subtitle), Spacer(1, 1 * mm)]
        story += [Paragraph(text(note), st.bullet, bulletText="•") for note in result.notes]
    return story


def _render(result, fh: BinaryIO, instansi: str, printed_on: dt.date) -> int:
    st = make_styles()
    pg = page(False)
    template = BaseDocTemplate(
        fh, pagesize=pg.size, **pg.margins(), title=pdf_title(result), author=instansi,
        subject=TITLE.title(), creator=CREATOR, initialFontName=REGULAR)
    template.addPageTemplates([PageTemplate(id="distribusi", frames=[pg.frame()])])
    canvases: list[NumberedCanvas] = []

    def make_canvas(*args, **kwargs) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.footer_left = f"Dicetak {tanggal(printed_on)}"
        canvases.append(canvas)
        return canvas

    template.build(distribution_story(result, st, pg.frame_width, instansi),
                   canvasmaker=make_canvas)
    return canvases[-1].page_total


def render_distribution(result, out: str | os.PathLike | BinaryIO, *, instansi: str = "",
                        printed_on: dt.date | None = None) -> int:
    """Write the sheet as PDF to a path (atomically: an existing file is replaced only by a
    complete one) or to a binary stream; the page count."""
    printed_on = printed_on or dt.date.today()
    if not isinstance(out, (str, os.PathLike)):
        return _render(result, out, instansi, printed_on)
    path = Path(out)
    try:
        with atomic_write(path) as fh:
            return _render(result, fh, instansi, printed_on)
    except OSError as error:
        raise DomainError(ErrorCode.FILE_UNWRITABLE, field="berkas", value=str(path),
                          path=str(path), detail=error.strerror or str(error)) from error
