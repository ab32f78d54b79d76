"""`skpdesk skp rhk|indicator|behaviour|lampiran ...`: the SKP edits of the window, for scripts.

Same services, rules and journal as the window (`services.skp`): every command is one unit of
work, so a refused edit writes nothing. An SKP is addressed like the other `skp` commands
(`--nip NIP [--year Y]`); its RHK, indikator and lampiran items by the id printed in the JSON
output (`skp show --json` lists them all). Choices (jenis RHK, aspek, perspektif, bagian
lampiran) are checked by the service, so a wrong one gets the Indonesian message naming the field.
"""

from __future__ import annotations

from typing import Any

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import (ASPECT_LABELS, LAMPIRAN_LABELS, Aspect, Indicator,
                                LampiranSection, Perspective, Rhk, RhkKind, Skp)

from .arg_types import Parser, count_arg, note_arg, text_arg, year_arg
from .command_context import CommandContext, UsageError
from .serialize import indicator_json, rhk_json, skp_json

MAX_POSITION = 1000
position_arg = count_arg(1, MAX_POSITION, "posisi")
KINDS = ", ".join(k.value for k in RhkKind)
ASPECTS = ", ".join(a.value for a in Aspect)
PERSPECTIVES = ", ".join(p.value for p in Perspective)
SECTIONS = ", ".join(s.value for s in LampiranSection)


def add_parsers(ss, common) -> None:
    """Register `rhk`, `indicator`, `behaviour` and `lampiran` under `skp` (`ss`)."""

    def group(name: str, help: str, description: str):
        p = ss.add_parser(name, parents=[common], help=help, description=description)
        return p.add_subparsers(title=f"perintah {name}", dest="skp_edit_command",
                                metavar="PERINTAH", required=True, parser_class=Parser)

    def skp_of(p) -> None:
        p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                       help="NIP pegawai pemilik SKP")
        p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                       help="tahun SKP (bawaan: tahun ini)")

    def item_id(p, metavar: str, what: str) -> None:
        p.add_argument("item_id", type=text_arg(f"id {what}"), metavar=metavar,
                       help=f"id {what} (dari keluaran --json)")

    # --- RHK
    rhk = group("rhk", "RHK: tambah, ubah, hapus, pindah",
                "Rencana Hasil Kerja (RHK) SKP Draft: tambah, ubah, hapus, pindah urutan.")
    p = rhk.add_parser("add", parents=[common], help="tambah RHK",
                       description="Menambah RHK pada SKP Draft (di akhir bagiannya).")
    skp_of(p)
    p.add_argument("--text", required=True, type=note_arg, metavar="TEKS", help="teks RHK")
    p.add_argument("--kind", default=RhkKind.UTAMA.value, metavar="JENIS",
                   help=f"jenis RHK: {KINDS} (bawaan: utama)")
    p.add_argument("--parent", default=None, type=text_arg("id RHK atasan"), metavar="RHK_ID",
                   help="id RHK atasan yang diintervensi (RHK Utama SKP atasan, tahun yang sama)")
    p.add_argument("--perspective", default=None, metavar="PERSPEKTIF",
                   help=f"perspektif (hanya SKP JPT): {PERSPECTIVES}")
    p.add_argument("--assignment-from", default="", type=note_arg, metavar="TEKS",
                   help="penugasan dari (hanya SKP JPT)")
    p.set_defaults(handler=cmd_rhk_add)

    p = rhk.add_parser("edit", parents=[common], help="ubah RHK",
                       description="Mengubah RHK; yang tidak disebut tetap. Teks kosong (\"\") "
                                   "mengosongkan perspektif atau penugasan.")
    item_id(p, "RHK_ID", "RHK")
    p.add_argument("--text", default=None, type=note_arg, metavar="TEKS", help="teks RHK baru")
    p.add_argument("--kind", default=None, metavar="JENIS", help=f"jenis RHK: {KINDS}")
    parent = p.add_mutually_exclusive_group()
    parent.add_argument("--parent", default=None, type=text_arg("id RHK atasan"),
                        metavar="RHK_ID", help="id RHK atasan yang diintervensi")
    parent.add_argument("--no-parent", action="store_true",
                        help="lepaskan RHK atasan yang diintervensi")
    p.add_argument("--perspective", default=None, metavar="PERSPEKTIF",
                   help=f"perspektif (hanya SKP JPT): {PERSPECTIVES}")
    p.add_argument("--assignment-from", default=None, type=note_arg, metavar="TEKS",
                   help="penugasan dari (hanya SKP JPT)")
    p.set_defaults(handler=cmd_rhk_edit)

    p = rhk.add_parser("remove", parents=[common], help="hapus RHK",
                       description="Menghapus RHK beserta indikatornya; RHK yang diintervensi "
                                   "RHK bawahan tidak dapat dihapus.")
    item_id(p, "RHK_ID", "RHK")
    p.set_defaults(handler=cmd_rhk_remove)

    p = rhk.add_parser("move", parents=[common], help="pindahkan RHK",
                       description="Memindahkan RHK ke urutan lain di bagiannya (A. Utama atau "
                                   "B. Tambahan); urutan mulai dari 1.")
    item_id(p, "RHK_ID", "RHK")
    p.add_argument("--position", required=True, type=position_arg, metavar="N",
                   help="urutan baru (1 = pertama)")
    p.set_defaults(handler=cmd_rhk_move)

    # --- indikator
    ind = group("indicator", "indikator RHK: tambah, ubah, hapus",
                "Indikator Kinerja Individu (IKI) sebuah RHK pada SKP Draft.")
    p = ind.add_parser("add", parents=[common], help="tambah indikator",
                       description="Menambah indikator pada RHK (di akhir daftarnya).")
    p.add_argument("--rhk", required=True, type=text_arg("id RHK"), metavar="RHK_ID",
                   help="id RHK")
    p.add_argument("--text", required=True, type=note_arg, metavar="TEKS", help="teks indikator")
    _indicator_options(p, default="")
    p.set_defaults(handler=cmd_indicator_add)

    p = ind.add_parser("edit", parents=[common], help="ubah indikator",
                       description="Mengubah indikator; yang tidak disebut tetap. Teks kosong "
                                   "(\"\") mengosongkan aspek, target atau satuan.")
    item_id(p, "INDIKATOR_ID", "indikator")
    p.add_argument("--text", default=None, type=note_arg, metavar="TEKS", help="teks indikator")
    _indicator_options(p, default=None)
    p.set_defaults(handler=cmd_indicator_edit)

    p = ind.add_parser("remove", parents=[common], help="hapus indikator",
                       description="Menghapus indikator; urutan yang lain dirapatkan.")
    item_id(p, "INDIKATOR_ID", "indikator")
    p.set_defaults(handler=cmd_indicator_remove)

    # --- perilaku kerja
    beh = group("behaviour", "perilaku kerja: ekspektasi khusus pimpinan",
                "Ekspektasi khusus pimpinan untuk satu perilaku kerja (BerAKHLAK).")
    p = beh.add_parser("set", parents=[common], help="isi ekspektasi khusus pimpinan",
                       description="Mengisi ekspektasi khusus pimpinan untuk satu perilaku kerja; "
                                   "--text \"\" mengosongkannya.")
    skp_of(p)
    p.add_argument("--value", required=True, type=text_arg("perilaku"), metavar="N|NAMA",
                   help="nomor perilaku (1–7) atau namanya, mis. \"Akuntabel\"")
    p.add_argument("--text", required=True, type=note_arg, metavar="TEKS",
                   help="ekspektasi khusus pimpinan")
    p.set_defaults(handler=cmd_behaviour_set)

    # --- lampiran
    lamp = group("lampiran", "lampiran SKP: tambah, hapus butir",
                 "Butir lampiran SKP (dukungan sumber daya, skema pertanggungjawaban, konsekuensi).")
    p = lamp.add_parser("add", parents=[common], help="tambah butir lampiran",
                        description="Menambah butir di akhir satu bagian lampiran.")
    skp_of(p)
    p.add_argument("--section", required=True, metavar="BAGIAN", help=f"bagian: {SECTIONS}")
    p.add_argument("--text", required=True, type=note_arg, metavar="TEKS", help="isi butir")
    p.set_defaults(handler=cmd_lampiran_add)

    p = lamp.add_parser("remove", parents=[common], help="hapus butir lampiran",
                        description="Menghapus butir lampiran; urutan yang lain dirapatkan.")
    item_id(p, "BUTIR_ID", "butir lampiran")
    p.set_defaults(handler=cmd_lampiran_remove)


def _indicator_options(p, *, default: str | None) -> None:
    p.add_argument("--aspect", default=default, metavar="ASPEK",
                   help=f"aspek (SKP JA/JF kuantitatif, wajib di sana): {ASPECTS}")
    p.add_argument("--target", default=default, type=note_arg, metavar="NILAI",
                   help="target, mis. \"2\" atau \"90%%\"")
    p.add_argument("--unit", default=default, type=note_arg, metavar="SATUAN",
                   help="satuan target, mis. \"Aplikasi\"")


# --- helpers

def _skp(ctx: CommandContext) -> Skp:
    pegawai = ctx.pegawai(ctx.args.nip)
    return ctx.services().skp.for_pegawai(pegawai.id, ctx.year)


def _emit_skp(ctx: CommandContext, skp: Skp, text: str, **extra: Any) -> int:
    if ctx.json:
        pegawai = ctx.services().staff.get(skp.pegawai_id)
        ctx.emit({**skp_json(skp, pegawai), **extra})
    else:
        ctx.print(text)
    return 0


def _label(rhk: Rhk) -> str:
    return f"{'A' if rhk.kind is RhkKind.UTAMA else 'B'}.{rhk.position}"


def _emit_rhk(ctx: CommandContext, rhk: Rhk, text: str, **extra: Any) -> int:
    if ctx.json:
        ctx.emit({**rhk_json(rhk), "skp_id": rhk.skp_id, **extra})
    else:
        ctx.print(text)
    return 0


def _new_ids(outcome, entity: str) -> set[str]:
    return set(outcome.changes.by_entity.get(entity, ()))


# --- RHK

def cmd_rhk_add(ctx: CommandContext) -> int:
    a = ctx.args
    skp = _skp(ctx)
    rhk = ctx.services().skp.add_rhk(skp.id, a.text, kind=a.kind, parent_rhk_id=a.parent,
                                     perspective=a.perspective,
                                     assignment_from=a.assignment_from).value
    return _emit_rhk(ctx, rhk, f"RHK {_label(rhk)} ditambahkan (id {rhk.id}).")


def cmd_rhk_edit(ctx: CommandContext) -> int:
    a = ctx.args
    changes: dict[str, Any] = {}
    if a.text is not None:
        changes["text"] = a.text
    if a.kind is not None:
        changes["kind"] = a.kind
    if a.parent is not None or a.no_parent:
        changes["parent_rhk_id"] = None if a.no_parent else a.parent
    if a.perspective is not None:
        changes["perspective"] = a.perspective or None
    if a.assignment_from is not None:
        changes["assignment_from"] = a.assignment_from
    if not changes:
        raise _nothing_to_change("--text, --kind, --parent, --no-parent, --perspective, "
                                 "--assignment-from")
    rhk = ctx.services().skp.update_rhk(a.item_id, **changes).value
    return _emit_rhk(ctx, rhk, f"RHK {_label(rhk)} diubah.")


def cmd_rhk_remove(ctx: CommandContext) -> int:
    services = ctx.services()
    rhk_id = ctx.args.item_id
    skp_id = services.skp.rhk(rhk_id).skp_id  # read first: RHK_NOT_FOUND names the id
    services.skp.delete_rhk(rhk_id)
    return _emit_skp(ctx, services.skp.get(skp_id), f"RHK {rhk_id} dihapus.", removed=rhk_id)


def cmd_rhk_move(ctx: CommandContext) -> int:
    a = ctx.args
    skp = ctx.services().skp.move_rhk(a.item_id, a.position).value
    rhk = next(r for r in skp.rhk if r.id == a.item_id)
    return _emit_skp(ctx, skp, f"RHK dipindahkan ke {_label(rhk)}.", moved=a.item_id)


# --- indikator

def _emit_indicator(ctx: CommandContext, rhk: Rhk, indicator: Indicator, what: str) -> int:
    if ctx.json:
        ctx.emit({**indicator_json(indicator), "rhk": rhk_json(rhk)})
    else:
        aspect = f"{ASPECT_LABELS[indicator.aspect]}: " if indicator.aspect else ""
        ctx.print(f"Indikator {indicator.position} RHK {_label(rhk)} {what}: {aspect}"
                  f"{indicator.text} (id {indicator.id}).")
    return 0


def cmd_indicator_add(ctx: CommandContext) -> int:
    a = ctx.args
    outcome = ctx.services().skp.add_indicator(a.rhk, a.text, aspect=a.aspect or None,
                                               target_value=a.target, target_unit=a.unit)
    rhk = outcome.value
    added = _new_ids(outcome, "indikator")
    indicator = next(i for i in rhk.indicators if i.id in added)
    return _emit_indicator(ctx, rhk, indicator, "ditambahkan")


def cmd_indicator_edit(ctx: CommandContext) -> int:
    a = ctx.args
    changes: dict[str, Any] = {}
    if a.text is not None:
        changes["text"] = a.text
    if a.aspect is not None:
        changes["aspect"] = a.aspect or None
    if a.target is not None:
        changes["target_value"] = a.target
    if a.unit is not None:
        changes["target_unit"] = a.unit
    if not changes:
        raise _nothing_to_change("--text, --aspect, --target, --unit")
    rhk = ctx.services().skp.update_indicator(a.item_id, **changes).value
    indicator = next(i for i in rhk.indicators if i.id == a.item_id)
    return _emit_indicator(ctx, rhk, indicator, "diubah")


def cmd_indicator_remove(ctx: CommandContext) -> int:
    rhk = ctx.services().skp.delete_indicator(ctx.args.item_id).value
    if ctx.json:
        ctx.emit({**rhk_json(rhk), "skp_id": rhk.skp_id, "removed": ctx.args.item_id})
    else:
        ctx.print(f"Indikator {ctx.args.item_id} dihapus dari RHK {_label(rhk)}.")
    return 0


# --- perilaku kerja

def _core_value(ctx: CommandContext, wanted: str):
    """A core value by number (1-7) or name, any case (CORE_VALUE_NOT_FOUND otherwise)."""
    values = ctx.services().office.core_values()
    key = " ".join(wanted.split()).casefold()
    for value in values:
        if key in (str(value.number), value.name.casefold()):
            return value
    raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field="perilaku", value=wanted)


def cmd_behaviour_set(ctx: CommandContext) -> int:
    skp = _skp(ctx)
    value = _core_value(ctx, ctx.args.value)
    skp = ctx.services().skp.set_expectation(skp.id, value.id, ctx.args.text).value
    behaviour = next(b for b in skp.behaviours if b.core_value.id == value.id)
    if ctx.json:
        ctx.emit({"id": behaviour.id, "skp_id": skp.id, "number": value.number,
                  "value": value.name, "expectation": behaviour.expectation})
    else:
        ctx.print(f"Ekspektasi perilaku {value.number}. {value.name} disimpan.")
    return 0


# --- lampiran

def cmd_lampiran_add(ctx: CommandContext) -> int:
    a = ctx.args
    skp = _skp(ctx)
    outcome = ctx.services().skp.add_lampiran(skp.id, a.section, a.text)
    skp = outcome.value
    added = _new_ids(outcome, "lampiran_item")
    item = next(i for i in skp.lampiran if i.id in added)
    if ctx.json:
        ctx.emit({"id": item.id, "skp_id": skp.id, "section": item.section.value,
                  "position": item.position, "text": item.text})
    else:
        ctx.print(f"Butir {item.position} {LAMPIRAN_LABELS[item.section]} ditambahkan "
                  f"(id {item.id}).")
    return 0


def cmd_lampiran_remove(ctx: CommandContext) -> int:
    item_id = ctx.args.item_id
    skp = ctx.services().skp.delete_lampiran(item_id).value
    return _emit_skp(ctx, skp, f"Butir lampiran {item_id} dihapus.", removed=item_id)


def _nothing_to_change(options: str) -> UsageError:
    return UsageError(f"tidak ada yang diubah; sebutkan paling sedikit satu dari {options}")
