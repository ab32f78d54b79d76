"""Render the CATATAN DIALOG KINERJA to PDF: the dialog (kind, time, place, participants, who
led it), its agenda, notes and the RHK / core values discussed, the follow-ups agreed (and the
earlier ones settled in it), the addenda written after it was closed, and the signatures of the
pegawai and the one who led it (for offices that want the record signed).

The regulation has no format for this note (B.1.1-B.1.7 were not retrieved, SKP-REFERENCE
§2.3): it follows the conventions of the other forms (header with both identity blocks, the
document code in the footer, signatures never split).
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from skpdesk.domain.coaching_documents import (DIALOG_NOTE_TITLE, SIGN_LEADER, SIGN_PEGAWAI,
                                               DialogNoteDocument, NoteFollowUp)
from skpdesk.domain.documents import BLANK

from . import form_pages
from .skp_tables import GRID, PagedTable, identity_table
from .styles import HEADER_FILL, SECTION_FILL, Page, Styles, cell_padding, text

CONFIDENTIAL_MARK = "RAHASIA"


def dialog_story(doc: DialogNoteDocument, st: Styles, pg: Page) -> list:
    width = pg.frame_width
    flow = form_pages.title_lines(doc, (DIALOG_NOTE_TITLE,), st, width,
                                  corner=CONFIDENTIAL_MARK if doc.confidential else "")
    flow += [identity_table(doc, st, width), Spacer(1, 3 * mm), _facts(doc, st, width)]
    flow += _section("AGENDA", [f"{n}. {a}" for n, a in enumerate(doc.agenda, start=1)], st, width)
    flow += _section("CATATAN", [doc.notes] if doc.notes.strip() else [], st, width)
    flow += _section("RHK DAN PERILAKU KERJA YANG DIBAHAS", list(doc.topics), st, width)
    flow += _follow_ups("TINDAK LANJUT YANG DISEPAKATI", doc.follow_ups, st, width)
    if doc.settled:
        flow += _follow_ups("TINDAK LANJUT DIALOG SEBELUMNYA YANG DISELESAIKAN", doc.settled,
                            st, width)
    if doc.addenda:
        flow += _addenda(doc, st, width)
    leader_line = doc.leader.id_line or doc.leader_role
    flow.append(form_pages.signatures(
        st, width, (SIGN_PEGAWAI, doc.pegawai.name, doc.pegawai.signature_id),
        (SIGN_LEADER, doc.leader.name, leader_line), doc.place_date))
    return flow


def _facts(doc: DialogNoteDocument, st: Styles, width: float) -> Table:
    facts = [("Jenis dialog", doc.kind_label), ("Waktu", doc.when), ("Tempat", doc.place),
             ("Peserta", "; ".join(doc.participants) or BLANK),
             ("Dipimpin oleh", doc.leader.name + (f" ({doc.leader_role})" if doc.leader_role else "")),
             ("Status", doc.status)]
    rows = [[Paragraph(text(k), st.bold), Paragraph(text(v or BLANK), st.body)] for k, v in facts]
    table = Table(rows, colWidths=[width * 0.2, width * 0.8])
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL)])
    return table


def _heading(title: str, st: Styles) -> list:
    return [Spacer(1, 3 * mm), Paragraph(text(title), st.subtitle), Spacer(1, 1 * mm)]


def _section(title: str, lines: list[str], st: Styles, width: float) -> list:
    rows = [[Paragraph(text(line), st.body)] for line in lines] or [[Paragraph(BLANK, st.body)]]
    table = PagedTable(rows, colWidths=[width], splitInRow=1)
    table.setStyle([*cell_padding(), ("BOX", (0, 0), (-1, -1), 0.5, "black")])
    return [*_heading(title, st), table]


def _follow_ups(title: str, items: tuple[NoteFollowUp, ...], st: Styles, width: float) -> list:
    head = ["NO", "TINDAK LANJUT", "PENANGGUNG JAWAB", "BATAS WAKTU", "STATUS"]
    widths = [width * f for f in (0.06, 0.40, 0.20, 0.14, 0.20)]
    rows: list[list] = [[Paragraph(h, st.head) for h in head]]
    for f in items:
        what = f.text + (f"\n({f.topic})" if f.topic else "")
        rows.append([Paragraph(str(f.number), st.body_center), Paragraph(text(what), st.body),
                     Paragraph(text(f.owner), st.body), Paragraph(text(f.due), st.body),
                     Paragraph(text(f.status), st.body)])
    if not items:
        rows.append(["", Paragraph(BLANK, st.body), "", "", ""])
    table = PagedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
    return [*_heading(title, st), table]


def _addenda(doc: DialogNoteDocument, st: Styles, width: float) -> list:
    widths = [width * f for f in (0.2, 0.22, 0.58)]
    rows: list[list] = [[Paragraph(h, st.head) for h in ("DITULIS", "OLEH", "ADENDUM")]]
    for a in doc.addenda:
        rows.append([Paragraph(text(a.written), st.body), Paragraph(text(a.author), st.body),
                     Paragraph(text(a.text), st.body)])
    table = PagedTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle([*cell_padding(), GRID, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)])
    return [*_heading("ADENDUM (SETELAH DIALOG DITUTUP)", st), table]


def render_dialog_note(doc: DialogNoteDocument, out: str | os.PathLike | BinaryIO) -> int:
    return form_pages.render(doc, dialog_story, out)
