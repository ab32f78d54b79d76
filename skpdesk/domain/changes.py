"""What a service call changed: kinds and ids, so views refresh only what they show (Anki OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    by_entity: dict[str, set[str]] = field(default_factory=dict)

    def add(self, entity: str, entity_id: str) -> None:
        self.by_entity.setdefault(entity, set()).add(entity_id)

    def affects(self, entity: str, entity_id: str | None = None) -> bool:
        ids = self.by_entity.get(entity)
        if not ids:
            return False
        return entity_id is None or entity_id in ids

    def merge(self, other: "Changes") -> "Changes":
        for entity, ids in other.by_entity.items():
            self.by_entity.setdefault(entity, set()).update(ids)
        return self

    def __bool__(self) -> bool:
        return any(self.by_entity.values())
