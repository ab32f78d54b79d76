"""`StaffService.set_employment_status`: pensiun / mutasi keluar / aktif again, nothing deleted."""

import datetime as dt

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import EmploymentStatus


def test_leaving_keeps_the_pegawai_their_skp_and_journal(office):
    from .helpers_office import three_levels

    head, kabid, staff = three_levels(office)
    skp = office.skp.create(kabid.id, 2026).value
    journal_before = len(office.journal.for_entity(kabid.id))
    change = office.staff.set_employment_status(kabid.id, EmploymentStatus.PENSIUN,
                                                dt.date(2026, 3, 1)).value
    assert change.pegawai.employment_status is EmploymentStatus.PENSIUN
    assert change.pegawai.status_since == dt.date(2026, 3, 1)
    assert not change.pegawai.is_active
    # still there, with the SKP and every earlier journal entry; one entry more for the change
    assert office.staff.get(kabid.id).name == kabid.name
    assert office.skp.get(skp.id).pegawai_id == kabid.id
    history = office.journal.for_entity(kabid.id)
    assert len(history) == journal_before + 1
    assert history[-1].fields["employment_status"] == ["aktif", "pensiun"]
    # warned, not blocked: the fungsional still reports to her, her SKP is a draft
    assert [p.id for p in change.active_subordinates] == [staff.id]
    assert [s.id for s in change.open_skps] == [skp.id]
    assert change.warnings


def test_reactivation_and_the_same_status_again_writes_nothing(office):
    from .helpers_office import three_levels

    _, _, staff = three_levels(office)
    office.staff.set_employment_status(staff.id, "mutasi_keluar", "2026-02-01")
    count = office.journal.count()
    again = office.staff.set_employment_status(staff.id, "mutasi_keluar", "2026-02-01")
    assert office.journal.count() == count and not again.changes.affects("pegawai")
    back = office.staff.set_employment_status(staff.id, "aktif", "2026-06-01").value
    assert back.pegawai.is_active and back.pegawai.status_since == dt.date(2026, 6, 1)
    assert not back.warnings


@pytest.mark.parametrize("status, since, field", [("cuti", None, "status_kepegawaian"),
                                                  ("pensiun", "2026-02-30", "sejak")])
def test_bad_status_or_date_is_refused_naming_the_field(office, status, since, field):
    from .helpers_office import three_levels

    _, _, staff = three_levels(office)
    count = office.journal.count()
    with pytest.raises(DomainError) as err:
        office.staff.set_employment_status(staff.id, status, since)
    assert err.value.params["field"] == field
    assert err.value.code in (ErrorCode.FIELD_INVALID_CHOICE, ErrorCode.FIELD_INVALID_DATE)
    assert office.journal.count() == count
