"""Bring a database file to the current schema: back it up first, refuse newer schemas.

How to change the schema: edit `tables.py`, then add a numbered revision under
`migrations/versions/` (batch operations for SQLite), and a golden database under
`tests/fixtures/db/` made with the previous release to test the upgrade.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from skpdesk.domain.errors import DomainError, ErrorCode

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


def head_revision() -> str:
    return known_revisions()[1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_openable(path: Path, script_location: Path = MIGRATIONS_DIR) -> None:
    """Refuse, before anything writes to it, a file that is not SQLite or is from a newer schema.

    Read through a read-only connection: even switching on WAL would modify a refused file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DomainError(ErrorCode.DB_UNREADABLE, path=str(path))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' "
                                 "AND name='alembic_version'").fetchone()
        current = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
    except sqlite3.DatabaseError:
        raise DomainError(ErrorCode.DB_UNREADABLE, path=str(path)) from None
    finally:
        conn.close()
    if current is not None and current[0] not in known_revisions(script_location)[0]:
        raise DomainError(ErrorCode.DB_NEWER_SCHEMA, path=str(path), revision=current[0])


def backup_file(path: Path, backups_dir: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL), named by time and revision."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{path.stem}-{label}-{stamp}.sqlite"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, path: Path, backups_dir: Path,
            script_location: Path = MIGRATIONS_DIR) -> Path | None:
    """Migrate to head. Returns the backup made before upgrading, if there was anything to keep."""
    revisions, head = known_revisions(script_location)
    current = current_revision(engine)
    if current is not None and current not in revisions:
        raise DomainError(ErrorCode.DB_NEWER_SCHEMA, path=str(path), revision=current)
    if current == head:
        return None
    from alembic import command
    backup = None
    if current is not None:
        backup = backup_file(path, backups_dir, f"before-{head}")
    with engine.begin() as conn:
        cfg = alembic_config(script_location)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
