"""Paper for the scan-back tests: sheets carrying page codes, and "scans" of PDFs made as a
scanner or a phone would (rendered, turned a little, noisy, saved as JPEG)."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


def code_sheets(path: Path, payloads: list[str | None]) -> Path:
    """A PDF with one A4 page per payload: some text and, in the footer at the right, the QR
    code of the payload (None: a page without a code)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, payload in enumerate(payloads, start=1):
        c.setFont("Helvetica", 11)
        c.drawString(25 * mm, 270 * mm, f"Lembar uji {n}")
        if payload is not None:
            widget = QrCodeWidget(payload, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            size = 19 * mm
            drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, c, A4[0] - 15 * mm - size, 8 * mm)
        c.showPage()
    c.save()
    return path


def scanned_pages(pdf: Path, *, dpi: int = 150, angle: float = 2.0, noise: int = 18,
                  seed: int = 7) -> list[Image.Image]:
    """Each page of `pdf` as a scanner would give it back: rendered, turned `angle` degrees on
    a white background, with grain."""
    rng = random.Random(seed)
    out = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for index in range(len(document)):
            image = document[index].render(scale=dpi / 72).to_pil().convert("L")
            image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True,
                                 fillcolor=255)
            # grain around 0: the image plus (noise - 128), clipped
            image = ImageChops.add(image, Image.effect_noise(image.size, noise), 1.0, -128)
            pixels = image.load()
            width, height = image.size
            for _ in range(width * height // 200):  # salt and pepper
                x, y = rng.randrange(width), rng.randrange(height)
                pixels[x, y] = rng.choice((0, 255))
            out.append(image.filter(ImageFilter.GaussianBlur(0.4)).convert("RGB"))
    finally:
        document.close()
    return out


def save_jpeg(images: list[Image.Image], folder: Path, stem: str) -> list[Path]:
    paths = []
    for n, image in enumerate(images, start=1):
        path = folder / f"{stem}-{n}.jpg"
        image.save(path, "JPEG", quality=70)
        paths.append(path)
    return paths
