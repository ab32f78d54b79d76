"""Dialog kinerja, bimbingan kinerja, umpan balik berkelanjutan and tindak lanjut (stdlib only).

The supervisor's record of the year between planning and evaluation (SKP-REFERENCE §2.1 stage 2,
§2.3, §7). The values here are what services return and front ends show; the rules that need
the database (who may read a confidential note, whether a dialog is still a draft) are applied
in `skpdesk.services.dialog.dialogs` with the acting person of the workspace.

Sync (PEERS-AND-SYNC B3.4, `docs/sync-merge.md`): a dialog is a mutable document while it is a
draft and read-only once closed (corrections are addenda); addenda, umpan balik and the B.1.8 /
B.1.9 answers are append-only facts (a correction is a new row naming the one it supersedes);
tindak lanjut are action items (mutable: status open/done/dropped).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field


class DialogKind(str, enum.Enum):
    """What a dialog was for (§2.1: penetapan ekspektasi is mandatory in planning; §2.3: the
    bimbingan modes coaching, mentoring and konseling; umpan balik)."""

    PENETAPAN_EKSPEKTASI = "penetapan_ekspektasi"
    PEMANTAUAN = "pemantauan"
    COACHING = "coaching"
    MENTORING = "mentoring"
    KONSELING = "konseling"
    UMPAN_BALIK = "umpan_balik"


DIALOG_KIND_LABELS = {
    DialogKind.PENETAPAN_EKSPEKTASI: "Penetapan dan klarifikasi ekspektasi",
    DialogKind.PEMANTAUAN: "Pemantauan kinerja",
    DialogKind.COACHING: "Bimbingan kinerja: coaching",
    DialogKind.MENTORING: "Bimbingan kinerja: mentoring",
    DialogKind.KONSELING: "Bimbingan kinerja: konseling",
    DialogKind.UMPAN_BALIK: "Umpan balik",
}

# The bimbingan kinerja modes: after one, the pegawai fills B.1.8 and the coach may fill B.1.9.
BIMBINGAN_KINDS = frozenset({DialogKind.COACHING, DialogKind.MENTORING, DialogKind.KONSELING})
# Konseling is confidential unless the writer says otherwise (issue 10).
CONFIDENTIAL_BY_DEFAULT = frozenset({DialogKind.KONSELING})

ONLINE_PLACE = "daring"  # how a dialog held online shows where "place" would be


class FollowUpStatus(str, enum.Enum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


FOLLOW_UP_STATUS_LABELS = {
    FollowUpStatus.OPEN: "Terbuka",
    FollowUpStatus.DONE: "Selesai",
    FollowUpStatus.DROPPED: "Dibatalkan",
}


# FORMAT B.1.8 "UMPAN BALIK PELAKSANAAN BIMBINGAN KINERJA" (PermenPANRB 6/2022 Lampiran
# pp.83-84, SKP-REFERENCE §2.3), verbatim: (subject heading, numbered statements).
B18_TITLE = "UMPAN BALIK PELAKSANAAN BIMBINGAN KINERJA"
B18_SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("TENTANG PEGAWAI:", (
        "1. Saya merasa diperhatikan dan dipahami",
        "2. Saya merasa tindakan/langkah yang telah saya lakukan dihargai",
        "3. Saya merasa dapat dengan bebas mengemukakan pendapat/pemikiran saya",
    )),
    ("TENTANG PIMPINAN/ PIHAK LAIN YANG DIBERIKAN PENUGASAN KHUSUS:", (
        "4. Saya merasa bahwa pandangan yang diberikan berdasarkan data/fakta yang akurat",
        "5. Saya merasa bahwa pandangan/pendapat yang diberikan kepada saya bersifat positif",
        "6. Lebih banyak menggunakan metode bertanya dibandingkan menggurui",
    )),
    ("TENTANG PEGAWAI DAN PIMPINAN/ PIHAK LAIN YANG DIBERIKAN PENUGASAN KHUSUS:", (
        "7. Saya merasa dibantu dalam mencari solusi dan aksi tindak lanjut",
        "8. Saya tahu apa yang harus saya lakukan setelah mengikuti kegiatan bimbingan kinerja ini",
        "9. Saya memahami maksud dan tujuan kegiatan bimbingan kinerja ini",
    )),
)
# The nine statements in order, exactly as printed (with their number).
B18_STATEMENTS: tuple[str, ...] = tuple(s for _, group in B18_SUBJECTS for s in group)
B18_COLUMNS = ("SUBJEK", "KRITERIA UMPAN BALIK")

# FORMAT B.1.9 (SKP-REFERENCE §2.3; the last column heading is truncated in the reference: it is
# printed as "ALASAN TERHADAP NILAI", a documented choice).
B19_TITLE = "EVALUASI KOMPETENSI PEGAWAI SEBAGAI TINDAK LANJUT BIMBINGAN KINERJA"
B19_COLUMNS = ("NO", "KOMPETENSI PEGAWAI*", "NILAI (SKALA 1-5)", "ALASAN TERHADAP NILAI")
COMPETENCY_MIN, COMPETENCY_MAX = 1, 5

# The reference does not show B.1.8's response columns: a four-point agreement scale, best
# first, kept as the office setting `coaching.b18_scale` (labels separated by ";").
DEFAULT_AGREEMENT_SCALE: tuple[str, ...] = ("Sangat Setuju", "Setuju", "Tidak Setuju",
                                            "Sangat Tidak Setuju")

# Office settings of this area (declared in `domain.settings.OFFICE_SETTINGS`).
SETTING_B18_SCALE = "coaching.b18_scale"
SETTING_DIALOG_CADENCE = "dialog.cadence_days"   # days without a dialog before a reminder
DEFAULT_DIALOG_CADENCE_DAYS = 92                 # one per quarter

# Reminder windows (issue 10).
FOLLOW_UP_DUE_SOON_DAYS = 7
B18_AFTER_DAYS = 14


# ---- periods of umpan balik berkelanjutan ("month or quarter") ---------------------------------
# Canonical codes: "2026-03" (a month), "2026-Q1" (a quarter). "2026-TW1" (triwulan) is read as
# "2026-Q1". The evidence issue (periods with a rhythm and batas pengisian) maps onto these.

_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
_ROMAN = ("I", "II", "III", "IV")
_MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER_RE = re.compile(r"^(\d{4})-(?:Q|TW)([1-4])$", re.IGNORECASE)


def parse_period(text: str) -> str | None:
    """The canonical period code of `text`, or None when it is not a month or a quarter."""
    t = (text or "").strip()
    m = _MONTH_RE.match(t)
    if m and 1 <= int(m.group(2)) <= 12 and 1900 < int(m.group(1)) < 2200:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    q = _QUARTER_RE.match(t)
    if q and 1900 < int(q.group(1)) < 2200:
        return f"{int(q.group(1)):04d}-Q{q.group(2)}"
    return None


def period_bounds(code: str) -> tuple[dt.date, dt.date]:
    """First and last day of a canonical period code."""
    year, rest = int(code[:4]), code[5:]
    if rest.startswith("Q"):
        q = int(rest[1])
        first = dt.date(year, 3 * q - 2, 1)
        last_month = 3 * q
    else:
        first = dt.date(year, int(rest), 1)
        last_month = int(rest)
    nxt = dt.date(year + (last_month == 12), last_month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def period_label(code: str) -> str:
    """"Maret 2026" / "Triwulan I 2026"."""
    year, rest = code[:4], code[5:]
    if rest.startswith("Q"):
        return f"Triwulan {_ROMAN[int(rest[1]) - 1]} {year}"
    return f"{_MONTHS_ID[int(rest) - 1]} {year}"


def period_of(day: dt.date, quarter: bool = False) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}" if quarter else \
        f"{day.year:04d}-{day.month:02d}"


# ---- values ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonRef:
    """Someone named on a record: a pegawai of the office (`pegawai_id`, `nip`) or, for a
    "pihak lain yang diberikan penugasan khusus" from outside, only a name and a role."""

    name: str
    pegawai_id: str | None = None
    nip: str | None = None
    role: str = ""  # the external person's role ("Widyaiswara BPSDM"); "" for pegawai


@dataclass(frozen=True)
class Topic:
    """An RHK or a core value discussed in a dialog (exactly one of the two ids is set)."""

    id: str
    rhk_id: str | None
    core_value_id: str | None
    label: str  # "RHK 2: Tersedianya ..." / "Akuntabel"


@dataclass(frozen=True)
class Addendum:
    id: str
    dialog_id: str
    written_at: str      # ISO time
    author: PersonRef | None
    text: str


@dataclass(frozen=True)
class FollowUp:
    id: str
    dialog_id: str
    text: str
    owner: PersonRef
    due_on: dt.date | None
    status: FollowUpStatus
    status_note: str
    status_on: dt.date | None
    rhk_id: str | None
    core_value_id: str | None
    closed_in_dialog_id: str | None
    redacted: bool = False   # the text is hidden: the dialog is confidential to this reader


@dataclass(frozen=True)
class Dialog:
    """One dialog kinerja. When `redacted` (confidential, and the reader is neither a participant
    nor its writer) only id, date, participants and `confidential` are filled; every other text
    is empty and the lists are empty: "a dialog took place, on this date, and nothing more"."""

    id: str
    held_on: dt.date
    start_time: str          # "HH:MM" or ""
    duration_min: int | None
    place: str               # ONLINE_PLACE when held online
    online: bool
    kind: DialogKind | None  # None when redacted
    participants: tuple[PersonRef, ...]
    led_by: PersonRef | None
    agenda: tuple[str, ...]
    notes: str
    topics: tuple[Topic, ...]
    follow_ups: tuple[FollowUp, ...]
    addenda: tuple[Addendum, ...]
    confidential: bool
    author: PersonRef | None
    closed_at: str | None    # ISO time; None while a draft
    closed_by: str
    redacted: bool = False

    @property
    def is_draft(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Feedback:
    """Umpan balik berkelanjutan on one RHK or one core value of an SKP, for a period."""

    id: str
    skp_id: str
    pegawai_id: str
    rhk_id: str | None
    core_value_id: str | None
    target_label: str        # "RHK 1: ..." / "Berorientasi Pelayanan"
    period: str              # canonical code (parse_period)
    given_on: dt.date
    text: str
    author: PersonRef | None
    dialog_id: str | None
    supersedes_id: str | None


@dataclass(frozen=True)
class B18Answer:
    number: int              # 1..9
    statement: str           # verbatim, as stored at answering time
    response: str            # one label of the scale in force then
    comment: str = ""


@dataclass(frozen=True)
class CoachingFeedback:
    """B.1.8: the pegawai's answers after a bimbingan."""

    id: str
    dialog_id: str
    pegawai: PersonRef
    answered_on: dt.date
    scale: tuple[str, ...]
    answers: tuple[B18Answer, ...]
    supersedes_id: str | None = None


@dataclass(frozen=True)
class CompetencyItem:
    name: str
    value: int               # 1..5
    reason: str


@dataclass(frozen=True)
class CompetencyEvaluation:
    """B.1.9: the coach's evaluation of the pegawai's competencies after a bimbingan."""

    id: str
    dialog_id: str
    pegawai: PersonRef
    evaluator: PersonRef | None
    evaluated_on: dt.date
    items: tuple[CompetencyItem, ...] = field(default_factory=tuple)
    supersedes_id: str | None = None


# ---- confidentiality ---------------------------------------------------------------------------

def dialog_readers(participant_ids, author_id: str | None, led_by_id: str | None) -> frozenset[str]:
    """Who may read a confidential dialog's content: its participants, the pegawai who led it
    and the one who wrote it (issue 10). Nobody else: not the pengelola kinerja, not the
    participants' other superiors. Everyone sees that it took place and on which date."""
    return frozenset(p for p in (*participant_ids, author_id, led_by_id) if p)


def may_read(confidential: bool, readers: frozenset[str], reader_id: str | None) -> bool:
    """Whether `reader_id` (the acting pegawai; None when nobody said who they are) may read the
    content of a dialog (and of its follow-ups, addenda and B.1.8/B.1.9)."""
    return not confidential or (reader_id is not None and reader_id in readers)


# ---- timeline ("Dialog & umpan balik" tab) -----------------------------------------------------

class TimelineKind(str, enum.Enum):
    DIALOG = "dialog"
    FEEDBACK = "umpan_balik"
    FOLLOW_UP = "tindak_lanjut"
    WORKFLOW = "skp"            # an SKP workflow step (from the journal, as in skp_history)
    COACHING_FEEDBACK = "b18"
    COMPETENCY = "b19"


TIMELINE_KIND_LABELS = {
    TimelineKind.DIALOG: "Dialog kinerja",
    TimelineKind.FEEDBACK: "Umpan balik berkelanjutan",
    TimelineKind.FOLLOW_UP: "Tindak lanjut",
    TimelineKind.WORKFLOW: "SKP",
    TimelineKind.COACHING_FEEDBACK: "Umpan balik bimbingan (B.1.8)",
    TimelineKind.COMPETENCY: "Evaluasi kompetensi (B.1.9)",
}


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a pegawai's timeline, newest first (by `on`, then `at`)."""

    kind: TimelineKind
    on: dt.date
    at: str                  # ISO time, orders entries of one day
    title: str               # "Bimbingan kinerja: coaching" / "RHK 1: ..." / "SKP 2026 disetujui"
    detail: str              # a one-line excerpt; "" when redacted
    record_id: str           # the dialog / feedback / follow-up / SKP id
    dialog_id: str | None    # the dialog it belongs to (opens it), if any
    redacted: bool = False   # confidential and not readable by the reader
