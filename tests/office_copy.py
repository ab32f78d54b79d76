"""Copying an office database in tests: the .sqlite (with its -wal/-shm when present) and, beside
it, the attachments store (bukti dukung files, issue 11). The database alone is no longer the
whole office: `skpdesk check` rightly reports the files of a bare copy as missing."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_office(src: Path, dst: Path) -> Path:
    src, dst = Path(src), Path(dst)
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(src) + suffix)
        if part.exists():
            shutil.copy2(part, str(dst) + suffix)
    store = src.parent / "attachments"
    if store.is_dir():
        shutil.copytree(store, dst.parent / "attachments", dirs_exist_ok=True)
    return dst
