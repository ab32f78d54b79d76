"""`staff set NIP --FIELD VALUE`: change one pegawai with the rules of the staff import; the
other fields (and an atasan without NIP) stay; a broken rule exits 1 naming the column and
writes nothing."""

from __future__ import annotations

import pytest

from skpdesk.domain.people import PegawaiInput
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import journal_total, ok, run
from tests.unit.helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, three_levels

OTHER_NIP = "199203042019031004"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def team_db(tmp_path):
    """A Bupati (NON_ASN, no NIP) above the Kepala Dinas, then Kepala Bidang and a fungsional."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    services = Services.build(db, "setup")
    services.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    head, _, _ = three_levels(services)
    bupati = services.staff.add(PegawaiInput(name="H. Sutrisno", asn_type="NON_ASN",
                                             position="Bupati", position_kind="jpt",
                                             unit_path="Pemerintah Kabupaten")).value
    services.staff.set_supervisor(head.id, bupati.id)
    db.close()
    return path


def pegawai(capsys, db, nip):
    return next(p for p in ok(capsys, db, "staff", "list") if p["nip"] == nip)


def refused(capsys, db, *args, code=1):
    before = ok(capsys, db, "staff", "list")
    journal = journal_total(capsys, db)
    got, out, err = run(capsys, "--db", db, *args)
    assert got == code, (out, err)
    assert ok(capsys, db, "staff", "list") == before
    assert journal_total(capsys, db) == journal
    return err


def test_set_changes_only_the_named_fields(capsys, team_db):
    before = pegawai(capsys, team_db, NIP_STAFF)
    after = ok(capsys, team_db, "staff", "set", NIP_STAFF, "--jabatan", "Pranata Komputer Ahli Muda",
               "--jenjang", "Ahli Muda", "--gelar-belakang", "S.Kom.", "--golongan", "III/c")
    assert (after["position"], after["jenjang"], after["back_title"], after["rank"]) == \
        ("Pranata Komputer Ahli Muda", "Ahli Muda", "S.Kom.", "III/c")
    unchanged = {k: v for k, v in before.items()
                 if k not in ("position", "jenjang", "back_title", "rank", "rank_label", "full_name")}
    assert {k: after[k] for k in unchanged} == unchanged
    entries = ok(capsys, team_db, "journal", "--limit", "1")["entries"]
    assert entries[0]["entity"] == "pegawai" and set(entries[0]["fields"]) == {
        "position", "jenjang", "back_title", "rank_code"}


def test_set_keeps_an_atasan_without_nip(capsys, team_db):
    head = pegawai(capsys, team_db, NIP_HEAD)
    assert head["supervisor_name"] == "H. Sutrisno" and head["supervisor_nip"] is None
    after = ok(capsys, team_db, "staff", "set", NIP_HEAD, "--nama", "Bambang Sutrisna")
    assert after["name"] == "Bambang Sutrisna"
    assert after["supervisor_id"] == head["supervisor_id"]


def test_set_atasan_unit_and_nip(capsys, team_db):
    moved = ok(capsys, team_db, "staff", "set", NIP_STAFF, "--nip-atasan", NIP_HEAD,
               "--unit", "Dinas/Sekretariat")
    assert (moved["supervisor_nip"], moved["unit"]) == (NIP_HEAD, "Dinas/Sekretariat")
    freed = ok(capsys, team_db, "staff", "set", NIP_STAFF, "--nip-atasan", "")
    assert freed["supervisor_id"] is None
    renumbered = ok(capsys, team_db, "staff", "set", NIP_STAFF, "--nip-baru", OTHER_NIP)
    assert renumbered["nip"] == OTHER_NIP and renumbered["id"] == moved["id"]


def test_set_refuses_broken_rules_and_writes_nothing(capsys, team_db):
    err = refused(capsys, team_db, "staff", "set", NIP_STAFF, "--nip-baru", NIP_KABID)
    assert f"NIP {NIP_KABID} sudah dipakai oleh Dewi Lestari" in err
    err = refused(capsys, team_db, "staff", "set", NIP_KABID, "--jenis-jabatan", "fungsional")
    assert "Jenjang jabatan fungsional wajib diisi" in err
    err = refused(capsys, team_db, "staff", "set", NIP_STAFF, "--golongan", "V/z")
    assert 'Golongan "V/z" tidak dikenal' in err
    err = refused(capsys, team_db, "staff", "set", NIP_HEAD, "--nip-atasan", NIP_STAFF)
    assert "rantai atasan berputar" in err  # the fungsional is below the Kepala Dinas
    err = refused(capsys, team_db, "staff", "set", NIP_STAFF, "--nip-atasan", OTHER_NIP)
    assert OTHER_NIP in err
    err = refused(capsys, team_db, "staff", "set", NIP_STAFF, "--nama", "")
    assert "Nama wajib diisi" in err
    err = refused(capsys, team_db, "staff", "set", OTHER_NIP, "--nama", "Siapa")
    assert OTHER_NIP in err
    err = refused(capsys, team_db, "staff", "set", NIP_STAFF, code=2)
    assert "tidak ada yang diubah" in err


def test_set_text_output(capsys, team_db):
    code, out, err = run(capsys, "--db", team_db, "staff", "set", NIP_STAFF, "--nama", "Agus S.")
    assert code == 0, err
    assert out.startswith("Data pegawai Agus S.") and "disimpan" in out


def test_set_status_marks_a_pegawai_as_left_and_back(capsys, team_db):
    after = ok(capsys, team_db, "staff", "set", NIP_KABID, "--status", "pensiun",
               "--since", "2026-03-01")
    assert (after["employment_status"], after["status_since"]) == ("pensiun", "2026-03-01")
    # warned (her fungsional still reports to her), not refused
    assert [p["nip"] for p in after["warnings"]["active_subordinates"]] == [NIP_STAFF]
    assert pegawai(capsys, team_db, NIP_KABID)["employment_status"] == "pensiun"
    back = ok(capsys, team_db, "staff", "set", NIP_KABID, "--status", "aktif")
    assert back["employment_status"] == "aktif"


def test_set_status_with_a_bad_date_or_since_alone_writes_nothing(capsys, team_db):
    err = refused(capsys, team_db, "staff", "set", NIP_KABID, "--status", "pensiun",
                  "--since", "2026-02-30")
    assert "Sejak tanggal" in err
    refused(capsys, team_db, "staff", "set", NIP_KABID, "--since", "2026-02-01", code=2)
    refused(capsys, team_db, "staff", "set", NIP_KABID, "--status", "cuti", code=2)
