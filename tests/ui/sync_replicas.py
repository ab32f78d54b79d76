"""Replicas of one office for the sync window tests: real databases in tmp_path that pin each
other and exchange real bundles through `skpdesk.sync.pipeline` (no shortcut around it)."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from skpdesk.domain.skp import SkpStatus
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.sync import pipeline


@dataclass
class Replica:
    name: str
    folder: Path
    db: Database
    services: Services
    identity_file: Path

    @property
    def device_id(self) -> str:
        return pipeline.ensure_identity(self.services).device_id

    def export_for(self, other: "Replica", folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"{self.folder.name}-untuk-{other.folder.name}-{_stamp()}.skpbundle"
        pipeline.export_bundle(self.services, other.device_id, out)
        return out

    def import_(self, bundle: Path):
        return pipeline.import_bundle(self.services, bundle)


_counter = iter(range(1_000_000))


def _stamp() -> str:
    return f"{dt.datetime.now():%H%M%S}-{next(_counter)}"


def make_replica(tmp_path: Path, key: str, name: str, template: Path | None = None) -> Replica:
    folder = tmp_path / key
    folder.mkdir(parents=True)
    path = folder / "skpdesk.sqlite"
    if template is not None:
        shutil.copy(template, path)
    db = Database(path)
    services = Services.build(db, key)
    identity_file = folder / f"{key}.skpid"
    pipeline.write_identity_file(services, identity_file, name)
    return Replica(name, folder, db, services, identity_file)


def join_office(central: Replica, laptop: Replica, tmp_path: Path) -> None:
    """The laptop pins the central copy (`--central`), the central pins the laptop, the central
    makes a seed for it and the laptop joins from it."""
    pipeline.add_peer(central.services, laptop.identity_file)
    pipeline.add_peer(laptop.services, central.identity_file, central=True)
    seed = tmp_path / "seeds" / f"seed-{laptop.folder.name}.skpbundle"
    seed.parent.mkdir(exist_ok=True)
    pipeline.seed_bundle(central.services, laptop.device_id, seed)
    pipeline.join(laptop.services, seed)


def office_of_three(tmp_path: Path, template: Path) -> tuple[Replica, Replica, Replica]:
    """The central copy (a copy of the demo office) and two laptops that joined it."""
    central = make_replica(tmp_path, "pusat", "Komputer Pusat", template)
    laptop_a = make_replica(tmp_path, "laptop_a", "Laptop Bu Ratna")
    laptop_b = make_replica(tmp_path, "laptop_b", "Laptop Pak Andi")
    for laptop in (laptop_a, laptop_b):
        join_office(central, laptop, tmp_path)
    return central, laptop_a, laptop_b


def draft_rhk(services: Services):
    """(pegawai id, SKP, RHK) of a Draft SKP of this year with at least one RHK."""
    year = dt.date.today().year
    for pegawai in services.staff.list():
        skp = services.skp.find(pegawai.id, year)
        if skp is not None and skp.status is SkpStatus.DRAFT and skp.rhk:
            return pegawai.id, skp, skp.rhk[0]
    raise AssertionError("the demo office has no Draft SKP with an RHK")


def close_all(*replicas: Replica) -> None:
    for replica in replicas:
        replica.db.close()
