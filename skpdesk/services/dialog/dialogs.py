"""Dialog kinerja and tindak lanjut: write, close, amend, carry over, read per reader.

Rules (issue 10, design §A):
- Who acts: every write needs the acting pegawai ("Saya adalah" / `--as`); they are the author
  of what they write (id + name with titles as a snapshot).
- Draft vs closed: a dialog's content (fields, participants, topics, its follow-ups) changes
  only while it is a draft; once closed it is read-only (DIALOG_CLOSED) and corrections are
  addenda (only on closed dialogs). A follow-up's STATUS may change at any time.
- Confidentiality (`domain.dialog.may_read`): a confidential dialog's content is readable only by
  its participants, its leader and its writer; everyone else (and nobody-acting) gets the
  redacted value: that it took place, on which date, with whom. Writing to it likewise.
- Who may change a dialog: its readers (participants, leader, writer) and, for a dialog that
  is not confidential, the pengelola kinerja. Follow-up status: also the follow-up's owner.
- Every write is one unit of work: a refused input writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable

from skpdesk.domain.dialog import (CONFIDENTIAL_BY_DEFAULT, ONLINE_PLACE, Dialog, DialogKind,
                                   FollowUp, FollowUpStatus, TimelineEntry, TimelineKind,
                                   may_read)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import Pegawai

from .. import fields as F
from ..acting import admin_ids, penilai_id
from .dialog_access import day_text, for_reader, is_overdue, readers_of, redact_follow_up
from ..outcome import Outcome
from ..record_ids import resolve_id
from .timeline import build_timeline

MAX_NOTES = 20000
MAX_AGENDA_ITEM = 500
MAX_AGENDA_ITEMS = 50
MAX_PARTICIPANTS = 200
MAX_FOLLOW_UP_TEXT = 2000
MAX_NOTE = 2000
MAX_ADDENDUM = 20000
MAX_DURATION_MIN = 24 * 60
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class FollowUpInput:
    text: str
    owner_id: str                 # pegawai id
    due_on: dt.date | str | None
    rhk_id: str | None = None
    core_value_id: str | None = None


@dataclass(frozen=True)
class DialogInput:
    held_on: dt.date | str
    kind: DialogKind | str
    participant_ids: tuple[str, ...]     # >= 1 pegawai ids
    start_time: str = ""                 # "HH:MM"
    duration_min: int | None = None
    place: str = ""
    online: bool = False                 # "daring"
    led_by_id: str | None = None         # a pegawai; None and led_by_name "" -> the (first)
    led_by_name: str = ""                #   participant's pejabat penilai
    led_by_role: str = ""
    agenda: tuple[str, ...] = ()
    notes: str = ""
    rhk_ids: tuple[str, ...] = ()
    core_value_ids: tuple[str, ...] = ()
    confidential: bool | None = None     # None: the kind's default
    follow_ups: tuple[FollowUpInput, ...] = ()


class DialogService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # ---- reads -------------------------------------------------------------------------------
    def get(self, dialog_id: str) -> Dialog:
        """The dialog as the acting pegawai may see it (redacted when confidential to them)."""
        with self._db.reader() as uow:
            dialog = self._load(uow, dialog_id)
            return self._for_reader(dialog, _reader(uow))

    def for_pegawai(self, pegawai_id: str, year: int | None = None) -> list[Dialog]:
        """The dialogs the pegawai took part in, newest first, each as the reader may see it."""
        with self._db.reader() as uow:
            if year is not None:
                year = F.year(year, "tahun")
            reader = _reader(uow)
            dialogs = uow.dialogs.load_many(uow.dialogs.ids_for_pegawai(pegawai_id, year))
            return [self._for_reader(d, reader) for d in dialogs]

    def resolve_id(self, text: str) -> str:
        """The dialog id typed as a full id or a unique prefix (>= 8 characters)."""
        with self._db.reader() as uow:
            return resolve_id(uow, "dialog_kinerja", text)

    def resolve_follow_up_id(self, text: str) -> str:
        with self._db.reader() as uow:
            return resolve_id(uow, "tindak_lanjut", text)

    def may_read(self, dialog_id: str) -> bool:
        """Whether the acting pegawai may read the dialog's content."""
        with self._db.reader() as uow:
            dialog = self._load(uow, dialog_id)
            return may_read(dialog.confidential, readers_of(dialog), _reader(uow))

    def follow_up(self, follow_up_id: str) -> FollowUp:
        with self._db.reader() as uow:
            follow_up = self._follow_up(uow, follow_up_id)
            return self._follow_ups_for_reader(uow, [follow_up], _reader(uow))[0]

    def follow_ups(self, pegawai_id: str | None = None, *, open_only: bool = False,
                   overdue_only: bool = False, today: dt.date | None = None) -> list[FollowUp]:
        """Follow-ups owned by, or agreed in dialogs with, the pegawai (every one when None),
        by due date; `overdue_only`: open ones due before `today`."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            ids = uow.dialogs.follow_up_ids(pegawai_id, open_only=open_only,
                                            overdue_before=today if overdue_only else None)
            found = uow.dialogs.follow_ups_by_ids(ids)
            return self._follow_ups_for_reader(uow, found, _reader(uow))

    def open_follow_ups_before(self, pegawai_ids: Iterable[str],
                               dialog_id: str | None = None) -> list[FollowUp]:
        """Carry-over: open follow-ups of earlier dialogs with any of these pegawai (as
        participants or owners); with `dialog_id`, those of dialogs held on or before its date,
        not its own. By due date."""
        with self._db.reader() as uow:
            held_on = None
            if dialog_id is not None:
                held_on = self._load(uow, dialog_id).held_on
            ids = uow.dialogs.open_follow_up_ids_before(list(pegawai_ids), held_on, dialog_id)
            found = uow.dialogs.follow_ups_by_ids(ids)
            return self._follow_ups_for_reader(uow, found, _reader(uow))

    def is_overdue(self, follow_up: FollowUp, today: dt.date | None = None) -> bool:
        return is_overdue(follow_up, today or dt.date.today())

    def timeline(self, pegawai_id: str, kinds: set[TimelineKind] | None = None,
                 start: dt.date | None = None, end: dt.date | None = None) -> list[TimelineEntry]:
        """The pegawai's year in one list, newest first: dialogs, umpan balik, follow-ups (on
        their status date, else their due date), B.1.8/B.1.9 and SKP workflow steps."""
        with self._db.reader() as uow:
            return build_timeline(uow, pegawai_id, kinds, start, end, _reader(uow))

    # ---- dialog writes -----------------------------------------------------------------------
    def add(self, inp: DialogInput) -> Outcome[Dialog]:
        with self._db.unit_of_work(self._actor) as uow:
            actor = _actor(uow)
            values, participants, topics = self._dialog_values(uow, inp)
            values.update(author_id=actor.id, author_name=actor.full_name, closed_at=None,
                          closed_by="")
            dialog_id = uow.dialogs.add(values)
            dialog = self._write_parts(uow, dialog_id, values["held_on"], participants, topics,
                                       inp.follow_ups)
        return Outcome(dialog, uow.changes)

    def update(self, dialog_id: str, inp: DialogInput) -> Outcome[Dialog]:
        """Replace a draft's fields, participants and topics; `inp.follow_ups` are ADDED."""
        with self._db.unit_of_work(self._actor) as uow:
            current = self._editable(uow, dialog_id)
            # The writer stays who wrote it first: an edit does not change authorship.
            values, participants, topics = self._dialog_values(uow, inp)
            for follow_up in current.follow_ups:  # a new date must not pass their due dates
                if follow_up.due_on is not None and follow_up.due_on < values["held_on"]:
                    raise DomainError(ErrorCode.FOLLOW_UP_DUE_BEFORE_DIALOG,
                                      field="tanggal_dialog", due=day_text(follow_up.due_on),
                                      date=day_text(values["held_on"]))
            uow.dialogs.update(dialog_id, values)
            dialog = self._write_parts(uow, dialog_id, values["held_on"], participants, topics,
                                       inp.follow_ups)
            # Whoever edits must still be able to read what they saved.
            self._check_may_change(uow, dialog)
        return Outcome(dialog, uow.changes)

    def delete(self, dialog_id: str) -> None:
        """Delete a draft with its participants, topics and follow-ups."""
        with self._db.unit_of_work(self._actor) as uow:
            self._editable(uow, dialog_id)
            uow.dialogs.delete(dialog_id)

    def close(self, dialog_id: str,
              close_follow_ups: dict[str, tuple[str, str]] | None = None) -> Outcome[Dialog]:
        """Close a draft: read-only from now on. `close_follow_ups` settles open follow-ups of
        EARLIER dialogs with the same pegawai in this one: {id: ("done"|"dropped", note)}."""
        with self._db.unit_of_work(self._actor) as uow:
            dialog = self._editable(uow, dialog_id)
            actor = _actor(uow)
            carried = {f.id for f in self._carry_over(uow, dialog)}
            for follow_up_id, (status, note) in (close_follow_ups or {}).items():
                follow_up = self._follow_up(uow, follow_up_id)
                new_status = F.choice(status, FollowUpStatus, "status_tindak_lanjut")
                why = None
                if follow_up.dialog_id == dialog.id:
                    why = "own_dialog"
                elif follow_up.status is not FollowUpStatus.OPEN:
                    why = "not_open"
                elif follow_up.id not in carried:
                    why = "not_earlier"
                if why is None and new_status is FollowUpStatus.OPEN:
                    raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="status_tindak_lanjut",
                                      value=str(status), allowed=["done", "dropped"])
                if why is not None:
                    raise DomainError(ErrorCode.FOLLOW_UP_NOT_CARRIED, field="tindak_lanjut",
                                      value=follow_up_id, why=why)
                self._check_may_set_status(uow, actor, follow_up)
                note = F.text(note, "catatan_status", max_len=MAX_NOTE, required=False)
                uow.dialogs.update_follow_up(follow_up.id, {
                    "status": new_status.value, "status_note": note, "status_on": dialog.held_on,
                    "closed_in_dialog_id": dialog.id})
            uow.dialogs.close(dialog_id, _now_iso(uow), _person_text(actor))
            uow.flush()
            closed = uow.dialogs.load(dialog_id)
        return Outcome(closed, uow.changes)

    def add_addendum(self, dialog_id: str, text: str) -> Outcome[Dialog]:
        """A correction or addition to a CLOSED dialog, with its own date and author."""
        text = F.text(text, "adendum", max_len=MAX_ADDENDUM)
        with self._db.unit_of_work(self._actor) as uow:
            dialog = self._load(uow, dialog_id)
            actor = _actor(uow)
            self._check_may_change(uow, dialog)
            if dialog.is_draft:
                raise DomainError(ErrorCode.DIALOG_NOT_CLOSED, field="adendum",
                                  date=day_text(dialog.held_on))
            uow.dialogs.add_addendum({"dialog_id": dialog_id, "written_at": _now_iso(uow),
                                      "author_id": actor.id, "author_name": actor.full_name,
                                      "text": text})
            uow.flush()
            result = uow.dialogs.load(dialog_id)
        return Outcome(result, uow.changes)

    # ---- follow-up writes --------------------------------------------------------------------
    def add_follow_up(self, dialog_id: str, inp: FollowUpInput) -> Outcome[FollowUp]:
        with self._db.unit_of_work(self._actor) as uow:
            dialog = self._editable(uow, dialog_id)
            new_id = uow.dialogs.add_follow_up(self._follow_up_values(uow, dialog_id,
                                                                      dialog.held_on, inp))
            uow.flush()
            result = uow.dialogs.follow_up(new_id)
        return Outcome(result, uow.changes)

    def update_follow_up(self, follow_up_id: str, inp: FollowUpInput) -> Outcome[FollowUp]:
        with self._db.unit_of_work(self._actor) as uow:
            follow_up = self._follow_up(uow, follow_up_id)
            dialog = self._editable(uow, follow_up.dialog_id)
            values = self._follow_up_values(uow, dialog.id, dialog.held_on, inp)
            values.pop("dialog_id")
            for key in ("status", "status_note", "status_on", "closed_in_dialog_id"):
                values.pop(key, None)  # the status has its own operation
            uow.dialogs.update_follow_up(follow_up_id, values)
            uow.flush()
            result = uow.dialogs.follow_up(follow_up_id)
        return Outcome(result, uow.changes)

    def delete_follow_up(self, follow_up_id: str) -> None:
        with self._db.unit_of_work(self._actor) as uow:
            follow_up = self._follow_up(uow, follow_up_id)
            self._editable(uow, follow_up.dialog_id)
            uow.dialogs.delete_follow_up(follow_up_id)

    def set_follow_up_status(self, follow_up_id: str, status: FollowUpStatus | str, note: str = "",
                             in_dialog_id: str | None = None,
                             today: dt.date | None = None) -> Outcome[FollowUp]:
        """Done, dropped or open again (at any time, also after the dialog closed); `note` says
        how; `in_dialog_id`: the later dialog it was settled in."""
        status = F.choice(status, FollowUpStatus, "status_tindak_lanjut")
        note = F.text(note, "catatan_status", max_len=MAX_NOTE, required=False)
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            follow_up = self._follow_up(uow, follow_up_id)
            actor = _actor(uow)
            self._check_may_set_status(uow, actor, follow_up)
            if in_dialog_id is not None:
                self._load(uow, in_dialog_id)
            reopened = status is FollowUpStatus.OPEN
            uow.dialogs.update_follow_up(follow_up_id, {
                "status": status.value, "status_note": note,
                "status_on": None if reopened else today,
                "closed_in_dialog_id": None if reopened else in_dialog_id})
            uow.flush()
            result = uow.dialogs.follow_up(follow_up_id)
        return Outcome(result, uow.changes)

    # ---- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _load(uow, dialog_id: str) -> Dialog:
        dialog = uow.dialogs.load(dialog_id) if dialog_id else None
        if dialog is None:
            raise DomainError(ErrorCode.DIALOG_NOT_FOUND, field="id_dialog", value=dialog_id)
        return dialog

    @staticmethod
    def _follow_up(uow, follow_up_id: str) -> FollowUp:
        follow_up = uow.dialogs.follow_up(follow_up_id) if follow_up_id else None
        if follow_up is None:
            raise DomainError(ErrorCode.FOLLOW_UP_NOT_FOUND, field="id_tindak_lanjut",
                              value=follow_up_id)
        return follow_up

    @staticmethod
    def _for_reader(dialog: Dialog, reader: str | None) -> Dialog:
        return for_reader(dialog, reader)

    def _follow_ups_for_reader(self, uow, follow_ups: list[FollowUp],
                               reader: str | None) -> list[FollowUp]:
        dialogs = {d.id: d for d in uow.dialogs.load_many(sorted({f.dialog_id for f in follow_ups}))}
        shown = []
        for f in follow_ups:
            d = dialogs.get(f.dialog_id)
            readable = d is None or may_read(d.confidential, readers_of(d), reader)
            shown.append(f if readable else redact_follow_up(f))
        return shown

    def _check_may_change(self, uow, dialog: Dialog) -> Pegawai:
        actor = _actor(uow)
        readers = readers_of(dialog)
        if actor.id in readers:
            return actor
        if dialog.confidential:
            raise DomainError(ErrorCode.DIALOG_CONFIDENTIAL, field="id_dialog",
                              date=day_text(dialog.held_on))
        if actor.id not in admin_ids(uow):
            raise DomainError(ErrorCode.DIALOG_NOT_ALLOWED, field="id_dialog",
                              date=day_text(dialog.held_on), actor=_person_text(actor))
        return actor

    def _check_may_set_status(self, uow, actor: Pegawai, follow_up: FollowUp) -> None:
        """The owner, the readers of its dialog, or (not confidential) a pengelola kinerja."""
        dialog = self._load(uow, follow_up.dialog_id)
        allowed = actor.id in readers_of(dialog) or actor.id == follow_up.owner.pegawai_id or \
            (not dialog.confidential and actor.id in admin_ids(uow))
        if not allowed:
            raise DomainError(ErrorCode.FOLLOW_UP_NOT_ALLOWED, field="status_tindak_lanjut",
                              actor=_person_text(actor), owner=follow_up.owner.name)

    def _editable(self, uow, dialog_id: str) -> Dialog:
        dialog = self._load(uow, dialog_id)
        self._check_may_change(uow, dialog)
        if not dialog.is_draft:
            raise DomainError(ErrorCode.DIALOG_CLOSED, field="id_dialog",
                              date=day_text(dialog.held_on))
        return dialog

    def _write_parts(self, uow, dialog_id: str, held_on: dt.date, participants: list[str],
                     topics: tuple[list[str], list[str]],
                     follow_ups: tuple[FollowUpInput, ...]) -> Dialog:
        """Participants and topics as given, the follow-ups added; the dialog as saved."""
        uow.dialogs.set_participants(dialog_id, participants)
        uow.dialogs.set_topics(dialog_id, *topics)
        for follow_up in follow_ups:
            uow.dialogs.add_follow_up(self._follow_up_values(uow, dialog_id, held_on, follow_up))
        uow.flush()
        return uow.dialogs.load(dialog_id)

    def _carry_over(self, uow, dialog: Dialog) -> list[FollowUp]:
        ids = uow.dialogs.open_follow_up_ids_before(
            [p.pegawai_id for p in dialog.participants], dialog.held_on, dialog.id)
        return uow.dialogs.follow_ups_by_ids(ids)

    def _dialog_values(self, uow, inp: DialogInput):
        """The row's values, participant ids and (rhk ids, core value ids), all checked."""
        held_on = F.date(inp.held_on, "tanggal_dialog") if inp.held_on not in (None, "") else None
        if held_on is None:
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="tanggal_dialog")
        F.year(held_on.year, "tanggal_dialog")
        kind = F.choice(inp.kind, DialogKind, "jenis_dialog")
        participants = list(dict.fromkeys(p for p in (inp.participant_ids or ()) if p))
        if not participants:
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="peserta")
        if len(participants) > MAX_PARTICIPANTS:
            raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field="peserta",
                              value=str(len(participants)), min=1, max=MAX_PARTICIPANTS)
        people = [_pegawai(uow, p, "peserta") for p in participants]
        start_time = (inp.start_time or "").strip()
        if start_time:
            match = _TIME.match(start_time)
            if not match:
                raise DomainError(ErrorCode.DIALOG_TIME_INVALID, field="jam_mulai", value=start_time)
            start_time = f"{int(match.group(1)):02d}:{match.group(2)}"
        duration = inp.duration_min
        if duration is not None:
            if isinstance(duration, bool) or not isinstance(duration, int):
                try:
                    duration = int(str(duration).strip())
                except ValueError:
                    raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field="durasi",
                                      value=str(inp.duration_min)) from None
            if not 1 <= duration <= MAX_DURATION_MIN:
                raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field="durasi",
                                  value=str(duration), min=1, max=MAX_DURATION_MIN)
        place = F.text(inp.place, "tempat", max_len=200, required=False)
        led_name = F.text(inp.led_by_name, "dipimpin_oleh", max_len=200, required=False)
        led_role = F.text(inp.led_by_role, "peran_pemimpin", max_len=200, required=False)
        led_by_id = inp.led_by_id or None
        if led_by_id and (led_name or led_role):
            raise DomainError(ErrorCode.DIALOG_LEADER_TWICE, field="dipimpin_oleh")
        if led_role and not led_name:
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="dipimpin_oleh")
        if led_by_id:
            _pegawai(uow, led_by_id, "dipimpin_oleh")
        elif not led_name:
            led_by_id = _default_leader(uow, people[0], held_on.year)
        agenda = list(inp.agenda or ())
        if len(agenda) > MAX_AGENDA_ITEMS:
            raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field="agenda",
                              value=str(len(agenda)), min=0, max=MAX_AGENDA_ITEMS)
        agenda = [F.text(item, "agenda", max_len=MAX_AGENDA_ITEM) for item in agenda]
        notes = F.text(inp.notes, "catatan_dialog", max_len=MAX_NOTES, required=False)
        rhk_ids = list(dict.fromkeys(r for r in (inp.rhk_ids or ()) if r))
        for rhk_id in rhk_ids:
            owner = uow.dialogs.rhk_owner(rhk_id)
            if owner is None:
                raise DomainError(ErrorCode.RHK_NOT_FOUND, field="rhk_dibahas", value=rhk_id)
            if owner[0] not in participants:
                label = uow.dialogs.topic_labels([rhk_id], []).get(rhk_id, rhk_id)
                raise DomainError(ErrorCode.DIALOG_TOPIC_NOT_PARTICIPANT, field="rhk_dibahas",
                                  label=label)
        value_ids = list(dict.fromkeys(v for v in (inp.core_value_ids or ()) if v))
        for value_id in value_ids:
            if not uow.dialogs.core_value_exists(value_id):
                raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field="nilai_dibahas",
                                  value=value_id)
        confidential = (kind in CONFIDENTIAL_BY_DEFAULT) if inp.confidential is None \
            else bool(inp.confidential)
        values = {"held_on": held_on, "start_time": start_time, "duration_min": duration,
                  "place": place, "online": 1 if inp.online else 0, "kind": kind.value,
                  "led_by_id": led_by_id, "led_by_name": "" if led_by_id else led_name,
                  "led_by_role": "" if led_by_id else led_role, "agenda": agenda, "notes": notes,
                  "confidential": 1 if confidential else 0}
        return values, participants, (rhk_ids, value_ids)

    def _follow_up_values(self, uow, dialog_id: str, held_on: dt.date, inp: FollowUpInput) -> dict:
        text = F.text(inp.text, "tindak_lanjut", max_len=MAX_FOLLOW_UP_TEXT)
        if not inp.owner_id:
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="pemilik_tindak_lanjut")
        _pegawai(uow, inp.owner_id, "pemilik_tindak_lanjut")
        if inp.due_on in (None, ""):
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="batas_waktu")
        due = F.date(inp.due_on, "batas_waktu")
        if due < held_on:
            raise DomainError(ErrorCode.FOLLOW_UP_DUE_BEFORE_DIALOG, field="batas_waktu",
                              due=day_text(due), date=day_text(held_on))
        F.year(due.year, "batas_waktu")
        if inp.rhk_id and inp.core_value_id:
            raise DomainError(ErrorCode.FOLLOW_UP_TARGET_BOTH, field="tindak_lanjut")
        if inp.rhk_id and uow.dialogs.rhk_owner(inp.rhk_id) is None:
            raise DomainError(ErrorCode.RHK_NOT_FOUND, field="rhk", value=inp.rhk_id)
        if inp.core_value_id and not uow.dialogs.core_value_exists(inp.core_value_id):
            raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field="perilaku",
                              value=inp.core_value_id)
        return {"dialog_id": dialog_id, "owner_id": inp.owner_id, "text": text, "due_on": due,
                "status": FollowUpStatus.OPEN.value, "status_note": "", "status_on": None,
                "rhk_id": inp.rhk_id or None, "core_value_id": inp.core_value_id or None,
                "closed_in_dialog_id": None}


def input_of(dialog: Dialog) -> DialogInput:
    """The input that saves `dialog` unchanged (an editor starts from it; follow-ups are edited
    one by one, so none are included)."""
    led_by = dialog.led_by
    external = led_by is not None and led_by.pegawai_id is None
    return DialogInput(
        held_on=dialog.held_on, kind=dialog.kind or "",
        participant_ids=tuple(p.pegawai_id for p in dialog.participants if p.pegawai_id),
        start_time=dialog.start_time, duration_min=dialog.duration_min,
        place="" if dialog.online and dialog.place == ONLINE_PLACE else dialog.place,
        online=dialog.online, led_by_id=led_by.pegawai_id if led_by else None,
        led_by_name=led_by.name if external else "", led_by_role=led_by.role if external else "",
        agenda=dialog.agenda, notes=dialog.notes,
        rhk_ids=tuple(t.rhk_id for t in dialog.topics if t.rhk_id),
        core_value_ids=tuple(t.core_value_id for t in dialog.topics if t.core_value_id),
        confidential=dialog.confidential)


def _reader(uow) -> str | None:
    """The acting pegawai's id when it names a pegawai here (else nobody: reads redacted)."""
    pegawai_id = uow.acting_id()
    return pegawai_id if pegawai_id and uow.people.get(pegawai_id) is not None else None


def _actor(uow) -> Pegawai:
    pegawai_id = uow.acting_id()
    pegawai = uow.people.get(pegawai_id) if pegawai_id else None
    if pegawai is None:
        raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
    return pegawai


def _pegawai(uow, pegawai_id: str, field: str) -> Pegawai:
    pegawai = uow.people.get(pegawai_id)
    if pegawai is None:
        raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field=field, value=pegawai_id)
    return pegawai


def _default_leader(uow, pegawai: Pegawai, year: int) -> str | None:
    """The pejabat penilai of the (first) participant: of their SKP of the dialog's year when
    there is one (it may name another appraiser), else their atasan."""
    summary = uow.skp.find(pegawai.id, year)
    skp = uow.skp.load(summary.id) if summary else None
    if skp is not None:
        return penilai_id(uow, skp)
    return pegawai.supervisor_id


def _person_text(p: Pegawai) -> str:
    return f"{p.full_name} ({p.nip})" if p.nip else p.full_name


def _now_iso(uow) -> str:
    # The unit of work's journal clock (tests run replicas with skewed clocks).
    return uow.now_iso()
