"""Printed forms (ReportLab). Pure: each renderer takes a frozen document from `skpdesk.domain`
that a service built, and writes a PDF; nothing here reads the database.

- `render_skp(doc, out)`: the SKP with its lampiran (`skp_pdf.py`).
- `atomic_write(path)`: files are replaced only when the new one is complete (`skpdesk.services.atomic_files`).
"""

from skpdesk.services.atomic_files import atomic_write
from .skp_pdf import render_skp

__all__ = ["atomic_write", "render_skp"]
