"""Conflict values for the window's pure model tests (the real ones come from services.sync)."""

from __future__ import annotations

from skpdesk.domain.sync import Conflict, ConflictKind, ConflictSide, conflict_id


def side(value, *, mine: bool, device: str = "dev-a", name: str = "Laptop Bu Ratna",
         actor: str = "ratna", at: str = "2026-11-20T08:15:00+00:00", hlc: str = "1",
         seq: int = 1) -> ConflictSide:
    return ConflictSide(value=value, device_id=device, device_name=name, actor=actor, at=at,
                        hlc=hlc, op=f"{device}:{seq}", mine=mine)


def value_conflict(entity_id: str = "rhk-1", *, sides: int = 2, label: str = "RHK 1, SKP 2026 Budi",
                   field: str = "text") -> Conflict:
    all_sides = [side("Menyusun laporan", mine=True),
                 side("Menyusun laporan bulanan", mine=False, device="dev-b",
                      name="Laptop Pak Andi", actor="andi", at="2026-11-21T09:00:00+00:00",
                      hlc="2"),
                 side("Menyusun laporan triwulan", mine=False, device="dev-c",
                      name="Komputer Pusat", actor="admin", at="2026-11-22T10:00:00+00:00",
                      hlc="3")][:sides]
    return Conflict(id=conflict_id(ConflictKind.VALUE, "rhk", entity_id, field),
                    kind=ConflictKind.VALUE, entity="rhk", entity_id=entity_id, field=field,
                    label=label, current=all_sides[-1].value, sides=tuple(all_sides))


def delete_edit_conflict(entity_id: str = "ind-1") -> Conflict:
    sides = (side(None, mine=True), side("10 laporan", mine=False, device="dev-b",
                                         name="Laptop Pak Andi", hlc="2"))
    return Conflict(id=conflict_id(ConflictKind.DELETE_EDIT, "indikator", entity_id, None),
                    kind=ConflictKind.DELETE_EDIT, entity="indikator", entity_id=entity_id,
                    field=None, label="Indikator 1", current=None, sides=sides)
