"""Parts of the sync window that need no second replica: the removable-drive filter, the bundle
file name, who is the central copy, the peer table (under Qt's model tester) and the dashboard's
summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from skpdesk.ui.sync.dashboard_page import DashboardPage
from skpdesk.ui.sync.peer_model import (COL_CONFLICTS, COL_NAME, COL_RECEIVED, COL_ROLE,
                                        COL_SENT, COL_STATUS, PeerTableModel)
from skpdesk.ui.sync.removable_drives import Drive, drives_from_mounts
from skpdesk.ui.sync.sync_backend import PeerRow, bundle_file_name, is_central
from skpdesk.ui.sync.when_text import ago_text, parse_iso

from .test_item_models import model_checker, walk  # noqa: F401 - the fixture

NOW = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.timezone.utc)


def peer(name: str, *, central: bool = False, received: str | None = None,
         revoked: str | None = None, conflicts: int = 0) -> PeerRow:
    return PeerRow(device_id=f"id-{name}", name=name, fingerprint="ABCD-EF01-2345-6789",
                   is_central=central, pinned_at="2026-11-01T08:00:00+00:00", revoked_at=revoked,
                   last_received_at=received, last_received_bundle="b-1" if received else None,
                   last_sent_at="2026-11-28T08:00:00+00:00", pending_operations=5,
                   open_conflicts=conflicts, missing_attachments=1)


def test_removable_drives_are_the_volumes_below_media_run_media_and_mnt():
    mounts = [("/", ""), ("/home", ""), ("/media", ""), ("/media/budi/KINGSTON", "KINGSTON"),
              ("/run/media/ratna/FLASH", ""), ("/mnt/usb", "DATA"), ("/mnt", ""),
              ("/boot/efi", "EFI"), ("/mediaX/fake", "")]
    assert drives_from_mounts(mounts, "linux") == [
        Drive("/media/budi/KINGSTON", "KINGSTON"), Drive("/mnt/usb", "DATA"),
        Drive("/run/media/ratna/FLASH", "FLASH")]
    assert drives_from_mounts([("/Volumes/STICK", "STICK"), ("/", "")], "darwin") == [
        Drive("/Volumes/STICK", "STICK")]


def test_bundle_file_name_is_safe_on_every_file_system():
    name = bundle_file_name("Laptop Bu Ratna/Kasubag", "Komputer: Pusat?",
                            dt.datetime(2026, 11, 29, 9, 5))
    assert name == "Laptop-Bu-Ratna-Kasubag-untuk-Komputer-Pusat-20261129-0905.skpbundle"


def test_this_replica_is_central_when_it_has_peers_and_none_of_them_is_central():
    # `sync peer add --central` marks the OTHER side: a laptop pins the central copy with it
    assert not is_central([])
    assert is_central([peer("Laptop A"), peer("Laptop B")])
    assert not is_central([peer("Pusat", central=True)])
    assert not is_central([peer("Pusat", central=True), peer("Laptop B")])
    assert not is_central([peer("Laptop A", revoked="2026-11-02T00:00:00+00:00")])
    assert is_central([peer("Pusat", central=True)], explicit=True)


def test_peer_table_under_the_model_tester_shows_dates_and_how_long_ago(model_checker):
    model = PeerTableModel()
    model.now = NOW
    model_checker.attach(model)
    model.set_peers([peer("Laptop B", received="2026-11-29T09:00:00+00:00", conflicts=2),
                     peer("Laptop A"),
                     peer("Pusat", central=True, received="2026-10-01T00:00:00+00:00"),
                     peer("Lama", revoked="2026-11-20T00:00:00+00:00")])
    model_checker.check()
    assert walk(model) == 4 * model.columnCount()
    names = [model.data(model.index(r, COL_NAME)) for r in range(4)]
    assert names == ["Laptop A", "Laptop B", "Pusat", "Lama"]  # revoked last
    assert model.data(model.index(0, COL_RECEIVED)) == "never"
    assert "3 hour(s) ago" in model.data(model.index(1, COL_RECEIVED))
    assert "day(s) ago" in model.data(model.index(1, COL_SENT))
    assert model.data(model.index(1, COL_CONFLICTS)) == 2
    assert model.data(model.index(2, COL_ROLE)) == "Central copy"
    assert model.data(model.index(2, COL_STATUS)) == "no bundle for a long time"
    assert model.data(model.index(2, COL_RECEIVED), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, COL_STATUS)) == "active"
    assert model.data(model.index(3, COL_STATUS)).startswith("revoked")
    assert model.find("id-Pusat").row() == 2
    model.set_peers([])
    model_checker.check()


def test_dashboard_counts_laptops_not_heard_from_and_conflicts(qtbot):
    page = DashboardPage()
    qtbot.addWidget(page)
    page.model.now = NOW
    page.set_peers([peer("A", received="2026-11-28T00:00:00+00:00", conflicts=1),
                    peer("B"), peer("C", received="2026-10-01T00:00:00+00:00"),
                    peer("D", revoked="2026-11-01T00:00:00+00:00")], missing_here=3)
    assert page.model.rowCount() == 3  # revoked laptops are not on the dashboard
    text = page.summary_label.text()
    assert "3 laptop(s)" in text and "2 of them" in text and "1 open conflict(s)" in text
    assert "3 attachment file(s)" in text


def test_times_are_read_as_utc_when_naive():
    assert parse_iso("2026-11-29T10:00:00") == dt.datetime(2026, 11, 29, 10, tzinfo=dt.timezone.utc)
    assert parse_iso("nonsense") is None and ago_text(None) == ""
    assert ago_text("2026-11-29T11:59:30+00:00", NOW) == "just now"
