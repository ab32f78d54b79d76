"""The command-line contract of scan-back (issue 13): `scan import|attach|list` with `--json`,
exit 0 when everything was attached and 1 when something needs a decision; bad input is a clear
Indonesian message naming the field, nothing written."""

from __future__ import annotations

import pytest

from skpdesk.domain.print_marks import qr_payload
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import journal_total, ok, refused, run
from tests.unit.helpers_office import NIP_STAFF, three_levels
from tests.unit.paper.helpers_scan import code_sheets

IMPORT_KEYS = {"complete", "pages", "attached", "needs_decision", "unreadable"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def printed(tmp_path):
    """An office whose staff SKP was printed: (database path, the printed document)."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    s.office.init_office("Dinas Contoh", "Wonosari")
    _head, _kabid, staff = three_levels(s)
    skp = s.skp.create(staff.id, 2026).value
    s.skp.add_rhk(skp.id, "RHK staf")
    doc = s.skp_document.build(skp.id)
    s.skp_document.record_print(doc)
    db.close()
    return path, doc


def _page(doc, n, total):
    return qr_payload(doc.code, "skp", doc.skp_id, doc.revision, n, total)


def test_import_attaches_and_list_shows_it(capsys, printed, tmp_path):
    db, doc = printed
    sheets = code_sheets(tmp_path / "ttd.pdf", [_page(doc, 1, 1)])
    before = ok(capsys, db, "scan", "list", "--nip", NIP_STAFF)
    assert [u["code"] for u in before["unsigned"]] == [doc.code] and before["scans"] == []
    got = ok(capsys, db, "scan", "import", sheets, "--date", "2026-02-03")
    assert set(got) == IMPORT_KEYS and got["complete"] is True
    (attached,) = got["attached"]
    assert (attached["code"], attached["kind"], attached["record_id"], attached["nip"],
            attached["attached_pages"], attached["flags"]) == (
        doc.code, "skp", doc.skp_id, NIP_STAFF, 1, [])
    after = ok(capsys, db, "scan", "list", "--nip", NIP_STAFF)
    assert [(x["code"], x["scanned_on"]) for x in after["scans"]] == [(doc.code, "2026-02-03")]
    assert after["unsigned"] == []
    code, out, _err = run(capsys, "--db", db, "scan", "list", "--nip", NIP_STAFF)
    assert code == 0 and doc.code in out and "pindaian tanggal 3 Februari 2026" in out


def test_missing_page_and_unreadable_page_exit_1_then_accept(capsys, printed, tmp_path):
    db, doc = printed
    sheets = code_sheets(tmp_path / "kurang.pdf", [_page(doc, 1, 2), None])
    code, out, _err = run(capsys, "--db", db, "scan", "import", sheets)
    assert code == 1
    assert f"Perlu keputusan: {doc.code}" in out and "halaman hilang: 2 dari 2" in out
    assert "kurang.pdf halaman 2: tidak ada kode QR yang terbaca" in out
    assert f"--accept {doc.code}" in out
    code, out, _err = run(capsys, "--db", db, "scan", "import", sheets, "--accept", doc.code,
                          "--json")
    assert code == 1  # the unreadable page still waits for a person
    import json
    got = json.loads(out)
    assert [x["flags"] for x in got["attached"]] == [["incomplete"]]
    assert got["unreadable"] == [{"file": str(sheets), "page": 2, "reason": "unreadable",
                                  "code": ""}]


def test_bad_input_names_the_field_and_writes_nothing(capsys, printed, tmp_path):
    db, doc = printed
    sheets = code_sheets(tmp_path / "ok.pdf", [_page(doc, 1, 1)])
    text = tmp_path / "teks.pdf"
    text.write_text("bukan pindaian")
    err = refused(capsys, db, "scan", "import", text)
    assert "teks.pdf bukan pindaian yang dapat dibaca" in err and "PDF, JPEG, PNG, TIFF" in err
    err = refused(capsys, db, "scan", "import", sheets, "--accept", "SKP-AAAAA-BBBBB")
    assert "SKP-AAAAA-BBBBB" in err and "--accept" in err
    err = refused(capsys, db, "scan", "import", sheets, "--date", "2999-01-01")
    assert "Tanggal pindaian 2999-01-01 tidak boleh setelah hari ini" in err
    broken = tmp_path / "putus.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 200)  # a JPEG cut off after its head
    err = refused(capsys, db, "scan", "import", broken)  # exit 1, never 70
    assert "putus.jpg tidak dapat dibaca" in err
    err = refused(capsys, db, "scan", "import", sheets, "--date", "kemarin", code=2)
    assert "TTTT-BB-HH" in err
    err = refused(capsys, db, "scan", "attach", "bukan-kode", sheets, code=2)
    assert "SKP-XXXXX-XXXXX" in err
    assert ok(capsys, db, "scan", "list", "--nip", NIP_STAFF)["scans"] == []


def test_attach_by_hand(capsys, printed, tmp_path):
    db, doc = printed
    torn = code_sheets(tmp_path / "sobek.pdf", [None])
    before = journal_total(capsys, db)
    got = ok(capsys, db, "scan", "attach", doc.code, torn, "--note", "QR sobek")
    assert (got["code"], got["record_id"], got["attached_pages"]) == (doc.code, doc.skp_id, 1)
    assert journal_total(capsys, db) == before + 1
