"""`skpdesk masukan add|summary|delete`: advisory inputs about a pegawai's period from colleagues,
their staff and service recipients (issue 12; SKP-REFERENCE §7).

    skpdesk masukan add --nip NIP --period P --source rekan|bawahan|penerima-layanan
                        [--rating diatas|sesuai|dibawah] [--comment TEXT] [--json]
    skpdesk masukan summary --nip NIP --period P [--json]
    skpdesk masukan delete ID                       (pengelola kinerja: a mistaken entry)

Answers are shown only in aggregate per source, and only when at least four answered. JSON of
`summary`: an array, one per source: `{"source", "source_label", "answered", "shown", "counts"
({"diatas", "sesuai", "dibawah"} or null), "comments" (array, empty while hidden)}`. `add` emits
`{"id", "nip", "period", "source", "recorded_on"}` (not the answer: it is not shown singly).
"""

from __future__ import annotations

import argparse
from typing import Any

from skpdesk.domain.evaluation import (ADVISORY_SOURCE_LABELS, MIN_ADVISORY_ANSWERS,
                                      RATING_LABELS, AdvisorySummary, Rating)

from .arg_types import Parser, note_arg, text_arg
from .command_context import CommandContext
from .period_commands import add_today

EPILOG = f"""contoh:
  skpdesk masukan add --nip 199001012015011001 --period 2026-TW1 --source rekan --rating sesuai
  skpdesk masukan summary --nip 199001012015011001 --period 2026-TW1

Masukan hanya ditampilkan terhimpun per sumber, dan hanya bila paling sedikit
{MIN_ADVISORY_ANSWERS} orang menjawab. Pegawai yang dinilai tidak dapat mencatat masukan
tentang dirinya sendiri."""


def _raw():
    return argparse.RawDescriptionHelpFormatter


def _nip_period(p) -> None:
    p.add_argument("--nip", required=True, type=text_arg("nip"), metavar="NIP",
                   help="NIP pegawai yang dinilai")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="nama periode, mis. 2026-TW1 atau 2026-AKHIR")


def add_parsers(sub, common) -> None:
    m = sub.add_parser("masukan", parents=[common],
                       help="masukan penilaian dari rekan, bawahan, penerima layanan",
                       description="Masukan penilaian (bersifat saran) tentang pegawai untuk "
                                   "suatu periode.", epilog=EPILOG, formatter_class=_raw())
    ms = m.add_subparsers(title="perintah masukan", dest="masukan_command", metavar="PERINTAH",
                          required=True, parser_class=Parser)
    p = ms.add_parser("add", parents=[common], help="catat satu masukan",
                      description="Mencatat satu jawaban masukan (siapa yang menjawab tidak "
                                  "disimpan).", epilog=EPILOG, formatter_class=_raw())
    _nip_period(p)
    p.add_argument("--source", required=True, type=text_arg("sumber_masukan"), metavar="SUMBER",
                   help="rekan, bawahan atau penerima-layanan")
    p.add_argument("--rating", type=text_arg("masukan"), default=None, metavar="RATING",
                   help="diatas, sesuai atau dibawah")
    p.add_argument("--comment", type=note_arg, default="", metavar="TEKS", help="komentar")
    add_today(p)
    p.set_defaults(handler=cmd_masukan_add)

    p = ms.add_parser("summary", parents=[common], help="ringkasan masukan per sumber",
                      description="Ringkasan masukan per sumber (hanya bila paling sedikit "
                                  f"{MIN_ADVISORY_ANSWERS} orang menjawab).")
    _nip_period(p)
    p.set_defaults(handler=cmd_masukan_summary)

    p = ms.add_parser("delete", parents=[common], help="hapus masukan yang keliru",
                      description="Menghapus satu masukan yang keliru dicatat (pengelola "
                                  "kinerja).")
    p.add_argument("id", type=text_arg("masukan"), metavar="ID", help="id masukan")
    p.set_defaults(handler=cmd_masukan_delete)


def summary_json(s: AdvisorySummary) -> dict[str, Any]:
    return {"source": s.source.value.replace("_", "-"),
            "source_label": ADVISORY_SOURCE_LABELS[s.source], "answered": s.answered,
            "shown": s.shown,
            "counts": {r.value: s.counts.get(r, 0) for r in Rating} if s.shown else None,
            "comments": list(s.comments) if s.shown else []}


def cmd_masukan_add(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    skp_id, period = services.advisory.skp_of_period(pegawai.id, a.period)
    record = services.advisory.add(skp_id, period, a.source, rating=a.rating,
                                   comment=a.comment, today=a.today).value
    if ctx.json:
        ctx.emit({"id": record.id, "nip": pegawai.nip, "period": record.period,
                  "source": record.source.value.replace("_", "-"),
                  "recorded_on": record.recorded_on.isoformat()})
    else:
        ctx.print(f"Masukan ({ADVISORY_SOURCE_LABELS[record.source]}) tentang "
                  f"{pegawai.full_name} untuk {record.period} dicatat (id {record.id}).")
    return 0


def cmd_masukan_summary(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    skp_id, period = services.advisory.skp_of_period(pegawai.id, a.period)
    summaries = services.advisory.summary(skp_id, period)
    if ctx.json:
        ctx.emit([summary_json(s) for s in summaries])
        return 0
    ctx.print(f"Masukan penilaian tentang {pegawai.full_name}, {period}:")
    for s in summaries:
        label = ADVISORY_SOURCE_LABELS[s.source]
        if not s.shown:
            ctx.print(f"- {label}: {s.answered} jawaban (ditampilkan bila paling sedikit "
                      f"{MIN_ADVISORY_ANSWERS}).")
            continue
        counts = ", ".join(f"{RATING_LABELS[r]} {s.counts.get(r, 0)}" for r in Rating)
        ctx.print(f"- {label}: {s.answered} jawaban; {counts}.")
        for comment in s.comments:
            ctx.print(f"    \u2022 {comment}")
    return 0


def cmd_masukan_delete(ctx: CommandContext) -> int:
    record = ctx.services().advisory.delete(ctx.args.id).value
    if ctx.json:
        ctx.emit({"id": record.id, "deleted": True})
    else:
        ctx.print(f"Masukan {record.id} dihapus.")
    return 0
