"""This replica's sync identity, its pinned peers and its bundle records (LOCAL tables:
`sync_identity`, `sync_peer`, `sync_bundle`, and the device fields of `local_state`).

None of these rows is synced or journaled: they describe this copy of the database, not the
office's data.
"""

from __future__ import annotations

import json

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from skpdesk.domain.replicas import BundleRecord, DeviceChange, PeerRecord, ReplicaIdentity

from ..replica import take_new_device_id
from ..tables import (JournalRow, LocalStateRow, ReplicaNameRow, SyncBundleRow, SyncIdentityRow,
                      SyncPeerRow)


def _peer(r: SyncPeerRow) -> PeerRecord:
    return PeerRecord(r.device_id, r.name, r.sign_pub, r.enc_pub, r.fingerprint, r.office_id,
                      bool(r.is_central), r.pinned_at, r.revoked_at,
                      json.loads(r.acked_vv or "{}"), r.acked_hlc,
                      tuple(json.loads(r.missing_attachments or "[]")), r.last_sent_bundle,
                      r.last_sent_at, r.last_received_bundle, r.last_received_at)


def _bundle(r: SyncBundleRow) -> BundleRecord:
    return BundleRecord(r.bundle_id, r.direction, r.kind, r.peer_id, r.sha256, r.at, r.op_count,
                        json.loads(r.result or "{}"))


class SyncPeersRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # --- this replica
    def _state(self) -> LocalStateRow | None:
        return self._s.get(LocalStateRow, 1)

    def own_device_id(self) -> str | None:
        state = self._state()
        return state.device_id if state is not None else None

    def own_hlc(self) -> str | None:
        state = self._state()
        return state.hlc if state is not None else None

    def stored_hashes(self, device_id: str, first: int, last: int) -> dict[int, tuple[str, str]]:
        """seq -> (entity, hash) of the journal entries of one device in a seq range: the
        check, inside an import's transaction, that every operation of the bundle is stored."""
        rows = self._s.execute(select(JournalRow.seq, JournalRow.entity, JournalRow.hash).where(
            and_(JournalRow.device_id == device_id, JournalRow.seq >= first,
                 JournalRow.seq <= last)))
        return {seq: (entity, hash_) for seq, entity, hash_ in rows}

    def own_next_seq(self) -> int:
        state = self._state()
        return state.next_seq if state is not None else 1

    def identity(self) -> ReplicaIdentity | None:
        """The keys of the current device id (None before first use, or after a new id)."""
        row = self._s.get(SyncIdentityRow, 1)
        state = self._state()
        if row is None or state is None or row.device_id != state.device_id:
            return None
        return ReplicaIdentity(row.device_id, row.name, row.sign_key, row.enc_key)

    def save_identity(self, name: str, sign_key: str, enc_key: str, created_at: str) -> None:
        row = self._s.get(SyncIdentityRow, 1)
        if row is not None:
            self._s.delete(row)
            self._s.flush()
        self._s.add(SyncIdentityRow(id=1, device_id=self._state().device_id, name=name,
                                    sign_key=sign_key, enc_key=enc_key, created_at=created_at))
        self._s.flush()
        self.publish_name(name)

    def publish_name(self, name: str) -> None:
        """This replica's name as a synced row (id = device id), written through the journal."""
        device_id = self._state().device_id
        row = self._s.get(ReplicaNameRow, device_id)
        if row is None:
            self._s.add(ReplicaNameRow(id=device_id, name=name))
        elif row.name != name:
            row.name = name
        self._s.flush()

    def previous_name(self) -> str | None:
        """The name of a dropped identity row is gone; the hostname default is used instead."""
        row = self._s.get(SyncIdentityRow, 1)
        return row.name if row is not None else None

    def rename(self, name: str) -> None:
        row = self._s.get(SyncIdentityRow, 1)
        if row is not None:
            row.name = name
            self.publish_name(name)

    def device_change(self) -> DeviceChange | None:
        state = self._state()
        if state is None or not state.previous_device_id:
            return None
        return DeviceChange(state.previous_device_id, state.device_id,
                            state.device_change_reason or "clone")

    def forget_device_change(self) -> None:
        state = self._state()
        if state is not None:
            state.previous_device_id = None
            state.device_change_reason = None

    def take_new_device_id(self, reason: str) -> str:
        return take_new_device_id(self._s, self._state(), reason)

    # --- peers
    def peers(self) -> list[PeerRecord]:
        rows = self._s.execute(select(SyncPeerRow).order_by(SyncPeerRow.pinned_at,
                                                            SyncPeerRow.device_id)).scalars()
        return [_peer(r) for r in rows]

    def peer(self, device_id: str) -> PeerRecord | None:
        row = self._s.get(SyncPeerRow, device_id)
        return _peer(row) if row is not None else None

    def add_peer(self, *, device_id: str, name: str, sign_pub: str, enc_pub: str,
                 fingerprint: str, office_id: str | None, is_central: bool, pinned_at: str) -> None:
        row = self._s.get(SyncPeerRow, device_id)
        if row is None:
            self._s.add(SyncPeerRow(device_id=device_id, name=name, sign_pub=sign_pub,
                                    enc_pub=enc_pub, fingerprint=fingerprint, office_id=office_id,
                                    is_central=int(is_central), pinned_at=pinned_at,
                                    acked_vv="{}", missing_attachments="[]"))
        else:  # the same keys again: a new name, office or the central mark
            row.name, row.office_id = name, office_id or row.office_id
            row.is_central = int(is_central or row.is_central)
        self._s.flush()

    def revoke(self, device_id: str, at: str) -> None:
        row = self._s.get(SyncPeerRow, device_id)
        if row is not None and row.revoked_at is None:
            row.revoked_at = at

    def record_received(self, device_id: str, *, bundle_id: str, at: str,
                        peer_state: dict[str, int], created_hlc: str,
                        missing_attachments: list[str]) -> None:
        """What the peer declared in a bundle; a bundle older than the newest one seen from it
        (relayed late, out of order) does not move its declared state back."""
        row = self._s.get(SyncPeerRow, device_id)
        row.last_received_bundle, row.last_received_at = bundle_id, at
        if row.acked_hlc is None or created_hlc >= row.acked_hlc:
            row.acked_vv = json.dumps(peer_state, sort_keys=True)
            row.acked_hlc = created_hlc
            row.missing_attachments = json.dumps(sorted(missing_attachments))

    def record_sent(self, device_id: str, *, bundle_id: str, at: str) -> None:
        row = self._s.get(SyncPeerRow, device_id)
        row.last_sent_bundle, row.last_sent_at = bundle_id, at

    # --- bundles
    def add_bundle(self, record: BundleRecord) -> None:
        self._s.add(SyncBundleRow(bundle_id=record.bundle_id, direction=record.direction,
                                  kind=record.kind, peer_id=record.peer_id, sha256=record.sha256,
                                  at=record.at, op_count=record.op_count,
                                  result=json.dumps(record.result, sort_keys=True)))
        self._s.flush()

    def bundle(self, bundle_id: str) -> BundleRecord | None:
        row = self._s.get(SyncBundleRow, bundle_id)
        return _bundle(row) if row is not None else None

    def bundles(self, peer_id: str | None = None) -> list[BundleRecord]:
        query = select(SyncBundleRow).order_by(SyncBundleRow.at)
        if peer_id is not None:
            query = query.where(SyncBundleRow.peer_id == peer_id)
        return [_bundle(r) for r in self._s.execute(query).scalars()]
