"""The DOKUMEN EVALUASI KINERJA PEGAWAI (SKP-REFERENCE §4.4) and the Format Penetapan Predikat
Kinerja (§3.3, §4.5) as frozen values built by `services.evaluation.summary_documents` and
rendered by `reports.eval_summary_pdf` / `reports.penetapan_pdf` (issue 13). The renderers read
nothing else: everything on paper is here, already worded.

Both follow the printable-document protocol of issue 13 (`code`, `kind`, `record_id`, `skp_id`,
`pegawai_id`, `revision`, `period`, `status`, `final`, `content_hash`, `pdf_title`, `instansi`,
`printed_on`, `bookmark`, `marks`).

- Dokumen evaluasi: kind "dokumen_evaluasi"; the record is the evaluation revision printed
  (`record_id` = its row id, `revision` its number, `period` the period name "2026-TW1",
  `status` its effective EvaluationStatus value). Final (no KONSEP) when ditetapkan or final.
  Identity blocks from the evaluation's snapshot; the §4.4 fill rule "non-PNS: NIP and pangkat
  dikosongkan" is applied to all three blocks and to the NIP line under the signatures.
- Penetapan: kind "penetapan"; the record is the unit (`record_id` = unit id, revision 1,
  `skp_id`/`pegawai_id` None). Its status is the lowest status of the evaluations listed
  ("draft" when one is missing or a draft, else "ditetapkan" while one is only ditetapkan, else
  "final"), and it is final only when every listed pegawai's evaluation is ditetapkan/final
  and the capaian kinerja organisasi is set.

Document code: as the SKP (`documents.document_code` of a content hash and the revision). The
content hash leaves out the print date (and the lines made from it) and the logo path (its file
name counts), and adds the status only for a copy that is not final: a KONSEP copy is another
paper than the final one, while a ditetapkan copy that turns final (the keberatan window
closed) is the same paper and keeps its code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath

from .dates import tanggal
from .documents import _plain, document_code
from .print_marks import PageMarks

# --- labels of the DOKUMEN EVALUASI KINERJA PEGAWAI (§4.4, as written there)
DOKUMEN_TITLE = "DOKUMEN EVALUASI KINERJA PEGAWAI"
PERIODE = "PERIODE: {period}"             # "PERIODE: TRIWULAN I" / "PERIODE: AKHIR"
PERIODE_PENILAIAN = "PERIODE PENILAIAN:"
PEGAWAI_YANG_DINILAI = "PEGAWAI YANG DINILAI"
PEJABAT_PENILAI_KINERJA = "PEJABAT PENILAI KINERJA"
ATASAN_PEJABAT_PENILAI_KINERJA = "ATASAN PEJABAT PENILAI KINERJA"
NAMA = "NAMA"
NIP = "NIP"
PANGKAT = "PANGKAT/GOL RUANG"             # §4.4 spells it without the dot of the SKP's label
JABATAN = "JABATAN"
UNIT_KERJA = "UNIT KERJA"
EVALUASI_KINERJA = "EVALUASI KINERJA"
CAPAIAN_KINERJA_ORGANISASI = "CAPAIAN KINERJA ORGANISASI"
PREDIKAT_KINERJA_PEGAWAI = "PREDIKAT KINERJA PEGAWAI"
CATATAN_REKOMENDASI = "CATATAN/REKOMENDASI"
SIGN_PEGAWAI = "Pegawai yang Dinilai,"
SIGN_PENILAI = "Pejabat Penilai Kinerja,"
# A person outside the ASN (the Bupati who rates a Kepala Dinas): the JPT example of §1.2 (S4)
# prints "NIP (*opsional)" and INSTANSI (the instansi's name) instead of UNIT KERJA.
NIP_OPTIONAL = "NIP (*opsional)"
INSTANSI = "INSTANSI"

# --- labels of the Format Penetapan Predikat Kinerja (our sober layout: the reference did not
# see the official one, §4.5; docs/printing.md "Dokumen evaluasi dan penetapan")
PENETAPAN_TITLE = "PENETAPAN PREDIKAT KINERJA PEGAWAI"
POLA_DISTRIBUSI = "POLA DISTRIBUSI"
LIST_COLUMNS = ("NO", "NAMA", "NIP", "JABATAN", "PREDIKAT KINERJA PEGAWAI")
COUNT_COLUMNS = ("PREDIKAT KINERJA PEGAWAI", "JUMLAH PEGAWAI", "PERSENTASE")
RULE_COLUMNS = ("KETENTUAN POLA DISTRIBUSI (SE MenPANRB 3/2023)", "JUMLAH", "YANG DIMINTA",
                "KETERANGAN")
TOTAL = "Jumlah"
RULE_HOLDS = "Sesuai"
RULE_BROKEN = "TIDAK SESUAI"
RULE_WAIVED = "Tidak diterapkan (tim kecil)"
ORG_UNSET = "BELUM DITETAPKAN"
NO_PATTERN = ("Capaian kinerja organisasi belum ditetapkan: distribusi predikat belum dapat "
              "diperiksa terhadap pola.")
NOT_RATED = "Belum dinilai"
NOT_SET_SUFFIX = " (belum ditetapkan)"
SIGN_LEADER = "Pimpinan yang Berwenang,"   # when the signer has no jabatan on record

BLANK = ""
DOTS = "." * 24   # a name or a place left for handwriting

KIND_DOKUMEN = "dokumen_evaluasi"
KIND_PENETAPAN = "penetapan"
FINAL_STATUSES = ("ditetapkan", "final")
STATUS_TEXTS = {"draft": "Draft", "ditetapkan": "Ditetapkan", "final": "Final",
                "diganti": "Diganti (revisi lama)"}


@dataclass(frozen=True)
class IdentityBlock:
    """One numbered block of the dokumen evaluasi (NAMA, NIP, PANGKAT/GOL RUANG, JABATAN,
    UNIT KERJA), already filled by the §4.4 rules ("" where the form is left empty)."""

    title: str            # PEGAWAI YANG DINILAI / PEJABAT PENILAI KINERJA / ATASAN ...
    name: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str
    nip_label: str = NIP
    unit_label: str = UNIT_KERJA

    def rows(self) -> tuple[tuple[str, str], ...]:
        return ((NAMA, self.name), (self.nip_label, self.nip), (PANGKAT, self.pangkat),
                (JABATAN, self.jabatan), (self.unit_label, self.unit))


@dataclass(frozen=True)
class SignatureLine:
    """A signature: the place/date line above it, the role, the name (DOTS when nobody is on
    record: written by hand) and the line under the name ("NIP. …", "" for none)."""

    place_date: str
    role: str
    name: str
    id_line: str = ""


def status_text(status: str) -> str:
    return f"Status: {STATUS_TEXTS.get(status, status or '-')}"


def date_text(set_on: dt.date | None, printed_on: dt.date) -> str:
    """The footer's date: "ditetapkan 12 April 2026" when there is one, else the print date."""
    return f"ditetapkan {tanggal(set_on)}" if set_on else f"dicetak {tanggal(printed_on)}"


# The print date and what is made of it; the revision goes into the code; the status is added
# back for a copy that is not final (module doc).
VOLATILE_FIELDS = ("printed_on", "revision", "status", "place_date", "set_on")


def summary_content_hash(doc) -> str:
    content = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)
               if f.name not in VOLATILE_FIELDS}
    if content.get("logo_path"):
        content["logo_path"] = PurePath(content["logo_path"]).name  # machine-independent
    content["signatures"] = [dataclasses.replace(s, place_date="")
                             for s in content.get("signatures", ())]
    if not doc.final:
        content["status"] = doc.status
    text = json.dumps(_plain(content), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DokumenEvaluasiDocument:
    """DOKUMEN EVALUASI KINERJA PEGAWAI of one evaluation revision (§4.4): one page."""

    record_id: str              # the evaluation revision's row id
    skp_id: str
    pegawai_id: str
    revision: int
    period: str                 # "2026-TW1", "2026-AKHIR"
    period_line: str            # "PERIODE: TRIWULAN I"
    period_text: str            # "PERIODE PENILAIAN: 01 JANUARI SD 31 MARET TAHUN 2026"
    status: str                 # EvaluationStatus value (effective)
    instansi: str
    logo_path: str | None
    pegawai: IdentityBlock
    penilai: IdentityBlock
    atasan: IdentityBlock
    org_predikat: str           # "BAIK" / "BELUM DITETAPKAN"
    predikat: str               # "Baik" / "" (not rated)
    catatan: str
    signatures: tuple[SignatureLine, SignatureLine]   # (pegawai, penilai)
    set_on: dt.date | None      # ditetapkan
    printed_on: dt.date
    person: str = ""            # name · NIP, on continuation pages (there should be none)
    kind: str = KIND_DOKUMEN

    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def title_lines(self) -> tuple[str, ...]:
        return (DOKUMEN_TITLE, self.period_line)

    @property
    def pdf_title(self) -> str:
        return f"Dokumen Evaluasi Kinerja Pegawai – {self.pegawai.name} – {self.period}"

    @property
    def bookmark(self) -> str:
        nip = self.pegawai.nip
        return f"{self.pegawai.name} – {nip}" if nip else self.pegawai.name

    @cached_property
    def content_hash(self) -> str:
        return summary_content_hash(self)

    @cached_property
    def code(self) -> str:
        return document_code(self.content_hash, self.revision)

    @cached_property
    def marks(self) -> PageMarks:
        return PageMarks(self.code, self.kind, self.record_id, self.revision, self.final,
                         status_text(self.status), date_text(self.set_on, self.printed_on),
                         self.person)


@dataclass(frozen=True)
class PenetapanLine:
    number: int
    name: str
    nip: str            # "" for non-PNS (as the dokumen evaluasi)
    jabatan: str
    predikat: str       # "Baik", "Baik (belum ditetapkan)", "Belum dinilai"
    final: bool         # this pegawai's evaluation is ditetapkan or final


@dataclass(frozen=True)
class PredikatCount:
    predikat: str       # "Sangat Baik" ...
    count: int
    percent: str        # "33,3%" / "–"


@dataclass(frozen=True)
class RuleLine:
    """One rule of the pattern for this unit: the SE's rule as a sentence, how many pegawai it
    counts, what it asks (people), and whether it holds."""

    sentence: str
    count: int
    required: str       # "paling sedikit 3 orang" ...
    verdict: str        # RULE_HOLDS / RULE_BROKEN / RULE_WAIVED
    broken: bool


@dataclass(frozen=True)
class PenetapanDocument:
    """Format Penetapan Predikat Kinerja of a unit (with its sub-units or not) for a period."""

    record_id: str                # the unit's id
    unit_name: str                # "Dinas Kominfo / Bidang Aplikasi Informatika"
    with_subunits: bool
    period: str
    period_line: str              # "PERIODE: TRIWULAN I"
    period_text: str              # "PERIODE PENILAIAN: …"
    status: str                   # module doc
    complete: bool                # every listed evaluation ditetapkan/final, org predikat set
    instansi: str
    logo_path: str | None
    org_predikat: str             # "BAIK" / "BELUM DITETAPKAN"
    org_note: str                 # "ditetapkan oleh X, 12 April 2026" / ""
    org_code: str | None          # OrgPredikat value, None: not set (no curve, no rules)
    lines: tuple[PenetapanLine, ...]
    counts: tuple[PredikatCount, ...]   # Sangat Baik first (as people read a table)
    axis_counts: tuple[int, ...]        # over PREDIKAT_AXIS (Sangat Kurang first): the chart
    rated: int
    unrated: int
    rules: tuple[RuleLine, ...]
    notes: tuple[str, ...]        # small-team readings, pegawai not rated
    signatures: tuple[SignatureLine, ...]   # (the leader,)
    set_on: dt.date | None        # the day it was complete (latest of org and evaluations)
    printed_on: dt.date
    revision: int = 1
    kind: str = KIND_PENETAPAN
    skp_id: None = None
    pegawai_id: None = None

    @property
    def final(self) -> bool:
        return self.complete

    @property
    def title_lines(self) -> tuple[str, ...]:
        return (PENETAPAN_TITLE, self.period_line)

    @property
    def pdf_title(self) -> str:
        return f"Penetapan Predikat Kinerja Pegawai – {self.unit_name} – {self.period}"

    @property
    def bookmark(self) -> str:
        return self.unit_name

    @property
    def person(self) -> str:
        return f"{self.unit_name} · {self.period_line}"

    @property
    def broken_rules(self) -> int:
        return sum(1 for r in self.rules if r.broken)

    @cached_property
    def content_hash(self) -> str:
        return summary_content_hash(self)

    @cached_property
    def code(self) -> str:
        return document_code(self.content_hash, self.revision)

    @cached_property
    def marks(self) -> PageMarks:
        return PageMarks(self.code, self.kind, self.record_id, self.revision, self.final,
                         status_text(self.status), date_text(self.set_on, self.printed_on),
                         self.person)


def requirement_text(low: int | None, high: int | None) -> str:
    """What a rule asks of a unit, in people ("paling sedikit 3 orang")."""
    if low is not None and high is not None:
        return (f"paling sedikit {low} dan paling banyak {high} orang" if low != high
                else f"tepat {low} orang")
    if low is not None:
        return f"paling sedikit {low} orang"
    return "tidak seorang pun" if high == 0 else f"paling banyak {high} orang"


def percent_text(count: int, total: int) -> str:
    """"33,3%" (one decimal, a comma), "–" when nobody is rated."""
    return f"{count / total * 100:.1f}%".replace(".", ",") if total else "–"
