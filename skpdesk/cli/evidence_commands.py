"""`skpdesk evidence add|list|verify|replace|history|export`: bukti dukung (issue 11).

    skpdesk evidence add --nip NIP --rhk N --period P FILE... [--indicator M] [--description T]
    skpdesk evidence add --nip NIP --rhk N --period P --link URL_OR_TEXT [...]
    skpdesk evidence list --nip NIP [--period P | --year Y] [--all-versions]
    skpdesk evidence verify ID --accept|--reject [--reason T]
    skpdesk evidence replace ID FILE [--description T]
    skpdesk evidence history ID
    skpdesk evidence export ID --out FILE [--overwrite]

The SKP is the pegawai's SKP of the period's year; `--rhk N` as `feedback add --rhk` ("1",
"A.1", "B.2"); `--indicator M` the M-th indicator of that RHK. IDs: the full id or a unique
prefix of 8 or more characters. Who acts: `skpdesk me --set NIP` or `--as NIP`. All with
`--json` (lists as arrays, one record as an object). These names are a contract.
"""

from __future__ import annotations

import argparse
import datetime as dt

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import (MAX_FILES_PER_ADD, STATUS_LABELS, WAITING_FOR_FILE,
                                     Evidence, EvidenceKind)
from skpdesk.domain.skp import Skp
from skpdesk.services.evidence.plans import rhk_number as plan_rhk_number

from .arg_types import Parser, count_arg, note_arg, text_arg, year_arg
from .command_context import CommandContext, UsageError
from .dialog_commands import rhk_id_by_number
from .period_commands import add_today
from .serialize import nip_text

EPILOG = """contoh:
  skpdesk evidence add --nip 199001012015032003 --rhk 1 --period 2026-TW1 scan-laporan.pdf foto.jpg
  skpdesk evidence add --nip 199001012015032003 --rhk 1 --indicator 2 --period 2026-TW1 \\
      --link "https://drive.kantor.go.id/laporan-tw1" --description "Laporan triwulan I"
  skpdesk --as 198503152010011002 evidence verify 0190a1b2 --reject --reason "Tidak terbaca"
  skpdesk evidence export 0190a1b2 --out salinan.pdf

Periode: nama periode tahun itu (lihat skpdesk period list), mis. 2026-TW1, 2026-S1, 2026-03,
2026-AKHIR."""


def add_parsers(sub, common) -> None:
    ev = sub.add_parser("evidence", parents=[common], help="bukti dukung (berkas, tautan)",
                        description="Bukti dukung rencana aksi dan realisasi: berkas (PDF, "
                                    "gambar, dokumen Office) atau tautan, diverifikasi pejabat "
                                    "penilai.", epilog=EPILOG, formatter_class=_raw())
    es = ev.add_subparsers(title="perintah evidence", dest="evidence_command",
                           metavar="PERINTAH", required=True, parser_class=Parser)

    p = es.add_parser("add", parents=[common], help="tambah bukti dukung",
                      description=f"Menambahkan 1-{MAX_FILES_PER_ADD} berkas (atau satu tautan "
                                  "dengan --link) sebagai bukti dukung satu RHK (atau satu "
                                  "indikatornya) untuk satu periode. Semua atau tidak sama "
                                  "sekali: satu berkas ditolak, tidak ada yang disimpan.",
                      epilog=EPILOG, formatter_class=_raw())
    _cell_options(p)
    p.add_argument("files", nargs="*", metavar="BERKAS", help="berkas bukti dukung")
    p.add_argument("--link", type=note_arg, default=None, metavar="TAUTAN",
                   help="tautan atau rujukan (mis. letak arsip fisik) sebagai ganti berkas")
    p.add_argument("--description", type=note_arg, default="", metavar="TEKS",
                   help="keterangan bukti dukung")
    p.set_defaults(handler=cmd_add)

    p = es.add_parser("list", parents=[common], help="daftar bukti dukung pegawai",
                      description="Bukti dukung SKP seorang pegawai (versi terbaru; "
                                  "--all-versions: semua versi).")
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP", help="NIP pegawai")
    p.add_argument("--period", type=text_arg("periode"), default=None, metavar="PERIODE",
                   help="hanya periode ini (mis. 2026-TW1)")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun SKP tanpa --period (bawaan: tahun ini)")
    p.add_argument("--all-versions", action="store_true", help="termasuk versi yang sudah diganti")
    p.set_defaults(handler=cmd_list)

    p = es.add_parser("verify", parents=[common], help="terima atau tolak bukti dukung",
                      description="Pejabat penilai menerima (--accept) atau menolak (--reject, "
                                  "alasan wajib) bukti dukung versi terbaru.")
    p.add_argument("id", type=text_arg("id bukti dukung"), metavar="ID")
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--accept", action="store_true", help="terima")
    decision.add_argument("--reject", action="store_true", help="tolak (dengan --reason)")
    p.add_argument("--reason", type=note_arg, default="", metavar="TEKS", help="alasan")
    add_today(p)
    p.set_defaults(handler=cmd_verify)

    p = es.add_parser("replace", parents=[common], help="ganti bukti dukung dengan versi baru",
                      description="Mengganti bukti dukung (menunggu atau ditolak) dengan berkas "
                                  "baru; versi lama tetap tersimpan dalam riwayat.")
    p.add_argument("id", type=text_arg("id bukti dukung"), metavar="ID")
    p.add_argument("file", metavar="BERKAS")
    p.add_argument("--description", type=note_arg, default=None, metavar="TEKS",
                   help="keterangan baru (bawaan: keterangan lama)")
    add_today(p)
    p.set_defaults(handler=cmd_replace)

    p = es.add_parser("history", parents=[common], help="riwayat versi bukti dukung",
                      description="Semua versi satu bukti dukung, terlama dahulu.")
    p.add_argument("id", type=text_arg("id bukti dukung"), metavar="ID")
    p.set_defaults(handler=cmd_history)

    p = es.add_parser("export", parents=[common], help="salin berkas bukti dukung keluar",
                      description="Menyalin berkas bukti dukung ke BERKAS setelah memeriksa "
                                  "sidik SHA-256-nya (berkas yang berubah tidak diekspor).")
    p.add_argument("id", type=text_arg("id bukti dukung"), metavar="ID")
    p.add_argument("--out", required=True, type=text_arg("berkas keluaran"), metavar="BERKAS")
    p.add_argument("--overwrite", action="store_true", help="timpa BERKAS bila sudah ada")
    p.set_defaults(handler=cmd_export)


def _cell_options(p) -> None:
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                   help="NIP pegawai pemilik SKP")
    p.add_argument("--rhk", required=True, type=text_arg("nomor RHK"), metavar="N",
                   help="nomor RHK pada SKP (1 atau A.1 = RHK Utama 1, B.1 = RHK Tambahan 1)")
    p.add_argument("--indicator", type=count_arg(1, 999, "nomor indikator"), default=None,
                   metavar="M", help="nomor urut indikator pada RHK itu (1, 2, ...)")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="periode (mis. 2026-TW1)")
    add_today(p)


def _raw():
    return argparse.RawDescriptionHelpFormatter


# --- handlers
def cmd_add(ctx: CommandContext) -> int:
    a = ctx.args
    if a.link is not None and a.files:
        raise UsageError("berikan BERKAS atau --link, tidak keduanya")
    if a.link is None and not a.files:
        raise UsageError("berikan paling sedikit satu BERKAS, atau --link")
    if len(a.files) > MAX_FILES_PER_ADD:
        raise DomainError(ErrorCode.EVIDENCE_TOO_MANY_FILES, field="berkas",
                          count=len(a.files), limit=MAX_FILES_PER_ADD)
    files = [ctx.existing_file(f) for f in a.files]
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    info = services.periods.resolve(a.period)
    skp = services.skp.find(pegawai.id, info.period.year)
    if skp is None:
        raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(info.period.year))
    rhk_id = rhk_id_by_number(skp, a.rhk, field="rhk")
    indicator_id = indicator_id_by_number(skp, rhk_id, a.indicator)
    today = a.today
    if a.link is not None:
        added = [services.evidence.add_link(skp.id, rhk_id, info.name, a.link,
                                            indicator_id=indicator_id,
                                            description=a.description, today=today).value]
    else:
        added = services.evidence.add_files(skp.id, rhk_id, info.name, files,
                                            indicator_id=indicator_id,
                                            description=a.description, today=today).value
    if ctx.json:
        ctx.emit([evidence_json(e, skp, pegawai.nip) for e in added])
        return 0
    ctx.print(f"{len(added)} bukti dukung ditambahkan untuk {pegawai.full_name} "
              f"({nip_text(pegawai.nip)}), {info.label}:")
    for e in added:
        _print_line(ctx, e, skp)
    return 0


def cmd_list(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    period = None
    year = a.year if a.year is not None else dt.date.today().year
    if a.period:
        info = services.periods.resolve(a.period)
        period, year = info.name, info.period.year
    skp = services.skp.find(pegawai.id, year)
    if skp is None:
        raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(year))
    found = services.evidence.for_skp(skp.id, period, current_only=not a.all_versions)
    if ctx.json:
        ctx.emit([evidence_json(e, skp, pegawai.nip) for e in found])
        return 0
    ctx.print(f"Bukti dukung {pegawai.full_name} ({nip_text(pegawai.nip)}), SKP {year}"
              + (f", periode {period}" if period else "") + f": {len(found)}")
    for e in found:
        _print_line(ctx, e, skp)
    return 0


def cmd_verify(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    evidence_id = services.evidence.resolve_id(a.id)
    done = services.evidence.verify(evidence_id, bool(a.accept), a.reason or "",
                                    today=a.today).value
    return _one(ctx, services, done, f"Bukti dukung {_name(done)}: {status_label(done)}.")


def cmd_replace(ctx: CommandContext) -> int:
    a = ctx.args
    source = ctx.existing_file(a.file)
    services = ctx.services()
    evidence_id = services.evidence.resolve_id(a.id)
    new = services.evidence.replace(evidence_id, source, description=a.description,
                                    today=a.today).value
    return _one(ctx, services, new, f"Bukti dukung diganti: {_name(new)} (id {new.id}, "
                                    f"menggantikan {new.replaces_id}).")


def cmd_history(ctx: CommandContext) -> int:
    services = ctx.services()
    evidence_id = services.evidence.resolve_id(ctx.args.id)
    versions = services.evidence.history(evidence_id)
    skp = services.skp.get(versions[0].skp_id)
    nip = services.staff.get(skp.pegawai_id).nip
    if ctx.json:
        ctx.emit([evidence_json(e, skp, nip) for e in versions])
        return 0
    ctx.print(f"Riwayat bukti dukung: {len(versions)} versi")
    for n, e in enumerate(versions, 1):
        ctx.print(f"versi ke-{n}:")
        _print_line(ctx, e, skp)
    return 0


def cmd_export(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    evidence_id = services.evidence.resolve_id(a.id)
    out = services.evidence.export(evidence_id, a.out, overwrite=a.overwrite)
    e = services.evidence.get(evidence_id)
    if ctx.json:
        ctx.emit({"id": e.id, "out": str(out), "sha256": e.sha256, "size": e.size})
    else:
        ctx.print(f"Bukti dukung {_name(e)} disalin ke {out} (SHA-256 {e.sha256}).")
    return 0


# --- helpers
def indicator_id_by_number(skp: Skp, rhk_id: str, number: int | None) -> str | None:
    """The id of the `number`-th indicator (1-based, in their order) of an RHK of the SKP."""
    if number is None:
        return None
    rhk = next(r for r in skp.rhk if r.id == rhk_id)
    indicators = sorted(rhk.indicators, key=lambda i: i.position)
    if not 1 <= number <= len(indicators):
        raise DomainError(ErrorCode.INDICATOR_NOT_FOUND, field="indikator", value=str(number))
    return indicators[number - 1].id


def rhk_number(skp: Skp, rhk_id: str | None) -> str | None:
    """"A.1" (RHK Utama 1) or "B.2" (RHK Tambahan 2), as `--rhk` accepts it."""
    rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
    return plan_rhk_number(rhk) if rhk is not None else None


def indicator_number(skp: Skp, rhk_id: str | None, indicator_id: str | None) -> int | None:
    rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
    if rhk is None or not indicator_id:
        return None
    ordered = sorted(rhk.indicators, key=lambda i: i.position)
    return next((n for n, i in enumerate(ordered, 1) if i.id == indicator_id), None)


def status_label(e: Evidence) -> str:
    """The status as people read it; "menunggu lampiran" while the file has not arrived."""
    return WAITING_FOR_FILE if not e.available else STATUS_LABELS[e.status]


def evidence_json(e: Evidence, skp: Skp, nip: str | None) -> dict:
    """One bukti as `--json` shows it (the keys are a contract)."""
    return {"id": e.id, "nip": nip, "rhk": rhk_number(skp, e.rhk_id), "rhk_id": e.rhk_id,
            "indicator": indicator_number(skp, e.rhk_id, e.indicator_id),
            "indicator_id": e.indicator_id, "period": e.period, "kind": e.kind.value,
            "original_name": e.original_name or None, "file": e.file_ref or None,
            "sha256": e.sha256 or None, "size": e.size if e.kind is EvidenceKind.FILE else None,
            "mime": e.mime or None, "link": e.link or None, "description": e.description,
            "status": e.status.value, "status_label": status_label(e),
            "status_reason": e.status_reason, "added_on": e.added_on.isoformat(),
            "added_by": e.added_by_name or None,
            "verified_on": e.verified_on.isoformat() if e.verified_on else None,
            "verified_by": e.verified_by_name or None, "replaces_id": e.replaces_id,
            "replaced_by_id": e.replaced_by_id, "available": e.available}


def _one(ctx: CommandContext, services, e: Evidence, text: str) -> int:
    if ctx.json:
        skp = services.skp.get(e.skp_id)
        ctx.emit(evidence_json(e, skp, services.staff.get(skp.pegawai_id).nip))
    else:
        ctx.print(text)
    return 0


def _name(e: Evidence) -> str:
    return f"\"{e.original_name}\"" if e.kind is EvidenceKind.FILE else f"tautan \"{e.link}\""


def _print_line(ctx: CommandContext, e: Evidence, skp: Skp) -> None:
    where = rhk_number(skp, e.rhk_id) or "-"
    number = indicator_number(skp, e.rhk_id, e.indicator_id)
    if number:
        where += f" indikator {number}"
    size = f"{e.size:,}".replace(",", ".")
    what = (f"{e.original_name} ({size} bait, SHA-256 {e.hash_prefix})"
            if e.kind is EvidenceKind.FILE else f"tautan: {e.link}")
    ctx.print(f"- {e.id}  {e.period}  RHK {where}: {what}")
    reason = f" ({e.status_reason})" if e.status_reason else ""
    ctx.print(f"    {status_label(e)}{reason}; ditambahkan {e.added_on.isoformat()} oleh "
              f"{e.added_by_name or '-'}" + (f"; {e.description}" if e.description else ""))

