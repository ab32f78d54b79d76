"""`skpdesk check` over the attachments store, and `check --repair`'s quarantine: real files in
a real store beside a real database, rows written through a unit of work."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from skpdesk.messages.render import check_message
from skpdesk.services.atomic_files import host_tag
from skpdesk.services.evidence import attachment_check, attachment_store
from skpdesk.services.evidence.attachment_check import RECENT_SECONDS

from .helpers_evidence import TODAY, evidence_team, pdf_bytes, png_bytes, write
from .helpers_evidence_rows import add_evidence, put_file, set_evidence, store_dir
from .helpers_office import three_levels

PDF = b"%PDF-1.4\n" + b"laporan triwulan I\n" * 200 + b"%%EOF\n"
OTHER = b"%PDF-1.4\n" + b"foto kegiatan\n" * 100 + b"%%EOF\n"
LONG_AGO = time.time() - 2 * RECENT_SECONDS


@pytest.fixture
def cell(office, db):
    """A pegawai's SKP with one RHK (the cell bukti dukung hang on)."""
    _, _, staff = three_levels(office)
    skp = office.skp.create(staff.id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "Tersedianya aplikasi layanan").value
    return skp.id, rhk.id


def _check(services):
    return services.integrity.run(2026, today=dt.date(2026, 6, 1))


def _codes(findings) -> list[str]:
    return sorted(f.code for f in findings if f.code.startswith("attachment_"))


def _aged(path: Path, when: float = LONG_AGO) -> Path:
    os.utime(path, (when, when))
    return path


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def _temp_name(target: str, pid: int) -> str:
    """A temp name as `services.atomic_files` gives it."""
    return f".{target}.skpdesk-{host_tag()}-{pid}-abcd1234.tmp"


def test_a_sound_store_with_bukti_and_logo_has_no_finding(office, db, cell, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 40), (10, 90, 40)).save(logo)
    office.office.set_logo(logo)
    skp_id, rhk_id = cell
    add_evidence(db, skp_id, rhk_id, PDF)
    add_evidence(db, skp_id, rhk_id, PDF, original_name="salinan.pdf")  # one file, two rows
    report = _check(office)
    assert report.ok, report.errors
    assert _codes(report.errors + report.warnings) == []
    assert len(list(store_dir(db).iterdir())) == 2  # the PDF once, the logo


def test_a_file_added_here_and_gone_is_an_error_naming_the_record(office, db, cell):
    skp_id, rhk_id = cell
    add_evidence(db, skp_id, rhk_id, PDF, original_name="laporan TW1.pdf")
    ref = hashlib.sha256(PDF).hexdigest() + ".pdf"
    (store_dir(db) / ref).unlink()
    report = _check(office)
    [finding] = [f for f in report.errors if f.code == "attachment_missing"]
    assert finding.message_params["waiting"] is False and finding.message_params["file"] == ref
    assert finding.entity == "bukti_dukung"
    text = check_message(finding.code, finding.message_params)
    assert ref in text and '"laporan TW1.pdf" Agus Santoso (NIP 199001012015032003)' in text
    assert "2026-TW1" in text and "Menunggu" not in text
    assert not report.ok


def test_a_changed_file_is_tampered_and_names_every_record_using_it(office, db, cell):
    """Done-when of issue 11: a modified file is reported by `check` as tampered."""
    skp_id, rhk_id = cell
    first = add_evidence(db, skp_id, rhk_id, PDF, original_name="a.pdf")
    add_evidence(db, skp_id, rhk_id, PDF, original_name="b.pdf", period="2026-TW2")
    path = store_dir(db) / (hashlib.sha256(PDF).hexdigest() + ".pdf")
    path.write_bytes(PDF.replace(b"triwulan I", b"triwulan X"))  # same size, other content
    report = _check(office)
    [finding] = [f for f in report.errors if f.code == "attachment_tampered"]
    assert (finding.entity, finding.entity_id) == ("bukti_dukung", first)
    assert finding.message_params["count"] == 2
    text = check_message(finding.code, finding.message_params)
    assert '"a.pdf"' in text and '"b.pdf"' in text and "diubah atau rusak" in text
    assert _codes(report.warnings) == []  # a tampered file is used, not unused


def test_a_link_at_a_stored_name_is_not_a_file(office, db, cell, tmp_path):
    skp_id, rhk_id = cell
    add_evidence(db, skp_id, rhk_id, PDF)
    path = store_dir(db) / (hashlib.sha256(PDF).hexdigest() + ".pdf")
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(PDF)  # even with the right content: the store must hold the file itself
    path.unlink()
    path.symlink_to(outside)
    [finding] = [f for f in _check(office).errors if f.code == "attachment_tampered"]
    assert finding.message_params["reason"] == "not_a_file"
    assert "bukan berkas biasa" in check_message(finding.code, finding.message_params)


def test_a_reference_outside_the_store_is_refused_without_reading_it(office, db, cell, tmp_path):
    skp_id, rhk_id = cell
    evidence = add_evidence(db, skp_id, rhk_id, PDF)
    set_evidence(db, evidence, file_ref="../skpdesk.sqlite")
    report = _check(office)
    [finding] = [f for f in report.errors if f.code == "attachment_ref_invalid"]
    assert (finding.entity, finding.entity_id) == ("bukti_dukung", evidence)
    assert _codes(report.errors) == ["attachment_ref_invalid"]
    # the PDF is now used by nobody
    assert [f.message_params["file"] for f in report.warnings if f.code == "attachment_unused"] \
        == [hashlib.sha256(PDF).hexdigest() + ".pdf"]


def test_a_reference_that_disagrees_with_its_sha256_column_is_invalid(office, db, cell):
    skp_id, rhk_id = cell
    evidence = add_evidence(db, skp_id, rhk_id, PDF)
    set_evidence(db, evidence, sha256=hashlib.sha256(OTHER).hexdigest())
    assert _codes(_check(office).errors) == ["attachment_ref_invalid"]


def test_a_bukti_reference_with_the_folder_in_it_is_invalid(office, db, cell):
    """Only the logo's reference names the folder; the evidence service reads a bare name and
    would show such a bukti as waiting for ever."""
    skp_id, rhk_id = cell
    evidence = add_evidence(db, skp_id, rhk_id, PDF)
    set_evidence(db, evidence, file_ref="attachments/" + hashlib.sha256(PDF).hexdigest() + ".pdf")
    report = _check(office)
    assert _codes(report.errors) == ["attachment_ref_invalid"]
    assert _codes(report.warnings) == []  # the file still counts as used: never quarantined


def test_unused_files_and_stale_temp_files_are_warnings_live_temps_are_skipped(office, db, cell):
    skp_id, rhk_id = cell
    add_evidence(db, skp_id, rhk_id, PDF)
    unused = put_file(db, OTHER)
    stale = _temp_name("abc.pdf", _dead_pid())
    live = _temp_name("def.pdf", os.getpid())  # this process: a copy still under way
    (store_dir(db) / stale).write_bytes(b"half")
    (store_dir(db) / live).write_bytes(b"half")
    report = _check(office)
    assert report.ok, report.errors
    found = {f.message_params["file"]: f for f in report.warnings if f.code == "attachment_unused"}
    assert set(found) == {unused, stale}
    assert found[stale].message_params["temp"] is True
    assert "tertinggal dari penyalinan yang terhenti" in check_message(
        "attachment_unused", found[stale].message_params)
    assert "check --repair" in check_message("attachment_unused", found[unused].message_params)


def test_no_store_folder_is_no_finding(office, db, cell):
    assert _codes(_check(office).warnings) == []


def test_repair_moves_unused_files_to_quarantine_and_never_a_referenced_one(office, db, cell):
    """Done-when of issue 11: `--repair` never touches referenced files (a tampered one
    included), and moves the unused ones, never deleting anything."""
    skp_id, rhk_id = cell
    add_evidence(db, skp_id, rhk_id, PDF)
    tampered_data = OTHER + b"x"
    tampered = put_file(db, tampered_data)
    add_evidence(db, skp_id, rhk_id, tampered_data, original_name="diubah.pdf")
    (store_dir(db) / tampered).write_bytes(b"diubah orang")
    unused = put_file(db, OTHER)
    stale = _temp_name("abc.pdf", _dead_pid())
    (store_dir(db) / stale).write_bytes(b"half")
    for path in store_dir(db).iterdir():
        _aged(path)
    before = {p.name: p.read_bytes() for p in store_dir(db).iterdir()}

    result = office.integrity.repair_attachments()

    assert sorted(result.moved) == sorted([unused, stale]) and result.failed == []
    assert result.folder.parent == db.path.parent / "karantina"
    time.strptime(result.folder.name, "%Y%m%d-%H%M%S")  # karantina/<YYYYmmdd-HHMMSS>/
    assert {p.name: p.read_bytes() for p in result.folder.iterdir()} == \
        {n: before[n] for n in (unused, stale)}
    left = {p.name: p.read_bytes() for p in store_dir(db).iterdir()}
    assert left == {n: b for n, b in before.items() if n not in (unused, stale)}
    assert left[tampered] == b"diubah orang"  # untouched: a person decides
    report = _check(office)
    assert _codes(report.warnings) == [] and _codes(report.errors) == ["attachment_tampered"]
    # nothing more to move: no new quarantine folder
    again = office.integrity.repair_attachments()
    assert again.folder is None and again.moved == []
    assert len(list((db.path.parent / "karantina").iterdir())) == 1


def test_repair_leaves_files_written_just_now(office, db, cell):
    """An `evidence add` renames its files into place before it records them: a file that
    appeared in the last minutes may be about to be used, so it is reported, not moved."""
    fresh = put_file(db, OTHER)
    result = office.integrity.repair_attachments()
    assert result.moved == [] and result.kept_recent == [fresh] and result.folder is None
    assert (store_dir(db) / fresh).exists()
    later = office.integrity.repair_attachments(now=time.time() + RECENT_SECONDS + 1)
    assert later.moved == [fresh]


def test_repair_writes_nothing_to_the_database(office, db, cell):
    _aged(store_dir(db) / put_file(db, OTHER))
    journal = office.journal.count()
    assert office.integrity.repair_attachments().moved
    assert office.journal.count() == journal


def test_two_repairs_in_one_second_use_two_folders(office, db, cell):
    now = time.time()
    put_file(db, OTHER)
    _aged(store_dir(db) / (hashlib.sha256(OTHER).hexdigest() + ".pdf"))
    one = attachment_check.quarantine_unused(db.path, [], now=now)
    put_file(db, PDF)
    _aged(store_dir(db) / (hashlib.sha256(PDF).hexdigest() + ".pdf"))
    two = attachment_check.quarantine_unused(db.path, [], now=now)
    assert one.folder != two.folder and two.folder.name == one.folder.name + "-2"


# --- with the evidence service's own store (helper B's `attachment_store`)
def test_bukti_added_through_the_service_pass_and_an_edited_one_is_tampered(services, tmp_path):
    t = evidence_team(services)
    added = services.evidence.add_files(
        t["skp"].id, t["rhk1"].id, "2026-TW1",
        [write(tmp_path, "laporan.pdf", pdf_bytes()), write(tmp_path, "foto.png", png_bytes())],
        today=TODAY).value
    report = _check(services)
    assert report.ok, report.errors
    assert _codes(report.errors + report.warnings) == []
    path = services.evidence.file_path(added[1])
    path.write_bytes(png_bytes(colour=(0, 0, 0)))
    [finding] = [f for f in _check(services).errors if f.code == "attachment_tampered"]
    assert (finding.entity_id, finding.message_params["file"]) == (added[1].id, path.name)
    assert '"foto.png"' in check_message(finding.code, finding.message_params)


def test_an_add_that_finds_its_content_unused_in_the_store_keeps_it_from_the_quarantine(
        services, tmp_path):
    """A file nobody used (a killed add's) is what `--repair` moves; an add of the same content
    meanwhile finds it in the store and records it. The add touches the file, so a repair
    running between the two leaves it (the add's record follows)."""
    t = evidence_team(services)
    data = pdf_bytes("sisa")
    store = services.evidence.store_dir
    store.mkdir(parents=True, exist_ok=True)
    leftover = store / (hashlib.sha256(data).hexdigest() + ".pdf")
    leftover.write_bytes(data)
    _aged(leftover)
    stored = attachment_store.store_file(services.evidence.store_dir,
                                         write(tmp_path, "sisa.pdf", data), max_bytes=10**7)
    assert stored.created is False and stored.file_ref == leftover.name
    result = services.integrity.repair_attachments()
    assert result.moved == [] and result.kept_recent == [leftover.name]
    assert leftover.read_bytes() == data


def test_a_store_that_cannot_be_listed_is_said_not_a_crash(office, db, cell):
    """`attachments` is a file here (copied badly, say): the check says which part it could not
    finish, and the repair says why it moved nothing; neither crashes."""
    store_dir(db).write_bytes(b"not a folder")
    result = office.integrity.repair_attachments()
    assert result.moved == [] and result.failed[0][0] == "attachments"
    report = _check(office)
    [incomplete] = [f for f in report.errors if f.code == "check_incomplete"]
    assert incomplete.message_params["section"] == "lampiran"
    assert "berkas lampiran" in check_message(incomplete.code, incomplete.message_params)
