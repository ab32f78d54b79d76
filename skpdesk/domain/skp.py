"""The SKP (Sasaran Kinerja Pegawai) and its parts as plain values; SKP-REFERENCE §1.2–1.5."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Approach(str, enum.Enum):
    """Pendekatan hasil kerja."""

    KUANTITATIF = "kuantitatif"
    KUALITATIF = "kualitatif"


class SkpForm(str, enum.Enum):
    """Which official layout: JPT (with perspektif) or JA/JF (with aspek rows)."""

    JPT = "jpt"
    JA_JF = "ja_jf"


class SkpStatus(str, enum.Enum):
    DRAFT = "draft"
    DIAJUKAN = "diajukan"
    DISETUJUI = "disetujui"


STATUS_LABELS = {SkpStatus.DRAFT: "Draft", SkpStatus.DIAJUKAN: "Diajukan",
                 SkpStatus.DISETUJUI: "Disetujui"}


class RhkKind(str, enum.Enum):
    UTAMA = "utama"
    TAMBAHAN = "tambahan"


class Aspect(str, enum.Enum):
    KUANTITAS = "kuantitas"
    KUALITAS = "kualitas"
    WAKTU = "waktu"
    BIAYA = "biaya"


ASPECT_LABELS = {Aspect.KUANTITAS: "Kuantitas", Aspect.KUALITAS: "Kualitas",
                 Aspect.WAKTU: "Waktu", Aspect.BIAYA: "Biaya"}


class Perspective(str, enum.Enum):
    """Perspektif of a JPT RHK: exactly these four (SKP-REFERENCE §1.2)."""

    PENERIMA_LAYANAN = "penerima_layanan"
    PROSES_BISNIS = "proses_bisnis"
    PENGUATAN_INTERNAL = "penguatan_internal"
    ANGGARAN = "anggaran"


PERSPECTIVE_LABELS = {
    Perspective.PENERIMA_LAYANAN: "Penerima Layanan",
    Perspective.PROSES_BISNIS: "Proses Bisnis",
    Perspective.PENGUATAN_INTERNAL: "Penguatan Internal",
    Perspective.ANGGARAN: "Anggaran",
}


class LampiranSection(str, enum.Enum):
    DUKUNGAN_SUMBER_DAYA = "dukungan_sumber_daya"
    SKEMA_PERTANGGUNGJAWABAN = "skema_pertanggungjawaban"
    KONSEKUENSI = "konsekuensi"


LAMPIRAN_LABELS = {
    LampiranSection.DUKUNGAN_SUMBER_DAYA: "DUKUNGAN SUMBER DAYA",
    LampiranSection.SKEMA_PERTANGGUNGJAWABAN: "SKEMA PERTANGGUNGJAWABAN",
    LampiranSection.KONSEKUENSI: "KONSEKUENSI",
}


def target_text(value: str, unit: str) -> str:
    """A target as printed: "12 Dokumen", and "100%" with no space before a percent sign (as
    the e-Kinerja print writes it, SKP-REFERENCE §1.3)."""
    value, unit = (value or "").strip(), (unit or "").strip()
    if value and unit.startswith("%"):
        return f"{value}{unit}"
    return " ".join(p for p in (value, unit) if p)


@dataclass(frozen=True)
class Indicator:
    """One IKI row. JA/JF kuantitatif: with aspek and target; kualitatif: text carries the target."""

    id: str
    rhk_id: str
    position: int
    aspect: Aspect | None
    text: str
    target_value: str
    target_unit: str

    @property
    def target(self) -> str:
        return target_text(self.target_value, self.target_unit)


@dataclass(frozen=True)
class Rhk:
    id: str
    skp_id: str
    kind: RhkKind
    position: int
    text: str
    parent_rhk_id: str | None  # RHK pimpinan yang diintervensi
    perspective: Perspective | None  # JPT only
    assignment_from: str  # "penugasan dari", JPT only
    indicators: tuple[Indicator, ...] = ()
    parent_rhk_text: str | None = None


@dataclass(frozen=True)
class CoreValue:
    """A BerAKHLAK core value with its three panduan perilaku (editable per instansi)."""

    id: str
    number: int
    name: str
    guides: tuple[str, ...]


@dataclass(frozen=True)
class BehaviourExpectation:
    id: str
    skp_id: str
    core_value: CoreValue
    expectation: str  # ekspektasi khusus pimpinan


@dataclass(frozen=True)
class LampiranItem:
    id: str
    skp_id: str
    section: LampiranSection
    position: int
    text: str


@dataclass(frozen=True)
class SkpSummary:
    id: str
    pegawai_id: str
    year: int
    period_start: dt.date
    period_end: dt.date
    status: SkpStatus


@dataclass(frozen=True)
class Skp:
    id: str
    pegawai_id: str
    appraiser_id: str | None  # Pejabat Penilai Kinerja at the time the SKP was made
    year: int
    period_start: dt.date
    period_end: dt.date
    approach: Approach
    form: SkpForm
    position: str
    unit_path: str
    status: SkpStatus
    status_note: str  # the note of the last return (dikembalikan) or reason of the last reopen
    revision: int  # bumped by every change to the SKP or its parts; part of the print code later
    rhk: tuple[Rhk, ...] = ()
    behaviours: tuple[BehaviourExpectation, ...] = ()
    lampiran: tuple[LampiranItem, ...] = ()
    updated_at: str = ""

    @property
    def read_only(self) -> bool:
        return self.status is not SkpStatus.DRAFT

    def rhk_of(self, kind: RhkKind) -> list[Rhk]:
        return [r for r in self.rhk if r.kind is kind]

    def lampiran_of(self, section: LampiranSection) -> list[LampiranItem]:
        return [i for i in self.lampiran if i.section is section]


# Workflow: Draft -> Diajukan -> Disetujui; Diajukan -> Draft (dikembalikan, note required);
# Disetujui -> Draft (dibuka kembali, reason required).
TRANSITIONS: dict[str, tuple[SkpStatus, SkpStatus, bool]] = {
    "submit": (SkpStatus.DRAFT, SkpStatus.DIAJUKAN, False),
    "approve": (SkpStatus.DIAJUKAN, SkpStatus.DISETUJUI, False),
    "return": (SkpStatus.DIAJUKAN, SkpStatus.DRAFT, True),
    "reopen": (SkpStatus.DISETUJUI, SkpStatus.DRAFT, True),
}


class LostLinkReason(str, enum.Enum):
    """Why a copied RHK no longer names the atasan's RHK it intervened last year."""

    NO_SUPERVISOR = "no_supervisor"  # the pegawai has no atasan now
    NO_SUPERVISOR_SKP = "no_supervisor_skp"  # the atasan has no SKP for the new year (yet)
    NO_MATCHING_RHK = "no_matching_rhk"  # the atasan's new SKP has no Utama RHK of that text


@dataclass(frozen=True)
class LostLink:
    """An RHK of the new draft that intervened `parent_text` last year and now intervenes
    nothing: the user picks the atasan's RHK again (or copies after the atasan did)."""

    kind: RhkKind
    position: int
    text: str
    parent_text: str
    reason: LostLinkReason


@dataclass(frozen=True)
class CopiedSkp:
    """The result of "Salin dari tahun lalu": the new draft and the links it could not keep."""

    skp: Skp
    lost_links: tuple[LostLink, ...] = ()
