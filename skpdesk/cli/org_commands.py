"""`skpdesk org-predikat set|show|list|clear`: the predikat kinerja organisasi of a unit and
period (issue 12; SKP-REFERENCE §3.3).

    skpdesk org-predikat set --unit UNIT --period P --predikat istimewa|baik|butuh-perbaikan|
                             kurang|sangat-kurang [--note TEXT] [--json]
    skpdesk org-predikat show --unit UNIT --period P [--json]
    skpdesk org-predikat list [--period P] [--json]
    skpdesk org-predikat clear --unit UNIT --period P

UNIT is the unit's path ("Dinas/Bidang A") or id. Set by a leader above the unit, or recorded by
a pengelola kinerja (`--as NIP` / "Saya adalah"). JSON of a record: `{"id", "unit_id", "unit",
"period", "predikat" (CLI word), "predikat_label", "set_on", "set_by", "note"}`; `show` adds
`"own"` (false when the predicate comes from a parent unit) and is `null` when none applies.
"""

from __future__ import annotations

import argparse
from typing import Any

from skpdesk.domain.dates import tanggal
from skpdesk.domain.evaluation import OrgPredikatRecord
from skpdesk.domain.people import unit_path_text

from .arg_types import Parser, note_arg, text_arg
from .command_context import CommandContext
from .output import table
from .period_commands import add_today

EPILOG = """contoh:
  skpdesk org-predikat set --unit "Dinas Kominfo" --period 2026-TW1 --predikat baik
  skpdesk org-predikat show --unit "Dinas Kominfo/Bidang A" --period 2026-TW1
  skpdesk org-predikat list --period 2026-AKHIR

Predikat: istimewa, baik, butuh-perbaikan, kurang, sangat-kurang. Ditetapkan oleh pimpinan di
atas unit itu, atau dicatat oleh pengelola kinerja. Sub-unit tanpa predikat sendiri mengikuti
predikat unit induknya."""


def _raw():
    return argparse.RawDescriptionHelpFormatter


def _unit_period(p) -> None:
    p.add_argument("--unit", required=True, type=text_arg("unit"), metavar="UNIT",
                   help="jalur unit (mis. \"Dinas/Bidang A\") atau id unit")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="nama periode, mis. 2026-TW1 atau 2026-AKHIR")


def add_parsers(sub, common) -> None:
    org = sub.add_parser("org-predikat", parents=[common],
                         help="predikat kinerja organisasi per unit dan periode",
                         description="Predikat (capaian) kinerja organisasi suatu unit untuk "
                                     "suatu periode: menentukan pola distribusi predikat "
                                     "pegawainya.", epilog=EPILOG, formatter_class=_raw())
    os_ = org.add_subparsers(title="perintah org-predikat", dest="org_command",
                             metavar="PERINTAH", required=True, parser_class=Parser)
    p = os_.add_parser("set", parents=[common], help="tetapkan predikat kinerja organisasi",
                       description="Menetapkan predikat kinerja organisasi suatu unit dan "
                                   "periode.", epilog=EPILOG, formatter_class=_raw())
    _unit_period(p)
    p.add_argument("--predikat", required=True, type=text_arg("predikat_organisasi"),
                   metavar="PREDIKAT",
                   help="istimewa, baik, butuh-perbaikan, kurang atau sangat-kurang")
    p.add_argument("--note", type=note_arg, default="", metavar="TEKS", help="catatan")
    add_today(p)
    p.set_defaults(handler=cmd_org_set)

    p = os_.add_parser("show", parents=[common], help="predikat yang berlaku untuk unit",
                       description="Predikat kinerja organisasi yang berlaku untuk unit itu "
                                   "(milik unit sendiri, atau unit induk terdekat).")
    _unit_period(p)
    p.set_defaults(handler=cmd_org_show)

    p = os_.add_parser("list", parents=[common], help="daftar predikat kinerja organisasi",
                       description="Semua predikat kinerja organisasi yang ditetapkan.")
    p.add_argument("--period", type=text_arg("periode"), default=None, metavar="PERIODE",
                   help="hanya periode ini")
    p.set_defaults(handler=cmd_org_list)

    p = os_.add_parser("clear", parents=[common], help="hapus predikat kinerja organisasi unit",
                       description="Menghapus predikat milik unit itu sendiri; unit kembali "
                                   "mengikuti unit induknya.")
    _unit_period(p)
    p.set_defaults(handler=cmd_org_clear)


def org_json(record: OrgPredikatRecord | None) -> dict[str, Any] | None:
    if record is None:
        return None
    return {"id": record.id, "unit_id": record.unit_id,
            "unit": unit_path_text(record.unit_path), "period": record.period,
            "predikat": record.predikat.value, "predikat_label": record.predikat.label,
            "set_on": record.set_on.isoformat(), "set_by": record.set_by_name,
            "note": record.note}


def _line(record: OrgPredikatRecord) -> str:
    who = f" oleh {record.set_by_name}" if record.set_by_name else ""
    note = f" Catatan: {record.note}" if record.note else ""
    return (f"{unit_path_text(record.unit_path)}, {record.period}: {record.predikat.label} "
            f"(ditetapkan {tanggal(record.set_on)}{who}).{note}")


def cmd_org_set(ctx: CommandContext) -> int:
    a = ctx.args
    record = ctx.services().org_predikat.set(a.unit, a.period, a.predikat, note=a.note,
                                             today=a.today).value
    if ctx.json:
        ctx.emit(org_json(record))
    else:
        ctx.print("Predikat kinerja organisasi ditetapkan: " + _line(record))
    return 0


def cmd_org_show(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    record = services.org_predikat.effective(a.unit, a.period)
    own = services.org_predikat.get(a.unit, a.period)
    if ctx.json:
        data = org_json(record)
        if data is not None:
            data["own"] = own is not None
        ctx.emit(data)
    elif record is None:
        ctx.print(f"Belum ada predikat kinerja organisasi untuk {a.unit} periode {a.period}.")
    else:
        ctx.print(_line(record) + ("" if own is not None else " (dari unit induk)"))
    return 0


def cmd_org_list(ctx: CommandContext) -> int:
    records = ctx.services().org_predikat.list(ctx.args.period)
    if ctx.json:
        ctx.emit([org_json(r) for r in records])
        return 0
    if not records:
        ctx.print("Belum ada predikat kinerja organisasi.")
        return 0
    ctx.print(table(["Periode", "Unit", "Predikat", "Ditetapkan", "Oleh"],
                    [[r.period, unit_path_text(r.unit_path), r.predikat.label,
                      r.set_on.isoformat(), r.set_by_name] for r in records]))
    return 0


def cmd_org_clear(ctx: CommandContext) -> int:
    a = ctx.args
    record = ctx.services().org_predikat.clear(a.unit, a.period).value
    if ctx.json:
        ctx.emit(org_json(record))
    else:
        ctx.print(f"Predikat kinerja organisasi {unit_path_text(record.unit_path)} periode "
                  f"{record.period} dihapus.")
    return 0
