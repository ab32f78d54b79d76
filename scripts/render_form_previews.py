#!/usr/bin/env python3
"""Render the printed SKP variants to PNG previews for the documentation (docs/printing.md).

    python scripts/render_form_previews.py            # writes docs/images/skp-*.png
    python scripts/render_form_previews.py --dpi 100 --keep-pdf /tmp/previews

Builds a demo office (DemoService, seed 7, year 2026) in a temporary database, prints three SKPs
through the same code as `skpdesk print skp` (with a fixed print date; only the document code in
the footer differs from run to run, as the records get new ids), and converts pages to PNG with
poppler's `pdftoppm`:

- skp-ja-jf-kuantitatif.png  page 1 of a JA/JF kuantitatif SKP (a fungsional);
- skp-jpt.png                page 1 of the Kepala Dinas's JPT SKP;
- skp-kualitatif.png         page 1 of a JA/JF kualitatif SKP;
- skp-lampiran.png           the LAMPIRAN page of the JA/JF kuantitatif SKP.

pdftoppm comes with poppler-utils (`apt-get install -y poppler-utils`); the script says so when
it is missing. Each PNG is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
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


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def lampiran_page(pdf: Path) -> int:
    """The first page whose text starts the LAMPIRAN (else the last page)."""
    from skpdesk.domain.documents import LAMPIRAN_TITLE

    total = page_count(pdf)
    for number in range(1, total + 1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        if LAMPIRAN_TITLE in text:
            return number
    return total


def to_png(pdf: Path, page: int, target: Path, dpi: int) -> None:
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        prefix = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", str(pdf), str(prefix)], check=True)
        os.replace(prefix.with_suffix(".png"), target)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the PNGs (docs/images)")
    ap.add_argument("--dpi", type=int, default=80, help="resolution of the PNGs (default 80)")
    ap.add_argument("--keep-pdf", type=Path, default=None, help="also keep the PDFs in this folder")
    args = ap.parse_args(argv)
    missing = [tool for tool in ("pdftoppm", "pdfinfo", "pdftotext") if not shutil.which(tool)]
    if missing:
        print(f"error: {', '.join(missing)} not found; install poppler-utils "
              f"(apt-get install -y poppler-utils)", file=sys.stderr)
        return 2

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
