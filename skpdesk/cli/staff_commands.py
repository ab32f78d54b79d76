"""`skpdesk staff ...`: import, template, export, list the pegawai and change one of them."""

from __future__ import annotations

from pathlib import Path

from skpdesk.domain.errors import ImportRejected
from skpdesk.domain.people import EMPLOYMENT_STATUS_LABELS, EmploymentStatus, unit_path_text
from skpdesk.services import fields as F
from skpdesk.services.staff import EDITABLE_COLUMNS, StatusChange
from skpdesk.services.staff_files import StaffFilesService

from .arg_types import Parser, note_arg, text_arg
from .command_context import CommandContext, UsageError
from .messages import format_error, thousands
from .output import table
from .serialize import nip_text, pegawai_json


def add_parsers(sub, common) -> None:
    staff = sub.add_parser("staff", parents=[common], help="data pegawai: impor, ekspor, daftar, ubah",
                           description="Data pegawai: impor dari berkas .xlsx/.csv, templat, "
                                       "ekspor, daftar dan ubah satu pegawai.")
    ss = staff.add_subparsers(title="perintah pegawai", dest="staff_command", metavar="PERINTAH",
                              required=True, parser_class=Parser)

    p = ss.add_parser("import", parents=[common], help="impor pegawai dari berkas .xlsx atau .csv",
                      description="Impor pegawai dari berkas .xlsx atau .csv (kolom seperti templat). "
                                  "Semua baris diperiksa dulu; bila ada satu masalah, tidak ada yang "
                                  "disimpan dan setiap masalah ditampilkan per baris dan kolom.")
    p.add_argument("file", metavar="BERKAS", help="berkas .xlsx atau .csv")
    p.set_defaults(handler=cmd_import)

    p = ss.add_parser("template", parents=[common], help="tulis templat .xlsx untuk impor pegawai",
                      description="Menulis templat .xlsx berisi kolom, satu baris contoh dan petunjuk.")
    p.add_argument("--out", required=True, metavar="BERKAS", help="berkas .xlsx yang ditulis")
    p.set_defaults(handler=cmd_template)

    p = ss.add_parser("export", parents=[common], help="ekspor semua pegawai ke .xlsx atau .csv",
                      description="Mengekspor semua pegawai ke .xlsx atau .csv; berkas itu dapat "
                                  "diimpor kembali.")
    p.add_argument("file", metavar="BERKAS", help="berkas .xlsx atau .csv yang ditulis")
    p.set_defaults(handler=cmd_export)

    p = ss.add_parser("list", parents=[common], help="daftar pegawai",
                      description="Daftar pegawai, diurutkan menurut nama.")
    p.add_argument("--search", type=text_arg("teks pencarian"), default=None, metavar="TEKS",
                   help="cari pada nama atau NIP")
    p.add_argument("--unit", type=text_arg("unit kerja"), default=None, metavar="UNIT",
                   help="hanya unit kerja ini, mis. \"Sekretariat/Subbagian Umum\"")
    p.set_defaults(handler=cmd_list)

    p = ss.add_parser("set", parents=[common], help="ubah data satu pegawai",
                      description="Mengubah data satu pegawai; kolom yang tidak disebut tetap. "
                                  "Nama opsi mengikuti kolom berkas pegawai (nip_atasan -> "
                                  "--nip-atasan). Teks kosong (\"\") mengosongkan kolom yang boleh "
                                  "kosong, mis. --nip-atasan \"\" melepas atasan. Aturannya sama "
                                  "dengan impor; bila satu kolom salah, tidak ada yang disimpan. "
                                  "--status menandai pegawai tidak aktif lagi (pensiun, "
                                  "mutasi_keluar) atau aktif kembali; data dan riwayatnya tetap.")
    p.add_argument("nip", type=text_arg("NIP"), metavar="NIP", help="NIP pegawai yang diubah")
    for column, help_text in SET_OPTIONS.items():
        option = "--nip-baru" if column == "nip" else "--" + column.replace("_", "-")
        p.add_argument(option, dest=f"set_{column}", default=None, type=note_arg,
                       metavar="NILAI", help=help_text)
    p.add_argument("--status", dest="set_status", default=None,
                   choices=[s.value for s in EmploymentStatus],
                   help="status kepegawaian: aktif, pensiun atau mutasi_keluar")
    p.add_argument("--since", dest="set_since", default=None, metavar="TTTT-BB-HH",
                   help="tanggal berlakunya --status (bawaan: hari ini)")
    p.set_defaults(handler=cmd_set)


SET_OPTIONS = {
    "nip": "NIP baru (PNS/PPPK 18 digit)",
    "nama": "nama tanpa gelar",
    "gelar_depan": "gelar di depan nama",
    "gelar_belakang": "gelar di belakang nama",
    "jenis_asn": "PNS, PPPK atau NON_ASN",
    "golongan": "golongan (PNS I/a … IV/e, PPPK I … XVII)",
    "jabatan": "nama jabatan",
    "jenis_jabatan": "jpt, administrator, pengawas, pelaksana atau fungsional",
    "jenjang": "jenjang jabatan fungsional, mis. \"Ahli Muda\"",
    "unit": "unit kerja, mis. \"Sekretariat/Subbagian Umum\" (dibuat bila belum ada)",
    "nip_atasan": "NIP atasan langsung (Pejabat Penilai Kinerja)",
    "nip_atasan_penilai": "NIP Atasan Pejabat Penilai bila bukan atasan dari atasan",
}
assert tuple(SET_OPTIONS) == EDITABLE_COLUMNS


def cmd_import(ctx: CommandContext) -> int:
    path = ctx.existing_file(ctx.args.file)
    services = ctx.services()
    try:
        report = services.staff_files.import_file(path)
    except ImportRejected as rejected:
        problems = [{"row": p.row, "column": p.column, "code": p.error.code.value,
                     "message": format_error(p.error)} for p in rejected.problems]
        summary = format_error(rejected)
        # The report lists the first problems by row; the rest are counted, not listed.
        more = f"… dan {thousands(rejected.omitted)} masalah lain." if rejected.omitted else ""
        if ctx.json:
            ctx.emit({"ok": False, "code": rejected.code.value, "message": summary,
                      "problems": problems, "omitted": rejected.omitted})
            ctx.warn(summary)
        else:
            ctx.warn(summary)
            ctx.warn(table(["Baris", "Kolom", "Masalah"],
                           [[p["row"], p["column"] or "-", p["message"]] for p in problems]))
            if more:
                ctx.warn(more)
        return 1
    data = {"rows": report.rows, "created": report.created, "updated": report.updated,
            "unchanged": report.unchanged}
    if ctx.json:
        ctx.emit({"ok": True, "file": str(path), **data})
    else:
        ctx.print(f"Impor selesai dari {path}: {report.rows} baris; {report.created} ditambahkan, "
                  f"{report.updated} diperbarui, {report.unchanged} tidak berubah.")
    return 0


def cmd_template(ctx: CommandContext) -> int:
    out = Path(ctx.args.out).expanduser()
    # The template needs no database: it is written even before `skpdesk init`.
    StaffFilesService(None, "cli").write_template(out)
    if ctx.json:
        ctx.emit({"ok": True, "file": str(out)})
    else:
        ctx.print(f"Templat pegawai ditulis ke {out}")
    return 0


def cmd_export(ctx: CommandContext) -> int:
    out = Path(ctx.args.file).expanduser()
    services = ctx.services()
    services.staff_files.export_file(out)
    count = services.staff.count()
    if ctx.json:
        ctx.emit({"ok": True, "file": str(out), "count": count})
    else:
        ctx.print(f"{count} pegawai diekspor ke {out}")
    return 0


def cmd_list(ctx: CommandContext) -> int:
    people = ctx.services().staff.list(search=ctx.args.search, unit_path=ctx.args.unit)
    if ctx.json:
        ctx.emit([pegawai_json(p) for p in people])
        return 0
    if not people:
        ctx.print("Tidak ada pegawai yang cocok.")
        return 0
    rows = [[nip_text(p.nip), p.full_name, p.rank_code or "-", p.position,
             unit_path_text(p.unit_path),
             nip_text(p.supervisor_nip) if p.supervisor_nip else "-"] for p in people]
    ctx.print(table(["NIP", "Nama", "Gol.", "Jabatan", "Unit kerja", "NIP atasan"], rows,
                    max_widths=[None, 40, None, 40, 40, None]))
    ctx.print(f"\n{len(people)} pegawai")
    return 0


def cmd_set(ctx: CommandContext) -> int:
    changes = {column: getattr(ctx.args, f"set_{column}") for column in SET_OPTIONS
               if getattr(ctx.args, f"set_{column}") is not None}
    status, since = ctx.args.set_status, ctx.args.set_since
    if since is not None and status is None:
        raise UsageError("--since hanya berlaku bersama --status")
    if not changes and status is None:
        raise UsageError("tidak ada yang diubah; sebutkan paling sedikit satu kolom, mis. --nama "
                         "atau --jabatan, atau --status (lihat staff set --help)")
    if since is not None:
        since = F.date(since, "sejak")  # checked before anything is written
    services = ctx.services()
    result = ctx.pegawai(ctx.args.nip)
    if changes:
        result = services.staff.edit(result, changes).value
    change = None
    if status is not None:
        change = services.staff.set_employment_status(result.id, status, since).value
        result = change.pegawai
    if ctx.json:
        data = pegawai_json(result)
        if change is not None:
            data["warnings"] = status_warnings_json(change)
        ctx.emit(data)
    else:
        ctx.print(f"Data pegawai {result.full_name} ({nip_text(result.nip)}) disimpan.")
        if change is not None:
            label = EMPLOYMENT_STATUS_LABELS[result.employment_status]
            ctx.print(f"Status kepegawaian: {label} sejak {result.status_since.isoformat()}.")
            for line in status_warning_lines(change):
                ctx.warn(line)
    return 0


def status_warnings_json(change: StatusChange) -> dict:
    """What still hangs on a pegawai who left (empty lists when active or nothing hangs)."""
    if change.pegawai.is_active:
        return {"active_subordinates": [], "open_skps": []}
    return {"active_subordinates": [{"id": p.id, "nip": p.nip, "name": p.full_name}
                                    for p in change.active_subordinates],
            "open_skps": [{"id": s.id, "year": s.year, "status": s.status.value}
                          for s in change.open_skps]}


def status_warning_lines(change: StatusChange) -> list[str]:
    if not change.warnings:
        return []
    lines = []
    if change.active_subordinates:
        names = ", ".join(p.full_name for p in change.active_subordinates[:5])
        more = len(change.active_subordinates) - 5
        lines.append(f"Peringatan: {len(change.active_subordinates)} bawahan langsung masih aktif "
                     f"({names}{f', +{more}' if more > 0 else ''}); pindahkan ke atasan lain "
                     f"dengan staff set NIP --nip-atasan NIP_BARU.")
    if change.open_skps:
        years = ", ".join(f"{s.year} ({s.status.value})" for s in change.open_skps)
        lines.append(f"Peringatan: SKP yang belum disetujui masih ada: {years}.")
    return lines
