"""Removable drives a bundle can be written to (a USB stick), for the export page's list.

Linux: mounted volumes under /media, /run/media and /mnt (where desktops and people mount
sticks); macOS: /Volumes; Windows: drive letters whose type is DRIVE_REMOVABLE. The list is a
convenience: the dialog always lets the person choose any folder. The mounted volumes come from
`QStorageInfo.mountedVolumes()` (the system's mount table; `drives_from_mounts` is the pure
filter, tested with given mount points).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable, Iterable

from PySide6.QtCore import QStorageInfo

LINUX_ROOTS = ("/media", "/run/media", "/mnt")
MAC_ROOTS = ("/Volumes",)
DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    path: str
    label: str  # the volume's name ("KINGSTON"), or the folder's name


def drives_from_mounts(mounts: Iterable[tuple[str, str]], platform: str = sys.platform,
                       ) -> list[Drive]:
    """The removable-looking volumes among `(mount point, volume name)` pairs (POSIX only):
    those mounted strictly below one of the platform's roots, sorted by path."""
    roots = MAC_ROOTS if platform == "darwin" else LINUX_ROOTS
    found: dict[str, Drive] = {}
    for path, name in mounts:
        pure = PurePosixPath(path)
        if any(pure != PurePosixPath(root) and pure.is_relative_to(root) for root in roots):
            found[str(pure)] = Drive(str(pure), name or pure.name)
    return sorted(found.values(), key=lambda d: d.path)


def _mounted_volumes() -> list[tuple[str, str]]:
    return [(v.rootPath(), v.name()) for v in QStorageInfo.mountedVolumes()
            if v.isValid() and v.isReady() and not v.isReadOnly()]


def _windows_drives(drive_type: Callable[[str], int] | None = None) -> list[Drive]:
    if drive_type is None:
        import ctypes  # noqa: PLC0415 - Windows only
        drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    names = {v.rootPath().rstrip("\\/").upper(): v.name() for v in QStorageInfo.mountedVolumes()}
    drives = []
    for letter in "DEFGHIJKLMNOPQRSTUVWXYZ":
        root = f"{letter}:\\"
        if drive_type(root) == DRIVE_REMOVABLE:
            drives.append(Drive(root, names.get(f"{letter}:", "") or root))
    return drives


def removable_drives() -> list[Drive]:
    """The removable drives mounted now (may take a moment: call it off the GUI thread)."""
    if sys.platform.startswith("win"):
        return _windows_drives()
    return drives_from_mounts(_mounted_volumes())
