"""The command-line contract of issue 10 for umpan balik and bimbingan: `feedback add|list`,
`coaching feedback|competency|show`, `print coaching-feedback|competency|dialog`; bad input is a
clear Indonesian message and writes nothing (the journal count stays)."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest

from skpdesk.domain.dialog import B18_STATEMENTS
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import journal_total, ok, run
from tests.unit.helpers_coaching import NIP_ADMIN, NIP_KABID, NIP_RINA, NIP_STAFF, YEAR, make_dialog, team

ANSWERS = "1,2,1,2,1,3,1,2,1"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    """The team of helpers_coaching, a coaching dialog and a confidential konseling with Agus."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    t = team(s)
    coaching = make_dialog(s, [t["staff"]], author=t["kabid"], led_by=t["kabid"])
    secret = make_dialog(s, [t["staff"]], kind="konseling", author=t["kabid"], led_by=t["kabid"],
                         notes="Masalah pribadi")
    pemantauan = make_dialog(s, [t["staff"]], kind="pemantauan", author=t["kabid"])
    db.close()
    return path, {"coaching": coaching, "secret": secret, "pemantauan": pemantauan}


def refused(capsys, db, *args, code=1):
    before = journal_total(capsys, db)
    exit_code, out, err = run(capsys, "--db", db, *args)
    assert exit_code == code, (out, err)
    assert journal_total(capsys, db) == before
    return err


def test_feedback_add_and_list(capsys, office_db):
    db, _ = office_db
    fb = ok(capsys, db, "--as", NIP_KABID, "feedback", "add", "--nip", NIP_STAFF, "--rhk", "A.2",
            "--period", "2026-03", "--text", "Laporan Maret tepat waktu.", "--date", "2026-03-31")
    assert (fb["target"], fb["period"], fb["period_label"], fb["date"]) == \
        ("rhk", "2026-03", "Maret 2026", "2026-03-31")
    assert fb["target_label"].startswith("RHK 2: ") and fb["author"]["nip"] == NIP_KABID
    value = ok(capsys, db, "--as", NIP_ADMIN, "feedback", "add", "--nip", NIP_STAFF, "--value", "1",
               "--period", "2026-TW1", "--text", "Sigap melayani.")
    assert (value["target"], value["period"]) == ("core_value", "2026-Q1")
    listed = ok(capsys, db, "feedback", "list", "--nip", NIP_STAFF, "--year", str(YEAR))
    assert {f["id"] for f in listed["feedback"]} == {fb["id"], value["id"]}
    assert ok(capsys, db, "feedback", "list", "--nip", NIP_STAFF, "--year", "2027")["feedback"] == []
    code, out, _ = run(capsys, "--db", db, "feedback", "list", "--nip", NIP_STAFF)
    assert code == 0 and "Laporan Maret tepat waktu." in out and "Triwulan I 2026" in out


@pytest.mark.parametrize("args, words", [
    (["--rhk", "3", "--period", "2026-03"], "(RHK) tidak ditemukan (3)"),
    (["--rhk", "B.1", "--period", "2026-03"], "(RHK) tidak ditemukan (B.1)"),
    (["--rhk", "1", "--period", "Maret"], "bukan periode yang dikenal"),
    (["--rhk", "1", "--period", "2025-12"], "SKP tahun 2025 belum ada"),
    (["--rhk", "1", "--period", "2026-03", "--date", "31-03-2026"], "bukan tanggal yang benar"),
    (["--rhk", "1", "--period", "2026-03", "--dialog", "ffffffff"], "tidak ditemukan"),
])
def test_feedback_add_bad_input(capsys, office_db, args, words):
    db, _ = office_db
    err = refused(capsys, db, "--as", NIP_KABID, "feedback", "add", "--nip", NIP_STAFF, *args,
                  "--text", "x")
    assert words in err


def test_feedback_add_usage_and_role(capsys, office_db):
    db, _ = office_db
    err = refused(capsys, db, "--as", NIP_KABID, "feedback", "add", "--nip", NIP_STAFF, "--rhk", "1",
                  "--value", "1", "--period", "2026-03", "--text", "x", code=2)
    assert "--value" in err
    refused(capsys, db, "--as", NIP_KABID, "feedback", "add", "--nip", NIP_STAFF, "--value", "8",
            "--period", "2026-03", "--text", "x", code=2)
    err = refused(capsys, db, "--as", NIP_RINA, "feedback", "add", "--nip", NIP_STAFF, "--rhk", "1",
                  "--period", "2026-03", "--text", "x")
    assert "hanya dapat diberikan oleh pejabat penilainya" in err
    err = refused(capsys, db, "feedback", "add", "--nip", NIP_STAFF, "--rhk", "1",
                  "--period", "2026-03", "--text", "x")
    assert "skpdesk me --set NIP" in err


def test_coaching_feedback_competency_and_show(capsys, office_db):
    db, ids = office_db
    prefix = ids["coaching"][:24]  # the first 8 are the time: shared by dialogs of one moment
    b18 = ok(capsys, db, "--as", NIP_STAFF, "coaching", "feedback", prefix, "--answers", ANSWERS,
             "--comment", "2=Masukan membantu", "--comment", "9=Jelas", "--date", "2026-03-12")
    assert [a["statement"] for a in b18["answers"]] == list(B18_STATEMENTS)
    assert b18["answers"][5]["response"] == "Tidak Setuju" and b18["answers"][1]["comment"] == "Masukan membantu"
    assert b18["dialog_id"] == ids["coaching"] and b18["date"] == "2026-03-12"
    b19 = ok(capsys, db, "--as", NIP_KABID, "coaching", "competency", ids["coaching"], "--nip", NIP_STAFF,
             "--item", "Kerja sama=4:Aktif membantu rekan", "--item", "Inisiatif=3: Masih menunggu arahan")
    assert b19["items"] == [{"name": "Kerja sama", "value": 4, "reason": "Aktif membantu rekan"},
                            {"name": "Inisiatif", "value": 3, "reason": "Masih menunggu arahan"}]
    assert b19["evaluator"]["nip"] == NIP_KABID
    shown = ok(capsys, db, "--as", NIP_STAFF, "coaching", "show", prefix)
    assert (shown["b18"]["id"], shown["b19"]["id"]) == (b18["id"], b19["id"])
    code, out, _ = run(capsys, "--db", db, "--as", NIP_STAFF, "coaching", "show", prefix)
    assert code == 0 and "6. Lebih banyak menggunakan metode bertanya dibandingkan menggurui: Tidak Setuju" in out


@pytest.mark.parametrize("args, code, words", [
    (["--answers", "1,2,3"], 1, "9 pernyataan, jawaban yang diberikan 3"),
    (["--answers", "1,2,1,2,1,3,1,2,5"], 1, "pernyataan 9 \"5\" tidak ada pada skala"),
    (["--answers", ANSWERS, "--comment", "10=x"], 2, "--comment harus berbentuk N=TEKS"),
    (["--answers", ANSWERS, "--comment", "tanpa nomor"], 2, "--comment"),
    (["--answers", ",,"], 2, "--answers"),
])
def test_coaching_feedback_bad_input(capsys, office_db, args, code, words):
    db, ids = office_db
    err = refused(capsys, db, "--as", NIP_STAFF, "coaching", "feedback", ids["coaching"], *args,
                  code=code)
    assert words in err


@pytest.mark.parametrize("item, code, words", [
    ("Kerja sama", 2, "NAMA=NILAI:ALASAN"),
    ("Kerja sama=4", 2, "NAMA=NILAI:ALASAN"),
    ("Kerja sama=7:Bagus", 1, "harus bilangan bulat 1 sampai 5"),
    ("Kerja sama=tinggi:Bagus", 1, "harus bilangan bulat 1 sampai 5"),
    ("Kerja sama=4:", 1, "alasan terhadap nilai wajib diisi"),
    ("=4:Bagus", 1, "nama kompetensi wajib diisi"),
])
def test_coaching_competency_bad_input(capsys, office_db, item, code, words):
    db, ids = office_db
    err = refused(capsys, db, "--as", NIP_KABID, "coaching", "competency", ids["coaching"],
                  "--item", item, code=code)
    assert words in err


def test_coaching_rules_on_the_cli(capsys, office_db):
    db, ids = office_db
    err = refused(capsys, db, "--as", NIP_STAFF, "coaching", "feedback", ids["pemantauan"],
                  "--answers", ANSWERS)
    assert "hanya untuk bimbingan kinerja" in err
    err = refused(capsys, db, "--as", NIP_STAFF, "coaching", "feedback", "0000", "--answers", ANSWERS)
    assert "8" in err
    err = refused(capsys, db, "--as", NIP_STAFF, "coaching", "feedback", ids["coaching"],
                  "--nip", NIP_RINA, "--answers", ANSWERS)
    assert "bukan peserta dialog ini" in err


def test_confidential_dialog_is_closed_to_a_third_pegawai(capsys, office_db, tmp_path):
    db, ids = office_db
    ok(capsys, db, "--as", NIP_STAFF, "coaching", "feedback", ids["secret"], "--answers", ANSWERS)
    assert ok(capsys, db, "--as", NIP_KABID, "coaching", "show", ids["secret"])["b18"] is not None
    for nip in (NIP_RINA, NIP_ADMIN):
        err = refused(capsys, db, "--as", nip, "coaching", "show", ids["secret"])
        assert "rahasia" in err
        out = tmp_path / f"rahasia-{nip}.pdf"
        err = refused(capsys, db, "--as", nip, "print", "dialog", ids["secret"], "--out", out)
        assert "rahasia" in err and not out.exists()
        refused(capsys, db, "--as", nip, "print", "coaching-feedback", ids["secret"], "--out", out)
        assert not out.exists() and list(tmp_path.glob(".rahasia*")) == []
    refused(capsys, db, "coaching", "show", ids["secret"])  # nobody acting reads redacted


def test_print_forms(capsys, office_db, tmp_path):
    db, ids = office_db
    ok(capsys, db, "--as", NIP_STAFF, "coaching", "feedback", ids["coaching"], "--answers", ANSWERS)
    ok(capsys, db, "--as", NIP_KABID, "coaching", "competency", ids["coaching"],
       "--item", "Kerja sama=4:Aktif membantu rekan")
    for form, title in (("coaching-feedback", "UMPAN BALIK PELAKSANAAN BIMBINGAN KINERJA"),
                        ("competency", "EVALUASI KOMPETENSI PEGAWAI"),
                        ("dialog", "CATATAN DIALOG KINERJA")):
        out = tmp_path / f"{form}.pdf"
        printed = ok(capsys, db, "--as", NIP_KABID, "print", form, ids["coaching"][:24], "--out", out)
        assert printed["recorded"] and printed["pages"] == 1 and printed["file"] == str(out)
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
        assert title in " ".join(text.split()) and printed["code"] in text
        checked = ok(capsys, db, "check-print", printed["code"])
        assert checked["pegawai"]["nip"] == NIP_STAFF and checked["kind"] == printed["kind"]
        assert checked["changed"] is None
    code, out, _ = run(capsys, "--db", db, "--as", NIP_KABID, "print", "competency",
                       ids["coaching"], "--out", tmp_path / "b19-lagi.pdf")
    assert code == 0 and "kode dokumen SKP-" in out
    err = refused(capsys, db, "--as", NIP_KABID, "print", "competency", ids["pemantauan"],
                  "--out", tmp_path / "tidak-ada.pdf")
    assert "Belum ada Format B.1.9" in err and not (tmp_path / "tidak-ada.pdf").exists()
    err = refused(capsys, db, "--as", NIP_KABID, "print", "dialog", ids["coaching"],
                  "--out", tmp_path / "no" / "such" / "dir.pdf")
    assert "tidak dapat ditulis" in err or "dir.pdf" in err


def test_print_without_skp_of_the_year_warns(capsys, tmp_path):
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    t = team(s)
    later = make_dialog(s, [t["staff"]], author=t["kabid"], led_by=t["kabid"],
                        held_on=dt.date(YEAR + 1, 2, 3))
    db.close()
    code, out, err = run(capsys, "--db", path, "--as", NIP_KABID, "print", "dialog", later,
                         "--out", tmp_path / "c.pdf")
    assert code == 0 and (tmp_path / "c.pdf").exists()
    assert "kode dokumen tidak dicatat" in err and f"SKP tahun {YEAR + 1}" in err
