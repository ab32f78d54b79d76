"""End to end: the real `python -m skpdesk` opens the window on a database, shows it and closes
cleanly (smoke mode), on a temporary data folder (settings included, never the user's own)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from skpdesk.paths import resolve_paths
from skpdesk.ui.shell import gui_app


def run(args, data_dir: Path, **extra_env) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SKPDESK_GUI_SMOKE"}
    env.update(SKPDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8", **extra_env)
    return subprocess.run([sys.executable, "-m", "skpdesk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def test_the_window_opens_on_a_demo_office_and_closes_cleanly(tmp_path):
    data_dir = tmp_path / "data"
    db = tmp_path / "kantor" / "x.sqlite"
    made = run(["--db", db, "demo", "--employees", 12, "--seed", 3], data_dir)
    assert made.returncode == 0, made.stderr
    shown = run(["--db", db], data_dir, SKPDESK_GUI_SMOKE="1")
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"^window-shown \d+$", shown.stdout, re.MULTILINE), shown.stdout
    assert "Traceback" not in shown.stderr and "Error" not in shown.stderr, shown.stderr
    assert (data_dir / "settings.ini").is_file()  # the window saved its state on close
    with sqlite3.connect(db) as conn:  # the database is intact and closed (no leftover WAL)
        assert conn.execute("select count(*) from pegawai").fetchone() == (12,)
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_no_command_opens_the_default_database_with_the_hidden_flag(tmp_path):
    data_dir = tmp_path / "data"
    shown = run(["--quit-after-show"], data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "window-shown" in shown.stdout
    assert (data_dir / "skpdesk.sqlite").is_file()  # created, with its folders
    assert {p.name for p in data_dir.iterdir()} >= {"attachments", "backups", "logs"}


def test_a_file_that_is_no_database_is_refused_with_a_message(tmp_path):
    not_a_db = tmp_path / "catatan.sqlite"
    not_a_db.write_text("bukan basis data", encoding="utf-8")
    shown = run(["--db", not_a_db], tmp_path / "data", SKPDESK_GUI_SMOKE="1")
    assert shown.returncode == 1
    assert "bukan basis data SKP Desk" in shown.stderr
    assert "window-shown" not in shown.stdout
    assert not_a_db.read_text(encoding="utf-8") == "bukan basis data"


def test_team_smoke_mode_waits_until_the_direct_reports_are_listed(tmp_path):
    """SKPDESK_GUI_SMOKE=team (the start-up benchmark's end point) prints "team-shown" once the
    team list shows the first page of "My direct reports"."""
    data_dir = tmp_path / "data"
    db = tmp_path / "x.sqlite"
    made = run(["--db", db, "demo", "--employees", 12, "--seed", 3], data_dir)
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(db)
    try:
        head, reports = conn.execute(
            "SELECT p.id, count(c.id) FROM pegawai p JOIN pegawai c ON c.supervisor_id = p.id "
            "WHERE p.asn_type != 'NON_ASN' GROUP BY p.id ORDER BY 2 DESC, p.id LIMIT 1").fetchone()
    finally:
        conn.close()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text(f"[identity]\npegawai_id={head}\n", encoding="utf-8")
    shown = run(["--db", db], data_dir, SKPDESK_GUI_SMOKE="team")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert re.fullmatch(r"window-shown \d+", lines[0]), shown.stdout
    assert re.fullmatch(rf"team-shown \d+ rows={reports}", lines[1]), shown.stdout


def test_a_window_that_fails_to_build_gives_the_exception_hook_back(qapp, demo, tmp_path,
                                                                     monkeypatch):
    """Else the error reaches run_gui's hook at interpreter exit: a message box nobody sees,
    blocking the (smoke-mode) process for ever."""
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))

    def broken(*_args, **_kwargs):
        raise ImportError("a workspace tab failed to import")

    monkeypatch.setattr(gui_app, "make_start_window", broken)
    hook = sys.excepthook
    with pytest.raises(ImportError):
        gui_app.run_gui(demo, resolve_paths(demo.db.path), ["skpdesk"], smoke=True)
    assert sys.excepthook is hook
