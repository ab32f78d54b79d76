"""`skpdesk feedback add|list`: umpan balik berkelanjutan on one RHK or one core value.

    skpdesk feedback add --nip NIP (--rhk N | --value NUMBER) --period P --text T [--date D] [--dialog ID]
    skpdesk feedback list --nip NIP [--year Y]

The SKP is the pegawai's SKP of the period's year; `--rhk N` is its RHK Utama N ("A.N" too,
"B.N" for Tambahan N, as `dialog add --rhk`), `--value N` the core value number 1-7 (BerAKHLAK order). The acting
pegawai (`skpdesk me --set NIP` or `--as NIP`) must be the SKP's pejabat penilai or a pengelola
kinerja. These names are a contract that scripts rely on.
"""

from __future__ import annotations

from skpdesk.domain.dialog import parse_period, period_label
from skpdesk.domain.errors import DomainError, ErrorCode

from .arg_types import Parser, count_arg, note_arg, text_arg, year_arg
from .coaching_json import feedback_json
from .dialog_commands import rhk_id_by_number
from .command_context import CommandContext
from .serialize import nip_text

EPILOG = """contoh:
  skpdesk --as 198503152010011002 feedback add --nip 199001012015032003 --rhk 1 \\
      --period 2026-03 --text "Rancangan modul perizinan selesai tepat waktu."
  skpdesk feedback add --nip 199001012015032003 --value 1 --period 2026-Q1 --text "..."
  skpdesk feedback list --nip 199001012015032003 --year 2026

Periode: bulan (2026-03) atau triwulan (2026-Q1, juga 2026-TW1)."""


def add_parsers(sub, common) -> None:
    fb = sub.add_parser("feedback", parents=[common], help="umpan balik berkelanjutan (RHK, perilaku)",
                        description="Umpan balik berkelanjutan pimpinan atas satu RHK atau satu "
                                    "perilaku kerja SKP, untuk satu bulan atau triwulan.")
    fs = fb.add_subparsers(title="perintah feedback", dest="feedback_command", metavar="PERINTAH",
                           required=True, parser_class=Parser)
    p = fs.add_parser("add", parents=[common], help="beri umpan balik",
                      description="Memberi umpan balik pada satu RHK (--rhk) atau satu perilaku "
                                  "kerja (--value) SKP pegawai untuk satu periode.",
                      epilog=EPILOG, formatter_class=_raw())
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                   help="NIP pegawai pemilik SKP")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--rhk", type=text_arg("nomor RHK"), metavar="N",
                        help="nomor RHK pada SKP (1 atau A.1 = RHK Utama 1, B.1 = RHK Tambahan "
                             "1), seperti pada dialog add --rhk")
    target.add_argument("--value", type=count_arg(1, 7, "nomor perilaku kerja"), metavar="NOMOR",
                        help="nomor perilaku kerja (core value) 1-7")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="bulan (2026-03) atau triwulan (2026-Q1 / 2026-TW1)")
    p.add_argument("--text", required=True, type=note_arg, metavar="TEKS", help="isi umpan balik")
    p.add_argument("--date", default=None, metavar="TTTT-BB-HH",
                   help="tanggal umpan balik (bawaan: hari ini)")
    p.add_argument("--dialog", default=None, type=text_arg("id dialog"), metavar="ID",
                   help="dialog kinerja tempat umpan balik diberikan (id atau awalannya)")
    p.set_defaults(handler=cmd_feedback_add)

    p = fs.add_parser("list", parents=[common], help="daftar umpan balik pegawai",
                      description="Umpan balik berkelanjutan yang berlaku (koreksi menggantikan "
                                  "yang lama) untuk SKP seorang pegawai, terbaru dahulu.")
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP", help="NIP pegawai")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun SKP (bawaan: semua tahun)")
    p.set_defaults(handler=cmd_feedback_list)


def _raw():
    import argparse
    return argparse.RawDescriptionHelpFormatter


def cmd_feedback_add(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    code = parse_period(a.period)
    if code is None:
        raise DomainError(ErrorCode.FEEDBACK_PERIOD_INVALID, field="periode", value=a.period)
    year = int(code[:4])
    skp = services.skp.find(pegawai.id, year)
    if skp is None:
        raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(year))
    rhk_id = core_value_id = None
    if a.rhk is not None:
        rhk_id = rhk_id_by_number(skp, a.rhk, field="rhk")
    else:
        value = next((c for c in services.office.core_values() if c.number == a.value), None)
        if value is None:
            raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field="perilaku", value=str(a.value))
        core_value_id = value.id
    dialog_id = services.coaching.resolve_dialog_id(a.dialog) if a.dialog else None
    feedback = services.feedback.add(skp.id, rhk_id=rhk_id, core_value_id=core_value_id,
                                     period=code, text=a.text, given_on=a.date,
                                     dialog_id=dialog_id).value
    if ctx.json:
        ctx.emit(feedback_json(feedback))
    else:
        ctx.print(f"Umpan balik {period_label(feedback.period)} untuk {pegawai.full_name} "
                  f"({nip_text(pegawai.nip)}) pada {feedback.target_label} disimpan "
                  f"(id {feedback.id}).")
    return 0


def cmd_feedback_list(ctx: CommandContext) -> int:
    services = ctx.services()
    pegawai = ctx.pegawai(ctx.args.nip)
    items = services.feedback.for_pegawai(pegawai.id, ctx.args.year)
    if ctx.json:
        ctx.emit({"pegawai": {"id": pegawai.id, "nip": pegawai.nip, "name": pegawai.full_name},
                  "year": ctx.args.year, "feedback": [feedback_json(f) for f in items]})
        return 0
    ctx.print(f"Umpan balik untuk {pegawai.full_name} ({nip_text(pegawai.nip)})"
              + (f", SKP {ctx.args.year}" if ctx.args.year else "") + f": {len(items)}")
    for f in items:
        author = f.author.name if f.author else "-"
        ctx.print(f"- {f.given_on.isoformat()}  {period_label(f.period)}  {f.target_label}")
        ctx.print(f"    {f.text}")
        ctx.print(f"    oleh {author}; id {f.id}")
    return 0
