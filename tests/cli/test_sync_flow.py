"""Several replicas driven through the real `skpdesk` command: joining an office, exchanging
edits through the central copy, relayed, repeated and out-of-order bundles, empty replicas,
attachments that arrive late."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3

import pytest

from .sync_cli import join, office_rows, pin_each_other, replica, send
from .sync_cli import sync_data_dir  # noqa: F401 - autouse fixture


@pytest.fixture
def office(tmp_path, capsys):
    """A central copy with a small demo office, and two laptops that joined it."""
    central = replica(tmp_path, "central")
    central.ok(capsys, "demo", "--employees", "6", "--seed", "3", "--year", "2026")
    central.identity(capsys, "Pusat")
    laptops = [replica(tmp_path, "laptop_a"), replica(tmp_path, "laptop_b")]
    for laptop in laptops:
        join(capsys, central, laptop)
    # One round so that every replica holds every replica's published name (`replica_name`),
    # and the tests below count only the operations they make.
    for laptop in laptops:
        send(capsys, laptop, central, f"name-{laptop.name}.skpbundle")
    for laptop in laptops:
        send(capsys, central, laptop, f"names-{laptop.name}.skpbundle")
    return central, laptops


def test_join_gives_the_laptop_the_office_rows_with_the_same_ids(tmp_path, capsys):
    central = replica(tmp_path, "central")
    central.ok(capsys, "demo", "--employees", "6", "--seed", "3", "--year", "2026")
    laptop = replica(tmp_path, "laptop")
    assert laptop.identity(capsys, "Laptop Bu Ratna")["office_id"] is None
    central.identity(capsys, "Pusat")
    pin_each_other(capsys, central, laptop)
    seed = tmp_path / "seed.skpbundle"
    out = central.ok(capsys, "sync", "seed", "--for", laptop.skpid_device(), "--out", seed)
    assert out["kind"] == "seed" and out["operations"] == len(central.rows("journal"))
    report = laptop.ok(capsys, "sync", "join", seed)
    assert report["from"] == central.skpid_device() and report["operations"] == out["operations"]
    assert report["new"] > 0 and report["conflicts"] == 0
    assert office_rows(laptop) == office_rows(central)
    assert len(laptop.rows("core_value")) == 7
    # The laptop's identity now names the office.
    office_id = central.ok(capsys, "office", "show")["instansi"]["id"]
    assert laptop.identity(capsys)["office_id"] == office_id
    assert laptop.ok(capsys, "office", "show")["instansi"]["id"] == office_id
    status = laptop.ok(capsys, "sync", "status")
    assert status["peers"][0]["last_received"]["bundle_id"] == out["bundle_id"]


def test_edits_on_two_laptops_converge_through_the_central_copy(office, capsys):
    central, (a, b) = office
    a.ok(capsys, "office", "set", "--city", "Sleman")
    b.ok(capsys, "office", "set", "--setting", "print.place_date=city_blank")
    send(capsys, a, central, "a1.skpbundle")
    send(capsys, b, central, "b1.skpbundle")
    report_a = send(capsys, central, a, "ca.skpbundle")
    report_b = send(capsys, central, b, "cb.skpbundle")
    assert report_a["operations"] >= 1 and report_b["operations"] >= 1
    rows = office_rows(central)
    assert office_rows(a) == rows and office_rows(b) == rows
    assert central.ok(capsys, "office", "show")["instansi"]["city"] == "Sleman"
    assert b.ok(capsys, "office", "show")["settings"]["print.place_date"] == "city_blank"
    status = central.ok(capsys, "sync", "status")
    assert all(p["last_sent"]["bundle_id"] and p["last_received"]["bundle_id"]
               for p in status["peers"])


def test_concurrent_edits_show_one_conflict_everywhere_until_resolved(office, capsys):
    central, (a, b) = office
    a.ok(capsys, "office", "set", "--city", "Sleman")
    b.ok(capsys, "office", "set", "--city", "Bantul")
    send(capsys, a, central, "a1.skpbundle")
    report = send(capsys, b, central, "b1.skpbundle")
    assert report["conflicts"] == 1
    send(capsys, central, a, "ca.skpbundle")
    send(capsys, central, b, "cb.skpbundle")
    seen = [r.ok(capsys, "sync", "conflicts")["conflicts"] for r in (central, a, b)]
    assert all(len(c) == 1 for c in seen)
    assert len({c[0]["id"] for c in seen}) == 1
    assert len({r.ok(capsys, "office", "show")["instansi"]["city"] for r in (central, a, b)}) == 1
    conflict = seen[0][0]
    assert {s["value"] for s in conflict["sides"]} == {"Sleman", "Bantul"}
    # Every side is named by its replica's human name, this replica's own included.
    for r, c in zip((central, a, b), seen):
        assert {s["device_name"] for s in c[0]["sides"]} == {"laptop_a", "laptop_b"}, r.name
    a.ok(capsys, "sync", "resolve", conflict["id"], "--value", "Wonosari")
    send(capsys, a, central, "a2.skpbundle")
    send(capsys, central, b, "cb2.skpbundle")
    for r in (central, a, b):
        assert r.ok(capsys, "sync", "conflicts")["conflicts"] == []
        assert r.ok(capsys, "office", "show")["instansi"]["city"] == "Wonosari"
    assert office_rows(central) == office_rows(a) == office_rows(b)


def test_relayed_repeated_and_out_of_order_bundles_are_harmless(office, capsys):
    central, (a, b) = office
    a.ok(capsys, "office", "set", "--city", "Sleman")
    first = a.folder / "first.skpbundle"
    a.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", first)
    a.ok(capsys, "office", "set", "--instansi", "Dinas Kominfo Baru")
    second = a.folder / "second.skpbundle"
    a.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", second)
    # Relayed: A's edits reach central through B first (the laptops pinned each other).
    a.ok(capsys, "sync", "peer", "add", b.skpid)
    b.ok(capsys, "sync", "peer", "add", a.skpid)
    assert send(capsys, a, b, "ab.skpbundle")["operations"] == 2
    relayed = send(capsys, b, central, "bc.skpbundle")
    assert relayed["operations"] == 2
    rows = office_rows(central)
    assert rows == office_rows(a) == office_rows(b)
    # A's own bundles then arrive, the newer one first: nothing new, nothing changes.
    newer = central.ok(capsys, "sync", "import", second)
    assert (newer["operations"], newer["already_applied"]) == (0, 2)
    older = central.ok(capsys, "sync", "import", first)
    assert (older["operations"], older["already_applied"]) == (0, 1)
    assert office_rows(central) == rows
    # The same file again: refused, nothing at all changes.
    before = central.dump_hash()
    code, out, err = central.run(capsys, "sync", "import", second)
    assert code == 1 and "sudah_diimpor" in err and "laptop_a" in err
    assert central.dump_hash() == before
    assert central.ok(capsys, "office", "show")["instansi"]["city"] == "Sleman"


def test_an_empty_replica_cannot_erase_data_elsewhere(office, capsys, tmp_path):
    central, (a, _) = office
    rows = office_rows(central)
    # A laptop that joined and changed nothing sends a bundle: nothing changes at central.
    report = send(capsys, a, central, "empty.skpbundle")
    assert report["operations"] == 0 and report["deleted"] == 0
    assert office_rows(central) == rows
    # A fresh, empty replica pinned by central: its bundle belongs to no office and is refused.
    empty = replica(tmp_path, "kosong")
    empty.identity(capsys, "Laptop Kosong")
    pin_each_other(capsys, central, empty)
    path = empty.folder / "kosong.skpbundle"
    empty.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", path)
    before = central.dump_hash()
    code, _, err = central.run(capsys, "sync", "import", path)
    assert code == 1 and '"instansi"' in err and "Laptop Kosong" in err and str(path) in err
    assert central.dump_hash() == before and office_rows(central) == rows


def test_a_database_with_another_office_refuses_to_join(tmp_path, capsys):
    central = replica(tmp_path, "central")
    central.ok(capsys, "init", "--instansi", "Dinas Kominfo", "--city", "Wonosari")
    central.identity(capsys, "Pusat")
    other = replica(tmp_path, "other")
    other.ok(capsys, "init", "--instansi", "Dinas Pendidikan", "--city", "Sleman")
    other.identity(capsys, "Laptop Dinas Lain")
    pin_each_other(capsys, central, other)
    seed = tmp_path / "seed.skpbundle"
    central.ok(capsys, "sync", "seed", "--for", other.skpid_device(), "--out", seed)
    before = other.dump_hash()
    code, _, err = other.run(capsys, "sync", "join", seed)
    assert code == 1 and "Dinas Pendidikan" in err and "Dinas Kominfo" in err
    assert other.dump_hash() == before
    # A seed is accepted only from the peer pinned as central.
    laptop = replica(tmp_path, "laptop")
    laptop.identity(capsys)
    central.ok(capsys, "sync", "peer", "add", laptop.skpid)
    laptop.ok(capsys, "sync", "peer", "add", central.skpid)  # not --central
    seed2 = tmp_path / "seed2.skpbundle"
    central.ok(capsys, "sync", "seed", "--for", laptop.skpid_device(), "--out", seed2)
    before = laptop.dump_hash()
    code, _, err = laptop.run(capsys, "sync", "join", seed2)
    assert code == 1 and "pusat" in err
    assert laptop.dump_hash() == before
    # And a changes bundle is not a seed.
    code, _, err = laptop.run(capsys, "sync", "import", seed2)
    assert code == 1 and "belum berisi instansi" in err


def _png() -> bytes:
    from PIL import Image
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_attachment_referenced_before_its_file_arrives_waits_then_completes(office, capsys,
                                                                            tmp_path):
    central, (a, _) = office
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    digest = hashlib.sha256(logo.read_bytes()).hexdigest()
    central.ok(capsys, "office", "set", "--logo", logo)
    stored = central.folder / "attachments" / f"{digest}.png"
    assert stored.exists()
    # The central copy's attachments folder lost the file (not copied along, say).
    aside = tmp_path / "aside.png"
    shutil.move(stored, aside)
    report = send(capsys, central, a, "c1.skpbundle")
    assert report["waiting_attachments"] == 1
    assert a.ok(capsys, "sync", "status")["waiting_attachments"] == [digest]
    assert not (a.folder / "attachments" / f"{digest}.png").exists()
    # The file is back at central; the laptop's next bundle says it still waits for it.
    shutil.move(aside, stored)
    send(capsys, a, central, "a1.skpbundle")
    report = send(capsys, central, a, "c2.skpbundle")
    assert report["waiting_attachments"] == 0
    arrived = a.folder / "attachments" / f"{digest}.png"
    assert hashlib.sha256(arrived.read_bytes()).hexdigest() == digest
    assert a.ok(capsys, "sync", "status")["waiting_attachments"] == []
    assert a.ok(capsys, "office", "show")["instansi"]["logo"] == f"attachments/{digest}.png"


def test_restored_copy_takes_a_new_device_id_and_gets_its_lost_edits_back(office, capsys,
                                                                          tmp_path):
    central, (a, _) = office
    old_device = a.skpid_device()
    backup = tmp_path / "a-backup.sqlite"
    shutil.copy(a.db, backup)
    a.ok(capsys, "office", "set", "--city", "Sleman")
    send(capsys, a, central, "a1.skpbundle")
    # The laptop's disk fails; its database comes back from the older backup.
    shutil.copy(backup, a.db)
    central.ok(capsys, "office", "set", "--instansi", "Dinas Kominfo Baru")
    path = central.folder / "ca.skpbundle"
    central.ok(capsys, "sync", "export", "--for", old_device, "--out", path)
    code, out, err = a.run(capsys, "sync", "import", path)
    assert code == 0, err
    assert "ID baru" in err and old_device in err
    new_device = a.identity(capsys)["device_id"]
    assert new_device != old_device
    assert a.ok(capsys, "office", "show")["instansi"]["name"] == "Dinas Kominfo Baru"
    # Re-pinned under its new id, it receives everything again, its own lost edit included.
    central.ok(capsys, "sync", "peer", "add", a.skpid)
    a.ok(capsys, "office", "set", "--setting", "print.place_date=blank")
    send(capsys, a, central, "a2.skpbundle")
    path = central.folder / "ca2.skpbundle"
    central.ok(capsys, "sync", "export", "--for", new_device, "--out", path)
    a.ok(capsys, "sync", "import", path)
    assert a.ok(capsys, "office", "show")["instansi"]["city"] == "Sleman"
    assert office_rows(a) == office_rows(central)
    devices = {row[1] for row in central.rows("journal", "device_id, seq")}
    assert {old_device, new_device} <= devices


def _ids(r, table: str) -> set[str]:
    conn = sqlite3.connect(r.db)
    try:
        return {i for (i,) in conn.execute(f"SELECT id FROM {table}")}
    finally:
        conn.close()


def _draft_nips(r) -> list[str]:
    conn = sqlite3.connect(r.db)
    try:
        return [n for (n,) in conn.execute(
            "SELECT p.nip FROM skp s JOIN pegawai p ON p.id = s.pegawai_id "
            "WHERE s.status = 'draft' AND p.nip IS NOT NULL ORDER BY p.nip")]
    finally:
        conn.close()


def test_skp_edits_and_a_delete_against_an_edit_through_the_command_line(office, capsys):
    central, (a, b) = office
    nips = _draft_nips(central)
    assert len(nips) >= 1
    nip = nips[0]
    rhk = a.ok(capsys, "skp", "rhk", "add", "--nip", nip, "--year", "2026", "--text",
               "Tersusunnya laporan layanan informasi publik", "--kind", "tambahan")
    b.ok(capsys, "staff", "set", nip, "--jabatan", "Analis Kebijakan Ahli Muda")
    send(capsys, a, central, "a1.skpbundle")
    send(capsys, b, central, "b1.skpbundle")
    send(capsys, central, a, "ca.skpbundle")
    send(capsys, central, b, "cb.skpbundle")
    rows = office_rows(central)
    assert office_rows(a) == rows and office_rows(b) == rows
    assert all(rhk["id"] in _ids(r, "rhk") for r in (central, a, b))
    # A removes the RHK while B edits its text: a delete-vs-edit conflict on every replica.
    a.ok(capsys, "skp", "rhk", "remove", rhk["id"])
    b.ok(capsys, "skp", "rhk", "edit", rhk["id"], "--text", "Tersusunnya laporan bulanan")
    send(capsys, a, central, "a2.skpbundle")
    send(capsys, b, central, "b2.skpbundle")
    send(capsys, central, a, "ca2.skpbundle")
    send(capsys, central, b, "cb2.skpbundle")
    seen = [r.ok(capsys, "sync", "conflicts")["conflicts"] for r in (central, a, b)]
    kinds = [{c["kind"] for c in s} for s in seen]
    assert all("hapus_ubah" in k for k in kinds), seen
    assert len({tuple(sorted(c["id"] for c in s)) for s in seen}) == 1
    assert office_rows(central) == office_rows(a) == office_rows(b)


def test_cancelled_export_and_import_leave_nothing_behind(office, capsys, monkeypatch):
    from skpdesk.services.context import Services
    from skpdesk.services.progress import CancelToken, Cancelled
    from skpdesk.storage.database import Database
    from skpdesk.sync import pipeline

    central, (a, _) = office
    a.ok(capsys, "office", "set", "--city", "Sleman")
    cancel = CancelToken()
    cancel.cancel()
    monkeypatch.setenv("SKPDESK_MACHINE_ID", a.machine)
    db = Database(a.db)
    try:
        target = a.folder / "cancelled.skpbundle"
        with pytest.raises(Cancelled):
            pipeline.export_bundle(Services.build(db, "t"), central.skpid_device(), target,
                                   cancel=cancel)
        assert sorted(p.name for p in a.folder.iterdir() if "cancelled" in p.name) == []
    finally:
        db.close()
    path = a.folder / "a.skpbundle"
    a.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", path)
    before = central.dump_hash()
    monkeypatch.setenv("SKPDESK_MACHINE_ID", central.machine)
    db = Database(central.db)
    try:
        seen = []
        with pytest.raises(Cancelled):
            pipeline.import_bundle(Services.build(db, "t"), path, cancel=cancel,
                                   progress=lambda done, total: seen.append(done))
    finally:
        db.close()
    assert central.dump_hash() == before
    report = central.ok(capsys, "sync", "import", path)
    assert report["operations"] == 1
