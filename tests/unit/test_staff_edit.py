"""`StaffService.edit`: some fields by staff-file column, the rest as stored (`staff set`)."""

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode

from .helpers_office import NIP_STAFF, three_levels


def test_edit_refuses_an_unknown_column(office):
    _, _, staff = three_levels(office)
    with pytest.raises(DomainError) as err:
        office.staff.edit(staff, {"gaji": "10"})
    assert err.value.code is ErrorCode.FIELD_INVALID_CHOICE and err.value.params["value"] == "gaji"


def test_edit_of_a_stale_copy_is_refused(office):
    _, _, staff = three_levels(office)
    office.staff.edit(staff, {"nama": "Agus S."})
    with pytest.raises(DomainError) as err:
        office.staff.edit(staff, {"jabatan": "Analis"})
    assert err.value.code is ErrorCode.RECORD_CHANGED
    assert office.staff.by_nip(NIP_STAFF).position == "Pranata Komputer Ahli Pertama"


def test_edit_keeps_references_not_named(office):
    head, kabid, staff = three_levels(office)
    office.staff.set_supervisor(staff.id, kabid.id)
    fresh = office.staff.get(staff.id)
    edited = office.staff.edit(fresh, {"jabatan": "Analis", "nip_atasan_penilai": head.nip}).value
    assert (edited.supervisor_id, edited.appraiser_override_id) == (kabid.id, head.id)
