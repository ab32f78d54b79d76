"""The printable EVALUASI KINERJA PEGAWAI form (SKP-REFERENCE §4.3; issue 13): a frozen value built
by `services.evaluation.evaluasi_document`, rendered by `reports.eval_pdf`.

What it shows, already worded (the renderer reads nothing else), in the order of §4.3:
- title lines "EVALUASI KINERJA PEGAWAI" / "PENDEKATAN HASIL KERJA KUANTITATIF|KUALITATIF" /
  the jenis jabatan line of the SKP print (JA/JF or JPT) / "PERIODE: TRIWULAN I" ("SEMESTER II",
  "AKHIR": `Period.print_label`, so a semester office prints SEMESTER); the instansi and the
  PERIODE PENILAIAN of the period clipped to the SKP's own period;
- the identity table from the evaluation's SNAPSHOT (who it was about and who rated it then);
- CAPAIAN KINERJA ORGANISASI: the org predikat stored on the evaluation once ditetapkan, else
  the one that applies now; "-" when none is set;
- POLA DISTRIBUSI: the title "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA
  ORGANISASI <PREDIKAT>" and the stylised curve of that predikat (no bars: the form's curve is
  the pattern, not a count of the team, §3.3);
- HASIL KERJA with REALISASI BERDASARKAN BUKTI DUKUNG (per indicator; Akhir: its own realisasi,
  else the periodic ones listed) and UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG (per
  RHK): the column sets of §4.3 item 4 (JA/JF kuantitatif 8, JPT kuantitatif 7, kualitatif 4).
  The rows are the umpan balik page's (`domain.feedback_page` FeedbackSection/FeedbackRhk), so
  both printouts lay out an RHK the same way;
- RATING HASIL KERJA, PERILAKU KERJA (NO | PERILAKU KERJA | EKSPEKTASI KHUSUS PIMPINAN | UMPAN
  BALIK …), RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI: labels of `domain.evaluation`
  ("Di Atas Ekspektasi", "Baik"); empty cells while not rated;
- the signature of the Pejabat Penilai Kinerja (§4.3 item 9; S41 has only theirs): place and
  the date ditetapkan (the print date while a draft) per the office setting `print.place_date`.

Paper trail (issue 13): kind "evaluasi", record_id the evaluation revision row printed, revision
its revision number; final when the evaluation is ditetapkan or final (a draft prints "KONSEP").
Document code: `documents.document_code` of the content hash (print date excluded) and the
revision. A draft copy hashes its status (its own code); a ditetapkan copy and the same revision
once final (the keberatan window passed, nothing else changed) are the same paper: one code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

from .dates import tanggal
from .documents import (BLANK, NIP, DocumentVariant, LogoProblem, PersonBlock, PlaceDateMode,
                        canonical_content, document_code, place_date_line)
from .evaluation import EVALUATION_STATUS_LABELS, EvaluationStatus, OrgPredikat
from .feedback_page import FeedbackSection
from .print_marks import PageMarks

PRINT_KIND = "evaluasi"  # printed_document.kind

# --- labels (SKP-REFERENCE §4.3, §3.3, §3.4), printed exactly as written
TITLE = "EVALUASI KINERJA PEGAWAI"
PERIOD_LINE = "PERIODE: {label}"  # "PERIODE: TRIWULAN I", "PERIODE: SEMESTER II", "PERIODE: AKHIR"
CAPAIAN_KINERJA_ORGANISASI = "CAPAIAN KINERJA ORGANISASI"
POLA_DISTRIBUSI = "POLA DISTRIBUSI"
HASIL_KERJA = "HASIL KERJA"
REALISASI = "REALISASI BERDASARKAN BUKTI DUKUNG"
UMPAN_BALIK = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
RATING_HASIL_KERJA = "RATING HASIL KERJA"
PERILAKU_KERJA = "PERILAKU KERJA"
EKSPEKTASI_KHUSUS_PIMPINAN = "EKSPEKTASI KHUSUS PIMPINAN"
RATING_PERILAKU_KERJA = "RATING PERILAKU KERJA"
PREDIKAT_KINERJA_PEGAWAI = "PREDIKAT KINERJA PEGAWAI"
SIGN_PENILAI = "Pejabat Penilai Kinerja,"

FINAL_STATUSES = (EvaluationStatus.DITETAPKAN.value, EvaluationStatus.FINAL.value)


@dataclass(frozen=True)
class EvalBehaviour:
    """One row of the PERILAKU KERJA table."""

    number: int
    name: str                  # "Berorientasi Pelayanan"
    guides: tuple[str, ...]    # the three panduan perilaku
    expectation: str           # ekspektasi khusus pimpinan, "" when none
    feedback: tuple[str, ...]  # umpan balik of the period on this core value, oldest first


@dataclass(frozen=True)
class EvaluasiDocument:
    record_id: str                # the evaluation revision row printed
    skp_id: str
    pegawai_id: str
    year: int
    revision: int                 # the evaluation's revision
    period: str                   # "2026-TW1", "2026-S2", "2026-AKHIR"
    period_label: str             # "TRIWULAN I", "SEMESTER II", "AKHIR"
    status: str                   # EvaluationStatus value (effective) when built
    variant: DocumentVariant
    instansi: str
    city: str
    logo_path: str | None
    title_lines: tuple[str, ...]
    period_text: str              # "PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026"
    pegawai: PersonBlock
    penilai: PersonBlock | None   # None: nobody recorded as pejabat penilai
    intervened_label: str         # office setting print.intervened_label
    place_date_mode: PlaceDateMode
    org_predikat: OrgPredikat | None
    hasil_kerja: tuple[FeedbackSection, ...]
    rating_hasil: str             # "Di Atas Ekspektasi", "" while not rated
    perilaku: tuple[EvalBehaviour, ...]
    rating_perilaku: str
    predikat: str                 # "Baik", "Kurang/Misconduct", "" while not rated
    set_on: dt.date | None        # ditetapkan
    printed_on: dt.date
    logo_problem: LogoProblem | None = None

    kind = PRINT_KIND

    # --- derived text
    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def org_predikat_text(self) -> str:
        """"BAIK" as the form prints the choice; "-" when none is set."""
        return self.org_predikat.label.upper() if self.org_predikat is not None else BLANK

    @property
    def signed_on(self) -> dt.date:
        """The date above the signature: ditetapkan, else the print date."""
        return self.set_on or self.printed_on

    @property
    def place_date(self) -> str:
        return place_date_line(self.city, self.place_date_mode, self.signed_on)

    @property
    def penilai_or_blank(self) -> PersonBlock:
        return self.penilai or PersonBlock(BLANK, BLANK, NIP, BLANK, BLANK, BLANK)

    @property
    def pdf_title(self) -> str:
        return f"Evaluasi Kinerja Pegawai – {self.pegawai.name} – {self.period}"

    @property
    def bookmark(self) -> str:
        return f"{self.pegawai.name} – {self.pegawai.nip}"

    @property
    def status_text(self) -> str:
        try:
            label = EVALUATION_STATUS_LABELS[EvaluationStatus(self.status)]
        except ValueError:
            label = self.status
        return f"Status: {label}"

    @property
    def marks(self) -> PageMarks:
        date_text = (f"ditetapkan {tanggal(self.set_on)}" if self.set_on and self.final
                     else f"dicetak {tanggal(self.printed_on)}")
        person = self.pegawai.name
        if self.pegawai.nip and self.pegawai.nip != BLANK:
            person += f" · {self.pegawai.nip_label} {self.pegawai.nip}"
        return PageMarks(code=self.code, kind=self.kind, record_id=self.record_id,
                         revision=self.revision, final=self.final, status_text=self.status_text,
                         date_text=date_text, person=person)

    # --- identity of the printed copy
    @cached_property
    def content_hash(self) -> str:
        return evaluasi_content_hash(self)

    @cached_property
    def code(self) -> str:
        return document_code(self.content_hash, self.revision)


def evaluasi_content_hash(doc: EvaluasiDocument) -> str:
    """SHA-256 of the canonical content (`documents.canonical_content`: print date, revision and
    a logo problem excluded). A draft's status is content (a KONSEP copy is its own paper); a
    ditetapkan or final copy is not distinguished (module doc)."""
    content = canonical_content(doc)
    content.pop("status", None)
    if not doc.final:
        content["status"] = doc.status
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

