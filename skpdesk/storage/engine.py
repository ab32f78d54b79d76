"""SQLite engine with the pragmas SKP Desk relies on (WAL, foreign keys) and explicit BEGINs.

pysqlite's own implicit transactions are switched off so that SQLAlchemy's BEGIN really starts
the transaction: migrations run as one transaction, and writers take the write lock up front
(`BEGIN IMMEDIATE`) so two processes on one file queue instead of failing half-way.
In WAL mode readers never wait for a writer; a writer waits up to `busy_timeout_ms` for another
writer, then fails with SQLITE_BUSY, which storage turns into DB_BUSY naming the holder.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from . import damage


DEFAULT_BUSY_TIMEOUT_MS = 10_000


def make_engine(path: Path, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    damage.install(engine)
    return engine
