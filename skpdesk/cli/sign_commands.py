"""`skpdesk sign FILE.pdf --key KEY.p12` (digital signature, PAdES) and the signing and
signature-check parts other commands share (issue 13, docs/signing.md).

    skpdesk sign FILE.pdf --key KEY.p12 [--password-file F] [--out SIGNED.pdf] [--reason R]
                 [--location L] [--json]
    skpdesk print skp ... --sign-key KEY.p12 [--sign-password-file F] [--sign-reason R]
    skpdesk check-print [KODE] --pdf FILE [--trust CERT.pem]...

The key's password comes from, in this order: the password file (its first line), the
environment variable SKPDESK_SIGN_PASSWORD, a prompt without echo when standard input is a
terminal, or else the first line of standard input (`echo ... | skpdesk sign`). It is never an
option value, so it does not end up in the shell history or the process list.

The password and the key are checked before anything is written: a wrong password prints a
message naming the field and leaves no file behind (and `print skp --sign-key` prints nothing).
Signing needs no database; `sign` never opens one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import textwrap
from pathlib import Path

from skpdesk.domain.documents import normalize_code
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.paper.pdf_signatures import PdfSignatureService

from .command_context import CommandContext, UsageError

PASSWORD_ENV = "SKPDESK_SIGN_PASSWORD"
# A password file holds one line; anything longer than this is not a password file.
MAX_PASSWORD_FILE_BYTES = 64 * 1024
SIGNED_SUFFIX = "_ttd"

SIGN_EPILOG = f"""contoh:
  skpdesk sign skp-agus.pdf --key dewi.p12
  skpdesk sign skp-agus.pdf --key dewi.p12 --password-file sandi.txt --out skp-agus-ttd.pdf
  skpdesk check-print --pdf skp-agus{SIGNED_SUFFIX}.pdf

Kata sandi kunci dibaca dari --password-file, variabel lingkungan {PASSWORD_ENV}, atau
ditanyakan (tanpa ditampilkan). Tanpa --out, berkas bertanda tangan ditulis di samping
aslinya dengan akhiran {SIGNED_SUFFIX}.pdf. Isi dan kode dokumen cetakan tidak berubah:
tanda tangan ditambahkan sebagai pembaruan bertahap (PAdES)."""


def add_parsers(sub, common) -> None:
    p = sub.add_parser(
        "sign", parents=[common], help="tandatangani PDF cetakan secara digital (PAdES)",
        description=textwrap.fill(
            "Menandatangani berkas PDF (cetakan SKP Desk) secara digital dengan kunci dan "
            "sertifikat dari berkas PKCS#12 (.p12/.pfx). Tanda tangan diperiksa dengan: "
            "skpdesk check-print --pdf BERKAS.", 78),
        epilog=SIGN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pdf", metavar="BERKAS.pdf", help="berkas PDF yang ditandatangani")
    p.add_argument("--key", required=True, metavar="KUNCI.p12",
                   help="berkas kunci PKCS#12 (.p12/.pfx) berisi kunci privat dan sertifikat")
    p.add_argument("--password-file", metavar="BERKAS",
                   help=f"berkas berisi kata sandi kunci (baris pertama); bawaan: "
                        f"{PASSWORD_ENV} atau ditanyakan")
    p.add_argument("--out", metavar="BERKAS.pdf",
                   help=f"berkas hasil (bawaan: nama asli dengan akhiran {SIGNED_SUFFIX}.pdf; "
                        "boleh sama dengan berkas asli)")
    p.add_argument("--reason", default="", metavar="ALASAN",
                   help="alasan penandatanganan, mis. \"Menyetujui SKP\"")
    p.add_argument("--location", default="", metavar="TEMPAT", help="tempat penandatanganan")
    p.set_defaults(handler=cmd_sign)


def add_print_signing_options(parser: argparse.ArgumentParser) -> None:
    """`--sign-key` and its companions for a print command (print skp; the evaluation print
    commands may call it too)."""
    group = parser.add_argument_group("tanda tangan digital (opsional)")
    group.add_argument("--sign-key", metavar="KUNCI.p12",
                       help="tandatangani setiap PDF yang dicetak dengan kunci PKCS#12 ini")
    group.add_argument("--sign-password-file", metavar="BERKAS",
                       help=f"berkas berisi kata sandi kunci (bawaan: {PASSWORD_ENV} atau "
                            "ditanyakan)")
    group.add_argument("--sign-reason", default="", metavar="ALASAN",
                       help="alasan penandatanganan")


def add_check_options(parser: argparse.ArgumentParser) -> None:
    """`check-print`'s `--pdf FILE` (code read from it; signature checked) and `--trust`."""
    parser.add_argument("--pdf", metavar="BERKAS.pdf",
                        help="berkas PDF cetakan: kodenya dibaca dari berkas (KODE boleh "
                             "dihilangkan) dan tanda tangan digitalnya diperiksa")
    parser.add_argument("--trust", action="append", default=[], metavar="SERTIFIKAT",
                        help="sertifikat (PEM/DER) yang dipercaya sebagai akar, mis. CA "
                             "instansi; boleh diulang")


# --- passwords
def read_password(ctx: CommandContext, password_file: str | None) -> str | None:
    if password_file:
        path = Path(password_file).expanduser()
        if not path.is_file():
            raise DomainError(ErrorCode.FILE_NOT_FOUND, field="berkas_kata_sandi",
                              path=str(path), value=str(path))
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_PASSWORD_FILE_BYTES)
        except OSError as error:
            raise DomainError(ErrorCode.FILE_UNREADABLE, field="berkas_kata_sandi",
                              path=str(path), reason=error.strerror or "") from error
        lines = raw.decode("utf-8", errors="replace").splitlines()
        return lines[0] if lines else ""
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    stdin = sys.stdin
    if stdin is None:
        return None
    if getattr(stdin, "isatty", lambda: False)():
        return getpass.getpass("Kata sandi kunci: ")
    line = stdin.readline()
    return line.rstrip("\r\n") if line else None


# --- sign
def default_signed_path(pdf: Path) -> Path:
    return pdf.with_name(f"{pdf.stem}{SIGNED_SUFFIX}{pdf.suffix or '.pdf'}")


def cmd_sign(ctx: CommandContext) -> int:
    a = ctx.args
    service = PdfSignatureService(None, "")  # no database: signing is about the file alone
    pdf = Path(a.pdf).expanduser()
    out = Path(a.out).expanduser() if a.out else default_signed_path(pdf)
    for path, field in ((pdf, "berkas_pdf"), (Path(a.key).expanduser(), "berkas_kunci")):
        if not path.is_file():  # before the password is asked for
            raise DomainError(ErrorCode.FILE_NOT_FOUND, field=field, path=str(path),
                              value=str(path))
    key = service.check_key(a.key, read_password(ctx, a.password_file))
    info = service.sign(pdf, out, key=key, reason=a.reason, location=a.location)
    if ctx.json:
        ctx.emit({"ok": True, "file": info.path, "code": info.code, "signer": info.signer,
                  "subject": info.subject, "signed_at": info.signed_at.isoformat(),
                  "field": info.field_name})
    else:
        code = f", kode dokumen {info.code}" if info.code else ""
        ctx.print(f"Ditandatangani secara digital: {info.path}{code}; penanda tangan "
                  f"{info.signer}, {local_time(info.signed_at)}.")
        ctx.print(f"Periksa dengan: skpdesk check-print --pdf {info.path}")
    return 0


# --- print ... --sign-key
class PrintSigning:
    """The key of `print ... --sign-key`, opened before printing; signs each written file."""

    def __init__(self, ctx: CommandContext) -> None:
        a = ctx.args
        self.key = None
        self.reason = getattr(a, "sign_reason", "") or ""
        if getattr(a, "sign_key", None):
            self.service = ctx.services().pdf_signatures
            self.key = self.service.check_key(a.sign_key,
                                              read_password(ctx, a.sign_password_file))
        elif getattr(a, "sign_password_file", None):
            raise UsageError("--sign-password-file hanya berlaku bersama --sign-key KUNCI.p12")

    def __bool__(self) -> bool:
        return self.key is not None

    def sign(self, paths, location: str = "") -> list:
        """Sign each printed file in place (atomically replaced)."""
        if self.key is None:
            return []
        return [self.service.sign(p, p, key=self.key, reason=self.reason, location=location)
                for p in paths]


def with_signed(signed: list, payload: dict) -> dict:
    """A print command's JSON, with `signed` (the files signed) when --sign-key was given:
    without it the JSON stays exactly as before (a contract)."""
    if not signed:
        return payload
    return {**payload, "signed": [str(info.path) for info in signed]}


def say_signed(ctx: CommandContext, signed: list) -> None:
    if signed:
        ctx.print(f"Ditandatangani secara digital: {len(signed)} berkas, oleh "
                  f"{signed[0].signer}.")


# --- check-print --pdf
def code_and_signature(ctx: CommandContext):
    """(the code to check, the SignatureCheck of --pdf or None). The code from the command
    line must be the one the PDF carries; without one, it is read from the PDF."""
    a = ctx.args
    typed = getattr(a, "code", None)
    pdf = getattr(a, "pdf", None)
    if pdf is None:
        if getattr(a, "trust", None):
            raise UsageError("--trust hanya berlaku bersama --pdf BERKAS.pdf")
        if not typed:
            raise UsageError("sebutkan KODE dokumen atau --pdf BERKAS.pdf")
        return typed, None
    service = ctx.services().pdf_signatures
    path = str(Path(pdf).expanduser())
    if typed:
        codes = service.codes_of(pdf)
        wanted = normalize_code(typed)
        if codes and wanted not in codes:
            raise DomainError(ErrorCode.SIGN_PDF_CODE_MISMATCH, field="berkas_pdf", path=path,
                              value=wanted or typed.strip(), codes=", ".join(codes[:5]))
        code = typed
    else:
        code = service.code_of(pdf)
    return code, service.verify(pdf, trusted_certs=tuple(a.trust or ()))


def signature_json(check) -> dict:
    return {"signature": check.as_json() if check is not None else None}


def signature_lines(check) -> list[str]:
    """The "Tanda tangan digital" lines of check-print (also the window's wording)."""
    if check is None:
        return []
    if not check.signed:
        return ["Tanda tangan digital: tidak ada"]
    lines = []
    for sig in check.signatures:
        when = local_time(sig.signed_at) if sig.signed_at else "waktu tidak tercatat"
        if sig.valid:
            lines.append(f"Tanda tangan digital: SAH ({sig.signer}, {when})")
        elif sig.intact:
            lines.append(f"Tanda tangan digital: TIDAK SAH (berkas diubah setelah "
                         f"ditandatangani; {sig.signer}, {when})")
        else:
            lines.append(f"Tanda tangan digital: TIDAK SAH (isi yang ditandatangani tidak "
                         f"cocok lagi: berkas diubah atau rusak; {sig.signer}, {when})")
        lines.append(f"{'Sertifikat':<20}: " + (
            "tepercaya" if sig.trusted else
            "tidak tepercaya (swasertifikasi atau penerbit tidak dikenal); keutuhan isi tetap "
            "diperiksa"))
    return lines


def local_time(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")
