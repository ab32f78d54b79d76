"""The demo office's rencana aksi, realisasi and bukti dukung (issue 11), written through the
services as the people would, after the year of dialogs (`dialog/demo_dialogs.py`), for the same
teams.

Per member: rencana aksi for every RHK in Triwulan I (written in January) and Triwulan II
(April); realisasi of every indicator for Triwulan I (late March) and of each RHK's first
indicator for Triwulan II (June: "part of TW2"). The first two members of a team get bukti
dukung: a one-page PDF report and a PNG photo, drawn by the demo itself with Pillow (a few KB
each). The pejabat penilai accepts the PDF and the photo, except one photo in the office (the first
team's first member) rejected with a reason; the pegawai then replaces it with a new version
(the history shows both), still waiting for verification. Triwulan II gets one more PDF, waiting.

Every step carries the day it would have happened (the services' `today`), so the Triwulan I
entries are written before its batas pengisian; a step dated after the demo's "today" is left
out (a demo of a year still to come has only its January plans).
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from skpdesk.domain.skp import Approach

from ..acting import ActingService
from ..skp import SkpService
from .access import require_writer
from .evidence import EvidenceService
from .periods import require_writable_period

# Texts (invented, in the register a pegawai writes in). "{rhk}": the start of the RHK text.
PLANS = {
    "TW1": ["Menyusun rencana kerja dan jadwal pelaksanaan {rhk}",
            "Mengumpulkan data awal dan berkoordinasi dengan OPD terkait untuk {rhk}",
            "Menyiapkan rancangan dokumen dan bahan rapat {rhk}"],
    "TW2": ["Melaksanakan kegiatan utama {rhk} sesuai jadwal",
            "Melakukan uji coba dan perbaikan hasil {rhk}",
            "Menyusun laporan kemajuan {rhk} dan menindaklanjuti masukan atasan"],
}
REALISASI = ["Tercapai sesuai rencana triwulan; dokumen pendukung terlampir",
             "Sebagian besar tercapai; dua kegiatan bergeser ke awal triwulan berikutnya",
             "Tercapai; laporan telah disampaikan kepada atasan langsung"]
REJECT_REASON = "Foto kurang jelas dan tidak memuat tanggal kegiatan; mohon diganti."
DESCRIPTIONS = {"report": "Laporan kegiatan {period}", "photo": "Dokumentasi rapat koordinasi",
                "photo2": "Dokumentasi rapat koordinasi (foto diperbaiki, bertanggal)"}
EVIDENCE_MEMBERS = 2  # members per team that get bukti dukung

# (month, day) of each step; Triwulan I closes on 10 April by default
_PLAN_TW1, _PLAN_TW2 = (1, 20), (4, 15)
_REALISASI_TW1, _REALISASI_TW2 = (3, 25), (6, 20)
_EVIDENCE_TW1, _VERIFY_TW1, _REPLACE_TW1 = (3, 26), (3, 30), (4, 3)
_EVIDENCE_TW2 = (6, 22)


@dataclass
class EvidenceYearReport:
    plans: int = 0
    realisasi: int = 0
    evidence: int = 0


def report_pdf(title: str, lines: list[str], seed: int) -> bytes:
    """A one-page "laporan" as PDF (Pillow's PDF writer: a small image page)."""
    page = Image.new("L", (420, 594), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 20, 400, 574), outline=0)
    draw.text((36, 40), title[:60], fill=0)
    for i, line in enumerate(lines):
        draw.text((36, 80 + 18 * i), line[:62], fill=60)
    rng = random.Random(seed)  # a small table, different per pegawai
    for row in range(6):
        y = 260 + 28 * row
        draw.rectangle((36, y, 384, y + 22), outline=90)
        draw.rectangle((240, y + 6, 240 + rng.randint(10, 140), y + 16), fill=150)
    buf = io.BytesIO()
    page.save(buf, "PDF", resolution=72)
    return buf.getvalue()


def photo_png(caption: str, seed: int, *, dated: bool = False) -> bytes:
    """A small "photo" (coloured shapes) as PNG."""
    rng = random.Random(seed)
    img = Image.new("RGB", (240, 160), (rng.randint(150, 220), rng.randint(170, 230), 240))
    draw = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = rng.randint(0, 200), rng.randint(30, 120)
        draw.ellipse((x, y, x + 30, y + 30), fill=(rng.randint(40, 200), 90, rng.randint(40, 160)))
    draw.rectangle((0, 140, 240, 160), fill=(30, 30, 30))
    draw.text((6, 144), caption[:38], fill=(255, 255, 255))
    if dated:
        draw.text((170, 6), "26-03", fill=(200, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


class EvidenceYear:
    """Writes rencana aksi, realisasi and bukti dukung for teams of (penilai id, [Member])."""

    def __init__(self, db, actor: str, rng: random.Random, year: int, today: dt.date) -> None:
        self._db, self._actor = db, actor
        self._acting = ActingService(db, actor)
        self._evidence = EvidenceService(db, actor)
        self._skp = SkpService(db, actor)
        self.rng, self.year, self.today = rng, year, today
        self.report = EvidenceYearReport()
        self._rejected = False  # one photo in the office is rejected (then replaced)

    def _day(self, month_day: tuple[int, int]) -> dt.date | None:
        when = dt.date(self.year, *month_day)
        return when if when <= self.today else None

    def team(self, penilai: str, members: list) -> None:
        for index, m in enumerate(members):
            self._member(penilai, m, index)

    def _member(self, penilai: str, m, index: int) -> None:
        skp = self._skp.get(m.skp_id)
        self._acting.act_as_id(m.pegawai_id)
        self._plans_and_realisasi(skp)
        if index < EVIDENCE_MEMBERS and skp.rhk:
            self._bukti(penilai, m, skp, index)

    def _plans_and_realisasi(self, skp) -> None:
        """The member's rencana aksi and realisasi in ONE unit of work, with PlanService's rules
        (the writer, the period of each entry on the day it carries): one call per cell would
        be some twenty transactions per pegawai, and the demo is made by many tests."""
        kuantitatif = skp.approach is Approach.KUANTITATIF
        entries = []  # (kind, period, day, rhk, indicator)
        for period, when in (("TW1", _PLAN_TW1), ("TW2", _PLAN_TW2)):
            day = self._day(when)
            entries += [("plan", period, day, rhk, None) for rhk in skp.rhk] if day else []
        for period, when, every in (("TW1", _REALISASI_TW1, True),
                                    ("TW2", _REALISASI_TW2, False)):
            day = self._day(when)
            entries += [("realisasi", period, day, rhk, indicator) for rhk in skp.rhk
                        for indicator in (rhk.indicators if every else rhk.indicators[:1])
                        ] if day else []
        if not entries:
            return
        with self._db.unit_of_work(self._actor) as uow:
            actor = require_writer(uow, skp)
            person = uow.people.get(actor)
            name = person.full_name if person is not None else ""
            checked = {}  # (period, day) -> PeriodInfo: the rule once per period and day
            for kind, period, day, rhk, indicator in entries:
                if (period, day) not in checked:
                    checked[period, day] = require_writable_period(
                        uow, skp, f"{self.year}-{period}", day)
                info = checked[period, day]
                if kind == "plan":
                    first = rhk.indicators[0] if rhk.indicators else None
                    target = _quarter_target(first) if kuantitatif and first else None
                    text = self.rng.choice(PLANS[period]).format(rhk=_short(rhk.text))
                    uow.plans.set_action_plan(rhk.id, info.name, dict(
                        skp_id=skp.id, text=text, target=target or "", updated_on=day,
                        author_id=actor, author_name=name))
                    self.report.plans += 1
                else:
                    uow.plans.set_realisasi(indicator.id, info.name, dict(
                        skp_id=skp.id, rhk_id=rhk.id, value=self.rng.choice(REALISASI),
                        entered_on=day, entered_by_id=actor, entered_by_name=name))
                    self.report.realisasi += 1

    def _bukti(self, penilai: str, m, skp, index: int) -> None:
        rhk = skp.rhk[0]
        indicator = rhk.indicators[0].id if rhk.indicators else None
        seed = self.rng.randrange(1 << 30)
        tw1, day = f"{self.year}-TW1", self._day(_EVIDENCE_TW1)
        if day is None:
            return
        self._acting.act_as_id(m.pegawai_id)
        report = self._evidence.add_bytes(
            skp.id, rhk.id, tw1, report_pdf(f"Laporan Triwulan I {self.year} - {m.first_name}",
                                             [_short(rhk.text, 60)], seed),
            f"laporan-tw1-{m.first_name.lower()}.pdf", indicator_id=indicator,
            description=DESCRIPTIONS["report"].format(period="Triwulan I"), today=day).value
        photo = self._evidence.add_bytes(
            skp.id, rhk.id, tw1, photo_png(f"Rapat koordinasi {m.first_name}", seed),
            "foto-rapat.png", description=DESCRIPTIONS["photo"], today=day).value
        self.report.evidence += 2
        day = self._day(_VERIFY_TW1)
        if day is None:
            return
        self._acting.act_as_id(penilai)
        self._evidence.verify(report.id, True, today=day)
        if index == 0 and not self._rejected:
            self._rejected = True
            self._evidence.verify(photo.id, False, REJECT_REASON, today=day)
            day = self._day(_REPLACE_TW1)
            if day is not None:
                self._acting.act_as_id(m.pegawai_id)
                self._evidence.replace(photo.id, photo_png(f"Rapat koordinasi {m.first_name}",
                                                           seed + 1, dated=True),
                                       original_name="foto-rapat-bertanggal.png",
                                       description=DESCRIPTIONS["photo2"], today=day)
                self.report.evidence += 1
        else:
            self._evidence.verify(photo.id, True, today=day)
        day = self._day(_EVIDENCE_TW2)
        if day is not None:
            self._acting.act_as_id(m.pegawai_id)
            self._evidence.add_bytes(
                skp.id, rhk.id, f"{self.year}-TW2",
                report_pdf(f"Laporan Triwulan II {self.year} - {m.first_name}",
                           [_short(rhk.text, 60)], seed + 2),
                f"laporan-tw2-{m.first_name.lower()}.pdf", indicator_id=indicator,
                description=DESCRIPTIONS["report"].format(period="Triwulan II"), today=day)
            self.report.evidence += 1


def _short(text: str, limit: int = 70) -> str:
    text = text[0].lower() + text[1:] if text else text
    return text if len(text) <= limit else text[:limit - 3].rstrip() + "..."


def _quarter_target(indicator) -> str | None:
    """A quarter of a whole-number annual target ("12 Laporan" -> "3 Laporan"); a percentage
    stays as it is ("100%"); None when the target is not a whole number."""
    try:
        value = int(str(indicator.target_value).strip())
    except ValueError:
        return None
    if indicator.target_unit.strip().lower() in ("%", "persen"):
        return indicator.target
    return " ".join(p for p in (str(max(1, value // 4)), indicator.target_unit) if p)
