"""Foreseeable faults of the database file, turned into error codes instead of tracebacks.

SQLite reports a full disk, a read-only file or folder, a lock held too long or a damaged file
as `sqlite3.Error` (wrapped by SQLAlchemy, whose text carries the SQL and its parameters: never
shown to a user). `as_domain_error` maps them by SQLite's primary result code; `os_error` does
the same for the operating system's errors around the file (folders, backups).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from skpdesk.domain.errors import DomainError, ErrorCode

from .lock_info import current_holder

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED = 3, 5, 6
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26

_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    if isinstance(exc, sqlite3.Error):
        return exc
    return None


def busy_error(db_path: Path) -> DomainError:
    holder = current_holder(db_path)
    if holder is None:
        return DomainError(ErrorCode.DB_BUSY, path=str(db_path))
    return DomainError(ErrorCode.DB_BUSY, path=str(db_path), actor=holder.actor, host=holder.host,
                       pid=holder.pid, since=holder.since_local())


def as_domain_error(exc: BaseException, db_path: Path) -> DomainError | None:
    """The DomainError for a foreseeable SQLite fault, or None for anything else (a bug)."""
    error = _sqlite_error(exc)
    if error is None:
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    path = str(db_path)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or (primary is None and "locked" in text):
        return busy_error(db_path)
    if primary == SQLITE_FULL or (primary is None and "disk is full" in text):
        return DomainError(ErrorCode.DB_DISK_FULL, path=path)
    if primary in (SQLITE_READONLY, SQLITE_PERM) or (primary is None and "readonly" in text):
        return DomainError(ErrorCode.DB_READ_ONLY, path=path)
    if primary == SQLITE_CANTOPEN or (primary is None and "unable to open" in text):
        return DomainError(ErrorCode.DB_FOLDER_UNWRITABLE, path=str(db_path.parent),
                           detail="tidak dapat membuka berkas")
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or (
            primary is None and ("malformed" in text or "not a database" in text)):
        return DomainError(ErrorCode.DB_DAMAGED, path=path)
    if primary == SQLITE_IOERR or (primary is None and "disk i/o" in text):
        # SQLite does not pass the OS error on: a full disk can show as a write error too.
        return DomainError(ErrorCode.DB_IO_ERROR, path=path)
    return None


def os_error(exc: OSError, path: Path | str, *, folder: bool = False) -> DomainError:
    """A DomainError for an OS error on a file or folder of the database."""
    where = str(getattr(exc, "filename", None) or path)
    detail = exc.strerror or type(exc).__name__
    if exc.errno in _DISK_FULL_ERRNOS:
        return DomainError(ErrorCode.DB_DISK_FULL, path=where)
    if exc.errno in _NO_PERMISSION_ERRNOS or folder:
        return DomainError(ErrorCode.DB_FOLDER_UNWRITABLE, path=where, detail=detail)
    return DomainError(ErrorCode.DB_IO_ERROR, path=where, detail=detail)
