"""Full-text search reads (issue 10): index matches readable by one pegawai, with the pegawai
and the dialog each record belongs to, and the index rebuild (`storage.search_index`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .. import search_index
from ..sync_heads import chunks, driver

# Where each indexed table names the dialog a record belongs to (a dialog is its own).
_DIALOG_COLUMN = {search_index.FOLLOW_UP: "dialog_id", search_index.ADDENDUM: "dialog_id",
                  search_index.COMPETENCY: "dialog_id", search_index.FEEDBACK: "dialog_id"}


class SearchRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def hits(self, match: str, reader_id: str | None, limit: int) -> list[dict]:
        """Matches (newest record first) with `dialog_id`, `pegawai` (name, titles, nip)."""
        rows = search_index.search(self._s, match, reader_id, limit)
        conn = driver(self._s)
        dialog_of: dict[tuple[str, str], str | None] = {}
        for table, column in _DIALOG_COLUMN.items():
            ids = sorted({r["entity_id"] for r in rows if r["entity"] == table})
            for part in chunks(ids):
                marks = ",".join("?" * len(part))
                dialog_of.update({(table, i): d for i, d in conn.execute(
                    f'SELECT id, "{column}" FROM "{table}" WHERE id IN ({marks})', part)})
        people: dict[str, tuple] = {}
        pegawai_ids = sorted({r["pegawai_id"] for r in rows if r["pegawai_id"]})
        for part in chunks(pegawai_ids):
            marks = ",".join("?" * len(part))
            people.update({r[0]: r[1:] for r in conn.execute(
                f"SELECT id, name, front_title, back_title, nip FROM pegawai WHERE id IN ({marks})",
                part)})
        for r in rows:
            r["dialog_id"] = (r["entity_id"] if r["entity"] == search_index.DIALOG
                              else dialog_of.get((r["entity"], r["entity_id"])))
            r["pegawai"] = people.get(r["pegawai_id"])
        return rows

    def rebuild(self) -> int:
        return search_index.rebuild(self._s)

    def count(self) -> int:
        return search_index.count(self._s)
