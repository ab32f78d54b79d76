"""Staff exports and the import template are written through `atomic_files` (issue 7): the temp
file a killed export left is removed by the next export into the folder, and an export that
fails half-way leaves neither a temp file nor a damaged target."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skpdesk.domain.errors import ErrorCode
from skpdesk.services import atomic_files
from skpdesk.services.staff_file_reading import COLUMNS
from skpdesk.services.staff_files import StaffFilesService

from .helpers_temp_files import ended_pid, running, temp_of  # noqa: F401 - running is a fixture

KADIS, STAFF = "197001012000031001", "199001012015031003"
ROWS = [
    [KADIS, "Ahmad Fauzi", "Dr.", "M.Si.", "PNS", "IV/c", "Kepala Dinas", "jpt", "", "Pimpinan", "", ""],
    [STAFF, "Budi Santoso", "", "S.Sos.", "PNS", "III/b", "Analis", "pelaksana", "", "Sekretariat",
     KADIS, ""],
]
TARGETS = {"csv": "pegawai.csv", "xlsx": "pegawai.xlsx", "template": "template-pegawai.xlsx"}


def _temp_of(target: Path, pid: int) -> Path:
    return temp_of(target, pid, b"PK\x03\x04 half an export")


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "in.csv"
    source.write_text("\n".join(",".join(row) for row in [COLUMNS, *ROWS]) + "\n", encoding="utf-8")
    return source


def _service_with_staff(db, tmp_path: Path) -> StaffFilesService:
    service = StaffFilesService(db, "test")
    service.import_file(_source(tmp_path))
    return service


def _write(service: StaffFilesService, kind: str, target: Path) -> None:
    if kind == "template":
        service.write_template(target)
    else:
        service.export_file(target)


@pytest.mark.parametrize("kind", list(TARGETS))
def test_the_next_export_removes_what_a_killed_one_left(office, db, tmp_path, running, kind):
    service = _service_with_staff(db, tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / TARGETS[kind]
    killed = _temp_of(target, ended_pid())
    legacy = folder / f".{target.name}.k3j_x9a2.tmp"  # the unnamed temp of earlier versions
    legacy.write_bytes(b"half")
    then = time.time() - atomic_files.STALE_AFTER_SECONDS - 60
    os.utime(legacy, (then, then))
    in_progress = _temp_of(folder / "lain.xlsx", running)  # another export still writing

    _write(service, kind, target)

    assert sorted(p.name for p in folder.iterdir()) == sorted([target.name, in_progress.name])
    assert not killed.exists() and not legacy.exists()
    if kind != "template":
        assert [r["nip"] for r in service.read_rows(target)] == [KADIS, STAFF]


# Run in a child process: run inside pytest, a failed XLSX save (openpyxl leaves its ZipFile to
# the garbage collector, whose __del__ then fails) was followed by a SystemError ("AST constructor
# recursion depth mismatch", CPython 3.11.7) when hypothesis' pytest plugin imported hypothesis at
# the end of the run. The cause is not pinned down; a plain script does not show it.
FAILING_EXPORT = """
import hashlib, resource, signal, sys
from pathlib import Path
from skpdesk.domain.errors import DomainError
from skpdesk.services.context import Services
from skpdesk.services.staff_files import StaffFilesService
from skpdesk.storage.database import Database

data, source, target, kind = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
db = Database(data / "skpdesk.sqlite")
Services.build(db, "test").office.init_office("Dinas Contoh", "Wonosari")
service = StaffFilesService(db, "test")
service.import_file(source)
write = service.write_template if kind == "template" else service.export_file
write(target)  # the previous export
print(hashlib.sha256(target.read_bytes()).hexdigest())
# Writes past 64 bytes now fail with EFBIG (a full disk, for one file); every export is longer.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
try:
    write(target)
except DomainError as error:
    print(error.code.name)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="file size limits are POSIX")
@pytest.mark.parametrize("kind", list(TARGETS))
def test_an_export_failing_mid_write_leaves_no_temp_file_and_the_old_file(tmp_path, kind):
    source = _source(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / TARGETS[kind]

    child = subprocess.run([sys.executable, "-c", FAILING_EXPORT, str(tmp_path / "data"),
                            str(source), str(target), kind],
                           capture_output=True, text=True, timeout=120)

    assert child.returncode == 0, child.stderr
    previous_hash, code = child.stdout.split()
    assert code == ErrorCode.FILE_UNWRITABLE.name
    assert [p.name for p in folder.iterdir()] == [target.name]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == previous_hash
