"""What a command handler gets: its parsed arguments, the output streams and the services.

The services are opened lazily through the `open_services` callable that the composition root
(`skpdesk.app`) supplies, so argument errors are reported before any database file is touched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable, Protocol, TextIO

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import Pegawai
from skpdesk.services.context import Services

from .output import terminal_text, write_json


class UsageError(Exception):
    """A combination of arguments argparse cannot check; reported like a usage error (exit 2)."""


class OpenServices(Protocol):
    def __call__(self, db: str | None, *, create: bool) -> Services: ...


class CommandContext:
    def __init__(self, args: Any, *, open_services: OpenServices, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self._open = open_services
        self._services: Services | None = None

    # --- services
    def services(self, *, create: bool = False) -> Services:
        """Open the database. `create=False` refuses a database file that does not exist yet."""
        if self._services is None:
            services = self._open(getattr(self.args, "db", None), create=create)
            self._act_as(services)
            self._services = services
        return self._services

    def _act_as(self, services: Services) -> None:
        """The global `--as NIP`: act as that pegawai for this one command (not stored; the
        same role rules apply)."""
        nip = getattr(self.args, "as_nip", None)
        if nip is None:
            return
        if not nip.strip():
            raise UsageError("--as memerlukan NIP pegawai")
        try:
            services.acting.act_as(nip)
        except DomainError as error:
            if error.code is ErrorCode.PEGAWAI_NOT_FOUND:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="as", value=nip) from None
            raise

    @property
    def db_path(self) -> str:
        db = getattr(self._services, "db", None) if self._services else None
        return str(getattr(db, "path", "") or getattr(self.args, "db", "") or "")

    # --- arguments
    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def year(self) -> int:
        year = getattr(self.args, "year", None)
        return year if year is not None else dt.date.today().year

    def pegawai(self, nip: str) -> Pegawai:
        """The pegawai of a `--nip` argument (PEGAWAI_NOT_FOUND names the NIP)."""
        return self.services().staff.by_nip(nip)

    @staticmethod
    def existing_file(path: str) -> Path:
        """An input file that must exist; checked before the database is opened."""
        p = Path(path).expanduser()
        if not p.is_file():
            raise DomainError(ErrorCode.FILE_NOT_FOUND, field="berkas", path=str(p), value=str(p))
        return p

    # --- output
    def print(self, text: str = "") -> None:
        self.out.write(terminal_text(text) + "\n")

    def warn(self, text: str) -> None:
        self.err.write(terminal_text(text) + "\n")

    def emit(self, obj: Any) -> None:
        write_json(self.out, obj)


Handler = Callable[[CommandContext], int | None]
