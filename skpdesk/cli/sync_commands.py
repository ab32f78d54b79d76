"""`skpdesk sync ...`: identities, peers, seed and join, bundles out and in, status, conflicts.

These names and their `--json` keys are a contract scripts rely on (issue 8). Each command is a
thin wrapper over `skpdesk.sync.pipeline` (the same functions the window calls) and
`services.sync` (conflicts).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from skpdesk.domain.sync import CONFLICT_KIND_LABELS, Conflict, Keep
from skpdesk.sync import pipeline

from .arg_types import Parser, note_arg, text_arg
from .command_context import CommandContext, UsageError
from .output import table


def add_parsers(sub, common) -> None:
    sync = sub.add_parser("sync", help="sinkronisasi dengan kantor pusat dan laptop lain",
                          description="Sinkronisasi lewat berkas bundel (.skpbundle) yang "
                                      "ditandatangani dan dienkripsi: identitas, perangkat mitra, "
                                      "bundel awal, ekspor, impor, status dan konflik.")
    ss = sync.add_subparsers(title="perintah sinkronisasi", dest="sync_command",
                             metavar="PERINTAH", required=True, parser_class=Parser)

    p = ss.add_parser("identity", parents=[common], help="tulis berkas identitas .skpid",
                      description="Menulis identitas publik basis data ini (ID perangkat, nama, "
                                  "kunci publik, sidik kunci) ke berkas .skpid untuk didaftarkan "
                                  "di perangkat lain. Membuat basis data kosong bila belum ada.")
    p.add_argument("--out", required=True, metavar="BERKAS.skpid", help="berkas yang ditulis")
    p.add_argument("--name", type=text_arg("nama perangkat"), default=None, metavar="NAMA",
                   help="nama perangkat, mis. \"Laptop Bu Ratna\" (bawaan: nama komputer)")
    p.set_defaults(handler=cmd_identity)

    peer = ss.add_parser("peer", help="perangkat mitra: daftarkan, lihat, cabut",
                         description="Perangkat mitra yang bundelnya diterima.")
    ps = peer.add_subparsers(title="perintah mitra", dest="peer_command", metavar="PERINTAH",
                             required=True, parser_class=Parser)
    p = ps.add_parser("add", parents=[common], help="daftarkan perangkat dari berkas .skpid",
                      description="Mendaftarkan kunci perangkat lain. Bandingkan sidik kunci "
                                  "yang tampil dengan yang tampil di perangkat itu.")
    p.add_argument("file", metavar="BERKAS.skpid")
    p.add_argument("--central", action="store_true", help="perangkat ini adalah kantor pusat")
    p.set_defaults(handler=cmd_peer_add)
    p = ps.add_parser("list", parents=[common], help="daftar perangkat mitra")
    p.set_defaults(handler=cmd_peer_list)
    p = ps.add_parser("revoke", parents=[common], help="cabut perangkat mitra",
                      description="Sesudah dicabut, tidak ada bundel yang dibuat untuk atau "
                                  "diterima dari perangkat itu.")
    p.add_argument("peer", metavar="ID", help="ID perangkat, awalannya, atau sidik kuncinya")
    p.set_defaults(handler=cmd_peer_revoke)

    p = ss.add_parser("seed", parents=[common], help="bundel awal untuk laptop yang bergabung",
                      description="Menulis seluruh data instansi sebagai bundel awal untuk satu "
                                  "perangkat mitra (laptop baru).")
    p.add_argument("--for", dest="peer", required=True, metavar="MITRA")
    p.add_argument("--out", required=True, metavar="BERKAS")
    p.set_defaults(handler=cmd_seed)

    p = ss.add_parser("join", parents=[common], help="gabung ke instansi dari bundel awal",
                      description="Mengimpor bundel awal dari kantor pusat ke basis data kosong.")
    p.add_argument("file", metavar="BERKAS")
    p.set_defaults(handler=cmd_join)

    p = ss.add_parser("export", parents=[common], help="tulis bundel perubahan untuk mitra",
                      description="Menulis perubahan yang belum dimiliki mitra ke bundel.")
    p.add_argument("--for", dest="peer", default=None, metavar="MITRA")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", default=None, metavar="BERKAS")
    target.add_argument("--out-dir", dest="out_dir", default=None, metavar="FOLDER",
                        help="satu bundel untuk setiap mitra yang tidak dicabut")
    p.set_defaults(handler=cmd_export)

    p = ss.add_parser("import", parents=[common], help="impor bundel dari mitra",
                      description="Memeriksa bundel (tanda tangan, hash, skema) sebelum "
                                  "mengubah apa pun, mencadangkan basis data, lalu menerapkan "
                                  "perubahan dalam satu transaksi.")
    p.add_argument("file", metavar="BERKAS")
    p.set_defaults(handler=cmd_import)

    p = ss.add_parser("status", parents=[common], help="status sinkronisasi per mitra")
    p.set_defaults(handler=cmd_status)

    p = ss.add_parser("conflicts", parents=[common], help="konflik yang perlu ditinjau")
    p.set_defaults(handler=cmd_conflicts)

    p = ss.add_parser("resolve", parents=[common], help="selesaikan satu konflik",
                      description="Menyelesaikan konflik: pertahankan nilai di sini (mine), "
                                  "nilai dari tempat lain (theirs), atau tulis nilai baru.")
    p.add_argument("conflict", metavar="ID")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=[Keep.MINE.value, Keep.THEIRS.value], default=None)
    how.add_argument("--value", type=note_arg, default=None, metavar="TEKS")
    p.add_argument("--reason", type=note_arg, default="", metavar="TEKS",
                   help="alasan (dicatat di jurnal)")
    p.set_defaults(handler=cmd_resolve)


# --- helpers

def _services(ctx: CommandContext, *, create: bool = False):
    services = ctx.services(create=create)
    pipeline.ensure_identity(services)
    change = pipeline.device_change_notice(services)
    if change is not None:
        why = ("berkas basis data ini dipindah atau disalin dari komputer lain"
               if change.reason == "clone" else "basis data ini dipulihkan dari cadangan lama")
        ctx.warn(f"Perhatian: {why}, jadi perangkat ini sekarang memakai ID baru "
                 f"{change.device_id} (sebelumnya {change.previous_device_id}). Kirim berkas "
                 "identitas baru (skpdesk sync identity --out BERKAS.skpid) ke kantor pusat dan "
                 "mitra lain untuk didaftarkan ulang.")
    return services


def _progress(ctx: CommandContext, label: str):
    interactive = not ctx.json and getattr(ctx.err, "isatty", lambda: False)()
    if not interactive:
        return None

    def progress(done: int, total: int) -> None:
        ctx.err.write(f"\r{label}: {done}/{total}")
        if done >= total:
            ctx.err.write("\n")
        ctx.err.flush()
    return progress


def _peer_json(peer) -> dict[str, Any]:
    return {"device_id": peer.device_id, "name": peer.name, "fingerprint": peer.fingerprint,
            "office_id": peer.office_id, "central": peer.is_central, "pinned_at": peer.pinned_at,
            "revoked_at": peer.revoked_at,
            "last_sent": {"bundle_id": peer.last_sent_bundle, "at": peer.last_sent_at},
            "last_received": {"bundle_id": peer.last_received_bundle,
                              "at": peer.last_received_at}}


def _export_json(result: pipeline.ExportResult) -> dict[str, Any]:
    return {"peer": result.peer_id, "peer_name": result.peer_name, "path": result.path,
            "bundle_id": result.bundle_id, "kind": result.kind, "operations": result.op_count,
            "attachments": result.attachments, "size": result.size, "sha256": result.sha256,
            "attachments_deferred": result.attachments_deferred}


def _print_export(ctx: CommandContext, result: pipeline.ExportResult) -> None:
    what = "Bundel awal" if result.kind == "seed" else "Bundel"
    ctx.print(f"{what} untuk {result.peer_name} ditulis: {result.path}")
    size = f"{result.size:,}".replace(",", ".")
    ctx.print(f"  {result.op_count} perubahan, {result.attachments} lampiran, {size} bita")
    if result.attachments_deferred:
        ctx.print(f"  {result.attachments_deferred} lampiran lagi menyusul di bundel berikutnya "
                  "(satu bundel membawa paling banyak "
                  f"{pipeline.ATTACHMENT_BYTES_PER_BUNDLE // (1024 * 1024)} MB lampiran)")


# --- commands

def cmd_identity(ctx: CommandContext) -> int:
    services = ctx.services(create=True)
    public = pipeline.write_identity_file(services, Path(ctx.args.out), ctx.args.name)
    _services(ctx)  # says once when the file took a new device id
    if ctx.json:
        ctx.emit({"ok": True, "path": str(Path(ctx.args.out)), "device_id": public.device_id,
                  "name": public.name, "fingerprint": public.fingerprint,
                  "office_id": public.office_id, "office_name": public.office_name})
        return 0
    ctx.print(f"Identitas ditulis: {ctx.args.out}")
    ctx.print(f"  Perangkat  : {public.name} ({public.device_id})")
    ctx.print(f"  Sidik kunci: {public.fingerprint}")
    ctx.print(f"  Instansi   : {public.office_name or '-'}")
    ctx.print("Bandingkan sidik kunci ini dengan yang tampil saat berkas didaftarkan di "
              "perangkat lain (skpdesk sync peer add).")
    return 0


def cmd_peer_add(ctx: CommandContext) -> int:
    path = ctx.existing_file(ctx.args.file)
    services = _services(ctx)
    peer = pipeline.add_peer(services, path, central=ctx.args.central)
    if ctx.json:
        ctx.emit({"ok": True, "peer": _peer_json(peer)})
        return 0
    role = " sebagai kantor pusat" if peer.is_central else ""
    ctx.print(f"Perangkat didaftarkan{role}: {peer.name} ({peer.device_id})")
    ctx.print(f"  Sidik kunci: {peer.fingerprint}  <- harus sama dengan yang tampil di "
              "perangkat itu")
    return 0


def cmd_peer_list(ctx: CommandContext) -> int:
    services = _services(ctx)
    peers = pipeline.list_peers(services)
    if ctx.json:
        ctx.emit({"ok": True, "peers": [_peer_json(p) for p in peers]})
        return 0
    if not peers:
        ctx.print("Belum ada perangkat mitra. Daftarkan dengan: skpdesk sync peer add BERKAS.skpid")
        return 0
    ctx.print(table(["ID", "Nama", "Sidik kunci", "Peran", "Status"],
                    [[p.device_id[:13], p.name, p.fingerprint, "pusat" if p.is_central else "",
                      f"dicabut {p.revoked_at}" if p.revoked_at else "aktif"] for p in peers]))
    return 0


def cmd_peer_revoke(ctx: CommandContext) -> int:
    services = _services(ctx)
    peer = pipeline.revoke_peer(services, ctx.args.peer)
    if ctx.json:
        ctx.emit({"ok": True, "peer": _peer_json(peer)})
        return 0
    ctx.print(f"Perangkat dicabut: {peer.name} ({peer.device_id}) sejak {peer.revoked_at}")
    return 0


def cmd_seed(ctx: CommandContext) -> int:
    services = _services(ctx)
    result = pipeline.seed_bundle(services, ctx.args.peer, Path(ctx.args.out),
                                  progress=_progress(ctx, "Menulis bundel awal"))
    if ctx.json:
        ctx.emit({"ok": True, **_export_json(result)})
    else:
        _print_export(ctx, result)
    return 0


def cmd_export(ctx: CommandContext) -> int:
    a = ctx.args
    if a.out is not None and not a.peer:
        raise UsageError("--out memerlukan --for MITRA (atau pakai --out-dir untuk semua mitra)")
    services = _services(ctx)
    if a.out is not None:
        results = [pipeline.export_bundle(services, a.peer, Path(a.out),
                                          progress=_progress(ctx, "Menulis bundel"))]
    else:
        if a.peer:
            peer = services.sync_peers.find_peer(a.peer)
            folder = Path(a.out_dir)
            folder.mkdir(parents=True, exist_ok=True)
            results = [pipeline.export_bundle(services, peer.device_id,
                                              folder / pipeline.bundle_file_name(services, peer))]
        else:
            results = pipeline.export_all(services, Path(a.out_dir),
                                          progress=_progress(ctx, "Menulis bundel"))
    if ctx.json:
        ctx.emit({"ok": True, "bundles": [_export_json(r) for r in results],
                  **(_export_json(results[0]) if len(results) == 1 and a.out else {})})
        return 0
    for result in results:
        _print_export(ctx, result)
    return 0


def _print_import(ctx: CommandContext, result: pipeline.ImportResult) -> None:
    what = "Bundel awal" if result.kind == "seed" else "Bundel"
    ctx.print(f"{what} dari {result.from_name} diimpor ({result.bundle_id}).")
    ctx.print(f"  Baru                 : {result.new}")
    ctx.print(f"  Diubah               : {result.updated}")
    ctx.print(f"  Dihapus              : {result.deleted}")
    ctx.print(f"  Konflik baru         : {result.conflicts}"
              + ("  (lihat: skpdesk sync conflicts)" if result.conflicts else ""))
    ctx.print(f"  Menunggu lampiran    : {result.waiting_attachments}")
    ctx.print(f"  Perubahan diterapkan : {result.operations}")
    ctx.print(f"  Sudah ada sebelumnya : {result.already_applied}")
    if result.backup:
        ctx.print(f"Cadangan sebelum impor: {result.backup}")


def _import(ctx: CommandContext, *, joining: bool) -> int:
    path = ctx.existing_file(ctx.args.file)
    services = _services(ctx)
    run = pipeline.join if joining else pipeline.import_bundle
    result = run(services, path, progress=_progress(ctx, "Mengimpor bundel"))
    if result.device_change is not None:
        pipeline.device_change_notice(services)
        change = result.device_change
        ctx.warn(f"Perhatian: mitra memegang lebih banyak perubahan perangkat ini daripada "
                 f"basis data ini (dipulihkan dari cadangan?), jadi perangkat ini sekarang "
                 f"memakai ID baru {change.device_id} (sebelumnya {change.previous_device_id}). "
                 "Kirim berkas identitas baru ke mitra untuk didaftarkan ulang.")
    if ctx.json:
        ctx.emit({"ok": True, **result.to_json()})
    else:
        _print_import(ctx, result)
    return 0


def cmd_import(ctx: CommandContext) -> int:
    return _import(ctx, joining=False)


def cmd_join(ctx: CommandContext) -> int:
    return _import(ctx, joining=True)


def cmd_status(ctx: CommandContext) -> int:
    services = _services(ctx)
    me = pipeline.public_identity(services)
    statuses = pipeline.sync_status(services)
    conflicts = len(services.sync.conflicts())
    waiting = list(services.sync.missing_attachments())
    if ctx.json:
        ctx.emit({"ok": True, "device_id": me.device_id, "name": me.name,
                  "fingerprint": me.fingerprint, "office_id": me.office_id,
                  "conflicts": conflicts, "waiting_attachments": waiting,
                  "peers": [s.to_json() for s in statuses]})
        return 0
    ctx.print(f"Perangkat ini: {me.name} ({me.device_id}), sidik kunci {me.fingerprint}")
    ctx.print(f"Konflik terbuka: {conflicts}; menunggu lampiran: {len(waiting)}")
    if not statuses:
        ctx.print("Belum ada perangkat mitra.")
        return 0
    ctx.print(table(["Mitra", "Peran", "Terakhir dikirim", "Terakhir diterima", "Tertunda"],
                    [[s.peer.name + (" (dicabut)" if s.peer.revoked_at else ""),
                      "pusat" if s.peer.is_central else "",
                      s.peer.last_sent_at or "-", s.peer.last_received_at or "-",
                      s.pending] for s in statuses]))
    return 0


def _conflict_json(c: Conflict) -> dict[str, Any]:
    return {"id": c.id, "kind": c.kind.value, "entity": c.entity, "entity_id": c.entity_id,
            "field": c.field, "label": c.label, "current": c.current,
            "sides": [{"value": s.value, "device_id": s.device_id, "device_name": s.device_name,
                       "actor": s.actor, "at": s.at, "hlc": s.hlc, "op": s.op, "mine": s.mine}
                      for s in c.sides]}


def cmd_conflicts(ctx: CommandContext) -> int:
    services = _services(ctx)
    conflicts = services.sync.conflicts()
    if ctx.json:
        ctx.emit({"ok": True, "conflicts": [_conflict_json(c) for c in conflicts]})
        return 0
    if not conflicts:
        ctx.print("Tidak ada konflik.")
        return 0
    for c in conflicts:
        ctx.print(f"{c.id}  {CONFLICT_KIND_LABELS.get(c.kind, c.kind.value)}: {c.label}"
                  + (f", kolom {c.field}" if c.field else ""))
        ctx.print(f"    sekarang: {c.current!r}")
        for s in c.sides:
            who = "di sini" if s.mine else "tempat lain"
            ctx.print(f"    - {s.value!r} ({who}: {s.device_name}, {s.actor}, {s.at})")
    ctx.print("Selesaikan dengan: skpdesk sync resolve ID --keep mine|theirs atau --value TEKS")
    return 0


def cmd_resolve(ctx: CommandContext) -> int:
    a = ctx.args
    services = _services(ctx)
    keep = Keep(a.keep) if a.keep else Keep.VALUE
    services.sync.resolve(a.conflict.strip().upper(), keep, a.value, reason=a.reason)
    if ctx.json:
        ctx.emit({"ok": True, "conflict": a.conflict.strip().upper(), "keep": keep.value,
                  "value": a.value, "remaining": len(services.sync.conflicts())})
        return 0
    ctx.print(f"Konflik {a.conflict.strip().upper()} diselesaikan ({keep.value}); penyelesaian "
              "ini ikut terkirim pada bundel berikutnya.")
    return 0
