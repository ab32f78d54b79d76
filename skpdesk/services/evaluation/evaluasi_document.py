"""Building the EVALUASI KINERJA PEGAWAI form (SKP-REFERENCE §4.3) of an SKP and period as a frozen
`domain.eval_documents.EvaluasiDocument` (issue 13). What goes on paper and why: the domain
module's docstring.

Where each part comes from:
- header, settings (`print.intervened_label`, `print.place_date`), the verified logo and the
  HASIL KERJA texts (intervened RHK, RHK, aspek, indicator, target, perspektif): the SKP print
  (`SkpDocumentService.build_in`), so the evaluation form says what the SKP says;
- who: the evaluation's SNAPSHOT of the pegawai and the pejabat penilai (a ditetapkan
  evaluation keeps printing who it was about and who rated it then); the NIP label (NIP / NI
  PPPK) from the person's current ASN type (the snapshot does not hold it);
- realisasi and umpan balik of the period: the Penilaian tab's read (`evaluation_reads._rows`:
  Akhir lists the periodic realisasi when the Akhir cell is empty) with the umpan balik's
  author and date as the umpan balik page prints them;
- the evaluation in force with its effective status as of the print date.

A period must be one the office runs for the SKP's year (`resolve_period`) and overlap the SKP.
No evaluation written yet for the SKP and period: EVALFORM_NO_EVALUATION (nothing to print; an
evaluation exists once the pejabat penilai wrote a rating or a note, or the pegawai a
self-assessment, and prints with empty rating cells until rated).
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.dates import periode_penilaian, tanggal
from skpdesk.domain.documents import BLANK, NIP, NIPPPK, PersonBlock
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.eval_documents import (FINAL_STATUSES, PERIOD_LINE, TITLE, EvalBehaviour,
                                           EvaluasiDocument)
from skpdesk.domain.evaluation import RATING_LABELS, PersonSnapshot
from skpdesk.domain.feedback_page import (FeedbackIndicator, FeedbackNote, FeedbackRhk,
                                          FeedbackSection)
from skpdesk.domain.people import AsnType
from skpdesk.domain.periods import PeriodInfo
from skpdesk.domain.skp import RhkKind, Skp

from ..dialog.feedback import person_text
from ..evidence.feedback_page import rhk_number_label
from ..evidence.periods import periods_for_year, resolve_period, rhythm_of
from ..skp_document import SkpDocumentService
from .evaluation_reads import _in_period, _rows
from .evaluations import apply_effective, skp_for
from .organisation import org_predikat_for


class EvaluasiDocumentService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
        self._skp_document = SkpDocumentService(db, actor)

    def build(self, skp_id: str, period: str, *,
              printed_on: dt.date | None = None) -> EvaluasiDocument:
        """The form of the evaluation of SKP `skp_id` for `period` ("2026-TW1", "2026-AKHIR")
        in force on `printed_on` (default today)."""
        with self._db.reader() as uow:
            return self._build(uow, skp_id, period, printed_on or dt.date.today())

    def for_pegawai(self, pegawai_id: str, period: str, *,
                    printed_on: dt.date | None = None) -> EvaluasiDocument:
        """The form of the pegawai's evaluation for `period`, on the SKP an evaluation of that
        period is written on (`evaluations.skp_for`; EVAL_NO_SKP when there is none)."""
        with self._db.reader() as uow:
            if uow.people.get(pegawai_id) is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=pegawai_id)
            info = resolve_period(uow, period)
            skp = skp_for(uow, pegawai_id, info)
            return self._build(uow, skp.id, info, printed_on or dt.date.today())

    def build_in(self, uow, skp_id: str, period: str | PeriodInfo,
                 printed_on: dt.date) -> EvaluasiDocument:
        """`build` inside a read the caller holds (batch printing builds many in one read)."""
        return self._build(uow, skp_id, period, printed_on)

    # --- steps
    def _build(self, uow, skp_id: str, period: str | PeriodInfo,
               printed_on: dt.date) -> EvaluasiDocument:
        base = self._skp_document.build_in(uow, skp_id, printed_on)
        skp = uow.skp.load(skp_id)
        info = period if isinstance(period, PeriodInfo) else resolve_period(uow, period)
        start, end = _clipped(uow, skp, info)
        current = uow.evaluations.current(skp.id, info.name)
        if current is None:
            raise DomainError(ErrorCode.EVALFORM_NO_EVALUATION, field="periode",
                              value=info.name, name=person_text(uow, skp.pegawai_id),
                              period=info.label)
        ev = apply_effective(uow, [current], printed_on)[0]
        status = ev.status.value
        if status in FINAL_STATUSES:
            org = ev.org_predikat  # frozen with the evaluation when it was ditetapkan
        else:
            pegawai = uow.people.get(skp.pegawai_id)
            record = org_predikat_for(uow, pegawai.unit_id if pegawai else None, info.name)
            org = record.predikat if record is not None else None
        feedback = sorted((f for f in uow.coaching.current_feedback(skp_id=skp.id)
                           if _in_period(f, info)), key=lambda f: (f.given_on, f.id))
        rows, behaviours = _rows(uow, skp, info, tuple(periods_for_year(uow, skp.year)),
                                 feedback)
        return EvaluasiDocument(
            record_id=ev.id, skp_id=skp.id, pegawai_id=skp.pegawai_id, year=skp.year,
            revision=ev.revision, period=info.name, period_label=info.period.print_label,
            status=status, variant=base.variant, instansi=base.instansi, city=base.city,
            logo_path=base.logo_path,
            title_lines=(TITLE, base.title_lines[1], base.title_lines[2],
                         PERIOD_LINE.format(label=info.period.print_label)),
            period_text=periode_penilaian(start, end),
            pegawai=_person(uow, ev.pegawai, base.pegawai),
            penilai=_person(uow, ev.penilai, base.penilai) if ev.penilai or base.penilai
            else None,
            intervened_label=base.intervened_label, place_date_mode=base.place_date_mode,
            org_predikat=org, hasil_kerja=_sections(base, skp, rows, feedback),
            rating_hasil=RATING_LABELS[ev.rating_hasil] if ev.rating_hasil else "",
            perilaku=tuple(
                EvalBehaviour(line.number, line.name, line.guides, line.expectation,
                              next((b.feedback for b in behaviours if b.number == line.number),
                                   ()))
                for line in base.perilaku),
            rating_perilaku=RATING_LABELS[ev.rating_perilaku] if ev.rating_perilaku else "",
            predikat=ev.predikat.label if ev.predikat else "",
            set_on=ev.set_on if status in FINAL_STATUSES else None, printed_on=printed_on,
            logo_problem=base.logo_problem)


def _clipped(uow, skp: Skp, info: PeriodInfo) -> tuple[dt.date, dt.date]:
    """The period's span clipped to the SKP's own (PERIODE PENILAIAN), or the refusal of a
    period of another year / outside the SKP (as the umpan balik page refuses it)."""
    period = info.period
    if period.year != skp.year:
        raise DomainError(ErrorCode.PERIOD_UNKNOWN, field="periode", value=period.name,
                          year=skp.year, rhythm=rhythm_of(uow, skp.year).value,
                          allowed=[p.name for p in periods_for_year(uow, skp.year)])
    start, end = max(period.start, skp.period_start), min(period.end, skp.period_end)
    if start > end:
        raise DomainError(ErrorCode.PERIOD_OUTSIDE_SKP, field="periode", value=period.name,
                          period=period.label, name=person_text(uow, skp.pegawai_id),
                          skp_start=tanggal(skp.period_start), skp_end=tanggal(skp.period_end))
    return start, end


def _person(uow, snapshot: PersonSnapshot | None, fallback: PersonBlock | None) -> PersonBlock:
    """A person as the evaluation saw them (the snapshot), else as the SKP print shows them."""
    if snapshot is None:
        return fallback or PersonBlock(BLANK, BLANK, NIP, BLANK, BLANK, BLANK)
    person = uow.people.get(snapshot.id) if snapshot.id else None
    label = NIPPPK if person is not None and person.asn_type is AsnType.PPPK else NIP
    return PersonBlock(name=snapshot.name or BLANK, nip=snapshot.nip or BLANK, nip_label=label,
                       rank=snapshot.pangkat or BLANK, position=snapshot.jabatan or BLANK,
                       unit=snapshot.unit or BLANK)


def _sections(base, skp: Skp, rows, feedback) -> tuple[FeedbackSection, ...]:
    """The SKP print's HASIL KERJA rows with the period's realisasi (from the Penilaian tab's
    rows, which follow the same RHK order) and umpan balik."""
    ordered = sorted(skp.rhk, key=lambda r: (r.kind is not RhkKind.UTAMA, r.position))
    realisasi = {ind.id: line.realisasi for rhk, row in zip(ordered, rows)
                 for ind, line in zip(rhk.indicators, row.indicators)}
    sections = []
    for section, kind in zip(base.hasil_kerja, (RhkKind.UTAMA, RhkKind.TAMBAHAN)):
        lines = []
        for line, rhk in zip(section.rows, skp.rhk_of(kind)):
            notes = tuple(FeedbackNote(f.text, f.author.name if f.author else "", f.given_on)
                          for f in feedback if f.rhk_id == rhk.id)
            lines.append(FeedbackRhk(
                number=line.number, label=rhk_number_label(skp, rhk.id),
                intervened=line.intervened, text=line.text, perspective=line.perspective,
                indicators=tuple(FeedbackIndicator(p.aspect, p.text, p.target,
                                                   realisasi.get(i.id, ""))
                                 for p, i in zip(line.indicators, rhk.indicators)),
                plan="", plan_target="", feedback=notes))
        sections.append(FeedbackSection(section.title, tuple(lines)))
    return tuple(sections)
