"""The one place the window meets the sync back end (`services.sync`, `skpdesk.sync`).

The pages of the Sinkronisasi dialog call these functions through the `TaskRunner` (on the
database worker, never on the GUI thread) and get plain values back (`IdentityInfo`, `PeerRow`,
`ImportResult`, `ExportResult`). Keeping the calls here means the widgets do not follow every
detail of the pipeline's API, and the tests exercise exactly what the window calls.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdesk.domain.sync import ApplyReport
from skpdesk.services.progress import CancelToken, Progress

BUNDLE_SUFFIX = ".skpbundle"
IDENTITY_SUFFIX = ".skpid"


@dataclass(frozen=True)
class IdentityInfo:
    device_id: str
    name: str
    fingerprint: str
    office_name: str | None = None


@dataclass(frozen=True)
class PeerCard:
    """A `.skpid` file read but not pinned yet: shown for the person to compare."""

    path: str
    device_id: str
    name: str
    fingerprint: str
    office_name: str | None


@dataclass(frozen=True)
class PeerRow:
    device_id: str
    name: str
    fingerprint: str
    is_central: bool
    pinned_at: str | None
    revoked_at: str | None
    last_sent_at: str | None = None
    last_sent_bundle: str | None = None
    last_received_at: str | None = None
    last_received_bundle: str | None = None
    pending_operations: int | None = None  # ours the peer has not acknowledged
    open_conflicts: int = 0  # open conflicts with a side written on that laptop
    missing_attachments: int = 0  # files that laptop said it is waiting for

    @property
    def revoked(self) -> bool:
        return bool(self.revoked_at)


@dataclass(frozen=True)
class ImportResult:
    report: ApplyReport
    bundle_id: str = ""
    sender: str = ""  # the sending replica's name (or id)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportResult:
    path: str
    operations: int
    attachments: int = 0


def bundle_file_name(own_name: str, peer_name: str, now: dt.datetime | None = None) -> str:
    """"<from>-untuk-<to>-<yyyymmdd-hhmm>.skpbundle", safe on every file system."""
    now = now or dt.datetime.now()

    def safe(text: str) -> str:
        cleaned = re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-")
        return cleaned[:40] or "skpdesk"

    return f"{safe(own_name)}-untuk-{safe(peer_name)}-{now:%Y%m%d-%H%M}{BUNDLE_SUFFIX}"


def is_central(peers: list[PeerRow], *, explicit: bool | None = None) -> bool:
    """Whether this replica is the office's central copy.

    `sync peer add --central` marks the OTHER side as central: a laptop pins the central copy
    with it. So a replica is central when it has (non-revoked) peers and none of them is marked
    central, unless the back end says so explicitly (`explicit`)."""
    if explicit is not None:
        return explicit
    live = [p for p in peers if not p.revoked]
    return bool(live) and not any(p.is_central for p in live)


class SyncBackend:
    """Adapter over the services of one open database (all calls run on the worker)."""

    def __init__(self, services) -> None:
        self.services = services

    # --- identity and peers
    def identity(self) -> IdentityInfo:
        raise NotImplementedError

    def rename(self, name: str) -> IdentityInfo:
        raise NotImplementedError

    def write_identity(self, path: str) -> str:
        raise NotImplementedError

    def read_peer_file(self, path: str) -> PeerCard:
        raise NotImplementedError

    def add_peer(self, path: str, *, central: bool) -> PeerRow:
        raise NotImplementedError

    def revoke(self, device_id: str) -> None:
        raise NotImplementedError

    def peers(self) -> list[PeerRow]:
        raise NotImplementedError

    def this_is_central(self, peers: list[PeerRow]) -> bool:
        return is_central(peers)

    def missing_attachment_count(self) -> int:
        """Attachment files referenced by rows here whose file has not arrived yet."""
        return len(self.services.sync.missing_attachments())

    # --- bundles
    def export(self, peer_id: str, out_path: str, progress: Progress,
               cancel: CancelToken) -> ExportResult:
        raise NotImplementedError

    def import_bundle(self, path: str, progress: Progress, cancel: CancelToken) -> ImportResult:
        raise NotImplementedError

    def default_bundle_path(self, folder: str, peer: PeerRow, own_name: str) -> str:
        return str(Path(folder) / bundle_file_name(own_name, peer.name))
