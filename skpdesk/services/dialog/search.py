"""Search over dialog notes and agenda, addenda, tindak lanjut, umpan balik and B.1.9 reasons
(issue 10; the index is `storage.search_index`).

`SearchService.search(text, limit)` turns each word of `text` into a quoted FTS5 prefix term
(`"pelayan"*` finds "pelayanan"; quoting makes FTS syntax typed by a user plain words), all words
required. Diacritics are folded by the index's tokenizer, so "kualitas" finds "kualítas" and the
other way round. Confidential records are filtered in SQL by the acting pegawai (`readers`):
nobody acting finds public records only.

Results come newest record first (the order of the index's rowids, see `storage.search_index`),
not by relevance: ranking every match of a common word cost ~200 ms on 200,000 notes.
The snippet marks each match between `MARK_START` and `MARK_END` ("«" and "»").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import titled_name
from skpdesk.domain.text_rules import check_text_chars

FIELD = "kata_cari"
MARK_START, MARK_END = "«", "»"
MIN_WORD = 2         # letters/digits a word needs to be searched (shorter ones are ignored)
MAX_WORDS = 10
MAX_CHARS = 200
DEFAULT_LIMIT = 50
MAX_LIMIT = 500


@dataclass(frozen=True)
class SearchHit:
    entity: str              # the table: dialog_kinerja, tindak_lanjut, dialog_adendum,
                             # umpan_balik, evaluasi_kompetensi
    record_id: str
    dialog_id: str | None    # the dialog it belongs to (opens it), if any
    pegawai_id: str | None   # the pegawai it is about (a team dialog: its first participant)
    pegawai_name: str        # with titles
    nip: str | None
    title: str               # "Pemantauan kinerja", "Tindak lanjut", "Umpan balik Maret 2026: ..."
    snippet: str             # the text around the match, matches «marked»
    on: dt.date | None       # the record's date (dialog held, addendum written, feedback given)


def query_words(text: str | None) -> list[str]:
    """The words of a query that are searched; raises when there are none or too many."""
    raw = text or ""
    check_text_chars(raw, FIELD)
    if len(raw) > MAX_CHARS:
        raise DomainError(ErrorCode.SEARCH_QUERY_TOO_LONG, field=FIELD, max=MAX_WORDS,
                          length=len(raw))
    words = [w for w in raw.split() if sum(ch.isalnum() for ch in w) >= MIN_WORD]
    if not words:
        raise DomainError(ErrorCode.SEARCH_QUERY_TOO_SHORT, field=FIELD, min=MIN_WORD)
    if len(words) > MAX_WORDS:
        raise DomainError(ErrorCode.SEARCH_QUERY_TOO_LONG, field=FIELD, max=MAX_WORDS,
                          length=len(words))
    return list(dict.fromkeys(words))


def fts_query(words: list[str]) -> str:
    """Every word a quoted prefix term, all required (FTS5 implicit AND)."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class SearchService:
    def __init__(self, db, actor: str = "") -> None:
        self._db = db
        self._actor = actor

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """Records matching every word of `text` that the acting pegawai may read."""
        match = fts_query(query_words(text))
        limit = max(1, min(int(limit), MAX_LIMIT))
        with self._db.reader() as uow:
            rows = uow.search.hits(match, uow.acting_id(), limit)
        hits = []
        for r in rows:
            person = r["pegawai"]
            hits.append(SearchHit(
                entity=r["entity"], record_id=r["entity_id"], dialog_id=r["dialog_id"],
                pegawai_id=r["pegawai_id"] or None,
                pegawai_name=titled_name(person[0], person[1], person[2]) if person else "",
                nip=person[3] if person else None, title=r["title"], snippet=r["snippet"],
                on=_date(r["at"])))
        return hits

    def rebuild(self) -> int:
        """Recompute the whole index from the records (`skpdesk check --repair`); the rows
        written. The index is derived data: nothing is journaled."""
        with self._db.unit_of_work(self._actor) as uow:
            return uow.search.rebuild()

    def indexed_count(self) -> int:
        with self._db.reader() as uow:
            return uow.search.count()
