"""The command-line contract of issue 9: `skpdesk me [--set NIP | --clear]`, the global
`--as NIP`, `--atas-nama ALASAN` on the workflow commands, and a closed stdout (`| head`)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import journal_total, ok, run
from tests.cli.helpers_processes import ROOT, cli_env, make_office
from tests.unit.helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, three_levels

YEAR = dt.date.today().year
UNKNOWN_NIP = "199001012015032099"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def team_db(tmp_path):
    """Kepala Dinas -> Kabid -> staff; the staff's SKP complete and in Draft."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    s.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    head, kabid, staff = three_levels(s)
    top = s.skp.create(head.id, YEAR).value
    top_rhk = s.skp.add_rhk(top.id, "Layanan digital").value
    mid = s.skp.create(kabid.id, YEAR).value
    mid_rhk = s.skp.add_rhk(mid.id, "Aplikasi terintegrasi", parent_rhk_id=top_rhk.id).value
    skp = s.skp.create(staff.id, YEAR).value
    rhk = s.skp.add_rhk(skp.id, "Modul aplikasi", parent_rhk_id=mid_rhk.id).value
    s.skp.add_indicator(rhk.id, "Jumlah modul", aspect="kuantitas", target_value="2")
    db.close()
    return path


def test_me_shows_sets_and_clears_per_database(capsys, team_db, tmp_path):
    assert ok(capsys, team_db, "me") == {"id": None, "nip": None, "name": None, "full_name": None,
                                         "position": None, "unit": None, "is_admin": None}
    code, out, _ = run(capsys, "--db", team_db, "me")
    assert code == 0 and "skpdesk me --set NIP" in out
    me = ok(capsys, team_db, "me", "--set", NIP_KABID)
    assert (me["nip"], me["name"], me["is_admin"]) == (NIP_KABID, "Dewi Lestari", False)
    assert me["unit"] == "Dinas/Bidang Aplikasi Informatika"
    code, out, _ = run(capsys, "--db", team_db, "me")
    assert "Saya adalah: Dewi Lestari" in out
    # another database has its own "Saya adalah"
    other = tmp_path / "lain.sqlite"
    make_office(other)
    assert ok(capsys, other, "me")["nip"] is None
    assert ok(capsys, team_db, "me")["nip"] == NIP_KABID
    # --as is for one command only; nothing is stored
    assert ok(capsys, team_db, "--as", NIP_STAFF, "me")["nip"] == NIP_STAFF
    assert ok(capsys, team_db, "me")["nip"] == NIP_KABID
    ok(capsys, team_db, "office", "set", "--city", "Wonosari")  # unrelated command, same file
    assert ok(capsys, team_db, "me", "--clear")["nip"] is None


def test_me_set_unknown_nip_names_the_field(capsys, team_db):
    code, _, err = run(capsys, "--db", team_db, "me", "--set", UNKNOWN_NIP)
    assert code == 1 and f"Pegawai dengan NIP {UNKNOWN_NIP} tidak ditemukan" in err
    code, _, err = run(capsys, "--db", team_db, "--as", UNKNOWN_NIP, "me")
    assert code == 1 and "(--as)" in err and UNKNOWN_NIP in err
    code, _, err = run(capsys, "--db", team_db, "me", "--set", NIP_STAFF, "--clear")
    assert code == 2


def test_workflow_needs_someone_acting_and_follows_the_role_rule(capsys, team_db):
    base = ("skp", "submit", "--nip", NIP_STAFF, "--year", YEAR)
    before = journal_total(capsys, team_db)
    code, _, err = run(capsys, "--db", team_db, *base)
    assert code == 1 and "skpdesk me --set NIP" in err and "--as NIP" in err
    code, _, err = run(capsys, "--db", team_db, "--as", NIP_HEAD, *base)
    assert code == 1 and "hanya dapat diajukan oleh pegawai pemiliknya" in err
    assert journal_total(capsys, team_db) == before
    ok(capsys, team_db, "me", "--set", NIP_STAFF)
    assert ok(capsys, team_db, *base)["status"] == "diajukan"
    # the pegawai cannot approve their own SKP; their penilai can
    code, _, err = run(capsys, "--db", team_db, "skp", "approve", "--nip", NIP_STAFF)
    assert code == 1 and "pejabat penilainya (Dewi Lestari" in err
    result = ok(capsys, team_db, "--as", NIP_KABID, "skp", "approve", "--nip", NIP_STAFF)
    assert result["status"] == "disetujui"


def test_admin_acts_atas_nama_with_the_reason_in_the_journal(capsys, team_db):
    ok(capsys, team_db, "--as", NIP_STAFF, "skp", "submit", "--nip", NIP_STAFF)
    db = Database(team_db)
    try:
        Services.build(db, "setup").office.set_setting("roles.pengelola_kinerja", NIP_HEAD)
    finally:
        db.close()
    assert ok(capsys, team_db, "--as", NIP_HEAD, "me")["is_admin"] is True
    approve = ("--db", team_db, "--as", NIP_HEAD, "skp", "approve", "--nip", NIP_STAFF)
    code, _, err = run(capsys, *approve)
    assert code == 1 and "Alasan atas nama (--atas-nama) wajib diisi" in err
    assert "--atas-nama \"ALASAN\"" in err
    code, out, err = run(capsys, *approve, "--atas-nama", "Pejabat penilai sedang cuti")
    assert code == 0, err
    entry = ok(capsys, team_db, "journal", "--limit", "1")["entries"][0]
    assert entry["fields"]["status"] == ["diajukan", "disetujui"]
    assert entry["person"]["on_behalf_of"]["nip"] == NIP_KABID
    assert entry["person"]["reason"] == "Pejabat penilai sedang cuti"
    code, out, _ = run(capsys, "--db", team_db, "journal", "--limit", "1")
    assert "atas nama Dewi Lestari" in out and "Pejabat penilai sedang cuti" in out


def test_output_closed_early_is_a_quiet_exit(tmp_path):
    """`skpdesk staff list | head`: the reader goes away before the command writes. Before the
    fix: "Terjadi kesalahan tak terduga: BrokenPipeError", exit 70 and a traceback in the log."""
    env = cli_env(tmp_path)
    path = tmp_path / "office.sqlite"
    make_office(path)
    proc = subprocess.Popen([sys.executable, "-m", "skpdesk", "--db", str(path), "staff", "list"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    proc.stdout.close()  # like `head` that has read its lines
    err = proc.stderr.read().decode("utf-8")
    proc.stderr.close()
    assert proc.wait(timeout=120) == 141, err
    assert err == ""
    log = (tmp_path / "logs" / "skpdesk.log").read_text(encoding="utf-8")
    assert "unexpected" not in log and "Traceback" not in log
