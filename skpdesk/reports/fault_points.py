"""Named points in printing where a test can kill or pause this process (fault injection).

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
in docs/printing.md.
"""

from __future__ import annotations

import os
import signal
import sys
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
        sys.stderr.write(f"skpdesk-fault: paused at {point} pid={os.getpid()}\n")
        sys.stderr.flush()
        if hasattr(signal, "pause"):
            signal.pause()  # returns after a signal whose handler returns
        else:  # pragma: no cover - Windows: tests use kill there
            time.sleep(3600)
