"""SQLite refusing a write for a reason the user can act on, as a `DomainError`.

Without this a database file that cannot be written (read-only file or medium, another user's
file) ended a print with SQLAlchemy's raw error, the SQL and its parameters (exit 70). Only the
SQLITE_READONLY family is translated here; anything else stays an unexpected error.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from skpdesk.domain.errors import DomainError, ErrorCode


def write_refusal(error: BaseException, path: Path | str | None) -> DomainError | None:
    """The `DomainError` for a refused write (`error` may be SQLAlchemy's wrapper), else None."""
    cause = getattr(error, "orig", None) or error
    if not isinstance(cause, sqlite3.Error):
        return None
    name = getattr(cause, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_READONLY") or "readonly database" in str(cause):
        return DomainError(ErrorCode.DB_READ_ONLY, path=str(path or ""))
    return None
