"""Penilaian (issue 12; SKP-REFERENCE §2.4, §2.5, §3): ratings, the 3×3 matrix, predikat kinerja
pegawai and organisasi, the states of an evaluation and its keberatan.

- The pejabat penilai gives a rating hasil kerja and a rating perilaku kerja (Di Atas / Sesuai /
  Di Bawah Ekspektasi); the predikat follows from the matrix of §3.2 (`predikat_of`). A different
  predikat may be set with a reason (an override; it is journaled like every write).
- A JPT who leads the organisation gets the capaian kinerja organisasi of the unit they lead as
  rating hasil kerja (§3.1). The organisation has five levels and the rating three, so the level
  is mapped (`rating_from_org`): Istimewa -> Di Atas, Baik -> Sesuai, the three lower levels ->
  Di Bawah. This mapping is our documented choice (the reference gives none).
- States: draft -> ditetapkan (the pejabat penilai) -> final. Final is reached when a keberatan
  is decided or when the keberatan window (14 days from the day it was ditetapkan, PP 30/2019
  Pasal 59: "paling lambat 14 hari sejak diterima") passed with no keberatan filed; the latter is
  derived from the date (`effective_status`), nothing has to be written when the window closes.
  A ditetapkan or final evaluation is read-only; reopening it (a reason is required) marks it
  DIGANTI and starts revision n+1 as a draft. A keberatan decided "change" also writes a new
  revision (final at once), so every printed revision stays what it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from .errors import DomainError, ErrorCode


class Rating(str, Enum):
    DIATAS = "diatas"
    SESUAI = "sesuai"
    DIBAWAH = "dibawah"


RATING_LABELS = {Rating.DIATAS: "Di Atas Ekspektasi", Rating.SESUAI: "Sesuai Ekspektasi",
                 Rating.DIBAWAH: "Di Bawah Ekspektasi"}


class Predikat(str, Enum):
    """Predikat kinerja pegawai; `.label` is the print spelling (§3.2), a contract of
    `eval show --json`."""

    SANGAT_BAIK = "sangat_baik"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def label(self) -> str:
        return PREDIKAT_LABELS[self]


PREDIKAT_LABELS = {Predikat.SANGAT_BAIK: "Sangat Baik", Predikat.BAIK: "Baik",
                   Predikat.BUTUH_PERBAIKAN: "Butuh Perbaikan",
                   Predikat.KURANG: "Kurang/Misconduct", Predikat.SANGAT_KURANG: "Sangat Kurang"}

# The x axis of the distribution chart and the order of `counts` (§3.3 "POLA DISTRIBUSI"):
# from Sangat Kurang up to Sangat Baik.
PREDIKAT_AXIS = (Predikat.SANGAT_KURANG, Predikat.KURANG, Predikat.BUTUH_PERBAIKAN,
                 Predikat.BAIK, Predikat.SANGAT_BAIK)

# §3.2, rows = rating hasil kerja, columns = rating perilaku kerja.
MATRIX: dict[tuple[Rating, Rating], Predikat] = {
    (Rating.DIATAS, Rating.DIBAWAH): Predikat.KURANG,
    (Rating.DIATAS, Rating.SESUAI): Predikat.BAIK,
    (Rating.DIATAS, Rating.DIATAS): Predikat.SANGAT_BAIK,
    (Rating.SESUAI, Rating.DIBAWAH): Predikat.KURANG,
    (Rating.SESUAI, Rating.SESUAI): Predikat.BAIK,
    (Rating.SESUAI, Rating.DIATAS): Predikat.BAIK,
    (Rating.DIBAWAH, Rating.DIBAWAH): Predikat.SANGAT_KURANG,
    (Rating.DIBAWAH, Rating.SESUAI): Predikat.BUTUH_PERBAIKAN,
    (Rating.DIBAWAH, Rating.DIATAS): Predikat.BUTUH_PERBAIKAN,
}


def predikat_of(hasil: Rating, perilaku: Rating) -> Predikat:
    """The predikat kinerja pegawai of the §3.2 matrix."""
    return MATRIX[(Rating(hasil), Rating(perilaku))]


class OrgPredikat(str, Enum):
    """Predikat (capaian) kinerja organisasi (§3.3). Values are the CLI's words."""

    ISTIMEWA = "istimewa"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh-perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat-kurang"

    @property
    def label(self) -> str:
        return ORG_PREDIKAT_LABELS[self]


ORG_PREDIKAT_LABELS = {OrgPredikat.ISTIMEWA: "Istimewa", OrgPredikat.BAIK: "Baik",
                       OrgPredikat.BUTUH_PERBAIKAN: "Butuh Perbaikan",
                       OrgPredikat.KURANG: "Kurang", OrgPredikat.SANGAT_KURANG: "Sangat Kurang"}

ORG_PREDIKAT_ORDER = (OrgPredikat.ISTIMEWA, OrgPredikat.BAIK, OrgPredikat.BUTUH_PERBAIKAN,
                      OrgPredikat.KURANG, OrgPredikat.SANGAT_KURANG)


def rating_from_org(org: OrgPredikat) -> Rating:
    """The rating hasil kerja of a JPT who leads the organisation (§3.1; mapping: module doc)."""
    org = OrgPredikat(org)
    if org is OrgPredikat.ISTIMEWA:
        return Rating.DIATAS
    if org is OrgPredikat.BAIK:
        return Rating.SESUAI
    return Rating.DIBAWAH


class EvaluationStatus(str, Enum):
    DRAFT = "draft"
    DITETAPKAN = "ditetapkan"
    FINAL = "final"
    DIGANTI = "diganti"   # an older revision, replaced by a reopen or a keberatan's change


EVALUATION_STATUS_LABELS = {EvaluationStatus.DRAFT: "Draft",
                            EvaluationStatus.DITETAPKAN: "Ditetapkan",
                            EvaluationStatus.FINAL: "Final",
                            EvaluationStatus.DIGANTI: "Diganti (revisi lama)"}

KEBERATAN_DAYS = 14       # PP 30/2019 Pasal 59
MAX_NOTE = 4000           # catatan/rekomendasi, alasan, penjelasan, keputusan
MAX_REASON = 2000


def keberatan_deadline(set_on: dt.date) -> dt.date:
    """The last day a keberatan may be filed: 14 days after the day the evaluation was
    ditetapkan (the pegawai receives it that day; the day itself is day 0)."""
    return set_on + dt.timedelta(days=KEBERATAN_DAYS)


def effective_status(stored: EvaluationStatus | str, set_on: dt.date | None,
                     keberatan_open: bool, today: dt.date) -> EvaluationStatus:
    """The status shown everywhere: a ditetapkan evaluation whose keberatan window passed with
    no keberatan waiting is final (derived; nothing is written when the window closes)."""
    stored = EvaluationStatus(stored)
    if (stored is EvaluationStatus.DITETAPKAN and set_on is not None and not keberatan_open
            and today > keberatan_deadline(set_on)):
        return EvaluationStatus.FINAL
    return stored


class KeberatanStatus(str, Enum):
    DIAJUKAN = "diajukan"        # waiting for the atasan pejabat penilai
    DIPUTUSKAN = "diputuskan"    # decided; final


class KeberatanDecision(str, Enum):
    KEEP = "tetap"      # the ratings stay
    CHANGE = "ubah"     # the atasan sets new ratings (a new, final revision)


KEBERATAN_DECISION_LABELS = {KeberatanDecision.KEEP: "Penilaian tetap",
                             KeberatanDecision.CHANGE: "Penilaian diubah"}


class AdvisorySource(str, Enum):
    """Advisory inputs (§7 "Peer review / 360°": optional under 6/2022). Shown only in
    aggregate, and only when at least MIN_ADVISORY_ANSWERS people answered."""

    REKAN = "rekan"                      # rekan kerja setingkat
    BAWAHAN = "bawahan"                  # upward: the pegawai's own staff
    PENERIMA_LAYANAN = "penerima_layanan"  # external: who received the service


ADVISORY_SOURCE_LABELS = {AdvisorySource.REKAN: "Rekan kerja",
                          AdvisorySource.BAWAHAN: "Bawahan",
                          AdvisorySource.PENERIMA_LAYANAN: "Penerima layanan"}
MIN_ADVISORY_ANSWERS = 4


def parse_rating(text: str | None, *, field: str) -> Rating:
    """"diatas"/"di atas"/"Di Atas Ekspektasi" -> Rating; RATING_INVALID naming the field."""
    key = "".join((text or "").casefold().split()).replace("ekspektasi", "").replace("_", "")
    for rating in Rating:
        if key == rating.value:
            return rating
    raise DomainError(ErrorCode.RATING_INVALID, field=field, value=text or "")


def parse_predikat(text: str | None, *, field: str = "predikat") -> Predikat:
    """A predikat from its label or code, any case ("Sangat Baik", "sangat-baik", "kurang",
    "Kurang/Misconduct", "misconduct"); PREDIKAT_INVALID naming the field otherwise."""
    key = "".join(ch for ch in (text or "").casefold() if ch.isalpha())
    aliases = {"sangatbaik": Predikat.SANGAT_BAIK, "baik": Predikat.BAIK,
               "butuhperbaikan": Predikat.BUTUH_PERBAIKAN, "cukup": Predikat.BUTUH_PERBAIKAN,
               "cukupbutuhperbaikan": Predikat.BUTUH_PERBAIKAN,
               "kurang": Predikat.KURANG, "kurangmisconduct": Predikat.KURANG,
               "misconduct": Predikat.KURANG, "sangatkurang": Predikat.SANGAT_KURANG}
    if key in aliases:
        return aliases[key]
    raise DomainError(ErrorCode.PREDIKAT_INVALID, field=field, value=text or "")


def parse_org_predikat(text: str | None, *, field: str = "predikat") -> OrgPredikat:
    key = "".join(ch for ch in (text or "").casefold() if ch.isalpha())
    for org in OrgPredikat:
        if key == org.value.replace("-", ""):
            return org
    if key == "cukup":                   # "Butuh Perbaikan/Cukup" (S1)
        return OrgPredikat.BUTUH_PERBAIKAN
    raise DomainError(ErrorCode.ORG_PREDIKAT_INVALID, field=field, value=text or "")


@dataclass(frozen=True)
class PersonSnapshot:
    """A person as they were when the evaluation was written (names, ranks and units change;
    history must not). Empty strings where there is nothing (a non-ASN penilai has no NIP)."""

    id: str | None
    name: str            # titled name as printed
    nip: str = ""
    pangkat: str = ""    # "Penata Muda (III/a)"
    jabatan: str = ""
    unit: str = ""       # unit path as people read it
    jenjang: str = ""    # jenjang jabatan fungsional (for angka kredit)
    position_kind: str = ""

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "nip": self.nip, "pangkat": self.pangkat,
                "jabatan": self.jabatan, "unit": self.unit, "jenjang": self.jenjang,
                "position_kind": self.position_kind}

    @classmethod
    def from_dict(cls, data: dict | None) -> "PersonSnapshot | None":
        if not data:
            return None
        return cls(**{k: data.get(k) or ("" if k != "id" else None)
                      for k in ("id", "name", "nip", "pangkat", "jabatan", "unit", "jenjang",
                                "position_kind")})


@dataclass(frozen=True)
class Evaluation:
    """One revision of the evaluation of an SKP for a period (the newest is the one in force)."""

    id: str
    skp_id: str
    pegawai_id: str
    period: str                      # period name, "2026-TW1" / "2026-AKHIR"
    revision: int
    status: EvaluationStatus         # effective status (see `effective_status`)
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    predikat_override: bool
    override_reason: str
    org_predikat: OrgPredikat | None  # capaian kinerja organisasi used (snapshot when set)
    hasil_from_org: bool              # the JPT rule gave the rating hasil kerja
    note: str                         # catatan/rekomendasi
    pegawai: PersonSnapshot | None
    penilai: PersonSnapshot | None
    atasan: PersonSnapshot | None     # atasan pejabat penilai kinerja
    rated_on: dt.date | None
    set_on: dt.date | None            # ditetapkan
    final_on: dt.date | None          # written when a keberatan was decided
    reopen_reason: str                # why this revision exists (reopen / keberatan), "" for 1
    self_hasil: Rating | None = None  # the pegawai's self-assessment (advisory)
    self_perilaku: Rating | None = None
    self_reflection: str = ""
    self_on: dt.date | None = None
    stored_status: EvaluationStatus = EvaluationStatus.DRAFT

    @property
    def matrix_predikat(self) -> Predikat | None:
        if self.rating_hasil is None or self.rating_perilaku is None:
            return None
        return predikat_of(self.rating_hasil, self.rating_perilaku)

    @property
    def read_only(self) -> bool:
        return self.status is not EvaluationStatus.DRAFT

    @property
    def keberatan_deadline(self) -> dt.date | None:
        return keberatan_deadline(self.set_on) if self.set_on else None


@dataclass(frozen=True)
class OrgPredikatRecord:
    """The predikat kinerja organisasi of a unit for a period, with who set it and when."""

    id: str
    unit_id: str
    unit_path: str
    period: str
    predikat: OrgPredikat
    set_on: dt.date
    set_by_id: str | None
    set_by_name: str
    note: str = ""


@dataclass(frozen=True)
class Keberatan:
    id: str
    evaluation_id: str
    skp_id: str
    pegawai_id: str
    period: str
    filed_on: dt.date
    reason: str
    atasan_id: str | None
    atasan_name: str
    status: KeberatanStatus
    penilai_explanation: str = ""
    pegawai_explanation: str = ""
    decision: KeberatanDecision | None = None
    new_hasil: Rating | None = None
    new_perilaku: Rating | None = None
    decision_note: str = ""
    decided_on: dt.date | None = None
    decided_by_name: str = ""
    # Added by helper "keberatan" (all defaulted): who filed it, when each explanation was
    # recorded, who decided, and the revision a "change" decision wrote.
    filed_by_name: str = ""
    penilai_explained_on: dt.date | None = None
    pegawai_explained_on: dt.date | None = None
    decided_by_id: str | None = None
    result_evaluation_id: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status is KeberatanStatus.DIAJUKAN


@dataclass(frozen=True)
class AdvisoryInput:
    id: str
    skp_id: str
    period: str
    source: AdvisorySource
    rating: Rating | None
    comment: str
    recorded_on: dt.date


@dataclass(frozen=True)
class AdvisorySummary:
    """Advisory inputs of one source in aggregate; `shown` False (and no counts or comments)
    when fewer than MIN_ADVISORY_ANSWERS answered, so nobody can be singled out."""

    source: AdvisorySource
    answered: int
    shown: bool
    counts: dict[Rating, int] = field(default_factory=dict)
    comments: tuple[str, ...] = ()
