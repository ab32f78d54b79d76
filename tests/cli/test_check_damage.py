"""`skpdesk check` on damaged files: damage is reported as findings (exit 1), never exit 70.

A real demo database is damaged the way a failing disk or a careless copy would: random bytes
written at seeded offsets, a b-tree page header overwritten, the schema page overwritten.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from skpdesk.app import main
from tests.office_copy import copy_office

DEMO_EMPLOYEES = 24


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A demo office in one self-contained file (WAL folded in), as a user would copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--employees", str(DEMO_EMPLOYEES), "--seed", "5"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check_json(capsys, path):
    code, out, err = run(capsys, "--db", path, "check", "--json")
    assert code != 70, err
    return code, json.loads(out) if out.strip() else None, err


def pages_of(path, name, pagetype="leaf"):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? "
                                           "ORDER BY pageno", (name, pagetype))]
    finally:
        conn.close()


def page_size(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def overwrite(path, offset, data):
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def content(path):
    """Every table's rows as bytes (None when SQLite cannot read them): what the file holds."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    conn.text_factory = bytes
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def codes(result):
    return {f["code"] for f in result["errors"]}


def test_the_undamaged_demo_passes(capsys, demo_file, tmp_path):
    copy = tmp_path / "ok.sqlite"
    copy_office(demo_file, copy)
    code, result, _ = check_json(capsys, copy)
    assert code == 0 and result["ok"] is True


@pytest.mark.parametrize("seed", range(12))
def test_random_bytes_at_seeded_offsets_are_reported_never_exit_70(capsys, demo_file, tmp_path, seed):
    rng = random.Random(seed)
    size = demo_file.stat().st_size
    copy = tmp_path / f"damaged-{seed}.sqlite"
    copy_office(demo_file, copy)
    offset = rng.randrange(page_size(demo_file), size - 64)
    overwrite(copy, offset, bytes(rng.randrange(256) for _ in range(rng.choice([64, 512, 4096]))))
    code, result, err = check_json(capsys, copy)
    if code == 0:
        # Nothing reported is only right when the bytes fell where nothing lives (free space in
        # a page): every table still reads exactly as before.
        assert content(copy) == content(demo_file), f"offset {offset}: damage not reported"
    else:
        assert code == 1 and result is not None and result["ok"] is False, err
        assert result["errors"], err


def test_damaged_btree_page_of_a_data_table(capsys, demo_file, tmp_path):
    copy = tmp_path / "pegawai.sqlite"
    copy_office(demo_file, copy)
    page = pages_of(copy, "pegawai")[0]
    overwrite(copy, (page - 1) * page_size(copy), b"\xff" * 12)  # the b-tree page header
    code, result, _ = check_json(capsys, copy)
    assert code == 1
    assert "db_integrity" in codes(result)
    unreadable = [f for f in result["errors"] if f["code"] == "table_unreadable"]
    assert [f["entity"] for f in unreadable] == ["pegawai"]
    assert "malformed" in unreadable[0]["message"]
    assert "check_incomplete" in codes(result)  # the pegawai rules could not run, and say so


def test_damaged_journal_page(capsys, demo_file, tmp_path):
    copy = tmp_path / "journal.sqlite"
    copy_office(demo_file, copy)
    page = pages_of(copy, "journal")[3]
    overwrite(copy, (page - 1) * page_size(copy), b"\x00" * 12)
    code, result, _ = check_json(capsys, copy)
    assert code == 1 and "db_integrity" in codes(result)
    assert "journal" in {f["entity"] for f in result["errors"] if f["code"] == "table_unreadable"}


def test_damaged_schema_page_still_gives_a_report(capsys, demo_file, tmp_path):
    copy = tmp_path / "schema.sqlite"
    copy_office(demo_file, copy)
    overwrite(copy, 100, b"\xff" * 400)  # sqlite_master's b-tree, right after the file header
    code, out, err = run(capsys, "--db", copy, "check")
    assert code == 1, err
    assert "KESALAHAN" in out and "rusak" in out
    code, result, _ = check_json(capsys, copy)
    assert code == 1 and {"db_integrity", "check_incomplete"} <= codes(result)


def test_other_commands_on_a_damaged_file_say_so_instead_of_exit_70(capsys, demo_file, tmp_path):
    copy = tmp_path / "list.sqlite"
    copy_office(demo_file, copy)
    page = pages_of(copy, "pegawai")[0]
    overwrite(copy, (page - 1) * page_size(copy), b"\xff" * 12)
    code, _, err = run(capsys, "--db", copy, "staff", "list")
    assert code == 1, err
    assert "rusak" in err and "skpdesk check" in err


def test_undecodable_bytes_in_a_text_column_are_named(capsys, demo_file, tmp_path):
    copy = tmp_path / "utf8.sqlite"
    copy_office(demo_file, copy)
    conn = sqlite3.connect(copy)
    [rid] = conn.execute("SELECT id FROM rhk ORDER BY id LIMIT 1").fetchone()
    conn.execute("UPDATE rhk SET text = CAST(x'c328' AS TEXT) WHERE id = ?", (rid,))
    conn.commit()
    conn.close()
    code, result, _ = check_json(capsys, copy)
    assert code == 1
    [bad] = [f for f in result["errors"] if f["code"] == "value_undecodable"]
    assert (bad["entity"], bad["entity_id"], bad["params"]["column"]) == ("rhk", rid, "text")


def test_journal_entry_edited_into_non_json_is_shown_and_reported(capsys, demo_file, tmp_path):
    copy = tmp_path / "fields.sqlite"
    copy_office(demo_file, copy)
    conn = sqlite3.connect(copy)
    # The newest entry outside the dialog tables: the demo ends with its year of dialogs, and an
    # unreadable entry about one of those shows as "(rahasia)" (its dialog cannot be told).
    [(seq,)] = conn.execute("SELECT max(seq) FROM journal WHERE entity IN "
                            "('pegawai', 'skp', 'rhk', 'indikator', 'perilaku_kerja')").fetchall()
    conn.execute("UPDATE journal SET fields = 'bukan json' WHERE seq = ?", (seq,))
    [(newer,)] = conn.execute("SELECT count(*) FROM journal WHERE seq > ?", (seq,)).fetchall()
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "--db", copy, "journal", "--limit", str(newer + 3))
    assert code == 0, err
    assert "bukan json" in out
    code, result, _ = check_json(capsys, copy)
    assert code == 1
    assert {"journal_entry_undecodable", "journal_chain_broken"} <= codes(result)


def test_tables_dropped_from_outside_are_reported_never_exit_70(capsys, demo_file, tmp_path):
    copy = tmp_path / "dropped.sqlite"
    copy_office(demo_file, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TABLE lampiran_item")
    conn.commit()
    conn.close()
    code, result, _ = check_json(capsys, copy)
    assert code == 1
    [missing] = [f for f in result["errors"] if f["code"] == "table_missing"]
    assert missing["entity"] == "lampiran_item" and missing["params"]["journaled_rows"] > 0
    code, _, err = run(capsys, "--db", copy, "skp", "show", "--nip", _first_nip_with_skp(demo_file))
    assert code == 1 and "rusak" in err

    conn = sqlite3.connect(copy)
    conn.execute("DROP TABLE local_state")  # this replica's device id and chain head
    conn.commit()
    conn.close()
    code, result, _ = check_json(capsys, copy)
    assert code == 1
    assert {f["entity"] for f in result["errors"] if f["code"] == "table_missing"} \
        == {"lampiran_item", "local_state"}


def _first_nip_with_skp(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT p.nip FROM pegawai p JOIN skp s ON s.pegawai_id = p.id "
                            "WHERE p.nip IS NOT NULL ORDER BY p.nip LIMIT 1").fetchone()[0]
    finally:
        conn.close()
