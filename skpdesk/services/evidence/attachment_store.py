"""The content-addressed attachments store: `<database folder>/attachments/<sha256><ext>`
(ARCHITECTURE mechanism 6, PEERS-AND-SYNC B3.5; the same flat folder as the office logo).

A file is stored once whatever its name and however often it is added: its name is the SHA-256
of its content, so two adds of one scan make one file (and two records). Writing a file:

1. stream-copy the source into a temp file in the store (1 MiB chunks, hashing while copying,
   never the whole file in memory), named as `atomic_files` names temp files (with the pid, so
   `check` tells a killed copy's leftover from a copy still running), then fsync it;
2. recognise its type from the copied content (the source may have changed since it was
   checked), refuse it if it is none of the accepted types or grew beyond the limit;
3. rename it to its final name. If that name exists already, the content is the same (the
   name is its hash): the temp is dropped (`created=False`).

So a file at a final name is always complete, and a kill at any moment leaves at most a stale
temp file or a file no record uses yet (both found and quarantined by `skpdesk check --repair`).
The caller writes the record only after this returns (`services.evidence.evidence`).

Fault points (`services.fault_points`, listed in docs/evidence.md): "evidence.add.copying"
after the first chunk is in the temp file, "evidence.add.file-in-place" after the rename.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import ALLOWED_TYPES_TEXT, FILE_TYPES

from .. import fault_points
from ..atomic_files import StagedFile, stage
from .file_types import (HEAD_BYTES, TYPE_LABELS, name_conflict, needs_zip_names, recognise,
                         zip_member_names)

log = logging.getLogger("skpdesk.services.evidence.attachment_store")

CHUNK = 1024 * 1024
STORE_FOLDER = "attachments"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    mime: str
    ext: str
    file_ref: str          # "<sha256><ext>", the name in the store
    original_name: str
    created: bool          # False: an identical file was there already (deduplicated)


def store_dir_of(db_path: str | os.PathLike) -> Path:
    """The store of the database at `db_path`: `attachments/` beside it."""
    return Path(db_path).parent / STORE_FOLDER


def file_path(store_dir: str | os.PathLike, file_ref: str) -> Path:
    """Where a stored file lives (it may be missing: waiting for sync, or deleted)."""
    if not file_ref or "/" in file_ref or "\\" in file_ref or file_ref.startswith("."):
        raise ValueError(f"not a file reference of the store: {file_ref!r}")
    return Path(store_dir) / file_ref


def is_present(store_dir: str | os.PathLike, file_ref: str) -> bool:
    try:
        return file_path(store_dir, file_ref).is_file()
    except (ValueError, OSError):
        return False


def check_source(source: str | os.PathLike, *, max_bytes: int) -> str:
    """Check a file before anything is copied: it exists, can be read, is not empty, not over
    `max_bytes`, and is one of the accepted types its name does not contradict. Returns the
    FILE_TYPES key. Each refusal is a DomainError naming the file and the rule."""
    path = Path(source)
    shown = str(path)
    if not path.is_file():
        raise DomainError(ErrorCode.FILE_NOT_FOUND, field="berkas", path=shown, value=shown)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as error:
        raise _unreadable(shown, error) from None
    _check_size(shown, size, max_bytes)
    names = zip_member_names(path) if needs_zip_names(head) else None
    return _checked_kind(shown, path.name, head, names)


def check_bytes(data: bytes, original_name: str, *, max_bytes: int) -> str:
    """`check_source` for pasted content (a screenshot): the FILE_TYPES key."""
    _check_size(original_name, len(data), max_bytes)
    head = data[:HEAD_BYTES]
    names = zip_member_names(io.BytesIO(data)) if needs_zip_names(head) else None
    return _checked_kind(original_name, original_name, head, names)


def store_file(store_dir: str | os.PathLike, source: str | os.PathLike, *, max_bytes: int,
               original_name: str | None = None) -> StoredFile:
    """Copy `source` into the store (see the module docstring). Refusals as `check_source`."""
    path = Path(source)
    shown = str(path)
    name = original_name or path.name
    try:
        fh = open(path, "rb")
    except OSError as error:
        raise _unreadable(shown, error) from None
    # A fault writing the store (a full disk) stays an OSError: it is not the source's fault.
    with fh:
        return _store_stream(Path(store_dir), fh, shown, name, max_bytes)


def store_bytes(store_dir: str | os.PathLike, data: bytes, original_name: str, *,
                max_bytes: int) -> StoredFile:
    """`store_file` for content in memory (a pasted screenshot)."""
    return _store_stream(Path(store_dir), io.BytesIO(data), original_name, original_name,
                         max_bytes)


def verify_file(store_dir: str | os.PathLike, file_ref: str,
                sha256: str) -> Literal["ok", "missing", "tampered"]:
    """Whether a stored file is there and still hashes to `sha256` (read in chunks)."""
    try:
        path = file_path(store_dir, file_ref)
    except ValueError:
        return "missing"
    try:
        digest = hash_file(path)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "missing" if not path.exists() else "tampered"
    return "ok" if digest == sha256 else "tampered"


def hash_file(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- internals
def _store_stream(store: Path, fh: BinaryIO, shown: str, name: str,
                  max_bytes: int) -> StoredFile:
    store.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    state = {"size": 0, "head": b""}

    def copy(out: BinaryIO) -> None:
        while chunk := fh.read(CHUNK):
            state["size"] += len(chunk)
            # Checked while copying: the source may have grown since it was checked, and a
            # file far over the limit must not fill the disk before the refusal.
            _check_size(shown, state["size"], max_bytes)
            if not state["head"]:
                state["head"] = chunk[:HEAD_BYTES]
            digest.update(chunk)
            out.write(chunk)
            if state["size"] == len(chunk):
                out.flush()
                fault_points.reached("evidence.add.copying")

    # The temp name follows the store's own name, so `check` sees it as a temp of the store.
    staged, _ = stage(store / "bukti", copy)
    try:
        _check_size(shown, state["size"], max_bytes)
        names = zip_member_names(staged.temp) if needs_zip_names(state["head"]) else None
        kind = _checked_kind(shown, name, state["head"], names)
        mime, ext = FILE_TYPES[kind]
        sha = digest.hexdigest()
        final = store / f"{sha}{ext}"
        created = _publish(staged, final, sha)
    except BaseException:
        staged.discard()
        raise
    fault_points.reached("evidence.add.file-in-place")
    return StoredFile(sha256=sha, size=state["size"], mime=mime, ext=ext, file_ref=final.name,
                      original_name=name, created=created)


def _publish(staged: StagedFile, final: Path, sha: str) -> bool:
    """Rename the temp to `final`; an existing good `final` is kept (same content). An
    existing `final` whose content no longer hashes to its name (damaged, edited) is replaced
    by the good copy: every record naming it expects exactly this content."""
    if final.exists():
        try:
            intact = hash_file(final) == sha
        except OSError:
            intact = False
        if intact:
            staged.discard()
            return False
        log.warning("attachment %s did not match its hash; restored from a new copy", final.name)
    StagedFile(str(final), staged.temp).publish()
    return True


def _check_size(shown: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise DomainError(ErrorCode.EVIDENCE_FILE_EMPTY, field="berkas", path=shown)
    if size > max_bytes:
        raise DomainError(ErrorCode.EVIDENCE_FILE_TOO_LARGE, field="berkas", path=shown,
                          size_bytes=size, limit_bytes=max_bytes)


def _checked_kind(shown: str, name: str, head: bytes, names: set[str] | None) -> str:
    kind = recognise(head, names, name)
    if kind is None:
        raise DomainError(ErrorCode.EVIDENCE_TYPE_UNSUPPORTED, field="berkas", path=shown,
                          allowed=ALLOWED_TYPES_TEXT)
    if name_conflict(kind, name):
        raise DomainError(ErrorCode.EVIDENCE_TYPE_UNSUPPORTED, field="berkas", path=shown,
                          allowed=ALLOWED_TYPES_TEXT, found=TYPE_LABELS[kind])
    return kind


def _unreadable(shown: str, error: OSError) -> DomainError:
    return DomainError(ErrorCode.EVIDENCE_FILE_UNREADABLE, field="berkas", path=shown,
                       detail=error.strerror or type(error).__name__)
