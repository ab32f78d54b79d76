"""`skpdesk followup list|done|drop`: tindak lanjut of dialog kinerja (issue 10).

A follow-up's status may change at any time, also after its dialog was closed. Follow-ups of a
confidential dialog are listed without their text for anyone but its readers. These names and
the JSON keys are a contract scripts rely on.
"""

from __future__ import annotations

import datetime as dt

from .arg_types import note_arg, text_arg
from .command_context import CommandContext
from .dialog_commands import follow_up_json, follow_up_rows
from .output import table


def add_parsers(sub, common) -> None:
    p = sub.add_parser("followup", parents=[common], help="tindak lanjut dialog kinerja",
                       description="Tindak lanjut yang disepakati dalam dialog kinerja: daftar, "
                                   "selesai, batal.")
    fs = p.add_subparsers(title="perintah followup", dest="followup_command", metavar="PERINTAH",
                          required=True)
    ls = fs.add_parser("list", parents=[common], help="daftar tindak lanjut menurut batas waktu",
                       description="Tindak lanjut milik seorang pegawai atau dari dialog "
                                   "dengannya (tanpa --nip: semua), menurut batas waktu.")
    ls.add_argument("--nip", default=None, type=text_arg("NIP"), metavar="NIP", help="NIP pegawai")
    which = ls.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true", help="hanya yang masih terbuka")
    which.add_argument("--overdue", action="store_true",
                       help="hanya yang terbuka dan lewat batas waktu")
    ls.set_defaults(handler=cmd_list)
    for name, status, help_ in (("done", "done", "tandai tindak lanjut selesai"),
                                ("drop", "dropped", "batalkan tindak lanjut")):
        s = fs.add_parser(name, parents=[common], help=help_,
                          description=f"{help_[0].upper()}{help_[1:]} (juga setelah dialognya "
                                      "ditutup), dengan catatan bila perlu.")
        s.add_argument("follow_up_id", type=text_arg("ID tindak lanjut"), metavar="ID",
                       help="id tindak lanjut (lengkap atau 8 karakter awal atau lebih)")
        s.add_argument("--note", default="", type=note_arg, metavar="TEKS", help="catatan")
        s.set_defaults(handler=cmd_status, status=status)


def cmd_list(ctx: CommandContext) -> int:
    args = ctx.args
    services = ctx.services()
    pegawai_id = ctx.pegawai(args.nip).id if args.nip else None
    today = dt.date.today()
    items = services.dialogs.follow_ups(pegawai_id, open_only=args.open,
                                        overdue_only=args.overdue, today=today)
    if ctx.json:
        ctx.emit([follow_up_json(f, today) for f in items])
        return 0
    if not items:
        ctx.print("Tidak ada tindak lanjut.")
        return 0
    ctx.print(table(["ID", "Batas", "Status", "Penanggung jawab", "Tindak lanjut"],
                    follow_up_rows(items, today), max_widths=[None, None, None, 40, 60]))
    return 0


def cmd_status(ctx: CommandContext) -> int:
    args = ctx.args
    services = ctx.services()
    follow_up_id = services.dialogs.resolve_follow_up_id(args.follow_up_id)
    today = dt.date.today()
    follow_up = services.dialogs.set_follow_up_status(follow_up_id, args.status, args.note,
                                                      today=today).value
    if ctx.json:
        ctx.emit(follow_up_json(follow_up, today))
        return 0
    said = "selesai" if args.status == "done" else "dibatalkan"
    ctx.print(f"Tindak lanjut {follow_up.id} {said}.")
    return 0
