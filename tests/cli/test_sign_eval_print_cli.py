"""`print eval|dokumen-evaluasi|penetapan ... --sign-key KEY.p12` (issue 13, pades on evalprint's
commands): the key is opened before printing, each written PDF is signed and checks as SAH."""

from __future__ import annotations

import pytest

from skpdesk.services.context import Services
from skpdesk.services.paper.pdf_signatures import PdfSignatureService
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, run
from tests.unit.helpers_coaching import NIP_STAFF
from tests.unit.helpers_eval_print import TW1, UNIT, eval_print_office
from tests.unit.helpers_signing import PASSWORD, SIGNER, make_key


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SKPDESK_SIGN_PASSWORD", PASSWORD)


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


def test_eval_forms_signed_while_printing(capsys, office_db, tmp_path):
    key, _ = make_key(tmp_path)
    one = tmp_path / "agus.pdf"
    got = ok(capsys, office_db, "print", "eval", "--nip", NIP_STAFF, "--period", TW1, "--out",
             one, "--sign-key", key)
    assert got["signed"] == [str(one)]
    check = ok(capsys, office_db, "check-print", "--pdf", one)
    assert check["code"] == got["printed"][0]["code"]
    assert check["signature"]["intact"] is True and check["signature"]["signer"] == SIGNER

    folder = tmp_path / "cetak"
    got = ok(capsys, office_db, "print", "dokumen-evaluasi", "--unit", UNIT, "--period", TW1,
             "--out-dir", folder, "--sign-key", key)
    assert sorted(got["signed"]) == sorted(got["files"]) and got["files"]
    penetapan = tmp_path / "penetapan.pdf"
    got = ok(capsys, office_db, "print", "penetapan", "--unit", UNIT, "--period", TW1, "--out",
             penetapan, "--sign-key", key)
    assert got["signed"] == [str(penetapan)]
    # (check-print of a penetapan code is helper "marks"' part: the signature alone here)
    assert PdfSignatureService(None, "").verify(penetapan).intact is True


def test_wrong_password_prints_no_eval_form(capsys, office_db, tmp_path, monkeypatch):
    key, _ = make_key(tmp_path)
    monkeypatch.setenv("SKPDESK_SIGN_PASSWORD", "salah")
    out = tmp_path / "tidak.pdf"
    code, _, err = run(capsys, "--db", office_db, "print", "eval", "--nip", NIP_STAFF,
                       "--period", TW1, "--out", out, "--sign-key", key)
    assert code == 1 and "Kata sandi kunci salah" in err and not out.exists()
