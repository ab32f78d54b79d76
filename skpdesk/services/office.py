"""The office itself: creating it (with the BerAKHLAK seed), its units and core values."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from skpdesk.domain.berakhlak import CORE_VALUES
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import Instansi, Unit
from skpdesk.domain.settings import OFFICE_SETTINGS
from skpdesk.domain.skp import CoreValue

from . import fields as F
from .outcome import Outcome


class OfficeService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def instansi(self) -> Instansi | None:
        with self._db.reader() as uow:
            return uow.office.instansi()

    def init_office(self, name: str, city: str) -> Outcome[Instansi]:
        """Create the office (once per database) and seed the seven core values."""
        name = F.text(name, "instansi", max_len=200)
        city = F.text(city, "kota", max_len=100)
        with self._db.unit_of_work(self._actor) as uow:
            inst = self.create_office(uow, name, city)
        return Outcome(inst, uow.changes)

    @staticmethod
    def create_office(uow, name: str, city: str) -> Instansi:
        """The office and its seven core values, inside the caller's unit of work."""
        name = F.text(name, "instansi", max_len=200)
        city = F.text(city, "kota", max_len=100)
        if uow.office.instansi() is not None:
            raise DomainError(ErrorCode.OFFICE_EXISTS)
        inst = uow.office.create_instansi(name, city)
        for number, (value, guides) in enumerate(CORE_VALUES, start=1):
            uow.office.add_core_value(number, value, guides)
        return inst

    def update_instansi(self, *, name: str | None = None, city: str | None = None) -> Outcome[Instansi]:
        fields = {}
        if name is not None:
            fields["name"] = F.text(name, "instansi", max_len=200)
        if city is not None:
            fields["city"] = F.text(city, "kota", max_len=100)
        with self._db.unit_of_work(self._actor) as uow:
            if uow.office.instansi() is None:
                raise DomainError(ErrorCode.OFFICE_MISSING)
            uow.office.update_instansi(**fields)
            uow.flush()
            inst = uow.office.instansi()
        return Outcome(inst, uow.changes)

    def set_logo(self, source: str | Path) -> Outcome[Instansi]:
        """Use an image as the office logo on printed forms.

        The file is copied into `attachments/` beside the database, named by its SHA-256 (the
        content-addressed store later releases use for evidence), so the database only keeps
        the reference and a moved or deleted original does no harm.
        """
        source = Path(source)
        if not source.is_file():
            raise DomainError(ErrorCode.FILE_NOT_FOUND, field="logo", value=str(source))
        data = source.read_bytes()
        ext = _image_extension(data)
        if ext is None:
            raise DomainError(ErrorCode.FILE_FORMAT_UNSUPPORTED, field="logo", value=source.suffix,
                              allowed=[".png", ".jpg"])
        if len(data) > MAX_LOGO_BYTES:
            raise DomainError(ErrorCode.FIELD_TOO_LONG, field="logo", max=MAX_LOGO_BYTES, length=len(data))
        digest = hashlib.sha256(data).hexdigest()
        store = Path(self._db.path).parent / "attachments"
        target = store / f"{digest}{ext}"
        with self._db.unit_of_work(self._actor) as uow:
            if uow.office.instansi() is None:
                raise DomainError(ErrorCode.OFFICE_MISSING)
            if not target.exists():
                _write_atomically(target, data)
            uow.office.update_instansi(logo_path=f"attachments/{target.name}")
            uow.flush()
            inst = uow.office.instansi()
        return Outcome(inst, uow.changes)

    def settings(self) -> dict[str, str]:
        """Every office setting, stored value or default."""
        with self._db.reader() as uow:
            stored = uow.office.settings()
        return {key: stored.get(key, spec.default) for key, spec in OFFICE_SETTINGS.items()}

    def set_setting(self, key: str, value: str) -> Outcome[dict[str, str]]:
        spec = OFFICE_SETTINGS.get(key)
        if spec is None:
            raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="pengaturan", value=key,
                              allowed=sorted(OFFICE_SETTINGS))
        value = F.text(value, "nilai", max_len=500)
        if spec.choices and value not in spec.choices:
            raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="nilai", value=value,
                              allowed=list(spec.choices))
        with self._db.unit_of_work(self._actor) as uow:
            if uow.office.instansi() is None:
                raise DomainError(ErrorCode.OFFICE_MISSING)
            uow.office.set_setting(key, value)
        return Outcome(self.settings(), uow.changes)

    def units(self) -> list[Unit]:
        with self._db.reader() as uow:
            return uow.office.units()

    def core_values(self) -> list[CoreValue]:
        with self._db.reader() as uow:
            return uow.office.core_values()

    def update_core_value(self, core_value_id: str, name: str, guides: list[str]) -> Outcome[CoreValue]:
        """Offices may adjust the wording of a value and its three panduan perilaku."""
        name = F.text(name, "perilaku", max_len=100)
        if len(guides) != 3:
            raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field="panduan", value=str(len(guides)),
                              min=3, max=3)
        cleaned = tuple(F.text(g, f"panduan_{i}", max_len=1000) for i, g in enumerate(guides, 1))
        with self._db.unit_of_work(self._actor) as uow:
            if not uow.office.update_core_value(core_value_id, name, cleaned):
                if not any(c.id == core_value_id for c in uow.office.core_values()):
                    raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field="perilaku", value=core_value_id)
            value = next(c for c in uow.office.core_values() if c.id == core_value_id)
        return Outcome(value, uow.changes)


MAX_LOGO_BYTES = 2 * 1024 * 1024


def _image_extension(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    return None


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
