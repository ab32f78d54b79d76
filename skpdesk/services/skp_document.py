"""Printing an SKP: build the frozen `SkpDocument`, remember printed copies, check a copy's code.

What goes on paper (SKP-REFERENCE §4.1):
- the pegawai: current name with titles, NIP/NI PPPK and rank; the jabatan and unit kerja of the
  SKP's own snapshot (what they were when the SKP was made);
- the Pejabat Penilai Kinerja: the SKP's `appraiser_id` (atasan langsung when the SKP was made),
  else the pegawai's current atasan; their current name, number, rank, jabatan and unit;
- the instansi, its city and logo, and the office settings `print.intervened_label` and
  `print.place_date`.

The renderer (`skpdesk.reports.skp_pdf.render_skp`) draws the document; it reads no database.
`record_print(s)` stores the document codes of a rendered file before it is published, and `check_print` tells
which SKP and revision a code came from and whether the record has changed since.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from skpdesk.domain.dates import periode_penilaian
from skpdesk.domain.documents import (APPROACH_TITLE, BLANK, FOR_JA_JF, FOR_JPT, TAMBAHAN,
                                      TITLE, UTAMA, DocumentVariant, HasilKerjaSection,
                                      IndicatorLine, LampiranList, PerilakuLine, PersonBlock,
                                      PlaceDateMode, PrintCheck, RhkLine, SkpDocument,
                                      normalize_code, person_block_for)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import Pegawai, unit_path_text
from skpdesk.domain.ranks import rank_for_code
from skpdesk.domain.settings import OFFICE_SETTINGS
from skpdesk.domain.skp import (ASPECT_LABELS, LAMPIRAN_LABELS, PERSPECTIVE_LABELS, Approach,
                                LampiranSection, Rhk, RhkKind, Skp, SkpForm, SkpStatus)
from skpdesk.domain.team import skp_state

from . import print_check
from .office import verify_stored_logo
from .skp_history import last_approval_step as build_history_steps
from .outcome import Outcome
from .print_check import Rebuilder

PRINT_KIND = "skp"


def unit_label(path: str) -> str:
    """A unit path as printed under UNIT KERJA: the one format of every view
    (`unit_path_text`, "Dinas Kominfo / Bidang Aplikasi Informatika"), "-" for none."""
    return unit_path_text(path) or BLANK


def person_block(pegawai: Pegawai, *, position: str | None = None,
                 unit_path: str | None = None, instansi: str = "",
                 show_pppk_rank: bool = False) -> PersonBlock:
    """The printed identity (`person_block_for` applies the PNS / PPPK / non-ASN rules)."""
    rank = rank_for_code(pegawai.rank_code, pegawai.asn_type.value)
    return person_block_for(
        name=pegawai.full_name, nip=pegawai.nip, asn_type=pegawai.asn_type.value,
        rank=rank.label if rank else "",
        position=(position if position is not None else pegawai.position) or BLANK,
        unit=unit_label(unit_path if unit_path is not None else pegawai.unit_path),
        instansi=instansi, show_pppk_rank=show_pppk_rank)


def approval_date(entries: list) -> dt.date | None:
    """The tanggal penetapan: the local date of the SKP's last approval in its journal entries
    (`SkpHistoryRepository.skp_entries`), None when it was never approved."""
    last = build_history_steps(entries)
    if last is None:
        return None
    return dt.datetime.fromisoformat(last.at).astimezone().date()


def variant_of(skp: Skp) -> DocumentVariant:
    kualitatif = skp.approach is Approach.KUALITATIF
    if skp.form is SkpForm.JPT:
        return DocumentVariant.JPT_KUALITATIF if kualitatif else DocumentVariant.JPT_KUANTITATIF
    return DocumentVariant.JA_JF_KUALITATIF if kualitatif else DocumentVariant.JA_JF_KUANTITATIF


def title_lines(skp: Skp) -> tuple[str, str, str]:
    return (TITLE, APPROACH_TITLE.format(approach=skp.approach.value.upper()),
            FOR_JPT if skp.form is SkpForm.JPT else FOR_JA_JF)


def _rhk_line(rhk: Rhk, skp: Skp) -> RhkLine:
    jpt = skp.form is SkpForm.JPT
    text = rhk.text
    if jpt and rhk.assignment_from:
        text = f"{text} (penugasan dari {rhk.assignment_from})"
    intervened = rhk.parent_rhk_text if rhk.kind is RhkKind.UTAMA and rhk.parent_rhk_text else BLANK
    perspective = PERSPECTIVE_LABELS[rhk.perspective] if jpt and rhk.perspective else ""
    indicators = tuple(
        IndicatorLine(aspect=ASPECT_LABELS[i.aspect] if i.aspect else "", text=i.text,
                      target=i.target)
        for i in rhk.indicators)
    return RhkLine(number=rhk.position, intervened=intervened, text=text,
                   perspective=perspective or (BLANK if jpt else ""), indicators=indicators)


def hasil_kerja(skp: Skp) -> tuple[HasilKerjaSection, ...]:
    return tuple(
        HasilKerjaSection(title, tuple(_rhk_line(r, skp) for r in skp.rhk_of(kind)))
        for title, kind in ((UTAMA, RhkKind.UTAMA), (TAMBAHAN, RhkKind.TAMBAHAN)))


class SkpDocumentService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
        self._rebuilders: dict[str, Rebuilder] = {}

    # --- building
    def build(self, skp_id: str, *, printed_on: dt.date | None = None) -> SkpDocument:
        """The printable SKP as of now; `printed_on` (default today) fills the date line only."""
        with self._db.reader() as uow:
            return self._build(uow, skp_id, printed_on or dt.date.today())

    def for_pegawai(self, pegawai_id: str, year: int, *,
                    printed_on: dt.date | None = None) -> SkpDocument:
        with self._db.reader() as uow:
            summary = uow.skp.find(pegawai_id, year)
            if summary is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(year))
            return self._build(uow, summary.id, printed_on or dt.date.today())

    def build_in(self, uow, skp_id: str, printed_on: dt.date) -> SkpDocument:
        """`build` inside a read the caller holds (the umpan balik page takes its header,
        identity and settings from the SKP document, `evidence.feedback_page`)."""
        return self._build(uow, skp_id, printed_on)

    def _build(self, uow, skp_id: str, printed_on: dt.date) -> SkpDocument:
        skp = uow.skp.load(skp_id)
        if skp is None:
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id)
        instansi = uow.office.instansi()
        if instansi is None:
            raise DomainError(ErrorCode.OFFICE_MISSING)
        pegawai = uow.people.get(skp.pegawai_id)
        if pegawai is None:
            raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="id", value=skp.pegawai_id)
        penilai_id = skp.appraiser_id or pegawai.supervisor_id
        penilai = uow.people.get(penilai_id) if penilai_id else None
        stored = uow.office.settings()
        settings = {key: stored.get(key, spec.default) for key, spec in OFFICE_SETTINGS.items()}
        show_pppk_rank = settings["print.pppk_golongan"] == "tampilkan"
        # The tanggal penetapan of an approved SKP (read only then: its journal entries).
        approved_on = (approval_date(uow.skp_history.skp_entries(skp.id))
                       if skp.status is SkpStatus.DISETUJUI else None)
        logo = logo_problem = None
        if instansi.logo_path:  # verified as read back: it may predate the logo checks
            found, logo_problem = verify_stored_logo(Path(self._db.path).parent,
                                                     instansi.logo_path)
            logo = str(found) if found is not None else None
        return SkpDocument(
            skp_id=skp.id, year=skp.year, revision=skp.revision, variant=variant_of(skp),
            instansi=instansi.name, city=instansi.city, logo_path=logo,
            title_lines=title_lines(skp),
            period_text=periode_penilaian(skp.period_start, skp.period_end),
            pegawai=person_block(pegawai, position=skp.position, unit_path=skp.unit_path,
                                 instansi=instansi.name, show_pppk_rank=show_pppk_rank),
            penilai=(person_block(penilai, instansi=instansi.name, show_pppk_rank=show_pppk_rank)
                     if penilai else None),
            intervened_label=settings["print.intervened_label"],
            place_date_mode=_place_date_mode(settings["print.place_date"]),
            hasil_kerja=hasil_kerja(skp),
            perilaku=tuple(PerilakuLine(b.core_value.number, b.core_value.name,
                                        tuple(b.core_value.guides), b.expectation)
                           for b in skp.behaviours),
            lampiran=tuple(LampiranList(LAMPIRAN_LABELS[s], tuple(i.text for i in skp.lampiran_of(s)))
                           for s in LampiranSection),
            printed_on=printed_on, logo_problem=logo_problem, status=_status(uow, skp),
            pegawai_id=skp.pegawai_id, approved_on=approved_on)

    # --- printed copies
    def record_print(self, doc: SkpDocument, pages: int | None = None) -> Outcome[bool]:
        """Remember a printed copy's code (journaled). True when this content was not printed before.

        Printing calls this before the PDF is renamed into place (`skpdesk.reports.batch`)."""
        outcome = self.record_prints([doc], None if pages is None else [pages])
        return Outcome(outcome.value == 1, outcome.changes)

    def record_prints(self, docs: Sequence[SkpDocument],
                      pages: Sequence[int] | None = None) -> Outcome[int]:
        """Remember the codes of the copies in one file (a combined PDF holds many) in one
        transaction: all or none. With each copy: its status when printed (what `check_print`
        compares with now), its record, the pegawai and, when given, its page count (scan-back
        checks a scanned copy is complete). Returns how many codes were new."""
        counts = list(pages) if pages is not None else [None] * len(docs)
        with self._db.unit_of_work(self._actor) as uow:
            added = 0
            for doc, count in zip(docs, counts):
                if uow.skp.summary(doc.skp_id) is None:
                    raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=doc.skp_id)
                added += uow.printing.record(
                    code=doc.code, kind=PRINT_KIND, skp_id=doc.skp_id, revision=doc.revision,
                    content_hash=doc.content_hash, record_id=doc.record_id, status=doc.status,
                    pages=int(count) if count is not None else None, pegawai_id=doc.pegawai_id)
        return Outcome(added, uow.changes)

    def prints_of(self, skp_id: str):
        """Recorded printed copies of an SKP, oldest first (`storage` PrintedDocument values)."""
        with self._db.reader() as uow:
            return uow.printing.for_skp(skp_id)

    def register_rebuild(self, kind: str, rebuild: Rebuilder) -> None:
        """How `check_print` builds a copy of `kind` as it would print today (to compare its
        content): `rebuild(printed_document_record) -> document | None`. `Services` wires the
        evaluation forms' builders here."""
        self._rebuilders[kind] = rebuild

    def check_print(self, code: str, *, today: dt.date | None = None) -> PrintCheck:
        """Which record and revision a printed code came from, its status when printed and now,
        and whether the record changed since (`services.print_check`)."""
        normalized = normalize_code(code)
        today = today or dt.date.today()
        with self._db.reader() as uow:
            record = uow.printing.find(normalized) if normalized else None
            if record is None:
                raise DomainError(ErrorCode.PRINT_CODE_UNKNOWN, field="kode", value=(code or "").strip(),
                                  **({} if normalized else {"reason": "format"}))
            if record.kind in print_check.EVALUATION_KINDS:
                return print_check.evaluation_check(uow, record, today,
                                                    self._rebuilders.get(record.kind))
            if record.kind == print_check.PENETAPAN_KIND:
                return print_check.penetapan_check(uow, record, self._rebuilders.get(record.kind))
            current = self._build(uow, record.skp_id, today)
        common = dict(code=record.code, skp_id=record.skp_id, pegawai_name=current.pegawai.name,
                      nip=current.pegawai.nip, year=current.year,
                      printed_revision=record.revision, printed_at=record.printed_at,
                      kind=record.kind, record_id=record.record_id, period=record.period)
        if record.kind != PRINT_KIND:  # a form printed from a dialog, recorded on this SKP
            return PrintCheck(current_revision=record.revision, changed=None,
                              printed_status=record.status, **common)
        return PrintCheck(current_revision=current.revision,
                          changed=current.content_hash != record.content_hash,
                          printed_status=record.status, current_status=current.status, **common)


def _status(uow, skp: Skp) -> str:
    """The status a copy prints (SkpStatus value, or "dikembalikan" for a Draft its penilai
    returned: its footer says so, as the team view does)."""
    if skp.status is SkpStatus.DRAFT:
        return skp_state(skp.status, uow.skp.last_status_from(skp.id)).value
    return skp.status.value


def _place_date_mode(value: str) -> PlaceDateMode:
    try:
        return PlaceDateMode(value)
    except ValueError:  # a value from a newer version: fall back to the default
        return PlaceDateMode(OFFICE_SETTINGS["print.place_date"].default)
