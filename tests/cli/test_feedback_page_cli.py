"""`skpdesk print umpan-balik --nip NIP --period P [--out FILE] [--json]` (issue 11): the PDF is
written and its code recorded (check-print knows it); bad input is a clear Indonesian message,
exit 1 or 2, and writes nothing."""

from __future__ import annotations

import pypdf
import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import journal_total, ok, run
from tests.unit.helpers_feedback_page import FEEDBACK_MARCH, REALISASI_TEXT, fill_staff_tw1
from tests.unit.helpers_office import NIP_STAFF
from tests.unit.helpers_print import build_print_office


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    s.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    po = build_print_office(s)
    found = fill_staff_tw1(s, po, tmp_path)
    db.close()
    return path, found


def text_of(path) -> str:
    return " ".join("\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())


def test_print_umpan_balik_json_and_check_print(capsys, office_db, tmp_path):
    db, found = office_db
    out = tmp_path / "ub.pdf"
    answer = ok(capsys, db, "print", "umpan-balik", "--nip", NIP_STAFF, "--period", "2026-TW1",
                "--out", out)
    assert answer["kind"] == "umpan_balik" and answer["period"] == "2026-TW1"
    assert answer["recorded"] is True and answer["evidence"] == 3 and answer["pages"] >= 1
    assert answer["file"] == str(out) and answer["pegawai"]["nip"] == NIP_STAFF
    body = text_of(out)
    for label in ("REALISASI BERDASARKAN BUKTI DUKUNG",
                  "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", REALISASI_TEXT,
                  FEEDBACK_MARCH, found["png"].sha256[:12], answer["code"]):
        assert label in body, label
    check = ok(capsys, db, "check-print", answer["code"])
    assert check["kind"] == "umpan_balik" and check["changed"] is None
    code, text, err = run(capsys, "--db", db, "check-print", answer["code"])
    assert code == 0 and "Umpan balik periode" in text and "print umpan-balik" in text


def test_default_file_name_in_the_working_folder(capsys, office_db, tmp_path, monkeypatch):
    db, _ = office_db
    work = tmp_path / "kerja"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, err = run(capsys, "--db", db, "print", "umpan-balik", "--nip", NIP_STAFF,
                         "--period", "2026-Q1")
    assert code == 0, err
    files = [p.name for p in work.iterdir()]
    assert files == [f"{NIP_STAFF}_agus-santoso_UmpanBalik_2026-TW1.pdf"]
    assert "Umpan balik Triwulan I 2026" in out and "3 bukti dukung" in out


@pytest.mark.parametrize("args, exit_code, words", [
    (("--period", "2026-T9"), 1, "bukan nama periode"),
    (("--period", "2026-03"), 1, "2026-TW1"),            # bulanan name, triwulanan year
    (("--period", "2031-TW1"), 1, "2031"),               # no SKP that year
    ((), 2, "--period"),                                  # required
])
def test_bad_input_is_refused_and_writes_nothing(capsys, office_db, tmp_path, args, exit_code,
                                                 words):
    db, _ = office_db
    before = journal_total(capsys, db)
    out = tmp_path / "x.pdf"
    code, _out, err = run(capsys, "--db", db, "print", "umpan-balik", "--nip", NIP_STAFF,
                          *args, "--out", out)
    assert code == exit_code and words in err, err
    assert not out.exists() and journal_total(capsys, db) == before
