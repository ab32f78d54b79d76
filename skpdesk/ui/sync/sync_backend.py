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
from skpdesk.sync.identity import read_identity

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


def _pipeline():
    """The bundle pipeline, imported on first use (cryptography and zip code are not needed to
    open the window)."""
    from skpdesk.sync import pipeline  # noqa: PLC0415
    return pipeline


class SyncBackend:
    """Adapter over `skpdesk.sync.pipeline` and `services.sync` of one open database. Every
    method runs on the database worker (the dialog calls them through the `TaskRunner`)."""

    def __init__(self, services) -> None:
        self.services = services

    # --- identity and peers
    def identity(self) -> IdentityInfo:
        public = _pipeline().public_identity(self.services)
        return IdentityInfo(public.device_id, public.name, public.fingerprint,
                            public.office_name)

    def write_identity(self, path: str, *, name: str | None = None) -> str:
        """Write the `.skpid` (and rename this replica first when `name` is given)."""
        _pipeline().write_identity_file(self.services, path, name)
        return path

    def read_peer_file(self, path: str) -> PeerCard:
        public = read_identity(path)
        return PeerCard(str(path), public.device_id, public.name, public.fingerprint,
                        public.office_name)

    def add_peer(self, path: str, *, central: bool) -> PeerRow:
        record = _pipeline().add_peer(self.services, path, central=central)
        return _row(record)

    def revoke(self, device_id: str) -> None:
        _pipeline().revoke_peer(self.services, device_id)

    def peers(self) -> list[PeerRow]:
        """Every pinned peer with its last bundles, what it has not acknowledged, its open
        conflicts and the attachment files it said it waits for."""
        statuses = _pipeline().sync_status(self.services)
        conflicts_by_device: dict[str, int] = {}
        for conflict in self.services.sync.conflicts():
            for device in {side.device_id for side in conflict.sides}:
                conflicts_by_device[device] = conflicts_by_device.get(device, 0) + 1
        return [_row(status.peer, pending=status.pending,
                     conflicts=conflicts_by_device.get(status.peer.device_id, 0),
                     missing=len(status.missing_attachments)) for status in statuses]

    def this_is_central(self, peers: list[PeerRow]) -> bool:
        return is_central(peers)

    def missing_attachment_count(self) -> int:
        """Attachment files referenced by rows here whose file has not arrived yet."""
        return len(self.services.sync.missing_attachments())

    def device_change_notice(self):
        """A new device id taken by this replica and not told yet (a copied or restored file),
        or None; told once."""
        return _pipeline().device_change_notice(self.services)

    # --- bundles
    def export(self, peer_id: str, out_path: str, progress: Progress, cancel: CancelToken, *,
               seed: bool = False) -> ExportResult:
        write = _pipeline().seed_bundle if seed else _pipeline().export_bundle
        result = write(self.services, peer_id, out_path, progress=progress, cancel=cancel)
        return ExportResult(result.path, result.op_count, result.attachments)

    def import_bundle(self, path: str, progress: Progress, cancel: CancelToken) -> ImportResult:
        result = _pipeline().import_bundle(self.services, path, progress=progress, cancel=cancel)
        return _import_result(result)

    def join(self, path: str, progress: Progress, cancel: CancelToken) -> ImportResult:
        """A new laptop imports the seed of the pinned central copy (`sync join`)."""
        result = _pipeline().join(self.services, path, progress=progress, cancel=cancel)
        return _import_result(result)

    def default_bundle_path(self, folder: str, peer: PeerRow, own_name: str) -> str:
        return str(Path(folder) / bundle_file_name(own_name, peer.name))


def _import_result(result) -> ImportResult:
    report = ApplyReport(new=result.new, updated=result.updated, deleted=result.deleted,
                         conflicts=result.conflicts,
                         waiting_attachments=result.waiting_attachments,
                         already_applied=result.already_applied, operations=result.operations)
    return ImportResult(report, result.bundle_id, result.from_name or result.from_device,
                        {"kind": result.kind, "backup": result.backup,
                         "device_change": result.device_change})


def _row(record, *, pending: int | None = None, conflicts: int = 0, missing: int = 0) -> PeerRow:
    return PeerRow(device_id=record.device_id, name=record.name, fingerprint=record.fingerprint,
                   is_central=bool(record.is_central), pinned_at=record.pinned_at,
                   revoked_at=record.revoked_at, last_sent_at=record.last_sent_at,
                   last_sent_bundle=record.last_sent_bundle,
                   last_received_at=record.last_received_at,
                   last_received_bundle=record.last_received_bundle,
                   pending_operations=pending, open_conflicts=conflicts,
                   missing_attachments=missing if missing else len(record.missing_attachments))
