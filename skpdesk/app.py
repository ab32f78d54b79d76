"""Composition root: parse the command line, find the files, open (and migrate) the database,
build the services and hand them to the CLI, or, without a command, to the desktop window.

This is the only module that wires storage to services; `skpdesk.cli` never imports storage,
and Qt is imported only when the window opens (`skpdesk.ui.shell.gui_app.run_gui`), so commands
start fast and run where PySide6 cannot draw.

The environment variable SKPDESK_BUSY_TIMEOUT_MS sets how long a write waits for another
process's write transaction before it reports who holds the database (default 10 s; tests
shorten it).

Hidden option for tests and the start-up benchmark: `--quit-after-show` (or the environment
variable SKPDESK_GUI_SMOKE=1) closes the window right after it is shown and prints
"window-shown <ms>" (milliseconds since this module was imported); SKPDESK_GUI_SMOKE=team
waits until the team list shows and also prints "team-shown <ms> rows=<n>" (the end point of
`bench/bench_startup.py`, see docs/startup.md).
"""

from __future__ import annotations

import contextlib
import gc
import getpass
import logging
import logging.handlers
import multiprocessing
import os
import socket
import sys
import time
from pathlib import Path
from typing import Iterator, Sequence


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: for loading modules, whose objects (some 100,000 of
    them with Qt) live as long as the program, so scanning them is wasted start-up time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


with _gc_paused():
    from skpdesk import cli
    from skpdesk.crash_guard import CrashGuard, PreviousRun
    from skpdesk.domain.errors import DomainError, ErrorCode
    from skpdesk.paths import AppPaths, resolve_paths
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

STARTED_AT = time.perf_counter()  # the start-up benchmark measures from here

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
SMOKE_FLAG = "--quit-after-show"
BUSY_TIMEOUT_ENV = "SKPDESK_BUSY_TIMEOUT_MS"
DEFAULT_BUSY_TIMEOUT_MS = 10_000


def busy_timeout_ms(env: dict[str, str] | None = None) -> int:
    """How long a writer waits for another one (SKPDESK_BUSY_TIMEOUT_MS, else 10 s)."""
    env = os.environ if env is None else env
    try:
        value = int((env.get(BUSY_TIMEOUT_ENV) or "").strip())
    except ValueError:
        return DEFAULT_BUSY_TIMEOUT_MS
    return value if value >= 0 else DEFAULT_BUSY_TIMEOUT_MS


def current_actor() -> str:
    """Who writes, as recorded in the change journal: "<os user>@<hostname>"."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors without a login name
        user = os.environ.get("USERNAME") or os.environ.get("USER") or "pengguna"
    host = socket.gethostname() or "localhost"
    return f"{user}@{host}"


class _LogFileHandler(logging.handlers.RotatingFileHandler):
    """Opens `logs/skpdesk.log` on the first record, creating the folder then.

    Routine records are dropped while the database folder does not exist yet (a command that
    only reports "no such database" leaves no folders behind); errors are always written.
    A log that cannot be written (full disk, read-only folder) is noted once on stderr in one
    line, never with logging's own traceback: the command's message says what went wrong.
    """

    _warned = False

    def __init__(self, paths: AppPaths) -> None:
        super().__init__(paths.log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                         encoding="utf-8", delay=True)
        self._paths = paths
        self.rotated: list = []  # callbacks after a rotation (the crash guard reopens the file)

    def doRollover(self) -> None:
        super().doRollover()
        for callback in self.rotated:
            callback()

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            if record.levelno < logging.ERROR and not self._paths.data_dir.is_dir():
                return
            try:
                self._paths.logs.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self._note_failure(exc)
                return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self._note_failure(sys.exc_info()[1])

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:
            self._note_failure(exc)

    def close(self) -> None:
        try:
            super().close()
        except OSError as exc:  # the last buffered line could not be written either
            self._note_failure(exc)

    def _note_failure(self, exc: BaseException | None) -> None:
        if _LogFileHandler._warned:
            return
        _LogFileHandler._warned = True
        reason = getattr(exc, "strerror", None) or (type(exc).__name__ if exc else "?")
        try:
            sys.stderr.write(f"Catatan: berkas log {self._paths.log_file} tidak dapat ditulis "
                             f"({reason}).\n")
        except (OSError, ValueError):
            pass


class FileLogging:
    """Rotating log file `logs/skpdesk.log` beside the database, for the `skpdesk` loggers."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._handler: logging.Handler | None = None

    def start(self) -> None:
        if self._handler is not None:
            return
        handler = _LogFileHandler(self.paths)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("skpdesk")
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        self._handler = handler

    def on_rotation(self, callback) -> None:
        if isinstance(self._handler, _LogFileHandler):
            self._handler.rotated.append(callback)

    def stop(self) -> None:
        if self._handler is not None:
            logging.getLogger("skpdesk").removeHandler(self._handler)
            self._handler.close()
            self._handler = None


class ServicesOpener:
    """The `open_services` callable given to the CLI: opens the database once, on first use."""

    def __init__(self, paths: AppPaths, actor: str) -> None:
        self.paths = paths
        self.actor = actor
        self.busy_timeout_ms = busy_timeout_ms()
        self.database: Database | None = None
        self.services: Services | None = None

    def __call__(self, db: str | None = None, *, create: bool) -> Services:
        if self.services is not None:
            return self.services
        if not create and not self.paths.db.exists():
            # Reading commands never create an empty database by accident.
            raise DomainError(ErrorCode.OFFICE_MISSING, path=str(self.paths.db), reason="no_file")
        if self.paths.db.is_dir():
            raise DomainError(ErrorCode.DB_UNREADABLE, path=str(self.paths.db))
        # `create`: only init, demo and the window make a schema; a read refuses any file that
        # is not an SKP Desk database yet, and a refused file is left byte-identical.
        self.database = Database(self.paths.db, self.paths.backups, create=create,
                                 busy_timeout_ms=self.busy_timeout_ms)
        try:
            self.paths.ensure_dirs()
        except OSError as exc:
            # The folders beside the database are made again when needed; reading goes on.
            logging.getLogger("skpdesk.app").warning("cannot create folders beside %s: %s",
                                                     self.paths.db, exc)
        logging.getLogger("skpdesk.app").info("opened %s as %s", self.paths.db, self.actor)
        if self.database.last_backup:
            sys.stderr.write("Basis data diperbarui ke versi skema terbaru. Salinan sebelum "
                             f"pembaruan disimpan di: {self.database.last_backup}\n")
        self.services = Services.build(self.database, self.actor)
        return self.services

    def close(self) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None
            self.services = None


class GuiDatabases:
    """The databases the desktop window opens: the one named on the command line (or the
    default), then any chosen with File > Open database…, each with its log file beside it.

    `open` leaves the previous database open, so a file that cannot be opened changes nothing;
    the window closes the previous one (`close`) once the new one is shown.

    While a database is open its `CrashGuard` points faulthandler at its log file and holds the
    "running" marker; `previous_runs(services)` lists the sessions on that database that did
    not end cleanly (the window says so once).
    """

    def __init__(self, actor: str) -> None:
        self.actor = actor
        self._open: dict[int, tuple[ServicesOpener, FileLogging, CrashGuard]] = {}
        self._previous: dict[int, list[PreviousRun]] = {}

    def open(self, db: str | None) -> tuple[Services, AppPaths]:
        paths = resolve_paths(db)
        logs = FileLogging(paths)
        logs.start()
        opener = ServicesOpener(paths, self.actor)
        try:
            services = opener(create=True)
        except BaseException:
            opener.close()
            logs.stop()
            raise
        guard = CrashGuard(paths.logs, paths.log_file)
        previous = guard.start()
        logs.on_rotation(guard.log_rotated)
        for run in previous:
            logging.getLogger("skpdesk.app").warning(
                "the window session started %s did not end cleanly%s", run.started,
                " (fatal error above in this log)" if run.fatal_error else "")
        self._open[id(services)] = (opener, logs, guard)
        self._previous[id(services)] = previous
        return services, paths

    def previous_runs(self, services: Services) -> list[PreviousRun]:
        """The earlier sessions on this database that crashed or were killed (said once)."""
        return self._previous.pop(id(services), [])

    def last_backup(self, services: Services) -> Path | None:
        opener = self._open[id(services)][0]
        return opener.database.last_backup if opener.database else None

    def close(self, services: Services) -> None:
        opener, logs, guard = self._open.pop(id(services), (None, None, None))
        self._previous.pop(id(services), None)
        if opener is not None:
            opener.close()
            guard.stop()
            logs.stop()

    def close_all(self) -> None:
        for opener, logs, guard in self._open.values():
            opener.close()
            guard.stop()
            logs.stop()
        self._open.clear()
        self._previous.clear()


def run_window(db: str | None, *, smoke: bool | None = None) -> int:
    """Open the database (creating its folders and an empty database if needed) in the window."""
    with _gc_paused():
        from skpdesk.ui.shell import gui_app  # Qt is loaded only for the window
        # Start-up time (docs/startup.md): what is loaded now stays for the whole run; frozen,
        # the collector never scans it again.
        gc.freeze()

    databases = GuiDatabases(current_actor())
    try:
        services, paths = databases.open(db)
    except DomainError as error:
        logging.getLogger("skpdesk.app").info("cannot open %s: %s", db, error.code.value)
        return gui_app.show_startup_error(error, smoke=smoke)
    try:
        return gui_app.run_gui(services, paths, sys.argv[:1], databases=databases,
                               started_at=STARTED_AT, smoke=smoke,
                               upgrade_backup=databases.last_backup(services),
                               previous_runs=databases.previous_runs(services))
    except Exception:
        logging.getLogger("skpdesk.app").exception("the window failed")
        raise
    finally:
        databases.close_all()


def main(argv: Sequence[str] | None = None) -> int:
    # Batch printing may render in worker processes; a frozen Windows build needs this first.
    multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    smoke = SMOKE_FLAG in argv
    argv = [a for a in argv if a != SMOKE_FLAG]
    parsed = cli.parse(argv)
    if isinstance(parsed, int):
        return parsed
    if parsed.command is None:
        return run_window(parsed.db, smoke=True if smoke else None)
    paths = resolve_paths(parsed.db)
    logs = FileLogging(paths)
    logs.start()
    opener = ServicesOpener(paths, current_actor())
    try:
        return cli.execute(parsed, open_services=opener, log_file=paths.log_file)
    finally:
        opener.close()
        logs.stop()


if __name__ == "__main__":
    raise SystemExit(main())
