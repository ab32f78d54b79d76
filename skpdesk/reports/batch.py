"""Printing SKPs to PDF files: one (`print_document`, `print_skp`) or many (`print_batch`).

Used by `skpdesk print skp` and by the GUI's "Cetak SKP" / "Cetak semua". The database is read
and written only in the calling process, through the services: each document is built there
(`SkpDocumentService`), rendered (`skp_pdf`, optionally in a pool of worker processes:
documents are frozen dataclasses, so they pickle), and its print recorded (`record_prints`).

Order of the steps for every output file (ARCHITECTURE mechanism 6, and the promise that
`skpdesk check-print` knows every copy that can leave the program):
1. render the complete PDF under a temp name beside the target (`atomic_files.stage`);
2. record its document codes in one transaction (all codes of a combined PDF at once);
3. rename it into place (`StagedFile.publish`).
A failure or cancel before 3 removes the temp file, so no PDF appears whose codes are unknown.
A kill between 2 and 3 leaves recorded codes with no file: `check-print` then knows a code that
was never on paper, which is harmless. The temp file a kill leaves behind is removed by the next
print into that folder (`atomic_files.remove_stale_temp_files`). Pool workers end with their parent
(`_worker_start`), whether it finishes, is interrupted or is killed.

A batch writes one file per pegawai, `<NIP>_<name-slug>_SKP_<year>.pdf`, or everything into one
combined PDF (`combined_pdf.py`). It never stops for one pegawai: a pegawai without an SKP for
the year is listed in `missing_skp` (Non-ASN officials, who never have one, in `not_asn`), a
file that cannot be written or a document that fails to render in `failed`, and the rest are
printed. Cancelling (the token) stops between documents: the files already written are kept and
listed; in combined mode nothing is written. Problems that concern the whole batch (no office, a
folder that cannot be created, a database that refuses writes) raise a `DomainError`; files
already published stay (their codes are recorded), nothing else is left behind.

`fault_points.reached(...)` marks the moments the kill tests stop the process at
(tests/cli/test_print_faults.py).
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import os
import re
import signal
import threading
import unicodedata
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from skpdesk.domain.changes import Changes
from skpdesk.domain.documents import LogoProblem, SkpDocument
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import AsnType, Pegawai
from skpdesk.services.progress import CancelToken, Cancelled, Progress, no_progress

from skpdesk.services import fault_points
from .combined_pdf import stage_combined
from skpdesk.services.atomic_files import StagedFile, remove_stale_temp_files, remove_temp_files_of
from .skp_pdf import stage_skp

log = logging.getLogger("skpdesk.reports.batch")

MAX_PROCESSES = 32
_IN_FLIGHT_PER_PROCESS = 2  # documents queued per worker: keeps workers busy, memory bounded
# Progress weights in combined mode: building a document (database reads) costs about a third
# of laying it out, and both happen before the one file is written.
_BUILD_WEIGHT, _RENDER_WEIGHT = 1, 3


@dataclass(frozen=True)
class PrintedFile:
    """One printed SKP: its document code, pages and the file it is in."""

    code: str
    pages: int
    path: Path
    skp_id: str = ""
    revision: int = 0
    nip: str = ""
    name: str = ""  # with titles, as printed
    pegawai_id: str = ""
    changes: Changes | None = field(default=None, compare=False, repr=False)  # from record_print
    # The printable-document protocol (issue 13): what `form_batch` prints besides the SKP.
    kind: str = "skp"
    record_id: str = ""
    period: str = ""
    status: str = ""
    final: bool = True


class Missing(NamedTuple):
    """A pegawai of the batch that has no SKP for the year (nothing printed)."""

    nip: str
    name: str


class Failure(NamedTuple):
    """A pegawai whose SKP could not be printed; `error` is a `DomainError` (e.g.
    FILE_UNWRITABLE: the CLI and GUI word it) or an unexpected exception (logged)."""

    nip: str
    name: str
    error: BaseException

    @property
    def message(self) -> str:
        return str(self.error) or type(self.error).__name__


@dataclass
class BatchReport:
    year: int
    printed: list[PrintedFile] = field(default_factory=list)  # in the order of the pegawai given
    missing_skp: list[Missing] = field(default_factory=list)
    not_asn: list[Missing] = field(default_factory=list)  # Non-ASN: no SKP by definition
    failed: list[Failure] = field(default_factory=list)
    cancelled: bool = False
    # A pool worker died (killed, out of memory, crashed): the batch stopped there. The pegawai
    # it had not printed yet are in `not_printed` (some may have no SKP: they were not reached).
    worker_died: bool = False
    not_printed: list[Missing] = field(default_factory=list)
    combined: Path | None = None  # the combined PDF, when one was written
    # The stored logo failed its check and was left off every document (said once per batch).
    logo_problem: LogoProblem | None = None
    changes: Changes = field(default_factory=Changes)  # the recorded prints (for GUI refresh)

    @property
    def konsep(self) -> int:
        """Printed documents that are not final (KONSEP on every page; issue 13)."""
        return sum(1 for p in self.printed if not p.final)

    @property
    def files(self) -> list[Path]:
        """The files written, each once (the combined file, or one per printed SKP)."""
        if self.combined is not None:
            return [self.combined]
        return list(dict.fromkeys(p.path for p in self.printed))

    @property
    def pages(self) -> int:
        return sum(p.pages for p in self.printed)

    @property
    def ok(self) -> bool:
        """Every SKP there was got printed (missing SKPs are not failures)."""
        return not self.failed and not self.cancelled and not self.worker_died


# --- names

def slug(text: str) -> str:
    """ "Siti Aminah Nur'aini" -> "siti-aminah-nur-aini": ASCII letters and digits only."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text or "")
                    if not unicodedata.combining(ch))  # "é" -> "e"
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "pegawai"


def file_name(pegawai: Pegawai, year: int) -> str:
    """ "199001012015032003_agus-santoso_SKP_2026.pdf" (NIP, name without titles, year)."""
    number = pegawai.nip or pegawai.id.replace("-", "")[:12]
    return f"{number}_{slug(pegawai.name)[:60].strip('-')}_SKP_{year}.pdf"


def combined_name(label: str, year: int) -> str:
    """ "SKP_bidang-aplikasi-informatika_2026.pdf" for a unit (or "semua-unit")."""
    return f"SKP_{slug(label)[:60].strip('-')}_{year}.pdf"


# --- choosing the pegawai

def select_pegawai(services, *, unit_path: str | None = None, subunits: bool = True) -> list[Pegawai]:
    """The pegawai of a unit (with its sub-units unless `subunits=False`), or of the whole
    office when `unit_path` is None: unit by unit in path order, by name within a unit.
    UNIT_NOT_FOUND names a unit path that does not exist."""
    units = services.office.units()
    if unit_path is not None:
        wanted = "/".join(p.strip() for p in unit_path.split("/") if p.strip())
        root = next((u for u in units if u.path == wanted), None)
        if root is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, field="unit", value=unit_path)
        units = [u for u in units
                 if u.id == root.id or (subunits and u.path.startswith(root.path + "/"))]
    people: list[Pegawai] = []
    for unit in units:
        people.extend(services.staff.list(unit_id=unit.id))
    return people


# --- one document

def _unwritable(path: Path, detail: str | OSError) -> DomainError:
    if isinstance(detail, OSError):
        detail = detail.strerror or str(detail)
    return DomainError(ErrorCode.FILE_UNWRITABLE, field="berkas", value=str(path), path=str(path),
                       detail=detail)


def _render_file(doc: SkpDocument, path: str, landscape: bool,
                 owner: int) -> tuple[bool, tuple[StagedFile, int] | str]:
    """Render one document beside `path`, unpublished: (True, (staged file, pages)) or (False,
    OS error text).

    Module-level so a worker process can run it; an OSError travels back as text (a
    `DomainError` with params does not survive pickling). `owner` (the parent's pid) names the
    temp file, so it is cleaned up only once the parent is gone."""
    try:
        return True, stage_skp(doc, path, landscape=landscape, owner=owner)
    except OSError as error:
        return False, error.strerror or str(error)


def _database_wide(error: BaseException) -> bool:
    """A refusal of the database itself (read-only, damaged, ...): every further print would
    fail the same way, so the batch stops instead of listing it once per pegawai."""
    return isinstance(error, DomainError) and error.code.value.startswith("db_")


def _record(services, docs: Sequence[SkpDocument], pages: Sequence[int] | None = None,
            recorder: Callable | None = None):
    """Record the codes (and page counts) of one output file (one transaction) with
    `recorder(docs)` (the SKP's `record_prints` by default). A database-wide refusal says that
    it happened while printing (the message then adds that no PDF was made)."""
    try:
        if recorder is not None:
            return recorder(docs)
        return services.skp_document.record_prints(docs, pages)
    except DomainError as error:
        if _database_wide(error) and "action" not in error.params:
            raise DomainError(error.code, **error.params, action="print") from error
        raise


def print_document(services, doc: SkpDocument, out: str | os.PathLike, *,
                   landscape: bool = False) -> PrintedFile:
    """Write `doc` to the PDF file `out`: render it under a temp name, record its code, then
    rename it into place. On any failure nothing new is left at `out` (nor a temp file)."""
    path = Path(out)
    if path.parent.is_dir():
        remove_stale_temp_files(path.parent)
    ok, result = _render_file(doc, str(path), landscape, os.getpid())
    if not ok:
        raise _unwritable(path, result)
    staged, pages = result
    outcome = _record_then_publish(services, [doc], [pages], staged, path)
    return PrintedFile(code=doc.code, pages=pages, path=path, skp_id=doc.skp_id,
                       revision=doc.revision, nip=doc.pegawai.nip, name=doc.pegawai.name,
                       status=doc.status, final=doc.final, changes=outcome.changes)


def _record_then_publish(services, docs: Sequence[SkpDocument], pages: Sequence[int],
                         staged: StagedFile, path: Path):
    """The order that keeps paper traceable: the codes are committed before the file appears,
    so a kill leaves at worst a recorded code without a file, never a PDF `check-print` does
    not know. A failed record removes the temp file."""
    fault_points.reached("print.rendered")
    try:
        outcome = _record(services, docs, pages)
    except BaseException:
        staged.discard()
        raise
    fault_points.reached("print.recorded")
    _publish(staged, path)
    fault_points.reached("print.published")
    return outcome


def _publish(staged: StagedFile, path: Path) -> None:
    """Rename into place; on failure the temp file goes (the recorded code stays, harmless)."""
    try:
        staged.publish()
    except OSError as error:
        staged.discard()
        raise _unwritable(path, error) from error


def print_skp(services, skp_id: str, out: str | os.PathLike, *, landscape: bool = False,
              printed_on=None) -> PrintedFile:
    """Build the SKP `skp_id` as of now, write it to `out` and record the print."""
    doc = services.skp_document.build(skp_id, printed_on=printed_on)
    return print_document(services, doc, out, landscape=landscape)


# --- many documents

class _Job(NamedTuple):
    pegawai: Pegawai
    doc: SkpDocument
    path: Path


class SkpForm:
    """How the per-file machinery below (`_print_here`, `_print_in_pool`, `_finish`) renders,
    records and lists one kind of document; this is the SKP's. `form_batch.FormKind` is the
    evaluation forms' (the same steps, another renderer and recorder)."""

    def render_call(self, job: _Job, landscape: bool, owner: int) -> tuple[Callable, tuple]:
        """A module-level function and its arguments (pickled into a pool worker) returning
        (True, (staged file, pages)) or (False, OS error text)."""
        return _render_file, (job.doc, str(job.path), landscape, owner)

    def record(self, services, jobs: Sequence[_Job], pages: Sequence[int]):
        return _record(services, [job.doc for job in jobs], pages)

    def printed(self, job: _Job, pages: int, outcome) -> PrintedFile:
        return PrintedFile(
            code=job.doc.code, pages=int(pages), path=job.path, skp_id=job.doc.skp_id,
            revision=job.doc.revision, nip=job.doc.pegawai.nip, name=job.doc.pegawai.name,
            pegawai_id=job.pegawai.id, status=job.doc.status, final=job.doc.final,
            changes=outcome.changes)


SKP_FORM = SkpForm()


class _Tally:
    """Progress in steps: each pegawai weighs `weight` (combined mode: building + layout)."""

    def __init__(self, progress: Progress, pegawai: int, weight: int = 1) -> None:
        self._progress = progress
        self.total = pegawai * weight
        self.done = 0

    def step(self, amount: int = 1) -> None:
        self.done += amount
        self._progress(min(self.done, self.total), self.total)


def print_batch(services, pegawai_ids: Sequence[str | Pegawai], year: int, *,
                out_dir: str | os.PathLike | None = None,
                combined: str | os.PathLike | None = None,
                progress: Progress | None = None, cancel: CancelToken | None = None,
                processes: int = 1, landscape: bool = False, printed_on=None,
                duplex: bool = False) -> BatchReport:
    """Print the SKP of `year` of each pegawai (ids, or the `Pegawai` values `select_pegawai`
    gives, which saves a lookup each): one file each into `out_dir`, or all into the single PDF
    `combined` (exactly one of the two; `duplex` pads each document in it to an even number of
    pages, `combined_pdf`). `processes > 1` renders the per-pegawai
    files in that many worker processes (combined mode always renders in this process).

    `progress(done, total)` is called as documents finish; `cancel` is checked between
    documents. Returns the report; raises `DomainError` only for problems of the whole batch.
    """
    if (out_dir is None) == (combined is None):
        raise ValueError("print_batch needs exactly one of out_dir and combined")
    progress = progress or no_progress
    cancel = cancel or CancelToken()
    processes = max(1, min(int(processes), MAX_PROCESSES))
    if services.office.instansi() is None:
        raise DomainError(ErrorCode.OFFICE_MISSING)
    report = BatchReport(year=year)
    chosen = {(p if isinstance(p, str) else p.id): p for p in pegawai_ids}  # listed twice: once
    people = list(chosen.values())
    if combined is not None:
        target = Path(combined)
        if not target.parent.is_dir():  # found before any document is built
            raise _unwritable(target, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)))
        remove_stale_temp_files(target.parent)
        _print_combined(services, people, year, target, report, progress, cancel, landscape,
                        printed_on, duplex)
    else:
        folder = Path(out_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _unwritable(folder, error) from error
        remove_stale_temp_files(folder)
        tally = _Tally(progress, len(people))
        queue = iter(people)  # what is left in it when a worker dies was never reached
        docs = _documents(services, queue, year, report, cancel, printed_on, tally.step)
        jobs = (_Job(pegawai, doc, folder / file_name(pegawai, year)) for pegawai, doc in docs)
        if processes == 1:
            _print_here(services, jobs, report, tally, landscape)
        else:
            _print_in_pool(services, jobs, report, tally, cancel, landscape, processes)
            if report.worker_died:
                report.not_printed += _unreached(services, queue)
    order = {pegawai_id: i for i, pegawai_id in enumerate(chosen)}
    report.printed.sort(key=lambda p: order.get(p.pegawai_id, 0))
    return report


def _unreached(services, queue: Iterator[str | Pegawai]) -> list[Missing]:
    result = []
    for item in queue:
        if isinstance(item, str):
            try:
                item = services.staff.get(item)
            except DomainError:  # removed meanwhile: nothing to print for it anyway
                continue
        result.append(Missing(item.nip or "", item.full_name))
    return result


def _documents(services, people: Iterable[str | Pegawai], year: int, report: BatchReport,
               cancel: CancelToken, printed_on,
               skipped: Callable[[], None]) -> Iterator[tuple[Pegawai, SkpDocument]]:
    """Build the document of each pegawai in turn (in this process). Pegawai without an SKP go
    to the report and `skipped()` is called for them. Stops early, marking the report
    cancelled, when the token is set."""
    for item in people:
        if cancel.cancelled:
            report.cancelled = True
            return
        try:
            pegawai = services.staff.get(item) if isinstance(item, str) else item
        except DomainError as error:  # removed meanwhile
            report.failed.append(Failure("", item, error))
            skipped()
            continue
        entry = Missing(pegawai.nip or "", pegawai.full_name)
        try:
            doc = services.skp_document.for_pegawai(pegawai.id, year, printed_on=printed_on)
        except DomainError as error:
            if error.code is ErrorCode.SKP_NOT_FOUND:
                (report.not_asn if pegawai.asn_type is AsnType.NON_ASN
                 else report.missing_skp).append(entry)
            else:
                report.failed.append(Failure(*entry, error))
            skipped()
            continue
        except Exception as error:  # noqa: BLE001 - reported per pegawai, traceback logged
            log.exception("building the SKP document of %s failed", pegawai.id)
            report.failed.append(Failure(*entry, error))
            skipped()
            continue
        if doc.logo_problem is not None and report.logo_problem is None:
            report.logo_problem = doc.logo_problem
        yield pegawai, doc


def _finish(services, job: _Job, ok: bool, result, report: BatchReport,
            form: SkpForm = SKP_FORM) -> None:
    """A rendered (or failed) file: record its code, then publish it and list it; or list the
    failure (and remove the temp file). A database-wide refusal is raised."""
    entry = (job.pegawai.nip or "", job.pegawai.full_name)
    if not ok:
        report.failed.append(Failure(*entry, _unwritable(job.path, result)))
        return
    staged, pages = result
    fault_points.reached("print.rendered")
    try:
        outcome = form.record(services, [job], [int(pages)])
    except Exception as error:  # noqa: BLE001 - this file is dropped; the batch goes on
        staged.discard()
        if _database_wide(error):
            raise
        if not isinstance(error, DomainError):
            log.exception("recording the print of %s failed", job.path)
        report.failed.append(Failure(*entry, error))
        return
    except BaseException:
        staged.discard()
        raise
    fault_points.reached("print.recorded")
    report.changes.merge(outcome.changes)  # recorded, whether or not the rename succeeds
    try:
        _publish(staged, job.path)
    except DomainError as error:
        report.failed.append(Failure(*entry, error))
        return
    fault_points.reached("print.published")
    report.printed.append(form.printed(job, pages, outcome))


def _render_failed(job: _Job, error: BaseException, report: BatchReport) -> None:
    log.error("rendering %s failed", job.path, exc_info=(type(error), error, error.__traceback__))
    report.failed.append(Failure(job.pegawai.nip or "", job.pegawai.full_name, error))


def _print_here(services, jobs: Iterable[_Job], report: BatchReport, tally: _Tally,
                landscape: bool, form: SkpForm = SKP_FORM) -> None:
    owner = os.getpid()
    for job in jobs:
        try:
            function, args = form.render_call(job, landscape, owner)
            ok, result = function(*args)
        except Exception as error:  # noqa: BLE001 - one broken document does not stop the batch
            _render_failed(job, error, report)
        else:
            _finish(services, job, ok, result, report, form)
        tally.step()


def _worker_start() -> None:
    """Runs first in each pool worker. Ctrl+C is left to the parent, which cancels between
    documents. A worker ends as soon as its parent does, however the parent ends (a kill -9
    runs no clean-up, and an idle worker would wait for work forever): a thread waits on the
    parent's sentinel (a pipe that closes when the parent dies; a process handle on Windows)
    and exits then. The temp file it may have been writing carries the parent's pid, so the
    next print into that folder removes it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is None:  # pragma: no cover - always set in a spawned worker
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="skpdesk-parent-watch", daemon=True).start()


def _discard_results(futures) -> None:
    """Remove the temp files of renders that finished but will not be published."""
    for future in futures:
        if future.done() and not future.cancelled() and future.exception() is None:
            ok, result = future.result()
            if ok:
                result[0].discard()


def _print_in_pool(services, jobs: Iterable[_Job], report: BatchReport, tally: _Tally,
                   cancel: CancelToken, landscape: bool, processes: int,
                   form: SkpForm = SKP_FORM) -> None:
    """Build here, render in `processes` spawned workers, record and publish here as files
    complete.

    Spawned (not forked) workers: the parent may hold threads and an open SQLite connection.
    On cancel, queued documents are dropped; the ones being rendered finish (whole files).
    When the batch stops on an error, renders that finish are discarded.

    A worker that dies (SIGKILL, the out-of-memory killer, a crash in native code) breaks the
    whole pool: Python fails every queued render and every later submit with
    `BrokenProcessPool` and terminates the other workers. The batch then stops as a cancel
    would, marks the report `worker_died`, lists the pegawai not printed, and removes the temp
    files the dead and terminated workers were writing; what was published stays (its codes
    were recorded first)."""
    context = multiprocessing.get_context("spawn")
    pending: dict[Future, _Job] = {}
    owner = os.getpid()
    lost: list[_Job] = []  # in flight when the pool broke

    def collect(futures) -> None:
        for future in futures:
            job = pending.pop(future)
            if future.cancelled():
                continue
            error = future.exception()
            if isinstance(error, BrokenProcessPool):
                report.worker_died = True
                lost.append(job)
            elif error is not None:
                _render_failed(job, error, report)
            else:
                ok, result = future.result()
                _finish(services, job, ok, result, report, form)
            tally.step()

    with ProcessPoolExecutor(max_workers=processes, mp_context=context,
                             initializer=_worker_start) as pool:
        try:
            for job in jobs:
                try:
                    function, args = form.render_call(job, landscape, owner)
                    future = pool.submit(function, *args)
                except BrokenProcessPool:
                    report.worker_died = True
                    lost.append(job)
                    break
                pending[future] = job
                while (len(pending) >= processes * _IN_FLIGHT_PER_PROCESS
                       and not cancel.cancelled and not report.worker_died):
                    finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                    collect(finished)
                    fault_points.reached("print.pool-running")
                if report.worker_died:
                    break
                if cancel.cancelled:
                    report.cancelled = True
                    break
            if report.cancelled:
                for future in list(pending):
                    if future.cancel():  # not started yet: no file
                        pending.pop(future)
            while pending:  # one at a time, so an error leaves the rest in `pending`
                finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                collect(finished)
        except BaseException:
            for future in pending:
                future.cancel()
            wait(list(pending))
            _discard_results(pending)
            raise
    if lost:
        log.error("a print worker process ended unexpectedly; %d document(s) not printed",
                  len(lost))
        for job in lost:  # the workers are gone (joined above): nothing writes these any more
            remove_temp_files_of(job.path, owner)
        report.not_printed += [Missing(job.pegawai.nip or "", job.pegawai.full_name)
                               for job in lost]


def _print_combined(services, people: list[str | Pegawai], year: int, target: Path,
                    report: BatchReport, progress: Progress, cancel: CancelToken, landscape: bool,
                    printed_on, duplex: bool = False) -> None:
    """Build every document, lay them out into one temp file, record every code in one
    transaction, then rename the file into place."""
    tally = _Tally(progress, len(people), _BUILD_WEIGHT + _RENDER_WEIGHT)
    built: list[tuple[Pegawai, SkpDocument]] = []
    for item in _documents(services, people, year, report, cancel, printed_on,
                           lambda: tally.step(_BUILD_WEIGHT + _RENDER_WEIGHT)):
        built.append(item)
        tally.step(_BUILD_WEIGHT)
    if report.cancelled or not built:
        return

    def started(index: int) -> None:
        cancel.raise_if_cancelled()
        fault_points.reached("print.document")
        if index:
            tally.step(_RENDER_WEIGHT)

    docs = [doc for _, doc in built]
    try:
        staged, pages = stage_combined(docs, target, landscape=landscape, on_document=started,
                                       duplex=duplex)
    except Cancelled:
        report.cancelled = True
        return
    except OSError as error:
        raise _unwritable(target, error) from error
    outcome = _record_then_publish(services, docs, pages, staged, target)
    tally.step(_RENDER_WEIGHT)
    report.changes.merge(outcome.changes)
    for (pegawai, doc), count in zip(built, pages):
        report.printed.append(PrintedFile(
            code=doc.code, pages=int(count), path=target, skp_id=doc.skp_id,
            revision=doc.revision, nip=doc.pegawai.nip, name=doc.pegawai.name,
            pegawai_id=pegawai.id, status=doc.status, final=doc.final, changes=outcome.changes))
    report.combined = target
