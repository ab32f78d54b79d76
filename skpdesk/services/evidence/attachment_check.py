"""The attachments store under `skpdesk check`: every referenced file is there and is what its
name promises; files nobody references are reported, and `check --repair` moves them aside.

The store is `<database folder>/attachments/`, flat, each file named "<sha256><ext>" by its
content (bukti dukung, the office logo, files received in sync bundles). The references are the
live rows' attachment columns (`__sync__.attachments`: `bukti_dukung.file_ref`,
`instansi.logo_path`), read by `IntegrityRepository.attachment_references`.

Findings (code, level: params; entity, entity_id)
- `attachment_missing`: referenced, absent. A warning with `waiting` True when every row using
  it was inserted by another replica: a sync bundle brought the row before its file ("menunggu
  lampiran"; `services.sync.missing_attachments` lists it and the next bundle asks for it). An
  error otherwise (the file was here and went). file, records, count.
- `attachment_tampered`: error. The file is there but its SHA-256 is not its name (changed or
  damaged), or it is not a regular file (`reason` "not_a_file": a link or a folder at its name).
  file, records, count, reason. Never moved by `--repair`: a person decides.
- `attachment_unreadable`: error. file, records, count, detail.
- `attachment_ref_invalid`: error. A row's reference is not "<sha256><ext>" (or, on a bukti
  dukung, does not agree with its `sha256` column): table, column, value.
- `attachment_unused`: warning. A file of the store no live row references (entity
  "attachments", entity_id the file name): file, size_bytes, and `temp` True for the temp file
  of a copy whose process is gone (temp files of a running process are skipped: a copy into the
  store is under way).
The logo's own problems are `logo_unusable` (`services.integrity`); here it only counts as used.

Quarantine (`quarantine_unused`): unused files move to `<database folder>/karantina/<YYYYmmdd-
HHMMSS>/`, never deleted, and a referenced file is never touched. It runs while the caller
holds the database's write lock, so no row can start referencing a file between the look and
the move; files written in the last RECENT_SECONDS stay (an `evidence add` or a `sync import`
renames its files into place before the transaction that records them), and are moved by a
later `--repair`.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdesk.services.atomic_files import fsync_dir, is_temp_name, temp_file_stale

from .attachment_store import STORE_FOLDER, hash_file, store_dir_of

QUARANTINE_FOLDER = "karantina"
RECENT_SECONDS = 15 * 60
MAX_RECORDS_NAMED = 5   # records named in one finding; the rest are counted
# A stored name: the content's SHA-256, then the extension of its type (none for old files).
STORED_NAME = re.compile(r"^(?P<sha>[0-9a-f]{64})(?P<ext>\.[a-z0-9]{1,8})?$")
# The logo's reference carries the folder ("attachments/<sha256>.png"); its checks are the logo's.
_LOGO_TABLE = "instansi"


@dataclass(frozen=True)
class AttachmentFinding:
    code: str
    level: str                 # "error" | "warning"
    params: dict[str, Any]
    entity: str
    entity_id: str | None


@dataclass(frozen=True)
class QuarantineResult:
    folder: Path | None                       # None: nothing was moved
    moved: list[str] = field(default_factory=list)
    kept_recent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (name, why)


def stored_name(reference: str) -> str:
    """The file name a reference points at ("attachments/<x>" for the logo, "<x>" elsewhere)."""
    return reference[len(STORE_FOLDER) + 1:] if reference.startswith(STORE_FOLDER + "/") \
        else reference


def check_store(folder: Path, references: Iterable, own_device: str | None, *,
                now: float | None = None) -> list[AttachmentFinding]:
    """The findings for the store at `folder` against `references`
    (`storage.repositories.integrity.AttachmentReference`)."""
    by_name: dict[str, list] = {}
    found: list[AttachmentFinding] = []
    used: set[str] = set()
    for ref in references:
        used.add(stored_name(ref.value))
        if ref.table == _LOGO_TABLE:
            continue
        name = ref.value  # a bare "<sha256><ext>": the evidence service reads nothing else
        problem = _reference_problem(ref, name)
        if problem is not None:
            found.append(problem)
            continue
        by_name.setdefault(name, []).append(ref)
    for name in sorted(by_name):
        found += _file_findings(folder, name, by_name[name], own_device)
    found += [AttachmentFinding("attachment_unused", "warning",
                                {k: v for k, v in item.items() if k != "mtime"},
                                "attachments", item["file"])
              for item in _unused(folder, used, now)]
    return found


def _reference_problem(ref, name: str) -> AttachmentFinding | None:
    match = STORED_NAME.match(name)
    sha = ref.about.get("sha256") if ref.table == "bukti_dukung" else None
    if match is None or (sha is not None and sha != match["sha"]):
        return AttachmentFinding("attachment_ref_invalid", "error",
                                 {"table": ref.table, "column": ref.column, "value": ref.value[:100]},
                                 ref.table, ref.row_id)
    return None


def _records(refs: list) -> dict[str, Any]:
    named = [{**{k: v for k, v in ref.about.items() if k != "sha256"},
              "table": ref.table, "id": ref.row_id} for ref in refs[:MAX_RECORDS_NAMED]]
    return {"records": named, "count": len(refs)}


def _file_findings(folder: Path, name: str, refs: list, own_device: str | None) -> list[AttachmentFinding]:
    params = {"file": name, **_records(refs)}
    first = refs[0]
    path = folder / name
    try:
        info = path.lstat()
    except FileNotFoundError:
        # Waiting for the file only when no row using it was written here: a row added on this
        # computer had its file in place before it was recorded, so losing it is an error.
        # (This replica's id unknown, its local state damaged: an error too.)
        waiting = own_device is not None and all(
            ref.inserted_by and own_device not in ref.inserted_by for ref in refs)
        return [AttachmentFinding("attachment_missing", "warning" if waiting else "error",
                                  dict(params, waiting=waiting), first.table, first.row_id)]
    except OSError as error:
        return [_unreadable(params, error, first)]
    if not stat.S_ISREG(info.st_mode):
        return [AttachmentFinding("attachment_tampered", "error", dict(params, reason="not_a_file"),
                                  first.table, first.row_id)]
    try:
        digest = hash_file(path)
    except OSError as error:
        return [_unreadable(params, error, first)]
    if digest != STORED_NAME.match(name)["sha"]:
        return [AttachmentFinding("attachment_tampered", "error", dict(params, reason="hash_mismatch"),
                                  first.table, first.row_id)]
    return []


def _unreadable(params: dict[str, Any], error: OSError, ref) -> AttachmentFinding:
    return AttachmentFinding("attachment_unreadable", "error",
                             dict(params, detail=error.strerror or type(error).__name__),
                             ref.table, ref.row_id)


def _unused(folder: Path, used: set[str], now: float | None) -> list[dict[str, Any]]:
    """(file, size_bytes, temp) of every entry of the store no row uses; temp files of a copy
    still under way are left out, folders too (the store is flat: a folder is nobody's)."""
    now = time.time() if now is None else now
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except FileNotFoundError:
        return []  # (any other error: the caller's guard reports the store as not checked)
    out = []
    for entry in entries:
        if entry.name in used:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue  # gone meanwhile
        if stat.S_ISDIR(info.st_mode):
            continue
        temp = is_temp_name(entry.name)
        if temp and not temp_file_stale(entry.name, info.st_mtime, now):
            continue
        out.append({"file": entry.name, "size_bytes": info.st_size, "temp": temp,
                    "mtime": info.st_mtime})
    return out


def quarantine_unused(db_path: str | os.PathLike, references: Iterable, *,
                      now: float | None = None) -> QuarantineResult:
    """Move the store's unused files (and stale temp files) into a new quarantine folder.
    Call it holding the database's write lock (see the module docstring)."""
    now = time.time() if now is None else now
    folder = store_dir_of(db_path)
    used = {stored_name(ref.value) for ref in references}
    target: Path | None = None
    moved: list[str] = []
    kept: list[str] = []
    failed: list[tuple[str, str]] = []
    try:
        unused = _unused(folder, used, now)
    except OSError as error:  # the store cannot be listed: said, nothing moved
        return QuarantineResult(None, failed=[(STORE_FOLDER, error.strerror or type(error).__name__)])
    for item in unused:
        name = item["file"]
        if not item["temp"] and _recent(folder / name, now):
            kept.append(name)
            continue
        try:
            if target is None:
                target = _new_quarantine_folder(Path(db_path).parent / QUARANTINE_FOLDER, now)
            _move(folder / name, target / name)
            moved.append(name)
        except OSError as error:
            failed.append((name, error.strerror or type(error).__name__))
    if moved:
        fsync_dir(folder)
        fsync_dir(target)
    return QuarantineResult(target if moved else None, moved, kept, failed)


def _recent(path: Path, now: float) -> bool:
    """Written (or, by a deduplicating add, touched) in the last RECENT_SECONDS. Read again
    just before the move: an add may have found this very content in the store meanwhile."""
    try:
        return now - path.lstat().st_mtime < RECENT_SECONDS
    except OSError:
        return True  # gone or unreadable: nothing to move


def _new_quarantine_folder(base: Path, now: float) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    base.mkdir(parents=True, exist_ok=True)
    for n in range(1, 1000):
        candidate = base / (stamp if n == 1 else f"{stamp}-{n}")
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free quarantine folder name", str(base))


def _move(source: Path, target: Path) -> None:
    """Rename (the quarantine is beside the store, normally on the same disk); across disks a
    copy that is complete on disk before the original goes."""
    if target.exists() or target.is_symlink():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    try:
        os.rename(source, target)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        shutil.copy2(source, target, follow_symlinks=False)
        if not target.is_symlink():
            with open(target, "rb+") as fh:
                os.fsync(fh.fileno())
        os.unlink(source)
