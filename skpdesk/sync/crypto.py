"""The cryptography of bundle files: Ed25519 signatures and encryption sealed to the recipient.

- Signing: Ed25519 (RFC 8032). Each replica signs what it sends with its private key; peers pin
  the public key at enrolment (`.skpid`), so a bundle signed by anyone else is refused.
- Sealing: an ephemeral X25519 key pair per bundle, agreed with the recipient's X25519 public
  key; HKDF-SHA256 turns the shared secret (with both public keys as context) into a 32-byte
  ChaCha20-Poly1305 key. Only the recipient's private key opens it (a lost USB stick reveals
  nothing) and the AEAD tag makes any changed byte fail to open.

Keys are stored and exchanged as raw bytes in standard base64 (32 bytes each).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
HKDF_INFO = b"skpdesk-bundle-v1"
_RAW = dict(encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw)
_RAW_PRIVATE = dict(encoding=serialization.Encoding.Raw, format=serialization.PrivateFormat.Raw,
                    encryption_algorithm=serialization.NoEncryption())


class CryptoFailure(Exception):
    """A signature that does not verify, a payload that does not open, a malformed key."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int | None = KEY_BYTES) -> bytes:
    try:
        data = base64.b64decode(str(text).encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise CryptoFailure("not base64") from None
    if length is not None and len(data) != length:
        raise CryptoFailure(f"expected {length} bytes, got {len(data)}")
    return data


@dataclass(frozen=True)
class KeyPair:
    """The private keys of one replica (raw 32 bytes each) and their public halves."""

    sign_private: bytes
    enc_private: bytes

    @classmethod
    def generate(cls) -> "KeyPair":
        return cls(Ed25519PrivateKey.generate().private_bytes(**_RAW_PRIVATE),
                   X25519PrivateKey.generate().private_bytes(**_RAW_PRIVATE))

    @property
    def sign_public(self) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key().public_bytes(**_RAW)

    @property
    def enc_public(self) -> bytes:
        return X25519PrivateKey.from_private_bytes(self.enc_private).public_key().public_bytes(**_RAW)

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private).sign(message)


def fingerprint(sign_public: bytes, enc_public: bytes) -> str:
    """What two people compare aloud: first 16 hex digits of sha256(sign_pub || enc_pub),
    grouped "ABCD-EF01-2345-6789"."""
    digest = hashlib.sha256(sign_public + enc_public).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def verify(sign_public: bytes, signature: bytes, message: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, message)
    except (InvalidSignature, ValueError) as error:
        raise CryptoFailure("signature does not verify") from error


def _key(shared: bytes, eph_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_public + recipient_public,
                info=HKDF_INFO).derive(shared)


@dataclass(frozen=True)
class Sealed:
    eph_public: bytes
    nonce: bytes
    ciphertext: bytes


def seal(plaintext: bytes, recipient_enc_public: bytes, aad: bytes = b"") -> Sealed:
    """Encrypt to the recipient's X25519 public key with a fresh ephemeral key."""
    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes(**_RAW)
    try:
        shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_enc_public))
    except ValueError as error:
        raise CryptoFailure("bad recipient key") from error
    nonce = os.urandom(NONCE_BYTES)
    key = _key(shared, eph_public, recipient_enc_public)
    return Sealed(eph_public, nonce, ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad or None))


def open_sealed(sealed: Sealed, enc_private: bytes, aad: bytes = b"") -> bytes:
    """The plaintext, or CryptoFailure when it was sealed to another key or changed."""
    me = X25519PrivateKey.from_private_bytes(enc_private)
    my_public = me.public_key().public_bytes(**_RAW)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(sealed.eph_public))
        key = _key(shared, sealed.eph_public, my_public)
        return ChaCha20Poly1305(key).decrypt(sealed.nonce, sealed.ciphertext, aad or None)
    except (InvalidTag, ValueError) as error:
        raise CryptoFailure("payload does not open with this replica's key") from error
