"""The demo office's penilaian (issue 12), written through the services as the people would,
after the year of rencana aksi and bukti (`evidence/demo_evidence.py`), for the same teams.

For every period of the year that has ENDED by the demo's "today" (Akhir never has: the demo's
today is at latest 20 December):
- the leader above each team's unit (else a pengelola kinerja) sets the unit's predikat kinerja
  organisasi on the day after the period ends;
- the team's pejabat penilai rates each member whose SKP is disetujui and sets (ditetapkan) the
  evaluation five days after the period ends (before its batas pengisian); the 14-day keberatan
  window of the earlier periods has passed, so they show as final (derived).
The patterns, so that the team view has something to show:
- the first team that is big enough to break a rule (3 rated members or more) gets organisation
  predikat Baik and every member Baik (Sesuai / Sesuai): the distribution check warns ("harus
  ada" Butuh Perbaikan/Kurang; and more than 70 % Baik);
- the other teams get Istimewa and a distribution that follows it (the smallest "sebagian
  besar" of Sangat Baik, the rest Baik), checked with `domain.distribution`.
- In the latest ended period one member of the unbalanced team (else of the first team), rated Di Bawah for perilaku,
  files a keberatan three days after it was ditetapkan; it waits for the atasan pejabat penilai
  (the team lead's atasan), so "Perlu tindakan" and the keberatan list show it.

Every step carries its own day (the services' `today`); the demo stays small (one rate and one
set per member and period: some forty writes for the 40-pegawai demo).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from skpdesk.domain.distribution import check_distribution
from skpdesk.domain.evaluation import OrgPredikat, Predikat, Rating
from skpdesk.domain.periods import PeriodInfo, PeriodKind
from skpdesk.domain.skp import SkpStatus

from ..acting import ActingService, admin_ids
from ..evidence.periods import periods_for_year
from .evaluations import EvaluationService
from .organisation import OrgPredikatService
from .roles import leaders_above

SET_AFTER_DAYS = 5        # ditetapkan five days after the period ended (batas: the 10th)
KEBERATAN_AFTER_DAYS = 3  # the keberatan filed three days after it was ditetapkan
ORG_NOTE = "Berdasarkan hasil evaluasi kinerja organisasi periode ini."
KEBERATAN_REASON = ("Rating perilaku kerja Di Bawah Ekspektasi tidak sesuai dengan umpan balik "
                    "yang saya terima selama periode ini; mohon ditinjau kembali.")
BAIK = (Rating.SESUAI, Rating.SESUAI)
SANGAT_BAIK = (Rating.DIATAS, Rating.DIATAS)
KURANG = (Rating.SESUAI, Rating.DIBAWAH)


@dataclass
class EvaluationYearReport:
    org_predikat: int = 0
    evaluations: int = 0
    keberatan: int = 0


def ended_periods(infos: list[PeriodInfo], today: dt.date) -> list[PeriodInfo]:
    return [i for i in infos if i.period.end < today and i.period.kind is not PeriodKind.AKHIR]


def istimewa_ratings(n: int) -> list[tuple[Rating, Rating]]:
    """Ratings for n members that follow the Istimewa pattern: the smallest "sebagian besar"
    of Sangat Baik (its "maksimal 70%" never goes below that count, docs/penilaian-distribusi.md),
    the rest Baik."""
    top = n // 2 + 1
    return [SANGAT_BAIK] * top + [BAIK] * (n - top)


def breaks_baik(n: int) -> bool:
    """An all-Baik team of n under organisation predikat Baik breaks a rule (not for n < 3:
    the small-team reading waives "harus ada" there)."""
    return bool(check_distribution(OrgPredikat.BAIK, {Predikat.BAIK: n}))


class EvaluationYear:
    """Writes org predikat, evaluations and one keberatan for teams of (penilai id, [Member])."""

    def __init__(self, db, actor: str, year: int, today: dt.date) -> None:
        self._db, self._actor = db, actor
        self._acting = ActingService(db, actor)
        self._evaluations = EvaluationService(db, actor)
        self._org = OrgPredikatService(db, actor)
        self.year, self.today = year, today
        self.report = EvaluationYearReport()

    def run(self, teams: list) -> EvaluationYearReport:
        with self._db.reader() as uow:
            periods = ended_periods(periods_for_year(uow, self.year), self.today)
            rated = [(penilai, [m for m in members
                                if uow.skp.load(m.skp_id).status is SkpStatus.DISETUJUI],
                      uow.people.get(penilai).unit_id) for penilai, members in teams]
            setters = {unit: (leaders_above(uow, unit) or sorted(admin_ids(uow)) or [None])[0]
                       for _p, _m, unit in rated}
        rated = [team for team in rated if team[1]]
        unbalanced = next((i for i, (_p, members, _u) in enumerate(rated)
                           if breaks_baik(len(members))), None)
        objecting = unbalanced if unbalanced is not None else 0
        for index, (penilai, members, unit) in enumerate(rated):
            org = OrgPredikat.BAIK if index == unbalanced else OrgPredikat.ISTIMEWA
            ratings = ([BAIK] * len(members) if index == unbalanced
                       else istimewa_ratings(len(members)))
            for number, info in enumerate(periods):
                last = number == len(periods) - 1
                self._org_predikat(setters[unit], unit, info, org)
                objector = None
                if last and index == objecting:
                    objector = members[-1]
                    ratings = ratings[:-1] + [KURANG]
                for member, (hasil, perilaku) in zip(members, ratings):
                    self._evaluate(penilai, member, info, hasil, perilaku)
                if objector is not None:
                    self._keberatan(objector, info)
        return self.report

    def _org_predikat(self, setter: str | None, unit: str, info: PeriodInfo,
                      org: OrgPredikat) -> None:
        if setter is None:
            return
        self._acting.act_as_id(setter)
        day = min(info.period.end + dt.timedelta(days=1), self.today)
        self._org.set(unit, info.name, org, note=ORG_NOTE, today=day)
        self.report.org_predikat += 1

    def _evaluate(self, penilai: str, member, info: PeriodInfo, hasil: Rating,
                  perilaku: Rating) -> None:
        self._acting.act_as_id(penilai)
        day = min(info.period.end + dt.timedelta(days=SET_AFTER_DAYS), self.today)
        self._evaluations.rate(member.skp_id, info.name, hasil=hasil, perilaku=perilaku,
                               today=day)
        self._evaluations.set(member.skp_id, info.name, today=day)
        self.report.evaluations += 1

    def _keberatan(self, member, info: PeriodInfo) -> None:
        from .keberatan import KeberatanService  # noqa: PLC0415 - helper C's service
        evaluation = self._evaluations.get(member.skp_id, info.name, today=self.today)
        if evaluation is None or evaluation.atasan is None or evaluation.set_on is None:
            return  # nobody above the pejabat penilai: no keberatan channel
        day = min(evaluation.set_on + dt.timedelta(days=KEBERATAN_AFTER_DAYS), self.today)
        self._acting.act_as_id(member.pegawai_id)
        KeberatanService(self._db, self._actor).file(member.skp_id, info.name,
                                                     KEBERATAN_REASON, today=day)
        self.report.keberatan += 1


def evaluation_year(db, actor: str, teams: list, year: int,
                    today: dt.date) -> EvaluationYearReport:
    """`EvaluationYear(...).run(teams)`, putting back the acting person of `db` afterwards
    (`DemoService.fill` calls it after the evidence year)."""
    before = db.acting_override
    try:
        return EvaluationYear(db, actor, year, today).run(teams)
    finally:
        db.acting_override = before
