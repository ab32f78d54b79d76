"""`skpdesk print distribusi (--supervisor NIP | --unit UNIT) --period P [--out FILE] [--json]`
(issue 12): the one-page sheet is written (text checked with pypdf); bad input is a clear
Indonesian message with exit 1 or 2 and writes nothing."""

from __future__ import annotations

import pypdf
import pytest

from skpdesk.domain.evaluation import Predikat as P
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, run
from tests.unit.helpers_office import NIP_KABID
from tests.unit.helpers_team_eval import UNIT, rated_team


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    rated_team(s, [P.BAIK, P.BAIK, P.BAIK])
    db.close()
    return path


def text_of(path) -> str:
    return " ".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())


def test_print_distribusi_of_a_supervisor_json(capsys, office_db, tmp_path):
    out = tmp_path / "dist.pdf"
    answer = ok(capsys, office_db, "print", "distribusi", "--supervisor", NIP_KABID,
                "--period", "2026-TW1", "--out", out)
    assert answer["kind"] == "distribusi" and answer["period"] == "2026-TW1"
    assert answer["file"] == str(out) and answer["pages"] == 1
    assert answer["organisation_predikat"] == "baik" and answer["total"] == 3
    assert answer["violations"] == 2 and answer["unrated"] == 0
    text = text_of(out)
    assert "DISTRIBUSI PREDIKAT KINERJA PEGAWAI" in text and "Dewi Lestari" in text
    assert "CAPAIAN KINERJA ORGANISASI" in text and "BAIK (ditetapkan Bambang Sutrisno" in text


def test_print_distribusi_of_a_unit_default_file_name(capsys, office_db, tmp_path, monkeypatch):
    work = tmp_path / "kerja"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, err = run(capsys, "--db", office_db, "print", "distribusi", "--unit", UNIT,
                         "--period", "2026-TW1")
    assert code == 0, err
    [pdf] = list(work.iterdir())
    assert pdf.name == \
        "DistribusiPredikat_dinas-bidang-aplikasi-informatika-dengan-sub-unitnya_2026-TW1.pdf"
    assert "2 aturan tidak terpenuhi" in out and "3 pegawai dinilai" in out
    assert "Bidang Aplikasi Informatika" in text_of(pdf)


@pytest.mark.parametrize("args, exit_code, words", [
    (("--supervisor", NIP_KABID, "--period", "2026-T9"), 1, "bukan nama periode"),
    (("--supervisor", "199901012020121099", "--period", "2026-TW1"), 1, "199901012020121099"),
    (("--unit", "Dinas/Tidak Ada", "--period", "2026-TW1"), 1, "Tidak Ada"),
    (("--period", "2026-TW1"), 2, "--supervisor"),
    (("--supervisor", NIP_KABID, "--unit", UNIT, "--period", "2026-TW1"), 2, "--unit"),
])
def test_bad_input_is_refused_and_writes_nothing(capsys, office_db, tmp_path, args, exit_code,
                                                 words):
    out = tmp_path / "x.pdf"
    code, _out, err = run(capsys, "--db", office_db, "print", "distribusi", *args, "--out", out)
    assert code == exit_code and words in err, err
    assert not out.exists()
