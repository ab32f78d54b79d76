"""Many SKPs in one PDF (`skpdesk print skp --combined`, "Cetak semua" into one file).

One ReportLab build over the stories of all documents, each starting on a new page, so a
document looks exactly as when it is printed alone (`skp_pdf.story`, the same page, frame and
fonts). The footer stays per document: its own code and revision on the left and "Halaman X
dari Y" counted within that document, so every copy can be separated from the stack and
checked with `skpdesk check-print`. A zero-size marker flowable at the top of each document
tells the canvas which document the page belongs to; the canvas keeps every page until `save`
(like `skp_pdf`) and then stamps the footers.

Issue 13: each document starts with an outline entry (a PDF bookmark) named by its `bookmark`
("<name> – <NIP>"), so a reader jumps to a pegawai; and `duplex=True` pads a document with an odd
page count with one blank page, so that on a two-sided printer every document starts on a new
sheet and can be taken from the stack alone. The blank verso is plain paper: no code, no QR, no
page number (it belongs to no document; "Halaman X dari Y" counts only the document's pages).

Written atomically: the file appears only when the whole PDF is complete (`stage_combined`
leaves even that to the caller, which records the codes first). `on_document(i)` is called when
document `i` starts to be laid out; it may raise (e.g. `Cancelled`) to stop, and nothing is
written then.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import BinaryIO, Callable, Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak, PageTemplate

from skpdesk.domain import documents as L
from skpdesk.domain.documents import SkpDocument

from skpdesk.services.atomic_files import StagedFile, atomic_write, stage
from .fonts import REGULAR
from .skp_pdf import CREATOR, _NumberedCanvas, story
from .styles import make_styles, page


def render_combined(docs: Sequence[SkpDocument], out: str | os.PathLike | BinaryIO, *,
                    landscape: bool = False, title: str | None = None,
                    on_document: Callable[[int], None] | None = None,
                    duplex: bool = False) -> list[int]:
    """Write all `docs` into one PDF (a path: atomically); returns the page count of each
    (without the blank pages `duplex` adds)."""
    if not docs:
        raise ValueError("render_combined needs at least one document")
    if isinstance(out, (str, os.PathLike)):
        with atomic_write(out) as fh:
            return _render(docs, fh, landscape, title, on_document, duplex)
    return _render(docs, out, landscape, title, on_document, duplex)


def stage_combined(docs: Sequence[SkpDocument], out: str | os.PathLike, *, landscape: bool = False,
                   title: str | None = None, on_document: Callable[[int], None] | None = None,
                   duplex: bool = False) -> tuple[StagedFile, list[int]]:
    """Write all `docs` beside `out` under a temp name, unpublished: (staged file, pages of each)."""
    if not docs:
        raise ValueError("stage_combined needs at least one document")
    return stage(out, lambda fh: _render(docs, fh, landscape, title, on_document, duplex))


def bookmark_of(doc) -> str:
    """A document's outline entry: its `bookmark` ("<name> – <NIP>"), else its PDF title."""
    return getattr(doc, "bookmark", "") or doc.pdf_title


class _DocumentStart(Flowable):
    """Zero-size marker: pages from here on belong to document `index`."""

    def __init__(self, index: int, on_document: Callable[[int], None] | None) -> None:
        super().__init__()
        self.index = index
        self._on_document = on_document

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.doc_index = self.index
        if self._on_document is not None:
            self._on_document(self.index)


class _CombinedCanvas(_NumberedCanvas):
    """Numbers the held pages per document (`doc_index` is part of each page's saved state)."""

    doc_index = 0
    footers: Sequence = ()  # each document's PageMarks
    bookmarks: Sequence[str] = ()  # the outline entry of each document
    duplex = False  # pad each document to an even number of pages

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.page_counts: list[int] = []

    def save(self) -> None:
        totals = Counter(state.get("doc_index", 0) for state in self._held)
        numbers: Counter[int] = Counter()
        footers = self.footers
        emitted = 0
        for state in self._held:
            self.__dict__.update(state)
            index = self.doc_index
            numbers[index] += 1
            if numbers[index] == 1 and index < len(self.bookmarks):
                # at save time the page being emitted is the current one: the entry points at it
                key = f"doc{index}"
                self.bookmarkPage(key)
                self.addOutlineEntry(self.bookmarks[index], key, level=0)
            self.marks = footers[index]
            self._footer(numbers[index], totals[index])
            Canvas.showPage(self)
            emitted += 1
            if self.duplex and numbers[index] == totals[index] and totals[index] % 2:
                Canvas.showPage(self)  # the blank verso: a fresh, empty page
                emitted += 1
        self.page_total = emitted
        self.page_counts = [totals[i] for i in range(len(footers))]
        if self.bookmarks:
            self.showOutline()
        Canvas.save(self)


def _render(docs: Sequence[SkpDocument], fh: BinaryIO, is_landscape: bool, title: str | None,
            on_document: Callable[[int], None] | None, duplex: bool = False) -> list[int]:
    st = make_styles()
    pg = page(is_landscape)
    flow: list = []
    for index, doc in enumerate(docs):
        if index:
            flow.append(PageBreak())
        flow.append(_DocumentStart(index, on_document))
        flow.extend(story(doc, st, pg))
    first = docs[0]
    template = BaseDocTemplate(
        fh, pagesize=pg.size, **pg.margins(),
        title=title or f"{L.TITLE.title()} – {len(docs)} pegawai – {first.year}",
        author=first.instansi, subject=L.TITLE.title(), creator=CREATOR,
        keywords=[d.code for d in docs], initialFontName=REGULAR)
    template.addPageTemplates([PageTemplate(id="skp", frames=[pg.frame()])])
    canvases: list[_CombinedCanvas] = []
    footers = [d.marks for d in docs]
    bookmarks = [bookmark_of(d) for d in docs]

    def make_canvas(*args, **kwargs) -> _CombinedCanvas:
        canvas = _CombinedCanvas(*args, **kwargs)
        canvas.footers = footers
        canvas.bookmarks, canvas.duplex = bookmarks, duplex
        canvases.append(canvas)
        return canvas

    template.build(flow, canvasmaker=make_canvas)
    return canvases[-1].page_counts
