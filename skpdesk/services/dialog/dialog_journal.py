"""The change journal as a reader may see it: confidential dialogs stay confidential there too.

The journal holds every value ever written, so `skpdesk journal` (and any audit view) would
show a confidential dialog's notes, follow-ups, addenda and B.1.8/B.1.9 answers to anybody.
Entries about such a dialog keep what the redacted dialog shows (its date, that it is
confidential, its participants, a follow-up's owner, due date and status) and replace every
other value with `HIDDEN` for a reader who may not read the dialog (issue 10). The rule is the
dialog's current state: a dialog made confidential later hides its earlier entries as well.
"""

from __future__ import annotations

from dataclasses import replace

from skpdesk.domain.dialog import dialog_readers, may_read
from skpdesk.domain.journal import JournalEntry

from .dialog_access import readers_of

HIDDEN = "(rahasia)"
# Per table: the columns a reader who may not read the dialog still sees.
VISIBLE = {
    "dialog_kinerja": {"held_on", "confidential"},
    "dialog_peserta": {"dialog_id", "pegawai_id"},
    "dialog_topik": {"dialog_id"},
    "dialog_adendum": {"dialog_id"},
    "tindak_lanjut": {"dialog_id", "owner_id", "due_on", "status", "status_on",
                      "closed_in_dialog_id"},
    "umpan_balik_bimbingan": {"dialog_id", "pegawai_id", "answered_on"},
    "evaluasi_kompetensi": {"dialog_id", "pegawai_id", "evaluated_on"},
}


def _value(fields: dict, key: str):
    pair = fields.get(key)
    if isinstance(pair, list) and len(pair) == 2:
        return pair[1] if pair[1] is not None else pair[0]
    return None


class _Readers:
    """Whether the reader may read each dialog (cached per call)."""

    def __init__(self, uow, reader: str | None) -> None:
        self._uow = uow
        self._reader = reader
        self._known: dict[str, bool] = {}
        self._dialog_of: dict[str, str | None] = {}

    def may_read(self, dialog_id: str) -> bool:
        if dialog_id not in self._known:
            self._known[dialog_id] = self._decide(dialog_id)
        return self._known[dialog_id]

    def _decide(self, dialog_id: str) -> bool:
        dialog = self._uow.dialogs.load(dialog_id)
        if dialog is not None:
            return may_read(dialog.confidential, readers_of(dialog), self._reader)
        # Deleted (a draft): what its own entries last said.
        history = self._uow.journal.for_entity(dialog_id)
        state: dict = {}
        for entry in history:
            for key, pair in entry.fields.items():
                if isinstance(pair, list) and len(pair) == 2:
                    state[key] = pair[1] if entry.op != "delete" else pair[0]
        readers = dialog_readers((), state.get("author_id"), state.get("led_by_id"))
        return may_read(bool(state.get("confidential", 1)), readers, self._reader)

    def dialog_of(self, entry: JournalEntry) -> str | None:
        if entry.entity == "dialog_kinerja":
            return entry.entity_id
        found = _value(entry.fields, "dialog_id")
        if found is None:  # an update entry: the row's other entries name it
            if entry.entity_id not in self._dialog_of:
                for older in self._uow.journal.for_entity(entry.entity_id):
                    found = _value(older.fields, "dialog_id") or found
                self._dialog_of[entry.entity_id] = found
            found = self._dialog_of[entry.entity_id]
        return found


def redact_entries(uow, entries: list[JournalEntry], reader: str | None) -> list[JournalEntry]:
    """`entries` with the content of dialogs the reader may not read replaced by HIDDEN."""
    readers = _Readers(uow, reader)
    shown = []
    for entry in entries:
        visible = VISIBLE.get(entry.entity)
        if visible is None:
            shown.append(entry)
            continue
        dialog_id = readers.dialog_of(entry)
        if dialog_id is not None and readers.may_read(dialog_id):
            shown.append(entry)
            continue
        fields = {key: pair if key in visible or not isinstance(pair, list) else
                  [None if v is None else HIDDEN for v in pair]
                  for key, pair in entry.fields.items()}
        shown.append(replace(entry, fields=fields))
    return shown
