"""`skpdesk journal` (who changed what) and `skpdesk check` (database and SKP rule checks)."""

from __future__ import annotations

import json
from typing import Any

from skpdesk.domain.acting import describe_person
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.integrity import IntegrityService

from .arg_types import count_arg, year_arg
from .command_context import CommandContext
from .check_messages import check_message, quarantine_json, quarantine_lines
from .output import table
from .serialize import journal_json

OP_LABELS = {"insert": "tambah", "update": "ubah", "delete": "hapus"}
MAX_VALUE = 40


def add_parsers(sub, common) -> None:
    p = sub.add_parser("journal", parents=[common], help="jurnal perubahan terbaru (jejak audit)",
                       description="Menampilkan entri jurnal perubahan terbaru: kapan, oleh siapa, "
                                   "baris mana dan nilai lama → baru setiap kolom.")
    p.add_argument("--limit", type=count_arg(1, 100_000, "jumlah entri"), default=50, metavar="N",
                   help="jumlah entri terbaru (bawaan 50)")
    p.set_defaults(handler=cmd_journal)

    p = sub.add_parser("check", parents=[common], help="periksa basis data dan aturan SKP",
                       description="Memeriksa keutuhan berkas SQLite, jurnal perubahan, rantai atasan, "
                                   "NIP dan aturan SKP. Kode keluar bukan 0 bila ada kesalahan "
                                   "(peringatan saja tidak).")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="hanya SKP tahun ini (bawaan: semua tahun)")
    p.add_argument("--repair", action="store_true",
                   help="sebelum memeriksa: bangun ulang indeks pencarian catatan, dan pindahkan berkas "
                        "lampiran yang tidak dipakai catatan mana pun ke folder karantina "
                        "(tidak pernah menghapus, tidak pernah menyentuh berkas yang dipakai)")
    p.set_defaults(handler=cmd_check)


def _value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _changes_text(op: str, fields: dict[str, list[Any]]) -> str:
    """update: "field: old → new"; insert: "field: new"; delete: "field: old"."""
    parts = []
    for name, pair in fields.items():
        old, new = (list(pair) + [None, None])[:2] if isinstance(pair, (list, tuple)) else (None, pair)
        if op == "insert":
            parts.append(f"{name}: {_value(new)}")
        elif op == "delete":
            parts.append(f"{name}: {_value(old)}")
        else:
            parts.append(f"{name}: {_value(old)} → {_value(new)}")
    return "; ".join(parts)


def _who(e) -> str:
    """The pegawai who was acting (with "atas nama" and the reason; `--json` has their NIPs),
    else the OS user@host."""
    return describe_person(e.person, with_nip=False) or e.actor


def cmd_journal(ctx: CommandContext) -> int:
    services = ctx.services()
    entries = services.journal.recent(ctx.args.limit)
    if ctx.json:
        ctx.emit({"total": services.journal.count(), "entries": [journal_json(e) for e in entries]})
        return 0
    if not entries:
        ctx.print("Jurnal perubahan masih kosong.")
        return 0
    rows = [[e.at[:19].replace("T", " "), _who(e), e.entity, OP_LABELS.get(e.op, e.op),
             "…" + e.entity_id[-6:], _changes_text(e.op, e.fields)] for e in entries]
    ctx.print(table(["Waktu (UTC)", "Oleh", "Tabel", "Aksi", "ID", "Perubahan"], rows,
                    max_widths=[None, 80, None, None, None, 90]))
    ctx.print(f"\n{len(entries)} dari {services.journal.count()} entri (terbaru lebih dulu)")
    return 0


def _finding_json(f, level: str) -> dict[str, Any]:
    params = {**f.message_params, "entity": f.entity, "entity_id": f.entity_id}
    return {"level": level, "code": f.code, "message": check_message(f.code, params),
            "entity": f.entity, "entity_id": f.entity_id, "params": f.message_params}


def cmd_check(ctx: CommandContext) -> int:
    quarantined = None
    try:
        services = ctx.services()
    except DomainError as error:
        if error.code not in (ErrorCode.DB_DAMAGED, ErrorCode.DB_UNREADABLE):
            raise
        # Too damaged to open as a database: still a report, with what SQLite can say.
        report = IntegrityService.damage_report(error.params.get("path") or ctx.db_path, error)
        if report is None:
            raise
    else:
        if ctx.args.repair:
            # Derived data only (never journaled): rebuilt from the records it is made of.
            indexed = services.search.rebuild()
            # Files no record uses leave the attachments store for karantina/ (never deleted).
            quarantined = services.integrity.repair_attachments()
            if not ctx.json:
                ctx.print(f"Indeks pencarian dibangun ulang: {indexed} catatan.")
                for line in quarantine_lines(quarantined):
                    ctx.print(line)
        report = services.integrity.run(year=ctx.args.year)
    errors = [_finding_json(f, "error") for f in report.errors]
    warnings = [_finding_json(f, "warning") for f in report.warnings]
    if ctx.json:
        out = {"ok": report.ok, "errors": errors, "warnings": warnings}
        if quarantined is not None:
            out["quarantine"] = quarantine_json(quarantined)
        ctx.emit(out)
    else:
        for title, items in (("KESALAHAN", errors), ("PERINGATAN", warnings)):
            if items:
                ctx.print(f"{title} ({len(items)}):")
                for item in items:
                    ctx.print(f"  - {item['message']}")
        verdict = ("Pemeriksaan selesai: tidak ada kesalahan" if report.ok
                   else f"Pemeriksaan selesai: {len(errors)} kesalahan")
        ctx.print(f"{verdict}, {len(warnings)} peringatan.")
    if not report.ok:
        ctx.warn(f"Pemeriksaan menemukan {len(errors)} kesalahan pada basis data {ctx.db_path}.")
        return 1
    return 0
