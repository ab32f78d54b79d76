"""Instansi, unit kerja tree and the BerAKHLAK core values of the office."""

from __future__ import annotations

from sqlalchemy import func, select

from skpdesk.domain.people import Instansi, Unit
from skpdesk.domain.skp import CoreValue

from ..tables import CoreValueRow, InstansiRow, OfficeSettingRow, PegawaiRow, UnitRow
from .base import RepositoryBase


def core_value_from_row(row: CoreValueRow) -> CoreValue:
    return CoreValue(row.id, row.number, row.name, (row.guide_1, row.guide_2, row.guide_3))


class OfficeRepository(RepositoryBase):
    # --- instansi
    def instansi(self) -> Instansi | None:
        row = self._s.execute(select(InstansiRow).limit(1)).scalar_one_or_none()
        return Instansi(row.id, row.name, row.city, row.logo_path) if row else None

    def create_instansi(self, name: str, city: str) -> Instansi:
        row = self._add(InstansiRow, name=name, city=city, logo_path=None)
        return Instansi(row.id, row.name, row.city, None)

    def update_instansi(self, **fields) -> bool:
        row = self._s.execute(select(InstansiRow).limit(1)).scalar_one()
        return self._update(row, fields)

    # --- units
    def units(self) -> list[Unit]:
        rows = self._s.execute(select(UnitRow)).scalars().all()
        by_id = {r.id: r for r in rows}

        def path(r: UnitRow) -> str:
            parts, seen = [], set()
            while r is not None and r.id not in seen:
                seen.add(r.id)
                parts.append(r.name)
                r = by_id.get(r.parent_id) if r.parent_id else None
            return "/".join(reversed(parts))

        return sorted((Unit(r.id, r.name, r.parent_id, path(r)) for r in rows), key=lambda u: u.path)

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
        """The unit at "A/B/C", creating the missing levels."""
        parent_id = None
        unit = None
        built = []
        for name in [p.strip() for p in path.split("/") if p.strip()]:
            built.append(name)
            cond = UnitRow.parent_id.is_(None) if parent_id is None else UnitRow.parent_id == parent_id
            row = self._s.execute(select(UnitRow).where(UnitRow.name == name, cond)).scalar_one_or_none()
            if row is None:
                row = self._add(UnitRow, name=name, parent_id=parent_id)
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
        rows = self._s.execute(select(CoreValueRow).order_by(CoreValueRow.number)).scalars()
        return [core_value_from_row(r) for r in rows]

    def add_core_value(self, number: int, name: str, guides: tuple[str, str, str]) -> None:
        self._add(CoreValueRow, number=number, name=name, guide_1=guides[0], guide_2=guides[1],
                  guide_3=guides[2])

    def update_core_value(self, core_value_id: str, name: str, guides: tuple[str, str, str]) -> bool:
        row = self._s.get(CoreValueRow, core_value_id)
        if row is None:
            return False
        return self._update(row, {"name": name, "guide_1": guides[0], "guide_2": guides[1],
                                  "guide_3": guides[2]})

    # --- office settings (defaults live in domain.settings)
    def settings(self) -> dict[str, str]:
        rows = self._s.execute(select(OfficeSettingRow)).scalars()
        return {r.key: r.value for r in rows}

    def set_setting(self, key: str, value: str) -> bool:
        row = self._s.execute(select(OfficeSettingRow).where(OfficeSettingRow.key == key)).scalar_one_or_none()
        if row is None:
            self._add(OfficeSettingRow, key=key, value=value)
            return True
        return self._update(row, {"value": value})

    def pegawai_count(self) -> int:
        return self._s.execute(select(func.count()).select_from(PegawaiRow)).scalar_one()
