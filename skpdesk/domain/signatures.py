"""Digital signatures of printed PDFs (PAdES, issue 13): what signing made and what a check found.

Plain values, no cryptography here: `skpdesk.services.paper.pdf_signatures` signs with pyHanko and
fills them; the CLI (`sign`, `check-print --pdf`) and the window show them.

Wording: a signature is SAH (valid) when the signed bytes are intact, the cryptographic signature
verifies and nothing was appended after it; it is TIDAK SAH when the file was changed after
signing. Whether the signer's certificate is *trusted* (chains to a certificate the office
trusts) is a separate question: a self-signed or unknown certificate is reported as not trusted,
never as an invalid signature, because offices without a certificate authority sign with
their own keys.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The metadata keyword every SKP Desk PDF carries is its document code (reports set it); a
# signature does not touch it, so `code_of` reads it from a signed file too.


@dataclass(frozen=True)
class SignatureInfo:
    """What `sign` wrote."""

    path: str  # the signed file
    code: str | None  # the document code the PDF carries (None: not an SKP Desk print)
    signer: str  # the certificate's subject common name (or the whole subject)
    subject: str  # the full subject, as humans read it
    signed_at: dt.datetime  # the signing time claimed by the signer (the machine clock)
    field_name: str  # the PDF signature field filled


@dataclass(frozen=True)
class SignatureStatus:
    """One embedded signature, as verified."""

    field_name: str
    signer: str
    subject: str
    signed_at: dt.datetime | None
    intact: bool  # the signed bytes are unchanged and the signature verifies
    covers_whole_file: bool  # nothing but other signatures was appended after it
    trusted: bool  # the certificate chains to a trusted root (self-signed: False)
    reason: str = ""
    location: str = ""

    @property
    def valid(self) -> bool:
        """SAH: intact and nothing but later signatures appended after it."""
        return self.intact and self.covers_whole_file


@dataclass(frozen=True)
class SignatureCheck:
    """All signatures of one PDF. `signed` False: the file has none."""

    path: str
    signatures: tuple[SignatureStatus, ...] = ()

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def intact(self) -> bool | None:
        """Every signature SAH (None when unsigned)."""
        if not self.signatures:
            return None
        return all(s.valid for s in self.signatures)

    @property
    def trusted(self) -> bool | None:
        if not self.signatures:
            return None
        return all(s.trusted for s in self.signatures)

    @property
    def last(self) -> SignatureStatus | None:
        return self.signatures[-1] if self.signatures else None

    @property
    def signer(self) -> str | None:
        return ", ".join(s.signer for s in self.signatures) if self.signatures else None

    @property
    def signed_at(self) -> dt.datetime | None:
        last = self.last
        return last.signed_at if last else None

    def as_json(self) -> dict:
        """The `signature` object of `check-print --json` (contract: signed, intact, signer,
        signed_at, trusted; `signatures` lists each one)."""
        return {
            "signed": self.signed, "intact": self.intact, "signer": self.signer,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "trusted": self.trusted,
            "signatures": [
                {"field": s.field_name, "signer": s.signer, "subject": s.subject,
                 "signed_at": s.signed_at.isoformat() if s.signed_at else None,
                 "intact": s.valid, "trusted": s.trusted, "reason": s.reason,
                 "location": s.location}
                for s in self.signatures],
        }
