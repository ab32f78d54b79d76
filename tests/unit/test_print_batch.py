"""Batch printing (`skpdesk.reports.batch`): one file per pegawai or one combined PDF, missing
SKPs reported, cancel between documents, atomic files, every print recorded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
from pathlib import Path

import pypdf
import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import PegawaiInput
from skpdesk.reports import batch, skp_pdf
from skpdesk.reports.batch import (file_name, print_batch, print_document, print_skp,
                                   select_pegawai, slug)
from skpdesk.services.progress import CancelToken

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_PPPK, NIP_STAFF, person
from .helpers_print import YEAR, UNIT, build_print_office, flat, pdf_pages_text

DAY = dt.date(2026, 1, 5)
NIP_NO_SKP = "199203102019032001"


@pytest.fixture
def printed(office):
    """The print office plus one pegawai of the unit without an SKP and a Non-ASN official."""
    po = build_print_office(office)
    office.staff.add(person("Sri Wahyuni", NIP_NO_SKP, rank="III/a", position="Pelaksana",
                            unit=UNIT, supervisor=NIP_KABID))
    office.staff.add(PegawaiInput(name="Bupati Contoh", asn_type="NON_ASN", nip=None, rank=None,
                                  position="Bupati", position_kind="jpt", jenjang=None,
                                  unit_path="Pemerintah Kabupaten", supervisor_nip=None))
    return office, po


@pytest.fixture
def out(tmp_path):
    """An empty folder for the PDFs (the database lives in tmp_path itself)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def ids(services, **kwargs) -> list[str]:
    return [p.id for p in select_pegawai(services, **kwargs)]


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def pdf_pages(path: Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


# --- names and choosing pegawai
def test_file_names_use_nip_plain_name_and_year(printed):
    services, po = printed
    assert file_name(po.staff, 2026) == f"{NIP_STAFF}_agus-santoso_SKP_2026.pdf"
    assert slug("Dr. Siti 'Aminah'  Nur—Aini, S.Kom.") == "dr-siti-aminah-nur-aini-s-kom"
    assert slug("José Ñuñez") == "jose-nunez"
    assert slug("") == slug("...") == "pegawai"


def test_select_pegawai_by_unit_with_and_without_subunits(printed):
    services, po = printed
    everyone = select_pegawai(services)
    assert len(everyone) == 6
    in_dinas = {p.nip for p in select_pegawai(services, unit_path="Dinas Komunikasi dan Informatika")}
    assert in_dinas == {NIP_HEAD, NIP_KABID, NIP_STAFF, NIP_PPPK, NIP_NO_SKP}
    only_top = {p.nip for p in select_pegawai(services, unit_path="Dinas Komunikasi dan Informatika",
                                              subunits=False)}
    assert only_top == {NIP_HEAD}
    assert {p.nip for p in select_pegawai(services, unit_path=f" {UNIT} ")} == \
        {NIP_KABID, NIP_STAFF, NIP_PPPK, NIP_NO_SKP}
    with pytest.raises(DomainError) as err:
        select_pegawai(services, unit_path="Dinas/Tidak Ada")
    assert err.value.code is ErrorCode.UNIT_NOT_FOUND


# --- one file per pegawai
def test_unit_batch_writes_one_file_per_pegawai_with_an_skp(printed, out):
    services, po = printed
    out = out / "cetak" / "bidang"  # created when missing
    seen = []
    report = print_batch(services, ids(services, unit_path=UNIT), YEAR, out_dir=out,
                         progress=lambda done, total: seen.append((done, total)), printed_on=DAY)
    assert report.ok and not report.cancelled and report.combined is None
    assert [p.nip for p in report.printed] == [NIP_STAFF, NIP_KABID, NIP_PPPK]  # by name
    assert report.missing_skp == [(NIP_NO_SKP, "Sri Wahyuni")]
    assert report.failed == [] and report.not_asn == []
    assert files_in(out) == sorted(p.path.name for p in report.printed)
    assert f"{NIP_STAFF}_agus-santoso_SKP_{YEAR}.pdf" in files_in(out)
    assert report.files == [p.path for p in report.printed]
    for p in report.printed:
        assert pdf_pages(p.path) == p.pages
        assert p.code in flat(pdf_pages_text(p.path)[0])
    assert report.pages == sum(p.pages for p in report.printed)
    assert seen[-1] == (4, 4) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_all_reports_missing_skps_and_non_asn_separately(printed, out):
    services, po = printed
    report = print_batch(services, ids(services), YEAR - 1, out_dir=out, printed_on=DAY)
    assert [p.nip for p in report.printed] == [NIP_HEAD]  # only the head has a 2025 SKP
    assert {m.nip for m in report.missing_skp} == {NIP_KABID, NIP_STAFF, NIP_PPPK, NIP_NO_SKP}
    assert [m.name for m in report.not_asn] == ["Bupati Contoh"]
    assert report.ok  # a missing SKP is not a failure
    assert files_in(out) == [f"{NIP_HEAD}_bambang-sutrisno_SKP_{YEAR - 1}.pdf"]


def test_prints_are_recorded_and_check_print_finds_them(printed, out):
    services, po = printed
    report = print_batch(services, ids(services), YEAR, out_dir=out, printed_on=DAY)
    assert len(report.printed) == 4 and report.changes
    for p in report.printed:
        check = services.skp_document.check_print(p.code)
        assert (check.skp_id, check.printed_revision, check.changed) == (p.skp_id, p.revision, False)
        assert [r.code for r in services.skp_document.prints_of(p.skp_id)] == [p.code]
    services.skp.add_lampiran(po.staff_skp, "konsekuensi", "Teguran tertulis bila target tidak tercapai")
    staff_code = next(p.code for p in report.printed if p.nip == NIP_STAFF)
    assert services.skp_document.check_print(staff_code).changed


def test_batch_without_an_office_is_refused(db, out):
    from skpdesk.services.context import Services

    with pytest.raises(DomainError) as err:
        print_batch(Services.build(db, "t"), [], YEAR, out_dir=out)
    assert err.value.code is ErrorCode.OFFICE_MISSING


def test_exactly_one_destination(printed, out):
    services, _ = printed
    with pytest.raises(ValueError):
        print_batch(services, [], YEAR)
    with pytest.raises(ValueError):
        print_batch(services, [], YEAR, out_dir=out, combined=out / "a.pdf")


# --- combined
def test_combined_file_has_every_document_with_its_own_footer(printed, out):
    services, po = printed
    target = out / "semua.pdf"
    report = print_batch(services, ids(services), YEAR, combined=target, printed_on=DAY)
    assert report.combined == target and report.files == [target]
    assert [p.nip for p in report.printed] == [NIP_HEAD, NIP_STAFF, NIP_KABID, NIP_PPPK]
    assert all(p.path == target for p in report.printed)
    assert files_in(out) == ["semua.pdf"]
    # the same pages as each printed alone
    alone = [skp_pdf.render_skp(services.skp_document.build(p.skp_id, printed_on=DAY),
                                out / f"alone-{i}.pdf") for i, p in enumerate(report.printed)]
    assert [p.pages for p in report.printed] == alone
    texts = pdf_pages_text(target)
    assert len(texts) == report.pages == sum(alone)
    page = 0
    for p in report.printed:  # each document's pages carry its code and "Halaman X dari Y"
        for number in range(1, p.pages + 1):
            text = flat(texts[page])
            assert p.code in text and f"Halaman {number} dari {p.pages}" in text, (page, p.nip)
            page += 1
    for p in report.printed:
        assert services.skp_document.check_print(p.code).skp_id == p.skp_id


def test_combined_file_has_a_bookmark_per_pegawai_and_pads_for_duplex(printed, out):
    """Issue 13: one outline entry per document ("<name> – <NIP>") on its first page; with
    `duplex` each document with an odd page count is followed by one blank page."""
    services, po = printed
    # a longer SKP (4 pages: odd counts and even ones in one file)
    rhk = services.skp.add_rhk(po.staff_skp, "Terlaksananya pendataan aset aplikasi").value
    for i in range(30):
        services.skp.add_indicator(rhk.id, f"Jumlah aplikasi terdata {i}", aspect="kuantitas",
                                   target_value="1", target_unit="Aplikasi")
    for duplex in (False, True):
        target = out / f"semua-{duplex}.pdf"
        report = print_batch(services, ids(services), YEAR, combined=target, printed_on=DAY,
                             duplex=duplex)
        counts = [p.pages for p in report.printed]
        assert any(c % 2 for c in counts) and any(c % 2 == 0 for c in counts), counts
        reader = pypdf.PdfReader(str(target))
        padded = [c + (c % 2 if duplex else 0) for c in counts]
        assert len(reader.pages) == sum(padded)
        starts = [sum(padded[:i]) for i in range(len(padded))]
        outline = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
        assert outline == [(f"{p.name} – {p.nip}", start)
                           for p, start in zip(report.printed, starts)]
        texts = [flat(t) for t in pdf_pages_text(target)]
        for p, start, pages in zip(report.printed, starts, padded):
            assert f"Halaman 1 dari {p.pages}" in texts[start]
            if pages > p.pages:  # the blank verso: nothing on it
                assert texts[start + p.pages] == ""
        # the report and the recorded prints count the document's own pages
        assert report.pages == sum(counts)


def test_combined_with_nobody_to_print_writes_nothing(printed, out):
    services, _ = printed
    nobody = [p.id for p in select_pegawai(services) if p.nip in (NIP_NO_SKP, None)]
    report = print_batch(services, nobody, YEAR, combined=out / "x.pdf")
    assert report.printed == [] and report.combined is None and files_in(out) == []
    assert len(report.missing_skp) == 1 and len(report.not_asn) == 1


def test_combined_into_a_missing_folder_is_refused(printed, out):
    services, _ = printed
    with pytest.raises(DomainError) as err:
        print_batch(services, ids(services), YEAR, combined=out / "nope" / "x.pdf")
    assert err.value.code is ErrorCode.FILE_UNWRITABLE


# --- cancel
def test_cancel_stops_between_documents_and_keeps_finished_files(printed, out):
    services, po = printed
    token = CancelToken()

    def progress(done, total):
        if done >= 1:
            token.cancel()

    report = print_batch(services, ids(services, unit_path=UNIT), YEAR, out_dir=out,
                         progress=progress, cancel=token, printed_on=DAY)
    assert report.cancelled and not report.ok
    assert [p.nip for p in report.printed] == [NIP_STAFF]  # the first by name
    assert files_in(out) == [report.printed[0].path.name]  # no partial or temp file
    assert services.skp_document.prints_of(po.kabid_skp) == []


def test_cancel_during_a_combined_print_writes_and_records_nothing(printed, out):
    services, po = printed
    token = CancelToken()
    calls = []

    def progress(done, total):
        calls.append(done)
        if done > total // 2:  # while the pages are being laid out
            token.cancel()

    target = out / "semua.pdf"
    target.write_bytes(b"old copy")
    report = print_batch(services, ids(services), YEAR, combined=target, progress=progress,
                         cancel=token, printed_on=DAY)
    assert report.cancelled and report.printed == [] and report.combined is None
    assert target.read_bytes() == b"old copy" and files_in(out) == ["semua.pdf"]
    assert services.skp_document.prints_of(po.staff_skp) == []


def test_cancelled_before_start_prints_nothing(printed, out):
    services, _ = printed
    token = CancelToken()
    token.cancel()
    report = print_batch(services, ids(services), YEAR, out_dir=out, cancel=token)
    assert report.cancelled and report.printed == [] and files_in(out) == []


# --- failures and atomic files
class _Boom(RuntimeError):
    pass


def test_a_failing_document_is_reported_and_the_old_file_kept(printed, out, monkeypatch):
    services, po = printed
    old = out / file_name(po.staff, YEAR)
    old.write_bytes(b"old copy")
    real = skp_pdf._render

    def render(doc, fh, landscape):
        if doc.pegawai.nip == NIP_STAFF:
            fh.write(b"%PDF-1.4 half a document")
            raise _Boom("renderer bug")
        return real(doc, fh, landscape)

    monkeypatch.setattr(skp_pdf, "_render", render)
    report = print_batch(services, ids(services, unit_path=UNIT), YEAR, out_dir=out,
                         printed_on=DAY)
    assert [p.nip for p in report.printed] == [NIP_KABID, NIP_PPPK]
    [failure] = report.failed
    assert failure.nip == NIP_STAFF and isinstance(failure.error, _Boom) and not report.ok
    assert old.read_bytes() == b"old copy"
    assert not [n for n in files_in(out) if n.endswith(".tmp")]
    assert services.skp_document.prints_of(po.staff_skp) == []


def test_a_file_that_cannot_be_written_is_reported(printed, out, monkeypatch):
    services, po = printed

    def full_disk(doc, fh, landscape):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(skp_pdf, "_render", full_disk)
    report = print_batch(services, [po.staff.id], YEAR, out_dir=out)
    [failure] = report.failed
    assert failure.error.code is ErrorCode.FILE_UNWRITABLE
    assert failure.error.params["detail"] == "No space left on device"
    assert files_in(out) == []


def test_print_skp_replaces_a_file_only_when_complete(printed, out, monkeypatch):
    services, po = printed
    target = out / "skp.pdf"
    target.write_bytes(b"old copy")
    printed_file = print_skp(services, po.staff_skp, target, printed_on=DAY)
    assert target.read_bytes().startswith(b"%PDF") and pdf_pages(target) == printed_file.pages
    assert printed_file.code in flat(pdf_pages_text(target)[0]) and printed_file.changes
    assert services.skp_document.check_print(printed_file.code).skp_id == po.staff_skp

    def full_disk(doc, fh, landscape):
        fh.write(b"%PDF-1.4 partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    before = target.read_bytes()
    monkeypatch.setattr(skp_pdf, "_render", full_disk)
    with pytest.raises(DomainError) as err:
        print_skp(services, po.staff_skp, target)
    assert err.value.code is ErrorCode.FILE_UNWRITABLE and err.value.params["path"] == str(target)
    assert target.read_bytes() == before and files_in(out) == ["skp.pdf"]


def test_print_document_to_a_missing_folder(printed, out):
    services, po = printed
    doc = services.skp_document.build(po.staff_skp)
    with pytest.raises(DomainError) as err:
        print_document(services, doc, out / "nope" / "skp.pdf")
    assert err.value.code is ErrorCode.FILE_UNWRITABLE
    assert services.skp_document.prints_of(po.staff_skp) == []


# --- worker processes
def test_a_process_pool_prints_the_same_files(printed, out):
    services, po = printed
    here = print_batch(services, ids(services), YEAR, out_dir=out / "one", printed_on=DAY)
    pool = print_batch(services, ids(services), YEAR, out_dir=out / "pool", processes=2,
                       printed_on=DAY)
    assert pool.ok and [(p.nip, p.code, p.pages) for p in pool.printed] == \
        [(p.nip, p.code, p.pages) for p in here.printed]
    assert files_in(out / "pool") == files_in(out / "one")
    assert pool.missing_skp == here.missing_skp and pool.not_asn == here.not_asn
    for p in pool.printed:
        assert pdf_pages(p.path) == p.pages


def test_batch_report_failure_message():
    failure = batch.Failure("1", "A", ValueError("bad"))
    assert failure.message == "bad"
    assert batch.Failure("1", "A", ValueError()).message == "ValueError"
    assert dataclasses.is_dataclass(batch.BatchReport)


def test_pegawai_values_print_like_their_ids(printed, out):
    services, _ = printed
    people = select_pegawai(services, unit_path=UNIT)
    by_value = print_batch(services, people + people[:1], YEAR, out_dir=out / "a", printed_on=DAY)
    by_id = print_batch(services, [p.id for p in people], YEAR, out_dir=out / "b", printed_on=DAY)
    assert [(p.nip, p.code) for p in by_value.printed] == [(p.nip, p.code) for p in by_id.printed]
    assert by_value.missing_skp == by_id.missing_skp  # a pegawai listed twice is printed once


# --- the codes are recorded before the file is published (issue 7)
def _refuse_writes(db) -> None:
    """From now on SQLite refuses every write on this database (PRAGMA query_only): reads
    work, the print's record fails as on a read-only file."""
    from sqlalchemy import event

    db.engine.dispose()
    event.listen(db.engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA query_only=ON"))


def _left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_a_read_only_database_leaves_no_pdf_from_print_document(printed, db, out):
    services, po = printed
    doc = services.skp_document.build(po.staff_skp, printed_on=DAY)
    _refuse_writes(db)
    with pytest.raises(DomainError) as err:
        print_document(services, doc, out / "skp.pdf")
    assert err.value.code is ErrorCode.DB_READ_ONLY and err.value.params["path"] == str(db.path)
    assert err.value.params["action"] == "print"  # the message says no PDF was made
    assert _left_in(out) == []


@pytest.mark.parametrize("processes", [1, 2])
def test_a_read_only_database_stops_a_batch_with_nothing_left_behind(printed, db, out, processes):
    services, po = printed
    people = ids(services)
    _refuse_writes(db)
    with pytest.raises(DomainError) as err:
        print_batch(services, people, YEAR, out_dir=out, processes=processes, printed_on=DAY)
    assert err.value.code is ErrorCode.DB_READ_ONLY
    assert _left_in(out) == []  # neither PDFs nor temp files


def test_a_read_only_database_leaves_no_combined_pdf(printed, db, out):
    services, po = printed
    people = ids(services)
    _refuse_writes(db)
    with pytest.raises(DomainError) as err:
        print_batch(services, people, YEAR, combined=out / "semua.pdf", printed_on=DAY)
    assert err.value.code is ErrorCode.DB_READ_ONLY
    assert _left_in(out) == []


def test_all_codes_of_a_combined_pdf_are_recorded_in_one_transaction(printed, out):
    services, po = printed
    report = print_batch(services, ids(services), YEAR, combined=out / "semua.pdf", printed_on=DAY)
    assert len(report.printed) == 4
    # one unit of work for the whole file: every printed copy carries the same Changes value
    assert len({id(p.changes) for p in report.printed}) == 1
    assert all(services.skp_document.check_print(p.code) for p in report.printed)


def test_a_failed_record_leaves_no_file_and_the_batch_goes_on(printed, out, monkeypatch):
    """A print whose code cannot be recorded (here: its SKP is refused) is not published."""
    services, po = printed
    real = services.skp_document.record_prints

    def refuse_staff(docs, pages=None):
        if any(doc.skp_id == po.staff_skp for doc in docs):
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=po.staff_skp)
        return real(docs, pages)

    monkeypatch.setattr(services.skp_document, "record_prints", refuse_staff)
    report = print_batch(services, ids(services, unit_path=UNIT), YEAR, out_dir=out,
                         printed_on=DAY)
    assert [f.nip for f in report.failed] == [NIP_STAFF]
    assert [p.nip for p in report.printed] == [NIP_KABID, NIP_PPPK]
    assert files_in(out) == sorted(p.path.name for p in report.printed)  # no temp file either
