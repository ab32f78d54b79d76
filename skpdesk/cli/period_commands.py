"""`skpdesk period list|set-rhythm|set-deadline|clear-deadline`: the periods of a year (issue 11).

    skpdesk period list [--year Y]
    skpdesk period set-rhythm RHYTHM [--year Y]          (also --rhythm RHYTHM)
    skpdesk period set-deadline PERIOD DATE              (also --period P --date D)
    skpdesk period clear-deadline PERIOD                 (back to the default batas)

Period names are a contract: "2026-TW1".."2026-TW4", "2026-S1"/"2026-S2", "2026-01".."2026-12",
"2026-AKHIR" ("2026-Q1" is read as "2026-TW1"). JSON: a period is `{"name", "label", "kind",
"year", "start", "end", "deadline", "deadline_set", "closed", "rhythm"}` (ISO dates; `closed` as
of today); `list` and `set-rhythm` emit an array of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from skpdesk.domain.dates import tanggal
from skpdesk.domain.periods import PeriodInfo, RHYTHM_LABELS, Rhythm

from .arg_types import Parser, text_arg, year_arg
from .command_context import CommandContext, UsageError
from .output import table

EPILOG = """contoh:
  skpdesk period list --year 2026
  skpdesk period set-rhythm bulanan --year 2026
  skpdesk period set-deadline 2026-TW1 2026-04-20

Ritme: bulanan (2026-01 .. 2026-12), triwulanan (2026-TW1 .. 2026-TW4, bawaan) atau semester
(2026-S1, 2026-S2); periode tahunan selalu 2026-AKHIR. Batas pengisian bawaan: tanggal 10 bulan
sesudah periode berakhir. Ritme suatu tahun tidak dapat diubah setelah ada rencana aksi,
realisasi atau bukti dukung pada periodenya."""


def day_arg(text: str) -> dt.date:
    """A date TTTT-BB-HH (hidden `--today` of the issue 11 commands, deadlines)."""
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal harus berbentuk TTTT-BB-HH (tertulis '{text}')") from None


def add_today(p) -> None:
    # For tests and scripts that replay a day; not shown in the help.
    p.add_argument("--today", type=day_arg, default=None, help=argparse.SUPPRESS)


def _raw():
    return argparse.RawDescriptionHelpFormatter


def add_parsers(sub, common) -> None:
    per = sub.add_parser("period", parents=[common], help="periode penilaian: ritme dan batas "
                         "pengisian", description="Periode penilaian periodik suatu tahun "
                         "(ritme bulanan, triwulanan atau semester, dan Akhir) dengan batas "
                         "pengisiannya.", epilog=EPILOG, formatter_class=_raw())
    ps = per.add_subparsers(title="perintah period", dest="period_command", metavar="PERINTAH",
                            required=True, parser_class=Parser)
    p = ps.add_parser("list", parents=[common], help="daftar periode suatu tahun",
                      description="Periode suatu tahun menurut ritmenya, lalu Akhir, dengan "
                                  "batas pengisian dan statusnya (terbuka/ditutup) hari ini.")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun (bawaan: tahun ini)")
    add_today(p)
    p.set_defaults(handler=cmd_period_list)

    p = ps.add_parser("set-rhythm", parents=[common], help="tetapkan ritme periode suatu tahun",
                      description="Menetapkan ritme periode periodik suatu tahun. Ditolak bila "
                                  "tahun itu sudah memiliki catatan pada periode ritme lain.",
                      epilog=EPILOG, formatter_class=_raw())
    p.add_argument("rhythm", nargs="?", default=None, metavar="RITME",
                   help="bulanan, triwulanan atau semester")
    p.add_argument("--rhythm", dest="rhythm_option", default=None, metavar="RITME",
                   help="sama dengan RITME")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun (bawaan: tahun ini)")
    add_today(p)
    p.set_defaults(handler=cmd_period_set_rhythm)

    p = ps.add_parser("set-deadline", parents=[common], help="tetapkan batas pengisian periode",
                      description="Menetapkan batas pengisian satu periode: paling cepat hari "
                                  "terakhir periode, paling lambat satu tahun sesudahnya.",
                      epilog=EPILOG, formatter_class=_raw())
    p.add_argument("period", nargs="?", default=None, metavar="PERIODE",
                   help="nama periode, mis. 2026-TW1")
    p.add_argument("date", nargs="?", default=None, metavar="TANGGAL",
                   help="batas pengisian TTTT-BB-HH")
    p.add_argument("--period", dest="period_option", type=text_arg("periode"), default=None,
                   metavar="PERIODE", help="sama dengan PERIODE")
    p.add_argument("--date", dest="date_option", default=None, metavar="TANGGAL",
                   help="sama dengan TANGGAL")
    add_today(p)
    p.set_defaults(handler=cmd_period_set_deadline)

    p = ps.add_parser("clear-deadline", parents=[common],
                      help="kembalikan batas pengisian periode ke bawaan",
                      description="Menghapus batas pengisian yang ditetapkan kantor: periode "
                                  "kembali ke batas bawaan (tanggal 10 bulan berikutnya).")
    p.add_argument("period", metavar="PERIODE", type=text_arg("periode"),
                   help="nama periode, mis. 2026-TW1")
    add_today(p)
    p.set_defaults(handler=cmd_period_clear_deadline)


def period_json(info: PeriodInfo, today: dt.date) -> dict[str, Any]:
    p = info.period
    return {"name": p.name, "label": p.label, "kind": p.kind.value, "year": p.year,
            "start": p.start.isoformat(), "end": p.end.isoformat(),
            "deadline": info.deadline.isoformat(), "deadline_set": info.deadline_set,
            "closed": info.closed(today), "rhythm": info.rhythm.value}


def _today(ctx: CommandContext) -> dt.date:
    return getattr(ctx.args, "today", None) or dt.date.today()


def _one(positional, option, what: str):
    """The value given as the positional argument or its option (both: they must agree)."""
    if positional is not None and option is not None and positional.strip() != option.strip():
        raise UsageError(f"{what} diberikan dua kali dengan nilai berbeda")
    value = positional if positional is not None else option
    if value is None or not str(value).strip():
        raise UsageError(f"{what} wajib diberikan")
    return str(value).strip()


def _print_periods(ctx: CommandContext, infos: list[PeriodInfo], today: dt.date) -> None:
    rhythm = infos[0].rhythm if infos else None
    if rhythm is not None:
        ctx.print(f"Periode tahun {infos[0].period.year} (ritme {RHYTHM_LABELS[Rhythm(rhythm)]})")
    rows = [[i.name, i.label, i.period.start.isoformat(), i.period.end.isoformat(),
             i.deadline.isoformat() + ("" if i.deadline_set else " (bawaan)"),
             "ditutup" if i.closed(today) else "terbuka"] for i in infos]
    ctx.print(table(["Nama", "Periode", "Mulai", "Selesai", "Batas pengisian", "Status"], rows))


def cmd_period_list(ctx: CommandContext) -> int:
    today = _today(ctx)
    year = ctx.args.year if ctx.args.year is not None else today.year
    infos = ctx.services().periods.list(year)
    if ctx.json:
        ctx.emit([period_json(i, today) for i in infos])
    else:
        _print_periods(ctx, infos, today)
    return 0


def cmd_period_set_rhythm(ctx: CommandContext) -> int:
    today = _today(ctx)
    rhythm = _one(ctx.args.rhythm, ctx.args.rhythm_option, "RITME")
    year = ctx.args.year if ctx.args.year is not None else today.year
    infos = ctx.services(create=False).periods.set_rhythm(rhythm, year).value
    if ctx.json:
        ctx.emit([period_json(i, today) for i in infos])
    else:
        ctx.print(f"Ritme periode tahun {year} ditetapkan: {RHYTHM_LABELS[infos[0].rhythm]}.")
        _print_periods(ctx, infos, today)
    return 0


def _emit_period(ctx: CommandContext, info: PeriodInfo, today: dt.date, done: str) -> None:
    if ctx.json:
        ctx.emit(period_json(info, today))
    else:
        ctx.print(f"{done} {info.label} ({info.name}): {tanggal(info.deadline)}"
                  + ("" if info.deadline_set else " (bawaan)") + ".")


def cmd_period_set_deadline(ctx: CommandContext) -> int:
    today = _today(ctx)
    period = _one(ctx.args.period, ctx.args.period_option, "PERIODE")
    date = _one(ctx.args.date, ctx.args.date_option, "TANGGAL")
    info = ctx.services(create=False).periods.set_deadline(period, date).value
    _emit_period(ctx, info, today, "Batas pengisian")
    return 0


def cmd_period_clear_deadline(ctx: CommandContext) -> int:
    today = _today(ctx)
    info = ctx.services(create=False).periods.clear_deadline(ctx.args.period).value
    _emit_period(ctx, info, today, "Batas pengisian kembali ke bawaan untuk")
    return 0
