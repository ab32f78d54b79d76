"""A signed scan between laptops through real bundles and the real `skpdesk` command: the
scanned PDF travels with its `signed_scan` row (an attachment column, like bukti dukung), the
receiver lists it and `check` finds the store clean on every copy."""

from __future__ import annotations

import hashlib

import pytest

from skpdesk.domain.print_marks import qr_payload
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.helpers_office import NIP_STAFF, three_levels
from tests.unit.paper.helpers_scan import code_sheets

from .sync_cli import join, replica, send
from .sync_cli import sync_data_dir  # noqa: F401 - autouse fixture


@pytest.fixture
def office(tmp_path, capsys):
    """A central copy whose staff SKP was printed there, and a laptop that joined it."""
    central = replica(tmp_path, "central")
    database = Database(central.db)
    s = Services.build(database, "penyiap")
    s.office.init_office("Dinas Contoh", "Wonosari")
    _head, _kabid, staff = three_levels(s)
    skp = s.skp.create(staff.id, 2026).value
    doc = s.skp_document.build(skp.id)
    s.skp_document.record_print(doc)
    database.close()
    central.identity(capsys, "Pusat")
    laptop = replica(tmp_path, "laptop")
    join(capsys, central, laptop)
    return central, laptop, doc


def test_a_signed_scan_travels_with_its_file(office, capsys, tmp_path):
    central, laptop, doc = office
    sheet = code_sheets(tmp_path / "ttd.pdf", [qr_payload(doc.code, "skp", doc.skp_id,
                                                          doc.revision, 1, 1)])
    got = laptop.ok(capsys, "scan", "import", sheet, "--date", "2026-02-03")
    (attached,) = got["attached"]
    report = send(capsys, laptop, central, "l1.skpbundle")
    assert report["attachments_written"] == 1 and report["waiting_attachments"] == 0
    (seen,) = central.ok(capsys, "scan", "list", "--nip", NIP_STAFF)["scans"]
    assert (seen["id"], seen["code"], seen["scanned_on"]) == (attached["scan_id"], doc.code,
                                                              "2026-02-03")
    stored = central.folder / "attachments" / seen["file_ref"]
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == seen["sha256"]
    for r in (central, laptop):
        answer = r.ok(capsys, "check", "--year", "2026")
        assert answer["ok"] and not [w for w in answer["warnings"]
                                     if w["code"].startswith("attachment")], r.name
