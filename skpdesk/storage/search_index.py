"""The full-text search index over the words of the year's record (schema 0009, issue 10).

`search_index` is an SQLite FTS5 table derived from dialog notes and agenda, addenda, tindak
lanjut, umpan balik and B.1.9 reasons: never synced, never journaled, rebuilt from the records
(like the `sync_*` caches). It is not an ORM table; the migration creates it with the DDL below.
Each row carries the record it came from (`entity`, `entity_id`), the pegawai it is about, and
`readers`: empty for everyone, else the space-separated pegawai ids allowed to read a confidential
text, so the confidentiality rule is applied inside the query.
"""

from __future__ import annotations

SEARCH_INDEX_TABLE = "search_index"

# FTS5 keeps shadow tables next to the virtual table (search_index_data, _idx, _content,
# _docsize, _config): none of them is an ORM table.
def is_search_index_table(name: str) -> bool:
    return name == SEARCH_INDEX_TABLE or name.startswith(SEARCH_INDEX_TABLE + "_")
