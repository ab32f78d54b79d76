"""`.skpbundle` files: a written bundle reads back exactly; every damaged, forged or hostile
bundle is refused at the check that names it, before anything would be written."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.messages import message_for
from skpdesk.sync import bundle_format as bf
from skpdesk.sync.crypto import KeyPair

from .helpers_bundles import (OTHER, RECIPIENT, SENDER, forge, inner_of, journal_ops, peer_key,
                              read, write)

LOGO = b"\x89PNG\r\n\x1a\n" + b"logo-bytes" * 50
LOGO_NAME = hashlib.sha256(LOGO).hexdigest() + ".png"


@pytest.fixture(scope="module")
def ops(tmp_path_factory):
    return journal_ops(tmp_path_factory.mktemp("ops"))


@pytest.fixture(scope="module")
def keys():
    return {"sender": KeyPair.generate(), "recipient": KeyPair.generate(),
            "stranger": KeyPair.generate()}


@pytest.fixture
def peers(keys):
    return {SENDER: peer_key(keys["sender"])}


def rejected(excinfo) -> str:
    error = excinfo.value
    assert error.code is ErrorCode.SYNC_BUNDLE_REJECTED, error.code
    return error.params["check"]


def test_round_trip_keeps_every_operation_and_attachment(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops,
                 attachments=[(LOGO_NAME, LOGO)], peer_state={SENDER: len(ops)})
    content = read(path, keys["recipient"], peers)
    assert content.ops == ops
    assert content.attachments == {LOGO_NAME[:64]: (LOGO_NAME, LOGO)}
    assert content.manifest["op_count"] == len(ops) == 8  # the office and 7 core values
    assert content.manifest["per_entity"] == {"instansi": 1, "core_value": 7}
    assert content.manifest["op_ranges"] == {ops[0]["device_id"]: [1, 8]}
    assert content.manifest["peer_state"] == {SENDER: 8}
    assert content.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert content.sender.device_id == SENDER


def test_payload_is_encrypted(tmp_path, ops, keys):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops)
    raw = path.read_bytes()
    assert b"Dinas Contoh" not in raw and b"core_value" not in raw
    assert "Dinas Contoh".encode() in inner_of(path, keys["recipient"])["ops.jsonl"]


def test_truncated_bundle_is_refused(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops)
    data = path.read_bytes()
    for cut in (10, len(data) // 2, len(data) - 30):
        path.write_bytes(data[:cut])
        with pytest.raises(DomainError) as excinfo:
            read(path, keys["recipient"], peers)
        assert rejected(excinfo) == "zip"


def test_every_flipped_bit_is_refused(tmp_path, ops, keys, peers):
    """Each byte of the file with one bit flipped (every byte of a small bundle, the zip
    bookkeeping included) is refused before anything could be written."""
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops[:2])
    data = path.read_bytes()
    checks = set()
    for position in range(len(data)):
        flipped = bytearray(data)
        flipped[position] ^= 1 << (position % 8)
        path.write_bytes(bytes(flipped))
        with pytest.raises(DomainError) as excinfo:
            read(path, keys["recipient"], peers)
        checks.add(rejected(excinfo))
    assert checks <= {"zip", "amplop", "isi_terbuka", "nama_isi", "format", "penerima",
                      "pengirim", "tanda_tangan"}, checks


def test_bundle_re_signed_by_an_unknown_key_is_refused(tmp_path, ops, keys, peers):
    # Claims to come from the pinned laptop, signed with someone else's key.
    path = write(tmp_path / "a.skpbundle", keys["stranger"], keys["recipient"], ops)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "tanda_tangan"
    assert "Laptop Bu Ratna" in message_for(excinfo.value.code, excinfo.value.params)


def test_bundle_from_an_unpinned_device_is_refused(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["stranger"], keys["recipient"], ops, sender=OTHER)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "pengirim"
    assert OTHER in message_for(excinfo.value.code, excinfo.value.params)


def test_bundle_for_another_peer_is_refused(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["stranger"], ops, recipient=OTHER)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "penerima"
    # Addressed to us but sealed to another key: does not open.
    path = write(tmp_path / "b.skpbundle", keys["sender"], keys["stranger"], ops)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "dekripsi"


def test_bundle_from_a_revoked_peer_is_refused(tmp_path, ops, keys):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops)
    peers = {SENDER: peer_key(keys["sender"], revoked_at="2026-11-29T10:00:00+00:00")}
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "dicabut"


def _outer(path, entries: dict[str, bytes], compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_zip_slip_entries_are_refused_outside_and_inside(tmp_path, ops, keys, peers):
    good = write(tmp_path / "good.skpbundle", keys["sender"], keys["recipient"], ops)
    with zipfile.ZipFile(good) as zf:
        outer = {n: zf.read(n) for n in zf.namelist()}
    for evil in ("../evil.txt", "/etc/passwd", "attachments/../../x"):
        path = _outer(tmp_path / "slip.skpbundle", {**outer, evil: b"x"})
        with pytest.raises(DomainError) as excinfo:
            read(path, keys["recipient"], peers)
        assert rejected(excinfo) == "nama_isi"
        assert excinfo.value.params["entry"] == evil
    inner = inner_of(good, keys["recipient"])
    for evil in ("attachments/../../../home/x", "../manifest.json", "attachments/a/b",
                 "attachments/" + "0" * 64 + "/x"):
        path = forge(tmp_path / "inner.skpbundle", keys["sender"], keys["recipient"],
                     {**inner, evil: b"x"})
        with pytest.raises(DomainError) as excinfo:
            read(path, keys["recipient"], peers)
        assert rejected(excinfo) == "nama_isi"


def test_zip_bombs_are_refused_before_unpacking(tmp_path, ops, keys, peers):
    good = write(tmp_path / "good.skpbundle", keys["sender"], keys["recipient"], ops)
    with zipfile.ZipFile(good) as zf:
        outer = {n: zf.read(n) for n in zf.namelist()}
    # Outer entries must be stored: a deflated payload is refused by its declared size.
    bomb = _outer(tmp_path / "bomb.skpbundle", {**outer, bf.PAYLOAD: b"\0" * 5_000_000},
                  compression=zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(DomainError) as excinfo:
        read(bomb, keys["recipient"], peers)
    assert rejected(excinfo) == "isi_terbuka"
    # Inside: 50 MB of zeros in a 50 kB payload, against a 10 MB unpack limit.
    inner = inner_of(good, keys["recipient"])
    path = forge(tmp_path / "inner-bomb.skpbundle", keys["sender"], keys["recipient"],
                 {**inner, "ops.jsonl": b"\0" * 50_000_000})
    assert path.stat().st_size < 200_000
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers, limits=bf.Limits(unpacked_bytes=10_000_000))
    assert rejected(excinfo) == "isi_terbuka"


def test_oversize_bundle_is_refused_before_reading(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers, limits=bf.Limits(bundle_bytes=1000))
    assert rejected(excinfo) == "ukuran"
    assert "MB" in message_for(excinfo.value.code, excinfo.value.params)


def test_newer_schema_and_format_are_refused_with_guidance(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops,
                 schema_version="9999")
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "skema"
    assert "Perbarui SKP Desk" in message_for(excinfo.value.code, excinfo.value.params)
    good = write(tmp_path / "b.skpbundle", keys["sender"], keys["recipient"], ops)
    with zipfile.ZipFile(good) as zf:
        outer = {n: zf.read(n) for n in zf.namelist()}
    envelope = json.loads(outer[bf.ENVELOPE])
    envelope["format_version"] = 2
    path = _outer(tmp_path / "c.skpbundle", {**outer, bf.ENVELOPE: json.dumps(envelope).encode()})
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "format"


def test_bundle_of_another_office_is_refused(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], ops,
                 office_id="other-office", office_name="Dinas Lain")
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "instansi"
    assert "Dinas Lain" in message_for(excinfo.value.code, excinfo.value.params)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers, joining=True)
    assert excinfo.value.code is ErrorCode.SYNC_JOIN_OTHER_OFFICE
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers, office=None)
    assert excinfo.value.code is ErrorCode.SYNC_NOT_JOINED


def test_changed_operation_is_refused_even_by_a_pinned_signer(tmp_path, ops, keys, peers):
    good = write(tmp_path / "good.skpbundle", keys["sender"], keys["recipient"], ops)
    inner = inner_of(good, keys["recipient"])
    lines = inner["ops.jsonl"].decode().splitlines()
    op = json.loads(lines[0])
    op["fields"] = op["fields"].replace("Dinas Contoh", "Dinas Palsu")
    lines[0] = json.dumps(op)
    # ops_sha256 no longer matches the manifest ...
    path = forge(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"],
                 {**inner, "ops.jsonl": ("\n".join(lines) + "\n").encode()})
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "hash_operasi"
    # ... and with the manifest fixed up, the entry's own hash does not verify.
    ops_bytes = ("\n".join(lines) + "\n").encode()
    manifest = json.loads(inner["manifest.json"])
    manifest["ops_sha256"] = hashlib.sha256(ops_bytes).hexdigest()
    path = forge(tmp_path / "b.skpbundle", keys["sender"], keys["recipient"],
                 {**inner, "ops.jsonl": ops_bytes, "manifest.json": json.dumps(manifest)})
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "operasi"
    assert excinfo.value.params["line"] == 1


def test_attachment_not_matching_its_hash_is_refused(tmp_path, ops, keys, peers):
    good = write(tmp_path / "good.skpbundle", keys["sender"], keys["recipient"], ops,
                 attachments=[(LOGO_NAME, LOGO)])
    inner = inner_of(good, keys["recipient"])
    inner[f"attachments/{LOGO_NAME}"] = LOGO[:-1] + b"X"
    path = forge(tmp_path / "a.skpbundle", keys["sender"], keys["recipient"], inner)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "lampiran"


def test_not_a_zip_is_refused(tmp_path, keys, peers):
    path = tmp_path / "a.skpbundle"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    assert rejected(excinfo) == "zip"
    text = message_for(excinfo.value.code, excinfo.value.params)
    assert "ditolak" in text and "Basis data tidak diubah" in text


def test_every_rejection_names_peer_and_check_in_both_languages(tmp_path, ops, keys, peers):
    path = write(tmp_path / "a.skpbundle", keys["stranger"], keys["recipient"], ops)
    with pytest.raises(DomainError) as excinfo:
        read(path, keys["recipient"], peers)
    params = excinfo.value.params
    indonesian = message_for(ErrorCode.SYNC_BUNDLE_REJECTED, params, "id")
    english = message_for(ErrorCode.SYNC_BUNDLE_REJECTED, params, "en")
    for text in (indonesian, english):
        assert "Laptop Bu Ratna" in text and "tanda_tangan" in text and str(path) in text
