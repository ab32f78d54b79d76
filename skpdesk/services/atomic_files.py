"""Atomic file writes (ARCHITECTURE mechanism 6): a temp file in the target's folder, fsync, rename.

An existing file is replaced only when the new one is complete; on any error the temp file is
removed and the old file is left as it was.

Printing splits the write in two (`stage`, then `StagedFile.publish`): the complete PDF waits
under its temp name while its document codes are recorded, and is renamed into place only after
that commit, so a PDF that can be seen always has codes `check-print` knows.

Temp files are named `.<target>.skpdesk-<host>-<pid>-<random>.tmp`: `<pid>` is the process
that owns the print (the parent, also for files rendered by pool workers) and `<host>` a short
hash of this computer's name. `remove_stale_temp_files` deletes those of processes that no longer
run on this computer, and any older than a day (another computer's, on a shared folder; the
unnamed `.<name>.pdf.<random>.tmp` (or `.csv`, `.xlsx`) of older versions and the `.tmp-<random>`
files earlier versions left in `attachments/`): what a killed print, logo copy or staff export
left behind, never the file of a write still running.

Printing (`skpdesk.reports`) and the services that write files (the office logo in
`attachments/`, staff exports and the import template) share this module, which is why it lives
in `services`, the lower layer.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import socket
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, TypeVar

log = logging.getLogger("skpdesk.services.atomic_files")

T = TypeVar("T")

STALE_AFTER_SECONDS = 24 * 3600  # no print runs for a day; older temp files are leftovers
_MAX_NAME_IN_TEMP = 100  # keeps the temp name within the 255 bytes file systems allow
_TEMP = re.compile(r"^\..+\.skpdesk-(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-[a-z0-9_]+\.tmp$")
# Before temp names carried the pid: printed PDFs, staff exports, the attachments store (`set_logo`).
_OLD_TEMP = re.compile(r"^(\..+\.(pdf|csv|xlsx)\.[a-z0-9_]{8}\.tmp|\.tmp-[a-z0-9_]{8})$")


def host_tag() -> str:
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


@dataclass(frozen=True)
class StagedFile:
    """A complete file written beside `target` under a temp name, not visible yet.

    Plain strings, so a pool worker can hand it to the parent, which publishes or discards it."""

    target: str
    temp: str

    def publish(self) -> None:
        """Rename into place (replacing any old file) and make the rename durable."""
        os.replace(self.temp, self.target)
        fsync_dir(Path(self.target).parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


def stage(path: str | os.PathLike, write: Callable[[BinaryIO], T], *,
          owner: int | None = None) -> tuple[StagedFile, T]:
    """Write a temp file beside `path` with `write(fh)`, flush it to disk and return it unpublished
    with what `write` returned. On any error (or cancel) the temp file is removed.
    `owner`: the pid of the process that will publish it (default: this one)."""
    target = Path(path)
    fd, tmp = _make_temp(target, owner)
    try:
        with os.fdopen(fd, "wb") as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        _set_mode(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return StagedFile(str(target), tmp), result


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """`with atomic_write(path) as fh: fh.write(...)`: `path` appears (or is replaced) on success only."""
    target = Path(path)
    fd, tmp = _make_temp(target, None)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _set_mode(tmp, target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def _make_temp(target: Path, owner: int | None) -> tuple[int, str]:
    """A new private temp file beside `target`, named as the module docstring says."""
    prefix = f".{target.name[:_MAX_NAME_IN_TEMP]}.skpdesk-{host_tag()}-{owner or os.getpid()}-"
    return tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".tmp")


def remove_stale_temp_files(folder: str | os.PathLike, *, now: float | None = None) -> list[Path]:
    """Delete the temp files killed prints (logo copies, staff exports) left in `folder` (see the module
    docstring); returns them. Never raises: a folder that cannot be listed or cleaned is left as it is."""
    now = time.time() if now is None else now
    here = host_tag()
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_temp_name(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if temp_file_stale(entry.name, entry.stat(follow_symlinks=False).st_mtime, now, here):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError as error:  # gone meanwhile, or not ours to delete
            log.info("left temp file %s: %s", entry.path, error)
    if removed:
        log.info("removed %d temp file(s) of interrupted writes in %s", len(removed), folder)
    return removed


def is_temp_name(name: str) -> bool:
    """Whether `name` is a temp file of this module (or of an older version) in its folder."""
    return _TEMP.match(name) is not None or _OLD_TEMP.match(name) is not None


def temp_file_stale(name: str, mtime: float, now: float | None = None,
                    here: str | None = None) -> bool:
    """Whether the temp file `name` (modified at `mtime`) is a leftover: older than a day, or
    written on this computer by a process that no longer runs. False: a write may still be
    filling it (`skpdesk check` skips it; `remove_stale_temp_files` leaves it)."""
    now = time.time() if now is None else now
    if now - mtime > STALE_AFTER_SECONDS:
        return True
    ours = _TEMP.match(name)
    return (ours is not None and ours["host"] == (here or host_tag())
            and not process_running(int(ours["pid"])))


def remove_temp_files_of(target: str | os.PathLike, owner: int) -> list[Path]:
    """Delete the temp files of `target` written for the print of process `owner` (`stage`'s
    names), e.g. by pool workers that died before handing them over. Only call it once nothing
    writes them any more. Never raises."""
    target = Path(target)
    prefix = f".{target.name[:_MAX_NAME_IN_TEMP]}.skpdesk-{host_tag()}-{owner}-"
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(target.parent)
                   if e.name.startswith(prefix) and e.name.endswith(".tmp")]
    except OSError:
        return removed
    for entry in entries:
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError as error:
            log.info("left temp file %s: %s", entry.path, error)
    return removed


def process_running(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a reused id counts as running:
    the safe answer, the file then waits for the age rule)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - os.kill(pid, 0) would terminate it on Windows
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OSError:
        return True
    return True


def _windows_process_running(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _set_mode(tmp: str, target: Path) -> None:
    """Temp files are private (0600); the result gets the old file's mode, or the usual 0644."""
    if os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    os.chmod(tmp, mode)


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
