"""Peer records behind the bundles: the declared state of a peer only moves forward with its
newest bundle; the attachment references an export must carry."""

from __future__ import annotations

import json

import pytest

from skpdesk.domain.replicas import BundleRecord
from skpdesk.services.sync_peers import SyncPeersService
from skpdesk.sync import pipeline
from skpdesk.sync.crypto import KeyPair, b64, fingerprint

PEER = "44444444-4444-4444-8444-444444444444"


@pytest.fixture
def peer(services):
    pipeline.ensure_identity(services, "Pusat")
    keys = KeyPair.generate()
    return services.sync_peers.add_peer(
        device_id=PEER, name="Laptop", sign_pub=b64(keys.sign_public),
        enc_pub=b64(keys.enc_public), fingerprint=fingerprint(keys.sign_public, keys.enc_public),
        office_id=None, is_central=False)


def _receive(services, bundle_id, hlc, state, missing=()):
    with services.db.unit_of_work("t") as uow:
        SyncPeersService.record_received(
            uow, BundleRecord(bundle_id, "in", "changes", PEER, "0" * 64, "2026-11-29", 1, {}),
            peer_state=state, created_hlc=hlc, missing_attachments=list(missing))


def test_declared_state_follows_the_newest_bundle_only(services, peer):
    _receive(services, "b2", "0000000000002-00000", {PEER: 5}, ["a" * 64])
    _receive(services, "b1", "0000000000001-00000", {PEER: 3})  # older, arrives late
    record = services.sync_peers.peer(PEER)
    assert record.acked_vv == {PEER: 5} and record.missing_attachments == ("a" * 64,)
    assert record.last_received_bundle == "b1"  # but it was received last
    # A newer bundle with a smaller state (the peer was restored from a backup) is believed.
    _receive(services, "b3", "0000000000003-00000", {PEER: 2})
    assert services.sync_peers.peer(PEER).acked_vv == {PEER: 2}
    assert [b.bundle_id for b in services.sync_peers.bundles(PEER)] == ["b2", "b1", "b3"]


def test_find_peer_by_id_prefix_and_fingerprint(services, peer):
    assert services.sync_peers.find_peer(PEER[:6]).device_id == PEER
    assert services.sync_peers.find_peer(peer.fingerprint.lower()).device_id == PEER
    assert services.sync_peers.find_peer(peer.fingerprint.replace("-", "")).device_id == PEER


def test_referenced_attachments_come_from_attachment_columns_only():
    sha = "ab" * 32
    ops = [{"entity": "instansi", "fields": json.dumps({"logo_path": [None, f"attachments/{sha}.png"],
                                                        "name": [None, "x"]})},
           {"entity": "pegawai", "fields": json.dumps({"name": [None, f"attachments/{sha}.png"]})},
           {"entity": "instansi", "fields": json.dumps({"logo_path": [None, "../../etc/passwd"]})}]
    assert pipeline.referenced_attachments(ops) == {f"{sha}.png"}
