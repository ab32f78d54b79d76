"""`skpdesk print skp ...` (SKP to PDF) and `skpdesk check-print CODE` (which SKP a paper is).

    skpdesk print skp --nip NIP [--year Y] --out FILE.pdf
    skpdesk print skp --unit UNIT | --all [--year Y] --out-dir DIR [--processes N]
    skpdesk print skp --unit UNIT | --all [--year Y] --combined FILE.pdf
    skpdesk check-print CODE
    skpdesk check-print [CODE] --pdf FILE.pdf   (code read from the file; digital signature checked)

Batches show a progress bar on stderr when it is a terminal (plain lines every 10 % when it is
not) and end with a summary: printed files and pages, pegawai without an SKP, failures. A
pegawai without an SKP is reported, not an error (exit 0); a file that could not be written
gives exit 1, Ctrl+C stops after the document being printed (exit 130), keeping the files
already written; SIGTERM stops at once (exit 143), removing the unfinished temp file and ending
the worker processes. A worker process that dies (killed, out of memory) stops the batch with
exit 1: the summary lists what was printed and what was not, and suggests --processes 1.
ReportLab is imported only when a print command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import textwrap
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from skpdesk.domain.documents import skp_status_label
from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import EVALUATION_STATUS_LABELS, EvaluationStatus
from skpdesk.domain.people import unit_path_text
from skpdesk.services.progress import CancelToken

from . import (distribution_print_commands, print_eval_commands, print_form_commands,
               sign_commands)
from .arg_types import Parser, count_arg, text_arg, year_arg
from .check_messages import check_message
from .command_context import CommandContext, UsageError
from .messages import format_error
from .serialize import nip_text

EXIT_FAILED, EXIT_INTERRUPTED, EXIT_TERMINATED = 1, 130, 143
FORM_KIND_LABELS = {"b18": "Format B.1.8 (umpan balik pelaksanaan bimbingan kinerja)",
                    "b19": "Format B.1.9 (evaluasi kompetensi pegawai)",
                    "dialog": "Catatan dialog kinerja",
                    "umpan_balik": "Umpan balik periode (dengan lampiran daftar bukti dukung)"}
EVAL_KIND_LABELS = {"evaluasi": "Evaluasi kinerja pegawai",
                    "dokumen_evaluasi": "Dokumen evaluasi kinerja pegawai",
                    "penetapan": "Penetapan predikat kinerja pegawai"}
EVALUATION_KINDS = ("evaluasi", "dokumen_evaluasi")
BAR_WIDTH = 30

PRINT_EPILOG = """contoh:
  skpdesk print skp --nip 199001012015032003 --out skp-agus.pdf
  skpdesk print skp --unit "Bidang Aplikasi Informatika" --out-dir cetak/
  skpdesk print skp --all --year 2026 --combined semua-skp-2026.pdf

Nama berkas di --out-dir: <NIP>_<nama>_SKP_<tahun>.pdf. Berkas yang sudah ada diganti hanya
setelah berkas baru selesai ditulis. Setiap halaman memuat kode dokumen (SKP-XXXXX-XXXXX);
periksa cetakan dengan: skpdesk check-print KODE."""


def add_parsers(sub, common) -> None:
    printing = sub.add_parser("print", help="cetak formulir ke PDF (SKP, B.1.8, B.1.9, catatan dialog, umpan balik, distribusi)",
                              description="Mencetak formulir ke berkas PDF.")
    ps = printing.add_subparsers(title="formulir", dest="print_command", metavar="FORMULIR",
                                 required=True, parser_class=Parser)
    p = ps.add_parser(
        "skp", parents=[common], help="cetak SKP satu pegawai, satu unit kerja, atau semua",
        description=textwrap.fill(
            "Mencetak Sasaran Kinerja Pegawai (beserta lampirannya) ke PDF: satu pegawai (--nip, "
            "--out), atau semua pegawai suatu unit kerja (--unit) atau instansi (--all), satu "
            "berkas per pegawai (--out-dir) atau digabung (--combined).", 78),
        epilog=PRINT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--nip", type=text_arg("NIP"), metavar="NIP", help="satu pegawai")
    who.add_argument("--unit", type=text_arg("unit kerja"), metavar="UNIT",
                     help="pegawai unit kerja ini beserta sub-unitnya, mis. \"Sekretariat\"")
    who.add_argument("--all", action="store_true", help="semua pegawai instansi")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun SKP (bawaan: tahun ini)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="BERKAS.pdf", help="berkas PDF (dengan --nip)")
    where.add_argument("--out-dir", metavar="FOLDER",
                       help="folder untuk satu berkas per pegawai (dibuat bila belum ada)")
    where.add_argument("--combined", metavar="BERKAS.pdf",
                       help="satu berkas PDF berisi SKP semua pegawai")
    p.add_argument("--no-subunits", action="store_true",
                   help="dengan --unit: hanya pegawai unit itu sendiri, tanpa sub-unit")
    p.add_argument("--processes", type=count_arg(1, 32, "jumlah proses"), default=1, metavar="N",
                   help="dengan --out-dir: cetak dengan N proses sekaligus (bawaan 1)")
    p.add_argument("--landscape", action="store_true",
                   help="kertas A4 mendatar (bawaan: tegak)")
    p.add_argument("--duplex", action="store_true",
                   help="dengan --combined: tiap dokumen digenapkan ke jumlah halaman genap "
                        "(halaman kosong) untuk cetak bolak-balik")
    sign_commands.add_print_signing_options(p)  # issue 13: --sign-key (docs/signing.md)
    p.set_defaults(handler=cmd_print_skp)
    print_form_commands.add_form_parsers(ps, common)  # B.1.8, B.1.9, catatan dialog (issue 10)
    distribution_print_commands.add_distribution_parser(ps, common)  # issue 12
    print_eval_commands.add_eval_print_parsers(ps, common)  # issue 13: evaluation forms

    p = sub.add_parser(
        "check-print", parents=[common], help="periksa kode dokumen pada formulir cetak",
        description="Menjelaskan rekaman (SKP, penilaian, formulir lain), revisi dan status asal "
                    "suatu cetakan dari kode dokumen di kaki halamannya (juga dalam kode QR), "
                    "status sekarang, dan apakah datanya sudah berubah sejak dicetak.")
    p.add_argument("code", metavar="KODE", nargs="?", default=None,
                   help="kode dokumen, mis. SKP-7M2QK-9XD4A (boleh dihilangkan dengan --pdf)")
    sign_commands.add_check_options(p)  # issue 13: --pdf FILE, signature check
    p.set_defaults(handler=cmd_check_print)


# --- print skp

def cmd_print_skp(ctx: CommandContext) -> int:
    a = ctx.args
    if a.nip is not None:
        if a.out is None:
            raise UsageError("--nip memerlukan --out BERKAS.pdf")
        if a.duplex:
            raise UsageError("--duplex hanya berlaku bersama --combined BERKAS.pdf")
        return _print_one(ctx)
    if a.out is not None:
        raise UsageError("--out hanya untuk satu pegawai (--nip); untuk --unit/--all gunakan "
                         "--out-dir FOLDER atau --combined BERKAS.pdf")
    if a.out_dir is None and a.combined is None:
        raise UsageError("--unit/--all memerlukan --out-dir FOLDER atau --combined BERKAS.pdf")
    if a.no_subunits and a.unit is None:
        raise UsageError("--no-subunits hanya berlaku bersama --unit")
    if a.duplex and a.combined is None:
        raise UsageError("--duplex hanya berlaku bersama --combined BERKAS.pdf")
    return _print_many(ctx)


def _print_one(ctx: CommandContext) -> int:
    from skpdesk.reports.batch import print_document  # ReportLab: only when printing

    services = ctx.services()
    pegawai = ctx.pegawai(ctx.args.nip)
    doc = services.skp_document.for_pegawai(pegawai.id, ctx.year)
    signing = sign_commands.PrintSigning(ctx)  # a wrong key password stops before printing
    printed = print_document(services, doc, Path(ctx.args.out).expanduser(),
                             landscape=ctx.args.landscape)
    signed = signing.sign([printed.path], location=doc.city or "")
    _warn_logo(ctx, doc.logo_problem)
    if ctx.json:
        ctx.emit({"ok": True, "year": doc.year, "printed": [_printed_json(printed)],
                  "missing_skp": [], "not_asn": [], "failed": [], "files": [str(printed.path)],
                  "pages": printed.pages, "cancelled": False,
                  "warnings": _warnings(doc.logo_problem),
                  **sign_commands.with_signed(signed, {})})
    else:
        ctx.print(f"SKP {doc.year} {pegawai.full_name} ({nip_text(pegawai.nip)}) dicetak ke "
                  f"{printed.path}: {printed.pages} halaman, kode dokumen {printed.code} "
                  f"(revisi {printed.revision}).")
        sign_commands.say_signed(ctx, signed)
    return 0


def _print_many(ctx: CommandContext) -> int:
    from skpdesk.reports.batch import print_batch, select_pegawai  # ReportLab: only when printing

    a = ctx.args
    services = ctx.services()
    people = select_pegawai(services, unit_path=a.unit, subunits=not a.no_subunits)
    signing = sign_commands.PrintSigning(ctx)  # a wrong key password stops before printing
    token = CancelToken()
    bar = ProgressBar(ctx.err, label=f"Mencetak SKP {ctx.year}")
    try:
        with _ctrl_c_cancels(token, ctx):
            report = print_batch(
                services, people, ctx.year,
                out_dir=Path(a.out_dir).expanduser() if a.out_dir else None,
                combined=Path(a.combined).expanduser() if a.combined else None,
                progress=bar, cancel=token, processes=a.processes, landscape=a.landscape,
                duplex=a.duplex)
    except _Terminated:
        bar.close()
        ctx.err.write("Dihentikan (SIGTERM): berkas yang sudah selesai tetap disimpan; berkas "
                      "yang belum selesai tidak dibuat.\n")
        return EXIT_TERMINATED
    bar.close()
    _warn_logo(ctx, report.logo_problem)
    signed = signing.sign(report.files) if signing and not report.cancelled else []
    if ctx.json:
        ctx.emit(sign_commands.with_signed(signed, _report_json(report, a)))
    else:
        _summary(ctx, report, a, len(people))
        sign_commands.say_signed(ctx, signed)
    if report.cancelled:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if report.failed or report.worker_died else 0


class _Terminated(BaseException):
    """SIGTERM during a batch: unwinds like Ctrl+C (temp file removed, pool shut down)."""


@contextmanager
def _ctrl_c_cancels(token: CancelToken, ctx: CommandContext) -> Iterator[None]:
    """The first Ctrl+C stops the batch after the current document; a second one interrupts.
    SIGTERM (a service manager, `kill`) interrupts at once, so the clean-up still runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame) -> None:
        raise _Terminated

    def handler(signum, frame) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()
        ctx.err.write("\nMembatalkan setelah dokumen yang sedang dicetak selesai "
                      "(Ctrl+C sekali lagi untuk berhenti seketika)…\n")

    previous = signal.signal(signal.SIGINT, handler)
    previous_term = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)


class ProgressBar:
    """`progress(done, total)` on stderr: a bar redrawn in place on a terminal, otherwise a
    plain line at every 10 %."""

    def __init__(self, stream, *, label: str) -> None:
        self._stream = stream
        self._label = label
        self._tty = bool(getattr(stream, "isatty", lambda: False)())
        self._shown = -1
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if self._tty:
            if percent == self._shown:
                return
            filled = BAR_WIDTH * percent // 100
            bar = "█" * filled + "░" * (BAR_WIDTH - filled)
            self._stream.write(f"\r{self._label} [{bar}] {percent:3d}%")
            self._drawn = True
        else:
            step = percent // 10 * 10
            if step == self._shown or step == 0:
                return
            percent = step
            self._stream.write(f"{self._label}: {step}%\n")
        self._shown = percent
        self._stream.flush()

    def close(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False


def _warnings(problem) -> list[str]:
    """The stored logo that was left off (`verify_stored_logo`), worded as `check` words it."""
    return [] if problem is None else [check_message("logo_unusable", problem.message_params())]


def _warn_logo(ctx: CommandContext, problem) -> None:
    for text in _warnings(problem):  # once per command, however many documents
        ctx.warn(f"Peringatan: {text}")


def _failure_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return format_error(error)
    return (f"kesalahan tak terduga: {type(error).__name__}: {error} "
            f"(rincian di berkas log)")


def _summary(ctx: CommandContext, report, a, selected: int) -> None:
    where = report.combined or (Path(a.out_dir).expanduser() if a.out_dir else None)
    scope = f"unit {a.unit}" if a.unit else "semua unit"
    ctx.print(f"SKP {report.year}, {scope}: {selected} pegawai.")
    if report.combined is not None:
        ctx.print(f"  Dicetak : {len(report.printed)} SKP, {report.pages} halaman, dalam satu "
                  f"berkas {where}")
    else:
        ctx.print(f"  Dicetak : {len(report.printed)} SKP, {report.pages} halaman, "
                  f"{len(report.files)} berkas di {where}")
    # Issue 13: a Draft, Dikembalikan or Diajukan SKP is printed with KONSEP on every page
    ctx.print(f"  {report.konsep} SKP belum final (KONSEP: belum disetujui)")
    if report.missing_skp:
        ctx.print(f"  Tanpa SKP {report.year}: {len(report.missing_skp)} pegawai")
        for item in report.missing_skp:
            ctx.print(f"    - {nip_text(item.nip) if item.nip else '-'}  {item.name}")
    if report.not_asn:
        ctx.print(f"  Non-ASN (tidak memiliki SKP): {len(report.not_asn)} — "
                  + ", ".join(item.name for item in report.not_asn))
    if report.failed:
        ctx.print(f"  Gagal   : {len(report.failed)}")
        for item in report.failed:
            ctx.print(f"    - {nip_text(item.nip) if item.nip else '-'}  {item.name}: "
                      f"{_failure_text(item.error)}")
    if report.cancelled:
        ctx.print("  Dibatalkan: berkas yang sudah selesai tetap disimpan"
                  + ("; berkas gabungan tidak dibuat." if a.combined else "."))
    if report.worker_died:
        ctx.print(f"  Berhenti: {WORKER_DIED}")
        ctx.print(f"  Sudah dicetak: {len(report.printed)} pegawai")
        for item in report.printed:
            ctx.print(f"    - {nip_text(item.nip) if item.nip else '-'}  {item.name}: "
                      f"{item.path.name}")
        ctx.print(f"  Belum dicetak: {len(report.not_printed)} pegawai")
        for item in report.not_printed:
            ctx.print(f"    - {nip_text(item.nip) if item.nip else '-'}  {item.name}")
        ctx.print(f"  {WORKER_DIED_ADVICE}")


WORKER_DIED = ("salah satu proses pencetak berhenti tiba-tiba (mungkin kehabisan memori atau "
               "dihentikan oleh sistem), sehingga pencetakan dihentikan. Berkas yang tercantum "
               "sebagai dicetak sudah lengkap dan kodenya tercatat; berkas yang belum selesai "
               "tidak dibuat.")
WORKER_DIED_ADVICE = ("Ulangi dengan --processes 1 (satu proses, memakai lebih sedikit memori); "
                      "berkas yang sudah ada diganti dengan yang baru.")


def _printed_json(printed) -> dict:
    return {"nip": printed.nip, "name": printed.name, "skp_id": printed.skp_id,
            "code": printed.code, "revision": printed.revision, "pages": printed.pages,
            "status": printed.status or None, "final": printed.final,
            "file": str(printed.path)}


def _report_json(report, a) -> dict:
    def failure(item) -> dict:
        error = item.error
        return {"nip": item.nip, "name": item.name,
                "code": error.code.value if isinstance(error, DomainError) else "unexpected",
                "message": _failure_text(error)}

    return {"ok": report.ok, "year": report.year, "unit": a.unit,
            "printed": [_printed_json(p) for p in report.printed],
            "missing_skp": [{"nip": m.nip, "name": m.name} for m in report.missing_skp],
            "not_asn": [{"nip": m.nip, "name": m.name} for m in report.not_asn],
            "failed": [failure(f) for f in report.failed],
            "files": [str(f) for f in report.files], "pages": report.pages,
            "konsep": report.konsep,
            "combined": str(report.combined) if report.combined else None,
            "cancelled": report.cancelled, "warnings": _warnings(report.logo_problem),
            "stopped": ({"reason": "print_worker_died",
                         "message": f"{WORKER_DIED} {WORKER_DIED_ADVICE}"}
                        if report.worker_died else None),
            "not_printed": [{"nip": m.nip, "name": m.name} for m in report.not_printed]}


# --- check-print

def _local_time(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return str(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def _status_label(check, status: str) -> str:
    """A status value as people read it ("Diajukan", "Ditetapkan"; "" when not recorded)."""
    if not status:
        return ""
    if check.kind in EVALUATION_KINDS:
        try:
            return EVALUATION_STATUS_LABELS[EvaluationStatus(status)]
        except ValueError:
            return status
    return skp_status_label(status)


def cmd_check_print(ctx: CommandContext) -> int:
    code, signature = sign_commands.code_and_signature(ctx)  # --pdf: code from the file
    check = ctx.services().skp_document.check_print(code)
    printed_label = _status_label(check, check.printed_status)
    current_label = _status_label(check, check.current_status)
    if ctx.json:
        ctx.emit({"ok": True, "code": check.code, "skp_id": check.skp_id, "year": check.year,
                  "pegawai": {"name": check.pegawai_name, "nip": check.nip},
                  "printed_revision": check.printed_revision,
                  "current_revision": check.current_revision, "printed_at": check.printed_at,
                  "changed": check.changed, "kind": check.kind,
                  "printed_status": check.printed_status or None,
                  "current_status": check.current_status or None,
                  "printed_status_label": printed_label or None,
                  "current_status_label": current_label or None,
                  "record_id": check.record_id, "period": check.period or None,
                  "unit": check.unit or None,
                  **sign_commands.signature_json(signature)})
        return 0
    _print_check(ctx, check, printed_label, current_label)
    for line in sign_commands.signature_lines(signature):
        ctx.print(line)
    return 0


def _print_check(ctx: CommandContext, check, printed_label: str, current_label: str) -> None:
    ctx.print(f"Kode dokumen : {check.code}")
    if check.kind in EVALUATION_KINDS or check.kind == "penetapan":
        _check_evaluation_paper(ctx, check, printed_label, current_label)
        return
    if check.kind != "skp":
        ctx.print(f"Formulir     : {FORM_KIND_LABELS.get(check.kind, check.kind)}, "
                  f"{check.pegawai_name} ({nip_text(check.nip)}), tahun {check.year}")
        ctx.print(f"Dicetak      : {_local_time(check.printed_at)}")
        again = (f"skpdesk print umpan-balik --nip {check.nip} --period PERIODE"
                 if check.kind == "umpan_balik" else "dialognya")
        ctx.print("Hasil        : kode dikenal; isinya tidak dibandingkan dengan data saat ini "
                  f"(cetak ulang dari {again} bila perlu).")
        return
    ctx.print(f"SKP          : tahun {check.year}, {check.pegawai_name} ({nip_text(check.nip)})")
    ctx.print(f"Dicetak      : {_local_time(check.printed_at)}, revisi {check.printed_revision}"
              + (f", status {printed_label}" if printed_label else ""))
    ctx.print(f"Revisi kini  : {check.current_revision}"
              + (f", status {current_label}" if current_label else ""))
    if check.changed:
        ctx.print(f"Hasil        : BERUBAH: {_why_skp(check, printed_label, current_label)}; "
                  "cetakan ini bukan versi terakhir.")
        ctx.print(f"Cetak ulang  : skpdesk print skp --nip {check.nip} --year {check.year} "
                  f"--out BERKAS.pdf")
    else:
        ctx.print("Hasil        : TIDAK BERUBAH — isi cetakan sama dengan data SKP saat ini.")


def _why_skp(check, printed_label: str, current_label: str) -> str:
    """"status Draft → Disetujui (revisi 3 → 4)" when the status moved (a workflow step bumps
    the revision too), else the edit or the changed printed data."""
    revised = check.current_revision != check.printed_revision
    if printed_label and current_label and printed_label != current_label:
        return f"status {printed_label} → {current_label}" + (
            f" (revisi {check.printed_revision} → {check.current_revision})" if revised else "")
    if revised:
        return (f"SKP sudah diubah sejak dicetak (revisi {check.printed_revision} → "
                f"{check.current_revision})")
    return ("data yang tercetak (nama, jabatan, pejabat penilai atau pengaturan instansi) sudah "
            "berubah sejak dicetak")


def _check_evaluation_paper(ctx: CommandContext, check, printed_label: str,
                            current_label: str) -> None:
    """An evaluasi / dokumen evaluasi / penetapan paper: the evaluation revision and status
    when printed and now."""
    form = EVAL_KIND_LABELS.get(check.kind, check.kind)
    who = (f"unit {unit_path_text(check.unit)}" if check.kind == "penetapan" and check.unit
           else f"{check.pegawai_name} ({nip_text(check.nip)})")
    ctx.print(f"Formulir     : {form}, {who}, periode {check.period or '-'}")
    ctx.print(f"Dicetak      : {_local_time(check.printed_at)}, revisi {check.printed_revision}"
              + (f", status {printed_label}" if printed_label else ""))
    if check.kind != "penetapan":
        ctx.print(f"Revisi kini  : {check.current_revision}"
                  + (f", status {current_label}" if current_label else ""))
    if check.changed is None:
        ctx.print("Hasil        : kode dikenal; isinya tidak dapat dibandingkan dengan data saat "
                  "ini.")
        return
    if not check.changed:
        note = (f" (status kini {current_label}: masa keberatan sudah lewat)"
                if printed_label and current_label and printed_label != current_label else "")
        ctx.print(f"Hasil        : TIDAK BERUBAH — isi cetakan sama dengan data saat ini{note}.")
        return
    reasons = []
    if printed_label and current_label and printed_label != current_label:
        reasons.append(f"status {printed_label} → {current_label}")
    if check.current_revision != check.printed_revision:
        reasons.append(f"ada revisi penilaian yang lebih baru (revisi {check.printed_revision} → "
                       f"{check.current_revision})")
    if not reasons:
        reasons.append("isi penilaian sudah berubah sejak dicetak")
    ctx.print(f"Hasil        : BERUBAH: {'; '.join(reasons)}; cetakan ini bukan versi terakhir.")
