"""`file_types`: what a bukti dukung is, from its content; where its name may disagree."""

from __future__ import annotations

import pytest

from skpdesk.services.evidence.file_types import (extension_of, name_conflict, recognise,
                                                  zip_member_names)

from .helpers_evidence import OLE_BYTES, jpeg_bytes, odf_bytes, ooxml_bytes, pdf_bytes, png_bytes


def kind(data: bytes, name: str = "") -> str | None:
    import io
    names = zip_member_names(io.BytesIO(data)) if data.startswith(b"PK\x03\x04") else None
    return recognise(data[:4096], names, name)


@pytest.mark.parametrize("data, name, expected", [
    (pdf_bytes(), "", "pdf"),
    (b"\xef\xbb\xbf\n" + pdf_bytes(), "", "pdf"),   # bytes before the header, as readers allow
    (png_bytes(), "", "png"),
    (jpeg_bytes(), "", "jpeg"),
    (ooxml_bytes("word"), "", "docx"),
    (ooxml_bytes("xl"), "", "xlsx"),
    (ooxml_bytes("ppt"), "", "pptx"),
    (odf_bytes("text"), "", "odt"),
    (odf_bytes("presentation"), "", "odp"),
    (odf_bytes("graphics"), "", None),               # an ODF drawing is not accepted
    (OLE_BYTES, "lama.DOC", "doc"),
    (OLE_BYTES, "lama.ppt", "ppt"),
    (OLE_BYTES, "", None),                            # OLE cannot say which without a name
    (OLE_BYTES, "setup.msi", None),
    (b"MZ\x90\x00", "laporan.pdf", None),
    (b"PK\x03\x04rusak", "", None),
    (b"", "", None),
])
def test_recognise(data, name, expected):
    assert kind(data, name) == expected


@pytest.mark.parametrize("content, name, conflict", [
    ("pdf", "Laporan Jan. 2026", False),     # a dot in the name is no extension
    ("pdf", "scan0001", False),
    ("pdf", "laporan.PDF", False),
    ("jpeg", "foto.png", False),              # same family: stored as what it is
    ("xlsx", "data.docx", False),
    ("pdf", "data.txt", True),
    ("pdf", "laporan.pdf.exe", True),
    ("png", "foto.docx", True),
    ("docx", "surat.pdf", True),
])
def test_name_conflict(content, name, conflict):
    assert name_conflict(content, name) is conflict


def test_extension_of():
    assert (extension_of("a.JPEG"), extension_of("Laporan Jan. 2026"), extension_of("")) == (
        ".jpeg", "", "")
