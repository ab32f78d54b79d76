"""The command-line contract of issue 12 for evaluations: `eval rate|show|set|reopen|self|note|
history|list`; the JSON keys of an evaluation; the nine matrix cells through `eval rate`; bad
input (unknown rating word, unknown period, unknown NIP) is a clear Indonesian message naming
the field, exit 1 (2 for usage), and writes nothing."""

from __future__ import annotations

import itertools

import pytest

from skpdesk.domain.evaluation import Rating, predikat_of
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, refused, run
from tests.unit.helpers_coaching import NIP_KABID, NIP_RINA, NIP_STAFF
from tests.unit.helpers_evaluation import eval_team

EVAL_KEYS = {"id", "nip", "name", "period", "revision", "status", "status_label",
             "rating_hasil_kerja", "rating_hasil_kerja_label", "rating_perilaku_kerja",
             "rating_perilaku_kerja_label", "predikat", "predikat_code", "predikat_matrix",
             "predikat_override", "override_reason", "organisation_predikat",
             "organisation_predikat_label", "hasil_from_org", "note", "rated_on", "set_on",
             "final_on", "keberatan_deadline", "reopen_reason", "self_assessment", "pegawai",
             "penilai", "atasan"}
PERSON_KEYS = {"name", "nip", "pangkat", "jabatan", "unit"}
TODAY = ("--today", "2026-05-02")
AS_KABID = ("--as", NIP_KABID)
TARGET = ("--nip", NIP_STAFF, "--period", "2026-TW1")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    path = tmp_path / "office.sqlite"
    db = Database(path)
    eval_team(Services.build(db, "setup"))
    db.close()
    return path


def test_rate_show_set_reopen_history_contract(capsys, office_db):
    db = office_db
    ev = ok(capsys, db, *AS_KABID, "eval", "rate", *TARGET, "--hasil", "diatas", "--perilaku",
            "sesuai", "--note", "Pertahankan", *TODAY)
    assert set(ev) == EVAL_KEYS
    assert set(ev["pegawai"]) == PERSON_KEYS and set(ev["self_assessment"]) == {
        "hasil", "perilaku", "reflection", "on"}
    assert (ev["status"], ev["rating_hasil_kerja"], ev["rating_hasil_kerja_label"],
            ev["predikat"], ev["predikat_code"], ev["revision"]) == (
        "draft", "diatas", "Di Atas Ekspektasi", "Baik", "baik", 1)
    assert ev["pegawai"]["nip"] == "19900101 201503 2 003"
    assert ev["penilai"]["name"] == "Dewi Lestari" and ev["organisation_predikat"] is None
    shown = ok(capsys, db, "eval", "show", *TARGET, *TODAY)
    assert shown == ev
    done = ok(capsys, db, *AS_KABID, "eval", "set", *TARGET, *TODAY)
    assert (done["status"], done["set_on"], done["keberatan_deadline"]) == (
        "ditetapkan", "2026-05-02", "2026-05-16")
    later = ok(capsys, db, "eval", "show", *TARGET, "--today", "2026-05-17")
    assert later["status"] == "final"
    err = refused(capsys, db, *AS_KABID, "eval", "rate", *TARGET, "--hasil", "sesuai",
                  "--perilaku", "sesuai", *TODAY)
    assert "skpdesk eval reopen" in err
    two = ok(capsys, db, *AS_KABID, "eval", "reopen", *TARGET, "--reason", "Salah rating",
             *TODAY)
    assert (two["revision"], two["status"], two["reopen_reason"]) == (2, "draft",
                                                                      "Salah rating")
    history = ok(capsys, db, "eval", "history", *TARGET, *TODAY)
    assert [(h["revision"], h["status"]) for h in history] == [(1, "diganti"), (2, "draft")]
    code, out, _ = run(capsys, "--db", db, "eval", "show", *TARGET, *TODAY)
    assert code == 0 and "revisi 2" in out and "Salah rating" in out


def test_the_nine_cells_through_eval_rate(capsys, office_db):
    for h, p in itertools.product(Rating, Rating):
        ev = ok(capsys, office_db, *AS_KABID, "eval", "rate", *TARGET, "--hasil", h.value,
                "--perilaku", p.value, *TODAY)
        assert ev["predikat"] == predikat_of(h, p).label
        assert ev["predikat_matrix"] == ev["predikat"] and ev["predikat_override"] is False


def test_override_self_note_and_list(capsys, office_db):
    db = office_db
    err = refused(capsys, db, *AS_KABID, "eval", "rate", *TARGET, "--hasil", "diatas",
                  "--perilaku", "sesuai", "--predikat", "Sangat Baik", *TODAY)
    assert "Alasan predikat" in err and "(Baik)" in err
    ev = ok(capsys, db, *AS_KABID, "eval", "rate", *TARGET, "--hasil", "diatas", "--perilaku",
            "sesuai", "--predikat", "Sangat Baik", "--reason", "Inovasi", *TODAY)
    assert (ev["predikat"], ev["predikat_matrix"], ev["override_reason"]) == (
        "Sangat Baik", "Baik", "Inovasi")
    mine = ok(capsys, db, "--as", NIP_STAFF, "eval", "self", *TARGET, "--hasil", "diatas",
              "--reflection", "Target tercapai", *TODAY)
    assert mine["self_assessment"]["hasil"] == "diatas"
    assert mine["self_assessment"]["reflection"] == "Target tercapai"
    note = ok(capsys, db, *AS_KABID, "eval", "note", *TARGET, "--text", "Ikut pelatihan",
              *TODAY)
    assert note["note"] == "Ikut pelatihan"
    team = ok(capsys, db, "eval", "list", "--supervisor", NIP_KABID, "--period", "2026-TW1",
              *TODAY)
    assert [m["nip"] for m in team] == [NIP_STAFF, NIP_RINA]
    assert team[0]["evaluation"]["predikat"] == "Sangat Baik" and team[1]["evaluation"] is None
    unit = ok(capsys, db, "eval", "list", "--unit", "Dinas/Bidang Aplikasi Informatika",
              "--period", "2026-TW1", *TODAY)
    assert len(unit) == 3
    code, out, _ = run(capsys, "--db", db, "eval", "list", "--supervisor", NIP_KABID,
                       "--period", "2026-TW1", *TODAY)
    assert code == 0 and "Rina Marlina" in out and "belum dinilai" in out


def test_bad_input_names_the_field_and_writes_nothing(capsys, office_db):
    db = office_db
    err = refused(capsys, db, *AS_KABID, "eval", "rate", *TARGET, "--hasil", "hebat",
                  "--perilaku", "sesuai", *TODAY)
    assert "Rating hasil kerja" in err and "hebat" in err
    err = refused(capsys, db, *AS_KABID, "eval", "rate", "--nip", NIP_STAFF, "--period",
                  "2026-TW9", "--hasil", "sesuai", "--perilaku", "sesuai", *TODAY)
    assert "2026-TW9" in err
    err = refused(capsys, db, *AS_KABID, "eval", "rate", "--nip", "199901012020121001",
                  "--period", "2026-TW1", "--hasil", "sesuai", "--perilaku", "sesuai", *TODAY)
    assert "199901012020121001" in err
    err = refused(capsys, db, "--as", NIP_RINA, "eval", "rate", *TARGET, "--hasil", "sesuai",
                  "--perilaku", "sesuai", *TODAY)
    assert "pejabat penilainya (Dewi Lestari" in err
    err = refused(capsys, db, "eval", "show", *TARGET, *TODAY)
    assert "Belum ada evaluasi kinerja" in err
    refused(capsys, db, *AS_KABID, "eval", "reopen", *TARGET, *TODAY, code=2)   # no --reason
    refused(capsys, db, "--as", NIP_STAFF, "eval", "self", *TARGET, *TODAY, code=2)


def _set_org(db_path, unit_path: str, predikat: str) -> None:
    """The predikat kinerja organisasi through a unit of work (the org-predikat command is
    helper "orgdist"'s)."""
    import datetime as dt
    db = Database(db_path)
    try:
        with db.unit_of_work("test") as uow:
            unit = uow.office.find_unit_path(unit_path)
            uow.organisation.set_org_predikat(unit.id, "2026-TW1", {
                "predikat": predikat, "set_on": dt.date(2026, 5, 2), "set_by_name": "test"})
    finally:
        db.close()


def test_organisation_predikat_applies_now_while_draft_and_is_kept_once_set(capsys, office_db):
    db = office_db
    _set_org(db, "Dinas", "baik")
    ev = ok(capsys, db, *AS_KABID, "eval", "rate", *TARGET, "--hasil", "sesuai", "--perilaku",
            "sesuai", *TODAY)
    assert (ev["organisation_predikat"], ev["organisation_predikat_label"]) == ("baik", "Baik")
    _set_org(db, "Dinas", "butuh-perbaikan")
    assert ok(capsys, db, "eval", "show", *TARGET, *TODAY)["organisation_predikat"] == \
        "butuh-perbaikan"
    done = ok(capsys, db, *AS_KABID, "eval", "set", *TARGET, *TODAY)
    assert done["organisation_predikat_label"] == "Butuh Perbaikan"
    _set_org(db, "Dinas", "istimewa")
    shown = ok(capsys, db, "eval", "show", *TARGET, *TODAY)
    assert shown["organisation_predikat"] == "butuh-perbaikan"
