"""Printing the evaluation forms one at a time or in batches (issue 13): EVALUASI KINERJA
PEGAWAI (`eval_pdf.render_evaluasi`), DOKUMEN EVALUASI KINERJA PEGAWAI
(`eval_summary_pdf.render_dokumen_evaluasi`) and the Format Penetapan Predikat Kinerja
(`penetapan_pdf.render_penetapan`).

The machinery is `batch.py`'s, not a copy: the same order for every output file (render under
a temp name, record the codes in one transaction, rename into place), the same pool of spawned
worker processes that end with their parent, the same cancel between documents and the same
report of what was printed, missing and failed. A `FormKind` is the strategy that plugs a form
into it (`batch.SkpForm` is the SKP's): how a document is built (`build`, in this process: the
database is read only here), rendered (`render`, a module-level `render_<x>(doc, out) -> int`,
so a worker process can run it), named on disk and recorded (`EvalPrintService.record_prints`,
with kind, record, period, status at printing and pages).

Combined mode: every document is rendered on its own, exactly as when printed alone (its page
furniture, the QR code of each page counted within the document), then the documents are
joined with pypdf into one file with one outline bookmark per document (the document's
`bookmark`: "<name> – <NIP>"). `duplex=True` pads each document to an even number of pages
with a plain blank page, so every document starts on a recto when printed on both sides (the
blank verso carries no furniture: nothing on it is to be signed or identified).

A pegawai without a document for the period is not a failure: the report lists them in
`missing` with the reason (`eval_printing.NOT_ASN`, `NO_SKP`, `SKP_NOT_APPROVED`,
`NO_EVALUATION`). `konsep` counts the printed documents that are not final (their pages carry
the diagonal KONSEP mark).
"""

from __future__ import annotations

import errno
import io
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, NamedTuple, Sequence

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services import fault_points
from skpdesk.services.atomic_files import remove_stale_temp_files, stage
from skpdesk.services.progress import CancelToken, Cancelled, Progress, no_progress

from . import batch
from .batch import (MAX_PROCESSES, BatchReport, Failure, Missing, PrintedFile, SkpForm, _Job,
                    _Tally, _unwritable, slug)

log = logging.getLogger("skpdesk.reports.form_batch")

CREATOR = "SKP Desk"


class MissingDocument(NamedTuple):
    """A pegawai of the batch with nothing to print, and why (`eval_printing` reasons)."""

    nip: str
    name: str
    reason: str


@dataclass
class FormBatchReport(BatchReport):
    kind: str = ""
    period: str = ""
    missing: list[MissingDocument] = field(default_factory=list)
    # `konsep` (printed documents that are not final) is BatchReport's


def _stage_form(render: Callable, doc, path: str, owner: int):
    """Render `doc` with `render` beside `path`, unpublished: (True, (staged file, pages)) or
    (False, OS error text). Module-level so a pool worker can run it (`batch._render_file`)."""

    def write(fh: BinaryIO) -> int:
        fault_points.reached("print.render")
        return render(doc, fh)

    try:
        return True, stage(path, write, owner=owner)
    except OSError as error:
        return False, error.strerror or str(error)


def _person_of(doc) -> tuple[str, str]:
    """(NIP, name) of the pegawai of a document, from its bookmark "<name> – <NIP>"."""
    name, _, nip = (doc.bookmark or "").rpartition(" – ")
    return (nip, name) if name else ("", doc.bookmark or "")


@dataclass(frozen=True)
class FormKind(SkpForm):
    """A printable form for `batch`'s machinery (module doc)."""

    kind: str                    # printed_document.kind
    tag: str                     # in file names: "EVALUASI"
    title: str                   # in summaries and combined PDF titles
    render: Callable             # render_<x>(doc, out) -> pages, module-level
    build: Callable              # (services, skp_id, period, printed_on) -> document

    def render_call(self, job: _Job, landscape: bool, owner: int) -> tuple[Callable, tuple]:
        return _stage_form, (self.render, job.doc, str(job.path), owner)

    def record(self, services, jobs: Sequence[_Job], pages: Sequence[int]):
        docs = [job.doc for job in jobs]
        return batch._record(services, docs, pages,
                             recorder=lambda d: services.eval_printing.record_prints(d, pages))

    def printed(self, job: _Job, pages: int, outcome) -> PrintedFile:
        return printed_file(job.doc, pages, job.path, outcome, pegawai=job.pegawai)

    def file_name(self, pegawai, period: str) -> str:
        """ "199001012015032003_agus-santoso_EVALUASI_2026-TW1.pdf" """
        number = pegawai.nip or pegawai.id.replace("-", "")[:12]
        return f"{number}_{slug(pegawai.name)[:60].strip('-')}_{self.tag}_{period}.pdf"

    def combined_name(self, label: str, period: str) -> str:
        return f"{self.tag}_{slug(label)[:60].strip('-')}_{period}.pdf"


def printed_file(doc, pages: int, path: Path, outcome, *, pegawai=None) -> PrintedFile:
    nip, name = _person_of(doc)
    if pegawai is not None:
        nip, name = pegawai.nip or "", pegawai.full_name
    return PrintedFile(code=doc.code, pages=int(pages), path=path, skp_id=doc.skp_id or "",
                       revision=doc.revision, nip=nip, name=name,
                       pegawai_id=doc.pegawai_id or "",
                       changes=outcome.changes if outcome is not None else None,
                       kind=doc.kind, record_id=doc.record_id, period=doc.period,
                       status=doc.status, final=bool(doc.final))


# --- the forms (the renderers are imported when a form is used: ReportLab, and the other
# helpers' modules, load only when printing)

def _build_evaluasi(services, skp_id: str, period: str, printed_on):
    return services.evaluasi_documents.build(skp_id, period, printed_on=printed_on)


def _build_dokumen(services, skp_id: str, period: str, printed_on):
    return services.summary_documents.dokumen_evaluasi(skp_id, period, printed_on=printed_on)


def _build_penetapan(services, unit_id: str, period: str, printed_on, subunits: bool = True):
    return services.summary_documents.penetapan(unit_id, period, subunits=subunits,
                                                printed_on=printed_on)


def evaluasi_form() -> FormKind:
    from .eval_pdf import render_evaluasi
    return FormKind("evaluasi", "EVALUASI", "Evaluasi Kinerja Pegawai", render_evaluasi,
                    _build_evaluasi)


def dokumen_form() -> FormKind:
    from .eval_summary_pdf import render_dokumen_evaluasi
    return FormKind("dokumen_evaluasi", "DOKUMEN-EVALUASI", "Dokumen Evaluasi Kinerja Pegawai",
                    render_dokumen_evaluasi, _build_dokumen)


def penetapan_form() -> FormKind:
    from .penetapan_pdf import render_penetapan
    return FormKind("penetapan", "PENETAPAN", "Penetapan Predikat Kinerja Pegawai",
                    render_penetapan, _build_penetapan)


FORMS: dict[str, Callable[[], FormKind]] = {"evaluasi": evaluasi_form,
                                             "dokumen_evaluasi": dokumen_form,
                                             "penetapan": penetapan_form}


# --- one document

def print_one(services, form: FormKind, doc, out: str | os.PathLike) -> PrintedFile:
    """Write `doc` to the PDF file `out`: render it under a temp name, record its code, then
    rename it into place. On any failure nothing new is left at `out` (nor a temp file)."""
    path = Path(out)
    if path.parent.is_dir():
        remove_stale_temp_files(path.parent)
    ok, result = _stage_form(form.render, doc, str(path), os.getpid())
    if not ok:
        raise _unwritable(path, result)
    staged, pages = result
    job = _Job(None, doc, path)
    outcome = _record_then_publish(services, form, [job], [pages], staged, path)
    return printed_file(doc, pages, path, outcome)


def _record_then_publish(services, form: FormKind, jobs: Sequence[_Job], pages: Sequence[int],
                         staged, path: Path):
    fault_points.reached("print.rendered")
    try:
        outcome = form.record(services, jobs, pages)
    except BaseException:
        staged.discard()
        raise
    fault_points.reached("print.recorded")
    batch._publish(staged, path)
    fault_points.reached("print.published")
    return outcome


# --- many documents

def print_forms(services, form: FormKind, targets: Sequence, period: str, *,
                out_dir: str | os.PathLike | None = None,
                combined: str | os.PathLike | None = None, duplex: bool = False,
                combined_title: str | None = None,
                progress: Progress | None = None, cancel: CancelToken | None = None,
                processes: int = 1, printed_on=None) -> FormBatchReport:
    """Print the form of `period` of each target (`EvalPrintService.targets`): one file each
    into `out_dir`, or all into the single PDF `combined` (exactly one of the two).
    `processes > 1` renders the per-pegawai files in that many worker processes. `progress`
    is called as documents finish, `cancel` checked between documents. Raises `DomainError`
    only for problems of the whole batch (no office, a folder that cannot be made, a
    database that refuses writes)."""
    if (out_dir is None) == (combined is None):
        raise ValueError("print_forms needs exactly one of out_dir and combined")
    progress = progress or no_progress
    cancel = cancel or CancelToken()
    processes = max(1, min(int(processes), MAX_PROCESSES))
    if services.office.instansi() is None:
        raise DomainError(ErrorCode.OFFICE_MISSING)
    report = FormBatchReport(year=_year_of(period), kind=form.kind, period=period)
    for target in targets:
        if not target.printable:
            report.missing.append(MissingDocument(target.pegawai.nip or "",
                                                  target.pegawai.full_name, target.missing))
    printable = [t for t in targets if t.printable]
    order = {t.pegawai.id: i for i, t in enumerate(printable)}
    if combined is not None:
        target_path = Path(combined)
        if not target_path.parent.is_dir():
            raise _unwritable(target_path,
                              FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)))
        remove_stale_temp_files(target_path.parent)
        _print_combined(services, form, printable, period, target_path, report, progress,
                        cancel, printed_on, duplex, combined_title)
    else:
        folder = Path(out_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _unwritable(folder, error) from error
        remove_stale_temp_files(folder)
        tally = _Tally(progress, len(printable))
        queue = iter(printable)
        docs = _documents(services, form, queue, period, report, cancel, printed_on,
                          tally.step)
        jobs = (_Job(t.pegawai, doc, folder / form.file_name(t.pegawai, period))
                for t, doc in docs)
        if processes == 1:
            batch._print_here(services, jobs, report, tally, False, form)
        else:
            batch._print_in_pool(services, jobs, report, tally, cancel, False, processes, form)
            if report.worker_died:
                report.not_printed += [Missing(t.pegawai.nip or "", t.pegawai.full_name)
                                       for t in queue]
    report.printed.sort(key=lambda p: order.get(p.pegawai_id, 0))
    return report


def _year_of(period: str) -> int:
    head = (period or "").strip().split("-")[0]
    return int(head) if head.isdigit() else 0


def _documents(services, form: FormKind, targets, period: str, report: FormBatchReport,
               cancel: CancelToken, printed_on, skipped: Callable[[], None]):
    """Build each target's document in turn (in this process); a build that fails is listed
    in `failed` and `skipped()` called. Stops early, marking the report cancelled, when the
    token is set."""
    for target in targets:
        if cancel.cancelled:
            report.cancelled = True
            return
        entry = (target.pegawai.nip or "", target.pegawai.full_name)
        try:
            doc = form.build(services, target.skp_id, period, printed_on)
        except DomainError as error:
            if batch._database_wide(error):
                raise
            report.failed.append(Failure(*entry, error))
            skipped()
            continue
        except Exception as error:  # noqa: BLE001 - reported per pegawai, traceback logged
            log.exception("building the %s document of %s failed", form.kind, target.pegawai.id)
            report.failed.append(Failure(*entry, error))
            skipped()
            continue
        problem = getattr(doc, "logo_problem", None)
        if problem is not None and report.logo_problem is None:
            report.logo_problem = problem
        yield target, doc


def _render_bytes(render: Callable, doc) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = render(doc, buffer)
    return buffer.getvalue(), int(pages)


def join_documents(parts: Sequence[tuple[object, bytes]], fh: BinaryIO, *, title: str,
                   author: str, duplex: bool = False) -> list[int]:
    """Write the rendered documents `parts` ((document, its PDF bytes)) into one PDF on `fh`,
    one outline bookmark per document; with `duplex`, a blank page after each document of an
    odd page count. Returns the pages of each document as printed (without the padding)."""
    from pypdf import PdfReader, PdfWriter  # only when joining

    writer = PdfWriter()
    counts: list[int] = []
    for doc, data in parts:
        reader = PdfReader(io.BytesIO(data))
        writer.append(reader, outline_item=doc.bookmark or doc.code, import_outline=False)
        count = len(reader.pages)
        counts.append(count)
        if duplex and count % 2:
            box = reader.pages[-1].mediabox
            writer.add_blank_page(width=float(box.width), height=float(box.height))
    writer.add_metadata({"/Title": title, "/Author": author, "/Creator": CREATOR,
                         "/Keywords": ", ".join(doc.code for doc, _ in parts)})
    writer.page_mode = "/UseOutlines"
    writer.write(fh)
    return counts


def _print_combined(services, form: FormKind, targets: Sequence, period: str, target: Path,
                    report: FormBatchReport, progress: Progress, cancel: CancelToken,
                    printed_on, duplex: bool, title: str | None) -> None:
    """Build and render every document (here), join them into one temp file, record every
    code in one transaction, then rename the file into place. Cancelled: nothing written."""
    weight = batch._BUILD_WEIGHT + batch._RENDER_WEIGHT
    tally = _Tally(progress, len(targets), weight)
    built: list[tuple[object, object]] = []
    for item in _documents(services, form, targets, period, report, cancel, printed_on,
                           lambda: tally.step(weight)):
        built.append(item)
        tally.step(batch._BUILD_WEIGHT)
    if report.cancelled or not built:
        return
    parts: list[tuple[object, bytes]] = []
    kept: list[tuple[object, object]] = []
    for item in built:
        if cancel.cancelled:
            report.cancelled = True
            return
        fault_points.reached("print.document")
        target_item, doc = item
        try:
            data, _ = _render_bytes(form.render, doc)
        except Exception as error:  # noqa: BLE001 - one broken document does not stop the batch
            log.exception("rendering the %s document of %s failed", form.kind,
                          target_item.pegawai.id)
            report.failed.append(Failure(target_item.pegawai.nip or "",
                                         target_item.pegawai.full_name, error))
        else:
            parts.append((doc, data))
            kept.append(item)
        tally.step(batch._RENDER_WEIGHT)
    if not parts:
        return
    first = parts[0][0]
    heading = title or f"{form.title} – {len(parts)} dokumen – {period}"
    try:
        staged, pages = stage(target, lambda fh: join_documents(
            parts, fh, title=heading, author=getattr(first, "instansi", ""), duplex=duplex))
    except Cancelled:
        report.cancelled = True
        return
    except OSError as error:
        raise _unwritable(target, error) from error
    jobs = [_Job(t.pegawai, doc, target) for t, doc in kept]
    outcome = _record_then_publish(services, form, jobs, pages, staged, target)
    report.changes.merge(outcome.changes)
    for (t, doc), count in zip(kept, pages):
        report.printed.append(printed_file(doc, count, target, outcome, pegawai=t.pegawai))
    report.combined = target
