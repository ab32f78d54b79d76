"""Which files SKP Desk opens: only `init`, `demo` (and the window) give a new or empty file the
schema; everything that is not an SKP Desk database is refused with a sentence (exit 1) and
left byte-identical. A `demo` killed half-way leaves nothing behind, so `demo` runs again."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import time

import pytest

from skpdesk.storage.lock_info import current_holder
from tests.cli.helpers_processes import ROOT, cli_env, make_office, skpdesk


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _other_apps_sqlite(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('belanja')")
    conn.commit()
    conn.close()


def _alembic_app_sqlite(path) -> None:
    """Another program that also uses Alembic: its revision is no newer SKP Desk schema."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


FILES = {
    "empty": lambda p: p.write_bytes(b""),
    "other_app": _other_apps_sqlite,
    "alembic_app": _alembic_app_sqlite,
    "random_bytes": lambda p: p.write_bytes(bytes(range(256)) * 64),
    "text": lambda p: p.write_text("nip,nama\n197001012000031001,Bambang\n"),
}
EXPECTED = {"empty": "kosong, belum berisi basis data SKP Desk",
            "other_app": "bukan basis data SKP Desk (berkas SQLite milik aplikasi lain)",
            "alembic_app": "bukan basis data SKP Desk (berkas SQLite milik aplikasi lain)",
            "random_bytes": "isinya bukan SQLite", "text": "isinya bukan SQLite"}


@pytest.mark.parametrize("kind", sorted(FILES))
@pytest.mark.parametrize("command", [("staff", "list"), ("office", "set", "--city", "Bantul"),
                                     ("check",), ("journal",)])
def test_a_file_that_is_not_an_skp_database_is_refused_and_left_as_it_was(tmp_path, kind,
                                                                          command):
    path = tmp_path / "berkas.sqlite"
    FILES[kind](path)
    before = _sha(path)
    result = skpdesk(tmp_path, "--db", path, *command)
    assert result.returncode == 1, result.stderr
    assert EXPECTED[kind] in result.stderr and "Traceback" not in result.stderr
    assert "berkas tidak diubah" in result.stderr
    assert _sha(path) == before
    # No -wal, -shm or lock file beside it either.
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("berkas")] == ["berkas.sqlite"]


@pytest.mark.parametrize("kind", ["other_app", "alembic_app", "random_bytes"])
def test_init_and_demo_refuse_another_programs_file_too(tmp_path, kind):
    path = tmp_path / "berkas.sqlite"
    FILES[kind](path)
    before = _sha(path)
    for command in (("init", "--instansi", "Dinas Contoh", "--city", "Wonosari"),
                    ("demo", "--employees", "5")):
        result = skpdesk(tmp_path, "--db", path, *command)
        assert result.returncode == 1 and "bukan basis data SKP Desk" in result.stderr
    assert _sha(path) == before


def test_init_gives_an_empty_file_the_schema(tmp_path):
    path = tmp_path / "baru.sqlite"
    path.write_bytes(b"")
    result = skpdesk(tmp_path, "--db", path, "init", "--instansi", "Dinas Contoh",
                     "--city", "Wonosari")
    assert result.returncode == 0, result.stderr
    assert skpdesk(tmp_path, "--db", path, "staff", "list").returncode == 0


def test_demo_creates_a_missing_database_but_a_read_does_not(tmp_path):
    missing = tmp_path / "tidak-ada" / "kantor.sqlite"
    result = skpdesk(tmp_path, "--db", missing, "staff", "list")
    assert result.returncode == 1 and "belum ada" in result.stderr
    assert not missing.parent.exists()
    result = skpdesk(tmp_path, "--db", missing, "demo", "--employees", "6")
    assert result.returncode == 0, result.stderr
    assert missing.is_file()


def test_a_damaged_header_gets_a_sentence_not_a_crash(tmp_path):
    path = tmp_path / "kantor.sqlite"
    make_office(path)
    data = bytearray(path.read_bytes())
    data[16:24] = b"\xff" * 8  # page size, format versions: the file header is damaged
    path.write_bytes(bytes(data))
    before = _sha(path)
    result = skpdesk(tmp_path, "--db", path, "staff", "list")
    assert result.returncode == 1, result.stderr
    assert "rusak" in result.stderr and "Traceback" not in result.stderr
    assert _sha(path) == before


def test_a_killed_demo_leaves_nothing_and_demo_runs_again(tmp_path):
    import subprocess
    import sys
    path = tmp_path / "demo.sqlite"
    demo = subprocess.Popen([sys.executable, "-m", "skpdesk", "--db", str(path), "demo",
                             "--employees", "600", "--seed", "3"], cwd=ROOT,
                            env=cli_env(tmp_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        # The demo announces itself in `<db>.lock-info` once it holds the write transaction.
        deadline = time.monotonic() + 120
        while True:
            holder = current_holder(path) if path.exists() else None
            if holder is not None and holder.pid == demo.pid:
                break
            assert demo.poll() is None and time.monotonic() < deadline, "demo never started"
            time.sleep(0.05)
        time.sleep(1.0)  # well into writing pegawai and SKPs
        assert demo.poll() is None, "the demo finished before it could be killed"
        os.kill(demo.pid, signal.SIGKILL)
    finally:
        demo.wait(timeout=60)
    assert demo.returncode == -signal.SIGKILL
    listed = skpdesk(tmp_path, "--db", path, "staff", "list", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []  # no half office
    again = skpdesk(tmp_path, "--db", path, "demo", "--employees", "12", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["pegawai"] == 12
    check = skpdesk(tmp_path, "--db", path, "check")
    assert check.returncode == 0, check.stdout + check.stderr
