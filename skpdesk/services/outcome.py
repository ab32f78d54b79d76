"""The result of a write: the domain value the caller asked for, and what changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from skpdesk.domain.changes import Changes

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes
