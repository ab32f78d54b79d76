"""Bundles that must be refused, each with the database unchanged (every table's rows hashed
before and after) and an Indonesian message naming the peer and the failed check."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from skpdesk.services.sync_peers import SyncPeersService
from skpdesk.sync import bundle_format as bf
from skpdesk.sync.crypto import KeyPair

from .sync_cli import join, pin_each_other, replica
from .sync_cli import sync_data_dir  # noqa: F401 - autouse fixture


@pytest.fixture
def office(tmp_path, capsys):
    central = replica(tmp_path, "central")
    central.ok(capsys, "init", "--instansi", "Dinas Kominfo", "--city", "Wonosari")
    central.identity(capsys, "Pusat")
    a, b = replica(tmp_path, "laptop_a"), replica(tmp_path, "laptop_b")
    join(capsys, central, a, "Laptop Bu Ratna")
    join(capsys, central, b, "Laptop Pak Budi")
    a.ok(capsys, "office", "set", "--city", "Sleman")
    # The bundle holds two operations: laptop A's published name (`replica_name`) and the city.
    bundle = a.folder / "a.skpbundle"
    a.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", bundle)
    return central, a, b, bundle


def refused(capsys, central, path, *words) -> str:
    before = central.dump_hash()
    code, out, err = central.run(capsys, "sync", "import", path)
    assert code == 1, (out, err)
    assert central.dump_hash() == before
    assert "ditolak" in err or "dicabut" in err, err
    for word in words:
        assert word in err, (word, err)
    return err


def _entries(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_truncated_bundle(office, capsys, tmp_path):
    central, _, _, bundle = office
    data = bundle.read_bytes()
    cut = tmp_path / "cut.skpbundle"
    cut.write_bytes(data[: len(data) * 2 // 3])
    err = refused(capsys, central, cut, '"zip"', "terpotong", "Basis data tidak diubah")
    assert "perangkat tak dikenal" in err  # the envelope was not even readable


def test_bit_flipped_bundle(office, capsys, tmp_path):
    central, _, _, bundle = office
    data = bytearray(bundle.read_bytes())
    flipped = tmp_path / "flip.skpbundle"
    for position in (len(data) // 2, 40, len(data) - 10):
        changed = bytearray(data)
        changed[position] ^= 0x04
        flipped.write_bytes(bytes(changed))
        refused(capsys, central, flipped)
    # The untouched bundle still imports afterwards.
    assert central.ok(capsys, "sync", "import", bundle)["operations"] == 2


def test_bundle_re_signed_by_an_unknown_key(office, capsys, tmp_path):
    central, _, _, bundle = office
    entries = _entries(bundle)
    stranger = KeyPair.generate()
    payload_sha = bf.hashlib.sha256(entries[bf.PAYLOAD]).digest()
    signature = stranger.sign(bf._signed_message(entries[bf.ENVELOPE], payload_sha))
    forged = tmp_path / "forged.skpbundle"
    forged.write_bytes(bf.canonical_zip([(bf.ENVELOPE, entries[bf.ENVELOPE]),
                                         (bf.SIGNATURE, signature),
                                         (bf.PAYLOAD, entries[bf.PAYLOAD])]))
    refused(capsys, central, forged, '"tanda_tangan"', "Laptop Bu Ratna")


def test_bundle_from_an_unpinned_replica(office, capsys, tmp_path):
    central, _, _, _ = office
    stranger = replica(tmp_path, "stranger")
    stranger.identity(capsys, "Laptop Asing")
    stranger.ok(capsys, "sync", "peer", "add", central.skpid, "--central")
    path = stranger.folder / "s.skpbundle"
    stranger.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", path)
    refused(capsys, central, path, '"pengirim"', stranger.skpid_device())


def test_bundle_encrypted_to_another_peer(office, capsys):
    central, a, b, _ = office
    a.ok(capsys, "sync", "peer", "add", b.skpid)
    central.ok(capsys, "sync", "peer", "list")
    path = a.folder / "for-b.skpbundle"
    a.ok(capsys, "sync", "export", "--for", b.skpid_device(), "--out", path)
    refused(capsys, central, path, '"penerima"', "Laptop Bu Ratna")


def test_zip_slip_entry(office, capsys, tmp_path):
    central, _, _, bundle = office
    entries = _entries(bundle)
    slip = tmp_path / "slip.skpbundle"
    with zipfile.ZipFile(slip, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        zf.writestr("../../evil.sh", b"rm -rf ~")
    refused(capsys, central, slip, '"nama_isi"', "../../evil.sh")
    assert not (tmp_path / "evil.sh").exists()


def test_oversize_bundle_and_zip_bomb(office, capsys, tmp_path, monkeypatch):
    central, _, _, bundle = office
    monkeypatch.setattr(bf, "DEFAULT_LIMITS", bf.Limits(bundle_bytes=bundle.stat().st_size - 1))
    refused(capsys, central, bundle, '"ukuran"', "MB")
    monkeypatch.undo()
    entries = _entries(bundle)
    bomb = tmp_path / "bomb.skpbundle"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(bf.ENVELOPE, entries[bf.ENVELOPE])
        zf.writestr(bf.SIGNATURE, entries[bf.SIGNATURE])
        zf.writestr(bf.PAYLOAD, b"\0" * 20_000_000)
    assert bomb.stat().st_size < 100_000
    refused(capsys, central, bomb, '"isi_terbuka"')


def test_newer_schema_version(office, capsys, monkeypatch):
    central, a, _, _ = office
    known, head = SyncPeersService.schemas()
    monkeypatch.setattr(SyncPeersService, "schemas",
                        staticmethod(lambda: (known | {"9999"}, "9999")))
    path = a.folder / "future.skpbundle"
    a.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", path)
    monkeypatch.undo()
    err = refused(capsys, central, path, '"skema"', "9999", "Perbarui SKP Desk")
    assert head in err


def test_replayed_bundle(office, capsys):
    central, _, _, bundle = office
    assert central.ok(capsys, "sync", "import", bundle)["operations"] == 2
    refused(capsys, central, bundle, '"sudah_diimpor"', "Laptop Bu Ratna")


def test_bundle_from_a_revoked_peer(office, capsys):
    central, a, _, bundle = office
    central.ok(capsys, "sync", "peer", "revoke", a.skpid_device())
    refused(capsys, central, bundle, "dicabut", "Laptop Bu Ratna")
    code, _, err = central.run(capsys, "sync", "export", "--for", a.skpid_device(), "--out",
                               central.folder / "x.skpbundle")
    assert code == 1 and "dicabut" in err
    assert not (central.folder / "x.skpbundle").exists()
    # --out-dir skips it
    out = central.ok(capsys, "sync", "export", "--out-dir", central.folder / "out")
    assert [b["peer_name"] for b in out["bundles"]] == ["Laptop Pak Budi"]


def test_bundle_of_another_office(office, capsys, tmp_path):
    central, _, _, _ = office
    other = replica(tmp_path, "other")
    other.ok(capsys, "init", "--instansi", "Dinas Pendidikan", "--city", "Sleman")
    other.identity(capsys, "Pusat Dinas Lain")
    pin_each_other(capsys, central, other)
    path = other.folder / "o.skpbundle"
    other.ok(capsys, "sync", "export", "--for", central.skpid_device(), "--out", path)
    refused(capsys, central, path, '"instansi"', "Dinas Pendidikan", "Pusat Dinas Lain")


def test_json_error_names_the_check(office, capsys, tmp_path):
    central, _, _, bundle = office
    cut = tmp_path / "cut.skpbundle"
    cut.write_bytes(bundle.read_bytes()[:100])
    code, out, _ = central.run(capsys, "sync", "import", cut)
    assert code == 1
    assert out["error"]["code"] == "sync_bundle_rejected"
    assert out["error"]["params"]["check"] == "zip"
