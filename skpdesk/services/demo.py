"""Demo office: fill an EMPTY database with a realistic Dinas Kominfo, its staff and their SKPs.

For trying the app, training, screenshots and the 2000-pegawai benchmark. The office is planned
first (structure, people, workflow states; all from one `random.Random(seed)`), then written top
down in ONE unit of work (each pegawai with the whole SKP), straight through the
repositories: the per-edit service calls would open some forty transactions per pegawai. The
change journal still records every row. A failure or a kill part-way leaves nothing written.
Data tables (names, units, texts) are in `demo_data.py`.

Shape: Kepala Dinas (JPT) -> Sekretaris / Kepala Bidang (administrator) -> Kepala Subbagian /
Kepala Seksi (pengawas) or fungsional ketua tim -> staff (fungsional, pelaksana; ~15% PPPK).
Large offices get an extra level of fungsional ketua tim and repeated bidang, so nobody has more
than eight direct subordinates. A NON_ASN Bupati heads the chain as Pejabat Penilai of the
Kepala Dinas; he counts as one of `employees` and has no SKP.

Then a few teams get a year of dialogs, umpan balik, B.1.8/B.1.9 and follow-ups up to the
demo's "today" (`demo_dialogs.py`), and the same teams rencana aksi, realisasi and a few small
bukti dukung files drawn by the demo (`evidence/demo_evidence.py`), through the services as their
people would write them. Those parts are further steps: should one fail, the office is there and
the error says so.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from skpdesk.domain.acting import workflow_permission
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.identifiers import parse_nip
from skpdesk.domain.people import AsnType, PegawaiInput, PositionKind
from skpdesk.domain.skp import Approach, Aspect, LampiranSection, RhkKind, SkpForm, SkpStatus

from . import demo_data as D
from . import fields as F
from .dialog.demo_dialogs import MAX_MEMBERS, MAX_TEAMS, DialogYear, DialogYearReport, Member, demo_today
from .evaluation.demo_evaluation import evaluation_year
from .evidence.demo_evidence import EvidenceYear, EvidenceYearReport
from .office import OfficeService
from .skp import completeness_problems
from .staff import row_fields, validate_pegawai

MIN_EMPLOYEES = 5
MAX_EMPLOYEES = 10_000
SPAN = 8  # most direct subordinates a generated supervisor gets
PPPK_SHARE = 0.15
BATCH = 10  # pegawai between progress reports; a supervisor comes before its staff
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
_STATUS_ORDER = [SkpStatus.DRAFT, SkpStatus.DIAJUKAN, SkpStatus.DISETUJUI]

# Per kind of position: golongan (low to high, by years of service), years of service,
# age at appointment, retirement age (BUP).
_PROFILES: dict[str, tuple[list[str], tuple[int, int], tuple[int, int], int]] = {
    "jpt": (["IV/c", "IV/d"], (22, 30), (23, 28), 60),
    "admin": (["IV/a", "IV/b"], (16, 28), (23, 28), 58),
    "pengawas": (["III/c", "III/d"], (10, 22), (22, 28), 58),
    "Ahli Madya": (["IV/a"], (16, 28), (23, 28), 60),
    "Ahli Muda": (["III/c", "III/d"], (8, 20), (22, 28), 58),
    "Ahli Pertama": (["III/a", "III/b"], (1, 8), (22, 30), 58),
    "Mahir": (["III/a", "III/b"], (10, 20), (20, 25), 58),
    "Terampil": (["II/c", "II/d"], (1, 10), (20, 25), 58),
    "pelaksana": (["II/a", "II/b", "II/c", "II/d", "III/a", "III/b"], (2, 28), (19, 26), 58),
}


@dataclass(frozen=True)
class DemoReport:
    instansi: str
    pegawai: int
    skp: int
    rhk: int
    statuses: dict[str, int]  # SkpStatus value -> number of SKPs
    year: int
    dialogs: int = 0          # the year of dialogs (demo_dialogs.DialogYearReport)
    follow_ups: int = 0
    feedback: int = 0
    today: dt.date | None = None  # the demo's "today" the dialogs were written up to
    plans: int = 0            # rencana aksi, realisasi and bukti dukung (demo_evidence, issue 11)
    realisasi: int = 0
    evidence: int = 0
    org_predikat: int = 0     # the penilaian (demo_evaluation, issue 12)
    evaluations: int = 0
    keberatan: int = 0


@dataclass(eq=False)
class _Slot:
    """One position of the planned office, then the person in it and the plan of their SKP."""

    role: str  # bupati, jpt, admin, pengawas, ketua (fungsional team lead), staff
    domain: D.Domain | None
    unit_path: str
    parent: "_Slot | None" = None
    children: list["_Slot"] = field(default_factory=list)
    position: str = ""
    kind: PositionKind = PositionKind.PELAKSANA
    jenjang: str | None = None
    jf: D.Jf | None = None
    pppk: bool = False
    person: PegawaiInput | None = None
    status: SkpStatus = SkpStatus.DRAFT
    approach: Approach = Approach.KUANTITATIF
    returned: bool = False
    orphan: bool = False
    pegawai_id: str | None = None
    utama: list[str] = field(default_factory=list)  # ids of its Utama RHK, once written

    @property
    def profile(self) -> str:
        return self.role if self.role in ("jpt", "admin", "pengawas") else (self.jenjang or "pelaksana")


def _nth(names: list[str], i: int) -> str:
    """The i-th name of a list, numbered "II", "III" ... once the list is used up."""
    name = names[i % len(names)]
    return name if i < len(names) else f"{name} {_ROMAN[min(i // len(names), len(_ROMAN) - 1)]}"


def _child_budgets(budget: int, min_height: int) -> list[int]:
    """People below each child of a node that has `budget` people below it.

    The subtree is `min_height` levels deep at least (the office's own structure) and as deep as
    spans of at most SPAN need; the number of children is the smallest c with c ** height >=
    budget, so every supervisor of a level gets a similar share."""
    if budget <= 0:
        return []
    height = max(min_height, 1)
    while SPAN ** height < budget:
        height += 1
    count = 1
    while count ** height < budget:
        count += 1
    count = min(count, budget)
    share, extra = divmod(budget, count)
    return [share + (1 if i < extra else 0) - 1 for i in range(count)]


class _Planner:
    """Plans the whole office in memory: positions, people (names, NIP, golongan), workflow."""

    def __init__(self, rng: random.Random, ref_year: int) -> None:
        self.rng = rng
        self.ref_year = ref_year  # NIP dates stay before this year (and before today)
        self.nips: set[str] = set()

    # --- structure
    def office(self, employees: int) -> list[_Slot]:
        bupati = _Slot("bupati", None, D.BUPATI["unit_path"])
        kadis = _Slot("jpt", None, D.KADIS_UNIT, bupati, position=D.KADIS_POSITION,
                      kind=PositionKind.JPT)
        bupati.children.append(kadis)
        order = [bupati, kadis]
        self._grow(kadis, employees - 2, 0, order)
        return order

    def _grow(self, node: _Slot, budget: int, depth: int, order: list[_Slot]) -> None:
        budgets = _child_budgets(budget, {0: 3, 1: 2}.get(depth, 1))
        seksi = tim = 0
        for i, below in enumerate(budgets):
            if depth == 0:
                child = self._administrator(node, i)
            elif depth == 1:
                has_teams = any(b > 0 for b in _child_budgets(below, 1))
                if has_teams or i < node.domain.structural_leads:
                    child = self._pengawas(node, seksi)
                    seksi += 1
                else:
                    child = self._ketua(node, node.unit_path + "/" + _nth(node.domain.tim, tim))
                    tim += 1
            elif below > 0:
                child = self._ketua(node, node.unit_path + "/" + _nth(node.domain.tim, tim))
                tim += 1
            else:
                child = self._staff(node)
            node.children.append(child)
            order.append(child)
            self._grow(child, below, depth + 1, order)

    def _administrator(self, kadis: _Slot, i: int) -> _Slot:
        if i == 0:
            domain, suffix = D.SEKRETARIAT, ""
        else:
            domain = D.BIDANG[(i - 1) % len(D.BIDANG)]
            suffix = "" if i <= len(D.BIDANG) else " " + _ROMAN[(i - 1) // len(D.BIDANG)]
        return _Slot("admin", domain, domain.unit + suffix, kadis, position=domain.head + suffix,
                     kind=PositionKind.ADMINISTRATOR)

    def _pengawas(self, admin: _Slot, i: int) -> _Slot:
        name = _nth(admin.domain.seksi, i)
        return _Slot("pengawas", admin.domain, f"{admin.unit_path}/{name}", admin,
                     position=f"Kepala {name}", kind=PositionKind.PENGAWAS)

    def _ketua(self, parent: _Slot, unit_path: str) -> _Slot:
        jf = self.rng.choice(parent.domain.jf[:2])  # the bidang's main jabatan fungsional
        jenjang = "Ahli Madya" if self.rng.random() < 0.15 else "Ahli Muda"
        return _Slot("ketua", parent.domain, unit_path, parent, position=f"{jf.name} {jenjang}",
                     kind=PositionKind.FUNGSIONAL, jenjang=jenjang, jf=jf)

    def _staff(self, lead: _Slot) -> _Slot:
        rng, domain = self.rng, lead.domain
        slot = _Slot("staff", domain, lead.unit_path, lead)
        if rng.random() < domain.jf_share:
            jf = rng.choice(domain.jf)
            if jf.keterampilan and rng.random() < 0.35:
                jenjang = rng.choices(D.KETERAMPILAN, weights=(60, 40))[0]
            else:
                jenjang = rng.choices(D.KEAHLIAN, weights=(65, 35))[0]
            slot.position, slot.kind, slot.jenjang, slot.jf = (
                f"{jf.name} {jenjang}", PositionKind.FUNGSIONAL, jenjang, jf)
        else:
            slot.position = rng.choice(domain.pelaksana)
        return slot

    def choose_pppk(self, slots: list[_Slot]) -> None:
        """About 15% of all ASN become PPPK: staff only, as Ahli Pertama, Terampil or pelaksana."""
        staff = [s for s in slots if s.role == "staff"]
        asn = sum(1 for s in slots if s.role != "bupati")
        for slot in self.rng.sample(staff, min(len(staff), round(asn * PPPK_SHARE))):
            slot.pppk = True
            if slot.jf is not None:
                slot.jenjang = ("Terampil" if slot.jf.keterampilan and slot.jenjang in D.KETERAMPILAN
                                else "Ahli Pertama")
                slot.position = f"{slot.jf.name} {slot.jenjang}"

    # --- people
    def people(self, slots: list[_Slot]) -> None:
        for slot in slots:
            slot.person = self._bupati(slot) if slot.role == "bupati" else self._pegawai(slot)

    @staticmethod
    def _bupati(slot: _Slot) -> PegawaiInput:
        b = D.BUPATI
        return PegawaiInput(name=b["name"], asn_type=AsnType.NON_ASN.value, front_title=b["front_title"],
                            back_title=b["back_title"], position=b["position"],
                            position_kind=PositionKind.JPT.value, unit_path=slot.unit_path)

    def _pegawai(self, slot: _Slot) -> PegawaiInput:
        rng = self.rng
        sex = "L" if rng.random() < (0.6 if slot.role != "staff" else 0.5) else "P"
        if slot.pppk:
            tmt_year = self.ref_year - rng.randint(1, 3)
            birth_year = rng.randint(min(1975, tmt_year - 30), min(2000, tmt_year - 22))
            rank, tmt_month = self._pppk_rank(slot), 1
        else:
            ranks, service_range, entry_range, bup = _PROFILES[slot.profile]
            service, entry = rng.randint(*service_range), rng.randint(*entry_range)
            youngest = min(2000, self.ref_year - 21) - rng.randint(0, 3)
            birth_year = min(max(self.ref_year - service - entry, 1965, self.ref_year - bup + 1),
                             youngest)
            tmt_year = min(max(birth_year + entry, birth_year + 20), self.ref_year - 1)
            span = service_range[1] - service_range[0] + 1
            step = (self.ref_year - tmt_year - service_range[0]) * len(ranks) // span
            rank = ranks[min(max(step, 0), len(ranks) - 1)]
            tmt_month = rng.choice([1, 1, 2, 3, 3, 4, 12])
        birth = dt.date(birth_year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        front, back = self._titles(slot, rank)
        return PegawaiInput(
            name=self._name(sex, birth_year), asn_type=(AsnType.PPPK if slot.pppk else AsnType.PNS).value,
            nip=self._nip(sex, birth, tmt_year, tmt_month, slot.pppk), front_title=front,
            back_title=back, rank=rank, position=slot.position, position_kind=slot.kind.value,
            jenjang=slot.jenjang, unit_path=slot.unit_path)

    def _pppk_rank(self, slot: _Slot) -> str:
        if slot.jenjang == "Ahli Pertama":
            return "IX"
        if slot.jenjang == "Terampil":
            return "VII"
        return self.rng.choice(["V", "V", "VII"])

    def _name(self, sex: str, birth_year: int) -> str:
        rng = self.rng
        if birth_year < 1978 and rng.random() < 0.3:
            return rng.choice(D.OLD_JAVANESE[sex])
        culture = rng.choices(list(D.CULTURE_WEIGHTS), weights=list(D.CULTURE_WEIGHTS.values()))[0]
        firsts, lasts = D.NAMES[culture][sex]
        first = rng.choice(firsts)
        last = rng.choice([n for n in lasts if n != first])
        if culture == "muslim" and rng.random() < 0.3:
            first = f"{first} {rng.choice([n for n in firsts if n != first])}"
        return f"{first} {last}"

    def _titles(self, slot: _Slot, rank: str) -> tuple[str, str]:
        rng, degrees = self.rng, (slot.domain or D.SEKRETARIAT).degrees
        master = {"jpt": 1.0, "admin": 0.8, "pengawas": 0.3, "Ahli Madya": 0.6,
                  "Ahli Muda": 0.2}.get(slot.profile, 0.0)
        if rng.random() < master:
            doctor = rng.random() < {"jpt": 0.35, "admin": 0.05}.get(slot.role, 0.0)
            return ("Dr." if doctor else ""), rng.choice(D.MASTER_TITLES)
        if slot.profile in ("Terampil", "Mahir") or rank == "VII":
            return "", rng.choice(D.DIPLOMA_TITLES)
        if slot.profile != "pelaksana":
            return "", rng.choice(degrees)
        if rank == "V" or (rank in ("II/a", "II/b") and rng.random() < 0.8):
            return "", ""  # SMA/SMK
        if rank.startswith("III") and rng.random() < 0.6:
            return "", rng.choice(D.PELAKSANA_BACHELOR)
        return "", rng.choice(D.DIPLOMA_TITLES) if rng.random() < 0.6 else ""

    def _nip(self, sex: str, birth: dt.date, tmt_year: int, tmt_month: int, pppk: bool) -> str:
        sex_digit = "1" if sex == "L" else "2"
        middle = f"{tmt_year:04d}21" if pppk else f"{tmt_year:04d}{tmt_month:02d}"
        for attempt in range(5000):
            seq = self.rng.randint(1, 300 if attempt < 50 else 999)
            nip = f"{birth:%Y%m%d}{middle}{sex_digit}{seq:03d}"
            if nip not in self.nips:
                break
        info = parse_nip(nip)  # the generator must only make valid NIPs: fail loudly otherwise
        if nip in self.nips or info.sex != sex or (info.kind == "PPPK") != pppk:
            raise RuntimeError(f"demo generated a bad NIP {nip}")
        self.nips.add(nip)
        return nip

    # --- workflow
    def workflow(self, slots: list[_Slot]) -> None:
        """Statuses top down (nobody ahead of their supervisor), a few kualitatif SKPs, one
        Draft returned with a note and one or two orphan RHK in other Drafts."""
        rng = self.rng
        asn = [s for s in slots if s.role != "bupati"]
        for slot in asn:
            if slot.role in ("jpt", "admin"):
                wanted = SkpStatus.DISETUJUI
            else:
                weights = (5, 10, 85) if slot.children else (20, 15, 65)
                wanted = rng.choices(_STATUS_ORDER, weights=weights)[0]
            cap = slot.parent.status if slot.parent.role != "bupati" else SkpStatus.DISETUJUI
            slot.status = min(wanted, cap, key=_STATUS_ORDER.index)
            if slot.role != "jpt" and rng.random() < 0.1:
                slot.approach = Approach.KUALITATIF
        staff = [s for s in asn if s.role == "staff"]
        if staff and not any(s.approach is Approach.KUALITATIF for s in asn):
            rng.choice(staff).approach = Approach.KUALITATIF
        leaves = [s for s in asn if not s.children]
        if leaves and not any(s.status is SkpStatus.DRAFT for s in asn):
            leaves[-1].status = SkpStatus.DRAFT
        if not any(s.status is SkpStatus.DIAJUKAN for s in asn):
            done = [s for s in leaves if s.status is SkpStatus.DISETUJUI]
            if done:
                done[0].status = SkpStatus.DIAJUKAN
        drafts = [s for s in asn if s.status is SkpStatus.DRAFT and s.role != "jpt"]
        if not drafts:
            return
        drafts[0].returned = True
        others = drafts[1:] or drafts
        for slot in rng.sample(others, 2 if len(others) >= 2 and len(asn) >= 20 else 1):
            slot.orphan = True


class DemoService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def fill(self, *, employees: int = 40, seed: int | None = None, year: int | None = None,
             progress: Callable[[int, int], None] | None = None) -> DemoReport:
        """Create the demo office in an empty database (no instansi, no pegawai).

        `employees` counts every pegawai row, the NON_ASN Bupati included (5..10000); `seed`
        makes names, NIPs, texts and states repeatable; `year` is the SKP year (default: this
        year); `progress(done, total)` is called after each batch of pegawai written (the whole office is
        committed at the end, in one transaction).
        Raises DEMO_NEEDS_EMPTY_DB before writing anything if the database is not empty.
        """
        if (isinstance(employees, bool) or not isinstance(employees, int)
                or not MIN_EMPLOYEES <= employees <= MAX_EMPLOYEES):
            raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field="employees", value=str(employees),
                              min=MIN_EMPLOYEES, max=MAX_EMPLOYEES)
        year = F.year(year if year is not None else dt.date.today().year, "tahun")
        with self._db.reader() as uow:
            pegawai = uow.people.count()
            if uow.office.instansi() is not None or pegawai:
                raise DomainError(ErrorCode.DEMO_NEEDS_EMPTY_DB, pegawai=pegawai)
        rng = random.Random(seed)
        planner = _Planner(rng, min(year, dt.date.today().year))
        slots = planner.office(employees)
        planner.choose_pppk(slots)
        planner.people(slots)
        planner.workflow(slots)

        # One transaction for the whole office: a demo killed or failing half-way (power cut,
        # full disk) leaves the database as empty as it was, so `demo` can simply run again.
        with self._db.unit_of_work(self._actor) as uow:
            if uow.office.instansi() is not None or uow.people.count():
                raise DomainError(ErrorCode.DEMO_NEEDS_EMPTY_DB, pegawai=uow.people.count())
            instansi = OfficeService.create_office(uow, D.INSTANSI, D.CITY)
            writer = _SkpWriter(rng, year, uow.office.core_values())
            for start in range(0, len(slots), BATCH):
                batch = slots[start:start + BATCH]
                for slot in batch:
                    self._write(uow, slot, writer)
                uow.release_written()
                if progress is not None:
                    progress(start + len(batch), len(slots))
        statuses = Counter(s.status.value for s in slots if s.role != "bupati")
        today = demo_today(year)
        teams = self._teams(slots, year)
        dialogs = self._dialog_year(teams, year, today, random.Random(f"dialogs/{seed}")
                                    if seed is not None else random.Random())
        evidence = self._evidence_year(teams, year, today, random.Random(f"evidence/{seed}")
                                       if seed is not None else random.Random())
        evaluation = evaluation_year(self._db, self._actor, teams, year, today)  # issue 12
        return DemoReport(instansi=instansi.name, pegawai=len(slots), skp=sum(statuses.values()),
                          rhk=writer.rhk_count, statuses=dict(statuses), year=year,
                          dialogs=dialogs.dialogs, follow_ups=dialogs.follow_ups,
                          feedback=dialogs.feedback, today=today, plans=evidence.plans,
                          realisasi=evidence.realisasi, evidence=evidence.evidence,
                          org_predikat=evaluation.org_predikat,
                          evaluations=evaluation.evaluations, keberatan=evaluation.keberatan)

    def _teams(self, slots: list[_Slot], year: int) -> list[tuple[str, list[Member]]]:
        """The first MAX_TEAMS teams (lowest level first) with the members that have an SKP
        with RHK: they get the year of dialogs and of rencana aksi and bukti."""
        leads = [s for s in slots if s.role in ("pengawas", "ketua", "admin")
                 and sum(c.role != "bupati" for c in s.children) >= 2]
        # teams of three first (the third member shows the "no dialog lately" reminder), the
        # lowest level first; a stable sort keeps the planned order within each group
        leads.sort(key=lambda s: (len(s.children) < MAX_MEMBERS,
                                  ("pengawas", "ketua", "admin").index(s.role)))
        teams: list[tuple[str, list[Member]]] = []
        with self._db.reader() as uow:
            for lead in leads[:MAX_TEAMS]:
                members = []
                for child in lead.children[:MAX_MEMBERS]:
                    summary = uow.skp.find(child.pegawai_id, year)
                    skp = uow.skp.load(summary.id) if summary is not None else None
                    if skp is None or not skp.rhk:
                        continue
                    members.append(Member(child.pegawai_id, child.person.name.split()[0], skp.id,
                                          tuple(r.id for r in skp.rhk), skp.rhk[0].text))
                if members:
                    teams.append((lead.pegawai_id, members))
        return teams

    def _dialog_year(self, teams: list[tuple[str, list[Member]]], year: int, today: dt.date,
                     rng: random.Random) -> DialogYearReport:
        """The year of dialogs of the teams, written as their people; the acting person of this
        handle is put back afterwards."""
        with self._db.reader() as uow:
            values = [v.id for v in uow.office.core_values()]
        before = self._db.acting_override
        writer = DialogYear(self._db, self._actor, rng, year, today, values)
        try:
            for penilai, members in teams:
                writer.team(penilai, members)
        finally:
            self._db.acting_override = before
        return writer.report

    def _evidence_year(self, teams: list[tuple[str, list[Member]]], year: int, today: dt.date,
                       rng: random.Random) -> EvidenceYearReport:
        """Rencana aksi, realisasi and bukti dukung of the same teams (issue 11)."""
        before = self._db.acting_override
        writer = EvidenceYear(self._db, self._actor, rng, year, today)
        try:
            for penilai, members in teams:
                writer.team(penilai, members)
        finally:
            self._db.acting_override = before
        return writer.report

    @staticmethod
    def _write(uow, slot: _Slot, writer: "_SkpWriter") -> None:
        checked, errors = validate_pegawai(slot.person)
        if errors:
            raise errors[0]
        unit = uow.office.ensure_unit_path(checked["unit_path"])
        fields = row_fields(checked, unit.id)
        fields["supervisor_id"] = slot.parent.pegawai_id if slot.parent else None
        slot.pegawai_id = uow.people.add(fields)
        if slot.role != "bupati":
            writer.write(uow, slot, unit.path)


class _SkpWriter:
    """Writes one planned SKP (RHK, indikator, perilaku, lampiran, workflow) in a unit of work."""

    def __init__(self, rng: random.Random, year: int, values) -> None:
        self.rng = rng
        self.year = year
        self.values = values
        self.rhk_count = 0

    def write(self, uow, slot: _Slot, unit_path: str) -> None:
        rng = self.rng
        jpt = slot.role == "jpt"
        skp_id = uow.skp.create({
            "pegawai_id": slot.pegawai_id, "appraiser_id": slot.parent.pegawai_id, "year": self.year,
            "period_start": dt.date(self.year, 1, 1), "period_end": dt.date(self.year, 12, 31),
            "approach": slot.approach.value, "form": (SkpForm.JPT if jpt else SkpForm.JA_JF).value,
            "position": slot.position, "unit_path": unit_path, "status": SkpStatus.DRAFT.value})
        expectations = {}
        if rng.random() < 0.6:
            for number in sorted(rng.sample(range(1, 8), rng.randint(2, 4))):
                expectations[number] = rng.choice(D.EKSPEKTASI[number])
        for value in self.values:
            uow.skp.set_behaviour(skp_id, value.id, expectations.get(value.number, ""))
        if jpt:
            self._jpt_rhk(uow, slot, skp_id)
        else:
            self._ja_jf_rhk(uow, slot, skp_id)
        for section in LampiranSection:
            first, *rest = D.LAMPIRAN[section.value]
            items = [first] + rng.sample(rest, rng.randint(0, min(2, len(rest))))
            for position, text in enumerate(items, start=1):
                uow.skp.add_lampiran(skp_id, section.value, position, text.format(year=self.year))
        self._workflow(uow, slot, skp_id)

    def _jpt_rhk(self, uow, slot: _Slot, skp_id: str) -> None:
        for position, (text, indicators, perspective) in enumerate(D.KADIS_RHK, start=1):
            rhk_id = self._rhk(uow, skp_id, RhkKind.UTAMA, position, text, None, perspective)
            slot.utama.append(rhk_id)
            self._indicators(uow, rhk_id, [(None, *ind) for ind in indicators])
        if self.rng.random() < 0.5:
            text, indicators = D.KADIS_TAMBAHAN
            rhk_id = self._rhk(uow, skp_id, RhkKind.TAMBAHAN, 1, text, None, None)
            self._indicators(uow, rhk_id, [(None, *ind) for ind in indicators])

    def _ja_jf_rhk(self, uow, slot: _Slot, skp_id: str) -> None:
        rng, domain = self.rng, slot.domain
        pool = {"admin": domain.admin_rhk, "staff": domain.staff_rhk}.get(slot.role, domain.lead_rhk)
        count = min(len(pool), rng.randint(3, 4) if slot.role == "admin" else rng.randint(2, 4))
        parents = slot.parent.utama
        offset = rng.randrange(len(parents)) if parents else 0
        for i, template in enumerate(rng.sample(pool, count)):
            if slot.role == "admin":
                parent = parents[domain.kadis_links[i % len(domain.kadis_links)]]
            else:
                parent = parents[(offset + i) % len(parents)] if parents else None
            if slot.orphan and i == count - 1:
                parent = None  # deliberate: the cascade view must flag it
            rhk_id = self._rhk(uow, skp_id, RhkKind.UTAMA, i + 1, template[0], parent, None)
            slot.utama.append(rhk_id)
            self._indicators(uow, rhk_id, self._ja_jf_indicators(slot, template,
                                                                 budget=slot.role == "admin" and i == 0))
        if rng.random() < 0.25:
            template = rng.choice(D.TAMBAHAN)
            rhk_id = self._rhk(uow, skp_id, RhkKind.TAMBAHAN, 1, template[0], None, None)
            self._indicators(uow, rhk_id, self._ja_jf_indicators(slot, template, budget=False))

    def _ja_jf_indicators(self, slot: _Slot, template: D.Template, *, budget: bool) -> list[tuple]:
        rng = self.rng
        _, noun, (low, high), unit = template
        value = rng.randint(low, high)
        if value >= 100:
            value = max(low, round(value, -1))
        if slot.approach is Approach.KUALITATIF:
            first = D.KUALITATIF[0].format(Noun=noun[:1].upper() + noun[1:], value=value,
                                           unit=unit.lower())
            return [(None, first, "", ""), (None, D.KUALITATIF[1].format(noun=noun), "", "")]
        quality, q_value, q_unit = rng.choice(D.KUALITAS)
        timing, t_value, t_unit = rng.choice(D.WAKTU)
        rows = [(Aspect.KUANTITAS, f"Jumlah {noun}", str(value), unit),
                (Aspect.KUALITAS, quality.format(noun=noun), q_value, q_unit),
                (Aspect.WAKTU, timing.format(noun=noun), t_value, t_unit)]
        if budget and rng.random() < 0.5:
            rows.append((Aspect.BIAYA, *D.BIAYA))
        return rows

    def _rhk(self, uow, skp_id, kind: RhkKind, position: int, text: str, parent: str | None,
             perspective: str | None) -> str:
        self.rhk_count += 1
        return uow.skp.add_rhk(skp_id, {
            "kind": kind.value, "position": position, "text": text, "parent_rhk_id": parent,
            "perspective": perspective, "assignment_from": D.PENUGASAN if perspective else ""})

    @staticmethod
    def _indicators(uow, rhk_id: str, rows: list[tuple]) -> None:
        for position, (aspect, text, value, unit) in enumerate(rows, start=1):
            uow.skp.add_indicator(rhk_id, {"position": position,
                                           "aspect": aspect.value if aspect else None, "text": text,
                                           "target_value": value, "target_unit": unit})

    def _workflow(self, uow, slot: _Slot, skp_id: str) -> None:
        """Submit / approve / return as the workflow would, each step its own journal entry."""
        if slot.status is SkpStatus.DRAFT and not slot.returned:
            return
        problems = completeness_problems(uow.skp.load(skp_id))
        if problems:
            raise RuntimeError(f"demo SKP of {slot.position} is incomplete: {problems}")
        steps = [("submit", SkpStatus.DIAJUKAN, "")]
        if slot.returned:
            steps.append(("return", SkpStatus.DRAFT, self.rng.choice(D.RETURN_NOTES)))
        elif slot.status is SkpStatus.DISETUJUI:
            steps.append(("approve", SkpStatus.DISETUJUI, ""))
        penilai = slot.parent.pegawai_id
        for action, status, note in steps:
            # Each step is taken by the person the role rule names (the pegawai submits, the
            # pejabat penilai decides) and journaled as theirs, like the window would.
            actor = slot.pegawai_id if action == "submit" else penilai
            permission = workflow_permission(action, actor, slot.pegawai_id, penilai, frozenset())
            if not permission.allowed:
                raise RuntimeError(f"demo step {action} of {slot.position}: {permission.rule}")
            uow.act_as_pegawai(actor)
            uow.skp.update(skp_id, {"status": status.value, "status_note": note})
            uow.flush()
        uow.act_as_pegawai(None)
