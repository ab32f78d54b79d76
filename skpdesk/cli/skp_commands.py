"""`skpdesk skp ...`: show an SKP, create it, move it through the workflow, copy last year's."""

from __future__ import annotations

import textwrap

from skpdesk.domain.people import Pegawai, unit_path_text
from skpdesk.domain.skp import (ASPECT_LABELS, LAMPIRAN_LABELS, PERSPECTIVE_LABELS, STATUS_LABELS,
                                Approach, LampiranSection, LostLinkReason, RhkKind, Skp, SkpForm)

from . import skp_edit_commands, skp_history_commands
from .arg_types import Parser, note_arg, text_arg, year_arg
from .command_context import CommandContext
from .serialize import nip_text, skp_json

WORKFLOW = {
    # command: (service method, help, description)
    "submit": ("submit", "ajukan SKP (Draft → Diajukan)",
               "Mengajukan SKP Draft untuk disetujui; SKP harus lengkap (RHK Utama, indikator, "
               "target)."),
    "approve": ("approve", "setujui SKP (Diajukan → Disetujui)",
                "Menyetujui SKP yang diajukan."),
    "return": ("return_to_draft", "kembalikan SKP ke Draft dengan catatan (wajib --note)",
               "Mengembalikan SKP yang diajukan menjadi Draft; catatan untuk pegawai wajib diisi."),
    "reopen": ("reopen", "buka kembali SKP yang disetujui (wajib --note)",
               "Membuka kembali SKP yang sudah disetujui menjadi Draft; alasan wajib diisi dan "
               "dicatat di jurnal."),
}
APPROACH_LABELS = {Approach.KUANTITATIF: "Kuantitatif", Approach.KUALITATIF: "Kualitatif"}
FORM_LABELS = {SkpForm.JPT: "JPT (Jabatan Pimpinan Tinggi)", SkpForm.JA_JF: "JA/JF"}
WRAP = 96


def add_parsers(sub, common) -> None:
    skp = sub.add_parser("skp", parents=[common],
                         help="SKP pegawai: lihat, buat, ubah isi, alur persetujuan",
                         description="Sasaran Kinerja Pegawai: lihat, buat, ubah RHK, indikator, "
                                     "perilaku kerja dan lampiran, ajukan, setujui, kembalikan, "
                                     "buka kembali, salin dari tahun lalu.")
    ss = skp.add_subparsers(title="perintah SKP", dest="skp_command", metavar="PERINTAH",
                            required=True, parser_class=Parser)

    def add(name: str, *, help: str, description: str, note: bool = False,
            approach: bool = False):
        p = ss.add_parser(name, parents=[common], help=help, description=description)
        p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                       help="NIP pegawai pemilik SKP")
        p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                       help="tahun SKP (bawaan: tahun ini)")
        if note:
            p.add_argument("--note", type=note_arg, default="", metavar="TEKS",
                           help="catatan atau alasan (wajib untuk return dan reopen)")
            p.add_argument("--atas-nama", dest="atas_nama", type=note_arg, default="",
                           metavar="ALASAN",
                           help="alasan bila pengelola kinerja bertindak atas nama pegawai "
                                "(ajukan) atau pejabat penilai (langkah lain); dicatat di jurnal")
        if approach:
            p.add_argument("--approach", choices=[a.value for a in Approach],
                           default=Approach.KUANTITATIF.value,
                           help="pendekatan hasil kerja (bawaan: kuantitatif)")
        return p

    add("show", help="tampilkan SKP pegawai",
        description="Menampilkan SKP: identitas, hasil kerja (A. UTAMA, B. TAMBAHAN), perilaku "
                    "kerja dan lampiran.").set_defaults(handler=cmd_show)
    add("create", approach=True, help="buat SKP Draft baru",
        description="Membuat SKP Draft untuk satu tahun (periode 1 Januari–31 Desember)."
        ).set_defaults(handler=cmd_create)
    for name, (method, help_text, description) in WORKFLOW.items():
        add(name, note=True, help=help_text, description=description).set_defaults(
            handler=cmd_workflow, method=method)
    add("copy-from-last-year", help="buat SKP Draft dari SKP tahun sebelumnya",
        description="Membuat SKP Draft untuk TAHUN dengan menyalin RHK, indikator, ekspektasi dan "
                    "lampiran dari SKP TAHUN-1.").set_defaults(handler=cmd_copy)
    skp_edit_commands.add_parsers(ss, common)
    skp_history_commands.add_parser(ss, common)


def _skp_of(ctx: CommandContext) -> tuple[Pegawai, Skp]:
    pegawai = ctx.pegawai(ctx.args.nip)
    return pegawai, ctx.services().skp.for_pegawai(pegawai.id, ctx.year)


def cmd_show(ctx: CommandContext) -> int:
    pegawai, skp = _skp_of(ctx)
    if ctx.json:
        ctx.emit(skp_json(skp, pegawai))
    else:
        ctx.print(render_skp(skp, pegawai))
    return 0


def _changed(ctx: CommandContext, skp: Skp, pegawai: Pegawai, what: str) -> int:
    if ctx.json:
        ctx.emit(skp_json(skp, pegawai))
    else:
        ctx.print(f"{what}: SKP {skp.year} {pegawai.full_name} ({nip_text(pegawai.nip)}). "
                  f"Status: {STATUS_LABELS[skp.status]}.")
    return 0


def cmd_create(ctx: CommandContext) -> int:
    pegawai = ctx.pegawai(ctx.args.nip)
    skp = ctx.services().skp.create(pegawai.id, ctx.year, approach=ctx.args.approach).value
    return _changed(ctx, skp, pegawai, "SKP dibuat")


def cmd_workflow(ctx: CommandContext) -> int:
    pegawai, skp = _skp_of(ctx)
    method = getattr(ctx.services().skp, ctx.args.method)
    result = method(skp.id, ctx.args.note, on_behalf_reason=ctx.args.atas_nama).value
    done = {"submit": "SKP diajukan", "approve": "SKP disetujui",
            "return_to_draft": "SKP dikembalikan", "reopen": "SKP dibuka kembali"}[ctx.args.method]
    return _changed(ctx, result, pegawai, done)


LOST_LINK_REASONS = {
    LostLinkReason.NO_SUPERVISOR: "pegawai tidak punya atasan",
    LostLinkReason.NO_SUPERVISOR_SKP: "atasan belum punya SKP tahun {year}",
    LostLinkReason.NO_MATCHING_RHK: "SKP {year} atasan tidak memuat RHK itu",
}


def cmd_copy(ctx: CommandContext) -> int:
    pegawai = ctx.pegawai(ctx.args.nip)
    copied = ctx.services().skp.copy_from_last_year(pegawai.id, ctx.year).value
    skp = copied.skp
    if ctx.json:
        ctx.emit({**skp_json(skp, pegawai), "lost_links": [
            {"kind": link.kind.value, "position": link.position, "text": link.text,
             "parent_text": link.parent_text, "reason": link.reason.value}
            for link in copied.lost_links]})
        return 0
    _changed(ctx, skp, pegawai, f"SKP disalin dari tahun {ctx.year - 1}")
    if copied.lost_links:
        ctx.print(lost_links_text(copied.lost_links, skp.year))
    return 0


def lost_links_text(links, year: int) -> str:
    """Which copied RHK intervene nothing now, and why (the user picks the atasan's RHK again)."""
    lines = [f"{len(links)} RHK kehilangan RHK atasan yang diintervensi; pilih lagi dengan "
             f"`skp rhk edit RHK_ID --parent ...` setelah atasan punya SKP {year}:"]
    for link in links:
        label = f"{'A' if link.kind is RhkKind.UTAMA else 'B'}.{link.position}"
        why = LOST_LINK_REASONS[link.reason].format(year=year)
        lines += _wrap(f"{link.text} (sebelumnya: {link.parent_text}; {why})", " " * 8,
                       first=f"  {label:<5} ")
    return "\n".join(lines)


# --- text rendering

def _wrap(text: str, prefix: str, *, first: str | None = None) -> list[str]:
    first = prefix if first is None else first
    lines = textwrap.wrap(" ".join(text.split()) or "-", width=WRAP, initial_indent=first,
                          subsequent_indent=prefix)
    return lines or [first + "-"]


def _date(d) -> str:
    return d.strftime("%d-%m-%Y")


def render_skp(skp: Skp, pegawai: Pegawai) -> str:
    lines = [f"SASARAN KINERJA PEGAWAI {skp.year}",
             f"Pegawai    : {pegawai.full_name} (NIP {nip_text(pegawai.nip)})",
             f"Jabatan    : {skp.position}",
             f"Unit kerja : {unit_path_text(skp.unit_path)}",
             f"Periode    : {_date(skp.period_start)} s.d. {_date(skp.period_end)}",
             f"Pendekatan : {APPROACH_LABELS[skp.approach]}",
             f"Bentuk     : {FORM_LABELS[skp.form]}",
             f"Status     : {STATUS_LABELS[skp.status]} (revisi {skp.revision})"]
    if skp.status_note:
        lines += _wrap(skp.status_note, " " * 13, first="Catatan    : ")
    lines += ["", "HASIL KERJA"]
    for kind, title in ((RhkKind.UTAMA, "A. UTAMA"), (RhkKind.TAMBAHAN, "B. TAMBAHAN")):
        lines.append(title)
        items = skp.rhk_of(kind)
        if not items:
            lines.append("   (belum ada)")
        for rhk in items:
            lines += _wrap(rhk.text, "    ", first=f"{rhk.position:>2}. ")
            if kind is RhkKind.UTAMA and skp.form is SkpForm.JA_JF:
                lines += _wrap(rhk.parent_rhk_text or "(belum dipilih)", " " * 8,
                               first="    RHK pimpinan yang diintervensi: ")
            elif rhk.parent_rhk_text:
                lines += _wrap(rhk.parent_rhk_text, " " * 8, first="    Mengintervensi: ")
            if rhk.perspective:
                lines.append(f"    Perspektif: {PERSPECTIVE_LABELS[rhk.perspective]}")
            if rhk.assignment_from:
                lines.append(f"    Penugasan dari: {rhk.assignment_from}")
            if not rhk.indicators:
                lines.append("    Indikator: (belum ada)")
            for ind in rhk.indicators:
                label = f"{ASPECT_LABELS[ind.aspect]}: " if ind.aspect else ""
                target = f" — Target: {ind.target}" if ind.target else ""
                lines += _wrap(f"{label}{ind.text}{target}", " " * 8, first="    - ")
    lines += ["", "PERILAKU KERJA"]
    for b in sorted(skp.behaviours, key=lambda b: b.core_value.number):
        lines.append(f"{b.core_value.number:>2}. {b.core_value.name}")
        for guide in b.core_value.guides:
            lines += _wrap(guide, " " * 8, first="    • ")
        lines += _wrap(b.expectation or "-", " " * 8, first="    Ekspektasi khusus pimpinan: ")
    lines += ["", "LAMPIRAN"]
    for section in LampiranSection:
        lines.append(LAMPIRAN_LABELS[section])
        items = skp.lampiran_of(section)
        if not items:
            lines.append("   (belum ada)")
        for item in items:
            lines += _wrap(item.text, "    ", first=f"{item.position:>2}. ")
    return "\n".join(lines)
