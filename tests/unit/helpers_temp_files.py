"""Processes and temp files for the tests of stale-temp-file clean-up (`atomic_files`): a pid
that has ended (the killed writer), a process that keeps running (a writer still at work), and
the temp name `atomic_files` gives a target while a given process writes it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from skpdesk.services import atomic_files


def ended_pid() -> int:
    """The pid of a process that has ended (and been reaped): the writer that was killed."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def temp_of(target: Path, pid: int, content: bytes, host: str | None = None) -> Path:
    """Plant the temp file `atomic_files` names for `target` while process `pid` writes it."""
    path = target.parent / (f".{target.name}.skpdesk-{host or atomic_files.host_tag()}-{pid}"
                            "-ab12cd_9.tmp")
    path.write_bytes(content)
    return path


@pytest.fixture
def running():
    """A process that runs for the whole test (another writer still at work)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield process.pid
    process.kill()
    process.wait()
