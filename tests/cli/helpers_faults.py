"""Faults of the disk, made for real in a child process (no mocks, no root tricks needed).

- A full disk: RLIMIT_FSIZE caps how large the child may make any file; with SIGXFSZ ignored a
  write past the cap fails with EFBIG, as a write to a full disk fails with ENOSPC (SQLite
  reports both as "database or disk is full" or as a write error).
- Read-only files and folders: `chmod`. The tests also run as root (CI), and root ignores file
  permissions through its capabilities CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER;
  the child drops them from its bounding set before it starts, so the kernel checks the mode
  bits for it as for anyone else. Nothing is skipped under root.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3


def without_root_powers() -> None:
    """preexec_fn: under root, give up the capabilities that bypass file permissions."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), f"prctl(PR_CAPBSET_DROP, {cap}) failed")


def file_size_cap(limit: int):
    """preexec_fn: no file may grow past `limit` bytes (a disk that is full at that point)."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply
