"""Reads behind the reminders (issue 10, `services.reminders`): one SQL query per rule, the
filtering by date and by whose reminder it is done in the database.

`me` is the acting pegawai, or None for the office-wide list (every active pegawai). Dates are
ISO strings (SQLite stores `Date` columns so), compared as text.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..sync_heads import chunks, driver

# Me and the pegawai I am the pejabat penilai of; the dialogs I led or wrote (no index on
# those two columns: one pass over the dialogs, cheaper than an OR over every follow-up).
_ME_AND_TEAM = "SELECT :me UNION ALL SELECT t.id FROM pegawai t WHERE t.supervisor_id = :me"
_LED_OR_WRITTEN = "SELECT w.id FROM dialog_kinerja w WHERE w.led_by_id = :me OR w.author_id = :me"
_PERSON = "p.name AS name, p.front_title AS front_title, p.back_title AS back_title, p.nip AS nip"


class RemindersRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _rows(self, sql: str, params: dict):
        return self._s.execute(text(sql), params).mappings().all()

    def open_follow_ups_due(self, me: str | None, until: str):
        """Open follow-ups due on or before `until` that concern `me`: owned by me or by a
        pegawai I am the pejabat penilai of, or agreed in a dialog I led or wrote. Each way in
        is its own indexed lookup (an OR of the three made SQLite scan every follow-up)."""
        if me is None:
            ids = "SELECT id FROM tindak_lanjut"
        else:
            ids = ("SELECT f2.id FROM tindak_lanjut f2 WHERE f2.owner_id IN (" + _ME_AND_TEAM + ") "
                   "AND f2.status = 'open' AND f2.due_on <= :until "
                   "UNION SELECT f3.id FROM tindak_lanjut f3 WHERE f3.dialog_id IN ("
                   + _LED_OR_WRITTEN + ")")
        return self._rows(
            "SELECT f.id AS id, f.dialog_id AS dialog_id, f.text AS text, f.due_on AS due_on, "
            f"f.owner_id AS owner_id, {_PERSON}, d.confidential AS confidential "
            "FROM tindak_lanjut f JOIN dialog_kinerja d ON d.id = f.dialog_id "
            "JOIN pegawai p ON p.id = f.owner_id "
            "WHERE f.status = 'open' AND f.due_on IS NOT NULL AND f.due_on <= :until "
            f"AND f.id IN ({ids}) ORDER BY f.due_on, p.name, f.id", {"me": me, "until": until})

    def last_dialogs(self, me: str | None, today: str):
        """Active pegawai of my team (I am their pejabat penilai; office-wide: every active
        pegawai who has one) with the date of their last dialog held on or before `today`
        (one grouped pass over their participations, not a subquery per pegawai)."""
        who = "p.supervisor_id = :me" if me is not None else "p.supervisor_id IS NOT NULL"
        if me is None:  # everyone: one pass over the dialogs in file order, the participants
            # from their covering index (a lookup per participation cost 5x more, 126,000 of them)
            last = ("SELECT dp.pegawai_id AS pegawai_id, max(d.held_on) AS last "
                    "FROM dialog_kinerja d CROSS JOIN dialog_peserta dp ON dp.dialog_id = d.id "
                    "WHERE d.held_on <= :today GROUP BY dp.pegawai_id")
        else:           # my team: from each member's participations
            last = ("SELECT dp.pegawai_id AS pegawai_id, max(d.held_on) AS last "
                    "FROM pegawai q JOIN dialog_peserta dp ON dp.pegawai_id = q.id "
                    "CROSS JOIN dialog_kinerja d ON d.id = dp.dialog_id "
                    "WHERE q.supervisor_id = :me AND d.held_on <= :today GROUP BY dp.pegawai_id")
        return self._rows(
            f"SELECT p.id AS id, {_PERSON}, l.last AS last FROM pegawai p LEFT JOIN ({last}) l "
            f"ON l.pegawai_id = p.id WHERE {who} AND p.employment_status = 'aktif' "
            "ORDER BY p.name, p.id", {"me": me, "today": today})

    def skp_not_approved(self, me: str | None, year: int):
        """Active ASN of my team (office-wide: every active ASN) whose SKP of `year` is missing
        or not approved; `skp_id`/`status` None when missing. The SKP of a year is picked as
        the team view picks it (latest period, then lowest id)."""
        who = "AND p.supervisor_id = :me " if me is not None else ""
        return self._rows(
            f"SELECT p.id AS id, {_PERSON}, s.id AS skp_id, s.status AS status FROM pegawai p "
            "LEFT JOIN skp s ON s.id = (SELECT k.id FROM skp k WHERE k.pegawai_id = p.id "
            "  AND k.year = :year ORDER BY k.period_start DESC, k.id LIMIT 1) "
            "WHERE p.employment_status = 'aktif' AND p.asn_type IN ('PNS', 'PPPK') " + who +
            "AND (s.id IS NULL OR s.status != 'disetujui') ORDER BY p.name, p.id",
            {"me": me, "year": year})

    def bimbingan_without_b18(self, me: str | None, kinds: tuple[str, ...], since: str,
                              before: str):
        """(dialog, participant) of bimbingan dialogs held in [since, before) with no B.1.8
        of that participant, that concern `me`: I am the participant or their pejabat
        penilai (driven from the participations of me and my team), or I led or wrote the
        dialog."""
        marks = ", ".join(f":k{i}" for i in range(len(kinds)))
        params = {"me": me, "since": since, "before": before,
                  **{f"k{i}": k for i, k in enumerate(kinds)}}
        if me is None:
            source = "dialog_kinerja d JOIN dialog_peserta dp ON dp.dialog_id = d.id "
        else:
            # Driven from the participations that concern me (CROSS JOIN keeps that order):
            # not from every bimbingan of the year.
            source = ("(SELECT x.id AS pid FROM dialog_peserta x WHERE x.pegawai_id IN ("
                      + _ME_AND_TEAM + ") UNION SELECT x.id FROM dialog_peserta x WHERE "
                      "x.dialog_id IN (" + _LED_OR_WRITTEN + ")) s "
                      "CROSS JOIN dialog_peserta dp ON dp.id = s.pid "
                      "CROSS JOIN dialog_kinerja d ON d.id = dp.dialog_id ")
        return self._rows(
            "SELECT d.id AS dialog_id, d.held_on AS held_on, d.kind AS kind, "
            f"d.confidential AS confidential, dp.pegawai_id AS pegawai_id, {_PERSON} "
            f"FROM {source}JOIN pegawai p ON p.id = dp.pegawai_id "
            f"WHERE d.kind IN ({marks}) AND d.held_on >= :since AND d.held_on < :before "
            "AND NOT EXISTS (SELECT 1 FROM umpan_balik_bimbingan b "
            "  WHERE b.dialog_id = d.id AND b.pegawai_id = dp.pegawai_id) "
            "ORDER BY d.held_on, p.name, d.id", params)

    def dialog_readers(self, dialog_ids: list[str]) -> dict[str, tuple[list[str], str | None,
                                                                        str | None]]:
        """dialog id -> (participant ids, author id, led-by id): who may read it."""
        conn = driver(self._s)
        found: dict[str, tuple[list[str], str | None, str | None]] = {}
        for part in chunks(sorted(set(dialog_ids))):
            marks = ",".join("?" * len(part))
            for row_id, author_id, led_by_id in conn.execute(
                    f"SELECT id, author_id, led_by_id FROM dialog_kinerja WHERE id IN ({marks})",
                    part):
                found[row_id] = ([], author_id, led_by_id)
            for dialog_id, pegawai_id in conn.execute(
                    f"SELECT dialog_id, pegawai_id FROM dialog_peserta WHERE dialog_id IN ({marks})",
                    part):
                if dialog_id in found:
                    found[dialog_id][0].append(pegawai_id)
        return found
