"""Validating a staff file against the database: the plan of what an import writes.

Every step is linear in the number of rows, so a hostile file (10,000 rows of one NIP, a
100,000-deep chain of atasan) costs time and memory in proportion to its size: a duplicate NIP
is one problem listing its rows (capped), cycles are found in one pass over the supervisor
graph, and only the first `MAX_PROBLEMS` problems (by row and column) are kept; the rest are
counted.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from skpdesk.domain.errors import DomainError, ErrorCode, ImportRejected, RowProblem
from skpdesk.domain.identifiers import clean_nip
from skpdesk.domain.people import AsnType, Pegawai, PegawaiInput
from skpdesk.domain.text_rules import first_forbidden

from . import file_limits as L
from .staff import validate_pegawai
from .staff_file_reading import COLUMNS

CHAIN_SHOWN = 12  # pegawai named in a "cycle" message; a longer chain ends with "…"


@dataclass
class Entry:
    """One validated file row and where it lands: `node` is an existing id or "row:<n>"."""

    row: int
    checked: dict[str, Any]
    unit_path: str
    nip: str | None
    name: str
    existing: Pegawai | None = None
    node: str = ""
    sup: str | None = None
    appr: str | None = None


class ProblemList:
    """The first `limit` problems by (row, column order), and how many there are in all."""

    _ORDER = {c: i for i, c in enumerate(COLUMNS)}

    def __init__(self, limit: int | None = None) -> None:
        self.limit = L.MAX_PROBLEMS if limit is None else limit
        self.total = 0
        self._heap: list[tuple[int, int, int, RowProblem]] = []  # negated keys: a max-heap
        self._seq = itertools.count()

    def add(self, row: int, err: DomainError) -> None:
        self.total += 1
        column = err.params.get("field", "")
        key = (-row, -self._ORDER.get(column, len(self._ORDER)), -next(self._seq))
        item = (*key, RowProblem(row, column, err))
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, item)
        elif item[:3] > self._heap[0][:3]:  # earlier than the latest kept: replace it
            heapq.heapreplace(self._heap, item)

    def __bool__(self) -> bool:
        return self.total > 0

    def rejected(self) -> ImportRejected:
        kept = [item[3] for item in sorted(self._heap, key=lambda i: (-i[0], -i[1], -i[2]))]
        return ImportRejected(kept, total=self.total)


def norm_path(path: str) -> str:
    return "/".join(p.strip() for p in (path or "").split("/") if p.strip())


def reaches_cycle(supervisors: dict[str, str | None]) -> dict[str, bool]:
    """For every node: does following its atasan upwards run into a loop? (one linear pass)"""
    state: dict[str, bool] = {}
    for start in supervisors:
        if start in state:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        current: str | None = start
        while current is not None and current not in state and current not in on_path:
            on_path.add(current)
            path.append(current)
            current = supervisors.get(current)
        result = False if current is None else state[current] if current in state else True
        for node in path:
            state[node] = result
    return state


def plan(rows: list[tuple[int, dict[str, str]]], people: list[Pegawai]) -> list[Entry]:
    """Validate the file against the database; raise ImportRejected listing the problems."""
    problems = ProblemList()
    entries: list[Entry] = []
    previous: tuple[dict[str, str] | None, Any] = (None, None)
    for n, raw in rows:
        if raw == previous[0]:
            # A row identical to the one before it (a pasted block) has the same own-field
            # result; the duplicate check below still reports it. The result is never mutated.
            checked, errors = previous[1]
        else:
            checked, errors = validate_pegawai(PegawaiInput(
                name=raw["nama"], asn_type=raw["jenis_asn"], nip=raw["nip"],
                front_title=raw["gelar_depan"], back_title=raw["gelar_belakang"],
                rank=raw["golongan"], position=raw["jabatan"], position_kind=raw["jenis_jabatan"],
                jenjang=raw["jenjang"], unit_path=raw["unit"], supervisor_nip=raw["nip_atasan"],
                appraiser_nip=raw["nip_atasan_penilai"]))
            previous = (raw, (checked, errors))
        for err in errors:
            problems.add(n, err)
        unit = checked.get("unit_path") or norm_path(raw["unit"])
        # A broken NIP still identifies its row, so references to it do not add noise.
        nip = checked.get("nip") or clean_nip(raw["nip"]) or None
        entries.append(Entry(n, checked, unit, nip, " ".join(raw["nama"].split())))

    # A NIP held by two rows (added apart on two laptops, then synced): the lowest id, the row
    # every other read picks too.
    by_nip: dict[str, Pegawai] = {}
    for p in sorted(people, key=lambda p: p.id):
        if p.nip:
            by_nip.setdefault(p.nip, p)
    nameless_db: dict[str, list[Pegawai]] = defaultdict(list)
    for p in people:
        if not p.nip:
            nameless_db[p.name].append(p)
    # Same NIP twice, or two NIP-less rows with one name: the file does not say who is who.
    # One problem per value, on its first row, listing the rows (capped): never one per pair.
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for e in entries:
        if e.nip or e.checked.get("asn_type") is AsnType.NON_ASN:
            groups[("nip", e.nip) if e.nip else ("nama", e.name)].append(e.row)
    for (column, value), same in groups.items():
        if len(same) > 1:
            shown = same[:L.MAX_LISTED_ROWS]
            problems.add(same[0], DomainError(ErrorCode.NIP_DUPLICATE, field=column, value=value,
                                              rows=shown, times=len(same),
                                              more=len(same) - len(shown)))
    del groups

    nip_nodes: dict[str, str] = {nip: p.id for nip, p in by_nip.items()}
    name_nodes: dict[str, set[str]] = defaultdict(set)
    for name, ps in nameless_db.items():
        name_nodes[name].update(p.id for p in ps)
    labels = {p.id: p.nip or p.name for p in people}
    for e in entries:
        if e.nip:
            e.existing = by_nip.get(e.nip)
        elif e.checked.get("asn_type") is AsnType.NON_ASN:
            found = nameless_db.get(e.name, [])
            if len(found) > 1:
                problems.add(e.row, DomainError(ErrorCode.NIP_DUPLICATE, field="nama", value=e.name,
                                                count=len(found)))
            e.existing = found[0] if len(found) == 1 else None
        e.node = e.existing.id if e.existing else f"row:{e.row}"
        labels[e.node] = e.nip or e.name
        if e.nip:
            nip_nodes.setdefault(e.nip, e.node)
        else:
            name_nodes[e.name].add(e.node)

    supervisors: dict[str, str | None] = {p.id: p.supervisor_id for p in people}
    raw_by_row = dict(rows)
    for e in entries:
        for column in ("nip_atasan", "nip_atasan_penilai"):
            value = raw_by_row[e.row][column].strip()
            if not value or first_forbidden(value):  # a control character is reported already
                continue
            node = nip_nodes.get(value) or nip_nodes.get(clean_nip(value))
            if node is None:  # a NIP-less NON_ASN atasan may be named instead
                named = name_nodes.get(" ".join(value.split()), set())
                node = next(iter(named)) if len(named) == 1 else None
            if node is None:
                problems.add(e.row, DomainError(ErrorCode.SUPERVISOR_NOT_FOUND, field=column,
                                                value=value))
            elif node == e.node:
                problems.add(e.row, DomainError(ErrorCode.SUPERVISOR_SELF, field=column, value=value))
            elif column == "nip_atasan":
                e.sup = node
            else:
                e.appr = node
        supervisors[e.node] = e.sup
    # Cycles are judged on the final graph: the database as it is, overlaid with the file.
    looped = reaches_cycle(supervisors)
    for e in entries:
        if e.sup and looped.get(e.sup, False):
            problems.add(e.row, DomainError(ErrorCode.SUPERVISOR_CYCLE, field="nip_atasan",
                                            value=labels.get(e.sup, ""),
                                            cycle=_chain(supervisors, e.node, labels)))
    if problems:
        raise problems.rejected()
    return entries


def _chain(supervisors: dict[str, str | None], start: str, labels: dict[str, str]) -> list[str]:
    chain, seen, current = [], set(), start
    while current is not None and current not in seen:
        if len(chain) == CHAIN_SHOWN:
            chain.append("…")
            break
        seen.add(current)
        chain.append(labels.get(current, current))
        current = supervisors.get(current)
    return chain
