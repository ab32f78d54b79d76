"""Named points in printing and sync imports where a test can kill or pause this process
(fault injection). In `services` so that both `skpdesk.reports` and `skpdesk.sync` use it.

Printing promises that a kill at any moment leaves no PDF whose codes `check-print` does not
know. Sampling kill times cannot show that every moment is covered, so the print code calls
`reached("print.recorded")` and the like at the moments that matter, and a test starts the
real command with the environment variable

    SKPDESK_FAULT=<action>:<point>[:<n>]     e.g. kill:print.recorded:3, pause:print.pool-running

- `kill`: SIGKILL this process the n-th time (default: the first) the point is reached, as a
  power cut or `kill -9` would (no `finally`, no `atexit`).
- `pause`: write "skpdesk-fault: paused at <point> pid=<pid>" to stderr and wait for a signal;
  a signal with a handler (Ctrl+C cancels a batch) lets the program continue.

Unset (always, outside tests) it costs one dictionary look-up per point. The points are listed
in docs/printing.md (printing) and docs/sync.md (sync: `sync.import.attachments-written`,
`sync.import.recorded`, inside the import's transaction just before it commits) and
docs/evidence.md (bukti dukung: `evidence.add.copying`, `evidence.add.file-in-place`,
`evidence.add.recorded`).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

ENV = "SKPDESK_FAULT"
_seen: dict[str, int] = {}


def reached(point: str) -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    action, _, rest = spec.partition(":")
    wanted, _, nth = rest.partition(":")
    if wanted != point:
        return
    _seen[point] = _seen.get(point, 0) + 1
    if _seen[point] != (int(nth) if nth.isdigit() else 1):
        return
    if action == "kill":
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        time.sleep(60)  # the signal arrives asynchronously; never run past the point
    elif action == "pause":
        _pause(point)


def _pause(point: str) -> None:
    """Announce the pause, then wait for any signal. The wake-up pipe is set before the
    announcement, so a signal sent the moment the test reads it is not missed (`signal.pause()`
    would wait for a second one)."""
    if threading.current_thread() is not threading.main_thread() or os.name != "posix":
        sys.stderr.write(f"skpdesk-fault: paused at {point} pid={os.getpid()}\n")
        sys.stderr.flush()
        time.sleep(3600)  # pragma: no cover - only the main thread can take signals
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    previous = signal.set_wakeup_fd(write_end)
    try:
        sys.stderr.write(f"skpdesk-fault: paused at {point} pid={os.getpid()}\n")
        sys.stderr.flush()
        os.read(read_end, 1)  # the signal's number arrives here; its handler has run (or raised)
    finally:
        signal.set_wakeup_fd(previous)
        os.close(read_end)
        os.close(write_end)
