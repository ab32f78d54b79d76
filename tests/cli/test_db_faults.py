"""Faults of the disk around the database, for real (see helpers_faults): a full disk, a
read-only file, a read-only folder, a backup that cannot be written. Each ends in a sentence
and exit 1 (never a traceback, raw SQL or exit 70), and leaves the data as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_faults import file_size_cap, without_root_powers
from tests.cli.helpers_processes import cli_env, make_office, skpdesk

GOLDEN_V1 = Path(__file__).parent.parent / "fixtures" / "db" / "v0001.sqlite"
RAW_SQL_MARKERS = ("Traceback", "UPDATE ", "INSERT ", "[SQL", "parameters", "sqlite3.")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clean(stderr: str) -> bool:
    return not any(marker in stderr for marker in RAW_SQL_MARKERS)


@pytest.fixture
def office_file(tmp_path):
    path = tmp_path / "kantor" / "kantor.sqlite"
    path.parent.mkdir()
    make_office(path)
    return path


@pytest.fixture
def restore_modes():
    changed: list[tuple[Path, int]] = []

    def chmod(path: Path, mode: int) -> None:
        changed.append((path, path.stat().st_mode))
        os.chmod(path, mode)
    yield chmod
    for path, mode in reversed(changed):
        os.chmod(path, mode)


def test_disk_full_during_demo_is_a_sentence_and_leaves_no_half_office(tmp_path):
    path = tmp_path / "penuh.sqlite"
    logs = tmp_path / "logs"
    logs.mkdir()
    # The log is as large as the "disk" allows: logging's own traceback used to appear here.
    # (The cap must leave room for the empty schema, ~430 kB since 0009, not for the demo.)
    (logs / "skpdesk.log").write_bytes(b"x" * 700_000)
    result = skpdesk(tmp_path, "--db", path, "demo", "--employees", "40",
                     preexec_fn=file_size_cap(700_000))
    assert result.returncode == 1, result.stderr
    assert ("Disk penuh" in result.stderr or "disk penuh" in result.stderr), result.stderr
    assert "tidak ada yang diubah" in result.stderr
    assert _clean(result.stderr) and "Logging error" not in result.stderr
    assert result.stderr.count("berkas log") <= 1
    # Nothing of the demo was kept, and with space again it simply runs.
    listed = skpdesk(tmp_path, "--db", path, "staff", "list", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    assert skpdesk(tmp_path, "--db", path, "demo", "--employees", "8").returncode == 0


def test_sqlite_reporting_a_full_database_is_a_sentence(tmp_path):
    """SQLITE_FULL itself, as SQLite reports a full disk (here: the page limit reached)."""
    db = Database(tmp_path / "kantor.sqlite")
    services = Services.build(db, "tes")
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()  # new connections get the limit below
    event.listen(db.engine, "connect",
                 lambda dbapi, _r: dbapi.execute(f"PRAGMA max_page_count={pages}"))
    with pytest.raises(DomainError) as full:
        services.demo.fill(employees=40, seed=1)
    assert full.value.code is ErrorCode.DB_DISK_FULL
    assert services.staff.count() == 0 and services.office.instansi() is None
    db.close()


def test_writing_to_a_read_only_database_file(tmp_path, office_file, restore_modes):
    before = _sha(office_file)
    restore_modes(office_file, 0o444)
    env = cli_env(tmp_path, SKPDESK_BUSY_TIMEOUT_MS="500")
    read = skpdesk(tmp_path, "--db", office_file, "staff", "list", "--json", env=env,
                   preexec_fn=without_root_powers)
    assert read.returncode == 0 and len(json.loads(read.stdout)) == 3  # reading still works
    result = skpdesk(tmp_path, "--db", office_file, "office", "set", "--city", "Bantul", env=env,
                     preexec_fn=without_root_powers)
    assert result.returncode == 1, result.stderr
    assert "hanya dapat dibaca" in result.stderr and _clean(result.stderr)
    assert _sha(office_file) == before


def test_a_read_only_folder(tmp_path, office_file, restore_modes):
    folder = office_file.parent
    restore_modes(folder, 0o555)
    env = cli_env(tmp_path, SKPDESK_BUSY_TIMEOUT_MS="500")
    run = dict(env=env, preexec_fn=without_root_powers)
    write = skpdesk(tmp_path, "--db", office_file, "office", "set", "--city", "Bantul", **run)
    assert write.returncode == 1, write.stderr
    assert ("hanya dapat dibaca" in write.stderr or "tidak dapat ditulisi" in write.stderr)
    assert _clean(write.stderr) and "Logging error" not in write.stderr
    new = skpdesk(tmp_path, "--db", folder / "baru" / "kantor.sqlite", "init", "--instansi",
                  "Dinas Contoh", "--city", "Wonosari", **run)
    assert new.returncode == 1, new.stderr
    assert f"Folder {folder}" in new.stderr and "tidak dapat ditulisi" in new.stderr
    assert _clean(new.stderr)


@pytest.mark.parametrize("fault", ["read_only_backups", "disk_full"])
def test_a_failed_backup_stops_the_upgrade_and_leaves_no_file(tmp_path, restore_modes, fault):
    path = tmp_path / "lama.sqlite"
    shutil.copy(GOLDEN_V1, path)
    before = _sha(path)
    backups = tmp_path / "backups"
    backups.mkdir()
    if fault == "read_only_backups":
        restore_modes(backups, 0o555)
        run = dict(preexec_fn=without_root_powers)
    else:
        run = dict(preexec_fn=file_size_cap(path.stat().st_size // 2))
    result = skpdesk(tmp_path, "--db", path, "staff", "list", **run)
    assert result.returncode == 1, result.stderr
    assert "Salinan cadangan sebelum pembaruan skema tidak dapat dibuat" in result.stderr
    assert "tidak diperbarui" in result.stderr and _clean(result.stderr)
    assert list(backups.iterdir()) == []  # no 0-byte or partial "backup"
    assert _sha(path) == before  # not upgraded, not even switched to WAL
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
    # With the fault gone the upgrade goes through and announces its backup.
    if fault == "read_only_backups":
        os.chmod(backups, 0o755)
    done = skpdesk(tmp_path, "--db", path, "staff", "list")
    assert done.returncode == 0, done.stderr
    assert "Salinan sebelum pembaruan disimpan di" in done.stderr
    assert len(list(backups.iterdir())) == 1


def test_non_utf8_bytes_in_an_argument_are_a_usage_error(tmp_path, office_file):
    import subprocess
    import sys
    result = subprocess.run([sys.executable.encode(), b"-m", b"skpdesk", b"--db",
                             os.fsencode(office_file), b"staff", b"list", b"--search",
                             b"Agus\xff\xfe"], capture_output=True, env=cli_env(tmp_path),
                            cwd=Path(__file__).resolve().parents[2])
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2, stderr
    assert "bukan teks UTF-8" in stderr and "Agus\\xff\\xfe" in stderr
    assert "Traceback" not in stderr
