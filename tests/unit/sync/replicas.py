"""Replicas for sync tests: real database files, the real services, a wall clock per replica.

Operations are copied between replicas with `operations_since` / `apply` directly (the bundle
files are tested with the bundles); `exchange` is one delivery from one replica to another.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from skpdesk.domain.clock import system_wall_ms
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.storage.sync_specs import classes

DAY_MS = 86_400_000


class Replica:
    def __init__(self, folder: Path, name: str, *, skew_ms: int = 0) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.skew_ms = skew_ms
        self.db = Database(folder / f"{name}.sqlite", wall_clock=self.now)
        self.s = Services.build(self.db, name)

    def now(self) -> int:
        return system_wall_ms() + self.skew_ms

    def close(self) -> None:
        self.db.close()

    def rows(self) -> dict[str, list[tuple]]:
        """Every synced table's rows, sorted by id (what replicas must agree on)."""
        conn = sqlite3.connect(self.db.path)
        try:
            return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in classes()}
        finally:
            conn.close()

    def conflict_view(self) -> list[tuple]:
        """The conflicts without what is per replica ("mine", device names)."""
        return sorted((c.id, c.kind.value, c.entity, c.entity_id, c.field, repr(c.current), c.label,
                       tuple(sorted((repr(s.value), s.device_id, s.op, s.hlc) for s in c.sides)))
                      for c in self.s.sync.conflicts())


def pending(src: Replica, dst: Replica) -> list[dict]:
    return src.s.sync.operations_since(dst.s.sync.version_vector())


def exchange(src: Replica, dst: Replica):
    return dst.s.sync.apply(pending(src, dst))


def converge(*replicas: Replica, rounds: int = 2) -> None:
    for _ in range(rounds):
        for a in replicas:
            for b in replicas:
                if a is not b:
                    exchange(a, b)
