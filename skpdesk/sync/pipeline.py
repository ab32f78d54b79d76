"""The sync use cases the CLI and the window share: identity, peers, seed, join, export, import.

Long ones (`export_bundle`, `export_all`, `seed_bundle`, `import_bundle`, `join`) take a
`progress(done, total)` callback and a `CancelToken`, like the other long jobs: cancelling
before the import's transaction leaves the database as it was; once the transaction runs it
finishes (or rolls back on any failure).

Import (`import_bundle`, `join`), in this order (PEERS-AND-SYNC B3.7):
1. copy the file off the removable medium into a local temp folder (never read twice from the
   stick: what is verified is what is applied);
2. verify everything (`bundle_format.read_bundle`: size, zip, envelope, pinned sender, signature,
   decryption, manifest, schema, office, hashes of the operations and attachments), refuse a
   bundle id imported before, a seed from anyone but the pinned central;
3. back up the database (`backups/<db>-before-sync-import-<time>.sqlite`);
4. write the attachment files (content-addressed, atomic) - harmless if the import then fails;
5. `services.sync.apply(ops, record=...)`: ONE transaction stores the new operations,
   materialises the rows and conflicts and, in `record`, checks that every operation of the
   bundle is now in the journal with its hash (per entity, against the manifest) and records the
   bundle and the peer's declared state. Any failure rolls all of it back.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdesk import __version__
from skpdesk.domain.clock import Hlc, tick
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.ids import new_id
from skpdesk.domain.replicas import BundleRecord, DeviceChange, PeerRecord, ReplicaIdentity
from skpdesk.services import fault_points
from skpdesk.services.atomic_files import atomic_write, remove_stale_temp_files
from skpdesk.services.progress import CancelToken, Progress
from skpdesk.services.sync_peers import attachment_columns, now_iso

from . import bundle_format
from .bundle_format import BundleContent, Limits, PeerKey
from .crypto import KeyPair, b64, unb64
from .identity import PublicIdentity, read_identity, write_identity

log = logging.getLogger(__name__)

# Attachment references in rows: "attachments/<sha256><ext>" (the office logo) or the bare name.
_ATTACHMENT_REF = re.compile(r"^(?:attachments/)?(?P<sha>[0-9a-f]{64})(?P<ext>\.[a-z0-9]{1,8})?$")
# Attachment bytes one bundle carries at most. Bukti dukung files (up to 25 MB each by default)
# add up to more than a bundle may hold (`Limits.bundle_bytes`, 512 MB, which the receiver
# enforces), and the whole payload is in memory while it is sealed. The rest wait: the rows
# travel, the receiver shows "menunggu lampiran" and declares the files it waits for in its
# next bundle, and the next bundle brings them (waited-for files first).
ATTACHMENT_BYTES_PER_BUNDLE = 256 * 1024 * 1024
# A single file larger than that still travels, alone, if a bundle can hold it.
_SINGLE_FILE_MAX = bundle_format.DEFAULT_LIMITS.bundle_bytes - 16 * 1024 * 1024


@dataclass(frozen=True)
class ExportResult:
    peer_id: str
    peer_name: str
    path: str
    bundle_id: str
    kind: str
    op_count: int
    attachments: int
    size: int
    sha256: str
    attachments_deferred: int = 0  # left for a later bundle (ATTACHMENT_BYTES_PER_BUNDLE)


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    kind: str
    from_device: str
    from_name: str
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    waiting_attachments: int = 0
    already_applied: int = 0
    operations: int = 0
    attachments_written: int = 0
    backup: str | None = None
    device_change: DeviceChange | None = None

    def to_json(self) -> dict[str, Any]:
        return {"new": self.new, "updated": self.updated, "deleted": self.deleted,
                "conflicts": self.conflicts, "waiting_attachments": self.waiting_attachments,
                "already_applied": self.already_applied, "operations": self.operations,
                "bundle_id": self.bundle_id, "from": self.from_device,
                "from_name": self.from_name, "kind": self.kind,
                "attachments_written": self.attachments_written, "backup": self.backup}


@dataclass(frozen=True)
class PeerStatus:
    peer: PeerRecord
    pending: int                 # operations held here that the peer has not declared it holds
    missing_attachments: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        p = self.peer
        return {"device_id": p.device_id, "name": p.name, "fingerprint": p.fingerprint,
                "central": p.is_central, "revoked_at": p.revoked_at,
                "last_sent": {"bundle_id": p.last_sent_bundle, "at": p.last_sent_at},
                "last_received": {"bundle_id": p.last_received_bundle,
                                  "at": p.last_received_at},
                "pending": self.pending, "missing_attachments": list(self.missing_attachments)}


def _output_file(path: str | Path) -> Path:
    """A file to write: its folder must exist (a foreseeable mistake gets a message, not 70)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise DomainError(ErrorCode.FILE_UNWRITABLE, field="berkas", path=str(target),
                          detail="foldernya tidak ada")
    if target.is_dir():
        raise DomainError(ErrorCode.FILE_UNWRITABLE, field="berkas", path=str(target),
                          detail="itu sebuah folder")
    return target


# --- identity and peers

def _new_keys() -> tuple[str, str]:
    keys = KeyPair.generate()
    return b64(keys.sign_private), b64(keys.enc_private)


def _keys(identity: ReplicaIdentity) -> KeyPair:
    return KeyPair(unb64(identity.sign_key), unb64(identity.enc_key))


def ensure_identity(services, name: str | None = None) -> ReplicaIdentity:
    """This replica's identity (made on first use; a cloned file gets its new id here)."""
    return services.sync_peers.ensure_identity(_new_keys, name)


def public_identity(services, identity: ReplicaIdentity | None = None) -> PublicIdentity:
    identity = identity or ensure_identity(services)
    keys = _keys(identity)
    office_id, office_name = services.sync_peers.office()
    return PublicIdentity(identity.device_id, identity.name, b64(keys.sign_public),
                          b64(keys.enc_public), office_id, office_name)


def write_identity_file(services, out: str | Path, name: str | None = None) -> PublicIdentity:
    """`sync identity --out FILE.skpid [--name NAME]`."""
    target = _output_file(out)
    public = public_identity(services, ensure_identity(services, name))
    write_identity(public, target)
    return public


def add_peer(services, path: str | Path, *, central: bool = False) -> PeerRecord:
    """`sync peer add FILE.skpid [--central]`: pin a peer's keys (after comparing fingerprints)."""
    ensure_identity(services)
    public = read_identity(path)
    return services.sync_peers.add_peer(
        device_id=public.device_id, name=public.name, sign_pub=public.sign_pub,
        enc_pub=public.enc_pub, fingerprint=public.fingerprint, office_id=public.office_id,
        is_central=central, path=str(path))


def list_peers(services) -> list[PeerRecord]:
    return services.sync_peers.peers()


def revoke_peer(services, text: str) -> PeerRecord:
    return services.sync_peers.revoke(services.sync_peers.find_peer(text).device_id)


def device_change_notice(services) -> DeviceChange | None:
    """A device id change not yet told to the user (told once: the CLI and the window call this
    and show it)."""
    change = services.sync_peers.device_change()
    if change is not None:
        services.sync_peers.forget_device_change()
    return change


# --- export

def _usable_peer(services, peer_id: str) -> PeerRecord:
    peer = services.sync_peers.find_peer(peer_id)
    if peer.revoked_at:
        raise DomainError(ErrorCode.SYNC_PEER_REVOKED, peer=peer.label, at=peer.revoked_at)
    return peer


def referenced_attachments(ops: list[dict]) -> set[str]:
    """The attachment names ("<sha256><ext>") the operations write into attachment columns."""
    import json  # noqa: PLC0415

    columns = attachment_columns()
    names: set[str] = set()
    for op in ops:
        wanted = columns.get(op["entity"])
        if not wanted:
            continue
        try:
            fields = json.loads(op["fields"])
        except ValueError:
            continue
        for column in wanted:
            change = fields.get(column)
            if isinstance(change, list) and len(change) == 2 and isinstance(change[1], str):
                match = _ATTACHMENT_REF.match(change[1])
                if match:
                    names.add(match["sha"] + (match["ext"] or ""))
    return names


def _attachment_files(folder: Path, names: set[str],
                      wanted_shas: set[str]) -> tuple[list[tuple[str, bytes]], int]:
    """(name, bytes) of the files present here whose content is their name's SHA-256, at most
    ATTACHMENT_BYTES_PER_BUNDLE of them (the files the peer waits for first), and how many
    present files were left for a later bundle."""
    store = folder / "attachments"
    chosen: dict[str, str] = {}
    for name in names:
        chosen.setdefault(name[:64], name)
    for sha in wanted_shas:
        if sha not in chosen:
            for candidate in sorted(store.glob(f"{sha}*")) if store.is_dir() else ():
                if _ATTACHMENT_REF.match(candidate.name):
                    chosen[sha] = candidate.name
                    break
    files: list[tuple[str, bytes]] = []
    total = deferred = 0
    for sha, name in sorted(chosen.items(), key=lambda item: (item[0] not in wanted_shas, item)):
        path = store / name
        try:
            size = path.stat().st_size
        except OSError:
            continue  # not here either: the peer keeps waiting, a later bundle brings it
        fits = total + size <= ATTACHMENT_BYTES_PER_BUNDLE or (not files and size <= _SINGLE_FILE_MAX)
        if not fits:
            deferred += 1
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == sha:
            files.append((name, data))
            total += len(data)
    return files, deferred


def _created_hlc(services) -> str:
    return tick(Hlc.decode(services.sync_peers.own_hlc() or Hlc(0, 0).encode())).encode()


def _write(services, peer: PeerRecord, out_path: str | Path, kind: str,
           progress: Progress | None, cancel: CancelToken | None) -> ExportResult:
    identity = ensure_identity(services)
    if cancel:
        cancel.raise_if_cancelled()
    office_id, office_name = services.sync_peers.office()
    if kind == "seed" and office_id is None:
        raise DomainError(ErrorCode.SYNC_NO_OFFICE_TO_SEED)
    sync = services.sync
    ops = sync.operations_since({} if kind == "seed" else dict(peer.acked_vv))
    if cancel:
        cancel.raise_if_cancelled()
    attachments, deferred = _attachment_files(services.sync_peers.folder,
                                              referenced_attachments(ops),
                                              set(peer.missing_attachments))
    if deferred:
        log.info("bundle for %s: %d attachment file(s) left for a later bundle", peer.device_id,
                 deferred)
    bundle_id = new_id()
    _, head = services.sync_peers.schemas()
    target = _output_file(out_path)
    remove_stale_temp_files(target.parent)
    manifest, sha256, size = bundle_format.write_bundle(
        target, kind=kind, keys=_keys(identity), sender=identity.device_id,
        recipient=peer.device_id, recipient_enc_pub=unb64(peer.enc_pub),
        manifest_fields=dict(bundle_id=bundle_id, schema_version=head, app_version=__version__,
                             office_id=office_id, office_name=office_name,
                             created_hlc=_created_hlc(services),
                             peer_state=dict(sync.version_vector()),
                             missing_attachments=list(sync.missing_attachments())),
        ops=ops, attachments=attachments, progress=progress, cancel=cancel)
    services.sync_peers.record_sent(BundleRecord(
        bundle_id, "out", kind, peer.device_id, sha256, now_iso(), len(ops),
        {"per_entity": manifest["per_entity"], "attachments": len(attachments),
         "attachments_deferred": deferred, "path": str(target)}))
    return ExportResult(peer.device_id, peer.name, str(target), bundle_id, kind, len(ops),
                        len(attachments), size, sha256, deferred)


def export_bundle(services, peer_id: str, out_path: str | Path, *,
                  progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> ExportResult:
    """`sync export --for PEER --out FILE`: the operations the peer has not declared it holds,
    and the attachment files they reference or the peer said it waits for."""
    return _write(services, _usable_peer(services, peer_id), out_path, "changes", progress, cancel)


def bundle_file_name(services, peer: PeerRecord) -> str:
    me = ensure_identity(services)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", peer.name).strip("_")[:40] or "peer"
    return f"{me.device_id[:8]}-ke-{safe}-{peer.device_id[:8]}.skpbundle"


def export_all(services, out_dir: str | Path, *, progress: Progress | None = None,
               cancel: CancelToken | None = None) -> list[ExportResult]:
    """`sync export --out-dir DIR`: one bundle for every peer that is not revoked."""
    peers = [p for p in services.sync_peers.peers() if not p.revoked_at]
    if not peers:
        raise DomainError(ErrorCode.SYNC_NO_PEERS)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for n, peer in enumerate(peers):
        if cancel:
            cancel.raise_if_cancelled()
        results.append(_write(services, peer, folder / bundle_file_name(services, peer),
                              "changes", None, cancel))
        if progress:
            progress(n + 1, len(peers))
    return results


def seed_bundle(services, peer_id: str, out_path: str | Path, *,
                progress: Progress | None = None,
                cancel: CancelToken | None = None) -> ExportResult:
    """`sync seed --for PEER --out FILE`: every operation, for a laptop joining the office."""
    return _write(services, _usable_peer(services, peer_id), out_path, "seed", progress, cancel)


# --- import

def _peer_key(peer: PeerRecord | None) -> PeerKey | None:
    if peer is None:
        return None
    return PeerKey(peer.device_id, peer.name, peer.fingerprint, unb64(peer.sign_pub),
                   peer.revoked_at, peer.is_central)


def _copy_local(source: Path, folder: Path, limits: Limits) -> Path:
    """The bundle copied off the removable medium (at most the size cap, plus one byte so the
    size check still sees an oversize file)."""
    if not source.is_file():
        raise DomainError(ErrorCode.FILE_NOT_FOUND, field="berkas", path=str(source),
                          value=str(source))
    local = folder / "bundle.skpbundle"
    try:
        with source.open("rb") as src, local.open("wb") as dst:
            remaining = limits.bundle_bytes + 1
            while remaining > 0:
                chunk = src.read(min(1 << 20, remaining))
                if not chunk:
                    break
                dst.write(chunk)
                remaining -= len(chunk)
    except OSError as error:
        raise DomainError(ErrorCode.FILE_UNREADABLE, field="berkas", path=str(source),
                          reason="os_error") from error
    return local


def _write_attachments(folder: Path, content: BundleContent) -> int:
    store = folder / "attachments"
    written = 0
    for sha, (name, data) in sorted(content.attachments.items()):
        target = store / name
        try:
            if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == sha:
                continue
        except OSError:
            pass
        store.mkdir(parents=True, exist_ok=True)
        with atomic_write(target) as fh:
            fh.write(data)
        written += 1
    return written


def _check_all_stored(uow, content: BundleContent, shown: str) -> None:
    """Inside the import's transaction: every operation of the bundle is in the journal with
    its hash, and the per-entity counts are the manifest's (else roll back)."""
    by_device: dict[str, list[dict]] = {}
    for op in content.ops:
        by_device.setdefault(op["device_id"], []).append(op)
    counted: dict[str, int] = {}
    for device, ops in by_device.items():
        stored = uow.sync_peers.stored_hashes(device, ops[0]["seq"], ops[-1]["seq"])
        for op in ops:
            entity_hash = stored.get(op["seq"])
            if entity_hash is not None and entity_hash[1] == op["hash"]:
                counted[entity_hash[0]] = counted.get(entity_hash[0], 0) + 1
    expected = content.manifest["per_entity"]
    for entity in sorted(set(expected) | set(counted)):
        if counted.get(entity, 0) != expected.get(entity, 0):
            raise DomainError(ErrorCode.SYNC_COUNT_MISMATCH, field="berkas", path=content.path,
                              peer=shown, entity=entity, found=counted.get(entity, 0),
                              expected=expected.get(entity, 0))


def _import(services, path: str | Path, *, joining: bool, progress: Progress | None,
            cancel: CancelToken | None, limits: Limits) -> ImportResult:
    source = Path(path)
    identity = ensure_identity(services)
    office_id, office_name = services.sync_peers.office()
    known, head = services.sync_peers.schemas()
    total = 5
    with tempfile.TemporaryDirectory(prefix="skpdesk-import-") as tmp:
        local = _copy_local(source, Path(tmp), limits)
        if progress:
            progress(1, total)
        content = bundle_format.read_bundle(
            local, me=identity.device_id, my_keys=_keys(identity),
            peer_lookup=lambda device: _peer_key(services.sync_peers.peer(device)),
            known_schemas=known, schema_head=head, office_id=office_id, joining=joining,
            limits=limits, cancel=cancel, shown_path=source, office_name=office_name)
    sender = content.sender
    shown = sender.label

    def reject(check: str, **params: Any) -> DomainError:
        return DomainError(ErrorCode.SYNC_BUNDLE_REJECTED, field="berkas", path=str(source),
                           peer=shown, check=check, **{"detail": check, **params})

    earlier = services.sync_peers.bundle(content.bundle_id)
    if earlier is not None:
        raise reject("sudah_diimpor", bundle_id=content.bundle_id, at=earlier.at)
    if joining:
        if content.kind != "seed":
            raise reject("jenis")
        if not sender.is_central:
            raise DomainError(ErrorCode.SYNC_JOIN_NOT_CENTRAL, peer=shown)
    if progress:
        progress(2, total)
    if cancel:
        cancel.raise_if_cancelled()
    # Everything is verified: from here on the database and the attachments store change.
    backup = services.sync_peers.backup("before-sync-import")
    change = None
    declared_mine = content.manifest["peer_state"].get(identity.device_id, 0)
    if declared_mine > services.sync_peers.own_next_seq() - 1:
        # The peer holds more of this device's operations than this file does: it is a restored
        # backup (or an older copy). New entries would reuse (device, seq) pairs: new id first.
        services.sync_peers.take_new_device_id("restored")
        identity = ensure_identity(services, identity.name)
        change = services.sync_peers.device_change()
    written = _write_attachments(services.sync_peers.folder, content)
    fault_points.reached("sync.import.attachments-written")
    if progress:
        progress(3, total)
    at = now_iso()
    record_result = {"op_count": content.manifest["op_count"],
                     "per_entity": content.manifest["per_entity"], "path": str(source)}

    def record(uow) -> None:
        _check_all_stored(uow, content, shown)
        services.sync_peers.record_received(
            uow, BundleRecord(content.bundle_id, "in", content.kind, sender.device_id,
                              content.sha256, at, content.manifest["op_count"], record_result),
            peer_state=content.manifest["peer_state"],
            created_hlc=content.manifest["created_hlc"],
            missing_attachments=content.manifest["missing_attachments"])
        fault_points.reached("sync.import.recorded")

    # decode_ops has recomputed every operation's hash and chain link (bundle_format.read).
    report = services.sync.apply(content.ops, record=record, hashes_verified=True)
    if progress:
        progress(4, total)
    waiting = len(services.sync.missing_attachments())
    if progress:
        progress(5, total)
    return ImportResult(content.bundle_id, content.kind, sender.device_id, sender.name,
                        new=report.new, updated=report.updated, deleted=report.deleted,
                        conflicts=report.conflicts, waiting_attachments=waiting,
                        already_applied=report.already_applied, operations=report.operations,
                        attachments_written=written, backup=str(backup), device_change=change)


def import_bundle(services, path: str | Path, *, progress: Progress | None = None,
                  cancel: CancelToken | None = None, limits: Limits | None = None) -> ImportResult:
    """`sync import FILE`: verify, back up, apply in one transaction, report."""
    return _import(services, path, joining=False, progress=progress, cancel=cancel,
                   limits=limits or bundle_format.DEFAULT_LIMITS)


def join(services, path: str | Path, *, progress: Progress | None = None,
         cancel: CancelToken | None = None, limits: Limits | None = None) -> ImportResult:
    """`sync join FILE`: a seed from the pinned central copy, into a database without an office
    (or holding the same office): afterwards it holds the office's rows with the same ids."""
    return _import(services, path, joining=True, progress=progress, cancel=cancel,
                   limits=limits or bundle_format.DEFAULT_LIMITS)


# --- status

def sync_status(services) -> list[PeerStatus]:
    """Per peer: the last bundle sent and received, and how many operations are pending."""
    out = []
    for peer in services.sync_peers.peers():
        pending = 0 if peer.revoked_at else services.sync.operation_count_since(dict(peer.acked_vv))
        out.append(PeerStatus(peer, pending, peer.missing_attachments))
    return out


__all__ = ["ExportResult", "ImportResult", "PeerStatus", "add_peer", "device_change_notice",
           "ensure_identity", "export_all", "export_bundle", "import_bundle", "join", "list_peers",
           "public_identity", "revoke_peer", "seed_bundle", "sync_status", "write_identity_file"]
