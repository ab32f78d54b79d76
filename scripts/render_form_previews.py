#!/usr/bin/env python3
"""Render the printed SKP variants to PNG previews for the documentation (docs/printing.md).

    python scripts/render_form_previews.py            # writes docs/images/skp-*.png
    python scripts/render_form_previews.py --dpi 100 --keep-pdf /tmp/previews

Builds a demo office (DemoService, seed 7, year 2026) in a temporary database, prints three SKPs
through the same code as `skpdesk print skp` (with a fixed print date; only the document code in
the footer differs from run to run, as the records get new ids), and converts pages to PNG with
pypdfium2 (a dependency of SKP Desk; issue 13 replaced poppler's `pdftoppm`, which a Windows
laptop does not have):

- skp-ja-jf-kuantitatif.png  page 1 of a JA/JF kuantitatif SKP (a fungsional);
- skp-jpt.png                page 1 of the Kepala Dinas's JPT SKP;
- skp-kualitatif.png         page 1 of a JA/JF kualitatif SKP;
- skp-lampiran.png           the LAMPIRAN page of the JA/JF kuantitatif SKP.

Each PNG is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

YEAR = 2026
SEED = 7
EMPLOYEES = 40
PRINTED_ON = dt.date(2026, 1, 5)
OUT_DIR = ROOT / "docs" / "images"


def pick_documents(services) -> dict[str, str]:
    """name -> skp_id of the three variants (deterministic for the seed)."""
    from skpdesk.domain.people import PositionKind
    from skpdesk.domain.skp import Approach, SkpForm

    skps = []
    for pegawai in services.staff.list():
        skp = services.skp.find(pegawai.id, YEAR)
        if skp is not None:
            skps.append((pegawai, skp))

    def size(item) -> tuple:
        pegawai, skp = item
        return (len(skp.rhk), sum(len(r.indicators) for r in skp.rhk), pegawai.name)

    jpt = next(skp for _, skp in skps if skp.form is SkpForm.JPT)
    kuantitatif = max((i for i in skps if i[1].form is SkpForm.JA_JF
                       and i[1].approach is Approach.KUANTITATIF
                       and i[0].position_kind is PositionKind.FUNGSIONAL
                       and any(b.expectation for b in i[1].behaviours)), key=size, default=None)
    if kuantitatif is None:
        kuantitatif = max((i for i in skps if i[1].form is SkpForm.JA_JF
                           and i[1].approach is Approach.KUANTITATIF), key=size)
    kualitatif = max((i for i in skps if i[1].approach is Approach.KUALITATIF), key=size)
    return {"ja-jf-kuantitatif": kuantitatif[1].id, "jpt": jpt.id, "kualitatif": kualitatif[1].id}


def page_texts(pdf: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def lampiran_page(pdf: Path) -> int:
    """The first page whose text starts the LAMPIRAN (else the last page)."""
    from skpdesk.domain.documents import LAMPIRAN_TITLE

    texts = page_texts(pdf)
    return next((n for n, text in enumerate(texts, start=1) if LAMPIRAN_TITLE in text),
                len(texts))


def to_png(pdf: Path, page: int, target: Path, dpi: int) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[page - 1].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    temp = target.with_name(f".{target.name}.tmp")
    image.save(temp, format="PNG", optimize=True)
    os.replace(temp, target)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the PNGs (docs/images)")
    ap.add_argument("--dpi", type=int, default=80, help="resolution of the PNGs (default 80)")
    ap.add_argument("--keep-pdf", type=Path, default=None, help="also keep the PDFs in this folder")
    args = ap.parse_args(argv)
    from skpdesk.reports.batch import print_document
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="skpdesk-previews-") as tmp:
        db = Database(Path(tmp) / "demo.sqlite")
        try:
            services = Services.build(db, "previews")
            services.demo.fill(employees=EMPLOYEES, seed=SEED, year=YEAR)
            pdf_dir = args.keep_pdf or Path(tmp)
            pdf_dir.mkdir(parents=True, exist_ok=True)
            written = []
            for name, skp_id in pick_documents(services).items():
                doc = services.skp_document.build(skp_id, printed_on=PRINTED_ON)
                pdf = pdf_dir / f"skp-{name}.pdf"
                printed = print_document(services, doc, pdf)
                to_png(pdf, 1, args.out / f"skp-{name}.png", args.dpi)
                written.append((f"skp-{name}.png", doc.pegawai.name, doc.variant.value,
                                printed.pages))
                if name == "ja-jf-kuantitatif":
                    page = lampiran_page(pdf)
                    to_png(pdf, page, args.out / "skp-lampiran.png", args.dpi)
                    written.append(("skp-lampiran.png", doc.pegawai.name, f"page {page}",
                                    printed.pages))
        finally:
            db.close()
    for file, who, what, pages in written:
        print(f"{args.out / file}: {who} ({what}, {pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
