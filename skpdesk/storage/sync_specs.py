"""The synced tables as the merge sees them: their `__sync__` rules, data columns and defaults.

Read once from `tables.py`; shared by the journal hook (bases of local writes), the
materialiser and `skpdesk check`.
"""

from __future__ import annotations

from functools import lru_cache

from skpdesk.domain.merge import RowSpec
from skpdesk.domain.sync import MergeClass, SyncRule

from .tables import SYNCABLE_TABLES, Base

META_COLUMNS = ("id", "created_at", "updated_at", "device_id", "hlc")


@lru_cache(maxsize=None)
def classes() -> dict[str, type]:
    return {cls.__tablename__: cls for cls in SYNCABLE_TABLES}


def rule(entity: str) -> SyncRule:
    return classes()[entity].__sync__


@lru_cache(maxsize=None)
def spec(entity: str) -> RowSpec:
    cls = classes()[entity]
    table = cls.__table__
    columns = tuple(c.name for c in table.columns if c.name not in META_COLUMNS)
    defaults = {c.name: c.default.arg for c in table.columns
                if c.default is not None and c.default.is_scalar and not c.nullable}
    r = cls.__sync__
    return RowSpec(entity, columns, defaults, r.merge, r.owner is not None)


@lru_cache(maxsize=None)
def order() -> tuple[str, ...]:
    """Synced tables with every required parent before its children (self references are
    optional, so a table never waits for itself)."""
    done: list[str] = []
    pending = [cls.__tablename__ for cls in SYNCABLE_TABLES]
    while pending:
        for name in pending:
            parents = set(rule(name).required_parents.values()) - {name}
            if parents <= set(done):
                done.append(name)
                pending.remove(name)
                break
        else:
            raise RuntimeError(f"required parents form a loop among {pending}")
    return tuple(done)


def children_of(entity: str) -> list[tuple[str, str]]:
    """(child table, column) of every reference to `entity`, required or optional."""
    out = []
    for name in order():
        r = rule(name)
        for col, table in (*r.required_parents.items(), *r.optional_parents.items()):
            if table == entity:
                out.append((name, col))
    return out


def undeclared_tables() -> list[str]:
    """Tables of the schema without a `__sync__` rule (a test keeps this empty)."""
    declared = {m.class_.__tablename__ for m in Base.registry.mappers
                if isinstance(getattr(m.class_, "__sync__", None), SyncRule)}
    return sorted(set(Base.metadata.tables) - declared)


def is_synced(entity: str) -> bool:
    return entity in classes() and rule(entity).merge is not MergeClass.LOCAL


@lru_cache(maxsize=None)
def column_kinds(entity: str) -> dict[str, str]:
    """Column -> "int" | "date" | "text" (how a typed resolution value is read)."""
    from sqlalchemy import Date, Integer
    out = {}
    for c in classes()[entity].__table__.columns:
        out[c.name] = "int" if isinstance(c.type, Integer) else \
            "date" if isinstance(c.type, Date) else "text"
    return out
