"""The embedded TrueType font of every printed form: DejaVu Sans from `resources/fonts`.

Registered once per process; the family's bold and italic faces are wired so `<b>`/`<i>` in a
Paragraph pick the right file. ReportLab embeds (subsets of) TTF fonts in the PDF.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import skpdesk

FAMILY = "DejaVuSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
_lock = threading.Lock()
_done = False


def fonts_dir() -> Path:
    """`resources/fonts` beside the package (source tree), or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "fonts"
    return Path(skpdesk.__file__).resolve().parent.parent / "resources" / "fonts"


def register_fonts() -> str:
    """Register the DejaVu Sans family (idempotent, thread-safe); returns the family name."""
    global _done
    with _lock:
        if not _done:
            folder = fonts_dir()
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                          boldItalic=BOLD_ITALIC)
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            _done = True
    return FAMILY
