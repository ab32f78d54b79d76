"""Scan-back of signed paper (issue 13): pages read by their QR code, grouped into documents,
attached to the record of their printed copy; what cannot be attached safely is listed.

Real components: a real SQLite file, real printed codes recorded by the printing service, PDFs
drawn with ReportLab, JPEG "scans" rendered with pypdfium2 and turned and noised with Pillow,
QR codes read by zxing-cpp."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.print_marks import qr_payload
from skpdesk.reports.batch import print_skp
from skpdesk.services.context import Services
from skpdesk.storage.database import Database

from ..helpers_office import three_levels
from ..helpers_print import build_print_office
from .helpers_scan import code_sheets, save_jpeg, scanned_pages


@pytest.fixture
def office(tmp_path):
    db = Database(tmp_path / "office.sqlite")
    s = Services.build(db, "test")
    s.office.init_office("Dinas Contoh", "Wonosari")
    head, kabid, staff = three_levels(s)
    skps = {}
    for person in (kabid, staff):
        skp = s.skp.create(person.id, 2026).value
        rhk = s.skp.add_rhk(skp.id, f"RHK {person.name}").value
        s.skp.add_indicator(rhk.id, "Jumlah laporan", aspect="kuantitas", target_value="4")
        skps[person.id] = skp.id
    yield s, (head, kabid, staff), skps
    db.close()


def _printed(s, skp_id):
    doc = s.skp_document.build(skp_id)
    s.skp_document.record_print(doc)
    return doc


def _payload(doc, page, total, **override):
    fields = dict(code=doc.code, kind="skp", record_id=doc.skp_id, revision=doc.revision)
    fields.update(override)
    return qr_payload(fields["code"], fields["kind"], fields["record_id"], fields["revision"],
                      page, total)


def _scan_pdf(tmp_path, name, payloads):
    """`payloads` drawn as sheets, then "scanned" to JPEGs (150 dpi, turned 2°, noise)."""
    sheets = code_sheets(tmp_path / f"{name}.pdf", payloads)
    return save_jpeg(scanned_pages(sheets), tmp_path, name)


def _stored_pdf(s, scan):
    return pypdf.PdfReader(io.BytesIO(s.scans.scan_path(scan).read_bytes()))


def test_a_document_and_a_page_of_another_in_one_file_go_each_to_their_own_record(office, tmp_path):
    s, (_head, kabid, staff), skps = office
    mine, other = _printed(s, skps[staff.id]), _printed(s, skps[kabid.id])
    # one PDF: page 1 of mine, the single page of the other document, page 2 of mine
    sheets = code_sheets(tmp_path / "mixed.pdf", [_payload(mine, 1, 2), _payload(other, 1, 1),
                                                  _payload(mine, 2, 2)])
    result = s.scans.import_scans([sheets], scanned_on=dt.date(2026, 2, 3)).value
    assert result.complete and not result.skipped
    by_code = {x.document.code: x for x in result.attached}
    assert set(by_code) == {mine.code, other.code}
    assert by_code[mine.code].pages == 2 and by_code[other.code].pages == 1
    scan = s.scans.latest_scan(skps[staff.id], "skp")
    assert (scan.code, scan.record_id, scan.pegawai_id, scan.scanned_on, scan.pages) == (
        mine.code, skps[staff.id], staff.id, dt.date(2026, 2, 3), 2)
    # the other document's page is not in my scan: only my two sheets, in page order
    texts = [p.extract_text() for p in _stored_pdf(s, scan).pages]
    assert ["Lembar uji 1" in texts[0], "Lembar uji 3" in texts[1]] == [True, True]
    assert s.scans.latest_scan(skps[kabid.id], "skp").code == other.code


def test_jpeg_scans_turned_and_noisy_are_read(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    jpegs = _scan_pdf(tmp_path, "foto", [_payload(doc, 2, 2), _payload(doc, 1, 2)])
    result = s.scans.import_scans(jpegs).value
    assert [x.document.code for x in result.attached] == [doc.code]
    assert [p.mark.page for p in result.attached[0].document.pages] == [1, 2]  # page order
    assert s.scans.latest_scan(skps[staff.id], "skp").scanned_on == dt.date.today()


def test_missing_page_is_listed_not_attached_unless_accepted(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    sheets = code_sheets(tmp_path / "kurang.pdf", [_payload(doc, 1, 3), _payload(doc, 3, 3)])
    result = s.scans.import_scans([sheets]).value
    assert not result.attached and not result.complete
    (listed,) = result.skipped
    assert (listed.code, listed.missing, listed.problems) == (doc.code, (2,), ("incomplete",))
    assert s.scans.scans_of(skps[staff.id]) == []
    accepted = s.scans.import_scans([sheets], accept={doc.code}).value
    assert [x.flags for x in accepted.attached] == [("incomplete",)]
    assert s.scans.latest_scan(skps[staff.id], "skp").flags == ("incomplete",)


def test_record_changed_since_printing_is_listed_and_attached_only_when_accepted(office, tmp_path):
    s, (_h, kabid, staff), skps = office
    doc = _printed(s, skps[staff.id])  # a Draft copy (KONSEP)
    s.acting.act_as_id(kabid.id)
    s.skp.submit(skps[staff.id])
    s.skp.approve(skps[staff.id])
    sheets = code_sheets(tmp_path / "lama.pdf", [_payload(doc, 1, 1)])
    plan = s.scans.plan_import([sheets])
    (listed,) = plan.documents
    assert listed.problems == ("changed",)
    assert listed.change_text.startswith("status Draft → Disetujui")
    assert not s.scans.import_scans([sheets]).value.attached
    assert s.scans.scans_of(skps[staff.id]) == []
    done = s.scans.import_scans([sheets], accept=[doc.code]).value
    assert [x.flags for x in done.attached] == [("changed",)]


def test_unreadable_page_is_listed_with_file_and_page(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    sheets = code_sheets(tmp_path / "campur.pdf", [_payload(doc, 1, 1), None])
    result = s.scans.import_scans([sheets]).value
    assert [x.document.code for x in result.attached] == [doc.code]
    assert [(p.page.file_name, p.page.page, p.reason) for p in result.plan.stray] == [
        ("campur.pdf", 2, "unreadable")]
    assert not result.complete  # somebody has to look at that page


def test_unknown_code_is_never_attached(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = s.skp_document.build(skps[staff.id])  # built, never printed here
    sheets = code_sheets(tmp_path / "asing.pdf", [_payload(doc, 1, 1)])
    result = s.scans.import_scans([sheets], accept=[doc.code]).value
    assert not result.attached and result.skipped[0].problems == ("unknown",)
    assert s.scans.scans_of(skps[staff.id]) == []


def test_page_whose_code_names_another_record_never_joins_the_document(office, tmp_path):
    s, (_h, kabid, staff), skps = office
    doc = _printed(s, skps[staff.id])
    forged = _payload(doc, 2, 2, record_id=skps[kabid.id])  # this code, another record
    sheets = code_sheets(tmp_path / "palsu.pdf", [_payload(doc, 1, 2), forged])
    result = s.scans.import_scans([sheets], accept=[doc.code]).value
    (attached,) = result.attached
    assert [p.mark.page for p in attached.document.pages] == [1]
    assert attached.flags == ("incomplete",)
    assert [(p.page.page, p.reason) for p in result.plan.stray] == [(2, "mismatch")]
    assert s.scans.scans_of(skps[kabid.id]) == []


def test_the_same_scan_twice_is_one_row(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    sheets = code_sheets(tmp_path / "dua-kali.pdf", [_payload(doc, 1, 1)])
    first = s.scans.import_scans([sheets]).value.attached[0]
    again = s.scans.import_scans([sheets]).value.attached[0]
    assert first.new and not again.new and first.scan_id == again.scan_id
    assert len(s.scans.scans_of(skps[staff.id])) == 1
    assert s.scans.plan_import([sheets]).documents[0].scanned_before == 1


def test_bad_input_is_refused_and_nothing_is_written(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    text = tmp_path / "catatan.pdf"
    text.write_text("bukan pindaian")
    sheets = code_sheets(tmp_path / "ok.pdf", [_payload(doc, 1, 1)])
    cases = [
        (lambda: s.scans.import_scans([text]), ErrorCode.SCAN_FILE_UNSUPPORTED, "berkas"),
        (lambda: s.scans.import_scans([tmp_path / "tidak-ada.pdf"]), ErrorCode.FILE_NOT_FOUND,
         "berkas"),
        (lambda: s.scans.import_scans([]), ErrorCode.FIELD_REQUIRED, "berkas"),
        (lambda: s.scans.import_scans([sheets], scanned_on=dt.date.today() + dt.timedelta(1)),
         ErrorCode.SCAN_DATE_IN_FUTURE, "tanggal"),
        (lambda: s.scans.import_scans([sheets], accept=["SKP-AAAAA-BBBBB"]),
         ErrorCode.SCAN_ACCEPT_NOT_IN_FILES, "accept"),
    ]
    for call, code, field in cases:
        with pytest.raises(DomainError) as caught:
            call()
        assert (caught.value.code, caught.value.params.get("field")) == (code, field)
    assert s.scans.scans_of(skps[staff.id]) == []


def test_damaged_pdf_names_the_file(office, tmp_path):
    s, _people, _skps = office
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF")  # no pages, no xref
    with pytest.raises(DomainError) as caught:
        s.scans.import_scans([broken])
    assert caught.value.code in (ErrorCode.SCAN_FILE_UNREADABLE,)
    assert caught.value.params["path"] == str(broken)


def test_attach_file_to_a_code_by_hand(office, tmp_path):
    s, (_h, kabid, staff), skps = office
    doc, other = _printed(s, skps[staff.id]), _printed(s, skps[kabid.id])
    torn = code_sheets(tmp_path / "sobek.pdf", [None])
    done = s.scans.attach_file(doc.code, torn, note="kode QR sobek").value
    assert (done.document.record_id, done.pages) == (skps[staff.id], 1)
    assert s.scans.latest_scan(skps[staff.id], "skp").note == "kode QR sobek"
    # a file whose pages carry another document's code is not attached to this one
    foreign = code_sheets(tmp_path / "lain.pdf", [_payload(other, 1, 1)])
    with pytest.raises(DomainError) as caught:
        s.scans.attach_file(doc.code, foreign)
    assert caught.value.code is ErrorCode.SCAN_OTHER_DOCUMENT
    assert caught.value.params["other"] == other.code
    assert len(s.scans.scans_of(skps[staff.id])) == 1


def test_scan_file_altered_in_the_store_is_refused(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    s.scans.import_scans([code_sheets(tmp_path / "a.pdf", [_payload(doc, 1, 1)])])
    scan = s.scans.latest_scan(skps[staff.id], "skp")
    path = s.scans.scan_path(scan)
    path.write_bytes(path.read_bytes() + b"\n% diubah")
    with pytest.raises(DomainError) as caught:
        s.scans.scan_path(scan)
    assert caught.value.code is ErrorCode.SCAN_FILE_TAMPERED


def test_unsigned_prints_newest_print_per_record_without_scan(office, tmp_path):
    s, (_h, kabid, staff), skps = office
    day_ms = 24 * 3600 * 1000
    real = s.db.wall_clock
    s.db.wall_clock = lambda: real() - 20 * day_ms  # printed 20 days ago
    try:
        old = _printed(s, skps[staff.id])
        _printed(s, skps[kabid.id])
    finally:
        s.db.wall_clock = real
    found = {u.code for u in s.scans.unsigned_prints(older_than_days=14)}
    assert found == {old.code, s.skp_document.build(skps[kabid.id]).code}
    # the staff's copy comes back signed: no longer listed
    s.scans.import_scans([code_sheets(tmp_path / "ttd.pdf", [_payload(old, 1, 1)])])
    assert {u.record_id for u in s.scans.unsigned_prints(older_than_days=14)} == {skps[kabid.id]}


def test_printed_skp_rasterised_turned_noisy_jpeg_attaches_to_its_record(tmp_path):
    """The issue's Done-when: a real printed multi-page SKP (its QR codes drawn by printing),
    rendered with pypdfium2, turned 2°, noised, saved as JPEG, imported."""
    db = Database(tmp_path / "cetak.sqlite")
    try:
        s = Services.build(db, "test")
        s.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
        office = build_print_office(s)
        printed = print_skp(s, office.staff_skp, tmp_path / "skp.pdf")
        pdf = tmp_path / "skp.pdf"
        total = len(pypdf.PdfReader(pdf).pages)
        jpegs = save_jpeg(scanned_pages(pdf), tmp_path, "pindaian")
        result = s.scans.import_scans(jpegs, scanned_on=dt.date(2026, 2, 10)).value
        assert result.complete, (result.skipped, result.plan.stray)
        assert total >= 2 and len(result.attached) == 1
        scan = s.scans.latest_scan(office.staff_skp, "skp")
        assert (scan.code, scan.record_id, scan.pages, scan.scanned_on) == (
            printed.code, office.staff_skp, total, dt.date(2026, 2, 10))
        assert len(_stored_pdf(s, scan).pages) == total
    finally:
        db.close()


def test_another_form_as_a_multi_page_tiff_attaches_to_its_dialog(tmp_path):
    """A form other than the SKP (the catatan dialog kinerja, kind "dialog", whose record is the
    dialog): printed on 2+ pages with its QR codes, scanned as one multi-page TIFF."""
    from skpdesk.reports.dialog_pdf import render_dialog_note

    from ..helpers_coaching import act, make_dialog, team

    db = Database(tmp_path / "dialog.sqlite")
    try:
        s = Services.build(db, "test")
        t = team(s)
        dialog = make_dialog(s, [t["staff"]], author=t["kabid"], led_by=t["kabid"],
                             notes="\n".join(f"Catatan pembahasan nomor {i}: kemajuan modul "
                                             "layanan perizinan dibahas." for i in range(120)))
        act(s, t["kabid"])
        doc = s.coaching_document.dialog_note(dialog, t["staff"].id)
        pages = render_dialog_note(doc, tmp_path / "dialog.pdf")
        s.coaching_document.record_print(doc)
        assert pages >= 2
        frames = scanned_pages(tmp_path / "dialog.pdf", angle=-1.5)
        tiff = tmp_path / "pindaian.tif"
        frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:],
                       compression="tiff_deflate")
        result = s.scans.import_scans([tiff]).value
        assert result.complete, (result.skipped, result.plan.stray)
        scan = s.scans.latest_scan(dialog, "dialog")
        assert (scan.code, scan.kind, scan.pages) == (doc.code, "dialog", pages)
    finally:
        db.close()


def test_phone_photo_stored_sideways_is_turned_upright_by_its_exif(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    (page,) = scanned_pages(code_sheets(tmp_path / "a4.pdf", [_payload(doc, 1, 1)]), angle=0)
    photo = tmp_path / "foto.jpg"
    exif = page.getexif()
    exif[0x0112] = 6  # Orientation: the camera held sideways; viewers turn it 90° clockwise
    page.rotate(90, expand=True).save(photo, "JPEG", exif=exif.tobytes(), quality=80)
    (attached,) = s.scans.import_scans([photo]).value.attached
    (stored,) = _stored_pdf(s, s.scans.latest_scan(skps[staff.id], "skp")).pages
    assert stored.mediabox.height > stored.mediabox.width  # upright A4, as the paper


def test_truncated_photo_is_refused_naming_the_file(office, tmp_path):
    s, (_h, _k, staff), skps = office
    doc = _printed(s, skps[staff.id])
    (photo,) = _scan_pdf(tmp_path, "foto", [_payload(doc, 1, 1)])
    data = photo.read_bytes()
    photo.write_bytes(data[: len(data) // 2])  # the transfer from the phone broke off
    with pytest.raises(DomainError) as caught:
        s.scans.import_scans([photo])
    assert caught.value.code is ErrorCode.SCAN_FILE_UNREADABLE
    assert caught.value.params["path"] == str(photo)
    assert s.scans.scans_of(skps[staff.id]) == []
