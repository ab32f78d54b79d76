"""Instansi, unit kerja and pegawai as plain values (no ORM); SKP-REFERENCE §1.1, §5."""

from __future__ import annotations

import enum
import datetime as dt
from dataclasses import dataclass


class AsnType(str, enum.Enum):
    PNS = "PNS"
    PPPK = "PPPK"
    NON_ASN = "NON_ASN"  # e.g. a Bupati who is Pejabat Penilai of the Kepala Dinas; may have no NIP


class PositionKind(str, enum.Enum):
    """Jenis jabatan. JPT uses the JPT form of the SKP; the others the JA/JF form."""

    JPT = "jpt"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    FUNGSIONAL = "fungsional"


class EmploymentStatus(str, enum.Enum):
    """Whether the pegawai still works here (schema 0008). Leaving never deletes the row: their
    SKP, journal and printed documents stay, they only drop out of the team and the queues."""

    AKTIF = "aktif"
    PENSIUN = "pensiun"
    MUTASI_KELUAR = "mutasi_keluar"


EMPLOYMENT_STATUS_LABELS = {
    EmploymentStatus.AKTIF: "Aktif",
    EmploymentStatus.PENSIUN: "Pensiun",
    EmploymentStatus.MUTASI_KELUAR: "Mutasi keluar",
}

POSITION_KIND_LABELS = {
    PositionKind.JPT: "Jabatan Pimpinan Tinggi",
    PositionKind.ADMINISTRATOR: "Administrator",
    PositionKind.PENGAWAS: "Pengawas",
    PositionKind.PELAKSANA: "Pelaksana",
    PositionKind.FUNGSIONAL: "Fungsional",
}

# Jenjang jabatan fungsional (keahlian, then keterampilan), PermenPANRB 1/2023.
JENJANG_FUNGSIONAL = [
    "Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama",
    "Pemula", "Terampil", "Mahir", "Penyelia",
]


@dataclass(frozen=True)
class Instansi:
    id: str
    name: str
    city: str  # printed on signature lines: "<city>, <date>"
    logo_path: str | None = None


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    parent_id: str | None
    path: str  # "Sekretariat/Subbagian Umum"


UNIT_PATH_SEPARATOR = " / "


def unit_path_text(path: str | None) -> str:
    """A unit path as people read it, the parent first: "Sekretariat/Subbagian Umum" ->
    "Sekretariat / Subbagian Umum". The one format of the window, the CLI's text output and
    the printed form (they showed "A / B", "A/B" and "B - A"). The stored path, the staff file
    column, `--unit` and the JSON keep the bare "A/B" (a " / " typed back there is accepted:
    path parts are stripped). "" for no path."""
    return UNIT_PATH_SEPARATOR.join(p.strip() for p in (path or "").split("/") if p.strip())


def position_with_jenjang(position: str, jenjang: str | None) -> str:
    """"Pranata Komputer" + "Ahli Pertama" -> "Pranata Komputer Ahli Pertama"; a jabatan that
    already names its jenjang ("Pranata Komputer Ahli Pertama") stays as it is, never
    "Pranata Komputer Ahli Pertama (Ahli Pertama)"."""
    if not jenjang or jenjang.casefold() in position.casefold():
        return position
    return f"{position} {jenjang}".strip()


@dataclass(frozen=True)
class Pegawai:
    id: str
    nip: str | None
    asn_type: AsnType
    name: str
    front_title: str
    back_title: str
    rank_code: str | None
    position: str
    position_kind: PositionKind
    jenjang: str | None
    unit_id: str
    unit_path: str
    supervisor_id: str | None  # atasan langsung = Pejabat Penilai Kinerja
    appraiser_override_id: str | None  # Atasan Pejabat Penilai when not the supervisor's supervisor
    supervisor_nip: str | None = None
    supervisor_name: str | None = None
    # The row's hybrid logical clock when it was read: `StaffService.update` refuses to save an
    # edit made on a copy whose row has changed since (optimistic concurrency).
    version: str | None = None
    # Still working here or not (schema 0008); a pegawai who left keeps every row and history.
    employment_status: EmploymentStatus = EmploymentStatus.AKTIF
    status_since: dt.date | None = None

    @property
    def is_active(self) -> bool:
        return self.employment_status is EmploymentStatus.AKTIF

    @property
    def full_name(self) -> str:
        """Name with titles as printed: "Dr. Siti Aminah, S.Kom., M.T."."""
        return titled_name(self.name, self.front_title, self.back_title)


@dataclass(frozen=True)
class PegawaiInput:
    """What a form, a CLI call or an import row supplies to create or update a pegawai.

    Raw text is validated by the service (`skpdesk.services.staff`), which names the field
    of every broken rule.
    """

    name: str
    asn_type: str
    nip: str | None = None
    front_title: str = ""
    back_title: str = ""
    rank: str | None = None
    position: str = ""
    position_kind: str = ""
    jenjang: str | None = None
    unit_path: str = ""
    supervisor_nip: str | None = None
    appraiser_nip: str | None = None


def titled_name(name: str, front_title: str | None, back_title: str | None) -> str:
    """A name with its titles as printed ("Dr. Siti Aminah, S.Kom., M.T.")."""
    if front_title:
        name = f"{front_title} {name}"
    if back_title:
        name = f"{name}, {back_title}"
    return name
