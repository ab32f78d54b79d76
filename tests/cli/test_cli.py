"""End-to-end tests of the `skpdesk` command on temporary databases.

Most tests call the in-process entry point `skpdesk.app.main([...])` with `--db`; a few run the
real `python -m skpdesk` in a subprocess with SKPDESK_DATA_DIR pointing into tmp_path.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from skpdesk import __version__
from skpdesk.app import main
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.office_copy import copy_office

YEAR = dt.date.today().year
DEMO_EMPLOYEES = 24
UNKNOWN_NIP = "199001012015032099"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Never touch the real user data folder: the default database lives under tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(folder))
    return folder


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """One demo database for the session; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--employees", str(DEMO_EMPLOYEES), "--seed", "11"]) == 0
    return path


@pytest.fixture
def demo_db(tmp_path, demo_template):
    return copy_office(demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def office_db(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    code, _, err = run(capsys, "--db", path, "init", "--instansi", "Dinas Kominfo Kabupaten Contoh",
                       "--city", "Wonosari")
    assert code == 0, err
    return path


def journal_count(capsys, db) -> int:
    return run_json(capsys, "--db", db, "journal", "--limit", "1")["total"]


def pegawai_with_skp(capsys, db, *, statuses=None):
    """(pegawai json, skp json) of demo pegawai that have an SKP this year, subordinates first."""
    people = run_json(capsys, "--db", db, "staff", "list")
    found = []
    for p in sorted(people, key=lambda p: p["supervisor_nip"] is None):
        if p["asn_type"] == "NON_ASN" or not p["nip"]:
            continue
        code, out, _ = run(capsys, "--db", db, "skp", "show", "--nip", p["nip"], "--json")
        if code == 0:
            skp = json.loads(out)
            if statuses is None or skp["status"] in statuses:
                found.append((p, skp))
    return found


# --- basics

def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"skpdesk {__version__}"


def test_no_command_opens_the_window_on_the_default_database(capsys, data_dir, monkeypatch):
    from skpdesk.ui.shell import gui_app

    seen = {}

    def fake_run_gui(services, paths, argv, **kwargs):
        seen.update(db=paths.db, pegawai=services.staff.count())
        return 0

    monkeypatch.setattr(gui_app, "run_gui", fake_run_gui)
    code, out, err = run(capsys)
    assert code == 0, err
    assert seen == {"db": (data_dir / "skpdesk.sqlite").resolve(), "pegawai": 0}
    assert (data_dir / "skpdesk.sqlite").is_file()


def test_help_is_indonesian(capsys):
    code, out, _ = run(capsys, "skp", "return", "--help")
    assert code == 0
    assert "catatan" in out and "--nip" in out


# --- init and paths

def test_init_creates_database_and_folders(capsys, tmp_path):
    db = tmp_path / "kantor" / "x.sqlite"
    code, out, err = run(capsys, "--db", db, "init", "--instansi", "Dinas Kominfo", "--city", "Wonosari")
    assert code == 0, err
    assert "Instansi dibuat: Dinas Kominfo (Wonosari)" in out
    assert db.is_file()
    for folder in ("attachments", "backups", "logs"):
        assert (db.parent / folder).is_dir()
    assert (db.parent / "logs" / "skpdesk.log").is_file()
    assert run_json(capsys, "--db", db, "staff", "list") == []


def test_init_twice_is_refused(capsys, office_db):
    before = journal_count(capsys, office_db)
    code, out, err = run(capsys, "--db", office_db, "init", "--instansi", "Lain", "--city", "Kota")
    assert code == 1
    assert "Instansi sudah dibuat" in err
    assert journal_count(capsys, office_db) == before


def test_init_json_and_db_after_subcommand(capsys, tmp_path):
    db = tmp_path / "y.sqlite"
    result = run_json(capsys, "init", "--instansi", "Badan X", "--kota", "Bantul", "--db", db)
    assert result["ok"] is True and result["instansi"]["name"] == "Badan X"
    assert result["instansi"]["city"] == "Bantul" and Path(result["db"]) == db.resolve()


def test_default_database_in_data_dir(capsys, data_dir):
    code, _, err = run(capsys, "init", "--instansi", "Dinas Y", "--city", "Sleman")
    assert code == 0, err
    assert (data_dir / "skpdesk.sqlite").is_file()
    assert {p.name for p in data_dir.iterdir()} >= {"skpdesk.sqlite", "attachments", "backups", "logs"}


def test_reading_a_missing_database_creates_nothing(capsys, tmp_path):
    db = tmp_path / "nothing" / "none.sqlite"
    code, out, err = run(capsys, "--db", db, "staff", "list")
    assert code == 1
    assert f"Basis data {db} belum ada." in err and "skpdesk init" in err
    assert not db.parent.exists()


def test_migration_backup_is_announced(capsys, office_db, monkeypatch):
    import skpdesk.app as app

    class Migrated(Database):
        def __init__(self, path, backups_dir=None, **options):
            super().__init__(path, backups_dir, **options)
            self.last_backup = Path(backups_dir) / "x-before-0002.sqlite"

    monkeypatch.setattr(app, "Database", Migrated)
    code, _, err = run(capsys, "--db", office_db, "staff", "list")
    assert code == 0
    assert "Salinan sebelum pembaruan disimpan di" in err and "x-before-0002.sqlite" in err


# --- argument errors write nothing

def test_bad_year_is_a_usage_error(capsys, office_db):
    code, out, err = run(capsys, "--db", office_db, "skp", "show", "--nip", UNKNOWN_NIP, "--year", "abc")
    assert code == 2
    assert "--year" in err and "tahun harus berupa angka" in err


def test_demo_json_reports_its_year_of_dialogs(capsys, tmp_path):
    report = run_json(capsys, "--db", tmp_path / "demo.sqlite", "demo", "--seed", "3",
                      "--year", "2025")
    assert report["today"] == "2025-12-20"  # a past year: the demo's "today" is fixed
    assert report["dialogs"] >= 20 and report["follow_ups"] > 0 and report["feedback"] > 0


def test_bad_employee_count_creates_no_database(capsys, tmp_path):
    db = tmp_path / "demo0.sqlite"
    code, _, err = run(capsys, "--db", db, "demo", "--employees", "0")
    assert code == 2
    assert "--employees" in err and "jumlah pegawai harus dari 5" in err
    assert not db.exists()


def test_missing_import_file(capsys, office_db, tmp_path):
    before = journal_count(capsys, office_db)
    code, _, err = run(capsys, "--db", office_db, "staff", "import", tmp_path / "tidak-ada.xlsx")
    assert code == 1
    assert "Berkas" in err and "tidak-ada.xlsx tidak ditemukan" in err
    assert journal_count(capsys, office_db) == before


def test_unknown_nip_message(capsys, office_db):
    code, out, err = run(capsys, "--db", office_db, "skp", "show", "--nip", UNKNOWN_NIP)
    assert code == 1
    assert f"Pegawai dengan NIP {UNKNOWN_NIP} tidak ditemukan." in err


def test_domain_error_with_json_is_machine_readable(capsys, office_db):
    code, out, err = run(capsys, "--db", office_db, "staff", "list", "--unit", "Bidang Nirwana", "--json")
    assert code == 1
    error = json.loads(out)["error"]
    assert error["code"] == "unit_not_found" and error["field"] == "unit"
    assert "Unit kerja \"Bidang Nirwana\" tidak ditemukan." == error["message"]
    assert "Unit kerja" in err


def test_unexpected_error_exits_70_and_names_the_log(capsys, office_db, monkeypatch):
    from skpdesk.services.journal import JournalService

    def boom(self, limit=50):
        raise RuntimeError("disk meledak")

    monkeypatch.setattr(JournalService, "recent", boom)
    code, _, err = run(capsys, "--db", office_db, "journal")
    assert code == 70
    assert "Terjadi kesalahan tak terduga" in err and "disk meledak" in err
    log_file = office_db.parent / "logs" / "skpdesk.log"
    assert str(log_file) in err
    assert "RuntimeError: disk meledak" in log_file.read_text(encoding="utf-8")


# --- demo and staff

def test_demo_then_staff_list(capsys, demo_db):
    people = run_json(capsys, "--db", demo_db, "staff", "list")
    assert len(people) == DEMO_EMPLOYEES  # the demo counts the NON_ASN Bupati too
    asn = [p for p in people if p["asn_type"] != "NON_ASN"]
    assert len(asn) == DEMO_EMPLOYEES - 1
    keys = {"id", "nip", "name", "full_name", "position", "position_kind", "rank", "unit",
            "supervisor_nip", "asn_type", "jenjang"}
    for p in people:
        assert keys <= p.keys()
    nips = {p["nip"] for p in people if p["nip"]}
    assert all(p["supervisor_nip"] in nips for p in people if p["supervisor_nip"])
    assert any(p["position_kind"] == "fungsional" and p["jenjang"] for p in people)
    one = asn[0]
    found = run_json(capsys, "--db", demo_db, "staff", "list", "--search", one["nip"])
    assert [p["id"] for p in found] == [one["id"]]
    by_unit = run_json(capsys, "--db", demo_db, "staff", "list", "--unit", one["unit"])
    assert one["id"] in {p["id"] for p in by_unit} and all(p["unit"] == one["unit"] for p in by_unit)
    code, out, _ = run(capsys, "--db", demo_db, "staff", "list")
    assert code == 0 and "NIP" in out and one["name"] in out


def test_demo_refuses_a_non_empty_database(capsys, demo_db, office_db):
    for db in (demo_db, office_db):
        before = journal_count(capsys, db)
        code, _, err = run(capsys, "--db", db, "demo", "--employees", "5")
        assert code == 1
        assert "basis data kosong" in err
        assert journal_count(capsys, db) == before


def test_staff_template_export_import_roundtrip(capsys, demo_db, tmp_path):
    template = tmp_path / "templat.xlsx"
    code, out, err = run(capsys, "staff", "template", "--out", template)  # needs no database
    assert code == 0, err
    assert template.is_file()

    exported = tmp_path / "pegawai.xlsx"
    code, out, err = run(capsys, "--db", demo_db, "staff", "export", exported)
    assert code == 0, err
    assert exported.is_file()

    second = tmp_path / "second.sqlite"
    assert run(capsys, "--db", second, "init", "--instansi", "Dinas Kedua", "--city", "Bantul")[0] == 0
    report = run_json(capsys, "--db", second, "staff", "import", exported)
    original = run_json(capsys, "--db", demo_db, "staff", "list")
    assert report["ok"] is True and report["created"] == report["rows"] == len(original)

    fields = ("nip", "name", "front_title", "back_title", "asn_type", "rank", "position",
              "position_kind", "jenjang", "unit", "supervisor_nip")

    def key(p):
        return tuple(p[f] for f in fields)
    copied = run_json(capsys, "--db", second, "staff", "list")
    assert sorted(map(key, copied), key=str) == sorted(map(key, original), key=str)

    again = run_json(capsys, "--db", second, "staff", "import", exported)
    assert again["unchanged"] == again["rows"] and again["created"] == again["updated"] == 0
    code, out, err = run(capsys, "--db", second, "staff", "import", exported)
    assert code == 0 and "tidak berubah" in out


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    columns = ["nip", "nama", "gelar_depan", "gelar_belakang", "jenis_asn", "golongan", "jabatan",
               "jenis_jabatan", "jenjang", "unit", "nip_atasan", "nip_atasan_penilai"]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def test_bad_import_lists_every_problem_and_writes_nothing(capsys, office_db, tmp_path):
    bad = tmp_path / "buruk.csv"
    _write_csv(bad, [
        {"nip": "197001012000031001", "nama": "Bambang Sutrisno", "jenis_asn": "PNS",
         "golongan": "IV/c", "jabatan": "Kepala Dinas", "jenis_jabatan": "jpt", "unit": "Dinas"},
        {"nip": "19850315201001100", "nama": "Dewi Lestari", "jenis_asn": "PNS", "golongan": "IV/z",
         "jabatan": "Kepala Bidang", "jenis_jabatan": "administrator", "unit": "Dinas/Bidang"},
        {"nip": "199001012015032003", "nama": "", "jenis_asn": "PNS", "golongan": "III/b",
         "jabatan": "Pranata Komputer", "jenis_jabatan": "fungsional", "jenjang": "Ahli Pertama",
         "unit": "Dinas/Bidang", "nip_atasan": UNKNOWN_NIP},
    ])
    before = journal_count(capsys, office_db)
    code, out, err = run(capsys, "--db", office_db, "staff", "import", bad)
    assert code == 1
    assert "Berkas pegawai ditolak" in err and "tidak ada data yang disimpan" in err
    assert "Baris" in err and "Kolom" in err and "Masalah" in err
    assert "NIP harus 18 digit (terisi 17 digit)." in err
    assert "Golongan \"IV/z\" tidak dikenal" in err
    assert "Nama wajib diisi." in err
    assert f"NIP atasan {UNKNOWN_NIP} tidak ditemukan" in err

    code, out, err = run(capsys, "--db", office_db, "staff", "import", bad, "--json")
    assert code == 1
    result = json.loads(out)
    assert result["ok"] is False
    problems = {(p["row"], p["column"], p["code"]) for p in result["problems"]}
    assert problems == {(3, "nip", "nip_length"), (3, "golongan", "rank_unknown"),
                        (4, "nama", "field_required"), (4, "nip_atasan", "supervisor_not_found")}
    assert all(p["message"] for p in result["problems"])
    assert run_json(capsys, "--db", office_db, "staff", "list") == []
    assert journal_count(capsys, office_db) == before


# --- SKP

def test_skp_show(capsys, demo_db):
    pegawai, skp = pegawai_with_skp(capsys, demo_db)[0]
    assert {"id", "nip", "name", "year", "period_start", "period_end", "approach", "form", "status",
            "status_note", "revision", "rhk", "behaviours", "lampiran"} <= skp.keys()
    assert skp["nip"] == pegawai["nip"] and skp["year"] == YEAR
    assert skp["period_start"] == f"{YEAR}-01-01"
    assert skp["rhk"], "demo SKPs have RHK"
    for rhk in skp["rhk"]:
        assert {"id", "kind", "position", "text", "parent_rhk_id", "parent_rhk_text", "perspective",
                "assignment_from", "indicators"} <= rhk.keys()
        for ind in rhk["indicators"]:
            assert {"aspect", "text", "target_value", "target_unit", "target"} <= ind.keys()
    assert len(skp["behaviours"]) == 7
    assert {"value", "guides", "expectation"} <= skp["behaviours"][0].keys()
    assert skp["behaviours"][0]["value"] == "Berorientasi Pelayanan"
    assert set(skp["lampiran"]) == {"dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi"}

    code, out, err = run(capsys, "--db", demo_db, "skp", "show", "--nip", pegawai["nip"], "--year", YEAR)
    assert code == 0, err
    for label in ("A. UTAMA", "B. TAMBAHAN", "Pendekatan", "Status", "PERILAKU KERJA",
                  "DUKUNGAN SUMBER DAYA", skp["rhk"][0]["text"][:30]):
        assert label in out


def _status_changes(capsys, db, skp_id):
    entries = run_json(capsys, "--db", db, "journal", "--limit", "500")["entries"]
    mine = [e for e in reversed(entries) if e["entity"] == "skp" and e["entity_id"] == skp_id
            and "status" in e["fields"]]
    return [tuple(e["fields"]["status"]) for e in mine]


def test_skp_workflow(capsys, demo_db):
    candidates = pegawai_with_skp(capsys, demo_db, statuses={"draft", "diajukan", "disetujui"})
    pegawai, skp = next((p, s) for p, s in candidates
                        if all(r["indicators"] for r in s["rhk"]))
    nip = pegawai["nip"]
    # `--as`: the pegawai submits, the pejabat penilai (the atasan) returns, approves, reopens.
    base = ("--db", demo_db, "--as", nip, "skp")
    penilai = ("--db", demo_db, "--as", pegawai["supervisor_nip"], "skp")

    def status():
        return run_json(capsys, *base, "show", "--nip", nip)["status"]

    # Bring the demo SKP to Draft first, whatever the demo made of it.
    if skp["status"] == "diajukan":
        assert run(capsys, *penilai, "return", "--nip", nip, "--note", "awal")[0] == 0
    elif skp["status"] == "disetujui":
        assert run(capsys, *penilai, "reopen", "--nip", nip, "--note", "awal")[0] == 0
    assert status() == "draft"
    history_before = _status_changes(capsys, demo_db, skp["id"])

    code, out, err = run(capsys, *base, "submit", "--nip", nip)
    assert code == 0, err
    assert "Status: Diajukan" in out
    assert status() == "diajukan"

    code, out, err = run(capsys, *penilai, "return", "--nip", nip)
    assert code == 1
    assert "Catatan wajib diisi saat SKP dikembalikan" in err and "--note" in err
    assert status() == "diajukan"

    note = "Target kuantitas RHK 1 terlalu rendah"
    result = run_json(capsys, *penilai, "return", "--nip", nip, "--note", note)
    assert result["status"] == "draft" and result["status_note"] == note
    assert run_json(capsys, *base, "submit", "--nip", nip)["status"] == "diajukan"
    code, out, err = run(capsys, *penilai, "approve", "--nip", nip, "--year", YEAR)
    assert code == 0 and "Status: Disetujui" in out
    assert status() == "disetujui"

    code, _, err = run(capsys, *base, "submit", "--nip", nip)
    assert code == 1 and "SKP berstatus Disetujui tidak dapat diajukan" in err
    code, _, err = run(capsys, *penilai, "reopen", "--nip", nip)
    assert code == 1 and "dibuka kembali" in err
    result = run_json(capsys, *penilai, "reopen", "--nip", nip, "--note", "Perubahan struktur organisasi")
    assert result["status"] == "draft"
    assert result["status_note"] == "Perubahan struktur organisasi"

    changes = _status_changes(capsys, demo_db, skp["id"])[len(history_before):]
    assert changes == [("draft", "diajukan"), ("diajukan", "draft"), ("draft", "diajukan"),
                       ("diajukan", "disetujui"), ("disetujui", "draft")]
    code, out, _ = run(capsys, "--db", demo_db, "journal", "--limit", "5")
    assert code == 0 and "status: disetujui → draft" in out


def test_skp_create(capsys, office_db):
    from tests.unit.helpers_office import NIP_HEAD, three_levels
    db = Database(office_db)
    try:
        three_levels(Services.build(db, "test"))
    finally:
        db.close()
    result = run_json(capsys, "--db", office_db, "skp", "create", "--nip", NIP_HEAD,
                      "--approach", "kualitatif")
    assert result["status"] == "draft" and result["approach"] == "kualitatif"
    assert result["form"] == "jpt" and result["year"] == YEAR
    code, _, err = run(capsys, "--db", office_db, "skp", "create", "--nip", NIP_HEAD)
    assert code == 1 and "sudah memiliki SKP tahun" in err
    code, _, err = run(capsys, "--db", office_db, "--as", NIP_HEAD, "skp", "submit", "--nip", NIP_HEAD)
    assert code == 1 and "belum ada RHK Utama" in err
    code, _, err = run(capsys, "--db", office_db, "skp", "show", "--nip", NIP_HEAD, "--year", YEAR + 1)
    assert code == 1 and f"SKP tahun {YEAR + 1} belum ada" in err


def test_copy_from_last_year(capsys, demo_db):
    pegawai, skp = pegawai_with_skp(capsys, demo_db)[0]
    nip = pegawai["nip"]
    code, out, err = run(capsys, "--db", demo_db, "skp", "copy-from-last-year", "--nip", nip,
                         "--year", YEAR + 1)
    assert code == 0, err
    assert f"SKP disalin dari tahun {YEAR}" in out
    copy = run_json(capsys, "--db", demo_db, "skp", "show", "--nip", nip, "--year", YEAR + 1)
    assert copy["status"] == "draft" and copy["id"] != skp["id"]
    assert [(r["kind"], r["text"]) for r in copy["rhk"]] == [(r["kind"], r["text"]) for r in skp["rhk"]]
    assert copy["lampiran"] == skp["lampiran"]

    code, _, err = run(capsys, "--db", demo_db, "skp", "copy-from-last-year", "--nip", nip,
                       "--year", YEAR + 1)
    assert code == 1 and f"sudah memiliki SKP tahun {YEAR + 1}" in err
    code, _, err = run(capsys, "--db", demo_db, "skp", "copy-from-last-year", "--nip", nip,
                       "--year", YEAR - 5)
    assert code == 1 and f"Tidak ada SKP tahun {YEAR - 6} untuk disalin." in err


# --- cascade, journal, check

def _make_orphan(db_path: Path) -> str:
    """Unlink one subordinate's Utama RHK from its supervisor RHK, through the services."""
    db = Database(db_path)
    try:
        services = Services.build(db, "test")
        for pegawai in services.staff.list():
            skp = services.skp.find(pegawai.id, YEAR)
            if skp is None or pegawai.supervisor_id is None:
                continue
            linked = [r for r in skp.rhk if r.kind.value == "utama" and r.parent_rhk_id]
            if not linked:
                continue
            services.acting.act_as_id(pegawai.supervisor_id)  # the pejabat penilai
            if skp.status.value == "diajukan":
                services.skp.return_to_draft(skp.id, "lepas tautan")
            elif skp.status.value == "disetujui":
                services.skp.reopen(skp.id, "lepas tautan")
            services.skp.update_rhk(linked[0].id, parent_rhk_id=None)
            return linked[0].id
    finally:
        db.close()
    raise AssertionError("the demo has no linked subordinate RHK")


def test_cascade_shows_an_orphan(capsys, demo_db):
    tree = run_json(capsys, "--db", demo_db, "cascade")
    assert tree["roots"]
    before = {n["rhk_id"] for n in tree["problems"]}
    orphan = _make_orphan(demo_db)
    assert orphan not in before

    tree = run_json(capsys, "--db", demo_db, "cascade", "--year", YEAR)
    problems = {n["rhk_id"]: n["problem"] for n in tree["problems"]}
    assert problems[orphan] == "orphan"
    flat = run_json(capsys, "--db", demo_db, "cascade", "--problems-only")
    assert orphan in {n["rhk_id"] for n in flat["roots"]}

    code, out, _ = run(capsys, "--db", demo_db, "cascade")
    assert code == 0 and "[YATIM]" in out and "Masalah kaskade" in out
    code, out, _ = run(capsys, "--db", demo_db, "cascade", "--problems-only")
    assert code == 0 and out.count("[YATIM]") >= 2  # the node and the summary line


def test_cascade_for_a_supervisor_and_matrix(capsys, demo_db):
    people = run_json(capsys, "--db", demo_db, "staff", "list")
    supervisor_nips = {p["supervisor_nip"] for p in people if p["supervisor_nip"]}
    with_skp = {p["nip"] for p, _ in pegawai_with_skp(capsys, demo_db)}
    boss = next(n for n in sorted(supervisor_nips) if n in with_skp)
    tree = run_json(capsys, "--db", demo_db, "cascade", "--supervisor", boss)
    assert tree["roots"] and all(r["nip"] == boss or r["problem"] for r in tree["roots"])
    matrix = run_json(capsys, "--db", demo_db, "cascade", "--matrix", "--supervisor", boss)
    assert matrix["supervisor_nip"] == boss and matrix["columns"] and matrix["rows"]
    code, out, _ = run(capsys, "--db", demo_db, "cascade", "--matrix", "--supervisor", boss)
    assert code == 0 and "Matriks Peran Hasil" in out
    code, _, err = run(capsys, "--db", demo_db, "cascade", "--matrix")
    assert code == 2 and "--supervisor" in err


def test_journal_lists_changes(capsys, office_db):
    result = run_json(capsys, "--db", office_db, "journal", "--limit", "3")
    assert result["total"] >= 8  # the instansi and seven core values
    assert len(result["entries"]) == 3
    entry = result["entries"][0]
    assert {"at", "actor", "entity", "entity_id", "op", "fields"} <= entry.keys()
    assert "@" in entry["actor"]
    code, out, _ = run(capsys, "--db", office_db, "journal")
    assert code == 0 and "core_value" in out and "Perubahan" in out
    code, _, err = run(capsys, "--db", office_db, "journal", "--limit", "0")
    assert code == 2 and "--limit" in err


def test_check_passes_on_demo_and_fails_after_side_door_write(capsys, demo_db):
    code, out, err = run(capsys, "--db", demo_db, "check")
    assert code == 0, out + err
    assert "tidak ada kesalahan" in out
    assert run_json(capsys, "--db", demo_db, "check", "--year", YEAR)["ok"] is True

    pegawai = next(p for p in run_json(capsys, "--db", demo_db, "staff", "list") if p["nip"])
    con = sqlite3.connect(demo_db)
    with con:
        con.execute("UPDATE pegawai SET nip = '12345' WHERE id = ?", (pegawai["id"],))
    con.close()

    code, out, err = run(capsys, "--db", demo_db, "check")
    assert code == 1
    assert "KESALAHAN" in out and f"NIP 12345 milik {pegawai['name']}" in out
    assert "NIP harus 18 digit (terisi 5 digit)." in out
    assert "kesalahan" in err
    code, out, _ = run(capsys, "--db", demo_db, "check", "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False
    assert {"nip_invalid"} <= {f["code"] for f in result["errors"]}


# --- the real entry point

def _subprocess(args, data_dir):
    env = dict(os.environ, SKPDESK_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "skpdesk", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


def test_subprocess_version_and_no_command(data_dir):
    done = _subprocess(["--version"], data_dir)
    assert done.returncode == 0
    assert done.stdout.strip() == f"skpdesk {__version__}"
    done = _subprocess(["--quit-after-show"], data_dir)  # the window, closed once shown
    assert done.returncode == 0 and "window-shown" in done.stdout, done.stderr


def test_subprocess_init_and_staff_list(data_dir):
    done = _subprocess(["init", "--instansi", "Dinas Proses", "--city", "Klaten"], data_dir)
    assert done.returncode == 0, done.stderr
    assert (data_dir / "skpdesk.sqlite").is_file()
    assert (data_dir / "logs" / "skpdesk.log").is_file()
    done = _subprocess(["staff", "list", "--json"], data_dir)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_unexpected_error_before_any_database_is_still_logged(capsys, tmp_path, monkeypatch):
    from skpdesk.services.staff_files import StaffFilesService

    def boom(self, path):
        raise OSError("pita macet")

    monkeypatch.setattr(StaffFilesService, "write_template", boom)
    db = tmp_path / "fresh" / "x.sqlite"
    code, _, err = run(capsys, "--db", db, "staff", "template", "--out", tmp_path / "t.xlsx")
    assert code == 70
    log_file = db.parent / "logs" / "skpdesk.log"
    assert str(log_file) in err
    assert "OSError: pita macet" in log_file.read_text(encoding="utf-8")
    assert not db.exists()


def test_unreadable_and_newer_databases_are_refused(capsys, tmp_path, office_db):
    text_file = tmp_path / "catatan.sqlite"
    text_file.write_text("bukan basis data", encoding="utf-8")
    code, _, err = run(capsys, "--db", text_file, "staff", "list")
    assert code == 1 and f"Berkas {text_file} bukan basis data SKP Desk" in err

    con = sqlite3.connect(office_db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    code, _, err = run(capsys, "--db", office_db, "staff", "list")
    assert code == 1 and "versi SKP Desk yang lebih baru (skema 9999_future)" in err
