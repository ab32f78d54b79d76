"""`skpdesk eval distribution`: the distribution check of a supervisor's or a unit's predikat of
a period (issue 12; SKP-REFERENCE §3.3; rules and their reading: docs/penilaian-distribusi.md).

    skpdesk eval distribution (--supervisor NIP | --unit UNIT) --period P [--json]

It warns, it never blocks: the exit code is 0 whether rules are broken or not. JSON (contract):
`{"scope", "period", "organisation_predikat" (CLI word or null), "organisation_predikat_label",
"counts" (the five predikat LABELS, zeros included), "total", "unrated", "violations": [{"rule",
"wording", "predikat" (labels), "count", "total", "percent", "required_min", "required_max",
"message"}], "notes": [str], "rules": [str]}`.
"""

from __future__ import annotations

import argparse
from typing import Any

from skpdesk.domain.distribution import Violation, rule_texts
from skpdesk.domain.evaluation import PREDIKAT_AXIS
from skpdesk.domain.people import unit_path_text

from .arg_types import text_arg
from .command_context import CommandContext
from .output import table

EPILOG = """contoh:
  skpdesk eval distribution --supervisor 198001012005011001 --period 2026-TW1
  skpdesk eval distribution --unit "Dinas Kominfo" --period 2026-AKHIR --json

Yang dihitung: revisi terkini evaluasi setiap pegawai (draft juga) yang sudah mempunyai
predikat. Pola distribusi mengikuti predikat kinerja organisasi yang berlaku untuk unit pejabat
penilai (atau unit yang dipilih); bila belum ditetapkan, tidak ada yang diperiksa."""


def add_eval_subparsers(eval_sub, common) -> None:
    """Add `distribution` to the `eval` subcommands."""
    p = eval_sub.add_parser("distribution", parents=[common],
                            help="periksa pola distribusi predikat pegawai",
                            description="Memeriksa predikat pegawai suatu periode terhadap pola "
                                        "distribusi yang ditentukan predikat kinerja "
                                        "organisasi (SE MenPANRB 3/2023). Hanya peringatan.",
                            epilog=EPILOG,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--supervisor", type=text_arg("pejabat_penilai"), metavar="NIP",
                       help="NIP pejabat penilai: pegawai yang dinilainya")
    scope.add_argument("--unit", type=text_arg("unit"), metavar="UNIT",
                       help="jalur atau id unit: pegawai unit itu dan sub-unitnya")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="nama periode, mis. 2026-TW1 atau 2026-AKHIR")
    p.set_defaults(handler=cmd_eval_distribution)


def violation_json(v: Violation) -> dict[str, Any]:
    return {"rule": v.rule, "wording": v.wording, "predikat": [p.label for p in v.predikat],
            "count": v.count, "total": v.total, "percent": v.percent,
            "required_min": v.required_min, "required_max": v.required_max,
            "message": v.message}


def distribution_json(result) -> dict[str, Any]:
    org = result.org_predikat
    return {"scope": result.scope_label, "period": result.period.name,
            "organisation_predikat": org.predikat.value if org else None,
            "organisation_predikat_label": org.predikat.label if org else None,
            "counts": {p.label: result.counts.get(p, 0) for p in PREDIKAT_AXIS},
            "total": result.total, "unrated": result.unrated,
            "violations": [violation_json(v) for v in result.violations],
            "notes": list(result.notes),
            "rules": rule_texts(org.predikat) if org else []}


def cmd_eval_distribution(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    supervisor_id = ctx.pegawai(a.supervisor).id if a.supervisor else None
    result = services.distribution.check(supervisor_id=supervisor_id, unit_id=a.unit,
                                         period=a.period)
    if ctx.json:
        ctx.emit(distribution_json(result))
        return 0
    org = result.org_predikat
    ctx.print(f"Distribusi predikat kinerja pegawai: {result.scope_label}, "
              f"{result.period.label} ({result.period.name})")
    ctx.print("Capaian kinerja organisasi: " + (
        f"{org.predikat.label} ({unit_path_text(org.unit_path)})" if org else "belum ditetapkan"))
    rows = [[p.label, str(result.counts.get(p, 0)),
             f"{100.0 * result.counts.get(p, 0) / result.total:.1f}%".replace(".", ",")
             if result.total else "-"] for p in reversed(PREDIKAT_AXIS)]
    rows.append(["Jumlah dinilai", str(result.total), ""])
    if result.unrated:
        rows.append(["Belum dinilai", str(result.unrated), ""])
    ctx.print(table(["Predikat", "Pegawai", "Persen"], rows))
    if org is not None:
        ctx.print("Pola distribusi:")
        for text in rule_texts(org.predikat):
            ctx.print(f"  - {text}")
    if result.violations:
        ctx.print(f"Peringatan ({len(result.violations)} aturan tidak terpenuhi):")
        for v in result.violations:
            ctx.print(f"  ! {v.message}")
    elif org is not None and result.total:
        ctx.print("Semua aturan pola distribusi terpenuhi.")
    for note in result.notes:
        ctx.print(f"Catatan: {note}")
    return 0
