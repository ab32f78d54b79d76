"""`skpdesk check` and `check --repair` on the attachments store, through the real entry point:
the Indonesian sentences, the exit code, the JSON, and the quarantine folder on disk."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from skpdesk.services.context import Services
from skpdesk.services.evidence.attachment_check import RECENT_SECONDS
from skpdesk.storage.database import Database
from tests.unit.helpers_evidence_rows import add_evidence, put_file
from tests.unit.helpers_office import three_levels

from .helpers_commands import ok, run

PDF = b"%PDF-1.4\nlaporan kegiatan\n%%EOF\n"
UNUSED = b"%PDF-1.4\nsisa penyalinan\n%%EOF\n"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path) -> Path:
    """An office whose store holds one used and one unused (old) file."""
    path = tmp_path / "kantor" / "kantor.sqlite"
    database = Database(path)
    services = Services.build(database, "test")
    services.office.init_office("Dinas Contoh", "Wonosari")
    _, _, staff = three_levels(services)
    skp = services.skp.create(staff.id, 2026).value
    rhk = services.skp.add_rhk(skp.id, "Tersedianya aplikasi").value
    add_evidence(database, skp.id, rhk.id, PDF, original_name="laporan.pdf")
    unused = path.parent / "attachments" / put_file(database, UNUSED)
    old = time.time() - 2 * RECENT_SECONDS
    os.utime(unused, (old, old))
    database.close()
    return path


def _store(db: Path) -> Path:
    return db.parent / "attachments"


def test_check_reports_an_unused_file_as_a_warning_and_exits_0(capsys, db):
    code, out, err = run(capsys, "--db", db, "check", "--year", "2026")
    assert code == 0, err
    name = hashlib.sha256(UNUSED).hexdigest() + ".pdf"
    assert f"Berkas {name} (1 KB) di folder attachments tidak dipakai catatan mana pun" in out
    answer = ok(capsys, db, "check", "--year", "2026")
    [warning] = [w for w in answer["warnings"] if w["code"] == "attachment_unused"]
    assert warning["entity_id"] == name and warning["params"]["temp"] is False


def test_check_reports_a_tampered_file_as_an_error_and_exits_1(capsys, db):
    used = _store(db) / (hashlib.sha256(PDF).hexdigest() + ".pdf")
    used.write_bytes(PDF + b"diubah")
    code, out, err = run(capsys, "--db", db, "check", "--year", "2026")
    assert code == 1
    assert "KESALAHAN (1):" in out and "diubah atau rusak" in out and '"laporan.pdf"' in out
    assert "Pemeriksaan menemukan 1 kesalahan" in err


def test_repair_quarantines_the_unused_file_and_says_where(capsys, db):
    used = _store(db) / (hashlib.sha256(PDF).hexdigest() + ".pdf")
    used.write_bytes(PDF + b"diubah")  # tampered but referenced: never moved
    code, out, err = run(capsys, "--db", db, "check", "--year", "2026", "--repair")
    assert code == 1  # the tampered file is still an error for a person to decide
    [folder] = list((db.parent / "karantina").iterdir())
    assert f"1 berkas lampiran yang tidak dipakai dipindahkan ke karantina: {folder}" in out
    name = hashlib.sha256(UNUSED).hexdigest() + ".pdf"
    assert (folder / name).read_bytes() == UNUSED and not (_store(db) / name).exists()
    assert used.read_bytes() == PDF + b"diubah"
    assert "tidak dipakai catatan mana pun" not in out  # the check after the repair
    code, out, _ = run(capsys, "--db", db, "check", "--year", "2026", "--repair", "--json")
    answer = json.loads(out)
    assert answer["quarantine"] == {"folder": None, "moved": [], "kept_recent": [], "failed": []}
    assert [e["code"] for e in answer["errors"]] == ["attachment_tampered"]
