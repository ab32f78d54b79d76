"""A logo stored by an earlier release is checked again when it is read back (issue 7).

The database may hold a logo reference written before `set_logo` checked images (or its
`attachments/` folder may have been edited): printing verifies the file against its SHA-256
name and the image limits of `set_logo`, leaves a bad logo off, and says so once; `skpdesk
check` reports it. Real databases, real PDFs, the real `skpdesk` entry point.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from skpdesk.app import main
from skpdesk.services.context import Services
from skpdesk.services.office import verify_stored_logo
from skpdesk.storage.database import Database
from tests.unit.helpers_office import NIP_STAFF
from tests.unit.helpers_print import YEAR, build_print_office

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "kantor.sqlite"
    database = Database(path)
    services = Services.build(database, "test")
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    build_print_office(services)
    database.close()
    return path


def _png(size: tuple[int, int]) -> bytes:
    import io
    buffer = io.BytesIO()
    Image.new("L", size, 90).save(buffer, format="PNG")  # one grey: compresses to a few KB
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _bomb() -> bytes:
    """A 40 KB PNG that decodes to 20,000 x 20,000 grey pixels (400 MB)."""
    raw = zlib.compress(b"\x00" * (20_001 * 200), 9)  # the first rows; the rest is missing
    ihdr = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 0, 0, 0, 0)
    return PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", raw) + _chunk(b"IEND", b"")


def _store_as_an_old_release_did(db: Path, data: bytes, *, name: str | None = None,
                                 ext: str = ".png") -> str:
    """Put `data` into attachments/ (named by its SHA-256 unless `name`) and refer to it from
    the instansi, journaled but past `set_logo`'s checks."""
    store = db.parent / "attachments"
    store.mkdir(exist_ok=True)
    file_name = name or hashlib.sha256(data).hexdigest() + ext
    (store / file_name).write_bytes(data)
    logo_path = f"attachments/{file_name}"
    database = Database(db)
    try:
        with database.unit_of_work("legacy") as uow:
            uow.office.update_instansi(logo_path=logo_path)
    finally:
        database.close()
    return logo_path


def _images_in(pdf: Path) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(str(pdf)).pages)


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


HOSTILE = {
    "html_with_png_signature": (lambda: PNG_SIGNATURE + b"<html><script>x()</script></html>",
                                "logo_not_an_image", "bukan gambar PNG"),
    "png_bomb": (_bomb, "logo_too_many_pixels", "20000×20000 piksel"),
    "too_many_pixels": (lambda: _png((4500, 4500)), "logo_too_many_pixels", "4500×4500"),
    "wrong_hash": (lambda: _png((120, 80)), "hash_mismatch", "SHA-256"),
    "missing": (lambda: None, "missing", "tidak ada"),
}


def _plant(db: Path, case: str) -> str:
    make, _, _ = HOSTILE[case]
    if case == "wrong_hash":
        return _store_as_an_old_release_did(db, make(), name="0" * 64 + ".png")
    if case == "missing":
        path = _store_as_an_old_release_did(db, _png((120, 80)))
        (db.parent / path).unlink()
        return path
    return _store_as_an_old_release_did(db, make())


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_bad_stored_logo_is_left_off_the_print_and_named_once(capsys, db, tmp_path, case):
    _, reason, words = HOSTILE[case]
    logo_path = _plant(db, case)
    assert verify_stored_logo(db.parent, logo_path)[1].reason == reason

    one = tmp_path / "satu.pdf"
    code, out, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--year", YEAR,
                         "--out", one)
    assert code == 0, err
    assert _images_in(one) == 0
    assert err.count("Peringatan: Logo instansi") == 1 and words in err
    assert "skpdesk office set --logo" in err

    folder = tmp_path / "semua"
    code, out, err = run(capsys, "--db", db, "print", "skp", "--all", "--year", YEAR,
                         "--out-dir", folder)
    assert code == 0, err
    pdfs = sorted(folder.glob("*.pdf"))
    assert len(pdfs) >= 4 and all(_images_in(p) == 0 for p in pdfs)
    assert err.count("Peringatan: Logo instansi") == 1  # once per batch, not once per pegawai

    code, report, _ = _json(capsys, "--db", db, "print", "skp", "--all", "--year", YEAR,
                            "--combined", tmp_path / "gabung.pdf")
    assert code == 0 and len(report["warnings"]) == 1 and words in report["warnings"][0]

    code, report, _ = _json(capsys, "--db", db, "check")
    assert code == 1
    logo = [f for f in report["errors"] if f["code"] == "logo_unusable"]
    assert len(logo) == 1 and logo[0]["params"]["reason"] == reason
    assert logo[0]["entity"] == "instansi" and words in logo[0]["message"]


def _json(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    return code, json.loads(out), err


def test_a_good_stored_logo_is_printed_and_check_is_clean(capsys, db, tmp_path):
    _store_as_an_old_release_did(db, _png((300, 200)))
    one = tmp_path / "satu.pdf"
    code, _, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--year", YEAR,
                       "--out", one)
    assert code == 0 and "Peringatan" not in err
    assert _images_in(one) >= 1
    code, report, _ = _json(capsys, "--db", db, "check")
    assert "logo_unusable" not in {f["code"] for f in report["errors"]}


def test_a_logo_reference_outside_the_store_is_not_followed(capsys, db, tmp_path):
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes(_png((100, 100)))
    database = Database(db)
    try:
        with database.unit_of_work("legacy") as uow:
            uow.office.update_instansi(logo_path=f"../{outside.name}")
    finally:
        database.close()
    one = tmp_path / "satu.pdf"
    code, _, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--year", YEAR,
                       "--out", one)
    assert code == 0 and _images_in(one) == 0
    assert "tidak menunjuk ke berkas di folder attachments" in err


def test_a_logo_replaced_after_it_was_verified_is_checked_again(db):
    """The verification is remembered per file version, not per name."""
    good = _png((120, 80))
    logo_path = _store_as_an_old_release_did(db, good)
    assert verify_stored_logo(db.parent, logo_path) == ((db.parent / logo_path).resolve(), None)
    (db.parent / logo_path).write_bytes(_png((130, 80)))  # same name, other content
    assert verify_stored_logo(db.parent, logo_path)[1].reason == "hash_mismatch"
