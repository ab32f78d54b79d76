"""Bukti dukung between laptops through real bundles and the real `skpdesk` command: the file
travels with its row; a bundle whose sender lacks the file brings the row alone ("menunggu
lampiran" on the receiver, a warning of `check`, never an error), and the next bundle brings the
file."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.sync import pipeline
from tests.unit.helpers_evidence import evidence_team, pdf_bytes
from tests.unit.helpers_office import NIP_STAFF

from .sync_cli import join, replica, send
from .sync_cli import sync_data_dir  # noqa: F401 - autouse fixture


@pytest.fixture
def office(tmp_path, capsys):
    """A central copy holding a team with SKPs (the staff's RHK 1 has indicators), and two
    laptops that joined it."""
    central = replica(tmp_path, "central")
    database = Database(central.db)
    evidence_team(Services.build(database, "penyiap"))
    database.close()
    central.identity(capsys, "Pusat")
    laptops = [replica(tmp_path, "laptop_a"), replica(tmp_path, "laptop_b")]
    for laptop in laptops:
        join(capsys, central, laptop)
    return central, laptops


def _add(capsys, laptop, path):
    [added] = laptop.ok(capsys, "--as", NIP_STAFF, "evidence", "add", "--nip", NIP_STAFF,
                        "--rhk", "1", "--period", "2026-TW1", path, "--today", "2026-03-15")
    return added


def _listed(capsys, r) -> list[dict]:
    return r.ok(capsys, "evidence", "list", "--nip", NIP_STAFF, "--period", "2026-TW1")


def test_a_bukti_travels_with_its_file(office, capsys, tmp_path):
    central, (a, b) = office
    path = tmp_path / "laporan.pdf"
    path.write_bytes(pdf_bytes("laporan TW1"))
    added = _add(capsys, a, path)
    report = send(capsys, a, central, "a1.skpbundle")
    assert report["attachments_written"] == 1 and report["waiting_attachments"] == 0
    send(capsys, central, b, "c1.skpbundle")
    [seen] = _listed(capsys, b)
    assert seen["id"] == added["id"] and seen["available"] is True
    stored = b.folder / "attachments" / added["file"]
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == added["sha256"]
    for r in (central, a, b):
        answer = r.ok(capsys, "check", "--year", "2026")
        assert answer["ok"] and not [w for w in answer["warnings"]
                                     if w["code"].startswith("attachment")], r.name


def test_a_row_whose_sender_lacks_the_file_waits_then_the_next_bundle_brings_it(
        office, capsys, tmp_path):
    central, (a, b) = office
    path = tmp_path / "foto.pdf"
    path.write_bytes(pdf_bytes("foto kegiatan"))
    added = _add(capsys, a, path)
    send(capsys, a, central, "a1.skpbundle")
    # The central copy's attachments folder lost the file (not copied along, say).
    stored = central.folder / "attachments" / added["file"]
    aside = tmp_path / "aside.pdf"
    shutil.move(stored, aside)
    report = send(capsys, central, b, "c1.skpbundle")
    assert report["waiting_attachments"] == 1
    [seen] = _listed(capsys, b)
    assert seen["available"] is False and seen["status_label"] == "menunggu lampiran"
    assert b.ok(capsys, "sync", "status")["waiting_attachments"] == [added["sha256"]]
    code, out, err = b.run(capsys, "check", "--year", "2026", json_out=False)
    assert code == 0, err  # waiting is a warning, not an error
    assert f"Menunggu lampiran: berkas {added['file']}" in out
    assert '"foto.pdf" Agus Santoso' in out
    # The file is back at central; the laptop's next bundle says it still waits for it.
    shutil.move(aside, stored)
    send(capsys, b, central, "b1.skpbundle")
    report = send(capsys, central, b, "c2.skpbundle")
    assert report["waiting_attachments"] == 0 and report["attachments_written"] == 1
    [seen] = _listed(capsys, b)
    assert seen["available"] is True and seen["status_label"] != "menunggu lampiran"
    out_file = tmp_path / "ekspor.pdf"
    exported = b.ok(capsys, "evidence", "export", added["id"], "--out", out_file)
    assert exported["sha256"] == added["sha256"] and out_file.read_bytes() == path.read_bytes()
    answer = b.ok(capsys, "check", "--year", "2026")
    assert answer["ok"] and not [w for w in answer["warnings"] if w["code"].startswith("attachment")]


def test_attachments_beyond_one_bundle_follow_in_the_next_bundles(office, capsys, tmp_path,
                                                                  monkeypatch):
    """A bundle holds at most 512 MB (the receiver refuses a larger one), and bukti files add up
    to more than that: a bundle carries at most ATTACHMENT_BYTES_PER_BUNDLE of files (here made
    small), the rows travel at once, the rest wait and follow in the next bundles."""
    central, (a, b) = office
    files = []
    for n in range(5):
        path = tmp_path / f"scan-{n}.pdf"
        path.write_bytes(pdf_bytes(f"pindaian {n} " + "x" * 10_000))
        files.append(path)
    size = files[0].stat().st_size
    monkeypatch.setattr(pipeline, "ATTACHMENT_BYTES_PER_BUNDLE", 2 * size + size // 2)
    added = a.ok(capsys, "--as", NIP_STAFF, "evidence", "add", "--nip", NIP_STAFF, "--rhk", "1",
                 "--period", "2026-TW1", *files, "--today", "2026-03-15")
    path = a.folder / "a1.skpbundle"
    sent = a.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", path)
    assert (sent["attachments"], sent["attachments_deferred"]) == (2, 3)
    report = central.ok(capsys, "sync", "import", path)
    assert report["waiting_attachments"] == 3
    assert sorted(e["available"] for e in _listed(capsys, central)) == [False] * 3 + [True] * 2
    rounds = 0
    while central.ok(capsys, "sync", "status")["waiting_attachments"]:
        send(capsys, central, a, f"c{rounds}.skpbundle")   # says what it waits for
        send(capsys, a, central, f"a{rounds}.skpbundle")   # brings up to two more
        rounds += 1
        assert rounds <= 3
    assert rounds == 2
    assert all(e["available"] for e in _listed(capsys, central))
    assert {e["sha256"] for e in _listed(capsys, central)} == {e["sha256"] for e in added}
    answer = central.ok(capsys, "check", "--year", "2026")
    assert answer["ok"] and not [w for w in answer["warnings"] if w["code"].startswith("attachment")]
