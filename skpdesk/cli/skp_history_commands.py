"""`skpdesk skp history`: an SKP's workflow steps and what changed since its last approval."""

from __future__ import annotations

from skpdesk.messages.history_labels import (CHANGE_LABELS, NO_APPROVAL, NO_CHANGE, PART_LABELS,
                                             STEP_LABELS, column_label, value_text)
from skpdesk.services.skp_history import Actor, SkpHistory

from .arg_types import text_arg, year_arg
from .command_context import CommandContext, UsageError
from .output import table

LANG = "id"


def add_parser(ss, common) -> None:
    p = ss.add_parser("history", parents=[common], help="riwayat SKP: alur dan perubahan",
                      description="Riwayat SKP dari jurnal: setiap langkah alur (dibuat, "
                                  "diajukan, disetujui, dikembalikan, dibuka kembali) dengan "
                                  "siapa, kapan dan catatannya, lalu isi yang berubah sejak "
                                  "terakhir disetujui. Sebut ID SKP (skp show --json) atau "
                                  "--nip [--year].")
    p.add_argument("skp_id", nargs="?", default=None, type=text_arg("ID SKP"), metavar="ID",
                   help="ID SKP")
    p.add_argument("--nip", type=text_arg("NIP"), default=None, metavar="NIP",
                   help="NIP pegawai pemilik SKP (ganti ID)")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun SKP bersama --nip (bawaan: tahun ini)")
    p.set_defaults(handler=cmd_history)


def actor_json(who: Actor) -> dict:
    return {"label": who.label, "os_user": who.os_user, "nip": who.nip, "name": who.name,
            "on_behalf_of": who.on_behalf_of, "reason": who.reason or None}


def history_json(history: SkpHistory) -> dict:
    return {
        "skp_id": history.skp_id,
        "steps": [{"action": s.action, "status_from": s.status_from, "status_to": s.status_to,
                   "at": s.at, "note": s.note, "who": actor_json(s.who)} for s in history.steps],
        "last_approval_at": history.last_approval.at if history.last_approval else None,
        "changes_since_approval": [
            {"entity": c.entity, "id": c.entity_id, "change": c.change, "label": c.label,
             "fields": {k: {"old": a, "new": b} for k, (a, b) in c.fields.items()}}
            for c in history.since_approval],
    }


def cmd_history(ctx: CommandContext) -> int:
    args = ctx.args
    if bool(args.skp_id) == bool(args.nip):
        raise UsageError("sebut ID SKP atau --nip NIP (salah satu)")
    services = ctx.services()
    skp_id = args.skp_id
    if args.nip:
        skp_id = services.skp.for_pegawai(ctx.pegawai(args.nip).id, ctx.year).id
    history = services.skp_history.history(skp_id)
    if ctx.json:
        ctx.emit(history_json(history))
        return 0
    rows = []
    for step in history.steps:
        who = step.who.label + (f" — alasan: {step.who.reason}" if step.who.reason else "")
        rows.append([step.at.replace("T", " ")[:19], STEP_LABELS[step.action].get(LANG), who,
                     step.note or "-"])
    ctx.print("Alur SKP")
    ctx.print(table(["Waktu (UTC)", "Langkah", "Oleh", "Catatan"], rows,
                    max_widths=[None, None, 50, 50]))
    ctx.print("")
    if history.last_approval is None:
        ctx.print(NO_APPROVAL.get(LANG))
        return 0
    ctx.print(f"Perubahan sejak disetujui ({history.last_approval.at.replace('T', ' ')[:19]}):")
    if not history.since_approval:
        ctx.print(NO_CHANGE.get(LANG))
        return 0
    for change in history.since_approval:
        ctx.print(f"- {PART_LABELS[change.entity].get(LANG)} {CHANGE_LABELS[change.change].get(LANG)}: "
                  f"{change.label or '-'}")
        for column, (old, new) in change.fields.items():
            if change.change == "changed":
                ctx.print(f"    {column_label(column, LANG)}: {value_text(old)} → {value_text(new)}")
    return 0
