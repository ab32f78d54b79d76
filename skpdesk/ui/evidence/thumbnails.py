"""Thumbnails of bukti dukung: images scaled down, the first page of a PDF, a type icon for the
rest (issue 11).

- `render_thumbnail(path, mime)` makes a `QImage` (never a QPixmap: it runs on the worker
  thread, and QPixmap belongs to the GUI thread). Images are read by `QImageReader` at the
  reduced size (a 40-megapixel phone photo is not decoded whole) under an allocation limit;
  PDFs are rendered by pypdfium2 at the scale that makes the longer side ~THUMB_SIZE px. An
  unreadable file, an odd or encrypted PDF, anything that raises: None, and the card shows the
  type icon. A thumbnail must never be the reason a window breaks.
- `ThumbnailCache`: the rendered images by sha256 (the content, so two bukti of one file share
  it, and a replaced file never shows a stale picture), least recently used dropped first.
- `ThumbnailLoader` renders lazily through the app's `TaskRunner` (off the GUI thread) and hands
  the image to the card that asked; a card asking again for a cached sha256 gets it at once.
- `type_icon(ext)` draws the generic page with the type's short name (PDF, DOCX, XLSX, ...).

pdfium is not thread-safe: every call into it holds `_PDFIUM_LOCK` (the worker is one thread
today, but a second caller, e.g. a print preview, must not race it).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen, QPixmap

log = logging.getLogger("skpdesk.ui.evidence")

THUMB_SIZE = 160                # px, the longer side of a thumbnail
CACHE_ENTRIES = 200             # thumbnails kept in memory (160 px RGBA: ~100 KB each)
IMAGE_ALLOCATION_LIMIT_MB = 256  # QImageReader refuses images needing more than this
MAX_PDF_BYTES = 200 * 1024 * 1024  # above this a PDF gets the type icon (the office max is lower)

_PDFIUM_LOCK = threading.Lock()

# short name and colour of the type icon, by stored extension
_TYPE_LOOK: dict[str, tuple[str, str]] = {
    ".pdf": ("PDF", "#c62828"), ".jpg": ("JPG", "#6a1b9a"), ".png": ("PNG", "#6a1b9a"),
    ".docx": ("DOCX", "#1565c0"), ".doc": ("DOC", "#1565c0"), ".odt": ("ODT", "#1565c0"),
    ".xlsx": ("XLSX", "#2e7d32"), ".xls": ("XLS", "#2e7d32"), ".ods": ("ODS", "#2e7d32"),
    ".pptx": ("PPTX", "#ef6c00"), ".ppt": ("PPT", "#ef6c00"), ".odp": ("ODP", "#ef6c00"),
}
LINK_ICON = ("URL", "#455a64")
WAITING_ICON = ("…", "#9e9e9e")


def _scaled(size: QSize, limit: int) -> QSize:
    if size.width() <= limit and size.height() <= limit:
        return size
    return size.scaled(limit, limit, Qt.AspectRatioMode.KeepAspectRatio)


def image_thumbnail(path: Path, size: int = THUMB_SIZE) -> QImage | None:
    """A JPEG/PNG decoded at thumbnail size (EXIF orientation applied); None if unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    reader.setAllocationLimit(IMAGE_ALLOCATION_LIMIT_MB)
    full = reader.size()
    if not full.isValid() or full.isEmpty():
        return None
    reader.setScaledSize(_scaled(full, size).expandedTo(QSize(1, 1)))
    image = reader.read()
    if image.isNull():
        log.info("no thumbnail for %s: %s", path.name, reader.errorString())
        return None
    return image


def pdf_thumbnail(path: Path, size: int = THUMB_SIZE) -> QImage | None:
    """The first page of a PDF, the longer side `size` px; None for an unreadable/odd PDF."""
    import pypdfium2 as pdfium  # imported on first use: the window starts without loading pdfium

    if path.stat().st_size > MAX_PDF_BYTES:
        return None
    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            if len(pdf) < 1:
                return None
            page = pdf[0]
            try:
                width, height = page.get_size()
                if width <= 0 or height <= 0:
                    return None
                scale = size / max(width, height)
                bitmap = page.render(scale=scale)
                try:
                    pil = bitmap.to_pil().convert("RGBA")
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            pdf.close()
    data = pil.tobytes("raw", "RGBA")
    image = QImage(data, pil.width, pil.height, pil.width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels: `data` goes away with this frame


def render_thumbnail(path: Path | None, mime: str, size: int = THUMB_SIZE) -> QImage | None:
    """The thumbnail of a stored file by its (recognised) mime type; None when there is none
    (no file yet, an office document, a file that cannot be read or rendered)."""
    if path is None:
        return None
    try:
        if mime in ("image/jpeg", "image/png"):
            return image_thumbnail(path, size)
        if mime == "application/pdf":
            return pdf_thumbnail(path, size)
    except Exception:  # noqa: BLE001 - pdfium raises on odd PDFs; a thumbnail is never fatal
        log.info("no thumbnail for %s", path.name, exc_info=True)
    return None


def type_icon(ext: str, size: int = THUMB_SIZE, *, look: tuple[str, str] | None = None) -> QPixmap:
    """A page with a folded corner and the type's short name ("DOCX"), for files without a
    thumbnail, links (`LINK_ICON`) and files still waiting (`WAITING_ICON`)."""
    text, colour = look or _TYPE_LOOK.get(ext.lower(), (ext.lstrip(".").upper()[:4] or "?",
                                                        "#616161"))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRect(size // 5, size // 10, size * 3 // 5, size * 4 // 5)
        painter.setPen(QPen(QColor("#9e9e9e"), 2))
        painter.setBrush(QColor("#fafafa"))
        painter.drawRect(page)
        band = QRect(page.left(), page.center().y() - size // 10, page.width(), size // 5)
        painter.fillRect(band, QColor(colour))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, size // 9))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()
    return QPixmap.fromImage(image)


class ThumbnailCache:
    """Rendered thumbnails by sha256, least recently used dropped first. A sha256 whose file
    gave no thumbnail is remembered too (as None), so it is not rendered again and again."""

    def __init__(self, entries: int = CACHE_ENTRIES) -> None:
        self.entries = entries
        self._images: OrderedDict[str, QImage | None] = OrderedDict()

    def __contains__(self, sha256: str) -> bool:
        return sha256 in self._images

    def __len__(self) -> int:
        return len(self._images)

    def get(self, sha256: str) -> QImage | None:
        image = self._images.get(sha256)
        if sha256 in self._images:
            self._images.move_to_end(sha256)
        return image

    def put(self, sha256: str, image: QImage | None) -> None:
        self._images[sha256] = image
        self._images.move_to_end(sha256)
        while len(self._images) > self.entries:
            self._images.popitem(last=False)


Delivered = Callable[[QImage | None], None]


class ThumbnailLoader(QObject):
    """Renders thumbnails through the TaskRunner and caches them. `request(sha256, path, mime,
    deliver)` calls `deliver(image)` at once when cached, else after the worker rendered it
    (on the GUI thread). A `deliver` that belongs to a card deleted meanwhile checks that itself
    (`EvidenceCard.set_thumbnail`)."""

    def __init__(self, tasks, cache: ThumbnailCache | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.cache = cache if cache is not None else ThumbnailCache()
        self._waiting: dict[str, list[Delivered]] = {}

    def request(self, sha256: str, path: Path | None, mime: str, deliver: Delivered) -> None:
        if sha256 in self.cache:
            deliver(self.cache.get(sha256))
            return
        if sha256 in self._waiting:  # already being rendered for another card
            self._waiting[sha256].append(deliver)
            return
        self._waiting[sha256] = [deliver]
        self._tasks.run(lambda: render_thumbnail(path, mime),
                        on_success=lambda image: self._rendered(sha256, image),
                        on_failure=lambda _error: self._rendered(sha256, None),
                        owner=self)

    def _rendered(self, sha256: str, image: QImage | None) -> None:
        self.cache.put(sha256, image)
        for deliver in self._waiting.pop(sha256, []):
            deliver(image)
