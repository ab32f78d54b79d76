"""`skpdesk check-print CODE` says the status at printing and now (issue 13): a KONSEP copy of a
submitted SKP, checked after the approval, reads "BERUBAH: status Diajukan → Disetujui" (it used
to read "TIDAK BERUBAH" when only the status moved); the JSON keeps its keys and adds the
statuses, the record and the period."""

from __future__ import annotations

import json

import pytest

from skpdesk.app import main
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.helpers_office import NIP_KABID, NIP_STAFF
from tests.unit.helpers_print import YEAR, build_print_office


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kantor.sqlite"
    database = Database(path)
    services = Services.build(database, "test")
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    build_print_office(services)
    database.close()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def skp_step(capsys, db, action: str, nip: str, *extra) -> None:
    code, _, err = run(capsys, "--db", db, "--as", nip, "skp", action, "--nip", NIP_STAFF,
                       "--year", YEAR, *extra)
    assert code == 0, err


def test_approval_after_a_konsep_print_reads_berubah_with_both_statuses(capsys, db, tmp_path):
    skp_step(capsys, db, "submit", NIP_STAFF)
    code, out, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--year", YEAR,
                         "--out", tmp_path / "agus.pdf", "--json")
    assert code == 0, err
    printed = json.loads(out)["printed"][0]
    code, stdout, _ = run(capsys, "--db", db, "check-print", printed["code"])
    assert code == 0
    assert f"revisi {printed['revision']}, status Diajukan" in stdout
    assert "TIDAK BERUBAH" in stdout

    skp_step(capsys, db, "approve", NIP_KABID)
    code, stdout, _ = run(capsys, "--db", db, "check-print", printed["code"])
    assert code == 0
    assert "BERUBAH: status Diajukan → Disetujui" in stdout and "TIDAK BERUBAH" not in stdout
    assert "Revisi kini  :" in stdout and "status Disetujui" in stdout

    code, out, _ = run(capsys, "--db", db, "check-print", printed["code"], "--json")
    shown = json.loads(out)
    assert code == 0 and shown["changed"] is True
    assert (shown["printed_status"], shown["current_status"]) == ("diajukan", "disetujui")
    assert (shown["printed_status_label"], shown["current_status_label"]) == (
        "Diajukan", "Disetujui")
    assert shown["kind"] == "skp" and shown["record_id"] == printed["skp_id"]
    assert shown["period"] is None
    for key in ("code", "skp_id", "year", "pegawai", "printed_revision", "current_revision",
                "printed_at"):  # the keys of before stay (contract)
        assert key in shown
