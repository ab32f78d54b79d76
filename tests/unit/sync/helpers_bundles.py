"""Shared pieces of the bundle-format tests: key pairs, real journal entries, forged bundles."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.storage.migrate import known_revisions
from skpdesk.sync import bundle_format as bf
from skpdesk.sync.crypto import KeyPair, b64, fingerprint, seal
from skpdesk.sync.operations import OPTIONAL, REQUIRED

SENDER, RECIPIENT, OTHER = ("11111111-1111-4111-8111-111111111111",
                            "22222222-2222-4222-8222-222222222222",
                            "33333333-3333-4333-8333-333333333333")
OFFICE = "office-1"


def journal_ops(tmp_path: Path) -> list[dict]:
    """The wire-form journal entries of a fresh office (instansi + 7 core values)."""
    path = tmp_path / "source.sqlite"
    db = Database(path)
    Services.build(db, "penguji").office.init_office("Dinas Contoh", "Wonosari")
    db.close()
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    columns = {r[1] for r in conn.execute("PRAGMA table_info(journal)")}
    rows = conn.execute("SELECT * FROM journal ORDER BY device_id, seq").fetchall()
    conn.close()
    return [{k: (row[k] if k in columns else None) for k in (*REQUIRED, *OPTIONAL)} for row in rows]


def peer_key(keys: KeyPair, device: str = SENDER, revoked_at: str | None = None) -> bf.PeerKey:
    return bf.PeerKey(device, "Laptop Bu Ratna", fingerprint(keys.sign_public, keys.enc_public),
                      keys.sign_public, revoked_at)


def manifest_fields(**overrides) -> dict:
    known, head = known_revisions()
    fields = dict(bundle_id="0190a000-0000-7000-8000-000000000001", schema_version=head,
                  app_version="test", office_id=OFFICE, office_name="Dinas Contoh",
                  created_hlc="0001732881000000-00000", peer_state={}, missing_attachments=[])
    fields.update(overrides)
    return fields


def write(path: Path, sender_keys: KeyPair, recipient_keys: KeyPair, ops: list[dict], *,
          attachments=(), kind="changes", sender=SENDER, recipient=RECIPIENT, **manifest) -> Path:
    bf.write_bundle(path, kind=kind, keys=sender_keys, sender=sender, recipient=recipient,
                    recipient_enc_pub=recipient_keys.enc_public,
                    manifest_fields=manifest_fields(**manifest), ops=ops,
                    attachments=list(attachments))
    return path


def read(path: Path, recipient_keys: KeyPair, peers: dict[str, bf.PeerKey], *, office=OFFICE,
         limits=bf.DEFAULT_LIMITS, me=RECIPIENT, joining=False) -> bf.BundleContent:
    known, head = known_revisions()
    return bf.read_bundle(path, me=me, my_keys=recipient_keys, peer_lookup=peers.get,
                          known_schemas=known, schema_head=head, office_id=office,
                          joining=joining, limits=limits)


def forge(path: Path, sender_keys: KeyPair, recipient_keys: KeyPair, inner_entries: dict,
          *, kind="changes", sender=SENDER, recipient=RECIPIENT,
          inner_compression=zipfile.ZIP_DEFLATED) -> Path:
    """A bundle signed and sealed correctly around an inner zip of our choosing (what a
    compromised or buggy pinned peer could send)."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", compression=inner_compression) as zf:
        for name, data in inner_entries.items():
            zf.writestr(name, data)
    sealed = seal(inner.getvalue(), recipient_keys.enc_public, bf._aad(sender, recipient, kind))
    digest = hashlib.sha256(sealed.ciphertext)
    envelope = {"format": bf.BUNDLE_FORMAT, "format_version": bf.FORMAT_VERSION, "kind": kind,
                "from": sender, "from_key": fingerprint(sender_keys.sign_public,
                                                        sender_keys.enc_public),
                "to": recipient, "eph_pub": b64(sealed.eph_public), "nonce": b64(sealed.nonce),
                "payload_sha256": digest.hexdigest(), "payload_size": len(sealed.ciphertext)}
    envelope_bytes = json.dumps(envelope, sort_keys=True).encode()
    signature = sender_keys.sign(bf._signed_message(envelope_bytes, digest.digest()))
    path.write_bytes(bf.canonical_zip([(bf.ENVELOPE, envelope_bytes), (bf.SIGNATURE, signature),
                                       (bf.PAYLOAD, sealed.ciphertext)]))
    return path


def inner_of(path: Path, recipient_keys: KeyPair) -> dict[str, bytes]:
    """The entries of a bundle's inner zip (to copy them into a forged one)."""
    from skpdesk.sync.crypto import Sealed, open_sealed, unb64
    with zipfile.ZipFile(path) as zf:
        envelope = json.loads(zf.read(bf.ENVELOPE))
        payload = zf.read(bf.PAYLOAD)
    inner = open_sealed(Sealed(unb64(envelope["eph_pub"]), unb64(envelope["nonce"], 12), payload),
                        recipient_keys.enc_private,
                        bf._aad(envelope["from"], envelope["to"], envelope["kind"]))
    with zipfile.ZipFile(io.BytesIO(inner)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}
