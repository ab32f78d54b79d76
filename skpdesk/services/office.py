"""The office itself: creating it (with the BerAKHLAK seed), its units and core values."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import struct
import threading
from pathlib import Path

from skpdesk.domain.berakhlak import CORE_VALUES
from skpdesk.domain.coaching_rules import checked_cadence, checked_scale, scale_text
from skpdesk.domain.dialog import SETTING_B18_SCALE, SETTING_DIALOG_CADENCE
from skpdesk.domain.documents import LogoProblem
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import SETTING_MAX_SIZE_MB, checked_max_size_mb
from skpdesk.domain.people import Instansi, Unit
from skpdesk.domain.settings import OFFICE_SETTINGS
from skpdesk.domain.skp import CoreValue

from . import fields as F
from .acting import ADMIN_SETTING, checked_admin_nips
from .atomic_files import atomic_write, remove_stale_temp_files
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
        the reference and a moved or deleted original does no harm. It must pass `checked_logo`.
        """
        source = Path(source)
        if not source.is_file():
            raise DomainError(ErrorCode.FILE_NOT_FOUND, field="logo", value=str(source))
        data, ext = checked_logo(source)
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
        # The admin list may be emptied; every other setting needs a value.
        value = F.text(value, "nilai", max_len=500, required=key != ADMIN_SETTING)
        if spec.choices and value not in spec.choices:
            raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="nilai", value=value,
                              allowed=list(spec.choices))
        # Settings with a shape of their own (issue 10): stored in their clean form.
        if key == SETTING_B18_SCALE:
            value = scale_text(checked_scale(value))
        elif key == SETTING_DIALOG_CADENCE:
            value = str(checked_cadence(value))
        elif key == SETTING_MAX_SIZE_MB:  # issue 11: a whole number of MB 1..500
            value = str(checked_max_size_mb(value))
        with self._db.unit_of_work(self._actor) as uow:
            if uow.office.instansi() is None:
                raise DomainError(ErrorCode.OFFICE_MISSING)
            if key == ADMIN_SETTING:
                value = checked_admin_nips(uow, value)
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
MAX_LOGO_SIDE = 4000  # pixels; printed about 2 cm wide, so 1000 is plenty
_FORMATS = {".png": "PNG", ".jpg": "JPEG"}


def checked_logo(source: Path) -> tuple[bytes, str]:
    """The bytes and extension of a usable logo, or the `DomainError` naming the rule it breaks,
    checked in the order that keeps a hostile file cheap:
    1. size on disk (`os.stat`, before anything is read): at most MAX_LOGO_BYTES;
    2. format by the first bytes: PNG or JPEG (FILE_FORMAT_UNSUPPORTED otherwise);
    3. dimensions from the image header, before decoding: at most MAX_LOGO_SIDE a side (a PNG
       of a few kilobytes may declare 20,000 x 20,000 pixels, 1.6 GB once decoded);
    4. the whole image decodes (Pillow, which ReportLab prints it with): a PNG signature
       followed by anything else, or a truncated image, is refused."""
    data = _read_logo(source)
    return data, _checked_image(data, source)


def _read_logo(source: Path) -> bytes:
    """Steps 1 and the read of `checked_logo`: at most MAX_LOGO_BYTES, size known first."""
    try:
        size = source.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise _too_large(source, size)
        with source.open("rb") as fh:
            data = fh.read(MAX_LOGO_BYTES + 1)  # the file may grow after the stat
    except OSError as error:
        raise DomainError(ErrorCode.FILE_UNREADABLE, field="logo", path=str(source),
                          reason="os_error") from error
    if len(data) > MAX_LOGO_BYTES:
        raise _too_large(source, len(data))
    return data


def _checked_image(data: bytes, source: Path) -> str:
    """Steps 2-4 of `checked_logo`: the extension of a usable image, or its DomainError."""
    ext = _image_extension(data)
    if ext is None:
        raise DomainError(ErrorCode.FILE_FORMAT_UNSUPPORTED, field="logo", value=source.suffix,
                          allowed=[".png", ".jpg"])
    _decode(data, _FORMATS[ext], source)
    return ext


# --- the stored logo, verified when read back (ARCHITECTURE mechanism 6)

_STORED_NAME = re.compile(r"^attachments/(?P<digest>[0-9a-f]{64})\.(?:png|jpg)$")
_verified: dict[tuple, tuple[Path | None, LogoProblem | None]] = {}
_verified_lock = threading.Lock()


def verify_stored_logo(db_folder: str | os.PathLike,
                       logo_path: str) -> tuple[Path | None, LogoProblem | None]:
    """The logo file an instansi refers to, checked as `set_logo` checked it on the way in:
    (its absolute path, None) when it can be printed, (None, the problem) when not.

    The database may come from an older release that stored anything, or its attachments
    folder may have been edited: the reference must name a file of the store, the file must be
    a regular file whose SHA-256 is its name, and it must pass the same size, pixel and decode
    limits (so a PNG bomb is never handed to ReportLab). A batch builds one document per
    pegawai, so the answer is remembered per file (path, size, mtime, inode)."""
    match = _STORED_NAME.match(logo_path)
    if match is None:
        return None, LogoProblem(logo_path, "outside_store")
    path = Path(db_folder) / logo_path
    try:
        info = path.stat()
    except FileNotFoundError:
        return None, LogoProblem(logo_path, "missing")
    except OSError:
        return None, LogoProblem(logo_path, "unreadable")
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read, a device never end
        return None, LogoProblem(logo_path, "unreadable")
    key = (str(path), info.st_size, info.st_mtime_ns, info.st_ino)
    with _verified_lock:
        known = _verified.get(key)
    if known is not None:
        return known
    answer = _verify(path, logo_path, match["digest"])
    with _verified_lock:
        if len(_verified) > 16:  # one office has one logo; a long-running window a few
            _verified.clear()
        _verified[key] = answer
    return answer


def _verify(path: Path, logo_path: str, digest: str) -> tuple[Path | None, LogoProblem | None]:
    try:
        data = _read_logo(path)
        if hashlib.sha256(data).hexdigest() != digest:
            return None, LogoProblem(logo_path, "hash_mismatch")
        _checked_image(data, path)
    except DomainError as error:
        if error.code is ErrorCode.FILE_UNREADABLE:
            return None, LogoProblem(logo_path, "unreadable")
        params = tuple((k, v) for k, v in error.params.items()
                       if k not in ("field", "value", "path"))
        return None, LogoProblem(logo_path, error.code.value, params)
    return path.resolve(), None


def _too_large(source: Path, size: int) -> DomainError:
    return DomainError(ErrorCode.LOGO_TOO_LARGE, field="logo", value=str(source),
                       size_kb=-(-size // 1024), max_kb=MAX_LOGO_BYTES // 1024)


def _decode(data: bytes, fmt: str, source: Path) -> None:
    import io
    import warnings

    from PIL import Image  # Pillow (a ReportLab dependency): only when a logo is set

    def damaged(detail: str) -> DomainError:
        return DomainError(ErrorCode.LOGO_NOT_AN_IMAGE, field="logo", value=str(source),
                           format=fmt, detail=detail[:200])

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as image:
                width, height = image.size
                if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE:
                    raise DomainError(ErrorCode.LOGO_TOO_MANY_PIXELS, field="logo",
                                      value=str(source), width=width, height=height,
                                      max_side=MAX_LOGO_SIDE)
                image.load()  # decodes every pixel: refuses truncated or corrupt data
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        # Pillow's own limit (about 89 million pixels) stops even the header read.
        size = {}
        if fmt == "PNG" and data[12:16] == b"IHDR":
            size = dict(zip(("width", "height"), struct.unpack(">II", data[16:24])))
        raise DomainError(ErrorCode.LOGO_TOO_MANY_PIXELS, field="logo", value=str(source),
                          max_side=MAX_LOGO_SIDE, **size) from error
    except DomainError:
        raise
    except Exception as error:  # noqa: BLE001 - Pillow signals bad data with many types
        raise damaged(str(error) or type(error).__name__) from error


def _image_extension(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    return None


def _write_atomically(target: Path, data: bytes) -> None:
    """Copy into the store under a temp name that carries this process's id, so a copy killed
    half-way is removed by the next one (the rule printing uses for its temp files)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(target.parent)
    with atomic_write(target) as fh:
        fh.write(data)
