"""What `skpdesk check` reads below the domain: SQLite's own checks, missing tables, values the
application cannot decode, the journal's hash chains, and live rows against the journal.

A damaged file is what this is for, so nothing here lets a SQLite error escape: a read that
fails becomes a `StorageProblem` ("this table could not be read: ...") and the scan goes on with
the next table. Rows are read through the driver's own cursor (no ORM decoding, one pass per
table, text that is not UTF-8 read with a tolerant decoder) so that the scan of a 2,000-pegawai
office (about 60,000 journal entries and as many rows) takes one to two seconds.

Problem codes (`StorageProblem.code`: table, row_id, params)
- `sqlite`: None; detail (a line of `PRAGMA integrity_check`, or the error that stopped it).
- `foreign_key`: the referring table; rowid.
- `table_missing`: the table; journaled_rows (how many rows the journal says it holds).
- `table_unreadable`: the table; detail (the SQLite error).
- `value_undecodable`: table, row id; column, value (shortened), expected (what would be valid).
- `text_control_character`: table, row id; column, char ("U+202E RIGHT-TO-LEFT OVERRIDE"),
  position (1-based). Text the input rule (`domain.text_rules`) now refuses, stored before it
  existed; one problem per value, naming its first such character.
- `chain`: "journal", device id; device_id, seq, reason (`domain.journal_chain` reasons).
- `journal_entry_undecodable`: "journal", device id; device_id, seq (fields is not a JSON object).
- `row_unjournaled`: table, row id; change ("insert": no history, or the journal says deleted;
  "update": fields differ from the journal's latest values or the row's stamp is not the
  journal's), fields (names that differ).
- `row_missing`: table, row id; (the journal says it exists, the table does not hold it).

`attachment_references` reads, for the attachments check (`services.evidence.attachment_check`),
every live row's reference into the content-addressed store and which devices inserted it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Iterator

from sqlalchemy import Date, Integer

from skpdesk.domain.journal_chain import ChainEntry, DeviceHead, verify_chains
from skpdesk.domain.dialog import DialogKind, FollowUpStatus, parse_period
from skpdesk.domain.evidence import EvidenceKind, EvidenceStatus
from skpdesk.domain.merge import Op
from skpdesk.domain.periods import Rhythm, parse_period_name
from skpdesk.domain.people import AsnType, PositionKind
from skpdesk.domain.text_rules import char_name, first_forbidden
from skpdesk.domain.skp import (Approach, Aspect, LampiranSection, Perspective, RhkKind, SkpForm,
                                SkpStatus)

from .. import damage
from ..sync_materialise import expected_rows
from ..tables import SYNCABLE_TABLES

# Columns the repositories decode into domain enums: a value outside these cannot be shown.
ENUM_COLUMNS: dict[tuple[str, str], type] = {
    ("pegawai", "asn_type"): AsnType, ("pegawai", "position_kind"): PositionKind,
    ("skp", "status"): SkpStatus, ("skp", "approach"): Approach, ("skp", "form"): SkpForm,
    ("rhk", "kind"): RhkKind, ("rhk", "perspective"): Perspective,
    ("indikator", "aspect"): Aspect, ("lampiran_item", "section"): LampiranSection,
    ("dialog_kinerja", "kind"): DialogKind, ("tindak_lanjut", "status"): FollowUpStatus,
    ("periode_tahun", "rhythm"): Rhythm, ("bukti_dukung", "kind"): EvidenceKind,
    ("bukti_dukung", "status"): EvidenceStatus,
}
# Columns holding a period name of issue 11 ("2026-TW1", "2026-S2", "2026-03", "2026-AKHIR").
PERIOD_COLUMNS = {("batas_periode", "period"), ("rencana_aksi", "period"), ("realisasi", "period"),
                  ("bukti_dukung", "period")}
# Columns holding JSON that the dialog services decode (issue 10): a list, of text or objects.
JSON_LIST_COLUMNS = {("dialog_kinerja", "agenda"): str, ("umpan_balik_bimbingan", "scale"): str,
                     ("umpan_balik_bimbingan", "answers"): dict,
                     ("evaluasi_kompetensi", "items"): dict}
JOURNAL_COLUMNS = ("id", "device_id", "seq", "hlc", "actor", "entity", "entity_id", "op", "fields",
                   "at", "prev_hash", "hash", "base", "ctx", "vv", "person")
MAX_VALUE = 60


# Replayed state of one row: (its latest column values, None when deleted; the HLC and device of
# the entry that wrote it last).
Replayed = tuple


@dataclass(frozen=True)
class AttachmentReference:
    """One live row's reference to a file of the attachments store (an `__sync__.attachments`
    column): `value` as stored; `inserted_by` the devices whose journal inserted the row (a row
    received from another replica was inserted there); `about` what a person recognises it by
    (for a bukti dukung: original_name, period, nip, name)."""

    table: str
    row_id: str
    column: str
    value: str
    inserted_by: frozenset[str]
    about: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StorageProblem:
    code: str
    table: str | None
    row_id: str | None
    params: dict[str, Any] = field(default_factory=dict)


class Unreadable(Exception):
    """A table (or the file) could not be read; `detail` is SQLite's message."""


def _tolerant_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _undecodable(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _printable(value: Any) -> Any:
    """Text safe to print and to put in JSON: undecodable bytes shown as \\x.. escapes."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") \
            if _undecodable(value) else value
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, (list, tuple)):
        return [_printable(v) for v in value]
    return value


def _clean(p: "StorageProblem") -> "StorageProblem":
    return StorageProblem(p.code, _printable(p.table), _printable(p.row_id),
                          {k: _printable(v) for k, v in p.params.items()})


def _short(value: Any) -> str:
    text = _printable(value) if isinstance(value, (str, bytes)) else repr(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _validators() -> dict[str, dict[str, tuple[str, Any]]]:
    """table -> column -> (what is expected, predicate on a non-null raw value)."""
    found: dict[str, dict[str, tuple[str, Any]]] = {}
    for cls in SYNCABLE_TABLES:
        table = cls.__table__
        checks = {}
        for col in table.columns:
            enum = ENUM_COLUMNS.get((table.name, col.name))
            if enum is not None:
                allowed = {e.value for e in enum}
                checks[col.name] = (", ".join(sorted(allowed)),
                                    lambda v, a=allowed, n=col.nullable: v in a or (n and v == ""))
            elif (table.name, col.name) in JSON_LIST_COLUMNS:
                item = JSON_LIST_COLUMNS[(table.name, col.name)]
                checks[col.name] = ("daftar JSON", lambda v, t=item: _is_json_list(v, t))
            elif (table.name, col.name) == ("umpan_balik", "period"):
                checks[col.name] = ("periode YYYY-MM atau YYYY-Qn",
                                    lambda v: isinstance(v, str) and parse_period(v) == v)
            elif (table.name, col.name) in PERIOD_COLUMNS:
                checks[col.name] = ("nama periode seperti 2026-TW1, 2026-S1, 2026-01 atau "
                                    "2026-AKHIR", _is_period_name)
            elif isinstance(col.type, Integer):
                checks[col.name] = ("bilangan bulat", lambda v: isinstance(v, int))
            elif isinstance(col.type, Date):
                checks[col.name] = ("tanggal YYYY-MM-DD", _is_date)
        found[table.name] = checks
    return found


def _is_json_list(value: Any, item: type) -> bool:
    try:
        decoded = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return False
    return isinstance(decoded, list) and all(isinstance(x, item) for x in decoded)


def _is_period_name(value: Any) -> bool:
    period = parse_period_name(value) if isinstance(value, str) else None
    return period is not None and period.name == value


def _is_date(value: Any) -> bool:
    try:
        return isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _defaults() -> dict[str, dict[str, Any]]:
    """An insert journals None for a column left to its default, while the row holds the default."""
    out: dict[str, dict[str, Any]] = {}
    for cls in SYNCABLE_TABLES:
        out[cls.__tablename__] = {c.name: c.default.arg for c in cls.__table__.columns
                                  if c.default is not None and c.default.is_scalar}
    return out


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


class IntegrityRepository:
    def __init__(self, session) -> None:
        self._s = session

    # --- raw reads
    def _driver(self) -> sqlite3.Connection:
        return self._s.connection().connection.driver_connection

    def _rows(self, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple]]:
        """Column names and rows; text that is not UTF-8 is read with surrogates, not refused."""
        columns, rows, _ = self._rows_tolerant(sql, params)
        return columns, rows

    def _rows_tolerant(self, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple], bool]:
        """As `_rows`, plus whether some text was not UTF-8 (read again with surrogates)."""
        conn = self._driver()
        try:
            try:
                cur = conn.execute(sql, params)
                return [d[0] for d in cur.description or ()], cur.fetchall(), False
            except sqlite3.OperationalError as err:
                if "decode" not in str(err):
                    raise
            previous = conn.text_factory
            conn.text_factory = _tolerant_text
            try:
                cur = conn.execute(sql, params)
                return [d[0] for d in cur.description or ()], cur.fetchall(), True
            finally:
                conn.text_factory = previous
        except sqlite3.Error as err:
            raise Unreadable(damage.detail(err)) from err

    def tables(self) -> set[str]:
        _, rows = self._rows("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {r[0] for r in rows}

    # --- SQLite's own checks
    def sqlite_problems(self, max_lines: int = 100) -> list[StorageProblem]:
        try:
            _, rows = self._rows(f"PRAGMA integrity_check({int(max_lines)})")
        except Unreadable as err:
            return [StorageProblem("sqlite", None, None, {"detail": str(err)})]
        return [StorageProblem("sqlite", None, None, {"detail": str(r[0])})
                for r in rows if r[0] != "ok"]

    def foreign_key_problems(self) -> list[StorageProblem]:
        try:
            _, rows = self._rows("PRAGMA foreign_key_check")
        except Unreadable as err:
            return [StorageProblem("table_unreadable", None, None, {"detail": str(err)})]
        return [StorageProblem("foreign_key", r[0], None, {"rowid": r[1]}) for r in rows]

    # --- the attachments store's references
    def attachment_references(self) -> list[AttachmentReference]:
        """Every non-empty attachment reference of a live row, table by table, by row id."""
        found: list[AttachmentReference] = []
        for cls in SYNCABLE_TABLES:
            table = cls.__tablename__
            for column in cls.__sync__.attachments:
                _, rows = self._rows(f'SELECT id, "{column}" FROM "{table}" '
                                     f'WHERE "{column}" IS NOT NULL AND "{column}" != \'\' ORDER BY id')
                if not rows:
                    continue
                inserted = self._inserted_by(table)
                about = self._evidence_about() if table == "bukti_dukung" else {}
                found += [AttachmentReference(table, str(rid), column, str(value),
                                              frozenset(inserted.get(rid, ())), about.get(rid, {}))
                          for rid, value in rows]
        return found

    def own_device_id(self) -> str | None:
        """This replica's device id; None when `local_state` cannot be read (damaged, dropped)."""
        try:
            _, rows = self._rows("SELECT device_id FROM local_state WHERE id = 1")
        except Unreadable:
            return None
        return rows[0][0] if rows else None

    def _inserted_by(self, table: str) -> dict[str, set[str]]:
        _, rows = self._rows("SELECT entity_id, device_id FROM journal "
                             "WHERE entity = ? AND op = 'insert'", (table,))
        out: dict[str, set[str]] = {}
        for rid, device in rows:
            out.setdefault(rid, set()).add(device)
        return out

    def _evidence_about(self) -> dict[str, dict[str, Any]]:
        _, rows = self._rows(
            "SELECT b.id, b.original_name, b.period, p.nip, p.name, b.sha256 FROM bukti_dukung b "
            "LEFT JOIN skp s ON s.id = b.skp_id LEFT JOIN pegawai p ON p.id = s.pegawai_id")
        return {rid: {"original_name": name, "period": period, "nip": nip, "name": person,
                      "sha256": sha}
                for rid, name, period, nip, person, sha in rows}

    # --- the journal's chains and the rows it describes
    def scan(self) -> list[StorageProblem]:
        """Missing and unreadable tables, undecodable values, chain breaks, rows vs journal."""
        return [_clean(p) for p in self._scan()]

    def _scan(self) -> list[StorageProblem]:
        problems: list[StorageProblem] = []
        try:
            present = self.tables()
        except Unreadable as err:
            return [StorageProblem("table_unreadable", "sqlite_master", None, {"detail": str(err)})]
        # The journal and this replica's head: without them nothing can be compared or chained.
        problems += [StorageProblem("table_missing", t, None, {"journaled_rows": 0})
                     for t in ("journal", "local_state") if t not in present]
        entries = None
        if "journal" in present:
            try:
                entries = self._journal_entries()
            except Unreadable as err:
                problems.append(StorageProblem("table_unreadable", "journal", None,
                                               {"detail": str(err)}))
        by_table: dict[str, dict[str, Replayed]] = {}
        if entries is not None:
            problems += self._chain_problems(entries)
            state, bad = _replay(entries)
            problems += bad
            for (entity, rid), replayed in state.items():
                by_table.setdefault(entity, {})[rid] = replayed
        validators, defaults = _validators(), _defaults()
        for cls in SYNCABLE_TABLES:
            table = cls.__tablename__
            expected = by_table.get(table, {}) if entries is not None else None
            if table not in present:
                rows = sum(1 for v in (expected or {}).values() if v[0] is not None)
                problems.append(StorageProblem("table_missing", table, None, {"journaled_rows": rows}))
                continue
            try:
                columns, rows, odd_text = self._rows_tolerant(f'SELECT * FROM "{table}"')
            except Unreadable as err:
                problems.append(StorageProblem("table_unreadable", table, None, {"detail": str(err)}))
                continue
            problems += _value_problems(table, columns, rows, validators.get(table, {}), odd_text)
            if expected is not None:
                problems += _compare(table, columns, rows, expected, defaults.get(table, {}))
        return problems

    def _journal_entries(self) -> list[ChainEntry]:
        _, rows = self._rows(f"SELECT {', '.join(JOURNAL_COLUMNS)} FROM journal "
                             "ORDER BY device_id, seq")
        return list(map(ChainEntry._make, rows))

    def _own_head(self) -> DeviceHead | None:
        try:
            _, rows = self._rows("SELECT device_id, next_seq, journal_head FROM local_state "
                                 "WHERE id = 1")
        except Unreadable:
            return None
        if not rows or not isinstance(rows[0][1], int):
            return None
        return DeviceHead(*rows[0])

    def _chain_problems(self, entries: list[ChainEntry]) -> Iterator[StorageProblem]:
        for b in verify_chains(entries, self._own_head()):
            yield StorageProblem("chain", "journal", b.device_id,
                                 {"device_id": b.device_id, "seq": b.seq, "reason": b.reason})


def _replay(entries: list[ChainEntry]) -> tuple[dict[tuple[str, str], Replayed], list[StorageProblem]]:
    """(entity, id) -> what the journal says the row holds now: the sync merge of every
    operation known (`sync_materialise.expected_rows`), so operations received from other
    replicas, conflicts and frozen edits are read exactly as the materialiser wrote them."""
    bad: list[StorageProblem] = []
    ops: list[Op] = []
    for e in entries:
        try:
            op = Op.from_columns(e.id, e.device_id, e.seq, e.hlc, e.actor, e.entity, e.entity_id,
                                 e.op, e.fields, e.at, e.base, e.ctx, e.vv)
            if not isinstance(op.fields, dict) or not all(
                    isinstance(v, list) and len(v) == 2 for k, v in op.fields.items()):
                raise ValueError("not an object of [old, new]")
            op.writes()
            op.dismissed()
        except (TypeError, ValueError, IndexError, KeyError, AttributeError):
            bad.append(StorageProblem("journal_entry_undecodable", "journal", str(e.device_id),
                                      {"device_id": e.device_id, "seq": e.seq}))
            continue
        ops.append(op)
    state: dict[tuple[str, str], Replayed] = {}
    for key, row in expected_rows(ops).items():
        meta = row.meta or {}
        state[key] = (row.values if row.exists else None, meta.get("hlc"), meta.get("device_id"))
    return state, bad


def _value_problems(table: str, columns: list[str], rows: list[tuple],
                    checks: dict[str, tuple[str, Any]], odd_text: bool) -> Iterator[StorageProblem]:
    index = {c: i for i, c in enumerate(columns)}
    id_at = index.get("id", 0)
    checked = [(c, index[c], *checks[c]) for c in checks if c in index]
    for row in rows:
        for i, value in enumerate(row if odd_text else ()):
            if _undecodable(value):
                yield StorageProblem("value_undecodable", table, str(row[id_at]),
                                     {"column": columns[i], "value": _short(value),
                                      "expected": "teks UTF-8"})
        for i, value in enumerate(row):
            # Undecodable text is reported above; the rest must keep the input rule.
            if isinstance(value, str) and not (odd_text and _undecodable(value)):
                bad = first_forbidden(value)
                if bad is not None:
                    yield StorageProblem("text_control_character", table, str(row[id_at]),
                                         {"column": columns[i], "char": char_name(bad[1]),
                                          "position": bad[0] + 1})
        for column, i, expected, ok in checked:
            value = row[i]
            if value is not None and not _undecodable(value) and not ok(value):
                yield StorageProblem("value_undecodable", table, str(row[id_at]),
                                     {"column": column, "value": _short(value), "expected": expected})


def _differs(journaled: Any, actual: Any, default: Any, has_default: bool) -> bool:
    actual = _json_value(actual)
    if actual == journaled:
        return False
    return not (journaled is None and has_default and actual == default)


def _compare(table: str, columns: list[str], rows: list[tuple], expected: dict[str, Replayed],
             defaults: dict[str, Any]) -> Iterator[StorageProblem]:
    index = {c: i for i, c in enumerate(columns)}
    id_at, hlc_at, dev_at = index.get("id"), index.get("hlc"), index.get("device_id")
    if id_at is None:
        return
    seen = set()
    for row in rows:
        rid = row[id_at]
        seen.add(rid)
        replayed = expected.get(rid)
        if replayed is None or replayed[0] is None:
            yield StorageProblem("row_unjournaled", table, str(rid), {"change": "insert", "fields": []})
            continue
        values, hlc, device = replayed
        differing = [k for k, v in values.items()
                     if (i := index.get(k)) is not None and row[i] != v
                     and _differs(v, row[i], defaults.get(k), k in defaults)]
        if hlc_at is not None and row[hlc_at] != hlc:
            differing.append("hlc")
        if dev_at is not None and row[dev_at] != device:
            differing.append("device_id")
        if differing:
            yield StorageProblem("row_unjournaled", table, str(rid),
                                 {"change": "update", "fields": differing})
    for rid, (values, _, _) in expected.items():
        if values is not None and rid not in seen:
            yield StorageProblem("row_missing", table, str(rid), {})

