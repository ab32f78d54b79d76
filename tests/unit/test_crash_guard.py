"""`CrashGuard` (skpdesk/crash_guard.py): the "running" marker tells a session that died from one
that is still running, and faulthandler follows the log file through a rotation. Each guard runs
in a child process (faulthandler is process-wide; pytest's own must stay untouched)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

GUARD = """
import faulthandler, json, os, sys
from pathlib import Path
from skpdesk.crash_guard import CrashGuard
logs = Path(sys.argv[1])
guard = CrashGuard(logs, logs / "skpdesk.log")
previous = guard.start()
print(json.dumps([[p.started, p.fatal_error] for p in previous]), flush=True)
action = sys.argv[2]
if action == "wait":
    sys.stdin.readline()
elif action == "rotate-and-crash":
    (logs / "skpdesk.log").rename(logs / "skpdesk.log.1")
    guard.log_rotated()
    faulthandler._sigsegv()
guard.stop()
"""
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")


def guard(logs: Path, action: str = "stop") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", GUARD, str(logs), action], capture_output=True,
                          text=True, timeout=60)


def test_a_clean_session_is_not_reported(tmp_path):
    assert guard(tmp_path).stdout.strip() == "[]"
    assert guard(tmp_path).stdout.strip() == "[]"
    assert not list(tmp_path.glob("running-*.json"))


@posix_only
def test_a_running_session_is_left_alone_and_a_killed_one_reported_once(tmp_path):
    running = subprocess.Popen([sys.executable, "-c", GUARD, str(tmp_path), "wait"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert running.stdout.readline().strip() == "[]"  # armed
        assert guard(tmp_path).stdout.strip() == "[]"  # the other window is alive: no notice
        assert len(list(tmp_path.glob("running-*.json"))) == 1  # and its marker stays
        running.send_signal(signal.SIGKILL)
        running.wait(timeout=30)
    finally:
        if running.poll() is None:
            running.kill()
    reported = guard(tmp_path).stdout.strip()
    assert reported.startswith('[["') and reported.endswith('", false]]')  # killed, no trace
    assert guard(tmp_path).stdout.strip() == "[]"  # said once


@posix_only
def test_the_crash_trace_goes_to_the_new_log_after_a_rotation(tmp_path):
    crashed = guard(tmp_path, "rotate-and-crash")
    assert crashed.returncode == -signal.SIGSEGV
    assert "Fatal Python error: Segmentation fault" in (tmp_path / "skpdesk.log").read_text()
    reported = guard(tmp_path).stdout.strip()
    assert reported.endswith('", true]]')  # the fatal error is found in the log


TWO_DATABASES = """
import faulthandler, sys
from pathlib import Path
from skpdesk.crash_guard import CrashGuard
first, second = Path(sys.argv[1]), Path(sys.argv[2])
a = CrashGuard(first, first / "skpdesk.log")
a.start()
b = CrashGuard(second, second / "skpdesk.log")  # File > Open database: the next one opens...
b.start()
a.stop()  # ...then the previous one closes
faulthandler._sigsegv()
"""


@posix_only
def test_after_switching_databases_the_trace_goes_to_the_open_one(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    crashed = subprocess.run([sys.executable, "-c", TWO_DATABASES, str(first), str(second)],
                             capture_output=True, text=True, timeout=60)
    assert crashed.returncode == -signal.SIGSEGV
    assert "Fatal Python error" in (second / "skpdesk.log").read_text()
    assert "Fatal Python error" not in (first / "skpdesk.log").read_text()
    assert not list(first.glob("running-*.json")) and list(second.glob("running-*.json"))
