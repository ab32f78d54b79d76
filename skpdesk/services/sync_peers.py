"""This replica's sync identity and its pinned peers (use cases behind `skpdesk sync identity`,
`sync peer add|list|revoke` and the records the bundle pipeline keeps).

Keys are made by the caller's `key_factory` (`skpdesk.sync.crypto`, one layer up): services
store them and never need the cryptography themselves. All rows written here are LOCAL (never
synced, never journaled).
"""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path
from typing import Callable

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.replicas import BundleRecord, DeviceChange, PeerRecord, ReplicaIdentity
from skpdesk.storage.migrate import backup_file, known_revisions

from . import fields as F

MAX_NAME = 100
# Columns holding attachment references ("attachments/<sha256><ext>"), used until every table
# declares its own in its sync rule (`SyncRule.attachments`).
_ATTACHMENT_COLUMNS = {"instansi": ("logo_path",)}


def attachment_columns() -> dict[str, tuple[str, ...]]:
    """entity -> columns holding attachment references (from the tables' sync rules)."""
    from skpdesk.storage.tables import Base  # noqa: PLC0415 - only bundles need it

    found: dict[str, tuple[str, ...]] = {}
    for mapper in Base.registry.mappers:
        rule = getattr(mapper.class_, "__sync__", None)
        columns = tuple(getattr(rule, "attachments", ()) or ())
        if columns:
            found[mapper.class_.__tablename__] = columns
    return found or dict(_ATTACHMENT_COLUMNS)


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def default_device_name() -> str:
    return (socket.gethostname() or "SKP Desk")[:MAX_NAME]


class SyncPeersService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- this replica
    def identity(self) -> ReplicaIdentity | None:
        with self._db.reader() as uow:
            return uow.sync_peers.identity()

    def ensure_identity(self, key_factory: Callable[[], tuple[str, str]],
                        name: str | None = None) -> ReplicaIdentity:
        """This replica's identity, made on first use (and again after a new device id).
        Opening the unit of work first gives a cloned file its new device id."""
        if name is not None:
            name = F.text(name, "nama_perangkat", max_len=MAX_NAME)
        with self._db.unit_of_work(self._actor) as uow:
            identity = uow.sync_peers.identity()
            if identity is None:
                sign_key, enc_key = key_factory()
                uow.sync_peers.save_identity(name or default_device_name(), sign_key, enc_key,
                                             now_iso())
            elif name is not None and name != identity.name:
                uow.sync_peers.rename(name)
            return uow.sync_peers.identity()

    def device_change(self) -> DeviceChange | None:
        with self._db.reader() as uow:
            return uow.sync_peers.device_change()

    def forget_device_change(self) -> None:
        with self._db.unit_of_work(self._actor) as uow:
            uow.sync_peers.forget_device_change()

    def take_new_device_id(self, reason: str) -> str:
        with self._db.unit_of_work(self._actor) as uow:
            return uow.sync_peers.take_new_device_id(reason)

    def own_hlc(self) -> str | None:
        with self._db.reader() as uow:
            return uow.sync_peers.own_hlc()

    def own_next_seq(self) -> int:
        with self._db.reader() as uow:
            return uow.sync_peers.own_next_seq()

    def office(self) -> tuple[str | None, str | None]:
        """(id, name) of the office this database holds, (None, None) before init or join."""
        with self._db.reader() as uow:
            inst = uow.office.instansi()
        return (inst.id, inst.name) if inst is not None else (None, None)

    # --- schema and files beside the database
    @staticmethod
    def schemas() -> tuple[frozenset[str], str]:
        """(every schema revision this program knows, the newest)."""
        return known_revisions()

    @property
    def folder(self) -> Path:
        return Path(self._db.path).parent

    def backup(self, label: str) -> Path:
        backups = getattr(self._db, "backups_dir", None) or self.folder / "backups"
        return backup_file(Path(self._db.path), Path(backups), label)

    # --- peers
    def peers(self) -> list[PeerRecord]:
        with self._db.reader() as uow:
            return uow.sync_peers.peers()

    def peer(self, device_id: str) -> PeerRecord | None:
        with self._db.reader() as uow:
            return uow.sync_peers.peer(device_id)

    def find_peer(self, text: str) -> PeerRecord:
        """A peer by device id, a unique prefix of it, its fingerprint (dashes optional) or its
        exact name when no other peer has it."""
        wanted = str(text).strip().lower()
        compact = wanted.replace("-", "")
        peers = self.peers()
        exact = [p for p in peers if p.device_id == wanted
                 or (compact and p.fingerprint.replace("-", "").lower() == compact)]
        if exact:
            return exact[0]
        named = [p for p in peers if wanted and p.name.casefold() == str(text).strip().casefold()]
        if len(named) == 1:
            return named[0]
        found = [p for p in peers if wanted and p.device_id.startswith(wanted)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise DomainError(ErrorCode.SYNC_PEER_AMBIGUOUS, field="perangkat", value=text,
                              matches=", ".join(p.device_id[:13] for p in found[:5]))
        raise DomainError(ErrorCode.SYNC_PEER_NOT_FOUND, field="perangkat", value=text)

    def add_peer(self, *, device_id: str, name: str, sign_pub: str, enc_pub: str,
                 fingerprint: str, office_id: str | None, is_central: bool,
                 path: str = "") -> PeerRecord:
        with self._db.unit_of_work(self._actor) as uow:
            if device_id == uow.sync_peers.own_device_id():
                raise DomainError(ErrorCode.SYNC_PEER_IS_SELF, field="berkas", path=path)
            known = uow.sync_peers.peer(device_id)
            if known is not None and (known.sign_pub != sign_pub or known.enc_pub != enc_pub):
                raise DomainError(ErrorCode.SYNC_PEER_KEY_CHANGED, field="berkas",
                                  peer=known.label, pinned=known.fingerprint,
                                  fingerprint=fingerprint)
            if known is not None and known.revoked_at:
                raise DomainError(ErrorCode.SYNC_PEER_REVOKED, peer=known.label,
                                  at=known.revoked_at)
            uow.sync_peers.add_peer(device_id=device_id, name=name, sign_pub=sign_pub,
                                    enc_pub=enc_pub, fingerprint=fingerprint, office_id=office_id,
                                    is_central=is_central, pinned_at=now_iso())
            return uow.sync_peers.peer(device_id)

    def revoke(self, device_id: str) -> PeerRecord:
        with self._db.unit_of_work(self._actor) as uow:
            uow.sync_peers.revoke(device_id, now_iso())
            return uow.sync_peers.peer(device_id)

    # --- bundles
    def bundle(self, bundle_id: str) -> BundleRecord | None:
        with self._db.reader() as uow:
            return uow.sync_peers.bundle(bundle_id)

    def bundles(self, peer_id: str | None = None) -> list[BundleRecord]:
        with self._db.reader() as uow:
            return uow.sync_peers.bundles(peer_id)

    def record_sent(self, record: BundleRecord) -> None:
        with self._db.unit_of_work(self._actor) as uow:
            uow.sync_peers.add_bundle(record)
            uow.sync_peers.record_sent(record.peer_id, bundle_id=record.bundle_id, at=record.at)

    @staticmethod
    def record_received(uow, record: BundleRecord, *, peer_state: dict[str, int],
                        created_hlc: str, missing_attachments: list[str]) -> None:
        """Inside the import's own unit of work (`services.sync.apply(record=...)`): the peer's
        declared state and the bundle, committed together with the operations."""
        uow.sync_peers.add_bundle(record)
        uow.sync_peers.record_received(record.peer_id, bundle_id=record.bundle_id, at=record.at,
                                       peer_state=peer_state, created_hlc=created_hlc,
                                       missing_attachments=missing_attachments)
