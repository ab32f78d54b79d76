"""Rencana aksi, realisasi and bukti dukung (issue 11; SKP-REFERENCE §2.3).

- A rencana aksi is the pegawai's plan for one RHK in one period: text and, for a kuantitatif
  indicator set, a periodic target.
- A realisasi is what one indicator achieved in one period: a value or a text, dated, with who
  entered it (the pegawai, or the pejabat penilai / a pengelola kinerja for them).
- A bukti dukung is a file (stored once in `attachments/` under its SHA-256) or a link/reference,
  attached to a realisasi (an indicator and period) or to an RHK and period. The pejabat penilai
  accepts or rejects it with a reason; a rejected one stays visible, and the pegawai may replace
  it with a new version that names the one it replaces (the history is the chain).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .errors import DomainError, ErrorCode
from .periods import PeriodInfo
from .skp import Skp

SETTING_MAX_SIZE_MB = "evidence.max_size_mb"
DEFAULT_MAX_SIZE_MB = 25
MAX_FILES_PER_ADD = 50          # files in one `evidence add` / one drop
MAX_DESCRIPTION = 1000
MAX_LINK = 2000
MAX_PLAN_TEXT = 4000
MAX_REALISASI_TEXT = 4000
MAX_TARGET = 100


class EvidenceStatus(str, Enum):
    MENUNGGU = "menunggu"    # waiting for the pejabat penilai's verification
    DITERIMA = "diterima"
    DITOLAK = "ditolak"


STATUS_LABELS = {EvidenceStatus.MENUNGGU: "Menunggu verifikasi",
                 EvidenceStatus.DITERIMA: "Diterima", EvidenceStatus.DITOLAK: "Ditolak"}


class EvidenceKind(str, Enum):
    FILE = "file"
    LINK = "link"


# Accepted file types: the type is recognised from the content (services/evidence), never from
# the name alone; the stored file gets the extension of the recognised type. name -> (mime, ext).
FILE_TYPES: dict[str, tuple[str, str]] = {
    "pdf": ("application/pdf", ".pdf"),
    "jpeg": ("image/jpeg", ".jpg"),
    "png": ("image/png", ".png"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
    "doc": ("application/msword", ".doc"),
    "xls": ("application/vnd.ms-excel", ".xls"),
    "ppt": ("application/vnd.ms-powerpoint", ".ppt"),
    "odt": ("application/vnd.oasis.opendocument.text", ".odt"),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
    "odp": ("application/vnd.oasis.opendocument.presentation", ".odp"),
}
ALLOWED_TYPES_TEXT = "PDF, JPEG, PNG, Word, Excel, PowerPoint, OpenDocument"
IMAGE_MIMES = ("image/jpeg", "image/png")


@dataclass(frozen=True)
class RencanaAksi:
    id: str
    skp_id: str
    rhk_id: str
    period: str          # period name, domain.periods
    text: str
    target: str          # "" when none (kualitatif, or not given)
    updated_on: dt.date
    author_id: str | None
    author_name: str


@dataclass(frozen=True)
class Realisasi:
    id: str
    skp_id: str
    rhk_id: str
    indicator_id: str
    period: str
    value: str
    entered_on: dt.date
    entered_by_id: str | None
    entered_by_name: str


@dataclass(frozen=True)
class Evidence:
    id: str
    skp_id: str
    rhk_id: str | None
    indicator_id: str | None   # set: attached to that indicator's realisasi of the period
    period: str
    kind: EvidenceKind
    file_ref: str              # "<sha256><ext>" in attachments/, "" for a link
    sha256: str
    size: int
    mime: str
    original_name: str
    link: str
    description: str
    added_on: dt.date
    added_by_id: str | None
    added_by_name: str
    replaces_id: str | None
    status: EvidenceStatus
    status_reason: str
    verified_on: dt.date | None
    verified_by_id: str | None
    verified_by_name: str
    available: bool = True     # False: the file has not arrived yet ("menunggu lampiran")
    replaced_by_id: str | None = None  # a newer version exists

    @property
    def is_current(self) -> bool:
        return self.replaced_by_id is None

    @property
    def is_image(self) -> bool:
        return self.mime in IMAGE_MIMES

    @property
    def hash_prefix(self) -> str:
        return self.sha256[:12]


WAITING_FOR_FILE = "menunggu lampiran"


# --- the "Rencana aksi & bukti" grid (services.evidence.plans.PlanService.grid; helper "plans")

@dataclass(frozen=True)
class GridCell:
    """One cell of the grid: an RHK row shows its rencana aksi and counts every current bukti of
    the RHK in the period (its indicators' included); an indicator row shows its realisasi and
    counts the bukti attached to that indicator. `files_missing`: current file bukti whose file
    is not in the store yet ("menunggu lampiran")."""

    plan: RencanaAksi | None = None
    realisasi: Realisasi | None = None
    evidence_total: int = 0
    evidence_accepted: int = 0
    evidence_rejected: int = 0
    evidence_waiting: int = 0   # status menunggu (verification), not "menunggu lampiran"
    files_missing: int = 0


EMPTY_CELL = GridCell()


@dataclass(frozen=True)
class PlanGrid:
    """An SKP with the periods of its year as columns; `cells` keyed by (rhk_id or indicator_id,
    period name), one for every row and period (empty cells are EMPTY_CELL)."""

    skp: Skp
    periods: tuple[PeriodInfo, ...]
    cells: dict[tuple[str, str], GridCell]

    def cell(self, row_id: str, period: str) -> GridCell:
        return self.cells.get((row_id, period), EMPTY_CELL)


# --- the office's size limit (setting `evidence.max_size_mb`; helper "evidence")
MIN_MAX_SIZE_MB = 1
MAX_MAX_SIZE_MB = 500   # beyond this a "bukti" is a video or a disk image, not a scan


def checked_max_size_mb(text, field: str = "batas_ukuran_bukti") -> int:
    """The setting's value as a whole number of megabytes 1..500, or FIELD_INVALID_NUMBER."""
    raw = str(text if text is not None else "").strip()
    try:
        mb = int(raw)
    except ValueError:
        raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field=field, value=raw,
                          min=MIN_MAX_SIZE_MB, max=MAX_MAX_SIZE_MB) from None
    if not MIN_MAX_SIZE_MB <= mb <= MAX_MAX_SIZE_MB:
        raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field=field, value=raw,
                          min=MIN_MAX_SIZE_MB, max=MAX_MAX_SIZE_MB)
    return mb
