"""The printable umpan balik page of one period (SKP-REFERENCE §4.2, issue 11): a frozen value
built by `services.evidence.feedback_page`, rendered by `reports.feedback_page_pdf`.

What it shows, already worded (the renderer reads nothing else):
- title lines "UMPAN BALIK" / the jenis jabatan line of the SKP print / "PENDEKATAN HASIL KERJA
  KUANTITATIF|KUALITATIF" / "PERIODE: TRIWULAN I" (`Period.print_label`), the instansi and the
  PERIODE PENILAIAN of the period (clipped to the SKP's own period), the identity table;
- the HASIL KERJA table of the SKP with two columns more: REALISASI BERDASARKAN BUKTI DUKUNG
  (each indicator's realisasi of the period) and UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI
  DUKUNG (the pimpinan's umpan balik on the RHK whose month or quarter ends in the period,
  `domain.periods.feedback_in_period`). The RHK cell also carries the rencana aksi of the
  period, so the page says what was planned beside what was achieved;
- the appendix LAMPIRAN: DAFTAR BUKTI DUKUNG: every current bukti dukung of the period with
  its RHK, file name or link, the first 12 characters of its SHA-256 (so a paper copy can be
  matched against the attachment store) and its verification status with the reason;
- the signatures of the SKP print.

Document code: as the SKP's (`documents.document_code`), from the content hash (print date,
revision and a logo problem excluded) and the SKP's revision. Realisasi, bukti and umpan balik
do not bump the revision, but they are content, so any change gives another code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from .dates import tanggal
from .documents import (BLANK, NIP, DocumentVariant, LogoProblem, PersonBlock, PlaceDateMode,
                        content_hash, document_code, place_date_line)
from .print_marks import PRINTED_ON, PageMarks, person_text

PRINT_KIND = "umpan_balik"  # printed_document.kind

# --- labels (SKP-REFERENCE §4.2, §4.3 block 4)
TITLE = "UMPAN BALIK"
PERIOD_LINE = "PERIODE: {label}"  # "PERIODE: TRIWULAN I"
REALISASI = "REALISASI BERDASARKAN BUKTI DUKUNG"
UMPAN_BALIK = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
RENCANA_AKSI = "Rencana aksi"
TARGET_PERIODE = "target periode ini"
APPENDIX_TITLE = "LAMPIRAN: DAFTAR BUKTI DUKUNG"
APPENDIX_COLUMNS = ("NO", "RHK", "BUKTI DUKUNG", "SHA-256", "STATUS")
APPENDIX_EMPTY = "Belum ada bukti dukung untuk periode ini."
LINK_HASH = "(tautan)"  # a link has no file, so no hash


@dataclass(frozen=True)
class FeedbackIndicator:
    aspect: str       # JA/JF kuantitatif only; "" otherwise
    text: str
    target: str       # the SKP's (annual) target
    realisasi: str    # the realisasi of the period, "" when none was entered


@dataclass(frozen=True)
class FeedbackNote:
    """One umpan balik berkelanjutan as printed."""

    text: str
    author: str       # titled name of who gave it, "" when unknown
    given_on: dt.date


@dataclass(frozen=True)
class FeedbackRhk:
    number: int
    label: str        # "A.1" / "B.2": how the CLI (--rhk) and the appendix name it
    intervened: str   # RHK pimpinan yang diintervensi, or "-"
    text: str
    perspective: str  # JPT: the perspektif label, "-" when none; "" for JA/JF
    indicators: tuple[FeedbackIndicator, ...]
    plan: str         # the rencana aksi of the period, "" when none
    plan_target: str  # its periodic target (kuantitatif), "" when none
    feedback: tuple[FeedbackNote, ...]


@dataclass(frozen=True)
class FeedbackSection:
    title: str        # "A. UTAMA" / "B. TAMBAHAN"
    rows: tuple[FeedbackRhk, ...]


@dataclass(frozen=True)
class EvidenceLine:
    number: int
    rhk: str          # "A.1", "A.1 / IKI 2" when attached to an indicator's realisasi
    name: str         # the original file name, or the link / reference text
    description: str
    hash_prefix: str  # first 12 hex characters of the SHA-256; LINK_HASH for a link
    status: str       # "Diterima", "Ditolak: <reason>", "Menunggu verifikasi (menunggu lampiran)"


@dataclass(frozen=True)
class FeedbackPageDocument:
    skp_id: str
    year: int
    revision: int
    period: str                   # "2026-TW1"
    period_label: str             # "TRIWULAN I"
    variant: DocumentVariant
    instansi: str
    city: str
    logo_path: str | None
    title_lines: tuple[str, ...]
    period_text: str              # "PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026"
    pegawai: PersonBlock
    penilai: PersonBlock | None
    intervened_label: str         # office setting print.intervened_label
    place_date_mode: PlaceDateMode
    hasil_kerja: tuple[FeedbackSection, ...]
    evidence: tuple[EvidenceLine, ...]
    printed_on: dt.date
    logo_problem: LogoProblem | None = None
    kind: str = PRINT_KIND

    @property
    def place_date(self) -> str:
        return place_date_line(self.city, self.place_date_mode, self.printed_on)

    @property
    def penilai_or_blank(self) -> PersonBlock:
        return self.penilai or PersonBlock(BLANK, BLANK, NIP, BLANK, BLANK, BLANK)

    @property
    def pdf_title(self) -> str:
        return f"Umpan Balik – {self.pegawai.name} – {self.period}"

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self)

    @cached_property
    def code(self) -> str:
        return document_code(self.content_hash, self.revision)

    # --- the printable-document protocol (issue 13; `domain.print_marks`)
    @property
    def record_id(self) -> str:
        return self.skp_id

    @property
    def final(self) -> bool:
        """A record of the period's realisasi and umpan balik as they stood: not a draft."""
        return True

    @property
    def marks(self) -> PageMarks:
        return PageMarks(code=self.code, kind=self.kind, record_id=self.record_id,
                         revision=self.revision, final=True,
                         date_text=PRINTED_ON.format(date=tanggal(self.printed_on)),
                         person=person_text(self.pegawai.name, self.pegawai.nip_label,
                                            self.pegawai.nip))
