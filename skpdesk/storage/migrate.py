"""Bring a database file to the current schema: back it up first, refuse newer schemas.

How to change the schema: edit `tables.py`, then add a numbered revision under
`migrations/versions/` (batch operations for SQLite), and a golden database under
`tests/fixtures/db/` made with the previous release to test the upgrade.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from skpdesk.domain.errors import DomainError, ErrorCode

from .tables import LocalStateRow

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS_DIR):
    from alembic.config import Config  # Alembic is loaded only when a migration has to run
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    return cfg


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


@lru_cache(maxsize=8)
def known_revisions(script_location: Path = MIGRATIONS_DIR) -> tuple[frozenset[str], str]:
    """(every revision id, the head) read from the revision files' own `revision =` lines.

    Opening a database only needs to know whether its revision is known and current; reading
    the files directly spares every start-up the import of Alembic (~150 ms). A linear history
    is assumed (one head), which Alembic itself then checks whenever a migration runs.
    """
    revisions, parents = set(), set()
    for file in (script_location / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
            down = _DOWN.search(source)
            if down and down.group(1):
                parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line, found heads {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision(script_location: Path = MIGRATIONS_DIR) -> str:
    return known_revisions(script_location)[1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


SQLITE_MAGIC = b"SQLite format 3\x00"
# `PRAGMA application_id` of SKP Desk databases ("SKPD"): set when a schema is created or
# upgraded, so a file is known as ours even at a revision this program does not know.
APPLICATION_ID = 0x534B5044
# Tables every SKP Desk schema has had since the first release: how a file written before the
# application id existed is recognised (together with a known revision).
MARKER_TABLES = frozenset({"alembic_version", "local_state", "instansi", "pegawai", "journal"})


def check_openable(path: Path, script_location: Path = MIGRATIONS_DIR, *, create: bool = False,
                   busy_timeout_ms: int = 10_000) -> str | None:
    """Refuse, before anything writes to it, a file that is not an SKP Desk database.

    Returns the schema revision of an SKP Desk database, None for a new file that may receive
    the schema (`create`: missing, 0 bytes, or SQLite without a single table).
    Everything else is refused and left byte-identical: another program's SQLite file, a file
    that is not SQLite, a damaged header, a schema newer than this program. Read through a
    read-only connection: even switching on WAL would modify a refused file.
    """
    if not path.exists():
        if create:
            return None
        raise DomainError(ErrorCode.DB_NOT_SKP, path=str(path), reason="no_file")
    if path.is_dir():
        raise DomainError(ErrorCode.DB_NOT_SKP, path=str(path), reason="directory")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DomainError(ErrorCode.DB_NOT_SKP, path=str(path), reason="unreadable",
                          detail=exc.strerror or type(exc).__name__) from None
    if not header:
        if create:
            return None
        raise DomainError(ErrorCode.DB_NOT_SKP, path=str(path), reason="empty")
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DomainError(ErrorCode.DB_NOT_SKP, path=str(path), reason="not_sqlite")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=busy_timeout_ms / 1000)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        current = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                   if "alembic_version" in tables else None)
    except sqlite3.Error as exc:
        from .faults import as_domain_error  # faults imports the lock file reader; only now
        known = as_domain_error(exc, path)
        if known is not None:
            raise known from None
        raise DomainError(ErrorCode.DB_DAMAGED, path=str(path)) from None
    finally:
        conn.close()
    revision = current[0] if current else None
    revisions = known_revisions(script_location)[0]
    if not tables:
        if create and app_id in (0, APPLICATION_ID):
            return None
        raise DomainError(ErrorCode.DB_NOT_SKP, path=str(path),
                          reason="empty" if app_id == 0 else "other_app")
    if app_id == APPLICATION_ID:
        if revision is None:
            raise DomainError(ErrorCode.DB_DAMAGED, path=str(path))
        if revision not in revisions:
            raise DomainError(ErrorCode.DB_NEWER_SCHEMA, path=str(path), revision=revision)
        return revision
    if app_id == 0 and revision in revisions and MARKER_TABLES <= tables:
        return revision  # written by the first release, before the application id
    raise DomainError(ErrorCode.DB_NOT_SKP, path=str(path), reason="other_app")


def backup_file(path: Path, backups_dir: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL), named by time and revision.

    Written under a temporary name, checked, synced and only then renamed: a copy that failed
    half-way (full disk, read-only folder) is removed and DB_BACKUP_FAILED raised, so nothing
    in `backups/` ever looks like a backup without being one.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{path.stem}-{label}-{stamp}.sqlite"
    partial = target.with_name(target.name + ".partial")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(path)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
                if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("the copy does not pass quick_check")
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, Path(f"{partial}-journal"), target):
            try:
                leftover.unlink()
            except OSError:
                pass
        raise DomainError(ErrorCode.DB_BACKUP_FAILED, path=str(backups_dir),
                          detail=_why_not_written(exc)) from None
    return target


def _why_not_written(exc: BaseException) -> str:
    """A few words, in Indonesian, on why a file could not be written."""
    number = getattr(exc, "errno", None)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if number in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)) or primary == 13:
        return "disk penuh"
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or primary in (8, 14):
        return "folder tidak dapat ditulisi"
    if primary == 10:
        return "disk gagal menulis"
    return getattr(exc, "strerror", None) or str(exc)


def upgrade(engine: Engine, path: Path, backups_dir: Path,
            script_location: Path = MIGRATIONS_DIR, *, new_local_state=None,
            backup: Path | None = None) -> Path | None:
    """Migrate to head. Returns the backup made before upgrading, if there was anything to keep.

    No backup, no upgrade: DB_BACKUP_FAILED leaves the file as it was (`backup`: one already
    made by the caller, before it even connected). A new file gets the
    application id and, through `new_local_state()` (a row for `local_state`), its device id
    in the same transaction as its schema: opening an existing database then never writes.
    """
    revisions, head = known_revisions(script_location)
    current = current_revision(engine)
    if current is not None and current not in revisions:
        raise DomainError(ErrorCode.DB_NEWER_SCHEMA, path=str(path), revision=current)
    if current == head:
        return None
    from alembic import command
    if current is None:
        backup = None
    elif backup is None:
        backup = backup_file(path, backups_dir, f"before-{head}")
    with engine.connect() as conn:
        # A batch step that rebuilds a table others reference (drop the old, rename the copy)
        # needs foreign keys off, and SQLite only switches them outside a transaction: so off
        # for the upgrade, checked before the commit (no new dangling reference), then on again.
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                dangling = _dangling_references(conn)
                cfg = alembic_config(script_location)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                if current is None and new_local_state is not None:
                    conn.execute(LocalStateRow.__table__.insert().values(**new_local_state()))
                new = _dangling_references(conn) - dangling
                if new:
                    # A migration bug, never the user's data: roll back, keep the file as it was.
                    raise RuntimeError(f"migration left dangling references: {sorted(new)[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return backup


def _dangling_references(conn) -> set[tuple]:
    """(table, rowid, parent, fk index) of every reference to a missing row. Damage an old file
    already had is reported by `skpdesk check`, not by a refused upgrade."""
    return {tuple(row) for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()}
