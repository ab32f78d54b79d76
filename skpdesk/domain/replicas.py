"""Replicas and their peers as plain values (sync, issue 8): this replica's identity, the peers
it has pinned and the bundles it has written or imported. Stdlib only."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReplicaIdentity:
    """This replica: device id, human name and private keys (raw, base64)."""

    device_id: str
    name: str
    sign_key: str
    enc_key: str


@dataclass(frozen=True)
class DeviceChange:
    """The replica took a new device id (a copied file on another machine, a restored backup)."""

    previous_device_id: str
    device_id: str
    reason: str  # "clone" | "restored"


@dataclass(frozen=True)
class PeerRecord:
    device_id: str
    name: str
    sign_pub: str
    enc_pub: str
    fingerprint: str
    office_id: str | None
    is_central: bool
    pinned_at: str
    revoked_at: str | None
    acked_vv: dict[str, int] = field(default_factory=dict)
    acked_hlc: str | None = None
    missing_attachments: tuple[str, ...] = ()
    last_sent_bundle: str | None = None
    last_sent_at: str | None = None
    last_received_bundle: str | None = None
    last_received_at: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.fingerprint})"


@dataclass(frozen=True)
class BundleRecord:
    bundle_id: str
    direction: str  # "in" | "out"
    kind: str       # "changes" | "seed"
    peer_id: str
    sha256: str
    at: str
    op_count: int
    result: dict = field(default_factory=dict)
