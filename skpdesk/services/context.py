"""The services of one open database, built once by the composition root (`skpdesk.app`)."""

from __future__ import annotations

from dataclasses import dataclass

from .office import OfficeService
from .skp import SkpService
from .staff import StaffService


@dataclass
class Services:
    db: object
    office: OfficeService
    staff: StaffService
    skp: SkpService

    @classmethod
    def build(cls, db, actor: str) -> "Services":
        return cls(db=db, office=OfficeService(db, actor), staff=StaffService(db, actor),
                   skp=SkpService(db, actor))
