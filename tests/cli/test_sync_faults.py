"""`sync import` killed with SIGKILL (as a power cut would) inside its transaction, with the real
`skpdesk` command in a subprocess (SKPDESK_FAULT=kill:<point>, `services/fault_points.py`): the
database is as before, and importing the same bundle again completes."""

from __future__ import annotations

import os
import signal

import pytest

from .helpers_processes import cli_env, skpdesk
from .sync_cli import join, office_rows, replica
from .sync_cli import sync_data_dir  # noqa: F401 - autouse fixture

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


@pytest.mark.parametrize("point", ["sync.import.attachments-written", "sync.import.recorded"])
def test_kill_during_import_leaves_the_database_as_before(tmp_path, capsys, point):
    central = replica(tmp_path, "central")
    central.ok(capsys, "demo", "--employees", "5", "--seed", "2", "--year", "2026")
    central.identity(capsys, "Pusat")
    laptop = replica(tmp_path, "laptop")
    join(capsys, central, laptop)
    central.ok(capsys, "office", "set", "--city", "Sleman", "--instansi", "Dinas Baru")
    bundle = tmp_path / "c.skpbundle"
    central.ok(capsys, "sync", "export", "--for", laptop.skpid_device(), "--out", bundle)
    before = laptop.dump_hash()

    env = cli_env(tmp_path, SKPDESK_MACHINE_ID=laptop.machine, SKPDESK_FAULT=f"kill:{point}")
    killed = skpdesk(tmp_path, "--db", laptop.db, "sync", "import", bundle, env=env)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert laptop.dump_hash() == before
    assert laptop.ok(capsys, "office", "show")["instansi"]["city"] != "Sleman"

    env = cli_env(tmp_path, SKPDESK_MACHINE_ID=laptop.machine)
    done = skpdesk(tmp_path, "--db", laptop.db, "--json", "sync", "import", bundle, env=env)
    assert done.returncode == 0, done.stderr
    assert laptop.ok(capsys, "office", "show")["instansi"]["city"] == "Sleman"
    assert office_rows(laptop) == office_rows(central)
