"""`skpdesk me`: who is acting on this database ("Saya adalah"), and the global `--as NIP`.

`skpdesk me` shows the pegawai, `me --set NIP` stores them for this database (per database:
another file has its own), `me --clear` forgets. `skpdesk --as NIP <command>` acts as another
pegawai for that one command, with the same role rules (nothing is stored). These names are a
contract that scripts rely on.
"""

from __future__ import annotations

from typing import Any

from skpdesk.domain.people import Pegawai

from .arg_types import text_arg
from .command_context import CommandContext
from .serialize import nip_text


def add_parsers(sub, common) -> None:
    p = sub.add_parser("me", parents=[common], help="siapa yang memakai SKP Desk (Saya adalah)",
                       description="Menampilkan atau memilih pegawai yang memakai SKP Desk pada "
                                   "basis data ini (\"Saya adalah\"). Langkah alur SKP (ajukan, "
                                   "setujui, kembalikan, buka kembali) diperiksa menurut peran "
                                   "pegawai ini, dan jurnal mencatat NIP dan namanya. --as NIP "
                                   "(sebelum perintah) bertindak sebagai pegawai lain untuk satu "
                                   "perintah saja.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--set", dest="set_nip", type=text_arg("NIP"), default=None, metavar="NIP",
                       help="simpan pegawai ini sebagai \"Saya adalah\" untuk basis data ini")
    group.add_argument("--clear", action="store_true", help="lupakan \"Saya adalah\"")
    p.set_defaults(handler=cmd_me)


def me_json(pegawai: Pegawai | None, is_admin: bool) -> dict[str, Any]:
    if pegawai is None:
        return {"id": None, "nip": None, "name": None, "full_name": None, "position": None,
                "unit": None, "is_admin": None}
    return {"id": pegawai.id, "nip": pegawai.nip, "name": pegawai.name,
            "full_name": pegawai.full_name, "position": pegawai.position,
            "unit": pegawai.unit_path, "is_admin": is_admin}


def cmd_me(ctx: CommandContext) -> int:
    services = ctx.services()
    acting = services.acting
    if ctx.args.clear:
        acting.clear_me()
        said = "\"Saya adalah\" dikosongkan untuk basis data ini."
    elif ctx.args.set_nip is not None:
        acting.set_me(ctx.args.set_nip)
        said = "\"Saya adalah\" disimpan untuk basis data ini."
    else:
        said = None
    pegawai = acting.me()
    is_admin = pegawai is not None and acting.is_admin(pegawai.id)
    if ctx.json:
        ctx.emit(me_json(pegawai, is_admin))
        return 0
    if said:
        ctx.print(said)
    if pegawai is None:
        ctx.print("Belum diketahui siapa yang memakai SKP Desk pada basis data ini.")
        ctx.print("Pilih dengan: skpdesk me --set NIP")
        return 0
    source = " (untuk perintah ini saja, --as)" if getattr(ctx.args, "as_nip", None) else ""
    ctx.print(f"Saya adalah{source}: {pegawai.full_name}")
    ctx.print(f"  NIP      : {nip_text(pegawai.nip)}")
    ctx.print(f"  Jabatan  : {pegawai.position}")
    ctx.print(f"  Unit     : {pegawai.unit_path}")
    if is_admin:
        ctx.print("  Peran    : pengelola kinerja (boleh bertindak atas nama pegawai lain)")
    return 0
