"""The printable bimbingan forms and the catatan dialog kinerja: frozen values built by
`services.coaching_document`, rendered by `reports.coaching_pdf` / `reports.dialog_pdf`.

As with the SKP (`domain.documents`), everything a printout shows is here, already worded, and
the renderer reads nothing else. Each copy carries a document code in the SKP's format
(`SKP-XXXXX-XXXXX`, `documents.document_code`) derived from its content (the print date, the
revision and a logo problem excluded), so `skpdesk check-print` finds it.

The place and date above a signature use the office setting `print.place_date` like the SKP,
with the form's own date (the day B.1.8 was answered, B.1.9 evaluated, the dialog held), not
the printing day: these forms record an event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from .dates import tanggal
from .documents import (BLANK, DOTS, NIP, PersonBlock, PlaceDateMode, content_hash,
                        document_code, place_date_line)
from .print_marks import PRINTED_ON, STATUS_TEXT, PageMarks, person_text

# Labels of the forms (SKP-REFERENCE §2.3). B18_TITLE, B19_TITLE, B18_COLUMNS and B19_COLUMNS are
# in `domain.dialog`.
FORMAT_B18 = "FORMAT B.1.8"
FORMAT_B19 = "FORMAT B.1.9"
DIALOG_NOTE_TITLE = "CATATAN DIALOG KINERJA"
KOMENTAR = "KOMENTAR"
B19_FOOTNOTE = "*) kompetensi yang dievaluasi sebagai tindak lanjut bimbingan kinerja"
SIGN_PEGAWAI = "Pegawai yang Dinilai,"
SIGN_COACH = "Pimpinan/ Pihak Lain yang Diberikan Penugasan Khusus,"
SIGN_LEADER = "Yang Memimpin Dialog,"
DIALOG_DRAFT_STATUS = "Draft (belum ditutup)"  # a dialog not closed yet: printed as KONSEP


def blank_person() -> PersonBlock:
    return PersonBlock(BLANK, BLANK, NIP, BLANK, BLANK, BLANK)


@dataclass(frozen=True)
class Signer:
    """A name under a signature: a pegawai (with "NIP. ...") or an external person by role."""

    name: str
    id_line: str  # "NIP. 1990..." / "NI PPPK. ..." / the external person's role / ""


@dataclass(frozen=True)
class B18Line:
    statement: str  # verbatim, with its number
    response: str   # the label ticked
    comment: str


@dataclass(frozen=True)
class B18Subject:
    title: str      # "TENTANG PEGAWAI:"
    lines: tuple[B18Line, ...]


@dataclass(frozen=True)
class _FormBase:
    skp_id: str | None        # the pegawai's SKP of the dialog's year (the code is recorded on it)
    dialog_id: str
    revision: int
    instansi: str
    city: str
    logo_path: str | None
    pegawai: PersonBlock
    penilai: PersonBlock | None
    place_date_mode: PlaceDateMode
    form_date: dt.date        # answered / evaluated / held on
    printed_on: dt.date

    @property
    def penilai_or_blank(self) -> PersonBlock:
        return self.penilai or blank_person()

    @property
    def place_date(self) -> str:
        return place_date_line(self.city, self.place_date_mode, self.form_date)

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self)

    @cached_property
    def code(self) -> str:
        return document_code(self.content_hash, self.revision)

    # --- the printable-document protocol (issue 13; `domain.print_marks`)
    period = ""

    @property
    def record_id(self) -> str:
        """The dialog the form records (the QR code names it; the SKP is where it is filed)."""
        return self.dialog_id

    @property
    def final(self) -> bool:
        """B.1.8 and B.1.9 record what happened: final. The catatan dialog: see its class."""
        return True

    @property
    def status_text(self) -> str:
        return ""

    @property
    def marks(self) -> PageMarks:
        return PageMarks(code=self.code, kind=self.kind, record_id=self.record_id,
                         revision=self.revision, final=self.final, status_text=self.status_text,
                         date_text=PRINTED_ON.format(date=tanggal(self.printed_on)),
                         person=person_text(self.pegawai.name, self.pegawai.nip_label,
                                            self.pegawai.nip))


@dataclass(frozen=True)
class B18Document(_FormBase):
    """FORMAT B.1.8 Umpan Balik Pelaksanaan Bimbingan Kinerja, as answered."""

    scale: tuple[str, ...] = ()
    subjects: tuple[B18Subject, ...] = ()
    dialog_label: str = ""    # "Bimbingan kinerja: coaching, 10 Maret 2026"
    logo_problem: object = None
    kind: str = "b18"

    @property
    def pdf_title(self) -> str:
        return f"Umpan Balik Pelaksanaan Bimbingan Kinerja – {self.pegawai.name}"


@dataclass(frozen=True)
class B19Line:
    number: int
    name: str
    value: int
    reason: str


@dataclass(frozen=True)
class B19Document(_FormBase):
    """FORMAT B.1.9 Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja."""

    items: tuple[B19Line, ...] = ()
    evaluator: Signer = Signer(DOTS, "")
    dialog_label: str = ""
    logo_problem: object = None
    kind: str = "b19"

    @property
    def pdf_title(self) -> str:
        return f"Evaluasi Kompetensi Pegawai – {self.pegawai.name}"


@dataclass(frozen=True)
class NoteFollowUp:
    number: int
    text: str
    owner: str
    due: str        # "31 Maret 2026" or "-"
    status: str     # "Terbuka" / "Selesai (catatan)" ...
    topic: str      # "RHK 1: ..." / a core value / ""


@dataclass(frozen=True)
class NoteAddendum:
    written: str    # "12 April 2026 10:15"
    author: str
    text: str


@dataclass(frozen=True)
class DialogNoteDocument(_FormBase):
    """CATATAN DIALOG KINERJA: the dialog with its agenda, notes, topics, follow-ups and
    addenda, for the signatures of the pegawai and the one who led it. A team dialog prints
    one copy per participant (`pegawai` is the one whose copy this is)."""

    kind_label: str = ""
    when: str = ""            # "Selasa, 10 Maret 2026, 09:00, 60 menit"
    place: str = ""
    participants: tuple[str, ...] = ()
    leader: Signer = Signer(DOTS, "")
    leader_role: str = ""
    agenda: tuple[str, ...] = ()
    notes: str = ""
    topics: tuple[str, ...] = ()
    follow_ups: tuple[NoteFollowUp, ...] = ()
    settled: tuple[NoteFollowUp, ...] = ()   # earlier follow-ups closed in this dialog
    addenda: tuple[NoteAddendum, ...] = ()
    status: str = ""          # "Draft" / "Ditutup 12 Maret 2026"
    confidential: bool = False
    logo_problem: object = None
    kind: str = "dialog"

    @property
    def pdf_title(self) -> str:
        return f"Catatan Dialog Kinerja – {self.pegawai.name}"

    @property
    def final(self) -> bool:
        """A dialog not closed yet may still change: its notes print as KONSEP (issue 13)."""
        return self.status != DIALOG_DRAFT_STATUS

    @property
    def status_text(self) -> str:
        return STATUS_TEXT.format(label=self.status) if self.status else ""


FormDocument = B18Document | B19Document | DialogNoteDocument
