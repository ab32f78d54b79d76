"""Cascade (intervensi) of RHK down the supervisor chain, and the Matriks Peran Hasil (§1.6).

Pure functions over flat rows that storage fetches in one query, so the whole office's cascade
is built in memory without a query per node.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class CascadeProblem(str, enum.Enum):
    ORPHAN = "orphan"  # Utama RHK of someone with a supervisor, intervening nothing
    PARENT_OUTSIDE = "parent_outside"  # intervenes an RHK that is not in the supervisor's SKP


@dataclass(frozen=True)
class CascadeRow:
    rhk_id: str
    skp_id: str
    pegawai_id: str
    pegawai_name: str
    nip: str | None
    position: str
    supervisor_id: str | None
    kind: str  # "utama" | "tambahan"
    text: str
    parent_rhk_id: str | None
    order: int
    sort_name: str = ""  # the name without titles (pegawai_name carries them), for ordering


@dataclass
class CascadeNode:
    row: CascadeRow
    problem: CascadeProblem | None = None
    children: list["CascadeNode"] = field(default_factory=list)


@dataclass
class Cascade:
    roots: list[CascadeNode]
    problems: list[CascadeNode]

    def walk(self):
        stack = [(n, 0) for n in reversed(self.roots)]
        while stack:
            node, depth = stack.pop()
            yield node, depth
            stack.extend((c, depth + 1) for c in reversed(node.children))


def build_cascade(rows: list[CascadeRow], pegawai_with_skp: set[str]) -> Cascade:
    """Link every RHK to the RHK it intervenes and flag the broken links.

    A Utama RHK with no parent is a root when its owner has no supervisor or the supervisor has
    no SKP this year (the top leader); otherwise it is an orphan. Orphans and RHK whose parent
    lies outside the supervisor's SKP are shown as roots too, so nothing disappears from the tree.
    Tambahan RHK are not part of the cascade.
    """
    nodes = {r.rhk_id: CascadeNode(r) for r in rows if r.kind == "utama"}
    roots: list[CascadeNode] = []
    problems: list[CascadeNode] = []
    ordered = sorted(nodes.values(), key=lambda n: (n.row.sort_name or n.row.pegawai_name,
                                                     n.row.pegawai_id, n.row.skp_id, n.row.order))
    for node in ordered:
        row = node.row
        parent = nodes.get(row.parent_rhk_id) if row.parent_rhk_id else None
        if parent is None:
            supervised = row.supervisor_id is not None and row.supervisor_id in pegawai_with_skp
            if row.parent_rhk_id is not None or supervised:
                node.problem = (CascadeProblem.PARENT_OUTSIDE if row.parent_rhk_id
                                else CascadeProblem.ORPHAN)
                problems.append(node)
            roots.append(node)
        elif parent.row.pegawai_id != row.supervisor_id:
            node.problem = CascadeProblem.PARENT_OUTSIDE
            problems.append(node)
            roots.append(node)
        else:
            parent.children.append(node)
    _break_loops(ordered, roots, problems)
    return Cascade(roots, problems)


def _break_loops(ordered: list[CascadeNode], roots: list[CascadeNode],
                 problems: list[CascadeNode]) -> None:
    """RHK linked in a loop (only possible when supervisors form a loop) hang under no root.

    Each loop is cut at its first member in display order, which becomes a PARENT_OUTSIDE
    root, so every RHK still appears exactly once in the tree.
    """
    parent_of = {id(c): n for n in ordered for c in n.children}
    rank = {id(n): i for i, n in enumerate(ordered)}
    reached: set[int] = set()

    def reach(start: list[CascadeNode]) -> None:
        stack = list(start)
        while stack:
            node = stack.pop()
            reached.add(id(node))
            stack.extend(node.children)

    reach(roots)
    for node in ordered:
        if id(node) in reached:
            continue
        seen: set[int] = set()
        while id(node) not in seen:  # climb until the walk repeats: `node` is then in the loop
            seen.add(id(node))
            node = parent_of[id(node)]
        loop, current = [node], parent_of[id(node)]
        while current is not node:
            loop.append(current)
            current = parent_of[id(current)]
        cut = min(loop, key=lambda n: rank[id(n)])
        parent_of[id(cut)].children.remove(cut)
        cut.problem = CascadeProblem.PARENT_OUTSIDE
        problems.append(cut)
        roots.append(cut)
        reach([cut])


@dataclass
class PeranHasilMatrix:
    """Supervisor RHK rows × subordinate columns; each cell lists the subordinate RHK texts."""

    supervisor_id: str
    rows: list[CascadeRow]
    columns: list[tuple[str, str, str | None]]  # (pegawai id, name, nip)
    cells: dict[tuple[str, str], list[str]]
    unlinked: dict[str, list[str]]  # subordinate id -> Utama RHK texts intervening nothing here


def build_matrix(supervisor_id: str, supervisor_rows: list[CascadeRow],
                 subordinates: list[tuple[str, str, str | None]],
                 subordinate_rows: list[CascadeRow]) -> PeranHasilMatrix:
    # Only Utama rows are shown, so a link to a Tambahan RHK counts as unlinked (not a lost cell).
    row_ids = {r.rhk_id for r in supervisor_rows if r.kind == "utama"}
    cells: dict[tuple[str, str], list[str]] = {}
    unlinked: dict[str, list[str]] = {}
    for r in sorted(subordinate_rows, key=lambda r: r.order):
        if r.kind != "utama":
            continue
        if r.parent_rhk_id in row_ids:
            cells.setdefault((r.parent_rhk_id, r.pegawai_id), []).append(r.text)
        else:
            unlinked.setdefault(r.pegawai_id, []).append(r.text)
    rows = sorted((r for r in supervisor_rows if r.kind == "utama"), key=lambda r: r.order)
    return PeranHasilMatrix(supervisor_id, rows, subordinates, cells, unlinked)
