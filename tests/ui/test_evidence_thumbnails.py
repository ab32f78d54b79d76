"""Thumbnails of bukti dukung (issue 11): images and the first page of PDFs rendered small, an
unreadable or odd file gives None (the card shows the type icon), never an exception."""

from __future__ import annotations

import io

from PIL import Image

from skpdesk.ui.evidence.thumbnails import (THUMB_SIZE, ThumbnailCache, ThumbnailLoader,
                                            render_thumbnail, type_icon)


def write_png(path, size=(800, 400), colour="red"):
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def write_pdf(path, size=(600, 800), colour="blue"):
    Image.new("RGB", size, colour).save(path, "PDF")
    return path


def test_image_thumbnail_keeps_the_aspect_and_the_size_limit(tmp_path):
    image = render_thumbnail(write_png(tmp_path / "a.png"), "image/png")
    assert image is not None and (image.width(), image.height()) == (THUMB_SIZE, THUMB_SIZE // 2)
    small = render_thumbnail(write_png(tmp_path / "b.png", (40, 30)), "image/png")
    assert (small.width(), small.height()) == (40, 30)  # never enlarged


def test_pdf_thumbnail_is_the_first_page(tmp_path):
    image = render_thumbnail(write_pdf(tmp_path / "a.pdf"), "application/pdf")
    assert image is not None and image.height() == THUMB_SIZE
    assert abs(image.width() - THUMB_SIZE * 600 / 800) <= 1
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.blue() > 240 and centre.red() < 15  # JPEG-compressed inside the PDF


def test_odd_files_give_no_thumbnail_and_no_exception(tmp_path, qapp):
    broken_pdf = tmp_path / "broken.pdf"
    broken_pdf.write_bytes(b"%PDF-1.7\nnot really a pdf")
    truncated = tmp_path / "cut.png"
    data = io.BytesIO()
    Image.new("RGB", (300, 300), "green").save(data, "PNG")
    truncated.write_bytes(data.getvalue()[:40])
    assert render_thumbnail(broken_pdf, "application/pdf") is None
    assert render_thumbnail(truncated, "image/png") is None
    assert render_thumbnail(tmp_path / "gone.pdf", "application/pdf") is None
    assert render_thumbnail(None, "image/png") is None
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK\x03\x04")
    assert render_thumbnail(docx, "application/msword") is None  # office files: a type icon
    assert not type_icon(".docx").isNull()


def test_cache_drops_the_least_recently_used():
    cache = ThumbnailCache(entries=2)
    cache.put("a", None)
    cache.put("b", None)
    cache.get("a")
    cache.put("c", None)
    assert "a" in cache and "c" in cache and "b" not in cache


def test_loader_renders_once_per_sha256(tmp_path, tasks):
    path = write_png(tmp_path / "a.png")
    loader = ThumbnailLoader(tasks)
    got = []
    loader.request("x" * 64, path, "image/png", got.append)
    path.unlink()  # a second request must come from the cache, not the (gone) file
    loader.request("x" * 64, path, "image/png", got.append)
    assert len(got) == 2 and got[0] is not None and got[1] is got[0]
