"""The command-line contract of issue 12 for the organisation predicate, the distribution
check and advisory inputs: `org-predikat set|show|list|clear`, `eval distribution
(--supervisor|--unit) --period --json` (keys, counts by label, violations), `masukan
add|summary`; refusals are Indonesian sentences, exit 1 (2 for usage), and write nothing."""

from __future__ import annotations

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, refused, run
from tests.unit.helpers_coaching import NIP_ADMIN, NIP_KABID, NIP_RINA, NIP_STAFF
from tests.unit.helpers_evaluation import MAY, TW1, act, eval_team
from tests.unit.helpers_office import NIP_HEAD

BIDANG = "Dinas/Bidang Aplikasi Informatika"
ORG_KEYS = {"id", "unit_id", "unit", "period", "predikat", "predikat_label", "set_on", "set_by",
            "note"}
DIST_KEYS = {"scope", "period", "organisation_predikat", "organisation_predikat_label", "counts",
             "total", "unrated", "violations", "notes", "rules"}
VIOLATION_KEYS = {"rule", "wording", "predikat", "count", "total", "percent", "required_min",
                  "required_max", "message"}
LABELS = ["Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik"]
TODAY = ("--today", MAY.isoformat())


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    """eval_team, with Agus and Rina rated Baik (drafts) by the Kepala Bidang."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    t = eval_team(s)
    act(s, t["kabid"])
    for skp in (t["skp"], t["rina_skp"]):
        s.evaluations.rate(skp.id, TW1, hasil="sesuai", perilaku="sesuai", today=MAY)
    db.close()
    return path


def test_org_predikat_set_show_list_clear(capsys, office_db):
    db = office_db
    record = ok(capsys, db, "org-predikat", "set", "--unit", BIDANG, "--period", TW1,
                "--predikat", "baik", "--note", "Capaian TW I", "--as", NIP_HEAD, *TODAY)
    assert set(record) == ORG_KEYS
    assert record["predikat"] == "baik" and record["predikat_label"] == "Baik"
    assert record["unit"] == "Dinas / Bidang Aplikasi Informatika"
    assert record["set_on"] == "2026-05-02" and record["set_by"] == "Bambang Sutrisno"
    shown = ok(capsys, db, "org-predikat", "show", "--unit", BIDANG, "--period", TW1)
    assert shown["own"] is True and shown["id"] == record["id"]
    assert [r["id"] for r in ok(capsys, db, "org-predikat", "list", "--period", TW1)] == [
        record["id"]]
    code, out, _ = run(capsys, "--db", db, "org-predikat", "show", "--unit", BIDANG,
                       "--period", TW1)
    assert code == 0 and "Baik" in out and "Bambang Sutrisno" in out
    cleared = ok(capsys, db, "org-predikat", "clear", "--unit", BIDANG, "--period", TW1,
                 "--as", NIP_ADMIN)
    assert cleared["id"] == record["id"]
    assert ok(capsys, db, "org-predikat", "show", "--unit", BIDANG, "--period", TW1) is None


def test_org_predikat_refusals(capsys, office_db):
    db = office_db
    err = refused(capsys, db, "org-predikat", "set", "--unit", BIDANG, "--period", TW1,
                  "--predikat", "baik", "--as", NIP_KABID, *TODAY)
    assert "pimpinan di atasnya" in err and "Bambang Sutrisno" in err
    err = refused(capsys, db, "org-predikat", "set", "--unit", BIDANG, "--period", TW1,
                  "--predikat", "hebat", "--as", NIP_HEAD, *TODAY)
    assert "Predikat kinerja organisasi" in err and "hebat" in err
    err = refused(capsys, db, "org-predikat", "set", "--unit", "Dinas/Gudang", "--period", TW1,
                  "--predikat", "baik", "--as", NIP_HEAD, *TODAY)
    assert "Dinas/Gudang" in err
    refused(capsys, db, "org-predikat", "set", "--unit", BIDANG, "--period", TW1, code=2)


def test_eval_distribution_json_contract(capsys, office_db):
    db = office_db
    ok(capsys, db, "org-predikat", "set", "--unit", BIDANG, "--period", TW1, "--predikat",
       "istimewa", "--as", NIP_HEAD, *TODAY)
    result = ok(capsys, db, "eval", "distribution", "--supervisor", NIP_KABID, "--period", TW1)
    assert set(result) == DIST_KEYS
    assert result["organisation_predikat"] == "istimewa"
    assert result["organisation_predikat_label"] == "Istimewa"
    assert list(result["counts"]) == LABELS
    assert result["counts"] == {"Sangat Kurang": 0, "Kurang/Misconduct": 0,
                                "Butuh Perbaikan": 0, "Baik": 2, "Sangat Baik": 0}
    assert result["total"] == 2 and result["unrated"] == 0 and result["period"] == TW1
    (v,) = result["violations"]
    assert set(v) == VIOLATION_KEYS
    assert v["rule"] == "istimewa.sebagian_besar_sangat_baik"
    assert v["wording"] == '"sebagian besar (maksimal 70%)" pegawai Sangat Baik'
    assert v["predikat"] == ["Sangat Baik"] and v["count"] == 0 and v["total"] == 2
    assert v["percent"] == 0.0 and v["required_min"] == 2 and v["required_max"] == 2
    assert "0 dari 2 pegawai" in v["message"]
    # The text output: the table and the violation.
    code, out, _ = run(capsys, "--db", db, "eval", "distribution", "--supervisor", NIP_KABID,
                       "--period", TW1)
    assert code == 0 and "Istimewa" in out and "Sangat Baik" in out and "! Predikat" in out


def test_eval_distribution_without_org_predikat_and_by_unit(capsys, office_db):
    result = ok(capsys, office_db, "eval", "distribution", "--unit", "Dinas", "--period", TW1)
    assert result["organisation_predikat"] is None
    assert result["organisation_predikat_label"] is None
    assert result["violations"] == [] and result["rules"] == []
    assert any("belum ditetapkan" in n for n in result["notes"])
    assert result["total"] == 2 and result["unrated"] == 1     # the Kepala Bidang not rated


def test_eval_distribution_usage_errors(capsys, office_db):
    code, _, err = run(capsys, "--db", office_db, "eval", "distribution", "--period", TW1)
    assert code == 2
    code, _, err = run(capsys, "--db", office_db, "eval", "distribution", "--unit", "Dinas",
                       "--supervisor", NIP_KABID, "--period", TW1)
    assert code == 2
    code, _, err = run(capsys, "--db", office_db, "eval", "distribution", "--supervisor",
                       "199999999999999999", "--period", TW1)
    assert code == 1 and "199999999999999999" in err


def test_masukan_add_and_summary(capsys, office_db):
    db = office_db
    for _ in range(3):
        added = ok(capsys, db, "masukan", "add", "--nip", NIP_STAFF, "--period", TW1,
                   "--source", "rekan", "--rating", "sesuai", "--comment", "Teliti",
                   "--as", NIP_RINA, *TODAY)
    assert set(added) == {"id", "nip", "period", "source", "recorded_on"}
    summary = ok(capsys, db, "masukan", "summary", "--nip", NIP_STAFF, "--period", TW1)
    rekan = summary[0]
    assert set(rekan) == {"source", "source_label", "answered", "shown", "counts", "comments"}
    assert rekan["source"] == "rekan" and rekan["answered"] == 3 and not rekan["shown"]
    assert rekan["counts"] is None and rekan["comments"] == []
    ok(capsys, db, "masukan", "add", "--nip", NIP_STAFF, "--period", TW1, "--source", "rekan",
       "--rating", "diatas", "--as", NIP_RINA, *TODAY)
    rekan = ok(capsys, db, "masukan", "summary", "--nip", NIP_STAFF, "--period", TW1)[0]
    assert rekan["shown"] and rekan["counts"] == {"diatas": 1, "sesuai": 3, "dibawah": 0}
    assert rekan["comments"] == ["Teliti"] * 3
    err = refused(capsys, db, "masukan", "add", "--nip", NIP_STAFF, "--period", TW1,
                  "--source", "rekan", "--rating", "sesuai", "--as", NIP_STAFF, *TODAY)
    assert "dirinya sendiri" in err or "itu sendiri" in err
    err = refused(capsys, db, "masukan", "add", "--nip", NIP_STAFF, "--period", TW1,
                  "--source", "teman", "--as", NIP_RINA, *TODAY)
    assert "Sumber masukan" in err and "teman" in err
