"""Files of every accepted type (and some refused ones) made in the test, and a team whose SKP
has an indicator, for the bukti dukung tests."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from .helpers_coaching import YEAR, act, team

TODAY = dt.date(YEAR, 3, 15)          # in Triwulan I 2026, before its batas (10 April)
AFTER_TW1 = dt.date(YEAR, 4, 11)      # Triwulan I closed


def pdf_bytes(text: str = "laporan") -> bytes:
    body = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode()
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
            + f"4 0 obj<</Length {len(body)}>>stream\n".encode() + body
            + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def png_bytes(colour=(200, 30, 30), size=(40, 30)) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes() -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), (10, 120, 10)).save(buf, "JPEG")
    return buf.getvalue()


def ooxml_bytes(part: str = "word") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(f"{part}/document.xml", "<doc/>")
    return buf.getvalue()


def odf_bytes(kind: str = "text") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), f"application/vnd.oasis.opendocument.{kind}",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content/>", compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


OLE_BYTES = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
EXE_BYTES = b"MZ\x90\x00" + b"\x00" * 200


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def evidence_team(services):
    """`helpers_coaching.team` plus two indicators on the staff's RHK 1; acting: the staff."""
    t = team(services)
    services.skp.add_indicator(t["rhk1"].id, "Dokumen rancangan tersusun",
                               aspect="kuantitas", target_value="1", target_unit="dokumen")
    rhk = services.skp.add_indicator(t["rhk1"].id, "Rancangan disetujui", aspect="kualitas",
                                     target_value="100", target_unit="persen").value
    t["ind1"], t["ind2"] = rhk.indicators
    t["rina_ind"] = services.skp.add_indicator(t["rina_rhk"].id, "Surat terlayani", aspect="kuantitas",
                                               target_value="50", target_unit="surat"
                                               ).value.indicators[0]
    act(services, t["staff"])
    return t


def store_files(services) -> list[Path]:
    """The final files of the store (temp files left out)."""
    store = services.evidence.store_dir
    if not store.exists():
        return []
    return sorted(p for p in store.iterdir() if not p.name.startswith("."))
