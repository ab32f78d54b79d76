"""Bad input at the command line: staff files with many problems, control characters in what
is printed (legacy data, echoed values), formula-safe export, non-UTF-8 arguments."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from skpdesk.app import main
from skpdesk.services import file_limits
from skpdesk.services.staff_files import COLUMNS
from skpdesk.storage.database import Database

NIP = "199001012015031003"
ROW = [NIP, "Budi Santoso", "", "S.Sos.", "PNS", "III/b", "Analis", "pelaksana", "", "Umum", "", ""]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(folder))
    return folder


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def office_db(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    assert run(capsys, "--db", path, "init", "--instansi", "Dinas Contoh", "--city", "Wonosari")[0] == 0
    return path


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def test_repeated_nip_file_is_one_line_and_exit_1(capsys, office_db, tmp_path):
    code, _, err = run(capsys, "--db", office_db, "staff", "import",
                       write_csv(tmp_path / "dup.csv", [ROW] * 2000))
    assert code == 1
    assert "Berkas pegawai ditolak: 1 masalah ditemukan" in err
    assert f"NIP {NIP} muncul 2.000 kali di berkas (baris 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … (+1.990))" in err


def test_problems_beyond_the_cap_are_counted(capsys, office_db, tmp_path, monkeypatch):
    monkeypatch.setattr(file_limits, "MAX_PROBLEMS", 3)
    rows = [[f"1990010120150310{i + 10}", "", *ROW[2:]] for i in range(10)]
    path = write_csv(tmp_path / "a.csv", rows)
    code, _, err = run(capsys, "--db", office_db, "staff", "import", path)
    assert code == 1
    assert "10 masalah ditemukan" in err and err.rstrip().endswith("… dan 7 masalah lain.")
    code, out, _ = run(capsys, "--db", office_db, "staff", "import", path, "--json")
    data = json.loads(out)
    assert code == 1 and len(data["problems"]) == 3 and data["omitted"] == 7


def test_file_limit_message_and_exit_1(capsys, office_db, tmp_path, monkeypatch):
    monkeypatch.setattr(file_limits, "MAX_ROWS", 2)
    code, _, err = run(capsys, "--db", office_db, "staff", "import",
                       write_csv(tmp_path / "a.csv", [ROW, ROW, ROW]))
    assert code == 1 and "berisi lebih dari 2 baris data (terhenti di baris 4)" in err


def test_legacy_control_characters_are_escaped_in_terminal_and_json(capsys, office_db, tmp_path):
    assert run(capsys, "--db", office_db, "staff", "import", write_csv(tmp_path / "a.csv", [ROW]))[0] == 0
    db = Database(office_db)
    try:
        with db.reader() as r:
            pid = r.people.by_nip(NIP).id
        with db.unit_of_work("legacy") as uow:  # what an older release let through
            uow.people.update(pid, {"name": "Budi\x1b[2J\x9b31m\u202eSantoso"})
    finally:
        db.close()
    code, out, _ = run(capsys, "--db", office_db, "staff", "list")
    assert code == 0
    assert "Budi\\x1b[2J\\x9b31m\\u202eSantoso" in out
    assert not any(ch in out for ch in "\x1b\x9b\u202e")
    code, out, _ = run(capsys, "--db", office_db, "staff", "list", "--json")
    assert not any(ch in out for ch in "\x1b\x9b\u202e")
    assert json.loads(out)[0]["name"] == "Budi\x1b[2J\x9b31m\u202eSantoso"  # exact for programs
    for suffix in ("csv", "xlsx"):
        code, _, err = run(capsys, "--db", office_db, "staff", "export", tmp_path / f"e.{suffix}")
        assert code == 0, err


def test_echoed_control_characters_in_errors_are_escaped(capsys, office_db):
    code, _, err = run(capsys, "--db", office_db, "staff", "list", "--unit", "Umum\x1b]0;pwned\x07")
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err and "Umum\\x1b]0;pwned\\x07" in err


def test_export_neutralises_formulas_on_the_command_line(capsys, office_db, tmp_path):
    row = [NIP, "=HYPERLINK(\"http://x\",\"y\")", "", "@SUM(1)", *ROW[4:]]
    assert run(capsys, "--db", office_db, "staff", "import", write_csv(tmp_path / "a.csv", [row]))[0] == 0
    out = tmp_path / "e.csv"
    assert run(capsys, "--db", office_db, "staff", "export", out)[0] == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in text and "'@SUM(1)" in text


def test_non_utf8_argument_is_a_usage_error(tmp_path, data_dir):
    # Run the real program: the bytes arrive through the OS as they would from a shell.
    env = dict(os.environ, SKPDESK_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")
    args = [sys.executable.encode(), b"-m", b"skpdesk", b"--db", str(tmp_path / "x.sqlite").encode(),
            b"staff", b"list", b"--search", b"caf\xe9"]
    done = subprocess.run(args, capture_output=True, env=env, timeout=120)
    assert done.returncode == 2, done.stderr
    err = done.stderr.decode("utf-8")
    assert "bukan teks UTF-8" in err and "caf\\xe9" in err and "Traceback" not in err
