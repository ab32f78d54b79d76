"""Which machine a replica runs on, and giving a replica a new device id (clones, restores).

Every journal entry is named by (device id, seq), and sync relies on that pair never naming two
different entries. A database file copied to another computer would go on writing with the
original's device id and sequence numbers: so the machine's fingerprint is stored in
`local_state.machine_id`, and the first write on a machine with another fingerprint first gives
the replica a new device id (and a fresh journal chain and sequence, and new keys: the old
private keys belong to the original). A restored backup is recognised by sync instead (a peer
holds more of our entries than we do) and rotated the same way.

The machine fingerprint: SHA-256 of the OS machine id (/etc/machine-id, the Windows
MachineGuid, the macOS IOPlatformUUID) or, when none can be read, of the hostname and MAC.
The environment variable SKPDESK_MACHINE_ID replaces the machine id (tests use it to play
several machines on one).
"""

from __future__ import annotations

import functools
import hashlib
import os
import socket
import subprocess
import sys
import uuid

from skpdesk.domain.ids import new_device_id
from skpdesk.domain.journal_chain import GENESIS

MACHINE_ENV = "SKPDESK_MACHINE_ID"
CLONE, RESTORED = "clone", "restored"


@functools.lru_cache(maxsize=1)
def _os_machine_id() -> str:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            with open(path, encoding="ascii") as fh:
                value = fh.read().strip()
            if value:
                return value
        except (OSError, UnicodeDecodeError):
            continue
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            import winreg
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                                r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            pass
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        try:
            out = subprocess.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"],
                                 capture_output=True, text=True, timeout=5).stdout
            for line in out.splitlines():
                if "IOPlatformUUID" in line:
                    return line.split('"')[-2]
        except (OSError, subprocess.SubprocessError):
            pass
    node = uuid.getnode()
    # A random node (multicast bit set) changes every run: the hostname alone is steadier.
    return socket.gethostname() + ("" if node >> 40 & 1 else f"/{node:012x}")


def machine_fingerprint() -> str:
    raw = os.environ.get(MACHINE_ENV) or _os_machine_id()
    return hashlib.sha256(f"skpdesk-machine|{raw}".encode("utf-8", "replace")).hexdigest()[:32]


def take_new_device_id(session, state, reason: str) -> str:
    """Give this replica a new device id inside the caller's transaction: fresh sequence and
    journal chain, the old id remembered for the notice, the old private keys dropped."""
    from .tables import SyncIdentityRow  # noqa: PLC0415 - tables imports nothing from here

    state.previous_device_id = state.device_id
    state.device_change_reason = reason
    state.device_id = new_device_id()
    state.next_seq = 1
    state.journal_head = GENESIS
    state.machine_id = machine_fingerprint()
    identity = session.get(SyncIdentityRow, 1)
    if identity is not None:
        session.delete(identity)
    return state.device_id


def check_machine(session, state) -> None:
    """At the start of every write: record the machine, or rotate the device id of a clone."""
    here = machine_fingerprint()
    if state.machine_id is None:
        state.machine_id = here
    elif state.machine_id != here:
        take_new_device_id(session, state, CLONE)
