"""`.skpid` identity files: the public half of a replica, exchanged to pin each other.

A person carries the file to the other device (USB stick, chat) and both sides compare the short
fingerprint shown by `sync identity` and `sync peer add` ("ABCD-EF01-2345-6789"): only then is
a bundle signed by that key accepted. The file holds nothing secret.

Format (UTF-8 JSON, at most MAX_IDENTITY_BYTES):
    {"format": "skpdesk-identity", "format_version": 1, "device_id": "...", "name": "...",
     "office_id": "..." | null, "office_name": "..." | null,
     "sign_pub": "<base64 Ed25519 public key>", "enc_pub": "<base64 X25519 public key>",
     "fingerprint": "ABCD-EF01-2345-6789"}
The fingerprint is recomputed on reading; a file whose fingerprint does not match its keys is
refused (it was edited).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.text_rules import escape_forbidden
from skpdesk.services.atomic_files import atomic_write

from .crypto import CryptoFailure, fingerprint, unb64

IDENTITY_FORMAT = "skpdesk-identity"
IDENTITY_VERSION = 1
MAX_IDENTITY_BYTES = 64 * 1024
MAX_NAME_CHARS = 100


@dataclass(frozen=True)
class PublicIdentity:
    device_id: str
    name: str
    sign_pub: str  # base64
    enc_pub: str   # base64
    office_id: str | None = None
    office_name: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(unb64(self.sign_pub), unb64(self.enc_pub))

    def to_json(self) -> dict:
        data = {"format": IDENTITY_FORMAT, "format_version": IDENTITY_VERSION}
        data.update(asdict(self))
        data["fingerprint"] = self.fingerprint
        return data


def write_identity(identity: PublicIdentity, path: str | Path) -> Path:
    target = Path(path)
    text = json.dumps(identity.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    with atomic_write(target) as fh:
        fh.write(text.encode("utf-8"))
    return target


def _invalid(path: Path, detail: str) -> DomainError:
    return DomainError(ErrorCode.SYNC_IDENTITY_INVALID, field="berkas", path=str(path),
                       detail=detail)


def read_identity(path: str | Path) -> PublicIdentity:
    """The identity in a `.skpid` file, checked (size, JSON, keys, fingerprint) or refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IDENTITY_BYTES:
            raise _invalid(path, f"berkas {size} bita, lebih dari {MAX_IDENTITY_BYTES}")
        with path.open("rb") as fh:
            raw = fh.read(MAX_IDENTITY_BYTES + 1)
    except FileNotFoundError:
        raise DomainError(ErrorCode.FILE_NOT_FOUND, field="berkas", path=str(path),
                          value=str(path)) from None
    except OSError as error:
        raise _invalid(path, error.strerror or type(error).__name__) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _invalid(path, "bukan JSON identitas SKP Desk") from None
    if not isinstance(data, dict) or data.get("format") != IDENTITY_FORMAT:
        raise _invalid(path, "bukan berkas identitas SKP Desk")
    if data.get("format_version") != IDENTITY_VERSION:
        raise _invalid(path, f"versi format {data.get('format_version')!r} tidak dikenal")
    try:
        device_id = str(uuid.UUID(str(data.get("device_id"))))
    except ValueError:
        raise _invalid(path, "ID perangkat tidak sah") from None
    name = data.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_CHARS:
        raise _invalid(path, "nama perangkat kosong atau terlalu panjang")
    office_id, office_name = data.get("office_id"), data.get("office_name")
    for value in (office_id, office_name):
        if value is not None and (not isinstance(value, str) or len(value) > 300):
            raise _invalid(path, "data instansi tidak sah")
    try:
        identity = PublicIdentity(device_id, escape_forbidden(" ".join(name.split())),
                                  str(data.get("sign_pub")), str(data.get("enc_pub")),
                                  office_id, office_name and escape_forbidden(office_name))
        shown = identity.fingerprint
    except CryptoFailure:
        raise _invalid(path, "kunci publik tidak sah") from None
    if data.get("fingerprint") != shown:
        raise _invalid(path, "sidik kunci tidak cocok dengan kuncinya (berkas diubah)")
    return identity
