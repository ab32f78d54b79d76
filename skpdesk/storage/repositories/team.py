"""Team overview reads (issue 9): unit counts per SKP state, one unit's pegawai page by page,
direct reports, search, and the "Perlu tindakan" queries. Read-only SQL, all filtering in the
database; the only Python loops run over units (few) or over one page of rows.

The SKP state of a pegawai for a year (see `domain.team`) is one SQL expression: the pegawai's
SKP of the year is picked like `SkpRepository.find` (latest period, then lowest id) through the
(year, pegawai_id) index, and a Draft is "dikembalikan" when the newest journal entry that
changed its status (index on journal entity/entity_id) changed it from "diajukan".
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from skpdesk.domain.team import SkpState

_SKP_OF_YEAR = ("(SELECT k.id FROM skp k WHERE k.pegawai_id = p.id AND k.year = :year "
                "ORDER BY k.period_start DESC, k.id LIMIT 1)")

_LAST_STATUS_FROM = ("(SELECT json_extract(j.fields, '$.status[0]') FROM journal j "
                     "WHERE j.entity = 'skp' AND j.entity_id = s.id "
                     "AND json_extract(j.fields, '$.status') IS NOT NULL "
                     "ORDER BY j.hlc DESC LIMIT 1)")

# One row per pegawai: its columns, its SKP of the year and the state (`domain.team.SkpState`).
_MEMBERS = f"""
SELECT * FROM (
  SELECT p.id AS id, p.nip AS nip, p.name AS name, p.front_title AS front_title,
         p.back_title AS back_title, p.position AS position, p.unit_id AS unit_id,
         p.supervisor_id AS supervisor_id, p.employment_status AS employment_status,
         s.id AS skp_id,
         CASE WHEN s.id IS NULL THEN '{SkpState.BELUM_DIBUAT.value}'
              WHEN s.status = 'draft' AND {_LAST_STATUS_FROM} = 'diajukan'
                   THEN '{SkpState.DIKEMBALIKAN.value}'
              ELSE s.status END AS state
  FROM pegawai p LEFT JOIN skp s ON s.id = {_SKP_OF_YEAR}
  WHERE {{where}}
) m WHERE {{outer}}
"""


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class TeamRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _members(self, *, year: int, where: list[str], params: dict, states=None,
                 active_only: bool = True, order: str = "", limit: int | None = None,
                 offset: int = 0, columns: str = "*", group: str = ""):
        where_sql, outer_sql, params = self._where_sql(year, where, params, states, active_only)
        sql = _MEMBERS.format(where=where_sql, outer=outer_sql).replace(
            "SELECT * FROM (", f"SELECT {columns} FROM (", 1)
        if group:
            sql += f" GROUP BY {group}"
        if order:
            sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT :limit OFFSET :offset"
            params.update(limit=limit, offset=offset)
        return self._s.execute(text(sql), params).mappings().all()

    # --- the tree
    def units(self) -> list[tuple[str, str, str | None]]:
        """(id, name, parent id) of every unit, by name then id (siblings' display order)."""
        return [tuple(r) for r in self._s.execute(text(
            "SELECT id, name, parent_id FROM unit_kerja ORDER BY name, id")).all()]

    def state_counts_by_unit(self, year: int, *, states=None, active_only: bool = True,
                             search: str | None = None) -> dict[str, dict[str, int]]:
        """unit id -> {state: pegawai in that unit itself} (one GROUP BY over the office)."""
        where, params = self._search_where(search)
        counts: dict[str, dict[str, int]] = {}
        for row in self._members(year=year, where=where, params=params, states=states,
                                 active_only=active_only, group="m.unit_id, m.state",
                                 columns="m.unit_id AS unit_id, m.state AS state, count(*) AS n"):
            counts.setdefault(row["unit_id"], {})[row["state"]] = row["n"]
        return counts

    @staticmethod
    def _where_sql(year, where, params, states, active_only):
        where = list(where)
        if active_only:
            where.append("p.employment_status = 'aktif'")
        outer = ["1"]
        params = dict(params, year=year)
        for i, state in enumerate(states or ()):
            params[f"st{i}"] = SkpState(state).value
        if states:
            outer.append("m.state IN (" + ", ".join(f":st{i}" for i in range(len(states))) + ")")
        return " AND ".join(where) or "1", " AND ".join(outer), params

    @staticmethod
    def _search_where(search: str | None) -> tuple[list[str], dict]:
        text_ = " ".join((search or "").split())
        if not text_:
            return [], {}
        params = {"like": f"%{_escape_like(text_)}%"}
        conditions = ["p.name LIKE :like ESCAPE '\\'", "p.nip LIKE :like ESCAPE '\\'"]
        compact = "".join(text_.split())
        if compact != text_:
            params["compact"] = f"%{_escape_like(compact)}%"
            conditions.append("p.nip LIKE :compact ESCAPE '\\'")
        return ["(" + " OR ".join(conditions) + ")"], params

    def unit_members(self, unit_id: str, year: int, *, states=None, active_only: bool = True,
                     limit: int | None = None, offset: int = 0):
        return self._members(year=year, where=["p.unit_id = :unit"], params={"unit": unit_id},
                             states=states, active_only=active_only, order="m.name, m.id",
                             limit=limit, offset=offset)

    def rank_in_unit(self, pegawai_id: str, year: int, *, states=None,
                     active_only: bool = True) -> int | None:
        """The row number (0-based) of a pegawai among its unit's rows, or None if not shown."""
        row = self._s.execute(text("SELECT unit_id, name FROM pegawai WHERE id = :id"),
                              {"id": pegawai_id}).first()
        if row is None:
            return None
        found = self._members(year=year, where=["p.id = :id"], params={"id": pegawai_id},
                              states=states, active_only=active_only)
        if not found:
            return None
        before = self._members(
            year=year, where=["p.unit_id = :unit", "(p.name < :name OR (p.name = :name AND "
                              "p.id < :id))"],
            params={"unit": row.unit_id, "name": row.name, "id": pegawai_id}, states=states,
            active_only=active_only, columns="count(*) AS n")
        return int(before[0]["n"])

    def direct_reports(self, pegawai_id: str, year: int, *, states=None,
                       active_only: bool = True):
        return self._members(year=year, where=["p.supervisor_id = :sup"],
                             params={"sup": pegawai_id}, states=states, active_only=active_only,
                             order="m.name, m.id")

    def member(self, pegawai_id: str, year: int):
        found = self._members(year=year, where=["p.id = :id"], params={"id": pegawai_id},
                              active_only=False)
        return found[0] if found else None

    def search(self, search: str, year: int, *, states=None, active_only: bool = True,
               limit: int = 500):
        where, params = self._search_where(search)
        if not where:
            return []
        return self._members(year=year, where=where, params=params, states=states,
                             active_only=active_only, order="m.name, m.id", limit=limit)

    # --- "Perlu tindakan"
    def waiting_for_approval(self, appraiser_id: str, year: int):
        """Diajukan SKP of the year whose pejabat penilai is `appraiser_id` (the SKP's
        appraiser, else the pegawai's supervisor, as the SKP was made)."""
        return self._s.execute(text(
            "SELECT s.id AS skp_id, p.id AS pegawai_id, p.name, p.front_title, p.back_title, "
            "p.nip FROM skp s JOIN pegawai p ON p.id = s.pegawai_id "
            "WHERE s.year = :year AND s.status = 'diajukan' "
            "AND COALESCE(s.appraiser_id, p.supervisor_id) = :me "
            "ORDER BY p.name, p.id"), {"year": year, "me": appraiser_id}).mappings().all()

    def evaluation_candidates(self, penilai_id: str, year: int, period: str, start, end):
        """Every SKP of `year` overlapping `start`..`end` (dates) of the active pegawai (not
        `penilai_id` themself) whose pejabat penilai is `penilai_id` (the SKP's appraiser,
        else the pegawai's supervisor), with the stored status of the current (highest)
        revision of its evaluation for `period` ("" when there is none): issue 12's "Perlu
        tindakan" source `evaluation_due`. Ordered by pegawai name, then SKP start."""
        return self._s.execute(text(
            "SELECT s.id AS skp_id, s.status AS skp_status, s.period_start, s.period_end, "
            "p.id AS pegawai_id, p.name, p.front_title, p.back_title, p.nip, "
            "COALESCE((SELECT e.status FROM evaluasi e WHERE e.skp_id = s.id "
            "          AND e.period = :period ORDER BY e.revision DESC LIMIT 1), '') "
            "  AS eval_status "
            "FROM skp s JOIN pegawai p ON p.id = s.pegawai_id "
            "WHERE s.year = :year AND COALESCE(s.appraiser_id, p.supervisor_id) = :me "
            "AND p.id != :me AND p.employment_status = 'aktif' "
            "AND s.period_start <= :end AND s.period_end >= :start "
            "ORDER BY p.name, p.id, s.period_start, s.id"),
            {"me": penilai_id, "year": int(year), "start": start.isoformat(),
             "end": end.isoformat(), "period": period}).mappings().all()

    def orphan_rhk(self, supervisor_id: str, year: int):
        """Utama RHK of the year, in SKP of `supervisor_id`'s active direct reports, that
        intervene no RHK (none, or one that no longer exists) while the supervisor has an SKP
        of the year: what the cascade view calls orphans."""
        return self._s.execute(text(
            "SELECT r.id AS rhk_id, r.text AS rhk_text, s.id AS skp_id, p.id AS pegawai_id, "
            "p.name, p.front_title, p.back_title, p.nip "
            "FROM pegawai p JOIN skp s ON s.pegawai_id = p.id AND s.year = :year "
            "JOIN rhk r ON r.skp_id = s.id AND r.kind = 'utama' "
            "WHERE p.supervisor_id = :me AND p.employment_status = 'aktif' "
            "AND EXISTS (SELECT 1 FROM skp t WHERE t.pegawai_id = :me AND t.year = :year) "
            "AND (r.parent_rhk_id IS NULL OR NOT EXISTS "
            "     (SELECT 1 FROM rhk q WHERE q.id = r.parent_rhk_id)) "
            "ORDER BY p.name, p.id, r.position"), {"year": year, "me": supervisor_id}
        ).mappings().all()
