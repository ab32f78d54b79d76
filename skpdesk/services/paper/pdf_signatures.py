"""Optional digital signature (PAdES, pyHanko) of printed PDFs and its verification (issue 13).

- `sign(pdf_in, pdf_out, key_file=, password=)`: a PAdES baseline B signature (CAdES detached,
  SHA-256, no timestamp: there is no network to reach a timestamp authority) made with the key
  and certificate of a PKCS#12 file (.p12/.pfx). The signature is an incremental update: the
  printed pages, the QR codes and the document code in the metadata keywords stay exactly as
  printed. The signed file is written atomically (`atomic_write`); nothing is written when the
  key, the password or the PDF is refused.
- `verify(pdf_path)`: each embedded signature: intact (the signed bytes hash to what was
  signed and the signature verifies), whether anything but later signatures was appended after
  it, the signer (certificate subject), the signing time it claims, and whether the certificate
  is trusted. No network: revocation information is never fetched (soft-fail), and the only
  trust roots are the certificates the caller names (an office's own CA); a self-signed
  certificate is "not trusted", not "invalid".
- `code_of(pdf_path)`: the document code from the PDF's metadata keywords (printing sets them:
  `reports/skp_pdf.py`, `form_pages.py`); a combined PDF holds several (`codes_of`).

The values are `skpdesk.domain.signatures`; errors are the "signature" area of `ErrorCode`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
from pathlib import Path

from skpdesk.domain.documents import normalize_code
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.signatures import SignatureCheck, SignatureInfo, SignatureStatus

from ..atomic_files import atomic_write

log = logging.getLogger(__name__)

# A PKCS#12 file holds a key and a few certificates: a few kilobytes. Anything far larger is
# not a key file, and is refused before it is parsed.
MAX_KEY_FILE_BYTES = 1024 * 1024
# Signing and verifying read the whole PDF into memory (pyHanko hashes it in one pass). A
# combined PDF of a large office's SKPs is tens of megabytes; 200 MB bounds the memory used.
MAX_PDF_BYTES = 200 * 1024 * 1024
# A PDF header may be preceded by junk (the PDF specification lets readers accept up to 1 KB).
PDF_HEADER_WINDOW = 1024
FIELD_PREFIX = "TandaTangan"

# The field keys of the messages (labels in skpdesk/messages/labels.py).
KEY_FIELD = "berkas_kunci"
PASSWORD_FIELD = "kata_sandi"
PDF_FIELD = "berkas_pdf"
TRUST_FIELD = "sertifikat_tepercaya"


class LoadedKey:
    """A key file that opened with its password: what `sign` signs with."""

    def __init__(self, signer, path: str) -> None:
        self.signer = signer
        self.path = path

    @property
    def subject(self) -> str:
        return self.signer.signing_cert.subject.human_friendly

    @property
    def signer_name(self) -> str:
        return _common_name(self.signer.signing_cert)


def _common_name(cert) -> str:
    try:
        name = cert.subject.native.get("common_name")
    except Exception:  # an unusual subject: show it whole
        name = None
    if isinstance(name, (list, tuple)):
        name = ", ".join(str(n) for n in name)
    return str(name) if name else cert.subject.human_friendly


def _read_limited(path: str | os.PathLike, limit: int, field: str, not_found_field: str) -> bytes:
    target = Path(path).expanduser()
    if not target.is_file():
        raise DomainError(ErrorCode.FILE_NOT_FOUND, field=not_found_field, path=str(target),
                          value=str(target))
    try:
        size = target.stat().st_size
        if size > limit:
            raise DomainError(_too_large_code(field), field=field, path=str(target),
                              reason="too_large", size=size, limit=limit)
        with open(target, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as error:
        raise DomainError(ErrorCode.FILE_UNREADABLE, field=field, path=str(target),
                          reason=error.strerror or type(error).__name__) from error


def _too_large_code(field: str) -> ErrorCode:
    return ErrorCode.SIGN_KEY_UNREADABLE if field == KEY_FIELD else ErrorCode.SIGN_PDF_INVALID


def _password_bytes(password: str | bytes | None) -> bytes | None:
    if password is None:
        return None
    if isinstance(password, bytes):
        return password or None
    return password.encode("utf-8") or None


def load_key(key_file: str | os.PathLike, password: str | bytes | None) -> LoadedKey:
    """Open a PKCS#12 key file. Wrong password and a file that is no key file are told apart
    (the container's structure is parsed first: if it parses, the password is what failed)."""
    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign.signers import SimpleSigner

    data = _read_limited(key_file, MAX_KEY_FILE_BYTES, KEY_FIELD, KEY_FIELD)
    path = str(Path(key_file).expanduser())
    try:
        container = asn1_pkcs12.Pfx.load(data, strict=True)
        container["auth_safe"]["content_type"].native  # forces the parse of the outer structure
    except Exception:
        raise DomainError(ErrorCode.SIGN_KEY_UNREADABLE, field=KEY_FIELD, path=path,
                          reason="not_pkcs12") from None
    secret = _password_bytes(password)
    try:
        private_key, cert, _others = pkcs12.load_key_and_certificates(data, secret)
    except ValueError:
        if secret is None:
            raise DomainError(ErrorCode.SIGN_PASSWORD_REQUIRED, field=PASSWORD_FIELD,
                              path=path) from None
        raise DomainError(ErrorCode.SIGN_PASSWORD_WRONG, field=PASSWORD_FIELD, path=path) from None
    except Exception:  # unsupported algorithms inside a well-formed container
        raise DomainError(ErrorCode.SIGN_KEY_UNREADABLE, field=KEY_FIELD, path=path,
                          reason="unsupported") from None
    if private_key is None or cert is None:
        raise DomainError(ErrorCode.SIGN_KEY_UNREADABLE, field=KEY_FIELD, path=path,
                          reason="no_key")
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=secret)
    except Exception:
        raise DomainError(ErrorCode.SIGN_KEY_UNREADABLE, field=KEY_FIELD, path=path,
                          reason="unsupported") from None
    return LoadedKey(signer, path)


def _read_pdf(pdf_path: str | os.PathLike) -> tuple[bytes, str]:
    data = _read_limited(pdf_path, MAX_PDF_BYTES, PDF_FIELD, PDF_FIELD)
    path = str(Path(pdf_path).expanduser())
    if b"%PDF-" not in data[:PDF_HEADER_WINDOW]:
        raise DomainError(ErrorCode.SIGN_PDF_INVALID, field=PDF_FIELD, path=path,
                          reason="not_pdf")
    return data, path


def _reader(data: bytes, path: str):
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        reader.trailer  # noqa: B018 (parses the cross-reference data now, not later)
    except Exception:
        raise DomainError(ErrorCode.SIGN_PDF_INVALID, field=PDF_FIELD, path=path,
                          reason="damaged") from None
    if reader.encrypted:
        raise DomainError(ErrorCode.SIGN_PDF_INVALID, field=PDF_FIELD, path=path,
                          reason="encrypted")
    return reader


def _codes_in(reader) -> tuple[str, ...]:
    """The document codes among the Info dictionary's keywords, in order, each once."""
    try:
        info = reader.trailer_view.get("/Info")
        keywords = str(info.get_object().get("/Keywords", "")) if info is not None else ""
    except Exception:  # a damaged Info dictionary: no code, not a crash
        return ()
    codes: list[str] = []
    for token in keywords.replace(";", ",").split(","):
        code = normalize_code(token.strip()) if token.strip().upper().startswith("SKP") else None
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


class PdfSignatureService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- keys
    def check_key(self, key_file: str | os.PathLike, password: str | bytes | None) -> LoadedKey:
        """Open the key file now (before printing), so a wrong password writes nothing."""
        return load_key(key_file, password)

    # --- signing
    def sign(self, pdf_in: str | os.PathLike, pdf_out: str | os.PathLike, *,
             key_file: str | os.PathLike | None = None, password: str | bytes | None = None,
             key: LoadedKey | None = None, reason: str = "",
             location: str = "") -> SignatureInfo:
        """Sign `pdf_in` into `pdf_out` (may be the same path); PAdES baseline B."""
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers

        if key is None:
            if key_file is None:
                raise DomainError(ErrorCode.FIELD_REQUIRED, field=KEY_FIELD)
            key = load_key(key_file, password)
        data, path = _read_pdf(pdf_in)
        reader = _reader(data, path)
        codes = _codes_in(reader)
        existing = {name for name, _value, _ref in fields.enumerate_sig_fields(reader)}
        number = len(existing) + 1
        while f"{FIELD_PREFIX}{number}" in existing:
            number += 1
        field_name = f"{FIELD_PREFIX}{number}"
        signed_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        meta = signers.PdfSignatureMetadata(
            field_name=field_name, reason=reason.strip() or None,
            location=location.strip() or None, md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES)
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
            pdf_signer = signers.PdfSigner(meta, signer=key.signer)
            output = io.BytesIO()
            pdf_signer.sign_pdf(writer, output=output)
        except DomainError:
            raise
        except Exception as error:  # a PDF pyHanko cannot update (damaged structure)
            log.warning("signing %s failed: %s", path, error, exc_info=True)
            raise DomainError(ErrorCode.SIGN_PDF_INVALID, field=PDF_FIELD, path=path,
                              reason="damaged") from None
        target = Path(pdf_out).expanduser()
        try:
            with atomic_write(target) as fh:
                fh.write(output.getvalue())
        except OSError as error:
            raise DomainError(ErrorCode.FILE_UNWRITABLE, field=PDF_FIELD, path=str(target),
                              detail=error.strerror or type(error).__name__) from error
        return SignatureInfo(path=str(target), code=codes[0] if len(codes) == 1 else None,
                             signer=key.signer_name, subject=key.subject, signed_at=signed_at,
                             field_name=field_name)

    # --- verifying
    def verify(self, pdf_path: str | os.PathLike, *,
               trusted_certs: tuple[str | os.PathLike, ...] = ()) -> SignatureCheck:
        """Every signature of the file, checked offline. Unsigned: `SignatureCheck.signed` False."""
        from pyhanko_certvalidator import ValidationContext

        roots = [_load_cert(p) for p in trusted_certs]
        data, path = _read_pdf(pdf_path)
        reader = _reader(data, path)
        try:
            embedded = list(reader.embedded_signatures)
        except Exception:
            raise DomainError(ErrorCode.SIGN_PDF_INVALID, field=PDF_FIELD, path=path,
                              reason="damaged") from None
        results = []
        with _quiet_pyhanko():
            for index, sig in enumerate(embedded):
                last = index == len(embedded) - 1
                context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                            revocation_mode="soft-fail")
                results.append(_status_of(sig, context, last))
        return SignatureCheck(path=path, signatures=tuple(results))

    # --- the document code
    def codes_of(self, pdf_path: str | os.PathLike) -> tuple[str, ...]:
        data, path = _read_pdf(pdf_path)
        return _codes_in(_reader(data, path))

    def code_of(self, pdf_path: str | os.PathLike) -> str:
        """The one document code of a printed PDF (metadata keywords). A file without one or
        with several (a combined PDF) is refused naming the file."""
        codes = self.codes_of(pdf_path)
        path = str(Path(pdf_path).expanduser())
        if not codes:
            raise DomainError(ErrorCode.SIGN_PDF_NO_CODE, field=PDF_FIELD, path=path)
        if len(codes) > 1:
            raise DomainError(ErrorCode.SIGN_PDF_MANY_CODES, field=PDF_FIELD, path=path,
                              count=len(codes), codes=", ".join(codes[:5]))
        return codes[0]


@contextlib.contextmanager
def _quiet_pyhanko():
    """pyHanko logs an untrusted (e.g. self-signed) certificate as a WARNING with a traceback;
    here that is an expected answer (`trusted` False), reported by us, not a fault. Its
    warnings are kept out of the terminal and the log while verifying; errors still show."""
    logger = logging.getLogger("pyhanko")
    previous = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(previous)


def _load_cert(path: str | os.PathLike):
    from asn1crypto import pem, x509

    data = _read_limited(path, MAX_KEY_FILE_BYTES, TRUST_FIELD, TRUST_FIELD)
    try:
        if pem.detect(data):
            _type, _headers, data = pem.unarmor(data)
        cert = x509.Certificate.load(data)
        cert.subject  # noqa: B018 (forces the parse)
        return cert
    except Exception:
        raise DomainError(ErrorCode.SIGN_CERT_UNREADABLE, field=TRUST_FIELD,
                          path=str(Path(path).expanduser())) from None


def _status_of(sig, context, last: bool) -> SignatureStatus:
    """One signature. Anything pyHanko cannot verify reads as not intact, never as a crash."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import ModificationLevel, SignatureCoverageLevel

    name = sig.field_name or ""
    cert = None
    try:
        cert = sig.signer_cert
    except Exception:
        pass
    signer = _common_name(cert) if cert is not None else ""
    subject = cert.subject.human_friendly if cert is not None else ""
    reason = str(sig.sig_object.get("/Reason", "") or "")
    location = str(sig.sig_object.get("/Location", "") or "")
    try:
        status = validate_pdf_signature(sig, context)
    except Exception as error:  # a broken signature object: reported as not SAH, not a crash
        log.warning("signature %s does not verify: %s", name, error, exc_info=True)
        return SignatureStatus(field_name=name, signer=signer, subject=subject,
                               signed_at=sig.self_reported_timestamp, intact=False,
                               covers_whole_file=False, trusted=False, reason=reason,
                               location=location)
    level = status.modification_level
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        covered = True
    elif level is None:
        covered = False
    elif last:  # only validation data (DSS) may follow the last signature
        covered = level <= ModificationLevel.LTA_UPDATES
    else:  # later signatures (and their fields) may follow an earlier one
        covered = level <= ModificationLevel.FORM_FILLING and status.docmdp_ok is not False
    return SignatureStatus(
        field_name=name, signer=signer, subject=subject,
        signed_at=status.signer_reported_dt, intact=bool(status.intact and status.valid),
        covers_whole_file=covered, trusted=bool(status.trusted), reason=reason,
        location=location)
