"""`skpdesk check` over the five issue-11 tables: journaled rows pass, side doors are found,
values the services cannot decode (rhythm, period name, evidence kind and status) too."""

import datetime as dt

import pytest

from skpdesk.services.integrity import IntegrityService

from .helpers_evidence_rows import (add_evidence, set_deadline, set_period_year, set_plan,
                                    set_realisasi)
from .helpers_office import three_levels
from .test_integrity import raw_sql

TABLES = ("periode_tahun", "batas_periode", "rencana_aksi", "realisasi", "bukti_dukung")


@pytest.fixture
def rows(office, db):
    """One journaled row in each of the five tables."""
    _, _, staff = three_levels(office)
    skp = office.skp.create(staff.id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "Tersedianya aplikasi").value
    ind = office.skp.add_indicator(rhk.id, "Jumlah aplikasi", aspect="kuantitas",
                                   target_value="2").value.indicators[0]
    return {"periode_tahun": set_period_year(db, 2026, "triwulanan"),
            "batas_periode": set_deadline(db, "2026-TW1", dt.date(2026, 4, 20)),
            "rencana_aksi": set_plan(db, skp.id, rhk.id, "2026-TW1", "Menyusun rancangan", "1"),
            "realisasi": set_realisasi(db, skp.id, rhk.id, ind.id, "2026-TW1", "1 aplikasi"),
            "bukti_dukung": add_evidence(db, skp.id, rhk.id, b"%PDF-1.4 bukti")}


def _check(db):
    return IntegrityService(db, "test").run(2026, today=dt.date(2026, 6, 1))


def test_journaled_rows_of_the_five_tables_pass(rows, db):
    report = _check(db)
    assert report.ok, report.errors
    assert not [f for f in report.warnings if f.code.startswith("attachment")]


@pytest.mark.parametrize("table", TABLES)
def test_a_side_door_change_in_each_table_is_an_unjournaled_row(rows, db, table):
    raw_sql(db, f'UPDATE "{table}" SET hlc = ? WHERE id = ?', "0000000000001-00000", rows[table])
    findings = [f for f in _check(db).errors if f.code == "unjournaled_row"]
    assert [(f.entity, f.entity_id) for f in findings] == [(table, rows[table])]


@pytest.mark.parametrize("table", TABLES)
def test_a_side_door_delete_in_each_table_is_found(rows, db, table):
    raw_sql(db, f'DELETE FROM "{table}" WHERE id = ?', rows[table])  # foreign keys off
    findings = [f for f in _check(db).errors if f.code == "row_deleted_outside_journal"]
    assert (table, rows[table]) in [(f.entity, f.entity_id) for f in findings]


@pytest.mark.parametrize("table, column, value", [
    ("periode_tahun", "rhythm", "mingguan"),
    ("batas_periode", "period", "2026-TW5"),
    ("rencana_aksi", "period", "2026-Q1"),     # read as 2026-TW1, but not stored so
    ("realisasi", "period", "triwulan 1"),
    ("bukti_dukung", "period", "2026-13"),
    ("bukti_dukung", "kind", "berkas"),
    ("bukti_dukung", "status", "disetujui"),
    ("batas_periode", "deadline", "10-04-2026"),
])
def test_values_the_evidence_services_cannot_decode_are_findings(rows, db, table, column, value):
    raw_sql(db, f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', value, rows[table])
    bad = [f for f in _check(db).errors if f.code == "value_undecodable"]
    assert [(f.entity, f.entity_id, f.message_params["column"]) for f in bad] == \
        [(table, rows[table], column)]
