"""Printing the umpan balik page of a period (SKP-REFERENCE §4.2; issue 11): build the frozen
`FeedbackPageDocument` (`domain.feedback_page`) and remember printed copies.

What goes on paper:
- the header, identity table, settings and signatures of the SKP print (`SkpDocumentService.
  build_in`: the same pegawai and pejabat penilai blocks, `print.intervened_label`,
  `print.place_date`, the verified logo);
- title lines "UMPAN BALIK" / the jenis jabatan line / the approach / "PERIODE: TRIWULAN I";
  PERIODE PENILAIAN is the period's span clipped to the SKP's own period (an SKP that starts
  on 1 February prints "01 FEBRUARI SD 31 MARET" for Triwulan I);
- per RHK: the rencana aksi of the period; per indicator: its realisasi of the period; per RHK:
  the umpan balik berkelanjutan whose month or quarter ends in the period
  (`domain.periods.feedback_in_period`), oldest first;
- the appendix: the current version of every bukti dukung of the period, in RHK order.

A period must be one of the SKP's year in that year's rhythm, or its Akhir (`resolve_period`),
and overlap the SKP's period. Printing is allowed to anybody who may print the SKP (nobody is
refused: the page shows nothing the SKP tab does not), also after the period closed.

Printed copies are recorded in `printed_document` with kind "umpan_balik" on the SKP, so
`skpdesk check-print CODE` finds them; `check_print` cannot rebuild the copy to compare (the
record does not name the period), so it reports the SKP and the print date only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from skpdesk.domain.dialog import period_bounds
from skpdesk.domain.documents import BLANK, RhkLine
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import STATUS_LABELS, WAITING_FOR_FILE, Evidence, EvidenceKind
from skpdesk.domain.feedback_page import (LINK_HASH, PERIOD_LINE, PRINT_KIND, TITLE,
                                          EvidenceLine, FeedbackIndicator, FeedbackNote,
                                          FeedbackPageDocument, FeedbackRhk, FeedbackSection)
from skpdesk.domain.dates import periode_penilaian, tanggal
from skpdesk.domain.periods import feedback_in_period
from skpdesk.domain.skp import Rhk, RhkKind, Skp

from ..outcome import Outcome
from ..skp_document import SkpDocumentService
from ..dialog.feedback import person_text
from .attachment_store import is_present, store_dir_of
from .periods import periods_for_year, resolve_period, rhythm_of

_SECTION_LETTER = {RhkKind.UTAMA: "A", RhkKind.TAMBAHAN: "B"}


class FeedbackPageService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
        self._skp_document = SkpDocumentService(db, actor)

    # --- building
    def build(self, skp_id: str, period: str, *,
              printed_on: dt.date | None = None) -> FeedbackPageDocument:
        """The umpan balik page of SKP `skp_id` for `period` ("2026-TW1"), as of now."""
        with self._db.reader() as uow:
            return self._build(uow, skp_id, period, printed_on or dt.date.today())

    def for_pegawai(self, pegawai_id: str, period: str, *,
                    printed_on: dt.date | None = None) -> FeedbackPageDocument:
        """The page of the pegawai's SKP of the period's year."""
        with self._db.reader() as uow:
            info = resolve_period(uow, period)
            summary = uow.skp.find(pegawai_id, info.period.year)
            if summary is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun",
                                  value=str(info.period.year))
            return self._build(uow, summary.id, info.name, printed_on or dt.date.today())

    def _build(self, uow, skp_id: str, period_text: str,
               printed_on: dt.date) -> FeedbackPageDocument:
        base = self._skp_document.build_in(uow, skp_id, printed_on)
        skp = uow.skp.load(skp_id)
        period = resolve_period(uow, period_text).period
        if period.year != skp.year:
            raise DomainError(ErrorCode.PERIOD_UNKNOWN, field="periode", value=period_text.strip(),
                              year=skp.year, rhythm=rhythm_of(uow, skp.year).value,
                              allowed=[p.name for p in periods_for_year(uow, skp.year)])
        start, end = max(period.start, skp.period_start), min(period.end, skp.period_end)
        if start > end:
            raise DomainError(ErrorCode.PERIOD_OUTSIDE_SKP, field="periode", value=period.name,
                              period=period.label, name=person_text(uow, skp.pegawai_id),
                              skp_start=tanggal(skp.period_start), skp_end=tanggal(skp.period_end))
        store = store_dir_of(self._db.path)
        plans = {p.rhk_id: p for p in uow.plans.action_plans(skp.id, period.name)}
        realisasi = {r.indicator_id: r.value for r in uow.plans.realisasi_of_skp(skp.id, period.name)}
        feedback = [f for f in uow.coaching.current_feedback(skp_id=skp.id)
                    if f.rhk_id and feedback_in_period(*period_bounds(f.period), period)]
        evidence = [e if e.kind is not EvidenceKind.FILE or is_present(store, e.file_ref)
                    else dataclasses.replace(e, available=False)
                    for e in uow.evidence.query(skp_id=skp.id, period=period.name)]
        # the SKP print's rows (texts, intervened RHK, perspektif, indicators) in its order,
        # with what the period adds
        sections = tuple(
            FeedbackSection(section.title, tuple(
                _rhk_line(line, rhk, skp, plans, realisasi, feedback)
                for line, rhk in zip(section.rows, skp.rhk_of(kind))))
            for section, kind in zip(base.hasil_kerja, (RhkKind.UTAMA, RhkKind.TAMBAHAN)))
        return FeedbackPageDocument(
            skp_id=skp.id, year=skp.year, revision=skp.revision, period=period.name,
            period_label=period.print_label, variant=base.variant, instansi=base.instansi,
            city=base.city, logo_path=base.logo_path,
            title_lines=(TITLE, base.title_lines[2], base.title_lines[1],
                         PERIOD_LINE.format(label=period.print_label)),
            period_text=periode_penilaian(start, end), pegawai=base.pegawai,
            penilai=base.penilai, intervened_label=base.intervened_label,
            place_date_mode=base.place_date_mode, hasil_kerja=sections,
            evidence=_evidence_lines(skp, evidence), printed_on=printed_on,
            logo_problem=base.logo_problem)

    # --- printed copies
    def record_print(self, doc: FeedbackPageDocument) -> Outcome[bool]:
        """Remember a printed copy's code on the SKP (journaled); False when this content was
        printed before. Printing calls this before the PDF is renamed into place."""
        with self._db.unit_of_work(self._actor) as uow:
            if uow.skp.summary(doc.skp_id) is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=doc.skp_id)
            added = uow.printing.record(code=doc.code, kind=PRINT_KIND, skp_id=doc.skp_id,
                                        revision=doc.revision, content_hash=doc.content_hash,
                                        record_id=doc.record_id, period=doc.period)
        return Outcome(added, uow.changes)


def rhk_number_label(skp: Skp, rhk_id: str | None) -> str:
    """"A.1" (Utama 1) / "B.2" (Tambahan 2): what `--rhk` takes; "-" when unknown."""
    rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
    return f"{_SECTION_LETTER[rhk.kind]}.{rhk.position}" if rhk else BLANK


def _rhk_line(line: RhkLine, rhk: Rhk, skp: Skp, plans: dict, realisasi: dict[str, str],
              feedback: list) -> FeedbackRhk:
    plan = plans.get(rhk.id)
    notes = sorted((f for f in feedback if f.rhk_id == rhk.id), key=lambda f: (f.given_on, f.id))
    return FeedbackRhk(
        number=line.number, label=rhk_number_label(skp, rhk.id), intervened=line.intervened,
        text=line.text, perspective=line.perspective,
        indicators=tuple(FeedbackIndicator(printed.aspect, printed.text, printed.target,
                                           realisasi.get(indicator.id, ""))
                         for printed, indicator in zip(line.indicators, rhk.indicators)),
        plan=plan.text if plan else "", plan_target=plan.target if plan else "",
        feedback=tuple(FeedbackNote(f.text, f.author.name if f.author else "", f.given_on)
                       for f in notes))


def status_text(e: Evidence) -> str:
    """"Diterima", "Ditolak: buram", "Menunggu verifikasi (menunggu lampiran)"."""
    label = STATUS_LABELS[e.status] + (f": {e.status_reason}" if e.status_reason else "")
    return label if e.available else f"{label} ({WAITING_FOR_FILE})"


def _evidence_lines(skp: Skp, evidence: list[Evidence]) -> tuple[EvidenceLine, ...]:
    order = {r.id: (0 if r.kind is RhkKind.UTAMA else 1, r.position) for r in skp.rhk}
    indicators = {i.id: i.position for r in skp.rhk for i in r.indicators}

    def key(e: Evidence):
        return (order.get(e.rhk_id, (9, 0)), indicators.get(e.indicator_id, 0), e.added_on, e.id)

    lines = []
    for number, e in enumerate(sorted(evidence, key=key), start=1):
        where = rhk_number_label(skp, e.rhk_id)
        if e.indicator_id in indicators:
            where = f"{where} / IKI {indicators[e.indicator_id]}"
        is_link = e.kind is EvidenceKind.LINK
        lines.append(EvidenceLine(
            number=number, rhk=where, name=(e.link if is_link else e.original_name) or BLANK,
            description=e.description, hash_prefix=LINK_HASH if is_link else e.hash_prefix,
            status=status_text(e)))
    return tuple(lines)

