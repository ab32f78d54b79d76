"""The office's cascade (intervensi) of RHK and the Matriks Peran Hasil, plus their `--json` shapes.

`tree(year)` builds the whole office's cascade from one query (`domain.cascade.build_cascade`):
problem nodes (orphan / parent_outside) are always roots there, never children.

- `supervisor_id`: the subtrees rooted at that pegawai's Utama RHK (wherever they hang in the
  office tree), then the problem nodes (with their subtrees) of the pegawai below them, direct
  or indirect. The supervisor's own RHK keep their problem flag if they have one.
- `problems_only`: a FLAT cascade: every problem node as a root without children (as problem
  nodes are roots, they have no ancestors to keep). `roots` and `problems` are the same list.
"""

from __future__ import annotations

from typing import Any

from skpdesk.domain.cascade import (Cascade, CascadeNode, PeranHasilMatrix, build_cascade,
                                    build_matrix)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import AsnType

from . import fields as F


class CascadeService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def tree(self, year: int, *, supervisor_id: str | None = None,
             problems_only: bool = False) -> Cascade:
        year = F.year(year, "tahun")
        with self._db.reader() as uow:
            rows = uow.skp.cascade_rows(year)
            with_skp = uow.skp.pegawai_with_skp(year)
            supervisors = uow.people.supervisor_map() if supervisor_id else {}
        if supervisor_id and supervisor_id not in supervisors:
            raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip_atasan", value=supervisor_id)
        cascade = build_cascade(rows, with_skp)
        if supervisor_id:
            cascade = _for_supervisor(cascade, supervisor_id, _below(supervisors, supervisor_id))
        if problems_only:
            flat = [CascadeNode(n.row, n.problem) for n in cascade.problems]
            cascade = Cascade(flat, list(flat))
        return cascade

    def matrix(self, supervisor_id: str, year: int) -> PeranHasilMatrix:
        """Rows: the supervisor's Utama RHK (their latest SKP of the year, the one subordinates
        pick from); columns: direct ASN subordinates, by name; cells: their Utama RHK texts."""
        year = F.year(year, "tahun")
        with self._db.reader() as uow:
            if uow.people.get(supervisor_id) is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip_atasan", value=supervisor_id)
            summary = uow.skp.find(supervisor_id, year)
            if summary is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(year))
            subordinates = [p for p in uow.people.list(supervisor_id=supervisor_id)
                            if p.asn_type is not AsnType.NON_ASN]
            rows = uow.skp.cascade_rows(year)
        ids = {p.id for p in subordinates}
        return build_matrix(supervisor_id, [r for r in rows if r.skp_id == summary.id],
                            [(p.id, p.full_name, p.nip) for p in subordinates],
                            [r for r in rows if r.pegawai_id in ids])

    @staticmethod
    def to_json(cascade: Cascade) -> dict[str, Any]:
        return to_json(cascade)

    @staticmethod
    def matrix_to_json(m: PeranHasilMatrix) -> dict[str, Any]:
        return matrix_to_json(m)


def _below(supervisors: dict[str, str | None], top: str) -> set[str]:
    """Every pegawai under `top`, directly or indirectly (safe against supervisor loops)."""
    children: dict[str, list[str]] = {}
    for pid, sup in supervisors.items():
        if sup is not None:
            children.setdefault(sup, []).append(pid)
    found: set[str] = set()
    stack = list(children.get(top, ()))
    while stack:
        pid = stack.pop()
        if pid not in found and pid != top:
            found.add(pid)
            stack.extend(children.get(pid, ()))
    return found


def _for_supervisor(cascade: Cascade, supervisor_id: str, below: set[str]) -> Cascade:
    roots: list[CascadeNode] = []
    stack = list(reversed(cascade.roots))
    while stack:  # depth first, in display order; stop at the supervisor's own RHK
        node = stack.pop()
        if node.row.pegawai_id == supervisor_id:
            roots.append(node)
        else:
            stack.extend(reversed(node.children))
    roots += [n for n in cascade.problems if n.row.pegawai_id in below]
    return Cascade(roots, [n for n in roots if n.problem is not None])


# --- JSON (plain dicts and lists for `--json`)

def node_to_json(node: CascadeNode, *, children: bool = True) -> dict[str, Any]:
    r = node.row
    out: dict[str, Any] = {
        "rhk_id": r.rhk_id, "skp_id": r.skp_id, "kind": r.kind, "order": r.order, "text": r.text,
        "pegawai_id": r.pegawai_id, "pegawai_name": r.pegawai_name, "nip": r.nip,
        "position": r.position, "parent_rhk_id": r.parent_rhk_id,
        "problem": node.problem.value if node.problem else None}
    if children:
        out["children"] = [node_to_json(c) for c in node.children]
    return out


def to_json(cascade: Cascade) -> dict[str, Any]:
    """{"roots": [node with nested "children"], "problems": [node without "children"]}."""
    return {"roots": [node_to_json(n) for n in cascade.roots],
            "problems": [node_to_json(n, children=False) for n in cascade.problems]}


def matrix_to_json(m: PeranHasilMatrix) -> dict[str, Any]:
    """Rows carry one cell (a list of texts) per column, in column order."""
    columns = [{"pegawai_id": pid, "name": name, "nip": nip} for pid, name, nip in m.columns]
    return {
        "supervisor_id": m.supervisor_id,
        "columns": columns,
        "rows": [{"rhk_id": r.rhk_id, "order": r.order, "text": r.text,
                  "cells": [m.cells.get((r.rhk_id, c["pegawai_id"]), []) for c in columns]}
                 for r in m.rows],
        "unlinked": [dict(c, texts=m.unlinked[c["pegawai_id"]]) for c in columns
                     if m.unlinked.get(c["pegawai_id"])],
    }
