"""Instansi, unit kerja tree and the BerAKHLAK core values of the office.

Natural keys (a unit's name under its parent, a core value's number, a setting's key) are not
unique in the schema: two replicas may each create one before they sync, so reads that look a
row up by its natural key take the lowest id, the same choice on every replica.
"""

from __future__ import annotations

from sqlalchemy import func, select

from skpdesk.domain.ids import core_value_key_id, setting_key_id, unit_key_id
from skpdesk.domain.people import Instansi, Unit
from skpdesk.domain.skp import CoreValue

from ..tables import CoreValueRow, InstansiRow, OfficeSettingRow, PegawaiRow, UnitRow
from .base import RepositoryBase


def core_value_from_row(row: CoreValueRow) -> CoreValue:
    return CoreValue(row.id, row.number, row.name, (row.guide_1, row.guide_2, row.guide_3))


class OfficeRepository(RepositoryBase):
    # --- instansi
    def instansi(self) -> Instansi | None:
        row = self._s.execute(select(InstansiRow).order_by(InstansiRow.id).limit(1)).scalar()
        return Instansi(row.id, row.name, row.city, row.logo_path) if row else None

    def create_instansi(self, name: str, city: str) -> Instansi:
        row = self._add(InstansiRow, name=name, city=city, logo_path=None)
        return Instansi(row.id, row.name, row.city, None)

    def update_instansi(self, **fields) -> bool:
        row = self._s.execute(select(InstansiRow).order_by(InstansiRow.id).limit(1)).scalar_one()
        return self._update(row, fields)

    # --- units
    def units(self) -> list[Unit]:
        rows = self._s.execute(select(UnitRow).order_by(UnitRow.id)).scalars().all()
        by_id = {r.id: r for r in rows}

        def path(r: UnitRow) -> str:
            parts, seen = [], set()
            while r is not None and r.id not in seen:
                seen.add(r.id)
                parts.append(r.name)
                r = by_id.get(r.parent_id) if r.parent_id else None
            return "/".join(reversed(parts))

        # Two units of one path (created apart on two laptops): lowest id first, on every replica.
        return sorted((Unit(r.id, r.name, r.parent_id, path(r)) for r in rows),
                      key=lambda u: (u.path, u.id))

    def unit_paths(self) -> dict[str, str]:
        """id -> "A/B/C" for every unit, from plain tuples (read on every pegawai query)."""
        rows = self._s.execute(select(UnitRow.id, UnitRow.name, UnitRow.parent_id)).all()
        by_id = {uid: (name, parent) for uid, name, parent in rows}
        paths: dict[str, str] = {}

        def path(uid: str, depth: int = 0) -> str:
            if uid in paths:
                return paths[uid]
            name, parent = by_id[uid]
            # depth guards against a parent loop written by a side door (check reports it)
            result = name if parent is None or parent not in by_id or depth > 50 else \
                f"{path(parent, depth + 1)}/{name}"
            paths[uid] = result
            return result

        for uid in by_id:
            path(uid)
        return paths

    def ensure_unit_path(self, path: str) -> Unit:
        """The unit at "A/B/C", creating the missing levels.

        A level's id is derived from its parent (or the office) and its name, so the same path
        created on two laptops is one set of rows; siblings of one name (a name changed into
        another's) resolve to the lowest id."""
        instansi_id = self._instansi_id()
        parent_id = None
        unit = None
        built = []
        for name in [p.strip() for p in path.split("/") if p.strip()]:
            built.append(name)
            cond = UnitRow.parent_id.is_(None) if parent_id is None else UnitRow.parent_id == parent_id
            row = self._s.execute(select(UnitRow).where(UnitRow.name == name, cond)
                                  .order_by(UnitRow.id).limit(1)).scalar()
            if row is None:
                owner = parent_id or instansi_id
                row = self._add(UnitRow, key_id=unit_key_id(owner, name) if owner else None,
                                name=name, parent_id=parent_id)
            parent_id = row.id
            unit = Unit(row.id, row.name, row.parent_id, "/".join(built))
        if unit is None:
            raise ValueError("empty unit path")
        return unit

    def find_unit_path(self, path: str) -> Unit | None:
        wanted = "/".join(p.strip() for p in path.split("/") if p.strip())
        return next((u for u in self.units() if u.path == wanted), None)

    # --- core values
    def core_values(self) -> list[CoreValue]:
        """The office's values by number; of two rows with one number, the lowest id."""
        rows = self._s.execute(select(CoreValueRow).order_by(CoreValueRow.number, CoreValueRow.id))
        seen: set[int] = set()
        values = []
        for r in rows.scalars():
            if r.number not in seen:
                seen.add(r.number)
                values.append(core_value_from_row(r))
        return values

    def add_core_value(self, number: int, name: str, guides: tuple[str, str, str]) -> None:
        instansi_id = self._instansi_id()
        self._add(CoreValueRow, key_id=core_value_key_id(instansi_id, number) if instansi_id else None,
                  number=number, name=name, guide_1=guides[0], guide_2=guides[1],
                  guide_3=guides[2])

    def update_core_value(self, core_value_id: str, name: str, guides: tuple[str, str, str]) -> bool:
        row = self._s.get(CoreValueRow, core_value_id)
        if row is None:
            return False
        return self._update(row, {"name": name, "guide_1": guides[0], "guide_2": guides[1],
                                  "guide_3": guides[2]})

    # --- office settings (defaults live in domain.settings)
    def settings(self) -> dict[str, str]:
        """key -> value; of two rows with one key, the lowest id's value."""
        rows = self._s.execute(select(OfficeSettingRow.key, OfficeSettingRow.value)
                               .order_by(OfficeSettingRow.id.desc())).all()
        return {key: value for key, value in rows}  # the lowest id comes last and wins

    def set_setting(self, key: str, value: str) -> bool:
        row = self._s.execute(select(OfficeSettingRow).where(OfficeSettingRow.key == key)
                              .order_by(OfficeSettingRow.id).limit(1)).scalar()
        if row is None:
            instansi_id = self._instansi_id()
            self._add(OfficeSettingRow, key_id=setting_key_id(instansi_id, key) if instansi_id else None,
                      key=key, value=value)
            return True
        return self._update(row, {"value": value})

    def pegawai_count(self) -> int:
        return self._s.execute(select(func.count()).select_from(PegawaiRow)).scalar_one()
