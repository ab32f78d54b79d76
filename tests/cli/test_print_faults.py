"""Printing under kills and signals, with the real `skpdesk` command in a subprocess.

A print is killed (SIGKILL, as a power cut would) at each named moment of its work
(`skpdesk.services.fault_points`, SKPDESK_FAULT=kill:<point>[:<n>]); afterwards every PDF
that is visible in the folder must have all its document codes known to `check-print`, and the
next run removes the temp files the killed one left. Pool workers must end with their parent
whether it is killed, terminated or interrupted.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from skpdesk.domain.errors import DomainError
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.office_copy import copy_office

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL, process groups, /proc")

CODE = re.compile(r"SKP-[0-9A-Z]{5}-[0-9A-Z]{5}")
YEAR = "2026"
DEADLINE = 120  # seconds: a hung child fails the test instead of hanging the suite


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The 40-pegawai demo office, made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "kantor.sqlite"
    done = _skpdesk("--db", path, "demo", data=folder)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def db(demo_db, tmp_path) -> Path:
    path = tmp_path / "data" / "kantor.sqlite"
    path.parent.mkdir()
    return copy_office(demo_db, path)


def _env(data: Path, fault: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SKPDESK_FAULT"}
    env["SKPDESK_DATA_DIR"] = str(data)
    if fault:
        env["SKPDESK_FAULT"] = fault
    return env


def _command(*args) -> list[str]:
    return [sys.executable, "-m", "skpdesk", *map(str, args)]


def _skpdesk(*args, data: Path, fault: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(_command(*args), env=_env(data, fault), capture_output=True, text=True,
                          timeout=DEADLINE)


def _codes_in(pdf: Path) -> list[str]:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    return sorted(set(CODE.findall(text)))


def _unknown_codes(db: Path, pdfs: list[Path]) -> dict[str, list[str]]:
    """For each PDF, the codes on its pages that `check-print` does not know."""
    database = Database(db)
    try:
        services = Services.build(database, "test")
        unknown: dict[str, list[str]] = {}
        for pdf in pdfs:
            codes = _codes_in(pdf)
            assert codes, f"{pdf.name} has no document code"
            for code in codes:
                try:
                    services.skp_document.check_print(code)
                except DomainError:
                    unknown.setdefault(pdf.name, []).append(code)
        return unknown
    finally:
        database.close()


def _visible_pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".pdf" and not p.name.startswith("."))


def _temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- a kill at each moment of a combined print
@pytest.mark.parametrize("point", [
    "print.document:20",   # laying out the 20th SKP of the combined file
    "print.rendered",      # the temp file is complete, nothing recorded yet
    "print.recorded",      # the codes are committed, the file not yet renamed into place
    "print.published",     # the file is in place
])
def test_a_killed_combined_print_never_leaves_a_pdf_with_unknown_codes(db, tmp_path, point):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "semua.pdf"
    killed = _skpdesk("--db", db, "print", "skp", "--all", "--year", YEAR, "--combined", target,
                      data=db.parent, fault=f"kill:{point}")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _unknown_codes(db, _visible_pdfs(out)) == {}
    published = point == "print.published"
    assert [p.name for p in _visible_pdfs(out)] == (["semua.pdf"] if published else [])
    assert bool(_temp_files(out)) is not published  # the kill left its temp file

    again = _skpdesk("--db", db, "print", "skp", "--all", "--year", YEAR, "--combined", target,
                     data=db.parent)
    assert again.returncode == 0, again.stderr
    assert _temp_files(out) == []  # the killed run's temp file is cleaned up
    assert [p.name for p in _visible_pdfs(out)] == ["semua.pdf"]
    assert _unknown_codes(db, [target]) == {}
    assert len(_codes_in(target)) > 30


# --- a kill at each moment of a one-file-per-pegawai print
@pytest.mark.parametrize("processes", ["1", "2"])
@pytest.mark.parametrize("point", ["print.rendered:5", "print.recorded:5", "print.published:5"])
def test_a_killed_batch_leaves_only_files_whose_codes_are_known(db, tmp_path, point, processes):
    out = tmp_path / "out"
    killed = _skpdesk("--db", db, "print", "skp", "--all", "--year", YEAR, "--out-dir", out,
                      "--processes", processes, data=db.parent, fault=f"kill:{point}")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    published = _visible_pdfs(out)
    assert len(published) >= 4
    assert _unknown_codes(db, published) == {}

    again = _skpdesk("--db", db, "print", "skp", "--all", "--year", YEAR, "--out-dir", out,
                     data=db.parent)
    assert again.returncode == 0, again.stderr
    assert _temp_files(out) == []
    assert len(_visible_pdfs(out)) > 30
    assert _unknown_codes(db, _visible_pdfs(out)) == {}


# --- pool workers end with their parent
def _proc_stat(pid: int) -> tuple[int, str, str] | None:
    """(parent pid, state, start time) of a live process, None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return int(fields[1]), fields[0], fields[19]


def _descendants(root: int) -> dict[int, str]:
    """Every process below `root` (pid -> start time), from /proc."""
    children: dict[int, list[int]] = {}
    starts: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _proc_stat(int(entry.name))
            if stat is not None:
                children.setdefault(stat[0], []).append(int(entry.name))
                starts[int(entry.name)] = stat[2]
    found: dict[int, str] = {}
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = starts[child]
            todo.append(child)
    return found


def _survivors(processes: dict[int, str]) -> list[int]:
    """The processes of `processes` still running (same pid and start time, not a zombie)."""
    alive = []
    for pid, started in processes.items():
        stat = _proc_stat(pid)
        if stat is not None and stat[2] == started and stat[1] != "Z":
            alive.append(pid)
    return alive


def _wait_until_gone(processes: dict[int, str]) -> list[int]:
    deadline = time.monotonic() + 30
    while _survivors(processes) and time.monotonic() < deadline:
        time.sleep(0.1)
    return _survivors(processes)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "SIGINT"])
def test_pool_workers_end_when_the_parent_ends(db, tmp_path, how):
    out = tmp_path / "out"
    parent = subprocess.Popen(
        _command("--db", db, "print", "skp", "--all", "--year", YEAR, "--out-dir", out,
                 "--processes", "2"),
        env=_env(db.parent, "pause:print.pool-running"), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True)
    workers: dict[int, str] = {}
    try:
        line = ""
        while "paused at print.pool-running" not in line:
            line = parent.stderr.readline()
            assert line, "the print ended before its pool was running"
        workers = _descendants(parent.pid)
        assert len(workers) >= 2, workers  # two workers (and multiprocessing's helper)
        if how == "SIGINT":  # Ctrl+C in a terminal reaches the whole foreground group
            os.killpg(parent.pid, signal.SIGINT)
        else:
            parent.send_signal(getattr(signal, how))
        code = parent.wait(timeout=DEADLINE)
        assert _wait_until_gone(workers) == []
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in _survivors(workers):  # never leave a stray process behind a failed test
            os.kill(pid, signal.SIGKILL)
    expected = {"SIGKILL": -signal.SIGKILL, "SIGTERM": 143, "SIGINT": 130}[how]
    assert code == expected


# --- a database file that cannot be written
def _read_only_command(db: Path, args: list) -> list[str]:
    """`args` run with the database file read-only. Root may write any file whatever its mode,
    so as root the file is bind-mounted read-only in a private mount namespace (EROFS, as on a
    write-protected medium); anyone else gets a plain chmod 0444."""
    if os.geteuid() != 0:
        db.chmod(0o444)
        return _command(*args)
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                            'mount --bind -o ro "$1" "$1"', "sh", str(db)], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"root without mount namespaces cannot make a file read-only: {probe.stderr!r}")
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c",
            'mount --bind -o ro "$1" "$1" && shift && exec "$@"', "sh", str(db), *_command(*args)]


@pytest.mark.parametrize("how", [
    ["--nip", "198703152010012004", "--out", "{out}/satu.pdf"],
    ["--all", "--combined", "{out}/semua.pdf"],
    ["--all", "--out-dir", "{out}"],
    ["--all", "--out-dir", "{out}", "--processes", "2"],
], ids=["one", "combined", "out-dir", "pool"])
def test_a_read_only_database_gives_a_clear_message_and_no_pdf(db, tmp_path, how):
    out = tmp_path / "out"
    out.mkdir()
    nip = _a_nip_with_an_skp(db)
    args = ["--db", db, "print", "skp", "--year", YEAR,
            *[a.replace("{out}", str(out)).replace("198703152010012004", nip) for a in how]]
    done = subprocess.run(_read_only_command(db, args), env=_env(db.parent), capture_output=True,
                          text=True, timeout=DEADLINE)
    assert done.returncode == 1, done.stderr
    assert "hanya dapat dibaca" in done.stderr and "tidak ada PDF yang dibuat" in done.stderr
    assert "SQL" not in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in out.iterdir()) == []  # no PDF, no temp file


def _a_nip_with_an_skp(db: Path) -> str:
    database = Database(db)
    try:
        services = Services.build(database, "test")
        for pegawai in services.staff.list():
            try:
                services.skp_document.for_pegawai(pegawai.id, int(YEAR))
            except DomainError:
                continue
            return pegawai.nip
    finally:
        database.close()
    raise AssertionError("the demo office has no SKP")


@pytest.mark.parametrize("how, expected", [("SIGTERM", 143), ("SIGINT", 130)])
def test_a_combined_print_stopped_by_a_signal_leaves_nothing(db, tmp_path, how, expected):
    out = tmp_path / "out"
    out.mkdir()
    parent = subprocess.Popen(
        _command("--db", db, "print", "skp", "--all", "--year", YEAR, "--combined",
                 out / "semua.pdf"),
        env=_env(db.parent, "pause:print.document:5"), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while "paused at print.document" not in line:
            line = parent.stderr.readline()
            assert line, "the print ended before it was paused"
        assert _temp_files(out)  # the combined file is being written
        parent.send_signal(getattr(signal, how))
        code = parent.wait(timeout=DEADLINE)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
    assert code == expected
    assert sorted(p.name for p in out.iterdir()) == []  # neither the PDF nor its temp file


# --- a pool worker dies (SIGKILL, as the out-of-memory killer would)
@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_a_dead_pool_worker_stops_the_batch_with_a_clear_message(db, tmp_path, json_output):
    """Each worker kills itself at its third render, with the temp file open: the pool breaks.
    Before the fix the next submit raised BrokenProcessPool (exit 70, a traceback)."""
    out = tmp_path / "out"
    args = ["--db", db, *(["--json"] if json_output else []), "print", "skp", "--all",
            "--year", YEAR, "--out-dir", out, "--processes", "2"]
    done = _skpdesk(*args, data=db.parent, fault="kill:print.render:3")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "BrokenProcessPool" not in done.stdout + done.stderr
    published = _visible_pdfs(out)
    assert _temp_files(out) == []  # the dead worker's and the terminated workers' files are gone
    assert _unknown_codes(db, published) == {}
    if json_output:
        import json
        report = json.loads(done.stdout)
        assert report["ok"] is False and report["stopped"]["reason"] == "print_worker_died"
        assert "--processes 1" in report["stopped"]["message"]
        assert sorted(Path(p["file"]).name for p in report["printed"]) == \
            [p.name for p in published]
        assert report["not_printed"]
        printed_nips = {p["nip"] for p in report["printed"]}
        assert printed_nips.isdisjoint(m["nip"] for m in report["not_printed"])
    else:
        assert "proses pencetak berhenti tiba-tiba" in done.stdout
        assert "--processes 1" in done.stdout
        assert f"Sudah dicetak: {len(published)} pegawai" in done.stdout
        assert all(p.name in done.stdout for p in published)
        assert "Belum dicetak:" in done.stdout

    again = _skpdesk("--db", db, "print", "skp", "--all", "--year", YEAR, "--out-dir", out,
                     "--processes", "1", data=db.parent)
    assert again.returncode == 0, again.stderr
    assert len(_visible_pdfs(out)) > 30
