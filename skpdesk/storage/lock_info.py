"""Who holds the database's write lock: a small side file `<db>.lock-info`.

SQLite only says "database is locked". So that a writer that gave up waiting can name the
holder, every SKP Desk write transaction records who it is (actor, host, pid, since when) in
`<db>.lock-info` and holds an OS lock on that file (flock / msvcrt byte lock) while the
transaction lasts. The OS drops that lock when the process ends, however it ends; so the
waiter believes the file only while its lock is held. Stale text left by a killed process or
by a finished transaction never names a holder, and a lock held by another program (DB
Browser, the sqlite3 shell) shows as "unknown".

The file is advisory: when it cannot be created (read-only folder) writes go on without it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".lock-info"
_MAX_BYTES = 4096
# Windows byte-range locks are mandatory: lock a byte far past the text, so that a waiter can
# still read the text while the lock is held.
_WIN_LOCK_OFFSET = 1 << 30

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass


def info_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


@dataclass(frozen=True)
class Holder:
    actor: str
    host: str
    pid: int
    since: str  # ISO time with the holder's offset

    def since_local(self) -> str:
        """"29-11-2026 11:05:07" in this computer's time zone (the text as written if odd)."""
        try:
            when = dt.datetime.fromisoformat(self.since).astimezone()
        except (TypeError, ValueError):
            return str(self.since)
        return when.strftime("%d-%m-%Y %H:%M:%S")


class WriterMark:
    """Held by one open database: marks this process as the writer while a transaction runs."""

    def __init__(self, db_path: Path) -> None:
        self.path = info_path(db_path)
        self._fd: int | None = None
        self._held = False
        self._failed = False

    def hold(self, actor: str) -> None:
        """Called right after BEGIN IMMEDIATE succeeded: record who writes, lock the side file."""
        if self._failed:
            return
        try:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            # Another SKP Desk process may still be between its COMMIT and its unlock; the text
            # is advisory, so rather than wait, this transaction then goes unannounced.
            if not _try_lock(self._fd):
                return
            self._held = True
            text = json.dumps({"actor": actor, "host": socket.gethostname(), "pid": os.getpid(),
                               "since": dt.datetime.now().astimezone().isoformat(timespec="seconds")},
                              ensure_ascii=False).encode("utf-8")
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, text)
        except OSError:
            # Read-only folder, full disk: the writes themselves will say so; this is only a note.
            self._failed = True
            self.release()

    def release(self) -> None:
        if self._held and self._fd is not None:
            _unlock(self._fd)
        self._held = False

    def close(self) -> None:
        self.release()
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = None


def current_holder(db_path: Path) -> Holder | None:
    """The SKP Desk process holding the write lock now, or None when unknown.

    The text is believed only while its writer still holds the OS lock on the file: if this
    process can take the lock itself, the text is stale.
    """
    path = info_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _MAX_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        data = json.loads(raw.decode("utf-8"))
        return Holder(actor=str(data["actor"]), host=str(data["host"]), pid=int(data["pid"]),
                      since=str(data["since"]))
    except (ValueError, KeyError, TypeError):
        return None
