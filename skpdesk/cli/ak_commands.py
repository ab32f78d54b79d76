"""`skpdesk ak`: angka kredit of a pegawai in a jabatan fungsional (issue 12; SKP-REFERENCE §3.5).

    skpdesk ak --nip NIP --year Y [--months N] [--json]

Which evaluations count: `services.evaluation.angka_kredit` (module doc). JSON (a contract):
`{"nip", "name", "year", "jenjang", "koefisien", "angka_kredit": {"periods": [{"period",
"predikat" (label), "predikat_code", "percentage" (150, not 1.5), "jenjang", "koefisien",
"months", "value", "provisional"}], "total"}, "cumulative", "years": [{"year", "total"}],
"basis" ("akhir", "periodik", "campuran" or "" when nothing counted), "basis_label"}`.
Numbers are JSON numbers with at most two decimals (18.75, 12.5).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from skpdesk.domain.angka_kredit import AngkaKreditReport
from skpdesk.services.evaluation.angka_kredit import BASIS_LABELS

from .arg_types import count_arg, text_arg, year_arg
from .command_context import CommandContext
from .output import table
from .period_commands import add_today
from .serialize import nip_text

EPILOG = """contoh:
  skpdesk ak --nip 199001012015032003 --year 2026
  skpdesk ak --nip 199001012015032003 --year 2026 --months 2 --json

AK = bulan/12 x persentase predikat x koefisien jenjang (Perban BKN 3/2023): Sangat Baik 150%,
Baik 100%, Butuh Perbaikan 75%, Kurang 50%, Sangat Kurang 25%; koefisien Ahli Pertama 12,5,
Ahli Muda 25, Ahli Madya 37,5, Ahli Utama 50, Pemula 3,75, Terampil 5, Mahir 12,5, Penyelia
25. Dihitung dari evaluasi yang sudah ditetapkan: evaluasi AKHIR tahun itu bila ada (bulan =
bulan SKP dalam tahun itu, atau --months), selain itu evaluasi periodik (sementara)."""


def add_parsers(sub, common) -> None:
    p = sub.add_parser("ak", parents=[common], help="angka kredit jabatan fungsional",
                       description="Angka kredit pegawai jabatan fungsional dari predikat "
                                   "kinerja, per periode, setahun dan kumulatif.",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                   help="NIP pegawai")
    p.add_argument("--year", required=True, type=year_arg, metavar="TAHUN", help="tahun")
    p.add_argument("--months", type=count_arg(1, 12, "jumlah bulan"), default=None,
                   metavar="N", help="jumlah bulan untuk tahun yang tidak penuh (1 sampai 12)")
    add_today(p)
    p.set_defaults(handler=cmd_ak)


def ak_json(report: AngkaKreditReport) -> dict[str, Any]:
    """The contract object of `skpdesk ak --json` (module doc)."""
    return {
        "nip": report.nip or None, "name": report.name, "year": report.year,
        "jenjang": report.jenjang or None, "koefisien": float(report.koefisien),
        "angka_kredit": {
            "periods": [{"period": i.period, "predikat": i.predikat.label,
                         "predikat_code": i.predikat.value, "percentage": int(i.percentage),
                         "jenjang": i.jenjang, "koefisien": float(i.koefisien),
                         "months": i.months, "value": float(i.value),
                         "provisional": i.provisional} for i in report.items],
            "total": float(report.total)},
        "cumulative": float(report.cumulative),
        "years": [{"year": y, "total": float(total)} for y, total in report.years],
        "basis": report.basis, "basis_label": BASIS_LABELS.get(report.basis, report.basis),
    }


def _id(value: Decimal) -> str:
    """"18,75": Indonesian decimals, as the reference writes them."""
    return f"{value:.2f}".replace(".", ",")


def cmd_ak(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    report = services.angka_kredit.for_year(pegawai.id, a.year, months=a.months, today=a.today)
    if ctx.json:
        ctx.emit(ak_json(report))
        return 0
    koef = f"{report.koefisien:g}".replace(".", ",")
    ctx.print(f"Angka kredit {report.name} ({nip_text(report.nip)}), tahun {report.year}")
    ctx.print(f"  Jenjang: {report.jenjang or '-'} (koefisien {koef})")
    ctx.print(f"  Dasar: {BASIS_LABELS.get(report.basis, report.basis)}")
    if report.items:
        rows = [[i.period, i.predikat.label, f"{int(i.percentage)}%",
                 f"{i.koefisien:g}".replace(".", ","), i.months, _id(i.value),
                 "sementara" if i.provisional else ""] for i in report.items]
        ctx.print(table(["Periode", "Predikat", "Persentase", "Koefisien", "Bulan", "AK", ""],
                        rows))
    ctx.print(f"  Jumlah tahun {report.year}: {_id(report.total)}")
    ctx.print(f"  Kumulatif sampai tahun {report.year}: {_id(report.cumulative)}")
    return 0
