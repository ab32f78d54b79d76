"""The command-line contract of issue 11 for bukti dukung: `evidence add|list|verify|replace|
history|export` with `--json`; bad input is a clear Indonesian message, exit 1, nothing written.
And the kill -9 test: the real command killed at each fault point of an add leaves no row without
its file and no file at a final name whose content does not hash to its name."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import journal_total, ok, refused, run
from tests.cli.helpers_processes import cli_env, skpdesk
from tests.unit.helpers_coaching import NIP_ADMIN, NIP_KABID, NIP_RINA, NIP_STAFF
from tests.unit.helpers_evidence import evidence_team, pdf_bytes, png_bytes, write

TODAY = ("--today", "2026-03-15")
KEYS = {"id", "nip", "rhk", "rhk_id", "indicator", "indicator_id", "period", "kind",
        "original_name", "file", "sha256", "size", "mime", "link", "description", "status",
        "status_label", "status_reason", "added_on", "added_by", "verified_on", "verified_by",
        "replaces_id", "replaced_by_id", "available"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    path = tmp_path / "office.sqlite"
    db = Database(path)
    evidence_team(Services.build(db, "setup"))
    db.close()
    return path


def _add(capsys, db, *args):
    return ok(capsys, db, "--as", NIP_STAFF, "evidence", "add", "--nip", NIP_STAFF, *args, *TODAY)


def test_add_list_verify_replace_history_export(capsys, office_db, tmp_path):
    db = office_db
    pdf = write(tmp_path, "laporan.pdf", pdf_bytes())
    png = write(tmp_path, "foto.png", png_bytes())
    added = _add(capsys, db, "--rhk", "1", "--indicator", "2", "--period", "2026-Q1", pdf, png,
                 "--description", "Laporan TW I")
    assert isinstance(added, list) and len(added) == 2 and set(added[0]) == KEYS
    first = added[0]
    assert (first["nip"], first["rhk"], first["indicator"], first["period"], first["kind"],
            first["original_name"], first["mime"], first["status"], first["status_label"],
            first["available"], first["description"]) == (
        NIP_STAFF, "A.1", 2, "2026-TW1", "file", "laporan.pdf", "application/pdf", "menunggu",
        "Menunggu verifikasi", True, "Laporan TW I")
    assert first["file"] == first["sha256"] + ".pdf" and first["size"] == len(pdf_bytes())
    link = _add(capsys, db, "--rhk", "A.2", "--period", "2026-TW1", "--link",
                "https://drive.contoh.go.id/tw1")
    assert (link[0]["kind"], link[0]["link"], link[0]["file"], link[0]["indicator"]) == (
        "link", "https://drive.contoh.go.id/tw1", None, None)

    listed = ok(capsys, db, "evidence", "list", "--nip", NIP_STAFF, "--period", "2026-TW1")
    assert [e["id"] for e in listed] == [first["id"], added[1]["id"], link[0]["id"]]
    assert ok(capsys, db, "evidence", "list", "--nip", NIP_STAFF, "--period", "2026-TW2") == []

    short = first["id"][:24]  # UUIDv7: the first characters are a timestamp
    rejected = ok(capsys, db, "--as", NIP_KABID, "evidence", "verify", short, "--reject",
                  "--reason", "Tidak terbaca")
    assert (rejected["status"], rejected["status_reason"], rejected["verified_on"]) == (
        "ditolak", "Tidak terbaca", rejected["verified_on"])
    new = ok(capsys, db, "--as", NIP_STAFF, "evidence", "replace", first["id"], png,
             "--today", "2026-05-01")  # after the batas: answering a rejection is allowed
    assert (new["replaces_id"], new["status"], new["original_name"]) == (first["id"], "menunggu",
                                                                         "foto.png")
    history = ok(capsys, db, "evidence", "history", new["id"])
    assert [h["id"] for h in history] == [first["id"], new["id"]]
    assert history[0]["replaced_by_id"] == new["id"] and history[0]["status"] == "ditolak"
    every = ok(capsys, db, "evidence", "list", "--nip", NIP_STAFF, "--year", "2026",
               "--all-versions")
    assert len(every) == 4
    accepted = ok(capsys, db, "--as", NIP_KABID, "evidence", "verify", new["id"], "--accept")
    assert accepted["status"] == "diterima" and accepted["verified_by"].startswith("Dewi")

    out = tmp_path / "salinan.pdf"
    exported = ok(capsys, db, "evidence", "export", added[0]["id"], "--out", out)
    assert exported == {"id": first["id"], "out": str(out), "sha256": first["sha256"],
                        "size": first["size"]}
    assert out.read_bytes() == pdf_bytes()

    code, text, err = run(capsys, "--db", db, "evidence", "list", "--nip", NIP_STAFF,
                          "--period", "2026-TW1")
    assert code == 0 and re.search(r"foto\.png \([\d.]+ bait, SHA-256 [0-9a-f]{12}\)", text)
    assert "Diterima" in text


def test_bad_input_is_refused_with_a_clear_message(capsys, office_db, tmp_path):
    db = office_db
    pdf = write(tmp_path, "laporan.pdf", pdf_bytes())
    exe = write(tmp_path, "program.pdf", b"MZ\x90\x00" + b"\0" * 100)
    empty = write(tmp_path, "kosong.pdf", b"")
    base = ("--as", NIP_STAFF, "evidence", "add", "--nip", NIP_STAFF, "--rhk", "1")
    err = refused(capsys, db, *base, "--period", "2026-TW1", pdf, exe, *TODAY)
    assert "program.pdf" in err and "bukan jenis yang diterima" in err
    err = refused(capsys, db, *base, "--period", "2026-TW1", empty, *TODAY)
    assert "kosong.pdf" in err and "kosong" in err
    err = refused(capsys, db, *base, "--period", "2026-TW1", pdf)  # today: TW1 has closed
    assert "ditutup" in err or "batas" in err
    err = refused(capsys, db, *base, "--period", "2026-Q5", pdf, *TODAY)
    assert "2026-Q5" in err
    err = refused(capsys, db, "--as", NIP_STAFF, "evidence", "add", "--nip", NIP_STAFF, "--rhk",
                  "9", "--period", "2026-TW1", pdf, *TODAY)
    assert "9" in err
    refused(capsys, db, *base, "--indicator", "3", "--period", "2026-TW1", pdf, *TODAY)
    err = refused(capsys, db, *base, "--period", "2026-TW1", tmp_path / "tidak-ada.pdf", *TODAY)
    assert "tidak-ada.pdf" in err
    err = refused(capsys, db, "--as", NIP_RINA, *base[2:], "--period", "2026-TW1", pdf, *TODAY)
    assert "Rina Marlina" in err
    refused(capsys, db, *base, "--period", "2026-TW1", *TODAY, code=2)  # no file, no link
    refused(capsys, db, *base, "--period", "2026-TW1", pdf, "--link", "x", *TODAY, code=2)

    e = _add(capsys, db, "--rhk", "1", "--period", "2026-TW1", pdf)[0]
    err = refused(capsys, db, "--as", NIP_KABID, "evidence", "verify", e["id"], "--reject")
    assert "Alasan wajib diisi" in err
    err = refused(capsys, db, "--as", NIP_ADMIN, "evidence", "verify", e["id"], "--accept")
    assert "pejabat penilai" in err
    refused(capsys, db, "evidence", "verify", e["id"], code=2)  # neither --accept nor --reject
    refused(capsys, db, "evidence", "verify", "0000000000", "--accept")
    err = refused(capsys, db, "evidence", "verify", e["id"][:4], "--accept")
    assert "8" in err
    out = write(tmp_path, "ada.pdf", b"lama")
    err = refused(capsys, db, "evidence", "export", e["id"], "--out", out)
    assert "--overwrite" in err and out.read_bytes() == b"lama"
    code, text, _ = run(capsys, "--db", db, "evidence", "export", e["id"], "--out", out,
                        "--overwrite", "--json")
    assert code == 0 and out.read_bytes() == pdf_bytes()


def test_json_error_names_the_code(capsys, office_db, tmp_path):
    empty = write(tmp_path, "kosong.pdf", b"")
    code, out, _ = run(capsys, "--db", office_db, "--as", NIP_STAFF, "evidence", "add", "--nip",
                       NIP_STAFF, "--rhk", "1", "--period", "2026-TW1", empty, *TODAY, "--json")
    assert code == 1
    assert json.loads(out)["error"]["code"] == "evidence_file_empty"


# --- kill -9 in the middle of `evidence add`
def _final_files(store) -> dict[str, bytes]:
    if not store.exists():
        return {}
    return {p.name: p.read_bytes() for p in store.iterdir() if not p.name.startswith(".")}


def _rows(db_path) -> list[tuple[str, str]]:
    import sqlite3
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT file_ref, sha256 FROM bukti_dukung").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("point", ["evidence.add.copying", "evidence.add.file-in-place",
                                   "evidence.add.recorded"])
def test_kill_during_add_leaves_no_row_without_file_and_no_half_file(capsys, office_db, tmp_path,
                                                                     point):
    db = office_db
    store = db.parent / "attachments"
    big = write(tmp_path, "besar.pdf", pdf_bytes() + b"0" * (3 * 1024 * 1024))  # several chunks
    png = write(tmp_path, "foto.png", png_bytes())
    args = ("--db", db, "--as", NIP_STAFF, "evidence", "add", "--nip", NIP_STAFF, "--rhk", "1",
            "--period", "2026-TW1", big, png, *TODAY)
    killed = skpdesk(tmp_path, *args, env=cli_env(tmp_path, SKPDESK_FAULT=f"kill:{point}"))
    assert killed.returncode == -9, (killed.stdout, killed.stderr)

    files = _final_files(store)
    for name, data in files.items():  # nothing half-written at a final name
        assert re.fullmatch(r"[0-9a-f]{64}\.(pdf|png)", name)
        assert hashlib.sha256(data).hexdigest() == name.split(".")[0]
    rows = _rows(db)
    assert rows == []  # the unit of work never committed
    for file_ref, sha in rows:
        assert file_ref in files and file_ref.startswith(sha)
    if point == "evidence.add.copying":
        assert files == {}
        temps = [p.name for p in store.iterdir() if p.name.startswith(".")]
        assert len(temps) == 1 and re.search(r"\.skpdesk-[0-9a-f]{6}-\d+-", temps[0])
    else:
        assert len(files) >= 1  # in place, used by no row: `check` reports it as unused

    # the same add afterwards works and reuses what is in place
    done = skpdesk(tmp_path, *args, "--json", env=cli_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 2
    rows = _rows(db)
    files = _final_files(store)
    assert len(rows) == 2 and all(ref in files for ref, _ in rows)
    capsys.readouterr()
    assert journal_total(capsys, db) > 0
