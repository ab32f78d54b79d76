"""`skpdesk cascade`: the intervensi tree of RHK (with orphans flagged) and the Matriks Peran Hasil."""

from __future__ import annotations

from skpdesk.domain.cascade import Cascade, CascadeProblem, PeranHasilMatrix

from .arg_types import text_arg, year_arg
from .command_context import CommandContext, UsageError
from .output import indent
from .serialize import nip_text

PROBLEM_FLAGS = {CascadeProblem.ORPHAN: "[YATIM]",
                 CascadeProblem.PARENT_OUTSIDE: "[DI LUAR SKP ATASAN]"}
PROBLEM_NOTES = {
    CascadeProblem.ORPHAN: "RHK Utama yang tidak mengintervensi RHK atasan mana pun",
    CascadeProblem.PARENT_OUTSIDE: "RHK yang mengintervensi RHK di luar SKP atasan langsung tahun ini",
}
MAX_TEXT = 110


def add_parsers(sub, common) -> None:
    p = sub.add_parser(
        "cascade", parents=[common], help="pohon kaskade (intervensi) RHK dan Matriks Peran Hasil",
        description="Menampilkan RHK Utama seluruh instansi sebagai pohon: setiap RHK di bawah RHK "
                    "atasan yang diintervensinya. RHK yatim ditandai [YATIM], RHK yang menunjuk RHK di "
                    "luar SKP atasan ditandai [DI LUAR SKP ATASAN]. Dengan --matrix: Matriks Peran "
                    "Hasil seorang atasan.")
    p.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                   help="tahun SKP (bawaan: tahun ini)")
    p.add_argument("--supervisor", type=text_arg("NIP atasan"), default=None, metavar="NIP",
                   help="hanya RHK atasan ini dan bawahannya")
    p.add_argument("--problems-only", action="store_true",
                   help="hanya RHK bermasalah (yatim atau di luar SKP atasan)")
    p.add_argument("--matrix", action="store_true",
                   help="Matriks Peran Hasil atasan (--supervisor wajib)")
    p.set_defaults(handler=cmd_cascade)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def render_tree(cascade: Cascade, year: int) -> str:
    lines = [f"Kaskade RHK tahun {year}"]
    if not cascade.roots:
        lines.append("(tidak ada RHK Utama)")
    for node, depth in cascade.walk():
        r = node.row
        flag = f" {PROBLEM_FLAGS[node.problem]}" if node.problem else ""
        lines.append(f"{'  ' * depth}- {r.pegawai_name} ({nip_text(r.nip)}) RHK {r.order}: "
                     f"{_clip(r.text)}{flag}")
    counts = {p: sum(1 for n in cascade.problems if n.problem is p) for p in CascadeProblem}
    if any(counts.values()):
        lines.append("")
        lines.append("Masalah kaskade:")
        for problem, count in counts.items():
            if count:
                lines.append(f"  {PROBLEM_FLAGS[problem]} {count}: {PROBLEM_NOTES[problem]}")
    else:
        lines.append("")
        lines.append("Tidak ada masalah kaskade.")
    return "\n".join(lines)


def render_matrix(m: PeranHasilMatrix, supervisor_name: str, year: int) -> str:
    lines = [f"Matriks Peran Hasil {supervisor_name}, tahun {year}"]
    if not m.rows:
        lines.append("(atasan belum memiliki RHK Utama)")
    for r in m.rows:
        lines.append(f"{r.order}. {_clip(r.text)}")
        filled = False
        for pid, name, nip in m.columns:
            texts = m.cells.get((r.rhk_id, pid), [])
            for text in texts:
                lines.append(f"    - {name} ({nip_text(nip)}): {_clip(text)}")
                filled = True
        if not filled:
            lines.append("    (belum diintervensi bawahan)")
    unlinked = [(name, nip, m.unlinked[pid]) for pid, name, nip in m.columns if m.unlinked.get(pid)]
    if unlinked:
        lines += ["", "RHK Utama bawahan yang tidak mengintervensi RHK atasan ini:"]
        for name, nip, texts in unlinked:
            lines.append(f"  {name} ({nip_text(nip)}):")
            lines.append(indent("\n".join(f"- {_clip(t)}" for t in texts), "    "))
    return "\n".join(lines)


def cmd_cascade(ctx: CommandContext) -> int:
    a = ctx.args
    if a.matrix and not a.supervisor:
        raise UsageError("--matrix memerlukan --supervisor NIP")
    services = ctx.services()
    supervisor = ctx.pegawai(a.supervisor) if a.supervisor else None
    if a.matrix:
        matrix = services.cascade.matrix(supervisor.id, ctx.year)
        if ctx.json:
            ctx.emit({"year": ctx.year, "supervisor_nip": supervisor.nip,
                      "supervisor_name": supervisor.full_name,
                      **services.cascade.matrix_to_json(matrix)})
        else:
            ctx.print(render_matrix(matrix, supervisor.full_name, ctx.year))
        return 0
    cascade = services.cascade.tree(ctx.year, supervisor_id=supervisor.id if supervisor else None,
                                    problems_only=a.problems_only)
    if ctx.json:
        ctx.emit({"year": ctx.year, **services.cascade.to_json(cascade)})
    else:
        ctx.print(render_tree(cascade, ctx.year))
    return 0
