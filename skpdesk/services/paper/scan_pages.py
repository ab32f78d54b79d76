"""Reading scanned pages: which files are scans, each page's image, the page code in its QR code,
and assembling the pages of one document into one PDF (issue 13, scan-back).

- PDFs are rendered with pypdfium2 (~200 dpi; 300 dpi again when no code was found: a small
  QR code of a photographed sheet needs the pixels); images (JPEG, PNG, TIFF, each frame of a
  multi-page TIFF a page) are read with Pillow with their EXIF orientation applied (a phone
  photo is stored sideways with a tag saying so).
- The QR code is looked for by zxing-cpp on the whole page, then on the footer strip (where
  printing puts it) enlarged, then on the page turned 90/180/270 degrees. Only codes of ours
  (`domain.print_marks.parse_qr_payload`) count; a page showing two different page codes (a
  photo of two sheets) is not guessed at.
- Limits (`services.file_limits`): bytes per file, pages per import, files per import, pixels
  per image (Pillow's decompression-bomb guard is made an error, not a warning).

What the type of a file is comes from its content, never its name (a renamed file is read
as what it is).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.print_marks import QrMark, parse_qr_payload

from .. import file_limits as L

# dpi of the first render of a PDF page, and of the second try when no code was found
RENDER_DPI = 200
RETRY_DPI = 300
FOOTER_SHARE = 0.28   # the bottom part of a page searched enlarged (the QR code is in the footer)
FOOTER_ZOOM = 2

_FIXED_DATE = time.gmtime(946684800)  # 2000-01-01: see `_image_as_pdf`
_PDF = b"%PDF-"
_JPEG = b"\xff\xd8\xff"
_PNG = b"\x89PNG\r\n\x1a\n"
_TIFF = (b"II*\x00", b"MM\x00*")


@dataclass(frozen=True)
class ScannedPage:
    """One page of one scanned file and what its code says (`mark` None: no readable code)."""

    source: str          # the file as given
    page: int            # 1-based page (or TIFF frame) in that file
    kind: str            # "pdf" or "image"
    mark: QrMark | None
    problem: str = ""    # "" | "unreadable" (no code of ours) | "ambiguous" (two different codes)

    @property
    def file_name(self) -> str:
        return Path(self.source).name


def scan_kind(path: str | os.PathLike) -> str:
    """"pdf" or "image" by content; DomainError when the file is neither, missing or too big."""
    p = Path(path)
    shown = str(path)
    if not p.is_file():
        raise DomainError(ErrorCode.FILE_NOT_FOUND, field="berkas", path=shown, value=shown)
    try:
        size = p.stat().st_size
        with open(p, "rb") as fh:
            head = fh.read(1024)
    except OSError as error:
        raise DomainError(ErrorCode.SCAN_FILE_UNREADABLE, field="berkas", path=shown,
                          detail=error.strerror or type(error).__name__) from None
    if size > L.MAX_SCAN_FILE_BYTES:
        raise DomainError(ErrorCode.SCAN_FILE_TOO_LARGE, field="berkas", path=shown,
                          size_bytes=size, limit_bytes=L.MAX_SCAN_FILE_BYTES)
    if _PDF in head:
        return "pdf"
    if head.startswith(_JPEG) or head.startswith(_PNG) or head[:4] in _TIFF:
        return "image"
    raise DomainError(ErrorCode.SCAN_FILE_UNSUPPORTED, field="berkas", path=shown)


def check_files(paths: Sequence[str | os.PathLike]) -> list[tuple[str, str]]:
    """Every file checked before any is read: (path, kind). No files: FIELD_REQUIRED."""
    if not paths:
        raise DomainError(ErrorCode.FIELD_REQUIRED, field="berkas")
    if len(paths) > L.MAX_SCAN_FILES:
        raise DomainError(ErrorCode.SCAN_TOO_MANY_FILES, field="berkas", count=len(paths),
                          limit=L.MAX_SCAN_FILES)
    return [(str(p), scan_kind(p)) for p in paths]


def page_images(path: str, kind: str, *, dpi: int = RENDER_DPI) -> Iterator:
    """The pages of a file as PIL images (greyscale), in order."""
    if kind == "pdf":
        yield from _pdf_pages(path, dpi)
    else:
        yield from _image_frames(path)


def count_pages(path: str, kind: str) -> int:
    if kind == "pdf":
        with _open_pdf(path) as pdf:
            return len(pdf)
    with _open_image(path) as image:
        return getattr(image, "n_frames", 1)


def read_file(path: str, kind: str, *, pages_before: int = 0,
              on_page: Callable[[], None] | None = None) -> list[ScannedPage]:
    """Every page of one file with its code. `pages_before`: pages read so far in this import
    (the page limit counts them all)."""
    total = count_pages(path, kind)
    if pages_before + total > L.MAX_SCAN_PAGES:
        raise DomainError(ErrorCode.SCAN_TOO_MANY_PAGES, field="berkas", path=path,
                          pages=pages_before + total, limit=L.MAX_SCAN_PAGES)
    found: list[ScannedPage] = []
    for number, image in enumerate(page_images(path, kind), start=1):
        marks = find_marks(image)
        if not marks and kind == "pdf":
            marks = find_marks(_render_pdf_page(path, number - 1, RETRY_DPI))
        found.append(_page(path, number, kind, marks))
        if on_page is not None:
            on_page()
    return found


def find_marks(image) -> list[QrMark]:
    """The distinct page codes of ours on an image. Tried in order until one reads: the whole
    page; the footer strip enlarged (the code is about 19 mm wide: on a 150 dpi scan its
    modules are 3 pixels); the same strip with scanner specks removed (median filter); the
    strip enlarged more; the page turned 90/180/270 degrees (a sheet fed sideways)."""
    grey = image.convert("L")
    marks = _decode(grey)
    if marks:
        return marks
    for candidate in _footer_views(grey):
        marks = _decode(candidate)
        if marks:
            return marks
    for angle in (90, 180, 270):
        marks = _decode(grey.rotate(angle, expand=True))
        if marks:
            return marks
    return []


def _footer_views(grey) -> Iterator:
    from PIL import Image, ImageFilter

    width, height = grey.size
    strip = grey.crop((0, int(height * (1 - FOOTER_SHARE)), width, height))

    def enlarged(img, zoom: int):
        return img.resize((img.width * zoom, img.height * zoom), Image.Resampling.LANCZOS)

    yield enlarged(strip, FOOTER_ZOOM)
    yield enlarged(strip.filter(ImageFilter.MedianFilter(3)), FOOTER_ZOOM)
    yield enlarged(strip, FOOTER_ZOOM + 1)


def assemble_pdf(pages: Sequence[ScannedPage], out: io.BufferedIOBase) -> int:
    """Write one PDF of `pages` in the order given: a PDF page is copied as it is (the scan's
    own quality), an image becomes a page of its size at its dpi (A4 width when it has none).
    Returns the page count."""
    import pypdfium2 as pdfium

    target = pdfium.PdfDocument.new()
    opened: dict[str, object] = {}
    try:
        for page in pages:
            if page.kind == "pdf":
                src = opened.get(page.source)
                if src is None:
                    src = opened[page.source] = _open_pdf(page.source)
                target.import_pages(src, [page.page - 1])
            else:
                image_pdf = pdfium.PdfDocument(_image_as_pdf(page.source, page.page))
                try:
                    target.import_pages(image_pdf)
                finally:
                    image_pdf.close()
        buf = io.BytesIO()
        target.save(buf)
        out.write(_stable_id(buf.getvalue()))
        return len(target)
    finally:
        for src in opened.values():
            src.close()
        target.close()


# --- internals
_TRAILER_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]")


_CREATED = re.compile(rb"(/CreationDate\s*\(D:)\d{14}")


def _stable_id(data: bytes) -> bytes:
    """pdfium writes a random file /ID and the time as /CreationDate; both are replaced (same
    length, so no offset moves): the ID by one made from the content, the date by 2000-01-01.
    So the same pages make the same file (the store and the row id are content-addressed)."""
    data = _CREATED.sub(rb"\g<1>20000101000000", data)
    found = list(_TRAILER_ID.finditer(data))
    if not found:
        return data
    digest = hashlib.sha256(_TRAILER_ID.sub(b"", data)).hexdigest()[:32].upper().encode()
    return _TRAILER_ID.sub(b"/ID[<" + digest + b"><" + digest + b">]", data)


def _page(path: str, number: int, kind: str, marks: list[QrMark]) -> ScannedPage:
    if not marks:
        return ScannedPage(path, number, kind, None, "unreadable")
    if len(marks) > 1:
        return ScannedPage(path, number, kind, None, "ambiguous")
    return ScannedPage(path, number, kind, marks[0])


def _decode(image) -> list[QrMark]:
    import zxingcpp

    marks: list[QrMark] = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        mark = parse_qr_payload(result.text)
        if mark is not None and mark not in marks:
            marks.append(mark)
    return marks


def _open_pdf(path: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise DomainError(ErrorCode.SCAN_FILE_UNREADABLE, field="berkas", path=path,
                          detail=str(error) or "PDF rusak") from None


def _scale_for(width_pt: float, height_pt: float, dpi: int) -> float:
    """Points to pixels at `dpi`, lowered when the page would exceed the pixel limit (a PDF may
    declare a page of several metres)."""
    scale = dpi / 72
    pixels = width_pt * height_pt * scale * scale
    if pixels > L.MAX_SCAN_PIXELS:
        scale *= (L.MAX_SCAN_PIXELS / pixels) ** 0.5
    return scale


def _render_pdf_page(path: str, index: int, dpi: int):
    pdf = _open_pdf(path)
    try:
        return _render(pdf, path, index, dpi)
    finally:
        pdf.close()


def _pdf_pages(path: str, dpi: int) -> Iterator:
    pdf = _open_pdf(path)
    try:
        for index in range(len(pdf)):
            yield _render(pdf, path, index, dpi)
    finally:
        pdf.close()


def _render(pdf, path: str, index: int, dpi: int):
    """Page `index` as a greyscale image; a page pdfium cannot draw names the file and page."""
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
        try:
            width, height = page.get_size()
            bitmap = page.render(scale=_scale_for(width, height, dpi), grayscale=True)
            return bitmap.to_pil()
        finally:
            page.close()
    except pdfium.PdfiumError as error:
        raise DomainError(ErrorCode.SCAN_FILE_UNREADABLE, field="berkas", path=path,
                          detail=f"halaman {index + 1}: {error}") from None


def _open_image(path: str):
    from PIL import Image

    try:
        with warnings.catch_warnings():
            # Pillow warns past ~89 megapixels and refuses past twice that; the limit is ours
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError:
        raise DomainError(ErrorCode.SCAN_FILE_UNREADABLE, field="berkas", path=path,
                          detail=f"gambar melebihi {L.MAX_SCAN_PIXELS} piksel") from None
    except (OSError, ValueError, SyntaxError) as error:
        raise DomainError(ErrorCode.SCAN_FILE_UNREADABLE, field="berkas", path=path,
                          detail=str(error) or "gambar rusak") from None
    if image.width * image.height > L.MAX_SCAN_PIXELS:
        image.close()
        raise DomainError(ErrorCode.SCAN_FILE_UNREADABLE, field="berkas", path=path,
                          detail=f"gambar melebihi {L.MAX_SCAN_PIXELS} piksel")
    return image


def _frame(image, index: int):
    """Frame `index` of an image with its EXIF orientation applied, loaded."""
    from PIL import ImageOps

    try:
        image.seek(index)
        frame = ImageOps.exif_transpose(image)
        frame.load()
        return frame
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise DomainError(ErrorCode.SCAN_FILE_UNREADABLE, field="berkas", path=image.filename,
                          detail=str(error) or "gambar rusak") from None


def _image_frames(path: str) -> Iterator:
    with _open_image(path) as image:
        for index in range(getattr(image, "n_frames", 1)):
            yield _frame(image, index)


def _image_as_pdf(path: str, number: int) -> bytes:
    """Page `number` (1-based frame) of an image file as a one-page PDF."""
    with _open_image(path) as image:
        frame = _frame(image, number - 1)
        dpi = frame.info.get("dpi") or image.info.get("dpi")
        try:
            resolution = float(dpi[0]) if dpi else 0.0
        except (TypeError, ValueError, IndexError):
            resolution = 0.0
        if resolution < 50:  # none, or nonsense: make it A4 wide (8.27 in)
            resolution = max(frame.width / 8.27, 1.0)
        if frame.mode not in ("RGB", "L", "1"):
            frame = frame.convert("RGB")
        buf = io.BytesIO()
        # Fixed dates: the same scan gives the same PDF, so importing it twice is one file and
        # one row (the store and the row id are content-addressed).
        frame.save(buf, "PDF", resolution=resolution, creationDate=_FIXED_DATE,
                   modDate=_FIXED_DATE)
        return buf.getvalue()
