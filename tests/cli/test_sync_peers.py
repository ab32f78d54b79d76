"""`skpdesk sync identity` and `sync peer add|list|revoke`: identity files, fingerprints,
pinning, revoking; a database file copied to another machine takes a new device id."""

from __future__ import annotations

import json
import shutil

import pytest

from .sync_cli import replica
from .sync_cli import sync_data_dir  # noqa: F401 - autouse fixture


def test_identity_file_creates_an_empty_database_and_shows_the_fingerprint(tmp_path, capsys):
    laptop = replica(tmp_path, "laptop")
    out = laptop.identity(capsys, "Laptop Bu Ratna")
    assert laptop.db.exists()
    data = json.loads(laptop.skpid.read_text(encoding="utf-8"))
    assert data["format"] == "skpdesk-identity" and data["name"] == "Laptop Bu Ratna"
    assert data["device_id"] == out["device_id"] and data["fingerprint"] == out["fingerprint"]
    assert out["office_id"] is None
    assert "sign_key" not in laptop.skpid.read_text() and "private" not in laptop.skpid.read_text()
    # Same identity on a second call, name kept unless changed.
    again = laptop.identity(capsys)
    assert (again["device_id"], again["fingerprint"], again["name"]) == (
        out["device_id"], out["fingerprint"], "Laptop Bu Ratna")
    code, text, _ = laptop.run(capsys, "sync", "identity", "--out", laptop.skpid, json_out=False)
    assert code == 0 and out["fingerprint"] in text


def test_peers_are_pinned_listed_and_revoked(tmp_path, capsys):
    central, laptop = replica(tmp_path, "central"), replica(tmp_path, "laptop")
    central.ok(capsys, "init", "--instansi", "Dinas Kominfo", "--city", "Wonosari")
    central.identity(capsys, "Pusat")
    mine = laptop.identity(capsys, "Laptop Bu Ratna")
    added = central.ok(capsys, "sync", "peer", "add", laptop.skpid)["peer"]
    assert added["device_id"] == mine["device_id"] and added["fingerprint"] == mine["fingerprint"]
    assert added["central"] is False
    code, text, _ = central.run(capsys, "sync", "peer", "add", laptop.skpid, json_out=False)
    assert code == 0 and mine["fingerprint"] in text  # pinning again is harmless
    listed = central.ok(capsys, "sync", "peer", "list")["peers"]
    assert [p["name"] for p in listed] == ["Laptop Bu Ratna"]
    # laptop pins central as central
    pinned = laptop.ok(capsys, "sync", "peer", "add", central.skpid, "--central")["peer"]
    assert pinned["central"] is True and pinned["name"] == "Pusat"
    # revoke by fingerprint, by unique prefix
    revoked = central.ok(capsys, "sync", "peer", "revoke", mine["fingerprint"])["peer"]
    assert revoked["revoked_at"]
    assert laptop.ok(capsys, "sync", "peer", "revoke", pinned["device_id"][:8])["peer"]["revoked_at"]
    # a revoked peer cannot be pinned back with the same file
    code, _, err = central.run(capsys, "sync", "peer", "add", laptop.skpid)
    assert code == 1 and "dicabut" in err


def test_own_identity_unknown_peer_and_edited_identity_are_refused(tmp_path, capsys):
    central, laptop = replica(tmp_path, "central"), replica(tmp_path, "laptop")
    central.identity(capsys)
    laptop.identity(capsys)
    code, _, err = central.run(capsys, "sync", "peer", "add", central.skpid)
    assert code == 1 and "sendiri" in err
    code, _, err = central.run(capsys, "sync", "peer", "revoke", "ffff")
    assert code == 1 and "tidak dikenal" in err
    data = json.loads(laptop.skpid.read_text())
    data["name"] = "Laptop Palsu"
    data["enc_pub"] = json.loads(central.skpid.read_text())["enc_pub"]
    edited = tmp_path / "edited.skpid"
    edited.write_text(json.dumps(data))
    code, _, err = central.run(capsys, "sync", "peer", "add", edited)
    assert code == 1 and "sidik kunci tidak cocok" in err
    assert central.ok(capsys, "sync", "peer", "list")["peers"] == []
    edited.write_text("bukan json")
    code, _, err = central.run(capsys, "sync", "peer", "add", edited)
    assert code == 1 and "tidak dapat dipakai" in err


def test_same_device_with_other_keys_is_refused(tmp_path, capsys):
    central, laptop = replica(tmp_path, "central"), replica(tmp_path, "laptop")
    central.identity(capsys)
    laptop.identity(capsys)
    central.ok(capsys, "sync", "peer", "add", laptop.skpid)
    other = replica(tmp_path, "other")
    other.identity(capsys)
    data = json.loads(other.skpid.read_text())
    data["device_id"] = json.loads(laptop.skpid.read_text())["device_id"]
    forged = tmp_path / "forged.skpid"
    forged.write_text(json.dumps(data))
    code, _, err = central.run(capsys, "sync", "peer", "add", forged)
    assert code == 1 and "kunci lain" in err


def test_copied_database_file_gets_a_new_device_id_on_another_machine(tmp_path, capsys):
    original = replica(tmp_path, "original")
    original.ok(capsys, "init", "--instansi", "Dinas Kominfo", "--city", "Wonosari")
    first = original.identity(capsys, "Laptop Bu Ratna")
    copy = replica(tmp_path, "copy")
    shutil.copy(original.db, copy.db)
    # The copy opened on another machine: its first write takes a new device id and keys.
    code, out, err = copy.run(capsys, "office", "set", "--city", "Sleman")
    assert code == 0, err
    journal = copy.rows("journal", "device_id, seq")
    state = copy.rows("local_state")[0]
    new_device = state[1]
    assert new_device != first["device_id"]
    newest = [row for row in journal if row[1] == new_device]
    assert [row[2] for row in newest] == [1]  # a fresh sequence under the new id
    assert {row[1] for row in journal} == {first["device_id"], new_device}
    # The next sync command says so once, and the new identity has new keys.
    code, out, err = copy.run(capsys, "sync", "identity", "--out", copy.skpid)
    assert code == 0 and "ID baru" in err and first["device_id"] in err
    assert out["device_id"] == new_device and out["fingerprint"] != first["fingerprint"]
    code, out, err = copy.run(capsys, "sync", "identity", "--out", copy.skpid)
    assert "ID baru" not in err
    # The original on its own machine keeps its id.
    assert original.identity(capsys)["device_id"] == first["device_id"]


def test_copied_database_on_the_same_machine_keeps_its_id(tmp_path, capsys):
    original = replica(tmp_path, "original")
    first = original.identity(capsys)
    moved = replica(tmp_path, "moved")
    moved.machine = original.machine
    shutil.copy(original.db, moved.db)
    assert moved.identity(capsys)["device_id"] == first["device_id"]


def test_writing_into_a_missing_folder_is_a_message_not_a_crash(tmp_path, capsys):
    central, laptop = replica(tmp_path, "central"), replica(tmp_path, "laptop")
    central.ok(capsys, "init", "--instansi", "Dinas Kominfo", "--city", "Wonosari")
    central.identity(capsys)
    laptop.identity(capsys)
    central.ok(capsys, "sync", "peer", "add", laptop.skpid)
    missing = tmp_path / "tidak-ada" / "x.skpbundle"
    code, _, err = central.run(capsys, "sync", "export", "--for", laptop.skpid_device(),
                               "--out", missing)
    assert code == 1 and "foldernya tidak ada" in err
    code, _, err = central.run(capsys, "sync", "identity", "--out", tmp_path / "tidak-ada" / "a.skpid")
    assert code == 1 and "foldernya tidak ada" in err
