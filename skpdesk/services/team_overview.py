"""The team as a tree for a year (issue 9): units with counts per SKP state, one unit's pegawai
page by page, a pegawai's direct reports, search by name or NIP with the unit chain of each match.

Everything is read in SQL (`storage.repositories.team`); Python only walks the unit list (a few
hundred rows at most) to roll the per-unit counts up the tree and to order search matches the
way the tree shows them. Inactive pegawai (pensiun, mutasi keluar) are left out unless
`show_inactive` is set.
"""

from __future__ import annotations

from collections.abc import Iterable

from skpdesk.domain.team import SearchMatch, SkpState, TeamMember, UnitNode

PAGE_SIZE = 100


def full_name(name: str, front_title: str | None, back_title: str | None) -> str:
    """Name with titles as printed (the same rule as `Pegawai.full_name`)."""
    if front_title:
        name = f"{front_title} {name}"
    if back_title:
        name = f"{name}, {back_title}"
    return name


def _member(row) -> TeamMember:
    return TeamMember(id=row["id"], nip=row["nip"],
                      full_name=full_name(row["name"], row["front_title"], row["back_title"]),
                      position=row["position"] or "", unit_id=row["unit_id"],
                      state=SkpState(row["state"]), skp_id=row["skp_id"],
                      active=row["employment_status"] == "aktif")


def _states(states: Iterable[SkpState | str] | None) -> tuple[SkpState, ...] | None:
    return tuple(SkpState(s) for s in states) if states else None


class TeamOverviewService:
    def __init__(self, db, actor: str = "") -> None:
        self._db = db
        self._actor = actor

    def units(self, year: int, *, states: Iterable[SkpState | str] | None = None,
              show_inactive: bool = False, search: str | None = None) -> list[UnitNode]:
        """Every unit in display order (tree pre-order: parents first, siblings by name) with
        its direct and total pegawai matching the filter and its totals per state."""
        states = _states(states)
        with self._db.reader() as uow:
            units = uow.team.units()
            by_state = uow.team.state_counts_by_unit(year, active_only=not show_inactive,
                                                     search=search)
        children: dict[str | None, list[tuple[str, str]]] = {}
        known = {uid for uid, _n, _p in units}
        for uid, name, parent in units:
            children.setdefault(parent if parent in known else None, []).append((uid, name))
        out: list[UnitNode] = []
        seen: set[str] = set()

        def walk(uid: str, name: str, parent: str | None, path: str) -> tuple[int, dict]:
            seen.add(uid)
            own = by_state.get(uid, {})
            direct = sum(n for s, n in own.items() if states is None or SkpState(s) in states)
            totals = {SkpState(s): n for s, n in own.items()}
            slot = len(out)
            out.append(None)  # type: ignore[arg-type] - filled once the sub-units are counted
            total = direct
            for cid, cname in children.get(uid, []):
                if cid in seen:
                    continue  # a parent loop written by a side door (check reports it)
                sub_total, sub_states = walk(cid, cname, uid, f"{path}/{cname}")
                total += sub_total
                for s, n in sub_states.items():
                    totals[s] = totals.get(s, 0) + n
            out[slot] = UnitNode(uid, name, parent, path, direct, total, totals)
            return total, totals

        for uid, name in children.get(None, []):
            walk(uid, name, None, name)
        return out

    def members(self, unit_id: str, year: int, *, states=None, show_inactive: bool = False,
                limit: int | None = PAGE_SIZE, offset: int = 0) -> list[TeamMember]:
        """The pegawai of one unit itself (not its sub-units), by name, one page."""
        with self._db.reader() as uow:
            rows = uow.team.unit_members(unit_id, year, states=_states(states),
                                         active_only=not show_inactive, limit=limit,
                                         offset=offset)
        return [_member(r) for r in rows]

    def row_in_unit(self, pegawai_id: str, year: int, *, states=None,
                    show_inactive: bool = False) -> int | None:
        """Where a pegawai sits among `members` of its unit (None: filtered out or unknown)."""
        with self._db.reader() as uow:
            return uow.team.rank_in_unit(pegawai_id, year, states=_states(states),
                                         active_only=not show_inactive)

    def member(self, pegawai_id: str, year: int) -> TeamMember | None:
        with self._db.reader() as uow:
            row = uow.team.member(pegawai_id, year)
        return _member(row) if row else None

    def direct_reports(self, pegawai_id: str, year: int, *, states=None,
                       show_inactive: bool = False) -> list[TeamMember]:
        with self._db.reader() as uow:
            rows = uow.team.direct_reports(pegawai_id, year, states=_states(states),
                                           active_only=not show_inactive)
        return [_member(r) for r in rows]

    def unit_chain(self, unit_id: str) -> tuple[str, ...]:
        """The ids from the root unit down to `unit_id`."""
        with self._db.reader() as uow:
            parents = {uid: parent for uid, _name, parent in uow.team.units()}
        chain: list[str] = []
        current: str | None = unit_id
        while current is not None and current in parents and current not in chain:
            chain.append(current)
            current = parents[current]
        return tuple(reversed(chain))

    def search(self, text: str, year: int, *, states=None, show_inactive: bool = False,
               limit: int = 500) -> list[SearchMatch]:
        """Pegawai whose name or NIP contains `text`, in the order the tree shows them (unit
        pre-order, then name), each with its unit chain (root first)."""
        with self._db.reader() as uow:
            rows = uow.team.search(text, year, states=_states(states),
                                   active_only=not show_inactive, limit=limit)
            if not rows:
                return []
            units = uow.team.units()
        parents = {uid: parent for uid, _n, parent in units}
        children: dict[str | None, list[str]] = {}
        for uid, _name, parent in units:
            children.setdefault(parent if parent in parents else None, []).append(uid)
        order: dict[str, int] = {}
        stack = list(reversed(children.get(None, [])))
        while stack:
            uid = stack.pop()
            if uid in order:
                continue
            order[uid] = len(order)
            stack.extend(reversed(children.get(uid, [])))

        def chain(uid: str) -> tuple[str, ...]:
            ids: list[str] = []
            while uid is not None and uid in parents and uid not in ids:
                ids.append(uid)
                uid = parents[uid]
            return tuple(reversed(ids))

        # Stable sort: within a unit the SQL order (name, id) is the tree's order.
        matches = [SearchMatch(_member(r), chain(r["unit_id"])) for r in rows]
        matches.sort(key=lambda m: order.get(m.member.unit_id, len(order)))
        return matches
