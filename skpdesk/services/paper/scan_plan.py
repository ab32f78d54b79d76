"""What an import of scanned pages would do (issue 13, scan-back): the pages grouped into
documents by their code, and for each document what a person must decide before it is attached.

A document's problems (`PlannedDocument.problems`):
- "unknown": no printed copy of this code is recorded here (printed on a laptop whose records
  have not arrived by sync yet, or not a paper of this office): never attached;
- "incomplete": pages are missing (the page count is the one recorded at printing, else the one
  in the codes): attached only when accepted (flag "incomplete");
- "changed": the record changed since printing (revision, status or content, `check_print`):
  attached only when accepted (flag "changed").

Pages whose code names another record, kind or revision than the printed copy of that code
(a damaged or forged code) never join the document: they are listed as `stray`, like pages
without a readable code. A page number scanned twice: the first one is used, the others listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .scan_pages import ScannedPage

UNKNOWN = "unknown"
INCOMPLETE = "incomplete"
CHANGED = "changed"
ACCEPTABLE = (INCOMPLETE, CHANGED)  # what `accept` can override; UNKNOWN never


@dataclass(frozen=True)
class PlannedDocument:
    code: str
    kind: str
    record_id: str
    revision: int
    expected_pages: int
    pages: tuple[ScannedPage, ...]      # one per page number present, in page order
    missing: tuple[int, ...] = ()
    duplicates: tuple[ScannedPage, ...] = ()
    known: bool = True
    changed: bool = False
    change_text: str = ""               # "status Draft → Disetujui", "revisi 2 → 3", "isi"
    skp_id: str | None = None
    pegawai_id: str | None = None
    period: str = ""
    pegawai_name: str = ""
    nip: str = ""
    scanned_before: int = 0             # signed scans of this code already attached

    @property
    def problems(self) -> tuple[str, ...]:
        if not self.known:
            return (UNKNOWN,)
        found = []
        if self.missing:
            found.append(INCOMPLETE)
        if self.changed:
            found.append(CHANGED)
        return tuple(found)

    @property
    def ready(self) -> bool:
        return not self.problems

    def attachable(self, accepted: bool) -> bool:
        return self.known and (self.ready or accepted)


@dataclass(frozen=True)
class StrayPage:
    """A page that joins no document: no readable code, two codes, or a code that contradicts
    the printed copy it names (`reason`: "unreadable", "ambiguous", "mismatch")."""

    page: ScannedPage
    reason: str
    code: str = ""


@dataclass(frozen=True)
class ScanPlan:
    files: tuple[str, ...]
    page_count: int
    documents: tuple[PlannedDocument, ...]
    stray: tuple[StrayPage, ...] = ()

    @property
    def needs_decision(self) -> bool:
        return bool(self.stray) or any(not d.ready for d in self.documents)

    def document(self, code: str) -> PlannedDocument | None:
        return next((d for d in self.documents if d.code == code), None)


@dataclass(frozen=True)
class AttachedScan:
    document: PlannedDocument
    scan_id: str
    file_ref: str
    pages: int
    flags: tuple[str, ...]
    new: bool  # False: this very file was attached to this code before


@dataclass(frozen=True)
class ScanResult:
    plan: ScanPlan
    attached: tuple[AttachedScan, ...] = ()
    skipped: tuple[PlannedDocument, ...] = field(default=())  # documents left for a decision

    @property
    def complete(self) -> bool:
        """Everything scanned went where it belongs: nothing skipped, no stray page."""
        return not self.skipped and not self.plan.stray


def group_pages(pages: list[ScannedPage]) -> tuple[dict[str, list[ScannedPage]],
                                                     list[StrayPage]]:
    """Pages by the code of their QR code, in scan order; pages without one as stray."""
    by_code: dict[str, list[ScannedPage]] = {}
    stray: list[StrayPage] = []
    for page in pages:
        if page.mark is None:
            stray.append(StrayPage(page, page.problem or "unreadable"))
        else:
            by_code.setdefault(page.mark.code, []).append(page)
    return by_code, stray


def order_pages(pages: list[ScannedPage], total: int) -> tuple[tuple[ScannedPage, ...],
                                                                tuple[int, ...],
                                                                tuple[ScannedPage, ...]]:
    """(one page per number in order, missing numbers, duplicates)."""
    first: dict[int, ScannedPage] = {}
    duplicates = []
    for page in pages:
        number = page.mark.page
        if number in first:
            duplicates.append(page)
        else:
            first[number] = page
    present = tuple(first[n] for n in sorted(first))
    top = max([total, *first]) if first else total
    missing = tuple(n for n in range(1, top + 1) if n not in first)
    return present, missing, tuple(duplicates)
