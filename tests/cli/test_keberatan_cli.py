"""The command-line contract of issue 12 for keberatan and angka kredit: `keberatan
file|explain|decide|show|list` and `ak`; the JSON keys; refusals are exit 1 with a clear
Indonesian sentence and write nothing; usage errors exit 2."""

from __future__ import annotations

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, refused, run
from tests.unit.helpers_coaching import NIP_KABID, NIP_RINA, NIP_STAFF
from tests.unit.helpers_evaluation import eval_team
from tests.unit.helpers_office import NIP_HEAD

KEBERATAN_KEYS = {"id", "evaluation_id", "nip", "name", "period", "revision", "status",
                  "status_label", "filed_on", "deadline", "reason", "filed_by", "atasan",
                  "explanations", "decision", "decision_label", "new_rating_hasil_kerja",
                  "new_rating_perilaku_kerja", "decision_note", "decided_on", "decided_by",
                  "result_evaluation_id", "evaluation", "result"}
AK_KEYS = {"nip", "name", "year", "jenjang", "koefisien", "angka_kredit", "cumulative", "basis",
           "basis_label", "years"}
AK_PERIOD_KEYS = {"period", "predikat", "predikat_code", "percentage", "jenjang", "koefisien",
                  "months", "value", "provisional"}
TODAY = ("--today", "2026-05-02")
AS_KABID = ("--as", NIP_KABID)
AS_STAFF = ("--as", NIP_STAFF)
AS_HEAD = ("--as", NIP_HEAD)
TARGET = ("--nip", NIP_STAFF, "--period", "2026-TW1")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    database = Database(path)
    eval_team(Services.build(database, "setup"))
    database.close()
    ok(capsys, path, *AS_KABID, "eval", "rate", *TARGET, "--hasil", "sesuai", "--perilaku",
       "sesuai", *TODAY)
    ok(capsys, path, *AS_KABID, "eval", "set", *TARGET, *TODAY)
    return path


def test_file_explain_decide_change_contract(capsys, db):
    k = ok(capsys, db, *AS_STAFF, "keberatan", "file", *TARGET, "--reason",
           "Realisasi belum dipertimbangkan", "--today", "2026-05-16")
    assert set(k) == KEBERATAN_KEYS
    assert k["nip"].isdigit()  # the raw NIP for scripts, as `eval show` (it had the print spaces)
    assert (k["status"], k["filed_on"], k["deadline"], k["revision"], k["decision"]) == \
        ("diajukan", "2026-05-16", "2026-05-16", 1, None)
    assert k["atasan"]["name"] == "Bambang Sutrisno" and k["evaluation"]["status"] == "ditetapkan"
    short = k["id"][:8]
    waiting = ok(capsys, db, *AS_HEAD, "keberatan", "list", "--waiting", *TODAY)
    assert [w["id"] for w in waiting] == [k["id"]]
    assert ok(capsys, db, *AS_KABID, "keberatan", "list", "--waiting", *TODAY) == []
    got = ok(capsys, db, *AS_HEAD, "keberatan", "explain", short, "--penilai", "Bukti kurang",
             "--pegawai", "Sudah diunggah", "--today", "2026-05-18")
    assert got["explanations"] == {"penilai": {"text": "Bukti kurang", "on": "2026-05-18"},
                                   "pegawai": {"text": "Sudah diunggah", "on": "2026-05-18"}}
    got = ok(capsys, db, *AS_HEAD, "keberatan", "decide", short, "--change", "--hasil",
             "diatas", "--perilaku", "diatas", "--note", "Target terlampaui", "--today",
             "2026-05-20")
    assert (got["status"], got["decision"], got["new_rating_hasil_kerja"],
            got["decided_on"]) == ("diputuskan", "ubah", "diatas", "2026-05-20")
    assert got["evaluation"]["status"] == "diganti"
    assert (got["result"]["revision"], got["result"]["status"], got["result"]["predikat"]) == \
        (2, "final", "Sangat Baik")
    shown = ok(capsys, db, "eval", "show", *TARGET, "--today", "2026-05-20")
    assert (shown["revision"], shown["status"], shown["reopen_reason"]) == \
        (2, "final", "Keputusan keberatan: Target terlampaui")
    assert ok(capsys, db, "keberatan", "show", k["id"], "--today", "2026-05-20") == got
    err = refused(capsys, db, *AS_HEAD, "keberatan", "decide", short, "--keep", "--note", "x")
    assert "sudah diputuskan" in err
    err = refused(capsys, db, *AS_KABID, "eval", "reopen", *TARGET, "--reason", "Ulang",
                  "--today", "2026-05-20")
    assert "keberatan" in err
    # text output
    code, out, _ = run(capsys, "--db", db, "keberatan", "show", short, "--today", "2026-05-20")
    assert code == 0 and "Penilaian diubah" in out and "Revisi 2 (final)" in out
    code, out, _ = run(capsys, "--db", db, "keberatan", "list")
    assert code == 0 and "Agus Santoso" in out and "Diputuskan" in out


def test_keep_makes_it_final(capsys, db):
    k = ok(capsys, db, *AS_STAFF, "keberatan", "file", *TARGET, "--reason", "Tidak setuju",
           *TODAY)
    got = ok(capsys, db, *AS_HEAD, "keberatan", "decide", k["id"], "--keep", "--note",
             "Sesuai bukti", *TODAY)
    assert (got["decision"], got["result"], got["evaluation"]["status"],
            got["evaluation"]["final_on"]) == ("tetap", None, "final", "2026-05-02")


def test_refusals_name_the_rule_and_write_nothing(capsys, db):
    err = refused(capsys, db, *AS_STAFF, "keberatan", "file", *TARGET, "--reason", "Terlambat",
                  "--today", "2026-05-17")
    assert "paling lambat tanggal 16 Mei 2026" in err
    err = refused(capsys, db, *AS_KABID, "keberatan", "file", *TARGET, "--reason", "x", *TODAY)
    assert "hanya dapat diajukan oleh pegawai yang dinilai" in err
    err = refused(capsys, db, *AS_STAFF, "keberatan", "file", "--nip", NIP_RINA, "--period",
                  "2026-TW1", "--reason", "x", *TODAY)
    assert "Rina Marlina" in err
    k = ok(capsys, db, *AS_STAFF, "keberatan", "file", *TARGET, "--reason", "Tidak setuju",
           *TODAY)
    err = refused(capsys, db, *AS_KABID, "keberatan", "decide", k["id"], "--keep", "--note", "x")
    assert "atasan pejabat penilai" in err and "Dewi Lestari" in err
    err = refused(capsys, db, *AS_HEAD, "keberatan", "decide", k["id"], "--change", "--hasil",
                  "hebat", "--note", "x")
    assert "Rating hasil kerja" in err
    err = refused(capsys, db, *AS_HEAD, "keberatan", "decide", "12345", "--keep", "--note", "x")
    assert "Keberatan" in err
    err = refused(capsys, db, *AS_HEAD, "keberatan", "decide", "ffffffff", "--keep", "--note",
                  "x")
    assert "ffffffff" in err


def test_usage_errors_exit_2(capsys, db):
    code, _, err = run(capsys, "--db", db, *AS_HEAD, "keberatan", "decide", "ffffffff",
                       "--note", "x")
    assert code == 2 and "--keep" in err
    code, _, err = run(capsys, "--db", db, *AS_HEAD, "keberatan", "decide", "ffffffff",
                       "--keep", "--change", "--note", "x")
    assert code == 2
    code, _, err = run(capsys, "--db", db, *AS_HEAD, "keberatan", "explain", "ffffffff")
    assert code == 2 and "--penilai" in err
    code, _, err = run(capsys, "--db", db, "ak", "--nip", NIP_STAFF, "--year", "2026",
                       "--months", "13")
    assert code == 2 and "1 sampai 12" in err


def test_ak_contract_and_worked_examples(capsys, db):
    ok(capsys, db, *AS_KABID, "eval", "rate", "--nip", NIP_STAFF, "--period", "2026-AKHIR",
       "--hasil", "diatas", "--perilaku", "diatas", *TODAY)
    ok(capsys, db, *AS_KABID, "eval", "set", "--nip", NIP_STAFF, "--period", "2026-AKHIR",
       *TODAY)
    got = ok(capsys, db, "ak", "--nip", NIP_STAFF, "--year", "2026")
    assert set(got) == AK_KEYS and set(got["angka_kredit"]) == {"periods", "total"}
    [item] = got["angka_kredit"]["periods"]
    assert set(item) == AK_PERIOD_KEYS
    assert (item["period"], item["predikat"], item["percentage"], item["koefisien"],
            item["months"], item["value"], item["provisional"]) == \
        ("2026-AKHIR", "Sangat Baik", 150, 12.5, 12, 18.75, False)
    assert (got["jenjang"], got["koefisien"], got["angka_kredit"]["total"], got["cumulative"],
            got["basis"]) == ("Ahli Pertama", 12.5, 18.75, 18.75, "akhir")
    got = ok(capsys, db, "ak", "--nip", NIP_STAFF, "--year", "2026", "--months", "2")
    # 2/12 × 150% × 12,5 = 3,125 -> 3,13 (half up)
    assert [(p["months"], p["value"]) for p in got["angka_kredit"]["periods"]] == [(2, 3.13)]
    code, out, _ = run(capsys, "--db", db, "ak", "--nip", NIP_STAFF, "--year", "2026")
    assert code == 0 and "18,75" in out and "Ahli Pertama" in out and "150%" in out


def test_ak_refuses_a_non_fungsional(capsys, db):
    err = refused(capsys, db, "ak", "--nip", NIP_RINA, "--year", "2026")
    assert "jabatan fungsional" in err and "Rina Marlina" in err
    err = refused(capsys, db, "ak", "--nip", "199901012020011001", "--year", "2026")
    assert "199901012020011001" in err
