"""A pegawai's timeline for the "Dialog & umpan balik" tab (`DialogService.timeline`).

Everything is read in one reader unit of work from the records themselves (dialogs, follow-ups,
umpan balik, B.1.8/B.1.9) and, for the SKP workflow steps, from the journal as
`services.skp_history` reads it: nothing is stored twice. Confidential content is redacted for a
reader who may not read it (the entry stays: something happened on that day).
"""

from __future__ import annotations

import datetime as dt
import json

from skpdesk.domain.dialog import (TIMELINE_KIND_LABELS, Dialog, FollowUpStatus, TimelineEntry,
                                   TimelineKind, may_read)

from .dialog_access import kind_label, readers_of, redact, status_label, step_title
from ..skp_history import build_history

EXCERPT = 160


def excerpt(text: str, limit: int = EXCERPT) -> str:
    one_line = " ".join((text or "").split())
    return one_line if len(one_line) <= limit else one_line[:limit - 1] + "…"


def _inside(day: dt.date | None, start: dt.date | None, end: dt.date | None) -> bool:
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


def build_timeline(uow, pegawai_id: str, kinds: set[TimelineKind] | None,
                   start: dt.date | None, end: dt.date | None,
                   reader: str | None) -> list[TimelineEntry]:
    wanted = set(kinds) if kinds else set(TimelineKind)
    entries: list[TimelineEntry] = []
    dialogs: dict[str, Dialog] = {}

    def dialog_of(dialog_id: str | None) -> Dialog | None:
        if dialog_id and dialog_id not in dialogs:
            found = uow.dialogs.load(dialog_id)
            if found is not None:
                dialogs[dialog_id] = found
        return dialogs.get(dialog_id) if dialog_id else None

    def readable(dialog: Dialog | None) -> bool:
        return dialog is None or may_read(dialog.confidential, readers_of(dialog), reader)

    if TimelineKind.DIALOG in wanted or TimelineKind.FOLLOW_UP in wanted:
        for d in uow.dialogs.load_many(uow.dialogs.ids_for_pegawai(pegawai_id)):
            dialogs[d.id] = d
    if TimelineKind.DIALOG in wanted:
        for d in list(dialogs.values()):
            if not _inside(d.held_on, start, end):
                continue
            shown = d if readable(d) else redact(d)
            detail = "" if shown.redacted else excerpt(shown.notes or "; ".join(shown.agenda))
            title = kind_label(shown.kind) if not shown.redacted else "Dialog kinerja (rahasia)"
            entries.append(TimelineEntry(TimelineKind.DIALOG, d.held_on,
                                         f"{d.held_on.isoformat()}T{d.start_time or '00:00'}",
                                         title, detail, d.id, d.id, shown.redacted))
    if TimelineKind.FOLLOW_UP in wanted:
        for f in uow.dialogs.follow_ups_by_ids(uow.dialogs.follow_up_ids(pegawai_id)):
            on = f.due_on if f.status is FollowUpStatus.OPEN else (f.status_on or f.due_on)
            if not _inside(on, start, end):
                continue
            ok = readable(dialog_of(f.dialog_id))
            entries.append(TimelineEntry(
                TimelineKind.FOLLOW_UP, on, f"{on.isoformat()}T00:00",
                f"Tindak lanjut: {status_label(f.status).lower()}",
                excerpt(f.text) if ok else "", f.id, f.dialog_id, not ok))
    if TimelineKind.FEEDBACK in wanted:
        # Umpan balik is not confidential, even when given in a confidential dialog.
        for r in uow.dialogs.feedback_for_pegawai(pegawai_id, start, end):
            entries.append(TimelineEntry(TimelineKind.FEEDBACK, r["given_on"], r["created_at"],
                                         r["target_label"] or TIMELINE_KIND_LABELS[TimelineKind.FEEDBACK],
                                         excerpt(r["text"]), r["id"], r["dialog_id"]))
    for kind, rows in ((TimelineKind.COACHING_FEEDBACK, uow.dialogs.coaching_for_pegawai),
                       (TimelineKind.COMPETENCY, uow.dialogs.competency_for_pegawai)):
        if kind not in wanted:
            continue
        for r in rows(pegawai_id, start, end):
            ok = readable(dialog_of(r["dialog_id"]))
            detail = ""
            if ok and "items" in r:
                try:
                    detail = excerpt(", ".join(str(i.get("name", "")) for i in json.loads(r["items"])))
                except (TypeError, ValueError, AttributeError):
                    detail = ""
            entries.append(TimelineEntry(kind, r["on"], r["created_at"], TIMELINE_KIND_LABELS[kind],
                                         detail, r["id"], r["dialog_id"], not ok))
    if TimelineKind.WORKFLOW in wanted:
        for skp_id, year in uow.dialogs.skp_ids_of(pegawai_id):
            history = build_history(skp_id, uow.skp_history.entries(skp_id), {}, {})
            for step in history.steps:
                on = dt.date.fromisoformat(step.at[:10])
                if not _inside(on, start, end):
                    continue
                entries.append(TimelineEntry(TimelineKind.WORKFLOW, on, step.at,
                                             f"SKP {year} {step_title(step.action)}",
                                             excerpt(step.note), skp_id, None))
    entries.sort(key=lambda e: (e.on, e.at, e.record_id), reverse=True)
    return entries
