"""Scan-back of signed paper: read the page codes, group pages into documents, attach signed
copies to their records (issue 13, docs/scan.md).

Order of an import (nothing is attached to the wrong record, nothing half-written):
1. every file is checked (type by content, size, count) before any is read (`scan_pages`);
2. every page is rendered and its QR code read; pages are grouped by document code and each
   document is compared with its printed copy (`printed_document`: record, kind, revision,
   page count) and with its record today (`SkpDocumentService.check_print`): `plan_import`;
3. each document that is complete and unchanged, or whose code a person accepted, is
   assembled into one PDF and copied into the attachments store (content-addressed, like bukti
   dukung: `evidence.attachment_store`);
4. one unit of work writes every `signed_scan` row (re-reading each printed copy: the rows
   name the record of the printed copy, never anything read from the page alone).

A failure after step 3 leaves files no row uses: `skpdesk check` reports them and `--repair`
quarantines them, as for bukti dukung.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from skpdesk.domain.documents import normalize_code
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.print_marks import QrMark

from ..evidence.attachment_store import (file_path, hash_file, is_present, store_bytes,
                                         store_dir_of)
from ..atomic_files import atomic_write
from ..outcome import Outcome
from ..print_check import status_changed
from ..progress import CancelToken, Progress, no_progress
from ..skp_document import SkpDocumentService
from . import scan_actions  # noqa: F401  (registers the "Perlu tindakan" source)
from .. import file_limits as L
from .scan_pages import ScannedPage, assemble_pdf, check_files, count_pages, read_file
from .scan_plan import (ACCEPTABLE, CHANGED, INCOMPLETE, AttachedScan, PlannedDocument,
                        ScanPlan, ScanResult, StrayPage, group_pages, order_pages)

VIEWER_FOLDER = "skpdesk-pindaian"  # under the system temp folder: the copies given to viewers

STATUS_LABELS = {"draft": "Draft", "diajukan": "Diajukan", "dikembalikan": "Dikembalikan",
                 "disetujui": "Disetujui", "ditetapkan": "Ditetapkan", "final": "Final"}


class ScanService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    @property
    def store_dir(self) -> Path:
        return store_dir_of(self._db.path)

    # --- reading and planning
    def read_pages(self, paths: Sequence[str | os.PathLike], *,
                   progress: Progress = no_progress,
                   cancel: CancelToken | None = None) -> list[ScannedPage]:
        """Every page of every file with its code (or its problem), in file and page order."""
        files = check_files(list(paths))
        # Counted first: the page limit refuses before any page is rendered, and the progress
        # dialog knows its total.
        total = sum(count_pages(path, kind) for path, kind in files)
        if total > L.MAX_SCAN_PAGES:
            raise DomainError(ErrorCode.SCAN_TOO_MANY_PAGES, field="berkas",
                              path=", ".join(Path(p).name for p, _ in files)[:200],
                              pages=total, limit=L.MAX_SCAN_PAGES)
        pages: list[ScannedPage] = []
        done = [0]

        def on_page() -> None:
            done[0] += 1
            progress(done[0], total)
            if cancel is not None:
                cancel.raise_if_cancelled()

        progress(0, total)
        for path, kind in files:
            pages.extend(read_file(path, kind, pages_before=len(pages), on_page=on_page))
        return pages

    def plan_import(self, paths: Sequence[str | os.PathLike], *,
                    progress: Progress = no_progress,
                    cancel: CancelToken | None = None) -> ScanPlan:
        pages = self.read_pages(paths, progress=progress, cancel=cancel)
        return self.plan_pages([str(p) for p in paths], pages)

    def plan_pages(self, files: Sequence[str], pages: list[ScannedPage]) -> ScanPlan:
        """The plan for pages already read (the window reads once, shows, then imports)."""
        by_code, stray = group_pages(pages)
        documents = []
        with self._db.reader() as uow:
            for code, group in by_code.items():
                document, mismatched = self._planned(uow, code, group)
                documents.append(document)
                stray.extend(StrayPage(p, "mismatch", code) for p in mismatched)
        checker = SkpDocumentService(self._db, self._actor)
        documents = [self._with_change(checker, d) for d in documents]
        return ScanPlan(tuple(files), len(pages), tuple(documents), tuple(stray))

    # --- importing
    def import_scans(self, paths: Sequence[str | os.PathLike], *,
                     accept: Iterable[str] = frozenset(), scanned_on: dt.date | None = None,
                     progress: Progress = no_progress,
                     cancel: CancelToken | None = None) -> Outcome[ScanResult]:
        """Attach every complete, unchanged document (and those whose code is in `accept`) as
        a signed scan of its record, in one unit of work; the rest is in `skipped`/`stray`."""
        scanned_on = self._scan_date(scanned_on)
        plan = self.plan_import(paths, progress=progress, cancel=cancel)
        return self.import_plan(plan, accept=accept, scanned_on=scanned_on)

    def import_plan(self, plan: ScanPlan, *, accept: Iterable[str] = frozenset(),
                    scanned_on: dt.date | None = None) -> Outcome[ScanResult]:
        scanned_on = self._scan_date(scanned_on)
        accepted = set()
        for given in accept:
            code = normalize_code(str(given)) or str(given).strip()
            if plan.document(code) is None:
                raise DomainError(ErrorCode.SCAN_ACCEPT_NOT_IN_FILES, field="accept", value=code)
            accepted.add(code)
        chosen = [d for d in plan.documents if d.attachable(d.code in accepted)]
        skipped = tuple(d for d in plan.documents if d not in chosen)
        stored = []
        for document in chosen:
            buf = io.BytesIO()
            pages = assemble_pdf(document.pages, buf)
            stored.append((document, pages, store_bytes(
                self.store_dir, buf.getvalue(), f"{document.code}.pdf",
                max_bytes=L.MAX_SCAN_FILE_BYTES)))
        attached = []
        with self._db.unit_of_work(self._actor) as uow:
            for document, pages, file in stored:
                printed = uow.printing.find(document.code)
                if printed is None:  # gone since the plan was made: not attached to a guess
                    raise DomainError(ErrorCode.PRINT_CODE_UNKNOWN, field="kode",
                                      value=document.code)
                flags = tuple(p for p in document.problems if p in ACCEPTABLE)
                scan, new = uow.scans.add(
                    code=printed.code, kind=printed.kind,
                    record_id=printed.record_id or printed.skp_id, revision=printed.revision,
                    skp_id=printed.skp_id, pegawai_id=document.pegawai_id,
                    period=printed.period or "", file_ref=file.file_ref, sha256=file.sha256,
                    pages=pages, scanned_on=scanned_on,
                    source_name=", ".join(dict.fromkeys(p.file_name for p in document.pages)),
                    flags=flags)
                attached.append(AttachedScan(document, scan.id, scan.file_ref, pages,
                                             scan.flags, new))
        return Outcome(ScanResult(plan, tuple(attached), skipped), uow.changes)

    def attach_file(self, code: str, path: str | os.PathLike, *,
                    scanned_on: dt.date | None = None, note: str = "") -> Outcome[AttachedScan]:
        """Attach a file as the signed scan of the printed copy `code` as a person says (a page
        whose QR code no longer reads): the file's pages are read and must not carry another
        document's code; the flags say what the pages could not confirm."""
        scanned_on = self._scan_date(scanned_on)
        normalized = normalize_code(code)
        pages = self.read_pages([path])
        plan = self.plan_pages([str(path)], pages)
        if not normalized:
            raise DomainError(ErrorCode.PRINT_CODE_UNKNOWN, field="kode",
                              value=(code or "").strip(), reason="format")
        foreign = [d.code for d in plan.documents if d.code != normalized]
        if foreign:
            raise DomainError(ErrorCode.SCAN_OTHER_DOCUMENT, field="berkas", path=str(path),
                              other=", ".join(foreign), value=normalized)
        with self._db.reader() as uow:
            printed = uow.printing.find(normalized)
        if printed is None:
            raise DomainError(ErrorCode.PRINT_CODE_UNKNOWN, field="kode", value=normalized)
        mark = QrMark(printed.code, printed.kind, printed.record_id or printed.skp_id,
                      printed.revision, 1, 1)
        every = [ScannedPage(p.source, p.page, p.kind, mark) for p in pages]
        document = plan.document(normalized)
        flags = set(document.problems) if document is not None else {INCOMPLETE}
        if document is None:  # no page confirmed the code: compare the record still
            base, _ = self._planned_read(printed.code, every)
            document = self._with_change(SkpDocumentService(self._db, self._actor), base)
            flags |= set(document.problems) & {CHANGED}
        buf = io.BytesIO()
        count = assemble_pdf(every, buf)
        file = store_bytes(self.store_dir, buf.getvalue(), f"{printed.code}.pdf",
                           max_bytes=L.MAX_SCAN_FILE_BYTES)
        with self._db.unit_of_work(self._actor) as uow:
            scan, new = uow.scans.add(
                code=printed.code, kind=printed.kind, record_id=printed.record_id or printed.skp_id,
                revision=printed.revision, skp_id=printed.skp_id,
                pegawai_id=document.pegawai_id, period=printed.period or "",
                file_ref=file.file_ref, sha256=file.sha256, pages=count, scanned_on=scanned_on,
                source_name=Path(path).name, flags=flags & set(ACCEPTABLE), note=note)
        return Outcome(AttachedScan(document, scan.id, scan.file_ref, count, scan.flags, new),
                       uow.changes)

    # --- reading what is attached
    def scans_of(self, record_id: str, kind: str | None = None):
        """Signed scans of a record (optionally of one kind), newest first."""
        with self._db.reader() as uow:
            return uow.scans.of_record(record_id, kind)

    def latest_scan(self, record_id: str, kind: str):
        found = self.scans_of(record_id, kind)
        return found[0] if found else None

    def scans_of_pegawai(self, pegawai_id: str):
        with self._db.reader() as uow:
            return uow.scans.of_pegawai(pegawai_id)

    def unsigned_prints(self, *, pegawai_ids: Iterable[str] | None = None,
                        record_ids: Iterable[str] | None = None,
                        older_than_days: int = 0, today: dt.date | None = None,
                        kinds: Iterable[str] = scan_actions.KINDS):
        """The newest print of each record and kind with no signed scan, printed more than
        `older_than_days` days before `today` (0: any print before now)."""
        today = today or dt.date.today()
        before = scan_actions.cutoff_iso(today, older_than_days) if older_than_days > 0 \
            else "9999"  # any print: every ISO time sorts before "9999"
        with self._db.reader() as uow:
            return uow.scans.unsigned_prints(kinds, printed_before=before,
                                             pegawai_ids=pegawai_ids, record_ids=record_ids)

    def scan_path(self, scan) -> Path:
        """The stored file of a scan after its SHA-256 check (missing or altered: refused)."""
        try:
            path = file_path(self.store_dir, scan.file_ref)
        except ValueError:
            raise DomainError(ErrorCode.SCAN_FILE_MISSING, field="pindaian",
                              value=scan.code) from None
        if not is_present(self.store_dir, scan.file_ref):
            raise DomainError(ErrorCode.SCAN_FILE_MISSING, field="pindaian", value=scan.code)
        try:
            intact = hash_file(path) == scan.sha256
        except OSError:
            intact = False
        if not intact:
            raise DomainError(ErrorCode.SCAN_FILE_TAMPERED, field="pindaian", value=scan.code)
        return path

    def viewer_copy(self, scan, folder: str | os.PathLike | None = None) -> Path:
        """A read-only copy of the scan for a PDF viewer (never the store's own file: a viewer's
        "Save" would alter it), made after the SHA-256 check: `<temp>/skpdesk-pindaian/
        <sha256[:16]>/<code>.pdf`."""
        source = self.scan_path(scan)
        base = Path(folder) if folder is not None else Path(tempfile.gettempdir()) / VIEWER_FOLDER
        target = base / scan.sha256[:16] / f"{scan.code}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != scan.sha256:  # changed since the check
            raise DomainError(ErrorCode.SCAN_FILE_TAMPERED, field="pindaian", value=scan.code)
        with atomic_write(target) as out:
            out.write(data)
        os.chmod(target, stat.S_IRUSR)
        return target

    # --- internals
    @staticmethod
    def _scan_date(scanned_on: dt.date | None) -> dt.date:
        today = dt.date.today()
        if scanned_on is None:
            return today
        if scanned_on > today:
            raise DomainError(ErrorCode.SCAN_DATE_IN_FUTURE, field="tanggal",
                              value=scanned_on.isoformat())
        return scanned_on

    def _planned_read(self, code: str, pages: list[ScannedPage]):
        with self._db.reader() as uow:
            return self._planned(uow, code, pages)

    def _planned(self, uow, code: str, pages: list[ScannedPage]) -> tuple[PlannedDocument,
                                                                           list[ScannedPage]]:
        printed = uow.printing.find(code)
        first = pages[0].mark
        if printed is None:
            total = max(p.mark.total for p in pages)
            present, missing, dups = order_pages(pages, total)
            return PlannedDocument(code, first.kind, first.record_id, first.revision, total,
                                   present, missing, dups, known=False), []
        record_id = printed.record_id or printed.skp_id or ""
        own = [p for p in pages if (p.mark.kind, p.mark.record_id, p.mark.revision)
               == (printed.kind, record_id, printed.revision)]
        mismatched = [p for p in pages if p not in own]
        total = printed.pages or max((p.mark.total for p in own), default=0)
        present, missing, dups = order_pages(own, total)
        pegawai_id = printed.pegawai_id
        if pegawai_id is None and printed.skp_id:
            summary = uow.skp.summary(printed.skp_id)
            pegawai_id = summary.pegawai_id if summary else None
        person = uow.people.get(pegawai_id) if pegawai_id else None
        return PlannedDocument(
            code, printed.kind, record_id, printed.revision, total, present, missing, dups,
            skp_id=printed.skp_id, pegawai_id=pegawai_id, period=printed.period or "",
            pegawai_name=person.full_name if person else "",
            nip=(person.nip or "") if person else "",
            scanned_before=len(uow.scans.of_code(code))), mismatched

    @staticmethod
    def _with_change(checker: SkpDocumentService, document: PlannedDocument) -> PlannedDocument:
        """The document with whether its record changed since printing (`check_print`)."""
        if not document.known:
            return document
        try:
            check = checker.check_print(document.code)
        except DomainError:
            # The record cannot be rebuilt (a form whose check is not supported here yet):
            # the page codes matched the printed copy; nothing more is known.
            return document
        if not check.changed:  # False, or None: a form whose content is not compared
            return document
        parts = []
        if status_changed(check.printed_status, check.current_status):
            parts.append(f"status {_status(check.printed_status)} → "
                         f"{_status(check.current_status)}")
        if check.current_revision != check.printed_revision:
            parts.append(f"revisi {check.printed_revision} → {check.current_revision}")
        if not parts:
            parts.append("isi berubah")
        return dataclasses.replace(document, changed=True, change_text=", ".join(parts))


def _status(value: str) -> str:
    return STATUS_LABELS.get(value, value)
