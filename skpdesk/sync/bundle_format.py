"""`.skpbundle` files: write them, and read them back verifying every check before any write.

A bundle is a zip of three STORED entries:

- `envelope.json`: {"format": "skpdesk-bundle", "format_version", "kind": "changes"|"seed",
  "from", "from_key" (fingerprint of the sender's keys), "to", "eph_pub", "nonce" (base64),
  "payload_sha256", "payload_size"};
- `payload.bin`: the inner zip, ChaCha20-Poly1305-sealed to the recipient's X25519 key
  (`crypto.seal`; associated data binds it to sender, recipient and kind);
- `envelope.sig`: Ed25519 signature by the sender over `envelope.json` bytes followed by the
  raw SHA-256 of `payload.bin`.

The inner zip holds `manifest.json` (see `build_manifest`), `ops.jsonl` (one journal entry per
line in wire form, sorted by (device_id, seq)) and `attachments/<sha256>[.ext]` (files named by
the SHA-256 of their content, as the attachments store names them).

`read_bundle` checks, in this order, and raises `DomainError(SYNC_BUNDLE_REJECTED, check=...)`
naming the peer and the check at the first failure: file size; outer zip sanity (only the three
entries, stored, declared sizes); envelope; format version; addressed to this replica; sender
pinned; sender not revoked; signature; decryption; inner zip sanity (entry names: no path
beyond `attachments/<hex>`, no duplicates, total unpacked size, CRC); manifest shape and
agreement with the envelope; schema version; office; `ops_sha256`; every operation's shape,
own hash and chain link; per-entity counts; every attachment's SHA-256 and size. Nothing is
written by this module except the bundle `write_bundle` produces (atomically).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.atomic_files import atomic_write
from skpdesk.services.progress import CancelToken, Progress

from . import operations as wire
from .crypto import CryptoFailure, KeyPair, Sealed, b64, fingerprint, open_sealed, seal, unb64, verify

BUNDLE_FORMAT = "skpdesk-bundle"
FORMAT_VERSION = 1
KINDS = ("changes", "seed")
ENVELOPE, SIGNATURE, PAYLOAD = "envelope.json", "envelope.sig", "payload.bin"
MANIFEST, OPS = "manifest.json", "ops.jsonl"
# What zipfile raises on a damaged file (NotImplementedError: an unknown "version needed";
# RuntimeError: an encrypted entry; zlib.error: broken deflate data).
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError,
               RuntimeError, struct.error, zlib.error, UnicodeDecodeError)
ATTACHMENT_ENTRY = re.compile(r"^attachments/(?P<sha>[0-9a-f]{64})(?P<ext>\.[a-z0-9]{1,8})?$")


@dataclass(frozen=True)
class Limits:
    """Caps that bound the time and memory a broken or hostile bundle can take. A real office
    (a few thousand pegawai, a year of edits) stays far below them: 100,000 operations make a
    bundle of about 10 MB that unpacks to about 70 MB (docs/benchmarks.md, "Sync")."""

    bundle_bytes: int = 512 * 1024 * 1024       # the file on disk
    envelope_bytes: int = 64 * 1024
    manifest_bytes: int = 16 * 1024 * 1024
    unpacked_bytes: int = 2 * 1024 * 1024 * 1024  # everything inside the payload, unpacked
    inner_entries: int = 100_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class PeerKey:
    """What the reader needs to know about a pinned sender."""

    device_id: str
    name: str
    fingerprint: str
    sign_pub: bytes
    revoked_at: str | None = None
    is_central: bool = False

    @property
    def label(self) -> str:
        return f"{self.name} ({self.fingerprint})"


@dataclass
class BundleContent:
    """A verified bundle, ready to apply."""

    path: str
    sha256: str
    size: int
    envelope: dict
    manifest: dict
    ops: list[dict]
    attachments: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # sha -> (name, data)
    sender: PeerKey | None = None

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def kind(self) -> str:
        return self.envelope["kind"]


def _aad(sender: str, recipient: str, kind: str) -> bytes:
    return f"{BUNDLE_FORMAT}|{FORMAT_VERSION}|{sender}|{recipient}|{kind}".encode()


def _signed_message(envelope_bytes: bytes, payload_sha256: bytes) -> bytes:
    return envelope_bytes + payload_sha256


# --- writing

def canonical_zip(entries: list[tuple[str, bytes]]) -> bytes:
    """The outer zip in one canonical form (STORED, no timestamps, no extra fields), written by
    this code rather than by `zipfile`, so the reader can rebuild it byte for byte from the
    entries: a changed byte anywhere in the file, even zip bookkeeping that carries no content,
    makes the bundle differ from its canonical form and is refused."""
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        raw_name = name.encode("ascii")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, crc, len(data),
                           len(data), len(raw_name), 0) + raw_name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0x21, crc,
                               len(data), len(data), len(raw_name), 0, 0, 0, 0, 0,
                               offset) + raw_name
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       start, 0)
    return bytes(out)

def build_manifest(*, bundle_id: str, kind: str, schema_version: str, app_version: str,
                   office_id: str | None, office_name: str | None, sender: str, recipient: str,
                   created_hlc: str, peer_state: dict[str, int], missing_attachments: list[str],
                   ops_bytes: bytes, ops: list[dict], attachments: list[tuple[str, bytes]]) -> dict:
    ranges: dict[str, list[int]] = {}
    per_entity: dict[str, int] = {}
    for op in ops:
        dev, seq = op["device_id"], op["seq"]
        span = ranges.get(dev)
        ranges[dev] = [seq, seq] if span is None else [min(span[0], seq), max(span[1], seq)]
        per_entity[op["entity"]] = per_entity.get(op["entity"], 0) + 1
    return {"bundle_id": bundle_id, "format_version": FORMAT_VERSION, "kind": kind,
            "schema_version": schema_version, "app_version": app_version,
            "office_id": office_id, "office_name": office_name, "from": sender, "to": recipient,
            "created_hlc": created_hlc, "op_ranges": ranges, "peer_state": peer_state,
            "missing_attachments": sorted(missing_attachments), "op_count": len(ops),
            "per_entity": per_entity, "ops_sha256": hashlib.sha256(ops_bytes).hexdigest(),
            "attachments": [{"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                             "name": name} for name, data in attachments]}


def write_bundle(path: str | Path, *, kind: str, keys: KeyPair, sender: str, recipient: str,
                 recipient_enc_pub: bytes, manifest_fields: dict, ops: list[dict],
                 attachments: list[tuple[str, bytes]], progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> tuple[dict, str, int]:
    """Write the bundle atomically; returns (manifest, sha256 of the file, its size).
    `attachments`: (entry name "<sha256><ext>", bytes). Cancelling leaves no file."""
    assert kind in KINDS
    ops_bytes = wire.encode_ops(ops, cancel=cancel)
    if progress:
        progress(1, 3)
    manifest = build_manifest(kind=kind, sender=sender, recipient=recipient, ops_bytes=ops_bytes,
                              ops=ops, attachments=attachments, **manifest_fields)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True))
        zf.writestr(OPS, ops_bytes)
        for name, data in attachments:
            # Images are compressed already (Anki stores media entries uncompressed too).
            zf.writestr(f"attachments/{name}", data, compress_type=zipfile.ZIP_STORED)
    del ops_bytes
    if cancel:
        cancel.raise_if_cancelled()
    if progress:
        progress(2, 3)
    sealed = seal(inner.getvalue(), recipient_enc_pub, _aad(sender, recipient, kind))
    del inner
    payload_sha = hashlib.sha256(sealed.ciphertext)
    envelope = {"format": BUNDLE_FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
                "from": sender, "from_key": fingerprint(keys.sign_public, keys.enc_public),
                "to": recipient, "eph_pub": b64(sealed.eph_public), "nonce": b64(sealed.nonce),
                "payload_sha256": payload_sha.hexdigest(), "payload_size": len(sealed.ciphertext)}
    envelope_bytes = json.dumps(envelope, sort_keys=True).encode("utf-8")
    signature = keys.sign(_signed_message(envelope_bytes, payload_sha.digest()))
    data = canonical_zip([(ENVELOPE, envelope_bytes), (SIGNATURE, signature),
                          (PAYLOAD, sealed.ciphertext)])
    with atomic_write(path) as fh:
        fh.write(data)
    if cancel:
        cancel.raise_if_cancelled()
    size, sha = len(data), hashlib.sha256(data).hexdigest()
    del data
    if progress:
        progress(3, 3)
    return manifest, sha, size


# --- reading

def _reject(check: str, path: Path, peer: str, **params: Any) -> DomainError:
    params.setdefault("detail", check)
    return DomainError(ErrorCode.SYNC_BUNDLE_REJECTED, field="berkas", path=str(path), peer=peer,
                       check=check, **params)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes; zipfile stops at the declared size and checks the CRC."""
    with zf.open(info) as fh:
        return fh.read()


def _zip_entries(zf: zipfile.ZipFile, reject: Callable[..., DomainError], *, allowed,
                 max_entries: int, max_total: int, stored_only: bool) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in entries or not allowed(name) or info.is_dir() or info.flag_bits & 0x1:
            raise reject("nama_isi", entry=name[:200])
        if len(entries) >= max_entries:
            raise reject("nama_isi", entry=f"{len(infos)} entri")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or (
                stored_only and info.compress_type != zipfile.ZIP_STORED):
            raise reject("isi_terbuka", size_bytes=info.file_size, limit_bytes=max_total)
        total += info.file_size
        if total > max_total:
            raise reject("isi_terbuka", size_bytes=total, limit_bytes=max_total)
        entries[name] = info
    return entries


def read_bundle(path: str | Path, *, me: str, my_keys: KeyPair,
                peer_lookup: Callable[[str], PeerKey | None], known_schemas: frozenset[str],
                schema_head: str, office_id: str | None, joining: bool = False,
                limits: Limits = DEFAULT_LIMITS, cancel: CancelToken | None = None,
                progress: Progress | None = None,
                shown_path: str | Path | None = None,
                office_name: str | None = None) -> BundleContent:
    """The verified content of a bundle file (already copied off the removable medium;
    `shown_path`: the name messages give it, the file the user chose)."""
    path = Path(path)
    named = Path(shown_path) if shown_path is not None else path
    shown = f"perangkat tak dikenal"
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DomainError(ErrorCode.FILE_UNREADABLE, field="berkas", path=str(path),
                          reason="os_error") from error

    def reject(check: str, **params: Any) -> DomainError:
        return _reject(check, named, shown, **params)

    if size > limits.bundle_bytes:
        raise reject("ukuran", size_bytes=size, limit_bytes=limits.bundle_bytes)
    with path.open("rb") as fh:
        raw = fh.read(limits.bundle_bytes + 1)
    file_sha = hashlib.sha256(raw).hexdigest()
    # -- outer zip
    try:
        outer = zipfile.ZipFile(io.BytesIO(raw))
    except _ZIP_ERRORS as error:
        raise reject("zip", detail=str(error)[:120] or "bukan zip") from None
    with outer:
        entries = _zip_entries(outer, reject, allowed={ENVELOPE, SIGNATURE, PAYLOAD}.__contains__,
                               max_entries=3, max_total=limits.bundle_bytes, stored_only=True)
        missing = {ENVELOPE, SIGNATURE, PAYLOAD} - set(entries)
        if missing:
            raise reject("zip", detail="tidak ada " + ", ".join(sorted(missing)))
        if entries[ENVELOPE].file_size > limits.envelope_bytes:
            raise reject("amplop", detail=ENVELOPE)
        try:
            envelope_bytes = _read_member(outer, entries[ENVELOPE])
            signature = _read_member(outer, entries[SIGNATURE])
            payload = _read_member(outer, entries[PAYLOAD])
        except _ZIP_ERRORS as error:
            raise reject("zip", detail=str(error)[:120]) from None
    if cancel:
        cancel.raise_if_cancelled()
    # -- envelope
    try:
        envelope = json.loads(envelope_bytes.decode("utf-8"))
        if not isinstance(envelope, dict) or envelope.get("format") != BUNDLE_FORMAT:
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise reject("amplop", detail=ENVELOPE) from None
    version = envelope.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise reject("format", found=version, supported=FORMAT_VERSION)
    if canonical_zip([(ENVELOPE, envelope_bytes), (SIGNATURE, signature),
                      (PAYLOAD, payload)]) != raw:
        raise reject("zip", detail="susunan berkas zip bukan bentuk bundel SKP Desk")
    del raw
    keys_needed = ("kind", "from", "from_key", "to", "eph_pub", "nonce", "payload_sha256")
    if any(not isinstance(envelope.get(k), str) for k in keys_needed) or \
            envelope["kind"] not in KINDS:
        raise reject("amplop", detail=ENVELOPE)
    sender_id = envelope["from"]
    sender = peer_lookup(sender_id)  # only to name it; trusted after the signature check
    shown = sender.label if sender is not None else f"perangkat tak dikenal {sender_id[:36]}"
    if envelope["to"] != me:
        raise reject("penerima", to=envelope["to"][:36], me=me)
    if sender is None:
        raise reject("pengirim")
    if sender.revoked_at:
        raise reject("dicabut", at=sender.revoked_at)
    # -- signature, then decryption
    payload_digest = hashlib.sha256(payload)
    try:
        verify(sender.sign_pub, signature, _signed_message(envelope_bytes, payload_digest.digest()))
    except CryptoFailure:
        raise reject("tanda_tangan") from None
    if payload_digest.hexdigest() != envelope["payload_sha256"]:
        raise reject("tanda_tangan")
    try:
        sealed = Sealed(unb64(envelope["eph_pub"]), unb64(envelope["nonce"], 12), payload)
        inner_bytes = open_sealed(sealed, my_keys.enc_private,
                                  _aad(sender_id, me, envelope["kind"]))
    except CryptoFailure:
        raise reject("dekripsi") from None
    del payload, sealed
    if progress:
        progress(1, 3)
    if cancel:
        cancel.raise_if_cancelled()
    # -- inner zip
    try:
        inner = zipfile.ZipFile(io.BytesIO(inner_bytes))
    except _ZIP_ERRORS as error:
        raise reject("zip", detail=str(error)[:120]) from None
    with inner:
        entries = _zip_entries(
            inner, reject, allowed=lambda n: n in (MANIFEST, OPS) or bool(ATTACHMENT_ENTRY.match(n)),
            max_entries=limits.inner_entries, max_total=limits.unpacked_bytes, stored_only=False)
        if MANIFEST not in entries or OPS not in entries:
            raise reject("manifes", detail="manifest.json/ops.jsonl tidak ada")
        if entries[MANIFEST].file_size > limits.manifest_bytes:
            raise reject("isi_terbuka", size_bytes=entries[MANIFEST].file_size,
                         limit_bytes=limits.manifest_bytes)
        try:
            manifest_bytes = _read_member(inner, entries[MANIFEST])
            ops_bytes = _read_member(inner, entries[OPS])
            files = {name: _read_member(inner, info) for name, info in entries.items()
                     if name.startswith("attachments/")}
        except _ZIP_ERRORS as error:
            raise reject("zip", detail=str(error)[:120]) from None
    del inner_bytes
    manifest = _checked_manifest(manifest_bytes, envelope, reject)
    if manifest["schema_version"] not in known_schemas:
        raise reject("skema", found=manifest["schema_version"], supported=schema_head)
    _check_office(manifest, office_id, joining, shown, office_name)
    if joining and manifest["office_id"] is None:
        raise reject("instansi", found="tanpa instansi", expected=office_id or "-")
    if office_id is not None and manifest["office_id"] != office_id and not joining:
        raise reject("instansi", found=manifest.get("office_name") or manifest["office_id"]
                     or "tanpa instansi", expected=office_name or office_id)
    if hashlib.sha256(ops_bytes).hexdigest() != manifest["ops_sha256"]:
        raise reject("hash_operasi")
    if cancel:
        cancel.raise_if_cancelled()
    try:
        ops = wire.decode_ops(ops_bytes, cancel=cancel)
    except wire.BadOperation as bad:
        raise reject("operasi", line=bad.line, detail=bad.reason) from None
    del ops_bytes
    _check_counts(ops, manifest, reject)
    attachments = _checked_attachments(files, manifest, reject)
    if progress:
        progress(2, 3)
    return BundleContent(str(named), file_sha, size, envelope, manifest, ops, attachments, sender)


def _check_office(manifest: dict, office_id: str | None, joining: bool, shown: str,
                  office_name: str | None) -> None:
    if joining and office_id is not None and manifest["office_id"] != office_id:
        raise DomainError(ErrorCode.SYNC_JOIN_OTHER_OFFICE, peer=shown,
                          expected=office_name or office_id,
                          found=manifest.get("office_name") or manifest["office_id"])
    if not joining and office_id is None:
        raise DomainError(ErrorCode.SYNC_NOT_JOINED)


_MANIFEST_TYPES = {"bundle_id": str, "format_version": int, "kind": str, "schema_version": str,
                   "app_version": str, "from": str, "to": str, "created_hlc": str,
                   "op_ranges": dict, "peer_state": dict, "missing_attachments": list,
                   "op_count": int, "per_entity": dict, "ops_sha256": str, "attachments": list}


def _checked_manifest(data: bytes, envelope: dict, reject) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise reject("manifes", detail="bukan JSON") from None
    if not isinstance(manifest, dict):
        raise reject("manifes", detail="bukan objek")
    for key, kind in _MANIFEST_TYPES.items():
        if not isinstance(manifest.get(key), kind):
            raise reject("manifes", detail=key)
    if manifest.get("office_id") is not None and not isinstance(manifest["office_id"], str):
        raise reject("manifes", detail="office_id")
    for key in ("from", "to", "kind"):
        if manifest[key] != envelope[key]:
            raise reject("manifes", detail=f"{key} berbeda dengan amplop")
    if manifest["format_version"] != envelope["format_version"]:
        raise reject("manifes", detail="format_version berbeda dengan amplop")
    state = manifest["peer_state"]
    if not all(isinstance(k, str) and isinstance(v, int) and v >= 0 for k, v in state.items()):
        raise reject("manifes", detail="peer_state")
    if not all(isinstance(s, str) and re.fullmatch("[0-9a-f]{64}", s)
               for s in manifest["missing_attachments"]):
        raise reject("manifes", detail="missing_attachments")
    return manifest


def _check_counts(ops: list[dict], manifest: dict, reject) -> None:
    per_entity: dict[str, int] = {}
    for op in ops:
        per_entity[op["entity"]] = per_entity.get(op["entity"], 0) + 1
    if len(ops) != manifest["op_count"] or per_entity != manifest["per_entity"]:
        raise reject("manifes", detail="jumlah perubahan per tabel")


def _checked_attachments(files: dict[str, bytes], manifest: dict, reject) -> dict[str, tuple[str, bytes]]:
    declared = {}
    for item in manifest["attachments"]:
        if not isinstance(item, dict) or not isinstance(item.get("sha256"), str) or \
                not isinstance(item.get("size"), int) or not isinstance(item.get("name"), str):
            raise reject("manifes", detail="attachments")
        declared[f"attachments/{item['name']}"] = item
    if set(declared) != set(files):
        raise reject("manifes", detail="daftar lampiran")
    out: dict[str, tuple[str, bytes]] = {}
    for entry, data in files.items():
        item = declared[entry]
        sha = ATTACHMENT_ENTRY.match(entry)["sha"]
        if item["sha256"] != sha or hashlib.sha256(data).hexdigest() != sha or len(data) != item["size"]:
            raise reject("lampiran", sha256=sha)
        out[sha] = (item["name"], data)
    return out
