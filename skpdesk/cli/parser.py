"""The `skpdesk` argument parser: one command with subcommands, Indonesian help texts.

`--db`, `--json` and `--as` are accepted both before the subcommand and after it: the subcommand copies
use `SUPPRESS` defaults so they only override the top-level value when given.
Argument types check values (year, counts) before anything opens the database.
"""

from __future__ import annotations

import argparse

from skpdesk import __version__

from . import (audit_commands, cascade_commands, coaching_commands, dialog_commands,
               evidence_commands, feedback_commands, followup_commands, me_commands, office_commands,
               print_commands, search_commands, skp_commands, staff_commands, sync_commands)
from . import period_commands, plan_commands  # issue 11 (helper "plans")
from . import eval_commands  # issue 12 (helper "evaluation")
from . import ak_commands, keberatan_commands  # issue 12 (helper "keberatan")
from . import advisory_commands, org_commands  # issue 12 (helper "orgdist")
from . import sign_commands  # issue 13 (helper "pades")
from .arg_types import Parser

DESCRIPTION = ("SKP Desk: pengelolaan kinerja pegawai (PermenPANRB 6/2022) untuk Pejabat Penilai "
               "Kinerja, tanpa internet.")
EPILOG = ("Tanpa perintah, skpdesk membuka jendela desktop. Basis data bawaan: "
          "skpdesk.sqlite di folder data pengguna (atau SKPDESK_DATA_DIR); --db memilih berkas lain.")

AS_HELP = ("bertindak sebagai pegawai NIP untuk perintah ini saja (aturan peran tetap berlaku; "
           "tidak disimpan; lihat skpdesk me)")


def common_options() -> argparse.ArgumentParser:
    """--db and --json for the subcommands (SUPPRESS: do not reset a value given earlier)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="berkas basis data yang dipakai (bawaan: skpdesk.sqlite di folder data)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="keluaran JSON untuk skrip (di stdout)")
    common.add_argument("--as", dest="as_nip", metavar="NIP", default=argparse.SUPPRESS,
                        help=AS_HELP)
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="skpdesk", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"skpdesk {__version__}",
                        help="tampilkan versi lalu keluar")
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="berkas basis data yang dipakai (bawaan: skpdesk.sqlite di folder data)")
    parser.add_argument("--json", action="store_true", default=False,
                        help="keluaran JSON untuk skrip (di stdout)")
    parser.add_argument("--as", dest="as_nip", metavar="NIP", default=None, help=AS_HELP)
    parser.set_defaults(command=None, handler=None)
    common = common_options()
    sub = parser.add_subparsers(title="perintah", dest="command", metavar="PERINTAH",
                                parser_class=Parser)
    office_commands.add_parsers(sub, common)
    staff_commands.add_parsers(sub, common)
    skp_commands.add_parsers(sub, common)
    cascade_commands.add_parsers(sub, common)
    audit_commands.add_parsers(sub, common)
    print_commands.add_parsers(sub, common)
    sync_commands.add_parsers(sub, common)
    me_commands.add_parsers(sub, common)
    dialog_commands.add_parsers(sub, common)
    followup_commands.add_parsers(sub, common)
    feedback_commands.add_parsers(sub, common)
    coaching_commands.add_parsers(sub, common)
    search_commands.add_parsers(sub, common)
    period_commands.add_parsers(sub, common)
    plan_commands.add_parsers(sub, common)
    evidence_commands.add_parsers(sub, common)  # issue 11: bukti dukung
    eval_commands.add_parsers(sub, common)  # issue 12: penilaian
    keberatan_commands.add_parsers(sub, common)  # issue 12: keberatan
    ak_commands.add_parsers(sub, common)  # issue 12: angka kredit
    org_commands.add_parsers(sub, common)       # issue 12: predikat kinerja organisasi
    advisory_commands.add_parsers(sub, common)  # issue 12: masukan penilaian
    sign_commands.add_parsers(sub, common)  # issue 13: tanda tangan digital (PAdES)
    return parser
