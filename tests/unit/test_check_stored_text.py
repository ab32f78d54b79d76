"""`skpdesk check` reports stored text with control characters or bidi overrides (issue 7):
legacy rows written before the input rule of `domain.text_rules`, each value one finding that
names the table, the row, the column and the character."""

from __future__ import annotations

import datetime as dt

from skpdesk.services.integrity import IntegrityService

from .helpers_office import NIP_HEAD, NIP_STAFF, person

YEAR = 2026
TODAY = dt.date(YEAR, 6, 1)


def _legacy(db, entity: str, row_id: str, **fields) -> None:
    """What an older release accepted: through the repositories (journaled), past the rules."""
    with db.unit_of_work("legacy") as uow:
        if entity == "pegawai":
            uow.people.update(row_id, fields)
        else:
            uow.office.update_instansi(**fields)


def _findings(db):
    report = IntegrityService(db, "test").run(today=TODAY)
    return report, [f for f in report.errors if f.code == "text_control_character"]


def test_legacy_control_characters_and_bidi_overrides_are_each_a_finding(office, db):
    head = office.staff.add(person("Bambang Sutrisno", NIP_HEAD, kind="jpt")).value
    staff = office.staff.add(person("Agus Santoso", NIP_STAFF, supervisor=NIP_HEAD)).value
    assert _findings(db)[1] == []  # ordinary text, with tabs and line breaks allowed elsewhere

    _legacy(db, "pegawai", staff.id, name="Agus \u202eosotnaS", position="Pranata\x1b[31m")
    _legacy(db, "pegawai", head.id, name="Bambang\x00")
    _legacy(db, "instansi", "", city="Wono\x07sari")
    report, found = _findings(db)
    assert not report.ok  # an error: the rule every write enforces is broken
    got = {(f.entity, f.entity_id, f.message_params["column"], f.message_params["char"],
            f.message_params["position"]) for f in found}
    instansi = office.office.instansi()
    assert got == {
        ("pegawai", staff.id, "name", "U+202E RIGHT-TO-LEFT OVERRIDE", 6),
        ("pegawai", staff.id, "position", "U+001B ESCAPE", 8),
        ("pegawai", head.id, "name", "U+0000 NULL", 8),
        ("instansi", instansi.id, "city", "U+0007 BELL", 5),
    }
    assert all(f.message_params["table"] == f.entity for f in found)
    # journaled writes: nothing else is wrong with these rows
    assert {f.code for f in report.errors} == {"text_control_character"}


def test_the_finding_is_worded_with_the_character_and_without_it(office, db):
    from skpdesk.cli.check_messages import check_message

    staff = office.staff.add(person("Agus Santoso", NIP_STAFF)).value
    _legacy(db, "pegawai", staff.id, name="Agus \u202eosotnaS")
    finding = _findings(db)[1][0]
    text = check_message(finding.code, {**finding.message_params, "entity_id": staff.id})
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in text and "kolom name" in text
    assert "tabel pegawai" in text and staff.id in text and "\u202e" not in text
