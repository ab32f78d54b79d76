"""`skpdesk check` over the eight issue-10 tables: journaled rows pass, side doors are found."""

import datetime as dt
import json

import pytest

from skpdesk.domain.dialog import B18_STATEMENTS, DEFAULT_AGREEMENT_SCALE
from skpdesk.domain.ids import natural_id
from skpdesk.services.integrity import IntegrityService
from skpdesk.storage.tables import (CoachingFeedbackRow, CompetencyEvaluationRow,
                                    DialogAddendumRow, DialogParticipantRow, DialogRow,
                                    DialogTopicRow, FeedbackRow, FollowUpRow)

from .helpers_office import three_levels
from .helpers_sync_rows import add_row
from .test_integrity import raw_sql

TABLES = ("dialog_kinerja", "dialog_peserta", "dialog_topik", "dialog_adendum", "tindak_lanjut",
          "umpan_balik", "umpan_balik_bimbingan", "evaluasi_kompetensi")


@pytest.fixture
def rows(services, db):
    """One journaled row in each of the eight tables."""
    services.office.init_office("Dinas Contoh", "Wonosari")
    _, kabid, staff = three_levels(services)
    skp = services.skp.create(staff.id, 2026).value
    rhk = services.skp.add_rhk(skp.id, "Tersedianya aplikasi").value
    answers = [{"number": i + 1, "statement": s, "response": DEFAULT_AGREEMENT_SCALE[1],
                "comment": ""} for i, s in enumerate(B18_STATEMENTS)]
    ids = {}
    with db.unit_of_work("test") as uow:
        d = ids["dialog_kinerja"] = add_row(
            uow, DialogRow, held_on=dt.date(2026, 3, 12), kind="coaching", led_by_id=kabid.id,
            author_id=kabid.id, notes="Catatan", agenda=json.dumps(["Capaian"]),
            closed_at="2026-03-12T10:00:00+00:00")
        ids["dialog_peserta"] = add_row(uow, DialogParticipantRow,
                                        row_id=natural_id(f"{d}/peserta/{staff.id}"),
                                        dialog_id=d, pegawai_id=staff.id)
        ids["dialog_topik"] = add_row(uow, DialogTopicRow, dialog_id=d, rhk_id=rhk.id)
        ids["dialog_adendum"] = add_row(uow, DialogAddendumRow, dialog_id=d, text="Tambahan",
                                        written_at="2026-03-13T08:00:00+00:00", author_id=kabid.id)
        ids["tindak_lanjut"] = add_row(uow, FollowUpRow, dialog_id=d, owner_id=staff.id,
                                       text="Menyusun laporan", due_on=dt.date(2026, 4, 30),
                                       rhk_id=rhk.id)
        ids["umpan_balik"] = add_row(uow, FeedbackRow, skp_id=skp.id, rhk_id=rhk.id,
                                     period="2026-Q1", target_label="RHK 1", text="Baik",
                                     given_on=dt.date(2026, 3, 12), dialog_id=d)
        ids["umpan_balik_bimbingan"] = add_row(
            uow, CoachingFeedbackRow, dialog_id=d, pegawai_id=staff.id,
            answered_on=dt.date(2026, 3, 14), scale=json.dumps(list(DEFAULT_AGREEMENT_SCALE)),
            answers=json.dumps(answers))
        ids["evaluasi_kompetensi"] = add_row(
            uow, CompetencyEvaluationRow, dialog_id=d, pegawai_id=staff.id,
            evaluator_id=kabid.id, evaluated_on=dt.date(2026, 3, 14),
            items=json.dumps([{"name": "Analisis data", "value": 4, "reason": "Rapi"}]))
    return ids


def _check(db):
    return IntegrityService(db, "test").run(2026, today=dt.date(2026, 6, 1))


def test_journaled_rows_of_the_eight_tables_pass(rows, db):
    report = _check(db)
    assert report.ok, report.errors


@pytest.mark.parametrize("table", TABLES)
def test_a_side_door_stamp_change_in_each_table_is_an_unjournaled_row(rows, db, table):
    raw_sql(db, f'UPDATE "{table}" SET hlc = ? WHERE id = ?', "0000000000001-00000", rows[table])
    findings = [f for f in _check(db).errors if f.code == "unjournaled_row"]
    assert [(f.entity, f.entity_id) for f in findings] == [(table, rows[table])]


@pytest.mark.parametrize("table", TABLES)
def test_a_side_door_delete_in_each_table_is_found(rows, db, table):
    raw_sql(db, f'DELETE FROM "{table}" WHERE id = ?', rows[table])  # foreign keys off
    findings = [f for f in _check(db).errors if f.code == "row_deleted_outside_journal"]
    assert (table, rows[table]) in [(f.entity, f.entity_id) for f in findings]


@pytest.mark.parametrize("table, column, value", [
    ("dialog_kinerja", "kind", "ngobrol"),
    ("dialog_kinerja", "agenda", "bukan json"),
    ("tindak_lanjut", "status", "selesai"),
    ("umpan_balik", "period", "2026-13"),
    ("umpan_balik_bimbingan", "answers", '{"1": "Setuju"}'),
    ("umpan_balik_bimbingan", "scale", "[1, 2]"),
    ("evaluasi_kompetensi", "items", "[]]"),
])
def test_values_the_dialog_services_cannot_decode_are_findings(rows, db, table, column, value):
    raw_sql(db, f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', value, rows[table])
    bad = [f for f in _check(db).errors if f.code == "value_undecodable"]
    assert [(f.entity, f.entity_id, f.message_params["column"]) for f in bad] == \
        [(table, rows[table], column)]
