"""`skpdesk sign`, `print skp --sign-key` and `check-print --pdf` (issue 13, digital signature).

Real files: a throw-away PKCS#12 key made in the test, a printed SKP PDF, pyHanko signing and
verifying them."""

from __future__ import annotations

import io
import json

import pypdf
import pytest

from skpdesk.app import main
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.helpers_office import NIP_STAFF
from tests.unit.helpers_print import UNIT, build_print_office
from tests.unit.helpers_signing import PASSWORD, SIGNER, append_update, make_key


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SKPDESK_SIGN_PASSWORD", raising=False)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kantor.sqlite"
    database = Database(path)
    services = Services.build(database, "test")
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    build_print_office(services)
    database.close()
    return path


@pytest.fixture
def key(tmp_path):
    return make_key(tmp_path)


@pytest.fixture
def password_file(tmp_path):
    path = tmp_path / "sandi.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    return code, json.loads(out), err


@pytest.fixture
def printed(capsys, db, tmp_path):
    """An SKP printed to PDF: (path, its code)."""
    target = tmp_path / "agus.pdf"
    code, shown, err = run_json(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--out",
                                target)
    assert code == 0, err
    return target, shown["printed"][0]["code"]


def test_sign_a_printed_skp_and_check_it(capsys, db, printed, key, password_file):
    pdf, doc_code = printed
    key_file, cert = key
    code, stdout, err = run(capsys, "sign", pdf, "--key", key_file, "--password-file",
                            password_file, "--reason", "Menyetujui SKP")
    signed = pdf.with_name("agus_ttd.pdf")
    assert code == 0, err
    assert signed.is_file() and f"kode dokumen {doc_code}" in stdout and SIGNER in stdout
    # the pages and the code are as printed: the signature is an incremental update
    assert signed.read_bytes().startswith(pdf.read_bytes())
    assert len(pypdf.PdfReader(str(signed)).pages) == len(pypdf.PdfReader(str(pdf)).pages)

    code, stdout, err = run(capsys, "--db", db, "check-print", "--pdf", signed)
    assert code == 0, err
    assert f"Kode dokumen : {doc_code}" in stdout and "TIDAK BERUBAH" in stdout
    assert f"Tanda tangan digital: SAH ({SIGNER}, " in stdout
    assert "tidak tepercaya (swasertifikasi" in stdout  # self-signed: untrusted, not invalid

    code, shown, _ = run_json(capsys, "--db", db, "check-print", "--pdf", signed, "--trust", cert)
    assert code == 0 and shown["code"] == doc_code and shown["changed"] is False
    signature = shown["signature"]
    assert signature["signed"] is True and signature["intact"] is True
    assert signature["signer"] == SIGNER and signature["trusted"] is True
    assert signature["signed_at"]

    # a code typed from the paper that matches the file is fine too
    code, shown, _ = run_json(capsys, "--db", db, "check-print", doc_code, "--pdf", signed)
    assert code == 0 and shown["signature"]["intact"] is True


def test_check_print_of_an_unsigned_pdf_and_without_pdf(capsys, db, printed):
    pdf, doc_code = printed
    code, stdout, _ = run(capsys, "--db", db, "check-print", "--pdf", pdf)
    assert code == 0 and f"Kode dokumen : {doc_code}" in stdout
    assert "Tanda tangan digital: tidak ada" in stdout
    code, shown, _ = run_json(capsys, "--db", db, "check-print", "--pdf", pdf)
    assert shown["signature"]["signed"] is False and shown["signature"]["intact"] is None
    code, shown, _ = run_json(capsys, "--db", db, "check-print", doc_code)
    assert code == 0 and shown["signature"] is None  # no file given: nothing to check


def test_a_change_after_signing_reads_tidak_sah(capsys, db, printed, key, password_file, tmp_path):
    pdf, _ = printed
    signed = tmp_path / "ttd.pdf"
    assert run(capsys, "sign", pdf, "--key", key[0], "--password-file", password_file,
               "--out", signed)[0] == 0
    forged = tmp_path / "diubah.pdf"
    append_update(signed, forged)
    code, stdout, _ = run(capsys, "--db", db, "check-print", "--pdf", forged)
    assert code == 0
    assert "TIDAK SAH (berkas diubah setelah ditandatangani" in stdout
    code, shown, _ = run_json(capsys, "--db", db, "check-print", "--pdf", forged)
    assert shown["signature"]["signed"] is True and shown["signature"]["intact"] is False

    data = bytearray(signed.read_bytes())  # one byte inside the signed range
    at = data.index(b"/Producer")
    data[at + 2] ^= 0x01
    flipped = tmp_path / "byte.pdf"
    flipped.write_bytes(bytes(data))
    code, shown, _ = run_json(capsys, "--db", db, "check-print", "--pdf", flipped)
    assert code == 0 and shown["signature"]["intact"] is False


def test_wrong_password_writes_nothing(capsys, printed, key, tmp_path):
    pdf, _ = printed
    wrong = tmp_path / "salah.txt"
    wrong.write_text("bukan-sandinya\n")
    out = tmp_path / "hasil.pdf"
    code, stdout, err = run(capsys, "sign", pdf, "--key", key[0], "--password-file", wrong,
                            "--out", out)
    assert code == 1 and stdout == ""
    assert "Kata sandi kunci salah" in err and str(key[0]) in err
    assert not out.exists() and not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    code, shown, _ = run_json(capsys, "sign", pdf, "--key", key[0], "--password-file", wrong)
    assert code == 1 and shown["error"]["code"] == "sign_password_wrong"


def test_password_from_the_environment(capsys, printed, key, monkeypatch, tmp_path):
    pdf, _ = printed
    monkeypatch.setenv("SKPDESK_SIGN_PASSWORD", PASSWORD)
    out = tmp_path / "env.pdf"
    code, shown, err = run_json(capsys, "sign", pdf, "--key", key[0], "--out", out)
    assert code == 0, err
    assert shown["file"] == str(out) and shown["signer"] == SIGNER and out.is_file()


def test_password_from_standard_input(capsys, printed, key, monkeypatch, tmp_path):
    pdf, _ = printed
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))  # echo ... | skpdesk sign
    out = tmp_path / "stdin.pdf"
    code, shown, err = run_json(capsys, "sign", pdf, "--key", key[0], "--out", out)
    assert code == 0, err
    assert shown["file"] == str(out)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # nothing given: the password is required
    code, _, err = run(capsys, "sign", pdf, "--key", key[0], "--out", tmp_path / "no.pdf")
    assert code == 1 and "Kata sandi kunci wajib diisi" in err
    assert not (tmp_path / "no.pdf").exists()


def test_unreadable_key_and_not_a_pdf(capsys, printed, key, password_file, tmp_path):
    pdf, _ = printed
    not_a_key = tmp_path / "bukan.p12"
    not_a_key.write_bytes(b"-----BEGIN NOTHING-----\nabc\n")
    code, _, err = run(capsys, "sign", pdf, "--key", not_a_key, "--password-file", password_file)
    assert code == 1 and "Berkas kunci" in err and "bukan berkas kunci PKCS#12" in err
    assert not pdf.with_name("agus_ttd.pdf").exists()

    text = tmp_path / "surat.pdf"
    text.write_text("ini bukan PDF")
    code, _, err = run(capsys, "sign", text, "--key", key[0], "--password-file", password_file)
    assert code == 1 and "Berkas PDF" in err and "bukan berkas PDF" in err
    assert not (tmp_path / "surat_ttd.pdf").exists()

    code, _, err = run(capsys, "sign", tmp_path / "tidak-ada.pdf", "--key", key[0],
                       "--password-file", password_file)
    assert code == 1 and "Berkas PDF" in err and "tidak ditemukan" in err
    code, _, err = run(capsys, "sign", pdf, "--key", tmp_path / "tidak-ada.p12")
    assert code == 1 and "Berkas kunci" in err and "tidak ditemukan" in err


def test_print_skp_with_sign_key(capsys, db, key, password_file, tmp_path):
    target = tmp_path / "ttd-langsung.pdf"
    code, shown, err = run_json(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--out",
                                target, "--sign-key", key[0], "--sign-password-file",
                                password_file)
    assert code == 0, err
    assert shown["signed"] == [str(target)]
    code, check, _ = run_json(capsys, "--db", db, "check-print", "--pdf", target)
    assert check["code"] == shown["printed"][0]["code"]
    assert check["signature"]["intact"] is True and check["signature"]["signer"] == SIGNER


def test_print_a_unit_combined_with_sign_key(capsys, db, key, password_file, tmp_path):
    target = tmp_path / "gabung.pdf"
    code, shown, err = run_json(capsys, "--db", db, "print", "skp", "--unit", UNIT, "--combined",
                                target, "--sign-key", key[0], "--sign-password-file",
                                password_file)
    assert code == 0, err
    assert shown["signed"] == [str(target)] and len(shown["printed"]) >= 2
    code, check, _ = run_json(capsys, "--db", db, "check-print", shown["printed"][0]["code"],
                              "--pdf", target)
    assert code == 0 and check["signature"]["intact"] is True
    code, check, _ = run_json(capsys, "--db", db, "check-print", "--pdf", target)
    assert code == 1 and check["error"]["code"] == "sign_pdf_many_codes"


def test_print_skp_with_a_wrong_password_prints_nothing(capsys, db, key, tmp_path):
    wrong = tmp_path / "salah.txt"
    wrong.write_text("salah")
    target = tmp_path / "tidak.pdf"
    code, _, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--out", target,
                       "--sign-key", key[0], "--sign-password-file", wrong)
    assert code == 1 and "Kata sandi kunci salah" in err and not target.exists()


def test_check_print_pdf_errors(capsys, db, printed, tmp_path):
    pdf, doc_code = printed
    code, _, err = run(capsys, "--db", db, "check-print")
    assert code == 2 and "KODE" in err
    code, _, err = run(capsys, "--db", db, "check-print", "SKP-00000-00000", "--pdf", pdf)
    assert code == 1 and f"bukan cetakan dokumen SKP-00000-00000: kode di dalamnya {doc_code}" in err

    plain = tmp_path / "lain.pdf"  # a PDF printed by something else: no code inside
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    with open(plain, "wb") as fh:
        writer.write(fh)
    code, shown, _ = run_json(capsys, "--db", db, "check-print", "--pdf", plain)
    assert code == 1 and shown["error"]["code"] == "sign_pdf_no_code"
    # with the code typed from the paper, a PDF without a code inside is still checked
    code, shown, _ = run_json(capsys, "--db", db, "check-print", doc_code, "--pdf", plain)
    assert code == 0 and shown["signature"]["signed"] is False
