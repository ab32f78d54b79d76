"""`skpdesk rencana-aksi set|clear|list` and `skpdesk realisasi set|clear|list` (issue 11).

    skpdesk rencana-aksi set --nip NIP --rhk N --period P --text T [--target V]
    skpdesk realisasi set --nip NIP --rhk N --indicator M --period P --value V
    skpdesk rencana-aksi list --nip NIP [--period P | --year Y]
    skpdesk realisasi list --nip NIP [--period P | --year Y]

The SKP is the pegawai's SKP of the period's year; `--rhk N` as `feedback add --rhk` ("1",
"A.1", "B.2"); `--indicator M` the 1-based position of the indicator within that RHK. The acting
pegawai (`skpdesk me --set NIP` or `--as NIP`) must be the pegawai, their pejabat penilai or a
pengelola kinerja; the period must be open (`skpdesk period list`). These names and the JSON
keys are a contract:
- rencana aksi `{"id", "nip", "rhk", "rhk_id", "period", "text", "target", "updated_on",
  "author"}`;
- realisasi `{"id", "nip", "rhk", "rhk_id", "indicator", "indicator_id", "period", "value",
  "entered_on", "entered_by"}`.
`set` emits the object, `list` an array, `clear` `{"cleared": true|false, ...the key}`.
"""

from __future__ import annotations

import argparse
from typing import Any

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import Realisasi, RencanaAksi
from skpdesk.domain.periods import parse_period_name
from skpdesk.domain.skp import Skp
from skpdesk.services.evidence.plans import rhk_number

from .arg_types import Parser, count_arg, note_arg, text_arg, year_arg
from .command_context import CommandContext
from .dialog_commands import rhk_id_by_number
from .output import table
from .period_commands import add_today
from .serialize import nip_text

EPILOG = """contoh:
  skpdesk --as 199001012015032003 rencana-aksi set --nip 199001012015032003 --rhk 1 \\
      --period 2026-TW1 --text "Menyusun rancangan modul perizinan" --target "1 dokumen"
  skpdesk realisasi set --nip 199001012015032003 --rhk 1 --indicator 1 --period 2026-TW1 \\
      --value "1 dokumen"
  skpdesk realisasi list --nip 199001012015032003 --period 2026-TW1

Periode: nama periode tahun SKP menurut ritmenya (lihat skpdesk period list), mis. 2026-TW1,
2026-S1, 2026-03 atau 2026-AKHIR."""


def _raw():
    return argparse.RawDescriptionHelpFormatter


def _target_args(p, *, indicator: bool) -> None:
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                   help="NIP pegawai pemilik SKP")
    p.add_argument("--rhk", required=True, type=text_arg("nomor RHK"), metavar="N",
                   help="nomor RHK pada SKP (1 atau A.1 = RHK Utama 1, B.1 = RHK Tambahan 1)")
    if indicator:
        p.add_argument("--indicator", required=True, type=count_arg(1, 999, "nomor indikator"),
                       metavar="M", help="nomor urut indikator pada RHK itu (mulai 1)")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="nama periode, mis. 2026-TW1 (lihat skpdesk period list)")
    add_today(p)


def _list_args(p) -> None:
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP", help="NIP pegawai")
    p.add_argument("--period", type=text_arg("periode"), default=None, metavar="PERIODE",
                   help="hanya periode ini (tahunnya menentukan SKP)")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun SKP bila --period tidak diberikan (bawaan: tahun ini)")


def add_parsers(sub, common) -> None:
    ra = sub.add_parser("rencana-aksi", parents=[common], help="rencana aksi per RHK per periode",
                        description="Rencana aksi pegawai untuk satu RHK pada satu periode: teks "
                                    "dan, untuk SKP kuantitatif, target periodik.",
                        epilog=EPILOG, formatter_class=_raw())
    rs = ra.add_subparsers(title="perintah rencana-aksi", dest="plan_command",
                           metavar="PERINTAH", required=True, parser_class=Parser)
    p = rs.add_parser("set", parents=[common], help="isi atau ubah rencana aksi",
                      description="Mengisi atau mengubah rencana aksi satu RHK pada satu "
                                  "periode. Tanpa --target, target yang ada tetap; --target \"\" "
                                  "menghapusnya.", epilog=EPILOG, formatter_class=_raw())
    _target_args(p, indicator=False)
    p.add_argument("--text", required=True, type=note_arg, metavar="TEKS", help="rencana aksi")
    p.add_argument("--target", default=None, metavar="NILAI",
                   help="target periodik (hanya SKP kuantitatif)")
    p.set_defaults(handler=cmd_plan_set)
    p = rs.add_parser("clear", parents=[common], help="kosongkan rencana aksi",
                      description="Menghapus rencana aksi satu RHK pada satu periode.")
    _target_args(p, indicator=False)
    p.set_defaults(handler=cmd_plan_clear)
    p = rs.add_parser("list", parents=[common], help="daftar rencana aksi pegawai",
                      description="Rencana aksi SKP pegawai, per periode lalu RHK.")
    _list_args(p)
    p.set_defaults(handler=cmd_plan_list)

    re_ = sub.add_parser("realisasi", parents=[common], help="realisasi per indikator per periode",
                         description="Realisasi satu indikator kinerja pada satu periode: nilai "
                                     "atau teks, bertanggal, dengan siapa yang mengisinya.",
                         epilog=EPILOG, formatter_class=_raw())
    es = re_.add_subparsers(title="perintah realisasi", dest="realisasi_command",
                            metavar="PERINTAH", required=True, parser_class=Parser)
    p = es.add_parser("set", parents=[common], help="isi atau ubah realisasi",
                      description="Mengisi atau mengubah realisasi satu indikator pada satu "
                                  "periode.", epilog=EPILOG, formatter_class=_raw())
    _target_args(p, indicator=True)
    p.add_argument("--value", required=True, type=note_arg, metavar="NILAI",
                   help="realisasi (angka atau teks)")
    p.set_defaults(handler=cmd_realisasi_set)
    p = es.add_parser("clear", parents=[common], help="kosongkan realisasi",
                      description="Menghapus realisasi satu indikator pada satu periode.")
    _target_args(p, indicator=True)
    p.set_defaults(handler=cmd_realisasi_clear)
    p = es.add_parser("list", parents=[common], help="daftar realisasi pegawai",
                      description="Realisasi SKP pegawai, per periode lalu RHK dan indikator.")
    _list_args(p)
    p.set_defaults(handler=cmd_realisasi_list)


# --- JSON
def plan_json(plan: RencanaAksi, skp: Skp, nip: str | None) -> dict[str, Any]:
    return {"id": plan.id, "nip": nip, "rhk": _rhk_number(skp, plan.rhk_id),
            "rhk_id": plan.rhk_id, "period": plan.period, "text": plan.text,
            "target": plan.target, "updated_on": plan.updated_on.isoformat(),
            "author": plan.author_name}


def realisasi_json(r: Realisasi, skp: Skp, nip: str | None) -> dict[str, Any]:
    return {"id": r.id, "nip": nip, "rhk": _rhk_number(skp, r.rhk_id), "rhk_id": r.rhk_id,
            "indicator": _indicator_number(skp, r.indicator_id), "indicator_id": r.indicator_id,
            "period": r.period, "value": r.value, "entered_on": r.entered_on.isoformat(),
            "entered_by": r.entered_by_name}


def _rhk_number(skp: Skp, rhk_id: str) -> str | None:
    rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
    return rhk_number(rhk) if rhk else None


def _indicator_number(skp: Skp, indicator_id: str) -> int | None:
    for rhk in skp.rhk:
        for ind in rhk.indicators:
            if ind.id == indicator_id:
                return ind.position
    return None


# --- finding the SKP, the RHK and the indicator
def _period_year(text: str) -> int:
    period = parse_period_name(text)
    if period is None:
        raise DomainError(ErrorCode.PERIOD_UNKNOWN, field="periode", value=text)
    return period.year


def _skp(ctx: CommandContext, pegawai, year: int) -> Skp:
    skp = ctx.services().skp.find(pegawai.id, year)
    if skp is None:
        raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(year))
    return skp


def _cell(ctx: CommandContext):
    a = ctx.args
    pegawai = ctx.pegawai(a.nip)
    skp = _skp(ctx, pegawai, _period_year(a.period))
    rhk_id = rhk_id_by_number(skp, a.rhk, field="rhk")
    indicator_id = None
    if getattr(a, "indicator", None) is not None:
        rhk = next(r for r in skp.rhk if r.id == rhk_id)
        found = next((i for i in rhk.indicators if i.position == a.indicator), None)
        if found is None:
            raise DomainError(ErrorCode.INDICATOR_NOT_FOUND, field="indikator",
                              value=f"{a.indicator} pada RHK {a.rhk}")
        indicator_id = found.id
    return pegawai, skp, rhk_id, indicator_id


def _who(pegawai) -> str:
    return f"{pegawai.full_name} ({nip_text(pegawai.nip)})"


# --- rencana aksi
def cmd_plan_set(ctx: CommandContext) -> int:
    a = ctx.args
    pegawai, skp, rhk_id, _ = _cell(ctx)
    plan = ctx.services().plans.set_action_plan(skp.id, rhk_id, a.period, a.text, a.target,
                                                today=a.today).value
    if ctx.json:
        ctx.emit(plan_json(plan, skp, pegawai.nip))
    else:
        ctx.print(f"Rencana aksi RHK {_rhk_number(skp, rhk_id)} {plan.period} untuk "
                  f"{_who(pegawai)} disimpan (id {plan.id}).")
    return 0


def cmd_plan_clear(ctx: CommandContext) -> int:
    a = ctx.args
    pegawai, skp, rhk_id, _ = _cell(ctx)
    out = ctx.services().plans.clear_action_plan(skp.id, rhk_id, a.period, today=a.today)
    _cleared(ctx, out.changes.affects("rencana_aksi"), "Rencana aksi",
             {"nip": pegawai.nip, "rhk": _rhk_number(skp, rhk_id), "rhk_id": rhk_id})
    return 0


def cmd_plan_list(ctx: CommandContext) -> int:
    _list(ctx, "Rencana aksi", lambda services, skp: services.plans.action_plans(
        skp.id, ctx.args.period), plan_json,
        ["Periode", "RHK", "Rencana aksi", "Target", "Diubah", "Oleh"],
        lambda p, skp: [p.period, _rhk_number(skp, p.rhk_id), p.text, p.target,
                        p.updated_on.isoformat(), p.author_name], [None, None, 60, 20, None, 30])
    return 0


def _cleared(ctx: CommandContext, cleared: bool, what: str, key: dict[str, Any]) -> None:
    if ctx.json:
        ctx.emit({"cleared": cleared, **key, "period": parse_period_name(ctx.args.period).name})
    else:
        ctx.print(f"{what} dihapus." if cleared else f"Tidak ada {what.lower()} untuk dihapus.")


def _list(ctx: CommandContext, what: str, fetch, to_json, headers, row, widths) -> None:
    """`rencana-aksi list` / `realisasi list`: the SKP of --period's year (else --year)."""
    a = ctx.args
    pegawai = ctx.pegawai(a.nip)
    year = _period_year(a.period) if a.period else ctx.year
    skp = _skp(ctx, pegawai, year)
    found = fetch(ctx.services(), skp)
    if ctx.json:
        ctx.emit([to_json(item, skp, pegawai.nip) for item in found])
        return
    ctx.print(f"{what} {_who(pegawai)}, SKP {year}: {len(found)}")
    if found:
        ctx.print(table(headers, [row(item, skp) for item in found], max_widths=widths))


# --- realisasi
def cmd_realisasi_set(ctx: CommandContext) -> int:
    a = ctx.args
    pegawai, skp, _, indicator_id = _cell(ctx)
    found = ctx.services().plans.set_realisasi(indicator_id, a.period, a.value,
                                               today=a.today).value
    if ctx.json:
        ctx.emit(realisasi_json(found, skp, pegawai.nip))
    else:
        ctx.print(f"Realisasi indikator {a.indicator} RHK {_rhk_number(skp, found.rhk_id)} "
                  f"{found.period} untuk {_who(pegawai)} disimpan (id {found.id}).")
    return 0


def cmd_realisasi_clear(ctx: CommandContext) -> int:
    a = ctx.args
    pegawai, skp, rhk_id, indicator_id = _cell(ctx)
    out = ctx.services().plans.clear_realisasi(indicator_id, a.period, today=a.today)
    _cleared(ctx, out.changes.affects("realisasi"), "Realisasi",
             {"nip": pegawai.nip, "rhk": _rhk_number(skp, rhk_id), "rhk_id": rhk_id,
              "indicator": a.indicator, "indicator_id": indicator_id})
    return 0


def cmd_realisasi_list(ctx: CommandContext) -> int:
    _list(ctx, "Realisasi", lambda services, skp: services.plans.realisasi(
        skp.id, ctx.args.period), realisasi_json,
        ["Periode", "RHK", "Indikator", "Realisasi", "Tanggal", "Oleh"],
        lambda r, skp: [r.period, _rhk_number(skp, r.rhk_id),
                        _indicator_number(skp, r.indicator_id), r.value,
                        r.entered_on.isoformat(), r.entered_by_name],
        [None, None, None, 60, None, 30])
    return 0
