"""`skpdesk print eval|dokumen-evaluasi|penetapan` (issue 13): the evaluation forms to PDF.

    skpdesk print eval --nip NIP --period P --out FILE.pdf
    skpdesk print eval --unit UNIT | --all --period P --out-dir DIR [--processes N]
    skpdesk print eval --unit UNIT | --all --period P --combined FILE.pdf [--duplex]
    skpdesk print dokumen-evaluasi ...      (the same options)
    skpdesk print penetapan --unit UNIT --period P --out FILE.pdf [--no-subunits]

P is a period as `skpdesk eval` takes it ("2026-TW1", "2026-S1", "2026-AKHIR"). Batches behave
as `print skp`'s (`print_commands`): a progress bar on stderr, Ctrl+C stops after the document
being printed (exit 130), SIGTERM at once (exit 143), a worker process that dies stops the
batch (exit 1), a file that could not be written is exit 1; a pegawai without an evaluation is
listed, not an error (exit 0). The summary says how many documents are not final (KONSEP).

JSON (a contract), one object for every mode: `{"ok", "kind", "period", "unit",
"printed": [{"nip", "name", "code", "kind", "record_id", "revision", "status", "final",
"pages", "file"}], "files", "pages", "konsep", "missing": [{"nip", "name", "reason"}],
"failed": [{"nip", "name", "code", "message"}], "combined", "cancelled", "stopped",
"not_printed", "warnings"}`. `reason` is one of not_asn, no_skp, skp_not_approved,
no_evaluation. The keys `printed`, `files`, `pages`, `failed`, `combined`, `cancelled`,
`stopped`, `not_printed`, `warnings` mean what they mean in `print skp --json`; `missing`
replaces its `missing_skp`/`not_asn` (one list with the reason).
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.progress import CancelToken

from . import print_commands as P
from . import sign_commands  # issue 13 (pades): --sign-key
from .arg_types import count_arg, text_arg
from .command_context import CommandContext, UsageError
from .serialize import nip_text

FORM_NAMES = {"eval": "evaluasi", "dokumen-evaluasi": "dokumen_evaluasi"}
FORM_WORDS = {"evaluasi": "evaluasi kinerja pegawai",
              "dokumen_evaluasi": "dokumen evaluasi kinerja pegawai",
              "penetapan": "penetapan predikat kinerja pegawai"}
MISSING_WORDS = {"not_asn": "Non-ASN (tidak memiliki SKP)",
                 "no_skp": "tanpa SKP untuk periode ini",
                 "skp_not_approved": "SKP belum disetujui",
                 "no_evaluation": "belum dinilai"}

EPILOG = """contoh:
  skpdesk print eval --nip 199001012015032003 --period 2026-TW1 --out evaluasi-agus.pdf
  skpdesk print eval --unit "Bidang Aplikasi Informatika" --period 2026-TW1 --out-dir cetak/
  skpdesk print dokumen-evaluasi --all --period 2026-AKHIR --combined semua.pdf --duplex
  skpdesk print penetapan --unit "Dinas Kominfo" --period 2026-AKHIR --out penetapan.pdf

Periode seperti pada skpdesk eval: 2026-TW1 … 2026-TW4 (2026-S1, 2026-S2 bagi kantor
semesteran) atau 2026-AKHIR. Nama berkas di --out-dir: <NIP>_<nama>_EVALUASI_<periode>.pdf
(DOKUMEN-EVALUASI untuk dokumen evaluasi). Dokumen yang belum final (evaluasi belum
ditetapkan) bertanda KONSEP di setiap halaman; ringkasan menyebut jumlahnya. Setiap halaman
memuat kode dokumen dan kode QR; periksa cetakan dengan: skpdesk check-print KODE."""


def add_eval_print_parsers(ps, common) -> None:
    for name, help_text in (("eval", "cetak EVALUASI KINERJA PEGAWAI (satu pegawai, unit, semua)"),
                            ("dokumen-evaluasi",
                             "cetak DOKUMEN EVALUASI KINERJA PEGAWAI (satu pegawai, unit, semua)")):
        p = ps.add_parser(
            name, parents=[common], help=help_text,
            description=textwrap.fill(
                f"Mencetak {FORM_WORDS[FORM_NAMES[name]]} suatu periode ke PDF: satu pegawai "
                "(--nip, --out), atau semua pegawai suatu unit kerja (--unit) atau instansi "
                "(--all), satu berkas per pegawai (--out-dir) atau digabung (--combined).", 78),
            epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
        who = p.add_mutually_exclusive_group(required=True)
        who.add_argument("--nip", type=text_arg("NIP"), metavar="NIP", help="satu pegawai")
        who.add_argument("--unit", type=text_arg("unit kerja"), metavar="UNIT",
                         help="pegawai unit kerja ini beserta sub-unitnya")
        who.add_argument("--all", action="store_true", help="semua pegawai instansi")
        _period(p)
        where = p.add_mutually_exclusive_group()
        where.add_argument("--out", metavar="BERKAS.pdf", help="berkas PDF (dengan --nip)")
        where.add_argument("--out-dir", metavar="FOLDER",
                           help="folder untuk satu berkas per pegawai (dibuat bila belum ada)")
        where.add_argument("--combined", metavar="BERKAS.pdf",
                           help="satu berkas PDF berisi dokumen semua pegawai")
        p.add_argument("--no-subunits", action="store_true",
                       help="dengan --unit: hanya pegawai unit itu sendiri, tanpa sub-unit")
        p.add_argument("--processes", type=count_arg(1, 32, "jumlah proses"), default=1,
                       metavar="N", help="dengan --out-dir: cetak dengan N proses sekaligus")
        p.add_argument("--duplex", action="store_true",
                       help="dengan --combined: setiap dokumen dimulai di halaman ganjil "
                            "(halaman kosong ditambahkan untuk cetak bolak-balik)")
        sign_commands.add_print_signing_options(p)  # issue 13 (pades): --sign-key
        p.set_defaults(handler=cmd_print_eval_form, form=FORM_NAMES[name])

    p = ps.add_parser(
        "penetapan", parents=[common],
        help="cetak penetapan predikat kinerja pegawai suatu unit kerja",
        description="Mencetak Format Penetapan Predikat Kinerja suatu unit kerja dan periode: "
                    "predikat kinerja organisasi, daftar pegawai dengan predikatnya, dan "
                    "jumlahnya dibandingkan dengan pola distribusi.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--unit", required=True, type=text_arg("unit kerja"), metavar="UNIT",
                   help="unit kerja, mis. \"Dinas Kominfo\"")
    _period(p)
    p.add_argument("--out", required=True, metavar="BERKAS.pdf", help="berkas PDF")
    p.add_argument("--no-subunits", action="store_true",
                   help="hanya pegawai unit itu sendiri, tanpa sub-unit")
    sign_commands.add_print_signing_options(p)  # issue 13 (pades): --sign-key
    p.set_defaults(handler=cmd_print_penetapan, form="penetapan")


def _period(p) -> None:
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="periode, mis. 2026-TW1 atau 2026-AKHIR")


# --- eval / dokumen-evaluasi

def cmd_print_eval_form(ctx: CommandContext) -> int:
    a = ctx.args
    if a.nip is not None:
        if a.out is None:
            raise UsageError("--nip memerlukan --out BERKAS.pdf")
        if a.duplex:
            raise UsageError("--duplex hanya berlaku bersama --combined")
        return _print_one(ctx)
    if a.out is not None:
        raise UsageError("--out hanya untuk satu pegawai (--nip); untuk --unit/--all gunakan "
                         "--out-dir FOLDER atau --combined BERKAS.pdf")
    if a.out_dir is None and a.combined is None:
        raise UsageError("--unit/--all memerlukan --out-dir FOLDER atau --combined BERKAS.pdf")
    if a.no_subunits and a.unit is None:
        raise UsageError("--no-subunits hanya berlaku bersama --unit")
    if a.duplex and a.combined is None:
        raise UsageError("--duplex hanya berlaku bersama --combined")
    return _print_many(ctx)


def _print_one(ctx: CommandContext) -> int:
    from skpdesk.reports.form_batch import FORMS, print_one  # ReportLab: only when printing

    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    form = FORMS[a.form]()
    target = services.eval_printing.target_of(pegawai.id, a.period)
    if target.skp_id is None:  # the builder's own message names the period and the rule
        services.evaluations.skp_for(pegawai.id, a.period)
    doc = form.build(services, target.skp_id, a.period, None)
    signing = sign_commands.PrintSigning(ctx)  # a wrong key password stops before printing
    printed = print_one(services, form, doc, Path(a.out).expanduser())
    signed = signing.sign([printed.path])
    P._warn_logo(ctx, getattr(doc, "logo_problem", None))
    if ctx.json:
        ctx.emit(sign_commands.with_signed(signed, _json_of(
            a, [printed], missing=[], failed=[], files=[printed.path], combined=None,
            cancelled=False, stopped=None, not_printed=[],
            warnings=P._warnings(getattr(doc, "logo_problem", None)))))
    else:
        ctx.print(f"{_title(a.form)} {a.period} {pegawai.full_name} ({nip_text(pegawai.nip)}) "
                  f"dicetak ke {printed.path}: {printed.pages} halaman, kode dokumen "
                  f"{printed.code} (revisi {printed.revision})"
                  + ("." if printed.final else "; belum final (KONSEP)."))
        sign_commands.say_signed(ctx, signed)
    return 0


def _print_many(ctx: CommandContext) -> int:
    from skpdesk.reports.form_batch import FORMS, print_forms  # ReportLab: only when printing

    a = ctx.args
    services = ctx.services()
    targets = services.eval_printing.targets(a.period, unit=a.unit, subunits=not a.no_subunits)
    form = FORMS[a.form]()
    signing = sign_commands.PrintSigning(ctx)  # a wrong key password stops before printing
    token = CancelToken()
    bar = P.ProgressBar(ctx.err, label=f"Mencetak {FORM_WORDS[a.form]} {a.period}")
    try:
        with P._ctrl_c_cancels(token, ctx):
            report = print_forms(
                services, form, targets, a.period,
                out_dir=Path(a.out_dir).expanduser() if a.out_dir else None,
                combined=Path(a.combined).expanduser() if a.combined else None,
                duplex=a.duplex, progress=bar, cancel=token, processes=a.processes)
    except P._Terminated:
        bar.close()
        ctx.err.write("Dihentikan (SIGTERM): berkas yang sudah selesai tetap disimpan; berkas "
                      "yang belum selesai tidak dibuat.\n")
        return P.EXIT_TERMINATED
    bar.close()
    P._warn_logo(ctx, report.logo_problem)
    signed = signing.sign(report.files) if signing and not report.cancelled else []
    if ctx.json:
        ctx.emit(sign_commands.with_signed(signed, _report_json(report, a)))
    else:
        _summary(ctx, report, a, len(targets))
        sign_commands.say_signed(ctx, signed)
    if report.cancelled:
        return P.EXIT_INTERRUPTED
    return P.EXIT_FAILED if report.failed or report.worker_died else 0


def _title(form: str) -> str:
    return FORM_WORDS[form][0].upper() + FORM_WORDS[form][1:]


def _summary(ctx: CommandContext, report, a, selected: int) -> None:
    where = report.combined or (Path(a.out_dir).expanduser() if a.out_dir else None)
    scope = f"unit {a.unit}" if a.unit else "semua unit"
    ctx.print(f"{_title(a.form)} {report.period}, {scope}: {selected} pegawai.")
    files = ("dalam satu berkas" if report.combined is not None
             else f"{len(report.files)} berkas di")
    ctx.print(f"  Dicetak : {len(report.printed)} dokumen, {report.pages} halaman, {files} "
              f"{where}")
    ctx.print(f"  {report.konsep} dokumen belum final (KONSEP)")
    if report.missing:
        ctx.print(f"  Tidak dicetak (tidak ada evaluasi): {len(report.missing)} pegawai")
        for item in report.missing:
            ctx.print(f"    - {nip_text(item.nip) if item.nip else '-'}  {item.name}: "
                      f"{MISSING_WORDS.get(item.reason, item.reason)}")
    if report.failed:
        ctx.print(f"  Gagal   : {len(report.failed)}")
        for item in report.failed:
            ctx.print(f"    - {nip_text(item.nip) if item.nip else '-'}  {item.name}: "
                      f"{P._failure_text(item.error)}")
    if report.cancelled:
        ctx.print("  Dibatalkan: berkas yang sudah selesai tetap disimpan"
                  + ("; berkas gabungan tidak dibuat." if a.combined else "."))
    if report.worker_died:
        ctx.print(f"  Berhenti: {P.WORKER_DIED}")
        ctx.print(f"  Belum dicetak: {len(report.not_printed)} pegawai")
        for item in report.not_printed:
            ctx.print(f"    - {nip_text(item.nip) if item.nip else '-'}  {item.name}")
        ctx.print(f"  {P.WORKER_DIED_ADVICE}")


def _printed_json(printed) -> dict:
    return {"nip": printed.nip, "name": printed.name, "code": printed.code,
            "kind": printed.kind, "record_id": printed.record_id, "revision": printed.revision,
            "status": printed.status, "final": printed.final, "pages": printed.pages,
            "file": str(printed.path)}


def _failure_json(item) -> dict:
    error = item.error
    return {"nip": item.nip, "name": item.name,
            "code": error.code.value if isinstance(error, DomainError) else "unexpected",
            "message": P._failure_text(error)}


def _json_of(a, printed, *, missing, failed, files, combined, cancelled, stopped,
             not_printed, warnings) -> dict:
    return {"ok": not failed and not cancelled and stopped is None, "kind": a.form, "period": a.period, "unit": getattr(a, "unit", None),
            "printed": [_printed_json(p) for p in printed],
            "files": [str(f) for f in files], "pages": sum(p.pages for p in printed),
            "konsep": sum(1 for p in printed if not p.final),
            "missing": [{"nip": m.nip, "name": m.name, "reason": m.reason} for m in missing],
            "failed": [_failure_json(f) for f in failed],
            "combined": str(combined) if combined else None, "cancelled": cancelled,
            "stopped": stopped, "not_printed": not_printed, "warnings": warnings}


def _report_json(report, a) -> dict:
    stopped = ({"reason": "print_worker_died",
                "message": f"{P.WORKER_DIED} {P.WORKER_DIED_ADVICE}"}
               if report.worker_died else None)
    return _json_of(a, report.printed, missing=report.missing, failed=report.failed,
                    files=report.files, combined=report.combined, cancelled=report.cancelled,
                    stopped=stopped,
                    not_printed=[{"nip": m.nip, "name": m.name} for m in report.not_printed],
                    warnings=P._warnings(report.logo_problem))


# --- penetapan

def cmd_print_penetapan(ctx: CommandContext) -> int:
    from skpdesk.reports.form_batch import penetapan_form, print_one  # only when printing

    a = ctx.args
    services = ctx.services()
    unit_id = _unit_id(services, a.unit)
    form = penetapan_form()
    doc = services.summary_documents.penetapan(unit_id, a.period, subunits=not a.no_subunits)
    signing = sign_commands.PrintSigning(ctx)  # a wrong key password stops before printing
    printed = print_one(services, form, doc, Path(a.out).expanduser())
    signed = signing.sign([printed.path])
    if ctx.json:
        ctx.emit(sign_commands.with_signed(signed, _json_of(
            a, [printed], missing=[], failed=[], files=[printed.path], combined=None,
            cancelled=False, stopped=None, not_printed=[],
            warnings=P._warnings(getattr(doc, "logo_problem", None)))))
    else:
        ctx.print(f"Penetapan predikat kinerja pegawai {a.unit}, periode {a.period}, dicetak ke "
                  f"{printed.path}: {printed.pages} halaman, kode dokumen {printed.code}"
                  + ("." if printed.final else "; belum final (KONSEP)."))
        sign_commands.say_signed(ctx, signed)
    return 0


def _unit_id(services, text: str) -> str:
    wanted = "/".join(p.strip() for p in text.split("/") if p.strip())
    unit = next((u for u in services.office.units() if u.path == wanted), None)
    if unit is None:
        raise DomainError(ErrorCode.UNIT_NOT_FOUND, field="unit", value=text)
    return unit.id
