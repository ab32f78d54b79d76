"""Two editors read the same pegawai, then both save: the second one is refused instead of
silently undoing the first one's change; a save writes only the fields it changed."""

from __future__ import annotations

import dataclasses

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.helpers_office import NIP_STAFF, three_levels


def _as_input(p, **changes):
    from skpdesk.domain.people import PegawaiInput
    inp = PegawaiInput(name=p.name, asn_type=p.asn_type.value, nip=p.nip,
                       front_title=p.front_title, back_title=p.back_title, rank=p.rank_code,
                       position=p.position, position_kind=p.position_kind.value,
                       jenjang=p.jenjang, unit_path=p.unit_path, supervisor_nip=p.supervisor_nip)
    return dataclasses.replace(inp, **changes)


def test_second_of_two_concurrent_updates_is_refused_and_the_first_kept(office, db):
    three_levels(office)
    # A second "window": another Database on the same file, another actor.
    other_db = Database(db.path)
    other = Services.build(other_db, "dewi@laptop-2")
    try:
        mine = office.staff.by_nip(NIP_STAFF)
        theirs = other.staff.by_nip(NIP_STAFF)
        other.staff.update(theirs, _as_input(theirs, position="Pranata Komputer Ahli Muda",
                                             jenjang="Ahli Muda"))
        with pytest.raises(DomainError) as refused:
            office.staff.update(mine, _as_input(mine, rank="III/c"))
        assert refused.value.code is ErrorCode.RECORD_CHANGED
        assert refused.value.params["actor"] == "dewi@laptop-2"
        assert refused.value.params["name"] == "Agus Santoso"
        now = office.staff.by_nip(NIP_STAFF)
        assert (now.position, now.jenjang, now.rank_code) == ("Pranata Komputer Ahli Muda",
                                                              "Ahli Muda", "III/b")
        # Reloaded, the same edit goes through and keeps the other change.
        office.staff.update(now, _as_input(now, rank="III/c"))
        final = office.staff.by_nip(NIP_STAFF)
        assert (final.position, final.rank_code) == ("Pranata Komputer Ahli Muda", "III/c")
    finally:
        other_db.close()


def test_an_update_writes_and_journals_only_the_changed_field(office, db):
    three_levels(office)
    staff = office.staff.by_nip(NIP_STAFF)
    office.staff.update(staff, _as_input(staff, position="Analis Data"))
    with db.reader() as r:
        entry = r.journal.for_entity(staff.id)[-1]
    assert entry.op == "update" and set(entry.fields) == {"position"}


def test_update_needs_the_record_as_read_not_its_id(office):
    head, _, _ = three_levels(office)
    with pytest.raises(TypeError):
        office.staff.update(head.id, _as_input(head))


def test_the_refusal_reads_as_a_sentence(office, db):
    from skpdesk.cli.messages import format_error
    error = DomainError(ErrorCode.RECORD_CHANGED, name="Agus Santoso", actor="dewi@laptop-2")
    assert format_error(error) == ("Data pegawai Agus Santoso telah diubah oleh dewi@laptop-2 "
                                   "sejak dibuka; perubahan ini tidak disimpan. Muat ulang "
                                   "datanya, lalu ulangi perubahan.")
