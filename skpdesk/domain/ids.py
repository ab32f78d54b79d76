"""Row identity: UUIDv7 strings, created where the row is born (time-ordered for B-tree locality)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A UUIDv7 (RFC 9562) as its canonical string; monotonic within this process."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            # Same (or an earlier, after a clock step) millisecond: keep order with a 12-bit counter.
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= (_counter & 0xFFF) << 64
        value |= 0b10 << 62
        value |= rand_b
    return str(uuid.UUID(int=value))


def new_device_id() -> str:
    """A random UUIDv4 naming one replica of the database (a laptop or the central copy)."""
    return str(uuid.uuid4())


# --- natural keys (sync): rows that two replicas may create independently get the same id

NATURAL_KEY_NAMESPACE = uuid.UUID("6f1d3c52-8a4e-5b7f-9c20-5d4b8e0a7c31")
"""uuid5 namespace of SKP Desk's deterministic ids. Never change it: replicas of one office (and
databases written by older releases) must keep computing the ids they already hold."""


def natural_id(key: str) -> str:
    """The deterministic id (UUIDv5) of a row whose natural key is `key` (see the helpers below).

    Two laptops that add the same NIP, the same unit under the same parent or the SKP of the
    same pegawai and period before they have synced thus write ONE row (a field conflict at
    worst) instead of two rows that fork. The caller falls back to `new_id()` when the id is
    already held locally by a different row (a renamed unit, a changed NIP)."""
    return str(uuid.uuid5(NATURAL_KEY_NAMESPACE, key))


def core_value_key_id(instansi_id: str, number: int) -> str:
    return natural_id(f"{instansi_id}/core_value/{int(number)}")


def setting_key_id(instansi_id: str, key: str) -> str:
    return natural_id(f"{instansi_id}/setting/{key}")


def behaviour_key_id(skp_id: str, core_value_id: str) -> str:
    return natural_id(f"{skp_id}/{core_value_id}")


def skp_key_id(pegawai_id: str, period_start_iso: str) -> str:
    return natural_id(f"{pegawai_id}/skp/{period_start_iso}")


def unit_key_id(parent_or_instansi_id: str, name: str) -> str:
    """Unit names compare without case ("Sekretariat" and "SEKRETARIAT" are one unit's key)."""
    return natural_id(f"{parent_or_instansi_id}/unit/{name.casefold()}")


def pegawai_key_id(instansi_id: str, nip: str) -> str:
    return natural_id(f"{instansi_id}/pegawai/{nip}")
