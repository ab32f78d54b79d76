"""The command-line contract of issue 11 for periods, rencana aksi and realisasi: `period
list|set-rhythm|set-deadline|clear-deadline`, `rencana-aksi set|clear|list`, `realisasi
set|clear|list`; JSON keys; bad input (unknown RHK, indicator or period, closed period, role)
is a clear Indonesian message, exit 1 (2 for usage), and writes nothing."""

from __future__ import annotations

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, refused, run
from tests.unit.helpers_coaching import NIP_ADMIN, NIP_KABID, NIP_RINA, NIP_STAFF, team

PERIOD_KEYS = {"name", "label", "kind", "year", "start", "end", "deadline", "deadline_set",
               "closed", "rhythm"}
PLAN_KEYS = {"id", "nip", "rhk", "rhk_id", "period", "text", "target", "updated_on", "author"}
REALISASI_KEYS = {"id", "nip", "rhk", "rhk_id", "indicator", "indicator_id", "period", "value",
                  "entered_on", "entered_by"}
TODAY = ("--today", "2026-04-01")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    """helpers_coaching's team; Agus' RHK 1 has two indicators."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    t = team(s)
    for text in ("Jumlah dokumen", "Ketepatan waktu"):
        s.skp.add_indicator(t["rhk1"].id, text, aspect="kuantitas", target_value="4",
                            target_unit="Dokumen")
    db.close()
    return path


def test_period_list_and_set_rhythm_and_deadline(capsys, office_db):
    db = office_db
    listed = ok(capsys, db, "period", "list", "--year", "2026", *TODAY)
    assert [p["name"] for p in listed] == ["2026-TW1", "2026-TW2", "2026-TW3", "2026-TW4",
                                           "2026-AKHIR"]
    assert set(listed[0]) == PERIOD_KEYS
    assert listed[0] == {"name": "2026-TW1", "label": "Triwulan I 2026", "kind": "triwulanan",
                         "year": 2026, "start": "2026-01-01", "end": "2026-03-31",
                         "deadline": "2026-04-10", "deadline_set": False, "closed": False,
                         "rhythm": "triwulanan"}
    assert ok(capsys, db, "period", "list", "--year", "2026", "--today", "2026-04-11")[0]["closed"]
    sem = ok(capsys, db, "--as", NIP_ADMIN, "period", "set-rhythm", "semester", "--year", "2026")
    assert [p["name"] for p in sem] == ["2026-S1", "2026-S2", "2026-AKHIR"]
    monthly = ok(capsys, db, "--as", NIP_ADMIN, "period", "set-rhythm", "--rhythm", "bulanan", "--year", "2026")
    assert len(monthly) == 13 and monthly[0]["name"] == "2026-01"
    ok(capsys, db, "--as", NIP_ADMIN, "period", "set-rhythm", "triwulanan", "--year", "2026")
    one = ok(capsys, db, "--as", NIP_ADMIN, "period", "set-deadline", "2026-Q1", "2026-04-20")
    assert (one["name"], one["deadline"], one["deadline_set"]) == ("2026-TW1", "2026-04-20", True)
    two = ok(capsys, db, "--as", NIP_ADMIN, "period", "set-deadline", "--period", "2026-TW2", "--date", "2026-07-31")
    assert two["deadline"] == "2026-07-31"
    back = ok(capsys, db, "--as", NIP_ADMIN, "period", "clear-deadline", "2026-TW1")
    assert (back["deadline"], back["deadline_set"]) == ("2026-04-10", False)
    code, out, _ = run(capsys, "--db", db, "period", "list", "--year", "2026", *TODAY)
    assert code == 0 and "Triwulan II 2026" in out and "2026-07-31" in out and "terbuka" in out


def test_period_bad_input(capsys, office_db):
    db = office_db
    err = refused(capsys, db, "--as", NIP_ADMIN, "period", "set-rhythm", "mingguan", "--year", "2026")
    assert "mingguan" in err and "bulanan" in err
    err = refused(capsys, db, "--as", NIP_ADMIN, "period", "set-deadline", "2026-TW1", "2026-03-01")
    assert "Batas pengisian" in err and "31 Maret 2026" in err
    err = refused(capsys, db, "--as", NIP_ADMIN, "period", "set-deadline", "2026-TW9", "2026-05-01")
    assert "bukan nama periode" in err
    refused(capsys, db, "--as", NIP_ADMIN, "period", "set-deadline", "2026-TW1", "besok")
    refused(capsys, db, "--as", NIP_ADMIN, "period", "set-rhythm", "--year", "2026", code=2)      # no rhythm
    refused(capsys, db, "--as", NIP_ADMIN, "period", "set-deadline", "2026-TW1", code=2)           # no date
    refused(capsys, db, "--as", NIP_ADMIN, "period", "set-rhythm", "semester", "--rhythm", "bulanan", code=2)
    err = refused(capsys, db, "--as", NIP_STAFF, "period", "set-deadline", "2026-TW1", "2026-05-01")
    assert "pengelola kinerja" in err and "Agus Santoso" in err


def test_rencana_aksi_set_list_clear(capsys, office_db):
    db = office_db
    plan = ok(capsys, db, "--as", NIP_STAFF, "rencana-aksi", "set", "--nip", NIP_STAFF, "--rhk",
              "A.1", "--period", "2026-TW1", "--text", "Menyusun rancangan", "--target",
              "1 dokumen", *TODAY)
    assert set(plan) == PLAN_KEYS
    assert (plan["nip"], plan["rhk"], plan["period"], plan["text"], plan["target"],
            plan["updated_on"], plan["author"]) == (NIP_STAFF, "A.1", "2026-TW1",
                                                    "Menyusun rancangan", "1 dokumen",
                                                    "2026-04-01", "Agus Santoso")
    ok(capsys, db, "--as", NIP_KABID, "rencana-aksi", "set", "--nip", NIP_STAFF, "--rhk", "2",
       "--period", "2026-TW2", "--text", "Memelihara basis data", *TODAY)
    listed = ok(capsys, db, "rencana-aksi", "list", "--nip", NIP_STAFF, "--year", "2026")
    assert [(p["period"], p["rhk"]) for p in listed] == [("2026-TW1", "A.1"), ("2026-TW2", "A.2")]
    assert [p["rhk"] for p in ok(capsys, db, "rencana-aksi", "list", "--nip", NIP_STAFF,
                                 "--period", "2026-Q2")] == ["A.2"]
    code, out, _ = run(capsys, "--db", db, "rencana-aksi", "list", "--nip", NIP_STAFF,
                       "--year", "2026")
    assert code == 0 and "Menyusun rancangan" in out and "Agus Santoso" in out
    cleared = ok(capsys, db, "--as", NIP_STAFF, "rencana-aksi", "clear", "--nip", NIP_STAFF,
                 "--rhk", "1", "--period", "2026-TW1", *TODAY)
    assert cleared["cleared"] is True and cleared["period"] == "2026-TW1"
    assert len(ok(capsys, db, "rencana-aksi", "list", "--nip", NIP_STAFF, "--year", "2026")) == 1


def test_realisasi_set_list_clear(capsys, office_db):
    db = office_db
    found = ok(capsys, db, "--as", NIP_ADMIN, "realisasi", "set", "--nip", NIP_STAFF, "--rhk", "1",
               "--indicator", "2", "--period", "2026-TW1", "--value", "tepat waktu", *TODAY)
    assert set(found) == REALISASI_KEYS
    assert (found["rhk"], found["indicator"], found["period"], found["value"],
            found["entered_on"], found["entered_by"]) == ("A.1", 2, "2026-TW1", "tepat waktu",
                                                          "2026-04-01", "Wahyu Pratama")
    listed = ok(capsys, db, "realisasi", "list", "--nip", NIP_STAFF, "--period", "2026-TW1")
    assert [r["id"] for r in listed] == [found["id"]]
    assert ok(capsys, db, "realisasi", "list", "--nip", NIP_STAFF, "--period", "2026-TW2") == []
    cleared = ok(capsys, db, "--as", NIP_STAFF, "realisasi", "clear", "--nip", NIP_STAFF, "--rhk",
                 "1", "--indicator", "2", "--period", "2026-TW1", *TODAY)
    assert cleared["cleared"] is True and cleared["indicator"] == 2


def test_plans_bad_input_writes_nothing(capsys, office_db):
    db = office_db
    base = ("realisasi", "set", "--nip", NIP_STAFF, "--rhk", "1", "--indicator", "1",
            "--period", "2026-TW1", "--value", "1")
    err = refused(capsys, db, "--as", NIP_STAFF, *base, "--today", "2026-04-11")
    assert "sudah ditutup" in err and "10 April 2026" in err and "period set-deadline" in err
    err = refused(capsys, db, "--as", NIP_RINA, *base, *TODAY)
    assert "Rina Marlina" in err
    err = refused(capsys, db, "--as", NIP_STAFF, "realisasi", "set", "--nip", NIP_STAFF, "--rhk",
                  "1", "--indicator", "3", "--period", "2026-TW1", "--value", "1", *TODAY)
    assert "Indikator" in err and "3 pada RHK 1" in err
    err = refused(capsys, db, "--as", NIP_STAFF, "rencana-aksi", "set", "--nip", NIP_STAFF,
                  "--rhk", "7", "--period", "2026-TW1", "--text", "x", *TODAY)
    assert "RHK" in err and "7" in err
    err = refused(capsys, db, "--as", NIP_STAFF, "rencana-aksi", "set", "--nip", NIP_STAFF,
                  "--rhk", "1", "--period", "2026-05", "--text", "x", *TODAY)
    assert "2026-TW1, 2026-TW2, 2026-TW3, 2026-TW4, 2026-AKHIR" in err
    err = refused(capsys, db, "--as", NIP_STAFF, "rencana-aksi", "set", "--nip", NIP_STAFF,
                  "--rhk", "1", "--period", "2027-TW1", "--text", "x", *TODAY)
    assert "2027" in err  # no SKP for 2027
    err = refused(capsys, db, "--as", NIP_STAFF, "rencana-aksi", "set", "--nip", NIP_STAFF,
                  "--rhk", "1", "--period", "2026-TW1", "--text", "   ", *TODAY)
    assert "Rencana aksi wajib diisi" in err
    refused(capsys, db, "realisasi", "set", "--nip", NIP_STAFF, "--rhk", "1", "--period",
            "2026-TW1", "--value", "1", code=2)  # --indicator missing
