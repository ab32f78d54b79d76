"""Leaving a trace when the window dies, and noticing it at the next start (issue 7).

While the window has a database open, `CrashGuard`:

- points `faulthandler` at that database's log file (`logs/skpdesk.log`, opened in append mode
  beside the logging handler's own stream), so a native crash (SIGSEGV, SIGABRT, SIGFPE, …)
  writes "Fatal Python error: …" and every thread's Python stack there;
- keeps a "running" marker (`logs/running-<pid>-<n>.json`) that the process holds an exclusive
  lock on. A clean exit removes it. The operating system drops the lock of a process that died,
  whatever killed it (a crash, kill -9, a power cut), so at the next start a marker that can be
  locked belongs to a run that did not end cleanly, while the marker of another window still
  open on the same database stays locked and is left alone.

`start()` reports the runs that did not end cleanly (`PreviousRun`, whether the log shows a
fatal error since that run started) and removes their markers, so the window says so once.
Standard library only: the composition root (`skpdesk.app`) owns it; the window only shows what
it found.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import itertools
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

log = logging.getLogger("skpdesk.crash")

MARKER_GLOB = "running-*.json"
FATAL_MARK = "Fatal Python error"
SCAN_LIMIT = 4_000_000  # bytes of the log read when looking for the fatal error of a run
_serial = itertools.count(1)
_armed: list["CrashGuard"] = []  # guards with faulthandler on, the last one is where it writes


@dataclass(frozen=True)
class PreviousRun:
    """A window session on this database that did not end cleanly."""

    started: str  # ISO date-time of its start
    log_file: Path
    fatal_error: bool  # faulthandler wrote "Fatal Python error" to the log since it started


def _lock(fh: IO) -> bool:
    """An exclusive, non-blocking lock on the open file; False when another process holds it."""
    try:
        if os.name == "nt":
            import msvcrt  # noqa: PLC0415 - Windows only

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # noqa: PLC0415 - POSIX only

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _fatal_since(log_file: Path, offset: int) -> bool:
    try:
        size = log_file.stat().st_size
        with log_file.open("rb") as fh:
            start = offset if 0 <= offset <= size else 0  # rotated since: read the new file
            fh.seek(max(start, size - SCAN_LIMIT))
            return FATAL_MARK.encode() in fh.read()
    except OSError:
        return False


class CrashGuard:
    def __init__(self, logs: Path, log_file: Path) -> None:
        self.logs = Path(logs)
        self.log_file = Path(log_file)
        self._marker: Path | None = None
        self._marker_fh: IO | None = None
        self._fault_fh: IO | None = None

    @property
    def armed(self) -> bool:
        return self._marker is not None

    def start(self) -> list[PreviousRun]:
        """Arm the guard; the earlier runs on this database that did not end cleanly."""
        try:
            self.logs.mkdir(parents=True, exist_ok=True)
            previous = self._collect_dead_runs()
            self._arm_marker()
            self._enable_faulthandler()
        except OSError as error:  # a read-only folder must not stop the window from opening
            log.warning("crash guard not armed in %s: %s", self.logs, error)
            return []
        return previous

    def stop(self) -> None:
        """A clean end: faulthandler off (if it writes to our log), marker removed."""
        if self._fault_fh is not None:
            was_current = bool(_armed) and _armed[-1] is self
            _armed.remove(self)
            if was_current:
                # File > Open database opens the next database before closing this one: the
                # trace must go on to the log of the database still open.
                if _armed:
                    faulthandler.enable(file=_armed[-1]._fault_fh, all_threads=True)
                else:
                    faulthandler.disable()
            self._fault_fh.close()
            self._fault_fh = None
        if self._marker_fh is not None:
            self._marker_fh.close()
            self._marker_fh = None
        if self._marker is not None:
            try:
                self._marker.unlink()
            except OSError as error:
                log.warning("could not remove %s: %s", self._marker, error)
            self._marker = None

    def log_rotated(self) -> None:
        """The log file was renamed away (rotation): write the crash trace to the new one."""
        if self._fault_fh is not None:
            current = _armed[-1] is self
            old, self._fault_fh = self._fault_fh, self.log_file.open("a", encoding="utf-8")
            if current:
                faulthandler.enable(file=self._fault_fh, all_threads=True)
            old.close()

    # --- machinery
    def _collect_dead_runs(self) -> list[PreviousRun]:
        found: list[PreviousRun] = []
        for marker in sorted(self.logs.glob(MARKER_GLOB)):
            try:
                with marker.open("r+", encoding="utf-8") as fh:
                    if not _lock(fh):
                        continue  # another window on this database is running
                    try:
                        info = json.loads(fh.read() or "{}")
                    except ValueError:
                        info = {}
                marker.unlink()
            except OSError:
                continue
            found.append(PreviousRun(str(info.get("started", "")), self.log_file,
                                     _fatal_since(self.log_file, int(info.get("log_offset", 0)))))
        return found

    def _arm_marker(self) -> None:
        marker = self.logs / f"running-{os.getpid()}-{next(_serial)}.json"
        try:
            offset = self.log_file.stat().st_size
        except OSError:
            offset = 0
        fh = marker.open("w+", encoding="utf-8")
        try:
            fh.write(json.dumps({"pid": os.getpid(), "log_offset": offset,
                                 "started": dt.datetime.now().isoformat(timespec="seconds")}))
            fh.flush()
            _lock(fh)
        except OSError:
            fh.close()
            marker.unlink(missing_ok=True)
            raise
        self._marker, self._marker_fh = marker, fh

    def _enable_faulthandler(self) -> None:
        fh = self.log_file.open("a", encoding="utf-8")
        faulthandler.enable(file=fh, all_threads=True)
        self._fault_fh = fh
        _armed.append(self)
