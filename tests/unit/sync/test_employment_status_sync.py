"""A pegawai marked as no longer active (schema 0008 columns, one of them a date) travels to
another replica and the receiver's rows and check agree."""

import datetime as dt

from skpdesk.domain.people import EmploymentStatus

from ..helpers_office import three_levels
from .replicas import Replica, converge


def test_employment_status_syncs(tmp_path):
    a, b = Replica(tmp_path / "a", "a"), Replica(tmp_path / "b", "b")
    try:
        a.s.office.init_office("Dinas Contoh", "Wonosari")
        _, kabid, _ = three_levels(a.s)
        a.s.staff.set_employment_status(kabid.id, "mutasi_keluar", "2026-05-04")
        converge(a, b)
        there = b.s.staff.get(kabid.id)
        assert there.employment_status is EmploymentStatus.MUTASI_KELUAR
        assert there.status_since == dt.date(2026, 5, 4)
        assert b.rows() == a.rows()
        assert b.s.integrity.run().ok and a.s.integrity.run().ok
    finally:
        a.close()
        b.close()
