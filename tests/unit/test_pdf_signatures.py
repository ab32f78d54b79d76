"""`PdfSignatureService`: PAdES signing with a throw-away PKCS#12 key, offline verification, the
document code read from a printed PDF (issue 13)."""

from __future__ import annotations

import io
import logging

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.reports.combined_pdf import render_combined
from skpdesk.reports.skp_pdf import render_skp
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.helpers_print import build_print_office
from tests.unit.helpers_signing import PASSWORD, SIGNER, append_update, make_key


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    database = Database(folder / "kantor.sqlite")
    services = Services.build(database, "test")
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    built = build_print_office(services)
    docs = [services.skp_document.build(built.staff_skp), services.skp_document.build(built.kabid_skp)]
    yield services, docs
    database.close()


@pytest.fixture
def service(office):
    return office[0].pdf_signatures


@pytest.fixture
def printed(office, tmp_path):
    doc = office[1][0]
    path = tmp_path / "skp.pdf"
    render_skp(doc, path)
    return path, doc.code


def test_sign_keeps_the_pages_and_the_code_and_verifies(service, printed, tmp_path):
    pdf, code = printed
    key, cert = make_key(tmp_path)
    out = tmp_path / "ttd.pdf"
    info = service.sign(pdf, out, key_file=key, password=PASSWORD, reason="Menyetujui SKP",
                        location="Wonosari")
    assert info.code == code and info.signer == SIGNER and info.path == str(out)
    assert out.read_bytes().startswith(pdf.read_bytes())  # an incremental update only
    assert service.code_of(out) == code

    check = service.verify(out)
    assert check.signed and check.intact is True and check.trusted is False
    [sig] = check.signatures
    assert sig.signer == SIGNER and sig.reason == "Menyetujui SKP" and sig.location == "Wonosari"
    assert sig.signed_at is not None and abs((sig.signed_at - info.signed_at).total_seconds()) < 120
    sig_dict = next(iter(PdfFileReader(io.BytesIO(out.read_bytes())).embedded_signatures)).sig_object
    assert sig_dict["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES, not adbe.pkcs7

    assert service.verify(out, trusted_certs=(cert,)).trusted is True
    assert service.verify(pdf).signed is False and service.verify(pdf).intact is None


def test_an_untrusted_certificate_is_not_a_logged_warning(service, printed, tmp_path, caplog):
    """pyHanko logs a self-signed certificate as a WARNING with a traceback, which the CLI
    showed on the terminal under the check's answer; it is an expected answer here."""
    pdf, _ = printed
    key, _ = make_key(tmp_path)
    service.sign(pdf, pdf, key_file=key, password=PASSWORD)
    with caplog.at_level(logging.WARNING):
        assert service.verify(pdf).trusted is False
    assert [r for r in caplog.records if r.name.startswith("pyhanko")] == []
    assert logging.getLogger("pyhanko").level == logging.NOTSET  # restored after the check


def test_sign_in_place_and_a_second_signature(service, printed, tmp_path):
    pdf, _ = printed
    first, _ = make_key(tmp_path, file_name="a.p12")
    second, _ = make_key(tmp_path, name="Agus Santoso", file_name="b.p12")
    service.sign(pdf, pdf, key_file=first, password=PASSWORD)
    info = service.sign(pdf, pdf, key_file=second, password=PASSWORD)
    assert info.field_name == "TandaTangan2"
    check = service.verify(pdf)
    assert [s.signer for s in check.signatures] == [SIGNER, "Agus Santoso"]
    assert check.intact is True  # a later signature does not break the earlier one


def test_an_incremental_update_after_signing_is_not_intact(service, printed, tmp_path):
    pdf, _ = printed
    key, _ = make_key(tmp_path)
    signed = tmp_path / "ttd.pdf"
    service.sign(pdf, signed, key_file=key, password=PASSWORD)
    forged = tmp_path / "palsu.pdf"
    append_update(signed, forged)
    [sig] = service.verify(forged).signatures
    assert sig.intact is True and sig.covers_whole_file is False and not sig.valid
    assert service.verify(forged).intact is False


def test_a_changed_byte_is_not_intact(service, printed, tmp_path):
    pdf, _ = printed
    key, _ = make_key(tmp_path)
    signed = tmp_path / "ttd.pdf"
    service.sign(pdf, signed, key_file=key, password=PASSWORD)
    data = bytearray(signed.read_bytes())
    at = data.index(b"/Title")
    data[at + 3] ^= 0x01
    signed.write_bytes(bytes(data))
    check = service.verify(signed)
    assert check.signed and check.intact is False and check.signatures[0].intact is False


@pytest.mark.parametrize("password, code", [
    ("salah", ErrorCode.SIGN_PASSWORD_WRONG),
    ("", ErrorCode.SIGN_PASSWORD_REQUIRED),
    (None, ErrorCode.SIGN_PASSWORD_REQUIRED),
])
def test_key_password_errors_write_nothing(service, printed, tmp_path, password, code):
    pdf, _ = printed
    key, _ = make_key(tmp_path)
    out = tmp_path / "hasil.pdf"
    with pytest.raises(DomainError) as caught:
        service.sign(pdf, out, key_file=key, password=password)
    assert caught.value.code is code and caught.value.params["field"] == "kata_sandi"
    assert not out.exists()


def test_a_key_without_password(service, printed, tmp_path):
    pdf, _ = printed
    key, _ = make_key(tmp_path, password=None)
    info = service.sign(pdf, tmp_path / "x.pdf", key_file=key, password=None)
    assert info.signer == SIGNER and service.verify(tmp_path / "x.pdf").intact is True


def test_unusable_files(service, printed, tmp_path):
    pdf, _ = printed
    key, _ = make_key(tmp_path)
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"\x30\x03\x02\x01")
    with pytest.raises(DomainError) as caught:
        service.check_key(junk, PASSWORD)
    assert caught.value.code is ErrorCode.SIGN_KEY_UNREADABLE
    assert caught.value.params["field"] == "berkas_kunci"
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00" * 300)
    with pytest.raises(DomainError) as caught:
        service.sign(broken, tmp_path / "o.pdf", key_file=key, password=PASSWORD)
    assert caught.value.code is ErrorCode.SIGN_PDF_INVALID and not (tmp_path / "o.pdf").exists()
    with pytest.raises(DomainError) as caught:
        service.verify(tmp_path / "tidak-ada.pdf")
    assert caught.value.code is ErrorCode.FILE_NOT_FOUND


def test_code_of_a_combined_pdf(service, office, tmp_path):
    docs = office[1]
    combined = tmp_path / "gabung.pdf"
    render_combined(docs, combined)
    assert service.codes_of(combined) == tuple(d.code for d in docs)
    with pytest.raises(DomainError) as caught:
        service.code_of(combined)
    assert caught.value.code is ErrorCode.SIGN_PDF_MANY_CODES and caught.value.params["count"] == 2
