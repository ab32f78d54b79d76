"""Reminders (issue 10), computed from the data, offline, for the acting pegawai.

Rules (rule key: when it fires; `today` is injectable, default `dt.date.today()`):
- `followup_due_soon`: an open follow-up due today or in the next `FOLLOW_UP_DUE_SOON_DAYS`
  (7) days: today <= due <= today + 7.
- `followup_overdue`: an open follow-up whose due date has passed: due < today.
  Both for follow-ups I own, agreed in a dialog I led or wrote, or owned by my team. A
  follow-up of a confidential dialog I may not read shows a redacted title (who and when only).
- `no_dialog`: an active pegawai of my team (I am their pejabat penilai) whose last dialog
  (held on or before today; else 1 January of the year) is more than `dialog.cadence_days`
  (office setting, default 92) days ago: today - reference > cadence.
- `skp_not_approved`: an active ASN of my team whose SKP of the year is missing or not
  approved once January is over: today > 31 January of the year.
- `b18_missing`: a bimbingan (coaching, mentoring, konseling) held more than `B18_AFTER_DAYS`
  (14) days ago (today - held > 14), within the last year, without a B.1.8 of one of its
  participants: for the participant, the dialog's leader and writer, and the participant's
  pejabat penilai. A confidential bimbingan is only a reminder for its readers (the kind of a
  dialog is part of what a confidential dialog hides).

Nobody acting: the office-wide list (every active pegawai; a pengelola kinerja's view), where
confidential content is redacted for everyone. Each rule is also an `ActionSource`, so its
items appear in "Perlu tindakan".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from skpdesk.domain.dialog import (BIMBINGAN_KINDS, B18_AFTER_DAYS, DEFAULT_DIALOG_CADENCE_DAYS,
                                   DIALOG_KIND_LABELS, FOLLOW_UP_DUE_SOON_DAYS,
                                   SETTING_DIALOG_CADENCE, DialogKind, dialog_readers, may_read)
from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.people import titled_name
from skpdesk.domain.skp import STATUS_LABELS, SkpStatus

from ..action_items import ActionItem, ActionTarget, register_source

RULE_FOLLOWUP_DUE_SOON = "followup_due_soon"
RULE_FOLLOWUP_OVERDUE = "followup_overdue"
RULE_NO_DIALOG = "no_dialog"
RULE_SKP_NOT_APPROVED = "skp_not_approved"
RULE_B18_MISSING = "b18_missing"
RULES = (RULE_FOLLOWUP_OVERDUE, RULE_FOLLOWUP_DUE_SOON, RULE_NO_DIALOG, RULE_SKP_NOT_APPROVED,
         RULE_B18_MISSING)

# The headings of "Perlu tindakan" (Indonesian data; the window translates them by rule key).
RULE_LABELS = {
    RULE_FOLLOWUP_OVERDUE: "Tindak lanjut melewati batas waktu",
    RULE_FOLLOWUP_DUE_SOON: "Tindak lanjut jatuh tempo dalam 7 hari",
    RULE_NO_DIALOG: "Anggota tim lama tanpa dialog kinerja",
    RULE_SKP_NOT_APPROVED: "SKP tim belum disetujui setelah Januari",
    RULE_B18_MISSING: "Umpan balik bimbingan (B.1.8) belum diisi",
}

REDACTED_FOLLOW_UP = "Tindak lanjut dialog rahasia"
SKP_DEADLINE = (1, 31)      # month, day: SKPs approved by the end of January
B18_LOOKBACK_DAYS = 365     # older bimbingan are no longer chased for their B.1.8
CADENCE_RANGE = (7, 366)    # what the setting may say (helper B validates writes)
TITLE_MAX = 90


@dataclass(frozen=True)
class Reminder:
    rule: str                       # one of RULES
    title: str                      # what it is about (a follow-up's text, a pegawai's name)
    detail: str                     # why, with the dates
    due: dt.date                    # when it fell or falls due
    pegawai_id: str                 # the pegawai it is about
    pegawai_name: str
    nip: str | None
    record_ids: tuple[str, ...]     # follow-up id / SKP id / dialog id (empty: nothing yet)
    target: ActionTarget
    redacted: bool = False          # confidential content left out for this reader


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _short(text: str) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= TITLE_MAX else line[: TITLE_MAX - 1] + "…"


def _dmy(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _person(row) -> tuple[str, str | None]:
    return titled_name(row["name"], row["front_title"], row["back_title"]), row["nip"]


def _nip_text(nip: str | None) -> str:
    return format_nip(nip) if nip else "tanpa NIP"


def cadence_days(settings: dict[str, str]) -> int:
    """The office's `dialog.cadence_days`; the default when unset or not a number in range."""
    try:
        days = int(str(settings.get(SETTING_DIALOG_CADENCE, "")).strip())
    except ValueError:
        return DEFAULT_DIALOG_CADENCE_DAYS
    low, high = CADENCE_RANGE
    return days if low <= days <= high else DEFAULT_DIALOG_CADENCE_DAYS


class ReminderRules:
    """The five rules over one read unit of work (`reader`), for `me` (None: office-wide)."""

    def __init__(self, reader, me: str | None, today: dt.date, year: int | None = None) -> None:
        self._r = reader
        self._me = me
        self._today = today
        self._year = year if year is not None else today.year

    def _readable(self, dialog_ids) -> set[str]:
        """Of these confidential dialogs, the ones `me` may read."""
        readers = self._r.reminders.dialog_readers(list(dialog_ids))
        return {d for d, (people, author, led_by) in readers.items()
                if may_read(True, dialog_readers(people, author, led_by), self._me)}

    def follow_ups(self) -> list[Reminder]:
        today = self._today
        until = today + dt.timedelta(days=FOLLOW_UP_DUE_SOON_DAYS)
        rows = self._r.reminders.open_follow_ups_due(self._me, until.isoformat())
        readable = self._readable({r["dialog_id"] for r in rows if r["confidential"]})
        out = []
        for r in rows:
            due = _date(r["due_on"])
            name, nip = _person(r)
            hidden = bool(r["confidential"]) and r["dialog_id"] not in readable
            if due < today:
                rule = RULE_FOLLOWUP_OVERDUE
                when = f"batas {_dmy(due)}, terlambat {(today - due).days} hari"
            else:
                rule = RULE_FOLLOWUP_DUE_SOON
                left = (due - today).days
                when = f"batas {_dmy(due)}, " + ("hari ini" if left == 0 else f"{left} hari lagi")
            out.append(Reminder(
                rule, REDACTED_FOLLOW_UP if hidden else _short(r["text"]),
                f"{name}: {when}", due, r["owner_id"], name, nip, (r["id"],),
                ActionTarget("dialog", r["owner_id"], dialog_id=r["dialog_id"]), hidden))
        return out

    def no_dialog(self, cadence: int) -> list[Reminder]:
        today = self._today
        new_year = dt.date(self._year, 1, 1)
        out = []
        for r in self._r.reminders.last_dialogs(self._me, today.isoformat()):
            last = _date(r["last"]) if r["last"] else None
            since = last or new_year
            days = (today - since).days
            if days <= cadence:
                continue
            name, nip = _person(r)
            detail = (f"dialog kinerja terakhir {_dmy(last)}, {days} hari lalu" if last else
                      f"belum ada dialog kinerja sejak {_dmy(new_year)} ({days} hari)")
            out.append(Reminder(
                RULE_NO_DIALOG, name, f"{_nip_text(nip)}: {detail} (irama kantor {cadence} hari)",
                since + dt.timedelta(days=cadence), r["id"], name, nip, (),
                ActionTarget("new_dialog", r["id"])))
        return out

    def skp_not_approved(self) -> list[Reminder]:
        deadline = dt.date(self._year, *SKP_DEADLINE)
        if self._today <= deadline:
            return []
        out = []
        for r in self._r.reminders.skp_not_approved(self._me, self._year):
            name, nip = _person(r)
            if r["skp_id"] is None:
                state = f"SKP {self._year} belum dibuat"
            else:
                try:
                    label = STATUS_LABELS[SkpStatus(r["status"])]
                except ValueError:
                    label = r["status"]
                state = f"SKP {self._year} masih {label}, belum disetujui"
            out.append(Reminder(
                RULE_SKP_NOT_APPROVED, name,
                f"{_nip_text(nip)}: {state} (batas akhir Januari, {_dmy(deadline)})", deadline,
                r["id"], name, nip, (r["skp_id"],) if r["skp_id"] else (),
                ActionTarget("skp", r["id"], skp_id=r["skp_id"])))
        return out

    def b18_missing(self) -> list[Reminder]:
        today = self._today
        before = today - dt.timedelta(days=B18_AFTER_DAYS)
        since = today - dt.timedelta(days=B18_LOOKBACK_DAYS)
        kinds = tuple(sorted(k.value for k in BIMBINGAN_KINDS))
        rows = self._r.reminders.bimbingan_without_b18(self._me, kinds, since.isoformat(),
                                                       before.isoformat())
        readable = self._readable({r["dialog_id"] for r in rows if r["confidential"]})
        out = []
        for r in rows:
            if r["confidential"] and r["dialog_id"] not in readable:
                continue  # its kind is confidential: not even "a bimbingan" is shown
            held = _date(r["held_on"])
            name, nip = _person(r)
            kind = DIALOG_KIND_LABELS.get(DialogKind(r["kind"]), r["kind"])
            out.append(Reminder(
                RULE_B18_MISSING, name,
                f"{kind} {_dmy(held)}: Format B.1.8 belum diisi ({(today - held).days} hari)",
                held + dt.timedelta(days=B18_AFTER_DAYS), r["pegawai_id"], name, nip,
                (r["dialog_id"],), ActionTarget("dialog", r["pegawai_id"], dialog_id=r["dialog_id"])))
        return out

    def all(self, rules=RULES) -> list[Reminder]:
        cadence = cadence_days(self._r.office.settings())
        found: list[Reminder] = []
        if RULE_FOLLOWUP_OVERDUE in rules or RULE_FOLLOWUP_DUE_SOON in rules:
            found += [r for r in self.follow_ups() if r.rule in rules]
        if RULE_NO_DIALOG in rules:
            found += self.no_dialog(cadence)
        if RULE_SKP_NOT_APPROVED in rules:
            found += self.skp_not_approved()
        if RULE_B18_MISSING in rules:
            found += self.b18_missing()
        order = {rule: i for i, rule in enumerate(RULES)}
        return sorted(found, key=lambda r: (order[r.rule], r.due, r.pegawai_name, r.record_ids))


@dataclass
class ReminderList:
    reminders: list[Reminder] = field(default_factory=list)
    office_wide: bool = False       # nobody is acting: every pegawai's reminders
    today: dt.date | None = None


class RemindersService:
    def __init__(self, db, actor: str = "") -> None:
        self._db = db
        self._actor = actor

    def list(self, today: dt.date | None = None, *, year: int | None = None,
             rules=RULES) -> ReminderList:
        """The acting pegawai's reminders (nobody acting: office-wide), most urgent rule first."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            me = uow.acting_id()
            found = ReminderRules(uow, me, today, year).all(rules)
        return ReminderList(found, office_wide=me is None, today=today)


@dataclass(frozen=True)
class ReminderSource:
    """One rule as a "Perlu tindakan" source (`services.action_items`)."""

    key: str
    label: str
    today: Callable[[], dt.date] = dt.date.today

    def items(self, reader, me_id: str, year: int) -> list[ActionItem]:
        found = ReminderRules(reader, me_id, self.today(), year).all((self.key,))
        return [ActionItem(self.key, r.title, r.detail, r.target) for r in found]


for _rule in RULES:
    register_source(ReminderSource(_rule, RULE_LABELS[_rule]))
