"""Throw-away signing keys for the digital-signature tests (issue 13): a self-signed certificate
made in the test with `cryptography`, packed with its key into a PKCS#12 file with a password."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "rahasia-uji-123"
SIGNER = "Dewi Lestari"


def make_key(folder: Path, *, name: str = SIGNER, password: str | None = PASSWORD,
             file_name: str = "kunci.p12") -> tuple[Path, Path]:
    """(the .p12 key file, the certificate as PEM). EC P-256 keeps key generation instant."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Dinas Kominfo Contoh"),
                         x509.NameAttribute(NameOID.COUNTRY_NAME, "ID")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=True, crl_sign=True,
                                         encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    encryption = (serialization.BestAvailableEncryption(password.encode())
                  if password else serialization.NoEncryption())
    p12 = pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None, encryption)
    key_path = folder / file_name
    key_path.write_bytes(p12)
    cert_path = folder / (Path(file_name).stem + ".pem")
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def append_update(source: Path, target: Path) -> None:
    """Copy `source` to `target` with an incremental update drawing text over page 1: what a
    forger appends after a signature (pyHanko's incremental writer, so the signed bytes stay)."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(Path(source).read_bytes()))
    ref = writer.add_object(generic.StreamObject(stream_data=b"BT 100 700 Td (PALSU) Tj ET"))
    writer.add_stream_to_page(0, ref)
    out = io.BytesIO()
    writer.write(out)
    Path(target).write_bytes(out.getvalue())
