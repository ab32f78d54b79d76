"""Render the Format Penetapan Predikat Kinerja of a unit and period to PDF (SKP-REFERENCE §3.3,
§4.5: "Format Penetapan Predikat Kinerja yang ditandatangani oleh pimpinan yang berwenang";
its exact layout was not seen, so this is a sober one, docs/printing.md "Dokumen evaluasi dan
penetapan"):

- logo and title lines "PENETAPAN PREDIKAT KINERJA PEGAWAI" / "PERIODE: TRIWULAN I", the
  instansi and "PERIODE PENILAIAN: …";
- UNIT KERJA and CAPAIAN KINERJA ORGANISASI (who set it, when, and from which unit);
- the list NO | NAMA | NIP | JABATAN | PREDIKAT KINERJA PEGAWAI (header repeated on every page;
  a predikat not yet ditetapkan says so);
- POLA DISTRIBUSI: the curve of the organisation predikat with the actual shares as bars
  (`distribution_chart.distribution_drawing`, the window's shape), the counts per predikat, and
  each rule of the pattern with the unit's count, what it asks and whether it holds (a broken
  rule in bold, "TIDAK SESUAI" on a tinted row); the small-team readings as notes;
- the leader's signature under the place/date line, never split.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table

from skpdesk.domain import distribution_plot as plot
from skpdesk.domain import summary_documents as D
from skpdesk.domain.distribution import distribution_chart
from skpdesk.domain.evaluation import PREDIKAT_AXIS, OrgPredikat
from skpdesk.domain.summary_documents import PenetapanDocument

from . import form_pages
from .distribution_chart import distribution_drawing
from .eval_summary_pdf import signature_table
from .fonts import REGULAR
from .skp_tables import GRID, PagedTable, instansi_line, title_block
from .styles import HEADER_FILL, Page, Styles, cell_padding, text

CHART_HEIGHT = 62 * mm
BROKEN_FILL = colors.Color(0.98, 0.88, 0.88)
LIST_FRACTIONS = (0.06, 0.30, 0.21, 0.25, 0.18)


def _info_table(doc: PenetapanDocument, st: Styles, width: float) -> Table:
    unit = doc.unit_name + (" (dengan sub-unitnya)" if doc.with_subunits else "")
    org = doc.org_predikat + (f" ({doc.org_note})" if doc.org_note else "")
    rows = [(D.UNIT_KERJA, unit), (D.CAPAIAN_KINERJA_ORGANISASI, org)]
    table = Table([[Paragraph(text(k), st.bold), Paragraph(":", st.body),
                    Paragraph(text(v), st.body)] for k, v in rows],
                  colWidths=[width * 0.34, width * 0.02, width * 0.64])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR)])
    return table


def list_table(doc: PenetapanDocument, st: Styles, width: float) -> PagedTable:
    rows: list[list] = [[Paragraph(text(c), st.head) for c in D.LIST_COLUMNS]]
    for line in doc.lines:
        rows.append([Paragraph(str(line.number), st.body_center), Paragraph(text(line.name), st.body),
                     Paragraph(text(line.nip or "-"), st.body), Paragraph(text(line.jabatan), st.body),
                     Paragraph(text(line.predikat), st.body)])
    table = PagedTable(rows, colWidths=[width * f for f in LIST_FRACTIONS], repeatRows=1,
                       splitInRow=1)
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
    return table


def counts_table(doc: PenetapanDocument, st: Styles, width: float) -> Table:
    rows: list[list] = [[Paragraph(text(c), st.head) for c in D.COUNT_COLUMNS]]
    for item in doc.counts:
        rows.append([Paragraph(text(item.predikat), st.body), Paragraph(str(item.count), st.body_center),
                     Paragraph(item.percent, st.body_center)])
    rows.append([Paragraph(text(D.TOTAL), st.bold), Paragraph(str(doc.rated), st.bold_center),
                 Paragraph("100%" if doc.rated else "–", st.bold_center)])
    rows.append([Paragraph(text(D.NOT_RATED), st.body), Paragraph(str(doc.unrated), st.body_center),
                 ""])
    table = Table(rows, colWidths=[width * 0.5, width * 0.25, width * 0.25])
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("NOSPLIT", (0, 0), (-1, -1))])
    return table


def rules_table(doc: PenetapanDocument, st: Styles, width: float) -> Table:
    rows: list[list] = [[Paragraph(text(c), st.head) for c in D.RULE_COLUMNS]]
    style: list[tuple] = [*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                          ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("NOSPLIT", (0, 0), (-1, -1))]
    for rule in doc.rules:
        cell = st.bold if rule.broken else st.body
        rows.append([Paragraph(text(rule.sentence), cell),
                     Paragraph(str(rule.count), st.bold_center if rule.broken else st.body_center),
                     Paragraph(text(rule.required), cell), Paragraph(text(rule.verdict), cell)])
        if rule.broken:
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), BROKEN_FILL))
    table = Table(rows, colWidths=[width * f for f in (0.50, 0.10, 0.22, 0.18)])
    table.setStyle(style)
    return table


def _chart(doc: PenetapanDocument):
    org = OrgPredikat(doc.org_code) if doc.org_code else None
    return distribution_chart(org, dict(zip(PREDIKAT_AXIS, doc.axis_counts))), org


def penetapan_story(doc: PenetapanDocument, st: Styles, pg: Page) -> list:
    width = pg.frame_width
    chart, org = _chart(doc)
    flow: list = [*title_block(doc, st, width), Spacer(1, 3 * mm), instansi_line(doc, st, width),
                  Spacer(1, 3 * mm), _info_table(doc, st, width), Spacer(1, 3 * mm),
                  list_table(doc, st, width), Spacer(1, 4 * mm),
                  CondPageBreak(CHART_HEIGHT + 20 * mm),
                  KeepTogether([Paragraph(text(f"{D.POLA_DISTRIBUSI}: {plot.chart_title(org)}"),
                                          st.subtitle), Spacer(1, 2 * mm),
                                distribution_drawing(chart, width, CHART_HEIGHT)]),
                  Spacer(1, 3 * mm)]
    # The signature never stands alone on a page: it keeps the last table and the notes.
    last = [counts_table(doc, st, width), Spacer(1, 3 * mm)]
    if doc.rules:
        flow += last
        last = [rules_table(doc, st, width), Spacer(1, 2 * mm)]
    last += [Paragraph(text(note), st.bullet, bulletText="•") for note in doc.notes]
    last += [Spacer(1, 6 * mm), signature_table(doc.signatures, st, width)]
    flow.append(KeepTogether(last))
    return flow


def render_penetapan(doc: PenetapanDocument, out: str | os.PathLike | BinaryIO) -> int:
    """Write the penetapan as PDF (atomically to a path, or to a binary stream); the pages."""
    return form_pages.render(doc, penetapan_story, out)
