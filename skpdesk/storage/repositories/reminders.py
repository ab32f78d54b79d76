"""Reads behind the reminders (issue 10, `services.reminders`): one SQL query per rule, the
filtering by date and by whose reminder it is done in the database.

`me` is the acting pegawai, or None for the office-wide list (every active pegawai). Dates are
ISO strings (SQLite stores `Date` columns so), compared as text.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..sync_heads import chunks, driver

_PERSON = "p.name AS name, p.front_title AS front_title, p.back_title AS back_title, p.nip AS nip"


class RemindersRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _rows(self, sql: str, params: dict):
        return self._s.execute(text(sql), params).mappings().all()

    def open_follow_ups_due(self, me: str | None, until: str):
        """Open follow-ups due on or before `until` that concern `me`: owned by me, agreed in a
        dialog I led or wrote, or owned by a pegawai I am the pejabat penilai of."""
        mine = ("" if me is None else
                "AND (f.owner_id = :me OR d.led_by_id = :me OR d.author_id = :me "
                "OR p.supervisor_id = :me) ")
        return self._rows(
            "SELECT f.id AS id, f.dialog_id AS dialog_id, f.text AS text, f.due_on AS due_on, "
            f"f.owner_id AS owner_id, {_PERSON}, d.confidential AS confidential "
            "FROM tindak_lanjut f JOIN dialog_kinerja d ON d.id = f.dialog_id "
            "JOIN pegawai p ON p.id = f.owner_id "
            "WHERE f.status = 'open' AND f.due_on IS NOT NULL AND f.due_on <= :until "
            + mine + "ORDER BY f.due_on, p.name, f.id", {"me": me, "until": until})

    def last_dialogs(self, me: str | None, today: str):
        """Active pegawai of my team (I am their pejabat penilai; office-wide: every active
        pegawai who has one) with the date of their last dialog held on or before `today`."""
        who = "p.supervisor_id = :me" if me is not None else "p.supervisor_id IS NOT NULL"
        return self._rows(
            f"SELECT p.id AS id, {_PERSON}, "
            "(SELECT max(d.held_on) FROM dialog_peserta dp JOIN dialog_kinerja d "
            " ON d.id = dp.dialog_id WHERE dp.pegawai_id = p.id AND d.held_on <= :today) AS last "
            f"FROM pegawai p WHERE {who} AND p.employment_status = 'aktif' "
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
        of that participant, that concern `me`: I am the participant, I led or wrote the
        dialog, or I am the participant's pejabat penilai."""
        marks = ", ".join(f":k{i}" for i in range(len(kinds)))
        mine = ("" if me is None else
                "AND (dp.pegawai_id = :me OR d.led_by_id = :me OR d.author_id = :me "
                "OR p.supervisor_id = :me) ")
        params = {"me": me, "since": since, "before": before,
                  **{f"k{i}": k for i, k in enumerate(kinds)}}
        return self._rows(
            "SELECT d.id AS dialog_id, d.held_on AS held_on, d.kind AS kind, "
            f"d.confidential AS confidential, dp.pegawai_id AS pegawai_id, {_PERSON} "
            "FROM dialog_kinerja d JOIN dialog_peserta dp ON dp.dialog_id = d.id "
            "JOIN pegawai p ON p.id = dp.pegawai_id "
            f"WHERE d.kind IN ({marks}) AND d.held_on >= :since AND d.held_on < :before "
            "AND NOT EXISTS (SELECT 1 FROM umpan_balik_bimbingan b "
            "  WHERE b.dialog_id = d.id AND b.pegawai_id = dp.pegawai_id) "
            + mine + "ORDER BY d.held_on, p.name, d.id", params)

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
