"""`skpdesk search TEXT` (full-text search over dialog notes, follow-ups, umpan balik, B.1.9)
and `skpdesk reminders` (what needs doing, computed from the data). Both names and their JSON
keys are a contract that scripts rely on.

Both answer for the acting pegawai ("Saya adalah" or `--as NIP`): search finds a confidential
note only for its readers; with nobody acting, search finds public records only and
`reminders` lists the whole office (and says so).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from skpdesk.services.dialog.reminders import RULE_LABELS, RULES, Reminder
from skpdesk.services.dialog.search import DEFAULT_LIMIT, MAX_LIMIT, SearchHit

from .arg_types import count_arg
from .command_context import CommandContext
from .output import table
from .serialize import nip_text


def add_parsers(sub, common) -> None:
    p = sub.add_parser("search", parents=[common],
                       help="cari di catatan dialog, tindak lanjut, umpan balik, B.1.9",
                       description="Mencari kata di catatan dan agenda dialog kinerja, adendum, "
                                   "tindak lanjut, umpan balik dan alasan evaluasi kompetensi "
                                   "(B.1.9). Setiap kata dicari sebagai awalan (\"pelayan\" "
                                   "menemukan \"pelayanan\"), tanpa membedakan huruf besar dan "
                                   "tanda diakritik; semua kata harus ada. Catatan rahasia hanya "
                                   "ditemukan oleh pesertanya dan penulisnya. Hasil terbaru lebih "
                                   "dulu; kata yang cocok ditandai «seperti ini».")
    p.add_argument("text", metavar="TEKS", help="kata yang dicari (paling sedikit 2 huruf)")
    p.add_argument("--limit", type=count_arg(1, MAX_LIMIT, "jumlah hasil"), default=DEFAULT_LIMIT,
                   metavar="N", help=f"jumlah hasil paling banyak (bawaan {DEFAULT_LIMIT})")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("reminders", parents=[common], help="pengingat: apa yang perlu dilakukan",
                       description="Pengingat yang dihitung dari data, tanpa internet: tindak "
                                   "lanjut yang jatuh tempo dalam 7 hari atau terlambat, anggota "
                                   "tim tanpa dialog kinerja lebih lama dari irama kantor "
                                   "(dialog.cadence_days), SKP tim yang belum disetujui setelah "
                                   "Januari, dan bimbingan kinerja tanpa Format B.1.8 setelah 14 "
                                   "hari. Untuk pegawai \"Saya adalah\"; bila belum dipilih, "
                                   "pengingat seluruh kantor.")
    # For tests and scripts that replay a day; not shown in the help.
    p.add_argument("--today", type=_day, default=None, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_reminders)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tanggal harus berbentuk TTTT-BB-HH (tertulis '{text}')") from None


def _dmy(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "-"


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {"entity": hit.entity, "record_id": hit.record_id, "dialog_id": hit.dialog_id,
            "pegawai": {"id": hit.pegawai_id, "nip": hit.nip, "name": hit.pegawai_name}
            if hit.pegawai_id else None,
            "title": hit.title, "snippet": hit.snippet,
            "date": hit.on.isoformat() if hit.on else None}


def reminder_json(r: Reminder) -> dict[str, Any]:
    t = r.target
    return {"rule": r.rule, "title": r.title, "detail": r.detail, "due": r.due.isoformat(),
            "pegawai": {"id": r.pegawai_id, "nip": r.nip, "name": r.pegawai_name},
            "record_ids": list(r.record_ids), "redacted": r.redacted,
            "target": {"kind": t.kind, "pegawai_id": t.pegawai_id, "skp_id": t.skp_id,
                       "dialog_id": t.dialog_id}}


def cmd_search(ctx: CommandContext) -> int:
    services = ctx.services()
    hits = services.search.search(ctx.args.text, limit=ctx.args.limit)
    if ctx.json:
        ctx.emit({"query": ctx.args.text, "count": len(hits), "hits": [hit_json(h) for h in hits]})
        return 0
    if not hits:
        ctx.print(f"Tidak ada catatan yang cocok dengan \"{ctx.args.text}\".")
        return 0
    rows = [[_dmy(h.on), h.pegawai_name or "-", h.title, " ".join(h.snippet.split()), h.record_id]
            for h in hits]
    ctx.print(table(["Tanggal", "Pegawai", "Catatan", "Cuplikan", "ID"], rows,
                    max_widths=[None, 30, 40, 70, None]))
    more = " (batas --limit tercapai)" if len(hits) == ctx.args.limit else ""
    ctx.print(f"\n{len(hits)} hasil, terbaru lebih dulu{more}.")
    return 0


def cmd_reminders(ctx: CommandContext) -> int:
    services = ctx.services()
    listed = services.reminders.list(ctx.args.today)
    if ctx.json:
        ctx.emit({"office_wide": listed.office_wide, "today": listed.today.isoformat(),
                  "count": len(listed.reminders),
                  "reminders": [reminder_json(r) for r in listed.reminders]})
        return 0
    if listed.office_wide:
        ctx.print("Belum dipilih siapa yang memakai SKP Desk (skpdesk me --set NIP): pengingat "
                  "seluruh kantor.")
    if not listed.reminders:
        ctx.print(f"Tidak ada pengingat per {_dmy(listed.today)}.")
        return 0
    for rule in RULES:
        items = [r for r in listed.reminders if r.rule == rule]
        if items:
            ctx.print(f"{RULE_LABELS[rule]} ({len(items)}):")
            for r in items:
                ctx.print(f"  - {r.title}: {r.detail}")
    ctx.print(f"\n{len(listed.reminders)} pengingat per {_dmy(listed.today)}.")
    return 0
