"""`skpdesk init` (create the office), `skpdesk demo` (a demo office for trying the app) and
`skpdesk office show|set` (name, city, logo and the office settings such as the print options)."""

from __future__ import annotations

import argparse

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.settings import OFFICE_SETTINGS
from skpdesk.domain.skp import STATUS_LABELS, SkpStatus

from .arg_types import count_arg, text_arg, year_arg
from .command_context import CommandContext, UsageError


def add_parsers(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="buat instansi di basis data baru",
                       description="Membuat instansi (sekali per basis data) beserta tujuh nilai "
                                   "BerAKHLAK bawaan.")
    p.add_argument("--instansi", required=True, metavar="NAMA", type=text_arg("nama instansi"),
                   help="nama instansi, mis. \"Dinas Kominfo Kabupaten Contoh\"")
    p.add_argument("--city", "--kota", dest="city", required=True, metavar="KOTA",
                   type=text_arg("kota"), help="kota untuk baris tanda tangan, mis. \"Wonosari\"")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="isi basis data kosong dengan data contoh",
                       description="Membuat instansi contoh dengan pegawai, atasan dan SKP agar "
                                   "aplikasi dapat dicoba. Hanya untuk basis data kosong.")
    p.add_argument("--employees", type=count_arg(5, 10_000, "jumlah pegawai"), default=40, metavar="N",
                   help="jumlah pegawai contoh termasuk Bupati (5–10000, bawaan 40)")
    p.add_argument("--seed", type=count_arg(0, 2**31 - 1, "seed"), default=None, metavar="S",
                   help="angka acak awal agar hasilnya dapat diulang")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun SKP contoh (bawaan: tahun ini)")
    p.set_defaults(handler=cmd_demo)

    office = sub.add_parser("office", help="lihat atau ubah data instansi",
                            description="Menampilkan atau mengubah nama, kota dan logo instansi.")
    office_sub = office.add_subparsers(dest="office_command", metavar="PERINTAH", required=True)
    p = office_sub.add_parser("show", parents=[common], help="tampilkan data instansi")
    p.set_defaults(handler=cmd_office_show)
    p = office_sub.add_parser("set", parents=[common], help="ubah nama, kota atau logo instansi")
    p.add_argument("--instansi", metavar="NAMA", type=text_arg("nama instansi"), default=None,
                   help="nama instansi baru")
    p.add_argument("--city", "--kota", dest="city", metavar="KOTA", type=text_arg("kota"),
                   default=None, help="kota untuk baris tanda tangan")
    p.add_argument("--logo", metavar="BERKAS", default=None,
                   help="gambar logo (PNG atau JPEG, paling besar 2 MB) untuk formulir cetak")
    p.add_argument("--setting", metavar="KUNCI=NILAI", type=setting_arg, action="append",
                   default=None,
                   help="ubah satu pengaturan instansi (boleh diulang); pengaturan: "
                        + ", ".join(sorted(OFFICE_SETTINGS)) + " (lihat: skpdesk office show)")
    p.set_defaults(handler=cmd_office_set)


def setting_arg(text: str) -> tuple[str, str]:
    """ "print.place_date=city_blank" -> ("print.place_date", "city_blank")."""
    key, sep, value = str(text).partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(
            f"pengaturan harus berbentuk KUNCI=NILAI, mis. print.place_date=city_blank "
            f"(tertulis '{text}')")
    return key.strip(), value.strip()


def cmd_init(ctx: CommandContext) -> int:
    services = ctx.services(create=True)
    inst = services.office.init_office(ctx.args.instansi, ctx.args.city).value
    if ctx.json:
        ctx.emit({"ok": True, "instansi": {"id": inst.id, "name": inst.name, "city": inst.city},
                  "db": ctx.db_path})
    else:
        ctx.print(f"Instansi dibuat: {inst.name} ({inst.city}).")
        ctx.print(f"Basis data: {ctx.db_path}")
        ctx.print("Langkah berikut: skpdesk staff template --out pegawai.xlsx, isi, lalu "
                  "skpdesk staff import pegawai.xlsx")
    return 0


def cmd_demo(ctx: CommandContext) -> int:
    services = ctx.services(create=True)
    a = ctx.args
    shown = {"last": -1}
    interactive = not ctx.json and getattr(ctx.err, "isatty", lambda: False)()

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if interactive and percent // 10 != shown["last"]:
            shown["last"] = percent // 10
            ctx.err.write(f"\rMembuat data contoh: {done}/{total} pegawai")
            ctx.err.flush()

    report = services.demo.fill(employees=a.employees, seed=a.seed, year=ctx.year, progress=progress)
    if shown["last"] >= 0:
        ctx.err.write("\n")
    statuses = {STATUS_LABELS[SkpStatus(k)]: v for k, v in sorted(
        report.statuses.items(), key=lambda kv: list(SkpStatus).index(SkpStatus(kv[0])))}
    if ctx.json:
        ctx.emit({"ok": True, "db": ctx.db_path, "instansi": report.instansi,
                  "pegawai": report.pegawai, "skp": report.skp, "rhk": report.rhk,
                  "statuses": report.statuses, "year": report.year, "seed": a.seed,
                  "dialogs": report.dialogs, "follow_ups": report.follow_ups,
                  "feedback": report.feedback,
                  "today": report.today.isoformat() if report.today else None})
        return 0
    ctx.print(f"Data contoh dibuat: {report.instansi}")
    ctx.print(f"  Pegawai : {report.pegawai}")
    ctx.print(f"  SKP {report.year}: {report.skp} ("
              + ", ".join(f"{label} {n}" for label, n in statuses.items()) + ")")
    ctx.print(f"  RHK     : {report.rhk}")
    if report.dialogs:
        ctx.print(f"  Dialog  : {report.dialogs} (tindak lanjut {report.follow_ups}, umpan balik "
                  f"{report.feedback}; sampai {report.today:%d-%m-%Y})")
    ctx.print(f"Basis data: {ctx.db_path}")
    ctx.print("Coba: skpdesk staff list, skpdesk cascade --problems-only, skpdesk check")
    return 0


def _instansi_json(inst) -> dict:
    return {"id": inst.id, "name": inst.name, "city": inst.city, "logo": inst.logo_path}


def cmd_office_show(ctx: CommandContext) -> int:
    inst = ctx.services().office.instansi()
    if inst is None:
        raise DomainError(ErrorCode.OFFICE_MISSING)
    settings = ctx.services().office.settings()
    if ctx.json:
        ctx.emit({"ok": True, "instansi": _instansi_json(inst), "settings": settings,
                  "db": ctx.db_path})
    else:
        ctx.print(f"Instansi : {inst.name}")
        ctx.print(f"Kota     : {inst.city}")
        ctx.print(f"Logo     : {inst.logo_path or '-'}")
        ctx.print("Pengaturan (ubah dengan: skpdesk office set --setting KUNCI=NILAI):")
        for key, value in settings.items():
            spec = OFFICE_SETTINGS[key]
            ctx.print(f"  {key} = {value}")
            if spec.choices:
                ctx.print(f"      pilihan: {', '.join(spec.choices)}")
    return 0


def cmd_office_set(ctx: CommandContext) -> int:
    a = ctx.args
    settings = dict(a.setting or [])
    if a.instansi is None and a.city is None and a.logo is None and not settings:
        raise UsageError("sebutkan paling sedikit satu dari --instansi, --city, --logo atau "
                         "--setting KUNCI=NILAI")
    logo = ctx.existing_file(a.logo) if a.logo is not None else None
    services = ctx.services()
    # Each change is its own action. Settings are checked first (all of them, against their
    # declared choices) and the logo before name/city, so a bad value changes nothing.
    for key, value in settings.items():
        _check_setting(key, value)
    inst = services.office.instansi()
    if inst is None:
        raise DomainError(ErrorCode.OFFICE_MISSING)
    if logo is not None:
        inst = services.office.set_logo(logo).value
    if a.instansi is not None or a.city is not None:
        inst = services.office.update_instansi(name=a.instansi, city=a.city).value
    for key, value in settings.items():
        services.office.set_setting(key, value)
    if ctx.json:
        ctx.emit({"ok": True, "instansi": _instansi_json(inst),
                  "settings": services.office.settings()})
    else:
        if logo is not None or a.instansi is not None or a.city is not None:
            ctx.print(f"Instansi diperbarui: {inst.name} ({inst.city})"
                      + (f", logo {inst.logo_path}" if inst.logo_path else ""))
        for key, value in settings.items():
            ctx.print(f"Pengaturan diubah: {key} = {value}")
    return 0


def _check_setting(key: str, value: str) -> None:
    """The checks of `OfficeService.set_setting`, before anything is written."""
    spec = OFFICE_SETTINGS.get(key)
    if spec is None:
        raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="pengaturan", value=key,
                          allowed=sorted(OFFICE_SETTINGS))
    if spec.choices and value not in spec.choices:
        raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field="nilai", value=value,
                          allowed=list(spec.choices))
