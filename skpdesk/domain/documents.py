"""The printable SKP: a frozen value built by `services.skp_document`, rendered by `reports`.

The renderer reads nothing else, so everything a printout shows is here, already worded: names
with titles, rank labels, the period line, the RHK texts. The official labels (SKP-REFERENCE §1.2–
1.5, §4.1) are the constants below; the renderer and the tests use them, never their own copies.

Document code. A printed copy carries a short code (`SKP-XXXXX-XXXXX`) in its footer. It is derived
from the document's content hash and the SKP's revision, so printing the same record on another day
gives the same code, and any edit (which bumps the revision) gives a new one. The content hash is
SHA-256 over a canonical JSON of the document content, *excluding* the print date (and the place/
date line made from it) and the absolute logo path (only the logo's file name, which is its SHA-256
in the attachment store, counts). `skpdesk check-print CODE` looks the code up in `printed_document`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath
from typing import Any

from .dates import tanggal
from .print_marks import PRINTED_ON, SET_ON, STATUS_TEXT, PageMarks, person_text
from .team import SKP_STATE_LABELS, SkpState

# --- official labels (SKP-REFERENCE §1.3, §1.2, §1.4, §1.5, §4.1)
TITLE = "SASARAN KINERJA PEGAWAI"
APPROACH_TITLE = "PENDEKATAN HASIL KERJA {approach}"  # KUANTITATIF | KUALITATIF
FOR_JA_JF = "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
# The JPT title is not quoted in SKP-REFERENCE (§4.3 says "or the JPT title"); this is the wording
# of the PermenPANRB 6/2022 format for JPT and pimpinan unit kerja mandiri (§1.2).
FOR_JPT = "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"

NO = "NO"
NO_JPT = "NO."  # the JPT example (S4) prints "NO."
PEGAWAI_YANG_DINILAI = "PEGAWAI YANG DINILAI"
PEJABAT_PENILAI_KINERJA = "PEJABAT PENILAI KINERJA"
NAMA = "NAMA"
NIP = "NIP"
NIPPPK = "NI PPPK"  # the official term (issue 9, SKP-REFERENCE §5.2); some printouts write "NIPPPK"
# A non-ASN penilai (the Bupati of a Kepala Dinas, the Menteri of a Direktur Jenderal): the
# 6/2022 example (§1.2, S4) labels the number "NIP (*opsional)" and has INSTANSI for UNIT KERJA.
NIP_OPTIONAL = "NIP (*opsional)"
PANGKAT = "PANGKAT/GOL. RUANG"
JABATAN = "JABATAN"
UNIT_KERJA = "UNIT KERJA"
INSTANSI = "INSTANSI"
# Column (2) of the JA/JF HASIL KERJA table: the wording of the only confirmed e-Kinerja print
# (S11, §1.3); the office setting `print.intervened_label` may choose PIMPINAN instead.
INTERVENED_ATASAN = "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI"
INTERVENED_PIMPINAN = "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"
# An RHK that continues on the next page repeats its number there: "1 (lanjutan)".
CONTINUED = "(lanjutan)"

HASIL_KERJA = "HASIL KERJA"
RENCANA_HASIL_KERJA = "RENCANA HASIL KERJA"
ASPEK = "ASPEK"
INDIKATOR_KINERJA_INDIVIDU = "INDIKATOR KINERJA INDIVIDU"
TARGET = "TARGET"
PERSPEKTIF = "PERSPEKTIF"
UTAMA = "A. UTAMA"
TAMBAHAN = "B. TAMBAHAN"
# Kualitatif: the heading of the indicator list under each RHK (§1.3 for JA/JF, §1.2 for JPT).
UKURAN_JA_JF = "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:"
UKURAN_JPT = "Ukuran keberhasilan/Indikator Kinerja Individu, Target, dan Perspektif :"

PERILAKU_KERJA = "PERILAKU KERJA"
EKSPEKTASI_KHUSUS_PIMPINAN = "EKSPEKTASI KHUSUS PIMPINAN"

LAMPIRAN_TITLE = "LAMPIRAN SASARAN KINERJA PEGAWAI"

SIGN_PEGAWAI = "Pegawai yang Dinilai,"
SIGN_PENILAI = "Pejabat Penilai Kinerja,"

BLANK = "-"  # an empty cell
DOTS = "." * 24  # a place or date left for handwriting


class DocumentVariant(str, enum.Enum):
    """Which HASIL KERJA layout: the columns differ per form (JPT/JA-JF) and approach."""

    JA_JF_KUANTITATIF = "ja_jf_kuantitatif"
    JA_JF_KUALITATIF = "ja_jf_kualitatif"
    JPT_KUANTITATIF = "jpt_kuantitatif"
    JPT_KUALITATIF = "jpt_kualitatif"

    @property
    def is_jpt(self) -> bool:
        return self in (DocumentVariant.JPT_KUANTITATIF, DocumentVariant.JPT_KUALITATIF)

    @property
    def is_kualitatif(self) -> bool:
        return self in (DocumentVariant.JA_JF_KUALITATIF, DocumentVariant.JPT_KUALITATIF)


class PlaceDateMode(str, enum.Enum):
    """Office setting `print.place_date` (see `domain.settings`)."""

    CITY_DATE = "city_date"  # "Wonosari, 1 Januari 2026"
    CITY_BLANK = "city_blank"  # "Wonosari, ........" (the date is written by hand)
    BLANK = "blank"  # "........, ........"


def place_date_line(city: str, mode: PlaceDateMode, day: dt.date) -> str:
    """"Wonosari, 1 Januari 2026" / "Wonosari, ....." / "....., ....." per `print.place_date`."""
    city = city or DOTS
    if mode is PlaceDateMode.CITY_DATE:
        return f"{city}, {tanggal(day)}"
    if mode is PlaceDateMode.CITY_BLANK:
        return f"{city}, {DOTS}"
    return f"{DOTS}, {DOTS}"


# A field whose value equal to its default is left out of the content hash: fields added after
# codes were printed must not change the code of a copy whose content did not change.
_OMIT_DEFAULT = {"omit_default": True}


@dataclass(frozen=True)
class PersonBlock:
    """One side of the identity table, and the name and number under a signature.

    Build it with `person_block_for` (the fill rules of PNS, PPPK and non-ASN live there)."""

    name: str  # with titles: "Dr. Siti Aminah, S.Kom., M.T."
    nip: str  # "-" when the person has none (e.g. a non-ASN Bupati)
    nip_label: str  # "NIP", "NI PPPK" or, for a non-ASN, "NIP (*opsional)"
    rank: str  # "Penata Muda Tingkat I, III/b", "Golongan IX", "" (non-PNS: dikosongkan) or "-"
    position: str
    unit: str  # the unit kerja; for a non-ASN the instansi name
    unit_label: str = dataclasses.field(default=UNIT_KERJA, metadata=_OMIT_DEFAULT)  # or INSTANSI

    @property
    def signature_id(self) -> str:
        """The line under the name: "NIP. 199001012015032003" ("NI PPPK. …" for PPPK). A
        non-ASN without a number gets no line at all (no "NIP. -", §1.2); a penilai not
        recorded keeps "NIP. -"."""
        if self.nip_label == NIP_OPTIONAL:
            return f"{NIP}. {self.nip}" if self.nip and self.nip != BLANK else ""
        return f"{self.nip_label}. {self.nip}"


def bookmark_of(person: PersonBlock) -> str:
    """"<name> – <NIP>" (the name alone without a number): a pegawai's entry in a combined PDF."""
    if person.nip and person.nip != BLANK:
        return f"{person.name} – {person.nip}"
    return person.name


def person_block_for(*, name: str, nip: str | None, asn_type: str, rank: str, position: str,
                     unit: str, instansi: str, show_pppk_rank: bool = False) -> PersonBlock:
    """The printed identity of a person by the fill rules of every form:
    - PNS: "NIP", pangkat/golongan as given;
    - PPPK: "NI PPPK" (§5.2); the golongan left empty ("dikosongkan", §4.4) unless the office
      setting `print.pppk_golongan` says "tampilkan" (`show_pppk_rank`);
    - non-ASN ("NON_ASN"): "NIP (*opsional)", pangkat empty, and INSTANSI (the instansi name)
      instead of UNIT KERJA (§1.2).
    `asn_type`: the `AsnType` value ("PNS", "PPPK", "NON_ASN"); `rank` the printed rank text."""
    if asn_type == "NON_ASN":
        return PersonBlock(name=name or BLANK, nip=nip or BLANK, nip_label=NIP_OPTIONAL, rank="",
                           position=position or BLANK, unit=instansi or unit or BLANK,
                           unit_label=INSTANSI)
    pppk = asn_type == "PPPK"
    shown_rank = rank if (not pppk or show_pppk_rank) else ""
    return PersonBlock(name=name or BLANK, nip=nip or BLANK, nip_label=NIPPPK if pppk else NIP,
                       rank=shown_rank or ("" if pppk else BLANK), position=position or BLANK,
                       unit=unit or BLANK)


@dataclass(frozen=True)
class IndicatorLine:
    aspect: str  # "Kuantitas" … (JA/JF kuantitatif only; "" otherwise)
    text: str  # indikator kinerja individu (kualitatif: the text narrates the target too)
    target: str  # "12 Dokumen"; may be "" for kualitatif


@dataclass(frozen=True)
class RhkLine:
    number: int  # 1, 2, … within its section
    intervened: str  # RHK pimpinan yang diintervensi, or "-"
    text: str  # JPT: ends with "(penugasan dari X)" when set
    perspective: str  # JPT: "Penerima Layanan" …; "" for JA/JF
    indicators: tuple[IndicatorLine, ...]


@dataclass(frozen=True)
class HasilKerjaSection:
    title: str  # "A. UTAMA" / "B. TAMBAHAN"
    rows: tuple[RhkLine, ...]


@dataclass(frozen=True)
class PerilakuLine:
    number: int
    name: str  # "Berorientasi Pelayanan"
    guides: tuple[str, ...]  # the three panduan perilaku
    expectation: str  # ekspektasi khusus pimpinan; "" when none


@dataclass(frozen=True)
class LampiranList:
    title: str  # "DUKUNGAN SUMBER DAYA" …
    items: tuple[str, ...]


@dataclass(frozen=True)
class LogoProblem:
    """Why the stored office logo is left off printed forms (`services.office.verify_stored_logo`).

    reason: "outside_store", "missing", "unreadable", "hash_mismatch" (the file is not the one
    its SHA-256 name promises), or the value of the image rule's ErrorCode it breaks (e.g.
    "logo_too_many_pixels"), whose params are in `params`."""

    path: str  # as stored: "attachments/<sha256>.png"
    reason: str
    params: tuple[tuple[str, Any], ...] = ()

    def message_params(self) -> dict[str, Any]:
        return {**dict(self.params), "path": self.path, "reason": self.reason}


@dataclass(frozen=True)
class SkpDocument:
    skp_id: str
    year: int
    revision: int
    variant: DocumentVariant
    instansi: str
    city: str
    logo_path: str | None  # absolute path of the office logo, or None
    title_lines: tuple[str, ...]
    period_text: str  # "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026"
    pegawai: PersonBlock
    penilai: PersonBlock | None  # None: no Pejabat Penilai recorded
    intervened_label: str  # office setting print.intervened_label
    place_date_mode: PlaceDateMode  # office setting print.place_date
    hasil_kerja: tuple[HasilKerjaSection, ...]
    perilaku: tuple[PerilakuLine, ...]
    lampiran: tuple[LampiranList, ...]
    printed_on: dt.date
    # Set when the stored logo failed its check and was left off (then logo_path is None): the
    # print says so. Not content: the copy is the same whatever the reason.
    logo_problem: LogoProblem | None = None
    # Issue 13: the SKP's status when the copy was built (SkpStatus value: "draft", "diajukan",
    # "dikembalikan", "disetujui"); not final (KONSEP on every page) unless "disetujui". And
    # the tanggal penetapan (the day it was approved), None while not approved.
    status: str = ""
    approved_on: dt.date | None = None
    # The pegawai's id (printed_document.pegawai_id, batch printing); not content.
    pegawai_id: str | None = None

    # --- the printable-document protocol (issue 13; `domain.print_marks`)
    kind = "skp"  # printed_document.kind
    period = ""  # an SKP is of a year, not of a period

    @property
    def record_id(self) -> str:
        return self.skp_id

    @property
    def final(self) -> bool:
        """Approved: the copy to sign. Anything else prints KONSEP on every page. A document
        built without a status (older callers) counts as final, as it printed before."""
        return self.status in ("", FINAL_SKP_STATUS)

    @property
    def status_label(self) -> str:
        """"Draft" / "Dikembalikan" / "Diajukan" / "Disetujui" ("" when unknown)."""
        return skp_status_label(self.status)

    @property
    def marks(self) -> PageMarks:
        """The furniture of every page: the footer says the status and the tanggal penetapan
        (the print date until the SKP is approved)."""
        when = (SET_ON.format(date=tanggal(self.approved_on)) if self.approved_on
                else PRINTED_ON.format(date=tanggal(self.printed_on)))
        return PageMarks(
            code=self.code, kind=self.kind, record_id=self.record_id, revision=self.revision,
            final=self.final,
            status_text=STATUS_TEXT.format(label=self.status_label) if self.status else "",
            date_text=when,
            person=person_text(self.pegawai.name, self.pegawai.nip_label, self.pegawai.nip))

    # --- derived text
    @property
    def place_date(self) -> str:
        """The line above "Pejabat Penilai Kinerja," per the office setting: dated the tanggal
        penetapan (the approval) for an approved SKP, the print date otherwise."""
        return place_date_line(self.city, self.place_date_mode, self.approved_on or self.printed_on)

    @property
    def penilai_or_blank(self) -> PersonBlock:
        """The penilai, or a block of "-" when none is recorded."""
        return self.penilai or PersonBlock(BLANK, BLANK, NIP, BLANK, BLANK, BLANK)

    @property
    def pdf_title(self) -> str:
        return f"Sasaran Kinerja Pegawai – {self.pegawai.name} – {self.year}"

    @property
    def bookmark(self) -> str:
        """The outline entry of this copy in a combined PDF: "<name> – <NIP>"."""
        return bookmark_of(self.pegawai)

    # --- identity of the printed copy
    @cached_property
    def content_hash(self) -> str:
        return content_hash(self)

    @cached_property
    def code(self) -> str:
        return document_code(self.content_hash, self.revision)


@dataclass(frozen=True)
class PrintCheck:
    """What `check-print CODE` reports about a printed copy."""

    code: str
    skp_id: str
    pegawai_name: str
    nip: str
    year: int
    printed_revision: int
    current_revision: int
    printed_at: str  # ISO-8601 UTC time the copy was recorded
    # The document made from the record today differs from the printed one; None for the
    # bimbingan forms and the catatan dialog (kind "b18", "b19", "dialog"): their record names
    # only the SKP, not the dialog, so the copy cannot be rebuilt to compare (issue 10).
    changed: bool | None
    kind: str = "skp"  # printed_document.kind
    # Issue 13: the record's status when printed ("" for copies recorded before schema 0012)
    # and now (SkpStatus / EvaluationStatus values), and the record the copy belongs to.
    printed_status: str = ""
    current_status: str = ""
    record_id: str = ""
    period: str = ""
    unit: str = ""  # a penetapan: the unit's path (it names no pegawai)


# --- canonical content and the code
# revision goes into the code, not the hash; logo_problem only explains a missing logo;
# approved_on comes with the revision (issue 13)
VOLATILE_FIELDS = ("printed_on", "revision", "logo_problem", "approved_on", "status",
                   "pegawai_id")
FINAL_SKP_STATUS = "disetujui"


def skp_status_label(status: str) -> str:
    """An SKP status as printed and reported: the stored SkpStatus values and "dikembalikan"
    (a draft its penilai returned, `domain.team`) -> "Draft", "Dikembalikan", ...; "" unknown."""
    try:
        return SKP_STATE_LABELS[SkpState(status)]
    except ValueError:
        return status


def canonical_content(doc: SkpDocument) -> dict[str, Any]:
    """The document's content as plain JSON values, minus what does not make it a different copy."""
    content = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)
               if f.name not in VOLATILE_FIELDS}
    if doc.logo_path:
        content["logo_path"] = PurePath(doc.logo_path).name  # machine-independent
    # A KONSEP copy (not approved) is a different paper from the final one: its status is
    # content. A final copy hashes as before issue 13, so codes printed earlier still match.
    status = getattr(doc, "status", "")  # other forms hash through here too
    if status and status != FINAL_SKP_STATUS:
        content["status"] = status
    return _plain(content)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not (f.metadata.get("omit_default") and getattr(value, f.name) == f.default)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def content_hash(doc: SkpDocument) -> str:
    text = json.dumps(canonical_content(doc), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Crockford base32: no I, L, O, U, so a code read aloud or typed from paper is unambiguous.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_PREFIX = "SKP"
CODE_CHARS = 10  # 50 bits
_TYPO = str.maketrans({"O": "0", "I": "1", "L": "1"})


def document_code(content_hash: str, revision: int) -> str:
    """"SKP-7M2QK-9XD4A": 10 Crockford base32 characters of SHA-256(content hash, revision)."""
    digest = hashlib.sha256(f"{content_hash}:{revision}".encode("ascii")).digest()
    number = int.from_bytes(digest[:8], "big") >> (64 - 5 * CODE_CHARS)
    chars = "".join(CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(CODE_CHARS)))
    return f"{CODE_PREFIX}-{chars[:5]}-{chars[5:]}"


def normalize_code(text: str) -> str | None:
    """A code as typed ("skp 7m2qk 9xd4a", "7M2QK9XD4A", "SKP-7M2QK-9XD4O") in its printed form.

    Case, spaces, dashes and dots are ignored; O is read as 0 and I/L as 1 (Crockford). None when
    it cannot be a code at all.
    """
    raw = "".join(ch for ch in (text or "").upper() if ch not in " -._\t")
    if len(raw) == len(CODE_PREFIX) + CODE_CHARS and raw.startswith(CODE_PREFIX):
        raw = raw[len(CODE_PREFIX):]
    raw = raw.translate(_TYPO)
    if len(raw) != CODE_CHARS or any(ch not in CROCKFORD for ch in raw):
        return None
    return f"{CODE_PREFIX}-{raw[:5]}-{raw[5:]}"
