"""Real processes for the database fault tests: the `skpdesk` entry point and lock holders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.helpers_office import three_levels

ROOT = Path(__file__).resolve().parents[2]


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKPDESK_")}
    env.update(SKPDESK_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8",
               PYTHONPATH=str(ROOT), **extra)
    return env


def skpdesk(tmp_path: Path, *args, env: dict[str, str] | None = None,
            preexec_fn=None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m skpdesk ARGS` in a child process; text output (UTF-8)."""
    return subprocess.run([sys.executable, "-m", "skpdesk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env or cli_env(tmp_path), timeout=timeout,
                          preexec_fn=preexec_fn, cwd=ROOT)


def make_office(path: Path) -> None:
    """An office with three pegawai, written through the services like the app does."""
    db = Database(path)
    services = Services.build(db, "penyiap@tes")
    services.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    three_levels(services)
    db.close()


# Holds an SKP Desk write transaction (a unit of work) until its stdin closes.
SKP_HOLDER = """
import sys
from pathlib import Path
from skpdesk.storage.database import Database
db = Database(Path(sys.argv[1]), create=False)
with db.unit_of_work(sys.argv[2]) as uow:
    uow.office.update_instansi(city="Sleman")
    uow.flush()
    print("holding", flush=True)
    sys.stdin.readline()
db.close()
print("released", flush=True)
"""

# Holds the write lock the way another program would (the sqlite3 shell, DB Browser).
RAW_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


def start_holder(script: str, *args) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = proc.stdout.readline()
    assert line.strip() == "holding", line
    return proc


def release(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(timeout=60)
