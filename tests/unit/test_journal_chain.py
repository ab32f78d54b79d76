"""The change journal as a hash chain per device: written chained, upgraded chained, and every
edit, deletion, insertion or reordering of entries reported by `skpdesk check` with the device
and seq where the chain breaks."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from skpdesk.domain import journal_chain as chain
from skpdesk.domain.journal_chain import GENESIS, ChainEntry, DeviceHead, entry_hash, verify_chains
from skpdesk.services.integrity import IntegrityService
from skpdesk.storage.database import Database

from .helpers_office import three_levels

GOLDEN = Path(__file__).parent.parent / "fixtures" / "db"
TODAY = dt.date(2026, 6, 1)


def _rows(path, sql, *params):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def raw_sql(path, sql, *params):
    """A side-door write, as with a SQLite browser."""
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def chain_breaks(db):
    report = IntegrityService(db, "test").run(today=TODAY)
    return [(f.message_params["device_id"], f.message_params["seq"], f.message_params["reason"])
            for f in report.errors if f.code == "journal_chain_broken"]


@pytest.fixture
def written(office, db):
    three_levels(office)
    return db


ALL = ("id, device_id, seq, hlc, actor, entity, entity_id, op, fields, at, prev_hash, hash, base, ctx, vv")


def test_every_entry_is_chained_to_the_previous_one_of_its_device(written):
    rows = _rows(written.path, f"SELECT {ALL} FROM journal ORDER BY device_id, seq")
    assert len(rows) > 10
    previous = GENESIS
    for row in rows:
        entry = ChainEntry(*row)
        assert entry.prev_hash == previous
        assert entry.hash == entry.expected_hash()
        previous = entry.hash
    [(head, next_seq)] = _rows(written.path, "SELECT journal_head, next_seq FROM local_state")
    assert head == rows[-1][11] and next_seq == rows[-1][2] + 1
    assert chain_breaks(written) == []


def test_a_rolled_back_write_leaves_the_chain_and_head_intact(written):
    with pytest.raises(RuntimeError):
        with written.unit_of_work("t") as uow:
            uow.office.create_instansi("Tidak jadi", "Kota")
            uow.flush()
            raise RuntimeError("abort")
    with written.unit_of_work("t") as uow:
        uow.office.create_instansi("Jadi", "Kota")
    assert chain_breaks(written) == []


def test_edited_entry_is_reported_at_its_device_and_seq(written):
    raw_sql(written.path, "UPDATE journal SET fields = replace(fields, 'Bambang', 'Bambino') "
                          "WHERE seq = (SELECT min(seq) FROM journal WHERE fields LIKE '%Bambang%')")
    [(seq,)] = _rows(written.path, "SELECT seq FROM journal WHERE fields LIKE '%Bambino%'")
    assert chain_breaks(written) == [(written.device_id, seq, chain.CHANGED)]


def test_edited_actor_or_time_is_reported_too(written):
    raw_sql(written.path, "UPDATE journal SET actor = 'orang lain' WHERE seq = 3")
    raw_sql(written.path, "UPDATE journal SET at = '2020-01-01T00:00:00.000+00:00' WHERE seq = 7")
    assert chain_breaks(written) == [(written.device_id, 3, chain.CHANGED),
                                     (written.device_id, 7, chain.CHANGED)]


def test_deleted_entry_is_reported_where_the_chain_breaks(written):
    raw_sql(written.path, "DELETE FROM journal WHERE seq = 5")
    assert chain_breaks(written) == [(written.device_id, 6, chain.MISSING)]


def test_deleted_tail_is_reported_from_the_head_in_local_state(written):
    [(last,)] = _rows(written.path, "SELECT max(seq) FROM journal")
    raw_sql(written.path, "DELETE FROM journal WHERE seq >= ?", last - 1)
    assert chain_breaks(written) == [(written.device_id, last - 1, chain.TRUNCATED)]


def test_replaced_newest_entry_is_reported_against_the_recorded_head(written):
    [(last,)] = _rows(written.path, "SELECT max(seq) FROM journal")
    raw_sql(written.path, "UPDATE journal SET actor = 'x' WHERE seq = ?", last)
    [(prev, device, eid, hlc, entity, entity_id, op, fields, at, base, ctx, vv)] = _rows(
        written.path, "SELECT prev_hash, device_id, id, hlc, entity, entity_id, op, fields, at, "
                      "base, ctx, vv FROM journal WHERE seq = ?", last)
    forged = entry_hash(prev, id=eid, device_id=device, seq=last, hlc=hlc, actor="x", entity=entity,
                        entity_id=entity_id, op=op, fields=fields, at=at, base=base, ctx=ctx, vv=vv)
    raw_sql(written.path, "UPDATE journal SET hash = ? WHERE seq = ?", forged, last)
    assert chain_breaks(written) == [(written.device_id, last, chain.HEAD)]


def test_entry_appended_from_outside_is_reported(written):
    [(last, last_hash)] = _rows(written.path, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
    content = dict(id="x-1", device_id=written.device_id, seq=last + 1, hlc="9999999999999-00000",
                   actor="luar", entity="instansi", entity_id="nothing", op="delete", fields="{}",
                   at="2026-01-01T00:00:00.000+00:00")
    raw_sql(written.path, "INSERT INTO journal (id, device_id, seq, hlc, actor, entity, entity_id, op, "
                          "fields, at, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            *content.values(), last_hash, entry_hash(last_hash, **content))
    assert chain_breaks(written) == [(written.device_id, last + 1, chain.BEYOND_HEAD)]


def test_entry_inserted_in_the_middle_is_reported(written):
    raw_sql(written.path, "UPDATE journal SET seq = seq + 1000 WHERE seq > 4")
    raw_sql(written.path, "UPDATE journal SET seq = seq - 999 WHERE seq > 1000")
    [(hash4,)] = _rows(written.path, "SELECT hash FROM journal WHERE seq = 4")
    content = dict(id="x-2", device_id=written.device_id, seq=5, hlc="0000000000001-00000",
                   actor="luar", entity="instansi", entity_id="nothing", op="update", fields="{}",
                   at="2026-01-01T00:00:00.000+00:00")
    raw_sql(written.path, "INSERT INTO journal (id, device_id, seq, hlc, actor, entity, entity_id, op, "
                          "fields, at, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            *content.values(), hash4, entry_hash(hash4, **content))
    breaks = chain_breaks(written)
    # The shifted entries no longer hash (their seq is part of the content); the first break
    # is right after the inserted entry.
    assert breaks[0] == (written.device_id, 6, chain.LINK)
    assert (written.device_id, 6, chain.CHANGED) in breaks


def test_reordered_entries_are_reported(written):
    raw_sql(written.path, "UPDATE journal SET seq = -1 WHERE seq = 3")
    raw_sql(written.path, "UPDATE journal SET seq = 3 WHERE seq = 4")
    raw_sql(written.path, "UPDATE journal SET seq = 4 WHERE seq = -1")
    breaks = chain_breaks(written)
    assert {(s, r) for _, s, r in breaks} >= {(3, chain.LINK), (3, chain.CHANGED), (4, chain.CHANGED)}


def test_entries_of_other_devices_keep_their_own_chains():
    """Merged entries (sync) interleave in time but each device's chain is verified on its own."""
    def build(device, n, start):
        out, prev = [], GENESIS
        for seq in range(1, n + 1):
            content = dict(id=f"{device}-{seq}", device_id=device, seq=seq,
                           hlc=f"{start + 2 * seq:013d}-00000", actor="a", entity="rhk",
                           entity_id=f"r{seq}", op="insert", fields='{"text": [null, "x"]}',
                           at="2026-01-01T00:00:00.000+00:00")
            h = entry_hash(prev, **content)
            out.append(ChainEntry(**content, prev_hash=prev, hash=h))
            prev = h
        return out
    mine, theirs = build("dev-a", 5, 1000), build("dev-b", 4, 1001)
    merged = sorted(mine + theirs, key=lambda e: (e.device_id, e.seq))
    own = DeviceHead("dev-a", 6, mine[-1].hash)
    assert list(verify_chains(merged, own)) == []
    tampered = [e._replace(actor="z") if e.device_id == "dev-b" and e.seq == 2 else e for e in merged]
    assert list(verify_chains(tampered, own)) == [chain.ChainBreak("dev-b", 2, chain.CHANGED)]


def test_odd_values_written_by_a_side_door_never_crash_the_verifier():
    odd = ChainEntry(b"\x00\xff", None, "7", 3.5, None, b"", None, None, None, None, None, "x")
    assert list(verify_chains([odd])) == [chain.ChainBreak("None", None, chain.CHANGED)]
    assert len(entry_hash(None, id=b"\x01", device_id=None, seq=float("nan"), hlc="\udcff", actor="",
                          entity="", entity_id="", op="", fields="", at="")) == 64


def test_a_recomputed_chain_is_not_detected_this_is_what_signatures_are_for(written):
    """Documented limit (docs/reliability/journal.md): without a secret, whoever edits the file
    can recompute every hash and the head. The sync issue adds per-device signatures."""
    raw_sql(written.path, "UPDATE journal SET actor = 'pemalsu'")
    conn = sqlite3.connect(written.path)
    prev = GENESIS
    for row in conn.execute(f"SELECT {ALL} FROM journal ORDER BY seq").fetchall():
        entry = ChainEntry(*row)._replace(prev_hash=prev)
        prev = entry.expected_hash()
        conn.execute("UPDATE journal SET prev_hash = ?, hash = ? WHERE id = ?", (entry.prev_hash, prev, entry.id))
    conn.execute("UPDATE local_state SET journal_head = ?", (prev,))
    conn.commit()
    conn.close()
    assert chain_breaks(written) == []


@pytest.mark.parametrize("golden", ["v0001.sqlite", "v0002.sqlite"])
def test_upgrade_chains_the_entries_of_older_databases(tmp_path, golden):
    copy = tmp_path / golden
    shutil.copy(GOLDEN / golden, copy)
    before = _rows(copy, "SELECT count(*) FROM journal")
    db = Database(copy)
    try:
        rows = _rows(copy, f"SELECT {ALL} FROM journal ORDER BY device_id, seq")
        assert [(len(rows),)] == before
        assert all(r[11] and len(r[11]) == 64 for r in rows)
        assert list(verify_chains(ChainEntry(*r) for r in rows)) == []
        [(head,)] = _rows(copy, "SELECT journal_head FROM local_state")
        assert head == rows[-1][11]
        with db.reader() as r:
            assert r.integrity.scan() == []
        # New writes continue the upgraded chain.
        with db.unit_of_work("t") as uow:
            uow.office.create_instansi("Dinas Baru", "Kota")
        assert chain_breaks(db) == []
    finally:
        db.close()


def test_entry_without_a_hash_is_reported(written):
    [(last,)] = _rows(written.path, "SELECT max(seq) FROM journal")
    raw_sql(written.path, "INSERT INTO journal (id, device_id, seq, hlc, actor, entity, entity_id, op, "
                          "fields, at) VALUES ('x-3', ?, ?, '9999999999999-00000', 'luar', 'instansi', "
                          "'nothing', 'delete', '{}', '2026-01-01')", written.device_id, last + 1)
    assert (written.device_id, last + 1, chain.UNHASHED) in chain_breaks(written)
