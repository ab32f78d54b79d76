"""A damaged database file is a foreseeable fault: say so with `DB_DAMAGED`, never crash.

`install(engine)` turns SQLite's "database disk image is malformed", "file is not a database",
undecodable text and tables or columns missing from the schema into `DomainError(DB_DAMAGED, path, detail)` wherever they surface (a
command gets a clear message and exit 1, `skpdesk check` a finding). `inspect_file(path)` is
what `check` still can say about a file too damaged to open as a database at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from skpdesk.domain.errors import DomainError, ErrorCode

DAMAGE_NAMES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
# "no such table/column" in a database at the current schema: a table dropped or altered from
# outside the application (the schema is damaged), not something the user can fix by retrying.
DAMAGE_TEXTS = ("malformed", "not a database", "Could not decode to UTF-8", "no such table",
                "no such column")


def is_damage(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(DAMAGE_NAMES) or any(t in str(exc) for t in DAMAGE_TEXTS)


def detail(exc: BaseException) -> str:
    """SQLite's message without the bad text itself (which may be long or binary)."""
    text = str(exc)
    return text.split(" with text ", 1)[0][:200]


def install(engine: Engine) -> None:
    path = engine.url.database or ""

    @event.listens_for(engine, "handle_error")
    def _on_error(context):
        original = context.original_exception
        if is_damage(original):
            raise DomainError(ErrorCode.DB_DAMAGED, path=path, detail=detail(original)) from original


def is_sqlite_file(path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def inspect_file(path: Path, max_lines: int = 100) -> list[str]:
    """SQLite's integrity report on a read-only connection; the error itself if it cannot run."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        return [detail(err)]
    try:
        rows = conn.execute(f"PRAGMA integrity_check({int(max_lines)})").fetchall()
        return [str(r[0]) for r in rows if r[0] != "ok"]
    except sqlite3.Error as err:
        return [detail(err)]
    finally:
        conn.close()
