"""Printing the bimbingan forms and the catatan dialog kinerja: build the frozen documents
(`domain.coaching_documents`) and remember printed copies.

What goes on paper (SKP-REFERENCE §2.3):
- the header of B.1.8 and B.1.9 (and of the catatan): PEGAWAI YANG DINILAI and PEJABAT PENILAI
  KINERJA with NAMA, NIP, PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA, as on the printed SKP: the
  pegawai's jabatan and unit from their SKP of the dialog's year when there is one, the penilai
  recorded on that SKP (else the pegawai's atasan);
- the stored answers verbatim (B.1.8 keeps the statements and the scale it was answered with);
- confidentiality: a confidential dialog prints only for its readers (DIALOG_CONFIDENTIAL).

Document codes: a printed copy is recorded in `printed_document` (kind "b18", "b19",
"dialog") on the pegawai's SKP of the dialog's year. `printed_document.skp_id` is required, so a
pegawai without an SKP for that year gets the PDF (with its code in the footer) but no record:
`record_print` then returns False and `check-print` does not know that code.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from skpdesk.domain.changes import Changes
from skpdesk.domain.coaching_documents import (DIALOG_DRAFT_STATUS, B18Document, B18Line,
                                               B18Subject, B19Document, B19Line,
                                               DialogNoteDocument, NoteAddendum, NoteFollowUp,
                                               Signer)
from skpdesk.domain.dates import tanggal
from skpdesk.domain.dialog import (B18_SUBJECTS, FOLLOW_UP_STATUS_LABELS, ONLINE_PLACE,
                                   FollowUp, FollowUpStatus, PersonRef)
from skpdesk.domain.documents import BLANK, DOTS, PersonBlock, PlaceDateMode
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.settings import OFFICE_SETTINGS

from .coaching import dialog_kind_label, readable_dialog
from .dialog_access import for_reader
from .feedback import acting_pegawai_id, person_text
from ..office import verify_stored_logo
from ..outcome import Outcome
from ..skp_document import person_block

FORM_KINDS = ("b18", "b19", "dialog")
_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


class CoachingDocumentService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- building
    def b18(self, dialog_id: str, pegawai_id: str | None = None, *,
            printed_on: dt.date | None = None) -> B18Document:
        with self._db.reader() as uow:
            access = readable_dialog(uow, dialog_id)
            b18 = _newest(uow, uow.coaching.current_coaching_feedback(access.id, pegawai_id),
                          "Format B.1.8", pegawai_id)
            by_statement = {a.statement: a for a in b18.answers}
            subjects = tuple(
                B18Subject(title, tuple(
                    B18Line(s, by_statement[s].response if s in by_statement else "",
                            by_statement[s].comment if s in by_statement else "")
                    for s in statements))
                for title, statements in B18_SUBJECTS)
            # Answers stored under another wording are printed as answered, in one group.
            known = {s for _, group in B18_SUBJECTS for s in group}
            if any(a.statement not in known for a in b18.answers):
                subjects = (B18Subject("", tuple(B18Line(a.statement, a.response, a.comment)
                                                 for a in b18.answers)),)
            return B18Document(**self._header(uow, access, b18.pegawai.pegawai_id,
                                              b18.answered_on, printed_on),
                               scale=b18.scale, subjects=subjects,
                               dialog_label=self._dialog_label(access))

    def b19(self, dialog_id: str, pegawai_id: str | None = None, *,
            printed_on: dt.date | None = None) -> B19Document:
        with self._db.reader() as uow:
            access = readable_dialog(uow, dialog_id)
            b19 = _newest(uow, uow.coaching.current_competency(access.id, pegawai_id),
                          "Format B.1.9", pegawai_id)
            return B19Document(**self._header(uow, access, b19.pegawai.pegawai_id,
                                              b19.evaluated_on, printed_on),
                               items=tuple(B19Line(n, i.name, i.value, i.reason)
                                           for n, i in enumerate(b19.items, start=1)),
                               evaluator=self._signer(uow, b19.evaluator),
                               dialog_label=self._dialog_label(access))

    def dialog_note(self, dialog_id: str, pegawai_id: str | None = None, *,
                    printed_on: dt.date | None = None) -> DialogNoteDocument:
        """The catatan of a dialog for one participant's signature (the first by default)."""
        with self._db.reader() as uow:
            access = readable_dialog(uow, dialog_id)
            dialog = for_reader(uow.dialogs.load(access.id), acting_pegawai_id(uow))
            if dialog.redacted:  # readable_dialog said yes: never print a redacted copy
                raise DomainError(ErrorCode.DIALOG_CONFIDENTIAL, field="dialog", value=dialog_id)
            if pegawai_id is None:
                pegawai_id = access.participant_ids[0] if access.participant_ids else None
            elif pegawai_id not in access.participant_ids:
                raise DomainError(ErrorCode.COACHING_NOT_PARTICIPANT, field="pegawai_dibimbing",
                                  name=person_text(uow, pegawai_id))
            when = f"{_DAYS[dialog.held_on.weekday()]}, {tanggal(dialog.held_on)}"
            if dialog.start_time:
                when += f", pukul {dialog.start_time}"
            if dialog.duration_min:
                when += f", {dialog.duration_min} menit"
            place = ONLINE_PLACE if dialog.online else (dialog.place or BLANK)
            if dialog.online and dialog.place:
                place = f"{ONLINE_PLACE} ({dialog.place})"
            settled_ids = uow.coaching.follow_up_ids_closed_in(access.id)
            settled = [f for f in uow.dialogs.follow_ups_by_ids(settled_ids)
                       if f.dialog_id != access.id]
            if dialog.closed_at:
                status = f"Ditutup {tanggal(dt.date.fromisoformat(dialog.closed_at[:10]))}"
            else:
                status = DIALOG_DRAFT_STATUS
            return DialogNoteDocument(
                **self._header(uow, access, pegawai_id, dialog.held_on, printed_on),
                kind_label=dialog_kind_label(access.kind), when=when, place=place,
                participants=tuple(_ref_text(p) for p in dialog.participants),
                leader=self._signer(uow, dialog.led_by),
                leader_role=dialog.led_by.role if dialog.led_by else "",
                agenda=tuple(dialog.agenda), notes=dialog.notes,
                topics=tuple(t.label for t in dialog.topics),
                follow_ups=tuple(_follow_up(uow, n, f, dialog.topics)
                                 for n, f in enumerate(dialog.follow_ups, start=1)),
                settled=tuple(_follow_up(uow, n, f, ()) for n, f in enumerate(settled, start=1)),
                addenda=tuple(NoteAddendum(_stamp(a.written_at), a.author.name if a.author else BLANK,
                                           a.text) for a in dialog.addenda),
                status=status, confidential=dialog.confidential)

    # --- printed copies
    def record_print(self, doc) -> Outcome[bool]:
        """Remember a printed copy's code on the pegawai's SKP (journaled). False when this
        content was printed before, or when there is no SKP to record it on."""
        if doc.skp_id is None:
            return Outcome(False, Changes())
        with self._db.unit_of_work(self._actor) as uow:
            if uow.skp.summary(doc.skp_id) is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=doc.skp_id)
            added = uow.printing.record(code=doc.code, kind=doc.kind, skp_id=doc.skp_id,
                                        revision=doc.revision, content_hash=doc.content_hash,
                                        record_id=doc.record_id)
        return Outcome(added, uow.changes)

    # --- parts
    def _header(self, uow, access, pegawai_id: str | None, form_date: dt.date,
                printed_on: dt.date | None) -> dict:
        instansi = uow.office.instansi()
        if instansi is None:
            raise DomainError(ErrorCode.OFFICE_MISSING)
        pegawai = uow.people.get(pegawai_id) if pegawai_id else None
        if pegawai is None:
            raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="id", value=pegawai_id or "")
        summary = uow.skp.find(pegawai.id, access.held_on.year)
        skp = uow.skp.load(summary.id) if summary is not None else None
        penilai_id = (skp.appraiser_id if skp is not None else None) or pegawai.supervisor_id
        penilai = uow.people.get(penilai_id) if penilai_id else None
        stored = uow.office.settings()
        mode = stored.get("print.place_date", OFFICE_SETTINGS["print.place_date"].default)
        try:
            place_date_mode = PlaceDateMode(mode)
        except ValueError:
            place_date_mode = PlaceDateMode(OFFICE_SETTINGS["print.place_date"].default)
        logo = logo_problem = None
        if instansi.logo_path:
            found, logo_problem = verify_stored_logo(Path(self._db.path).parent, instansi.logo_path)
            logo = str(found) if found is not None else None
        # the fill rules of every form (non-ASN penilai: INSTANSI; PPPK golongan: the setting)
        shown = dict(instansi=instansi.name,
                     show_pppk_rank=stored.get("print.pppk_golongan") == "tampilkan")
        block = person_block(pegawai, position=skp.position if skp else None,
                             unit_path=skp.unit_path if skp else None, **shown)
        return dict(skp_id=skp.id if skp else None, dialog_id=access.id, revision=1,
                    instansi=instansi.name, city=instansi.city, logo_path=logo, pegawai=block,
                    penilai=person_block(penilai, **shown) if penilai else None,
                    place_date_mode=place_date_mode, form_date=form_date,
                    printed_on=printed_on or dt.date.today(), logo_problem=logo_problem)

    @staticmethod
    def _dialog_label(access) -> str:
        return f"{dialog_kind_label(access.kind)}, {tanggal(access.held_on)}"

    @staticmethod
    def _signer(uow, ref: PersonRef | None) -> Signer:
        if ref is None:
            return Signer(DOTS, "")
        pegawai = uow.people.get(ref.pegawai_id) if ref.pegawai_id else None
        if pegawai is not None:
            return Signer(pegawai.full_name, person_block(pegawai).signature_id)
        return Signer(ref.name or DOTS, ref.role)


def _newest(uow, found: list, form_name: str, pegawai_id: str | None):
    """The newest current form, or COACHING_NOT_FOUND naming the form and the pegawai."""
    if not found:
        raise DomainError(ErrorCode.COACHING_NOT_FOUND, field="dialog", form_name=form_name,
                          name=person_text(uow, pegawai_id) if pegawai_id else "peserta")
    return found[0]


def _ref_text(ref: PersonRef) -> str:
    return f"{ref.name} ({ref.nip})" if ref.nip else ref.name


def _stamp(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return f"{tanggal(moment.date())} {moment:%H:%M}"


def _follow_up(uow, number: int, f: FollowUp, topics) -> NoteFollowUp:
    status = FOLLOW_UP_STATUS_LABELS[f.status]
    if f.status is not FollowUpStatus.OPEN and f.status_on:
        status += f" {tanggal(f.status_on)}"
    if f.status_note:
        status += f": {f.status_note}"
    topic = next((t.label for t in topics
                  if (f.rhk_id and t.rhk_id == f.rhk_id)
                  or (f.core_value_id and t.core_value_id == f.core_value_id)), "")
    return NoteFollowUp(number, f.text, f.owner.name, tanggal(f.due_on) if f.due_on else BLANK,
                        status, topic)
