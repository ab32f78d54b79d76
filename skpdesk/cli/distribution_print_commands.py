"""`skpdesk print distribusi`: the distribution sheet of a pejabat penilai's team or a unit for
one period, as a one-page A4 PDF (issue 12; `reports.distribution_pdf`).

    skpdesk print distribusi (--supervisor NIP | --unit UNIT) --period P [--out FILE.pdf] [--json]

The sheet shows the capaian kinerja organisasi, the kurva with the actual distribution, the
counts and each broken rule (the same check as `skpdesk eval distribution`). It is a working
paper, not a signed form: no document code is recorded. Broken rules are warnings: exit 0.
"""

from __future__ import annotations

from pathlib import Path

from .arg_types import text_arg
from .command_context import CommandContext


def add_distribution_parser(ps, common) -> None:
    """Register `distribusi` under `print` (`ps`: its subparsers)."""
    p = ps.add_parser(
        "distribusi", parents=[common], help="cetak distribusi predikat kinerja pegawai",
        description="Mencetak DISTRIBUSI PREDIKAT KINERJA PEGAWAI satu periode ke PDF (satu "
                    "halaman A4): capaian kinerja organisasi, kurva pola distribusi dengan "
                    "sebaran predikat yang sebenarnya, jumlah per predikat, dan aturan yang "
                    "tidak terpenuhi.")
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--supervisor", type=text_arg("pejabat_penilai"), metavar="NIP",
                       help="NIP pejabat penilai: pegawai yang dinilainya")
    scope.add_argument("--unit", type=text_arg("unit"), metavar="UNIT",
                       help="jalur atau id unit: pegawai unit itu dan sub-unitnya")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="nama periode, mis. 2026-TW1 atau 2026-AKHIR")
    p.add_argument("--out", default=None, type=text_arg("berkas PDF"), metavar="BERKAS.pdf",
                   help="berkas PDF yang ditulis (bawaan: DistribusiPredikat_<lingkup>_<periode>"
                        ".pdf di folder kerja)")
    p.set_defaults(handler=cmd_print_distribution)


def cmd_print_distribution(ctx: CommandContext) -> int:
    from skpdesk.reports.distribution_pdf import file_name, render_distribution  # ReportLab

    a = ctx.args
    services = ctx.services()
    supervisor_id = ctx.pegawai(a.supervisor).id if a.supervisor else None
    result = services.distribution.check(supervisor_id=supervisor_id, unit_id=a.unit,
                                         period=a.period)
    out = Path(a.out).expanduser() if a.out else Path.cwd() / file_name(result)
    instansi = services.office.instansi()
    pages = render_distribution(result, out, instansi=instansi.name if instansi else "")
    org = result.org_predikat
    if ctx.json:
        ctx.emit({"ok": True, "kind": "distribusi", "scope": result.scope_label,
                  "period": result.period.name, "file": str(out), "pages": pages,
                  "organisation_predikat": org.predikat.value if org else None,
                  "total": result.total, "unrated": result.unrated,
                  "violations": len(result.violations)})
        return 0
    ctx.print(f"Distribusi predikat {result.scope_label}, {result.period.label}, dicetak ke "
              f"{out}: {pages} halaman, {result.total} pegawai dinilai, "
              f"{len(result.violations)} aturan tidak terpenuhi.")
    return 0
