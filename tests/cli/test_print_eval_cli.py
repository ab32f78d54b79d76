"""`skpdesk print eval|dokumen-evaluasi|penetapan` (issue 13): each mode with its JSON summary
(files, pages, konsep, missing, failed), the text summary with the KONSEP count, and bad input:
a clear Indonesian message naming the field, exit 1 (2 for a usage error), nothing written."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, refused, run
from tests.unit.helpers_coaching import NIP_KABID, NIP_STAFF
from tests.unit.helpers_eval_print import TW1, UNIT, eval_print_office

SUMMARY_KEYS = {"ok", "kind", "period", "unit", "printed", "files", "pages", "konsep",
                "missing", "failed", "combined", "cancelled", "stopped", "not_printed",
                "warnings"}
PRINTED_KEYS = {"nip", "name", "code", "kind", "record_id", "revision", "status", "final",
                "pages", "file"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("office") / "office.sqlite"
    db = Database(path)
    eval_print_office(Services.build(db, "setup"))
    db.close()
    return path


@pytest.fixture
def office_db(tmp_path, template):
    path = tmp_path / "office.sqlite"
    path.write_bytes(template.read_bytes())
    return path


def test_one_pegawai_to_a_file(capsys, office_db, tmp_path):
    out = tmp_path / "agus.pdf"
    got = ok(capsys, office_db, "print", "eval", "--nip", NIP_STAFF, "--period", TW1,
             "--out", out)
    assert set(got) == SUMMARY_KEYS and set(got["printed"][0]) == PRINTED_KEYS
    assert (got["kind"], got["period"], got["pages"], got["konsep"], got["files"]) == (
        "evaluasi", TW1, got["printed"][0]["pages"], 0, [str(out)])
    assert got["printed"][0]["status"] == "final" and got["printed"][0]["final"] is True
    assert len(pypdf.PdfReader(str(out)).pages) == got["pages"]
    code, text, _ = run(capsys, "--db", office_db, "print", "eval", "--nip", NIP_STAFF,
                        "--period", TW1, "--out", tmp_path / "lagi.pdf")
    assert code == 0 and "Evaluasi kinerja pegawai 2026-TW1 Agus Santoso" in text


def test_unit_out_dir_summary_counts_konsep_and_lists_missing(capsys, office_db, tmp_path):
    folder = tmp_path / "cetak"
    got = ok(capsys, office_db, "print", "eval", "--unit", UNIT, "--period", TW1,
             "--out-dir", folder)
    assert got["ok"] and got["konsep"] == 1 and got["failed"] == []
    assert [(p["name"], p["final"]) for p in got["printed"]] == [
        ("Agus Santoso", True), ("Rina Marlina", False)]
    assert [(m["name"], m["reason"]) for m in got["missing"]] == [
        ("Dewi Lestari", "no_evaluation"), ("Sari Dewi", "skp_not_approved")]
    assert sorted(Path(f).name for f in got["files"]) == sorted(p.name for p in folder.iterdir())
    assert got["pages"] == sum(p["pages"] for p in got["printed"])
    code, text, _ = run(capsys, "--db", office_db, "print", "eval", "--all", "--period", TW1,
                        "--out-dir", folder, "--processes", "2")
    assert code == 0
    assert "  1 dokumen belum final (KONSEP)" in text
    assert "Bambang Sutrisno: tanpa SKP untuk periode ini" in text
    assert "Joko Susilo: Non-ASN (tidak memiliki SKP)" in text
    assert "Dewi Lestari: belum dinilai" in text


def test_dokumen_evaluasi_combined_duplex_and_penetapan(capsys, office_db, tmp_path):
    target = tmp_path / "dokumen.pdf"
    got = ok(capsys, office_db, "print", "dokumen-evaluasi", "--all", "--period", TW1,
             "--combined", target, "--duplex")
    assert got["combined"] == str(target) and got["kind"] == "dokumen_evaluasi"
    assert len(pypdf.PdfReader(str(target)).pages) == 2 * len(got["printed"]) == 4
    got = ok(capsys, office_db, "print", "penetapan", "--unit", UNIT, "--period", TW1,
             "--out", tmp_path / "penetapan.pdf")
    assert got["kind"] == "penetapan" and got["printed"][0]["kind"] == "penetapan"
    assert (tmp_path / "penetapan.pdf").is_file()


@pytest.mark.parametrize("args, words", [
    (("eval", "--unit", UNIT, "--period", "2026-TW9", "--out-dir", "D"), ["periode", "2026-TW9"]),
    (("eval", "--unit", "Dinas/Tidak Ada", "--period", TW1, "--out-dir", "D"),
     ["Dinas/Tidak Ada"]),
    (("penetapan", "--unit", "Tidak Ada", "--period", TW1, "--out", "p.pdf"), ["Tidak Ada"]),
    (("eval", "--nip", NIP_KABID, "--period", TW1, "--out", "dewi.pdf"), ["Dewi Lestari"]),
    (("eval", "--nip", "199999999999999999", "--period", TW1, "--out", "x.pdf"),
     ["199999999999999999"]),
])
def test_rule_broken_is_exit_1_naming_the_field_and_writes_nothing(capsys, office_db, tmp_path,
                                                                  monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    err = refused(capsys, office_db, "print", *args)
    for word in words:
        assert word in err
    assert not any(p.suffix == ".pdf" for p in tmp_path.rglob("*.pdf"))


@pytest.mark.parametrize("args, words", [
    (("eval", "--nip", NIP_STAFF, "--period", TW1), "--out"),
    (("eval", "--unit", UNIT, "--period", TW1, "--out", "x.pdf"), "--out-dir"),
    (("eval", "--unit", UNIT, "--period", TW1), "--combined"),
    (("eval", "--all", "--period", TW1, "--out-dir", "D", "--duplex"), "--duplex"),
    (("eval", "--all", "--period", TW1, "--out-dir", "D", "--no-subunits"), "--no-subunits"),
    (("dokumen-evaluasi", "--all", "--out-dir", "D"), "--period"),
    (("eval", "--all", "--period", TW1, "--out-dir", "D", "--processes", "0"), "jumlah proses"),
    (("penetapan", "--period", TW1, "--out", "p.pdf"), "--unit"),
])
def test_usage_errors_are_exit_2(capsys, office_db, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    err = refused(capsys, office_db, "print", *args, code=2)
    assert words in err
    assert not (tmp_path / "D").exists()
