"""Hybrid logical clock (HLC): wall-clock milliseconds plus a counter, never going backwards.

The value is kept as a fixed-width string so that SQL and Python sort it the same way:
`<13-digit ms>-<5-digit counter>`. Ties across devices are broken by device id at merge time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

# A source of wall-clock milliseconds. The database holds one (`Database.wall_clock`) so tests
# can run replicas with skewed clocks without patching `time`.
WallClock = Callable[[], int]


def system_wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}"

    @classmethod
    def decode(cls, text: str) -> "Hlc":
        wall, counter = text.split("-")
        return cls(int(wall), int(counter))


def tick(last: Hlc, now_ms: int | None = None) -> Hlc:
    """The next local clock value after `last` (a local event)."""
    now = system_wall_ms() if now_ms is None else now_ms
    if now > last.wall_ms:
        return Hlc(now, 0)
    return Hlc(last.wall_ms, last.counter + 1)


def receive(last: Hlc, remote: Hlc, now_ms: int | None = None) -> Hlc:
    """The clock after seeing a remote value (used when importing bundles)."""
    now = system_wall_ms() if now_ms is None else now_ms
    wall = max(now, last.wall_ms, remote.wall_ms)
    if wall == last.wall_ms and wall == remote.wall_ms:
        return Hlc(wall, max(last.counter, remote.counter) + 1)
    if wall == last.wall_ms:
        return Hlc(wall, last.counter + 1)
    if wall == remote.wall_ms:
        return Hlc(wall, remote.counter + 1)
    return Hlc(wall, 0)
