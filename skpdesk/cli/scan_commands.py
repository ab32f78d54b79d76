"""`skpdesk scan import|attach|list`: scan-back of signed paper (issue 13, docs/scan.md).

    skpdesk scan import FILE... [--date YYYY-MM-DD] [--accept CODE]... [--json]
    skpdesk scan attach CODE FILE [--date YYYY-MM-DD] [--note TEXT] [--json]
    skpdesk scan list --nip NIP [--json]

`import` reads the QR code of every page (PDF or images), groups the pages by document and
attaches each complete document whose record has not changed since printing as its signed
scan; the rest is listed for a person to decide (`--accept CODE` attaches a changed or
incomplete document anyway). Exit 0 when everything was attached, 1 when something needs a
decision. `attach` attaches a file to a code a person names (pages whose QR code no longer
reads). `list` shows a pegawai's signed scans and the printed copies without one. These names
and the JSON keys are a contract.
"""

from __future__ import annotations

import argparse

from skpdesk.domain.dates import tanggal
from skpdesk.domain.documents import normalize_code
from skpdesk.services.paper.scan_actions import document_label, printed_date
from skpdesk.services.paper.scan_plan import CHANGED, INCOMPLETE, UNKNOWN

from .arg_types import Parser, note_arg, text_arg
from .command_context import CommandContext
from .period_commands import day_arg
from .print_commands import ProgressBar
from .serialize import nip_text

EPILOG = """contoh:
  skpdesk scan import pindaian-skp.pdf foto-1.jpg foto-2.jpg
  skpdesk scan import pindaian.pdf --date 2026-02-03 --accept SKP-7M2QK-9XD4A
  skpdesk scan attach SKP-7M2QK-9XD4A halaman-rusak.jpg --note "kode QR sobek"
  skpdesk scan list --nip 199001012015032003

Kode QR di kaki setiap halaman cetakan menyebut dokumen, catatan, revisi dan halamannya."""

REASONS = {"unreadable": "tidak ada kode QR yang terbaca",
           "ambiguous": "dua kode QR berbeda pada satu halaman",
           "mismatch": "kode QR tidak cocok dengan cetakan yang tercatat"}


def _raw():
    return argparse.RawDescriptionHelpFormatter


def code_arg(text: str) -> str:
    code = normalize_code(text)
    if not code:
        raise argparse.ArgumentTypeError(
            f"kode dokumen berbentuk SKP-XXXXX-XXXXX (tertulis '{text}')")
    return code


def add_parsers(sub, common) -> None:
    sc = sub.add_parser("scan", parents=[common], help="pindaian cetakan bertanda tangan",
                        description="Pindaian (PDF atau gambar) cetakan yang sudah "
                                    "ditandatangani, dicocokkan dengan catatannya lewat kode QR "
                                    "di setiap halaman.", epilog=EPILOG, formatter_class=_raw())
    ss = sc.add_subparsers(title="perintah scan", dest="scan_command", metavar="PERINTAH",
                           required=True, parser_class=Parser)

    p = ss.add_parser("import", parents=[common], help="impor pindaian bertanda tangan",
                      description="Membaca kode QR setiap halaman, mengelompokkan halaman per "
                                  "dokumen, dan melampirkan setiap dokumen yang lengkap dan "
                                  "catatannya tidak berubah sejak dicetak. Yang lain dicantumkan "
                                  "untuk diputuskan (keluar 1).", epilog=EPILOG,
                      formatter_class=_raw())
    p.add_argument("files", nargs="+", metavar="BERKAS", help="PDF, JPEG, PNG atau TIFF")
    p.add_argument("--date", type=day_arg, default=None, metavar="TTTT-BB-HH",
                   help="tanggal pindaian (bawaan: hari ini)")
    p.add_argument("--accept", type=code_arg, action="append", default=[], metavar="KODE",
                   help="lampirkan juga dokumen ini walau halamannya kurang atau catatannya "
                        "berubah (boleh berulang)")
    p.set_defaults(handler=cmd_import)

    p = ss.add_parser("attach", parents=[common], help="lampirkan berkas ke kode dokumen",
                      description="Melampirkan berkas sebagai pindaian bertanda tangan dokumen "
                                  "KODE, untuk halaman yang kode QR-nya tidak terbaca lagi. "
                                  "Halaman berkas tidak boleh membawa kode dokumen lain.",
                      epilog=EPILOG, formatter_class=_raw())
    p.add_argument("code", type=code_arg, metavar="KODE", help="kode dokumen tercetak")
    p.add_argument("file", metavar="BERKAS", help="PDF, JPEG, PNG atau TIFF")
    p.add_argument("--date", type=day_arg, default=None, metavar="TTTT-BB-HH",
                   help="tanggal pindaian (bawaan: hari ini)")
    p.add_argument("--note", type=note_arg, default="", metavar="TEKS", help="catatan")
    p.set_defaults(handler=cmd_attach)

    p = ss.add_parser("list", parents=[common], help="pindaian dan cetakan seorang pegawai",
                      description="Pindaian bertanda tangan seorang pegawai, dan cetakan "
                                  "(SKP, evaluasi, dokumen evaluasi) yang belum ada pindaiannya.")
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP", help="NIP pegawai")
    p.set_defaults(handler=cmd_list)


# --- import
def cmd_import(ctx: CommandContext) -> int:
    a = ctx.args
    files = [ctx.existing_file(f) for f in a.files]
    services = ctx.services()
    bar = ProgressBar(ctx.err, label="Membaca halaman")
    try:
        result = services.scans.import_scans(files, accept=a.accept, scanned_on=a.date,
                                             progress=bar).value
    finally:
        bar.close()
    if ctx.json:
        ctx.emit(result_json(result))
    else:
        _print_result(ctx, result)
    return 0 if result.complete else 1


def document_json(d) -> dict:
    return {"code": d.code, "kind": d.kind, "record_id": d.record_id, "revision": d.revision,
            "pegawai": d.pegawai_name, "nip": d.nip, "period": d.period,
            "expected_pages": d.expected_pages, "pages": [p.mark.page for p in d.pages],
            "missing_pages": list(d.missing),
            "duplicate_pages": [{"file": p.source, "page": p.page, "number": p.mark.page}
                                for p in d.duplicates],
            "problems": list(d.problems), "change": d.change_text,
            "scanned_before": d.scanned_before}


def result_json(result) -> dict:
    return {
        "complete": result.complete,
        "pages": result.plan.page_count,
        "attached": [{**document_json(x.document), "scan_id": x.scan_id, "file_ref": x.file_ref,
                      "attached_pages": x.pages, "flags": list(x.flags), "new": x.new}
                     for x in result.attached],
        "needs_decision": [document_json(d) for d in result.skipped],
        "unreadable": [{"file": s.page.source, "page": s.page.page, "reason": s.reason,
                        "code": s.code} for s in result.plan.stray],
    }


def _who(d) -> str:
    if not d.pegawai_name:
        return ""
    return f", {d.pegawai_name}" + (f" ({nip_text(d.nip)})" if d.nip else "")


def _doc_line(d) -> str:
    return f"{d.code} — {document_label(d.kind, d.period)}{_who(d)}"


def _problem_lines(d) -> list[str]:
    lines = []
    if UNKNOWN in d.problems:
        lines.append("kode ini tidak tercatat sebagai cetakan di basis data ini (belum "
                     "disinkronkan, atau bukan cetakan kantor ini); tidak dilampirkan")
    if INCOMPLETE in d.problems:
        lines.append(f"halaman hilang: {', '.join(map(str, d.missing))} dari "
                     f"{d.expected_pages}")
    if CHANGED in d.problems:
        lines.append(f"catatan berubah sejak dicetak: {d.change_text}")
    return lines


def _print_result(ctx: CommandContext, result) -> None:
    for x in result.attached:
        flags = f" (diterima: {', '.join(_flag(f) for f in x.flags)})" if x.flags else ""
        again = "" if x.new else " — berkas yang sama sudah terlampir sebelumnya"
        ctx.print(f"Dilampirkan: {_doc_line(x.document)}, {x.pages} halaman{flags}{again}")
    for d in result.skipped:
        ctx.print(f"Perlu keputusan: {_doc_line(d)}")
        for line in _problem_lines(d):
            ctx.print(f"  - {line}")
        if d.known:
            ctx.print(f"  lampirkan juga dengan --accept {d.code}")
    for d in result.attached:
        for p in d.document.duplicates:
            ctx.print(f"Catatan: {p.file_name} halaman {p.page} adalah halaman {p.mark.page} "
                      f"{d.document.code} yang kedua; yang pertama dipakai")
    for s in result.plan.stray:
        code = f" ({s.code})" if s.code else ""
        ctx.print(f"Halaman tidak dilampirkan: {s.page.file_name} halaman {s.page.page}: "
                  f"{REASONS.get(s.reason, s.reason)}{code}")
    ctx.print(f"{len(result.attached)} dokumen dilampirkan, {len(result.skipped)} perlu "
              f"keputusan, {len(result.plan.stray)} halaman tanpa kode terbaca "
              f"({result.plan.page_count} halaman dibaca).")


def _flag(flag: str) -> str:
    return {INCOMPLETE: "halaman kurang", CHANGED: "catatan berubah"}.get(flag, flag)


# --- attach
def cmd_attach(ctx: CommandContext) -> int:
    a = ctx.args
    source = ctx.existing_file(a.file)
    services = ctx.services()
    x = services.scans.attach_file(a.code, source, scanned_on=a.date, note=a.note).value
    if ctx.json:
        ctx.emit({**document_json(x.document), "scan_id": x.scan_id, "file_ref": x.file_ref,
                  "attached_pages": x.pages, "flags": list(x.flags), "new": x.new})
        return 0
    flags = f" (ditandai: {', '.join(_flag(f) for f in x.flags)})" if x.flags else ""
    ctx.print(f"Dilampirkan: {_doc_line(x.document)}, {x.pages} halaman{flags}")
    return 0


# --- list
def scan_json(s) -> dict:
    return {"id": s.id, "code": s.code, "kind": s.kind, "record_id": s.record_id,
            "revision": s.revision, "period": s.period, "pages": s.pages,
            "scanned_on": s.scanned_on.isoformat(), "file_ref": s.file_ref, "sha256": s.sha256,
            "source_name": s.source_name, "flags": list(s.flags), "note": s.note}


def unsigned_json(u) -> dict:
    return {"code": u.code, "kind": u.kind, "record_id": u.record_id, "period": u.period,
            "printed_at": u.printed_at}


def cmd_list(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    scans = services.scans.scans_of_pegawai(pegawai.id)
    unsigned = services.scans.unsigned_prints(pegawai_ids=[pegawai.id])
    if ctx.json:
        ctx.emit({"nip": pegawai.nip or "", "name": pegawai.full_name,
                  "scans": [scan_json(s) for s in scans],
                  "unsigned": [unsigned_json(u) for u in unsigned]})
        return 0
    ctx.print(f"Pindaian bertanda tangan {pegawai.full_name} ({nip_text(pegawai.nip)}): "
              f"{len(scans)}")
    for s in scans:
        flags = f" [{', '.join(_flag(f) for f in s.flags)}]" if s.flags else ""
        ctx.print(f"  {s.code}  {document_label(s.kind, s.period)}, revisi {s.revision}, "
                  f"{s.pages} halaman, pindaian tanggal {tanggal(s.scanned_on)}{flags}")
    ctx.print(f"Cetakan belum ada pindaian bertanda tangan: {len(unsigned)}")
    for u in unsigned:
        ctx.print(f"  {u.code}  {document_label(u.kind, u.period)}, dicetak "
                  f"{printed_date(u.printed_at)}")
    return 0
