"""What the Penilaian tab shows of one pegawai and period, read in one go
(`EvaluationService.workspace`, issue 12): the SKP's RHK with their indicators, realisasi,
bukti dukung counts, rencana aksi and umpan balik of the period; the perilaku kerja with their
ekspektasi and umpan balik; the evaluation in force and its history; the org predikat; and what
the acting pegawai may do.

For the Akhir period the realisasi and umpan balik are the whole year's: the Akhir cell's own
realisasi when it has one, else the periodic ones listed ("TW I: 80; TW II: 95").
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DomainError
from .evaluation import Evaluation, OrgPredikatRecord
from .people import Pegawai
from .periods import PeriodInfo
from .skp import Skp


@dataclass(frozen=True)
class BuktiCounts:
    """Bukti dukung of one indicator in the period (latest versions)."""

    total: int = 0
    accepted: int = 0
    rejected: int = 0
    waiting: int = 0


@dataclass(frozen=True)
class EvaluationIndicatorLine:
    text: str
    target: str          # "100%", "12 Dokumen" (value and unit), "" when none
    realisasi: str       # the period's realisasi value, "" when none (Akhir: see module doc)
    bukti: BuktiCounts


@dataclass(frozen=True)
class EvaluationRhkRow:
    number: str                                   # "1", "B.1" (as the SKP numbers them)
    text: str
    indicators: tuple[EvaluationIndicatorLine, ...]
    rencana_aksi: str                             # the period's rencana aksi, "" when none
    feedback: tuple[str, ...]                     # umpan balik of the period for this RHK


@dataclass(frozen=True)
class EvaluationBehaviourRow:
    number: int                                   # core value position (1..7)
    name: str                                     # "Berorientasi Pelayanan"
    expectation: str                              # ekspektasi khusus pimpinan
    feedback: tuple[str, ...]                     # umpan balik of the period for it


@dataclass(frozen=True)
class EvaluationWorkspace:
    pegawai: Pegawai
    skp: Skp | None
    period: PeriodInfo
    periods: tuple[PeriodInfo, ...]               # the year's, in order, then Akhir
    evaluation: Evaluation | None                 # in force, effective status
    history: tuple[Evaluation, ...]               # every revision, oldest first
    rows: tuple[EvaluationRhkRow, ...]
    behaviours: tuple[EvaluationBehaviourRow, ...]
    org_predikat: OrgPredikatRecord | None        # applies now (`org_predikat_for`)
    jpt_rule: bool                                # rating hasil kerja comes from org predikat
    may_rate: bool        # the acting pegawai is the pejabat penilai (SKP disetujui, period
                          # started); writing ratings also needs `not evaluation.read_only`
    may_self_assess: bool  # the acting pegawai is the pegawai and the evaluation is a draft
    matrix_hint: str                              # e.g. "Dari capaian kinerja organisasi: Baik"
    problem: DomainError | None = None  # why there is no SKP to evaluate (EVAL_NO_SKP), shown
                                        # with the message catalogue
