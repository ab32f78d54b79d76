"""Schema migrations: fresh databases, golden files from released schemas, backups, refusals."""

import hashlib
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.integrity import IntegrityService
from skpdesk.storage.database import Database
from skpdesk.storage.engine import make_engine
from skpdesk.storage.migrate import MIGRATIONS_DIR, current_revision, head_revision, upgrade

GOLDEN = Path(__file__).parent.parent / "fixtures" / "db"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_at_head_with_wal_and_foreign_keys(tmp_path):
    db = Database(tmp_path / "new.sqlite")
    assert current_revision(db.engine) == head_revision()
    assert db.last_backup is None  # nothing to keep in a new file
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert db.device_id
    db.close()


def test_device_id_is_created_once_and_kept(tmp_path):
    first = Database(tmp_path / "a.sqlite")
    device = first.device_id
    first.close()
    again = Database(tmp_path / "a.sqlite")
    assert again.device_id == device
    other = Database(tmp_path / "b.sqlite")
    assert other.device_id != device


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("v*.sqlite")), ids=lambda p: p.name)
def test_golden_database_from_released_schema_opens_and_keeps_its_data(tmp_path, golden):
    copy = tmp_path / golden.name
    shutil.copy(golden, copy)
    db = Database(copy)
    assert current_revision(db.engine) == head_revision()
    with db.reader() as r:
        assert r.office.instansi() is not None
        assert r.people.count() > 0
        assert r.journal.unjournaled_rows() == []
    db.close()


DIALOG_TABLES = ("dialog_kinerja", "dialog_peserta", "dialog_topik", "dialog_adendum",
                 "tindak_lanjut", "umpan_balik", "umpan_balik_bimbingan", "evaluasi_kompetensi")


@pytest.mark.parametrize("golden", [p for p in sorted(GOLDEN.glob("v*.sqlite"))
                                    if p.stem.removeprefix("v") >= "0009"], ids=lambda p: p.name)
def test_golden_dialog_rows_survive_the_upgrade_and_pass_the_check(tmp_path, golden):
    """From schema 0009 the golden file holds a row in each issue-10 table (make_golden.py)."""
    before = sqlite3.connect(golden)
    counts = {t: before.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in DIALOG_TABLES}
    before.close()
    assert all(counts.values()), counts
    copy = tmp_path / golden.name
    shutil.copy(golden, copy)
    _attachments_beside(tmp_path, golden)
    db = Database(copy)
    after = sqlite3.connect(copy)
    assert {t: after.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in DIALOG_TABLES} == counts
    after.close()
    report = IntegrityService(db, "test").run()
    db.close()
    assert report.ok, report.errors


def _attachments_beside(tmp_path, golden) -> None:
    """From schema 0012 the golden file has a signed scan whose file is in
    tests/fixtures/db/attachments/: the check verifies it, so it goes beside the copy."""
    if golden.stem.removeprefix("v") >= "0012" and not (tmp_path / "attachments").exists():
        shutil.copytree(GOLDEN / "attachments", tmp_path / "attachments")


def _upgraded_with_rows(tmp_path, golden, tables) -> Database:
    """A copy of `golden` opened (upgraded to head), after checking that each of `tables` had
    rows and still has the same number."""
    def counts(path):
        conn = sqlite3.connect(path)
        try:
            return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        finally:
            conn.close()

    before = counts(golden)
    assert all(before.values()), before
    copy = tmp_path / golden.name
    shutil.copy(golden, copy)
    _attachments_beside(tmp_path, golden)
    db = Database(copy)
    assert counts(copy) == before
    return db


EVIDENCE_TABLES = ("periode_tahun", "batas_periode", "rencana_aksi", "realisasi", "bukti_dukung")


@pytest.mark.parametrize("golden", [p for p in sorted(GOLDEN.glob("v*.sqlite"))
                                    if p.stem.removeprefix("v") >= "0010"], ids=lambda p: p.name)
def test_golden_evidence_rows_survive_the_upgrade_and_pass_the_check(tmp_path, golden):
    """From schema 0010 the golden file holds a row in each issue-11 table (make_golden.py)."""
    db = _upgraded_with_rows(tmp_path, golden, EVIDENCE_TABLES)
    report = IntegrityService(db, "test").run()
    db.close()
    assert report.ok, report.errors


PENILAIAN_TABLES = ("predikat_organisasi", "evaluasi", "keberatan", "masukan_penilaian")


@pytest.mark.parametrize("golden", [p for p in sorted(GOLDEN.glob("v*.sqlite"))
                                    if p.stem.removeprefix("v") >= "0011"], ids=lambda p: p.name)
def test_golden_penilaian_rows_survive_the_upgrade_and_read_back(tmp_path, golden):
    """From schema 0011 the golden file holds a row in each issue-12 table (make_golden.py):
    they survive the upgrade, pass the check, and read back through the services."""
    from skpdesk.services.context import Services  # noqa: PLC0415 - only this test needs it

    db = _upgraded_with_rows(tmp_path, golden, PENILAIAN_TABLES)
    s = Services.build(db, "test")
    assert IntegrityService(db, "test").run().ok
    staff = s.staff.by_nip("200012312024211001")
    skp = s.evaluations.skp_for(staff.id, "2026-TW1")
    evaluation = s.evaluations.get(skp.id, "2026-TW1", today=dt.date(2026, 4, 12))
    assert evaluation.predikat.label == "Baik" and evaluation.status.value == "ditetapkan"
    assert evaluation.pegawai.name == "Siti Rahayu"
    assert s.keberatan.for_evaluation(skp.id, "2026-TW1").status.value == "diajukan"
    db.close()


PAPER_TABLES = ("printed_document", "signed_scan")


@pytest.mark.parametrize("golden", [p for p in sorted(GOLDEN.glob("v*.sqlite"))
                                    if p.stem.removeprefix("v") >= "0012"], ids=lambda p: p.name)
def test_golden_paper_rows_survive_the_upgrade_and_read_back(tmp_path, golden):
    """From schema 0012 the golden file holds a printed evaluasi form and a penetapan (a copy
    with no SKP) and the signed scan of the evaluasi form, whose file travels beside it in
    tests/fixtures/db/attachments/: they survive the upgrade, pass the check (the scan's file
    is verified) and read back through the services."""
    from skpdesk.services.context import Services  # noqa: PLC0415 - only this test needs it

    db = _upgraded_with_rows(tmp_path, golden, PAPER_TABLES)
    s = Services.build(db, "test")
    report = IntegrityService(db, "test").run()
    assert report.ok, report.errors
    staff = s.staff.by_nip("200012312024211001")
    skp = s.evaluations.skp_for(staff.id, "2026-TW1")
    evaluation = s.evaluations.get(skp.id, "2026-TW1", today=dt.date(2026, 4, 12))
    scan = s.scans.latest_scan(evaluation.id, "evaluasi")
    assert scan is not None and scan.pages == 3 and scan.scanned_on == dt.date(2026, 4, 20)
    assert s.scans.scan_path(scan).is_file()
    check = s.skp_document.check_print(scan.code)
    assert (check.kind, check.printed_status, check.record_id) == ("evaluasi", "ditetapkan",
                                                                  evaluation.id)
    db.close()


def test_every_revision_has_a_golden_database():
    revisions = sorted(p.name.split("_")[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    goldens = sorted(p.stem.removeprefix("v") for p in GOLDEN.glob("v*.sqlite"))
    assert revisions == goldens


def test_newer_schema_is_refused_and_file_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(DomainError) as err:
        Database(path)
    assert err.value.code is ErrorCode.DB_NEWER_SCHEMA
    assert err.value.params["revision"] == "9999_from_the_future"
    assert _sha(path) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database")
    with pytest.raises(DomainError) as err:
        Database(path)
    assert err.value.code is ErrorCode.DB_NOT_SKP and err.value.params["reason"] == "not_sqlite"
    assert path.read_text() == "not a database"


def test_upgrade_backs_up_before_migrating(tmp_path):
    """A real Alembic history: the app's revisions, then a later step added here."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (scripts / "versions" / "9999_note.py").write_text(
        '"""add a note column"""\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = '9999'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('instansi') as batch:\n"
        "        batch.add_column(sa.Column('note', sa.Text(), nullable=True))\n\n\n"
        "def downgrade():\n"
        "    with op.batch_alter_table('instansi') as batch:\n"
        "        batch.drop_column('note')\n")
    path = tmp_path / "office.sqlite"
    db = Database(path)
    with db.unit_of_work("t") as uow:
        uow.office.create_instansi("Dinas Contoh", "Wonosari")
    db.close()

    engine = make_engine(path)
    backup = upgrade(engine, path, tmp_path / "backups", script_location=scripts)
    assert current_revision(engine) == "9999"
    engine.dispose()
    assert backup is not None and backup.parent == tmp_path / "backups"
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
    assert old.execute("SELECT name FROM instansi").fetchone() == ("Dinas Contoh",)
    old.close()
    new = sqlite3.connect(path)
    assert new.execute("SELECT name, note FROM instansi").fetchone() == ("Dinas Contoh", None)
    new.close()


def test_migrations_build_exactly_the_declared_tables(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from skpdesk.storage.search_index import is_search_index_table
    from skpdesk.storage.tables import Base

    def declared(obj, name, type_, reflected, compare_to):
        # the FTS5 search index is derived and created by raw DDL, not an ORM table
        return not (type_ == "table" and is_search_index_table(name))

    db = Database(tmp_path / "x.sqlite")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": declared})
        assert compare_metadata(context, Base.metadata) == []
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'search_index'").scalar() == 1
    db.close()


def test_upgrade_drops_natural_key_uniques_and_keeps_references(tmp_path):
    """0005 rebuilds tables that others reference (pegawai, skp, core_value): the data, the
    foreign keys and their enforcement survive, and only the journal's (device, seq) stays
    UNIQUE (sync merges rows of one natural key instead of failing on them)."""
    copy = tmp_path / "v0003.sqlite"
    shutil.copy(GOLDEN / "v0003.sqlite", copy)
    before = sqlite3.connect(copy)
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("pegawai", "skp", "perilaku_kerja", "core_value", "rhk", "journal")}
    assert "UNIQUE" in before.execute("SELECT sql FROM sqlite_master WHERE name='pegawai'").fetchone()[0]
    before.close()
    db = Database(copy)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        for table, count in counts.items():
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count
        uniques = [name for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type='table'").fetchall()
            if sql and "UNIQUE" in sql]
        assert uniques == ["journal"]
        fks = conn.exec_driver_sql("PRAGMA foreign_key_list(skp)").fetchall()
        assert {row[2] for row in fks} == {"pegawai"}
    with db.reader() as r:
        assert r.journal.unjournaled_rows() == []
    db.close()


def test_an_upgrade_that_would_leave_dangling_references_is_rolled_back(tmp_path):
    """Foreign keys are off while migrations rebuild tables: a step that breaks a reference
    must not be committed, and the file keeps its schema and rows."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (scripts / "versions" / "9999_bad.py").write_text(
        '"""a broken step: deletes units that pegawai reference"""\n'
        "from alembic import op\n\n"
        f"revision = '9999'\ndown_revision = '{head}'\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n"
        "    op.execute('DELETE FROM unit_kerja')\n\n\n"
        "def downgrade():\n"
        "    pass\n")
    path = tmp_path / "office.sqlite"
    shutil.copy(GOLDEN / "v0003.sqlite", path)
    Database(path).close()
    engine = make_engine(path)
    with pytest.raises(RuntimeError, match="dangling"):
        upgrade(engine, path, tmp_path / "backups", script_location=scripts)
    assert current_revision(engine) == head
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM unit_kerja").scalar() > 0
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
