"""Where the GUI finds its bundled files: fonts and translations under the top-level resources/."""

from __future__ import annotations

from pathlib import Path

import skpdesk

RESOURCES_DIR = Path(skpdesk.__file__).resolve().parent.parent / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
