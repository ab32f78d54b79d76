""""Perlu tindakan" source `unsigned_prints` (issue 13): the newest print of an SKP, evaluasi,
dokumen evaluasi or penetapan recorded more than 14 days ago without a signed scan, for the
pegawai's pejabat penilai and the pegawai; gone once the scan is imported."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.print_marks import qr_payload
from skpdesk.services.context import Services
from skpdesk.services.paper.scan_actions import SOURCE_KEY, UnsignedPrintsSource
from skpdesk.storage.database import Database

from ..helpers_office import three_levels
from .helpers_scan import code_sheets

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def office(tmp_path):
    db = Database(tmp_path / "office.sqlite")
    s = Services.build(db, "test")
    s.office.init_office("Dinas Contoh", "Wonosari")
    people = three_levels(s)
    yield s, people
    db.close()


def _print_days_ago(s, skp_id, days):
    real = s.db.wall_clock
    s.db.wall_clock = lambda: real() - days * DAY_MS
    try:
        doc = s.skp_document.build(skp_id)
        s.skp_document.record_print(doc)
    finally:
        s.db.wall_clock = real
    return doc


def _items(s, me_id, today=None):
    source = UnsignedPrintsSource(today=lambda: today or dt.date.today())
    with s.db.reader() as reader:
        return source.items(reader, me_id, 2026)


def test_old_unsigned_print_is_listed_for_the_penilai_and_the_pegawai(office, tmp_path):
    s, (head, kabid, staff) = office
    skp = s.skp.create(staff.id, 2026).value
    doc = _print_days_ago(s, skp.id, 15)
    (item,) = _items(s, kabid.id)  # the staff's pejabat penilai
    assert (item.source, item.target.kind, item.target.pegawai_id, item.target.skp_id) == (
        SOURCE_KEY, "skp", staff.id, skp.id)
    assert item.title == staff.full_name and doc.code in item.detail and "dicetak" in item.detail
    assert [i.target.skp_id for i in _items(s, staff.id)] == [skp.id]  # the pegawai's own
    assert _items(s, head.id) == []  # not the head's paper
    # the registry carries it: the panel's collection lists it under its label
    groups = {g.key: g for g in s.actions.collect(kabid.id, 2026)}
    assert [i.target.skp_id for i in groups[SOURCE_KEY].items] == [skp.id]
    # the signed scan comes back: gone
    s.scans.import_scans([code_sheets(tmp_path / "ttd.pdf", [qr_payload(
        doc.code, "skp", skp.id, doc.revision, 1, 1)])])
    assert _items(s, kabid.id) == []


def test_recent_print_and_superseded_print(office):
    s, (_head, kabid, staff) = office
    skp = s.skp.create(staff.id, 2026).value
    _print_days_ago(s, skp.id, 10)
    assert _items(s, kabid.id) == []  # 10 days: not yet
    assert [i.target.skp_id for i in _items(s, kabid.id, dt.date.today()
                                            + dt.timedelta(days=5))] == [skp.id]
    # a newer copy of the same record (the SKP changed, printed again today) supersedes the
    # old one: the old unsigned copy is no longer chased, the new one is not old enough
    s.skp.add_rhk(skp.id, "RHK baru")
    _print_days_ago(s, skp.id, 0)
    assert _items(s, kabid.id) == []


def test_only_signed_kinds_are_chased(office):
    s, (_head, kabid, staff) = office
    skp = s.skp.create(staff.id, 2026).value
    real = s.db.wall_clock
    s.db.wall_clock = lambda: real() - 30 * DAY_MS
    try:
        with s.db.unit_of_work("test") as uow:  # a B.1.8 form printed on the SKP
            uow.printing.record(code="SKP-AAAAA-BBBBB", kind="b18", skp_id=skp.id, revision=1,
                                content_hash="x" * 64)
    finally:
        s.db.wall_clock = real
    assert _items(s, kabid.id) == []
