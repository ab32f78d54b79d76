"""What the conflict queue shows of the issue-10 rows (dialog kinerja and what hangs on it).

Labels name a row by what everyone may know of it: a dialog by its date and participants
("Dialog 12-03-2026 Budi Santoso"), a follow-up by its owner and due date, never by a text that
a confidential dialog hides. They are built from the rows as they are, so every replica words a
conflict the same way whoever is acting there.

The competing VALUES of a confidential dialog's content are another matter: they are what the
dialog hides, so `redact` replaces them with `REDACTED` unless the acting pegawai may read the
dialog (`domain.dialog.may_read`), as `DialogService.get` does, and only a reader may resolve
such a conflict (`check_may_resolve`): choosing between hidden values is a blind write.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from skpdesk.domain.dialog import dialog_readers, may_read, period_label, parse_period
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.sync import Conflict
from skpdesk.domain.sync_labels import ENTITY_LABELS

REDACTED = "(rahasia)"

# Rows that belong to one dialog through `dialog_id`.
DIALOG_CHILDREN = frozenset({"dialog_peserta", "dialog_topik", "dialog_adendum", "tindak_lanjut",
                             "umpan_balik_bimbingan", "evaluasi_kompetensi"})
DIALOG_TABLES = DIALOG_CHILDREN | {"dialog_kinerja", "umpan_balik"}
# Fields of a confidential dialog that everyone may see (a redacted `Dialog` keeps them).
_PUBLIC_FIELDS = {"dialog_kinerja": frozenset({"held_on", "confidential"}),
                  "dialog_peserta": None}   # None: the participants are public, every field


def _day(value) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return str(value or "")


def _name(uow, pegawai_id) -> str:
    row = uow.sync.live_row("pegawai", pegawai_id or "") or {}
    return row.get("name") or ""


def _dialog_label(uow, dialog_id: str | None, fallback: dict | None = None) -> str:
    dialog = uow.sync.live_row("dialog_kinerja", dialog_id or "") or fallback or {}
    names = [n for n in (_name(uow, p["pegawai_id"])
                         for p in uow.sync.live_rows("dialog_peserta", "dialog_id", dialog_id or ""))
             if n]
    return " ".join(x for x in ("Dialog", _day(dialog.get("held_on")), ", ".join(sorted(names))) if x)


def row_label(uow, entity: str, values: dict, skp_label) -> str:
    """The label of a row of one of DIALOG_TABLES; `skp_label(skp_row)` words an SKP."""
    kind = ENTITY_LABELS[entity]
    if entity == "dialog_kinerja":
        return _dialog_label(uow, values.get("id"), values)
    if entity == "umpan_balik":
        period = parse_period(values.get("period") or "")
        what = " ".join(x for x in (values.get("target_label") or "",
                                    period_label(period) if period else "") if x)
        skp = uow.sync.live_row("skp", values.get("skp_id") or "")
        where = skp_label(skp) if skp else "SKP"
        return f"{kind} {what}, {where}" if what else f"{kind}, {where}"
    dialog = _dialog_label(uow, values.get("dialog_id"))
    if entity == "dialog_peserta":
        who = _name(uow, values.get("pegawai_id"))
    elif entity == "tindak_lanjut":
        due = _day(values.get("due_on")) if values.get("due_on") else ""
        who = " ".join(x for x in (_name(uow, values.get("owner_id")), f"s.d. {due}" if due else "")
                       if x)
    elif entity == "dialog_adendum":
        who = _day(values.get("written_at"))
    elif entity in ("umpan_balik_bimbingan", "evaluasi_kompetensi"):
        who = _name(uow, values.get("pegawai_id"))
    else:  # dialog_topik: which RHK or value is content of the dialog, so not named here
        who = ""
    return f"{kind} {who}, {dialog}" if who else f"{kind}, {dialog}"


def _dialog_of(uow, c: Conflict) -> dict | None:
    if c.entity == "dialog_kinerja":
        return uow.sync.live_row("dialog_kinerja", c.entity_id) or uow.sync.state(
            c.entity, c.entity_id).values
    if c.entity in DIALOG_CHILDREN:
        row = uow.sync.live_row(c.entity, c.entity_id) or uow.sync.state(c.entity, c.entity_id).values
        return uow.sync.live_row("dialog_kinerja", (row or {}).get("dialog_id") or "")
    return None


def hidden_dialog(uow, c: Conflict) -> dict | None:
    """The confidential dialog whose content `c` shows, when the acting pegawai may not read
    it; None when `c` may be shown as it is."""
    if c.entity not in DIALOG_CHILDREN and c.entity != "dialog_kinerja":
        return None
    public = _PUBLIC_FIELDS.get(c.entity, frozenset())
    if public is None or (c.field is not None and c.field in public):
        return None
    dialog = _dialog_of(uow, c)
    if not dialog or not dialog.get("confidential"):
        return None
    participants = [p["pegawai_id"] for p in uow.sync.live_rows("dialog_peserta", "dialog_id",
                                                                 dialog.get("id") or "")]
    readers = dialog_readers(participants, dialog.get("author_id"), dialog.get("led_by_id"))
    return None if may_read(True, readers, uow.acting_id()) else dialog


def check_may_resolve(uow, c: Conflict) -> None:
    """Deciding between values one may not read would be writing blind into a confidential
    dialog (DialogService refuses such writes too): only its readers resolve it."""
    dialog = hidden_dialog(uow, c)
    if dialog is not None:
        raise DomainError(ErrorCode.DIALOG_CONFIDENTIAL, field="konflik",
                          date=_day(dialog.get("held_on")))


def redact(uow, c: Conflict) -> Conflict:
    """`c` with the values hidden when it shows content of a confidential dialog that the acting
    pegawai may not read; `c` itself otherwise."""
    if hidden_dialog(uow, c) is None:
        return c

    def hide(value):
        return None if value is None else REDACTED

    sides = tuple(dataclasses.replace(s, value=hide(s.value)) for s in c.sides)
    return dataclasses.replace(c, current=hide(c.current), sides=sides)
