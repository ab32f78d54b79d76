"""Who may read a dialog, and what the others see (the confidentiality rule of issue 10 applied
to values; `domain.dialog.may_read` is the rule itself). Shared by `services.dialogs` and the
timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from skpdesk.domain.dialog import (DIALOG_KIND_LABELS, FOLLOW_UP_STATUS_LABELS, Dialog, DialogKind,
                                   FollowUp, FollowUpStatus, dialog_readers, may_read)

# Workflow steps as the timeline titles them.
_STEP_TITLES = {"create": "dibuat", "submit": "diajukan", "approve": "disetujui",
                "return": "dikembalikan", "reopen": "dibuka kembali"}


def day_text(day: dt.date | None) -> str:
    """dd-mm-yyyy, as dates are written in Indonesian offices (and in error sentences)."""
    return day.strftime("%d-%m-%Y") if day else "-"


def readers_of(dialog: Dialog) -> frozenset[str]:
    return dialog_readers([p.pegawai_id for p in dialog.participants],
                          dialog.author.pegawai_id if dialog.author else None,
                          dialog.led_by.pegawai_id if dialog.led_by else None)


def redact(dialog: Dialog) -> Dialog:
    """What a reader who may not read a confidential dialog sees: it took place, when, with whom."""
    return Dialog(id=dialog.id, held_on=dialog.held_on, start_time="", duration_min=None,
                  place="", online=False, kind=None, participants=dialog.participants,
                  led_by=None, agenda=(), notes="", topics=(), follow_ups=(), addenda=(),
                  confidential=True, author=None, closed_at=None, closed_by="", redacted=True)


def redact_follow_up(follow_up: FollowUp) -> FollowUp:
    """A follow-up of a confidential dialog for a non-reader: owner, due date and status stay
    (an action item someone must do), its text and links do not."""
    return replace(follow_up, text="", status_note="", rhk_id=None, core_value_id=None,
                   redacted=True)


def for_reader(dialog: Dialog, reader: str | None) -> Dialog:
    return dialog if may_read(dialog.confidential, readers_of(dialog), reader) else redact(dialog)


def kind_label(kind: DialogKind | None) -> str:
    return DIALOG_KIND_LABELS.get(kind, "Dialog kinerja") if kind else "Dialog kinerja"


def status_label(status: FollowUpStatus) -> str:
    return FOLLOW_UP_STATUS_LABELS[status]


def step_title(action: str) -> str:
    return _STEP_TITLES.get(action, action)


def is_overdue(follow_up: FollowUp, today: dt.date) -> bool:
    return (follow_up.status is FollowUpStatus.OPEN and follow_up.due_on is not None
            and follow_up.due_on < today)
