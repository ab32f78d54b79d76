"""Bukti dukung through `EvidenceService` on a real database and a real attachments store:
content addressing, the file limits, who may write and verify, periods, replacement history,
export, "menunggu lampiran". Every refusal writes nothing (no row, no file at a final name)."""

from __future__ import annotations

import dataclasses
import os
import sys

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import EvidenceKind, EvidenceStatus
from skpdesk.messages.render import message_for
from skpdesk.services.action_items import ActionItemsService

from .helpers_coaching import YEAR, act
from .helpers_evidence import (AFTER_TW1, EXE_BYTES, TODAY, evidence_team, jpeg_bytes, pdf_bytes,
                               png_bytes, store_files, write)


@pytest.fixture
def t(services):
    return evidence_team(services)


def refused(services, code, call):
    """`call` fails with `code` and leaves the journal and the store as they were."""
    before = (services.journal.count(), store_files(services))
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.code is code, (info.value.code, info.value.params)
    assert (services.journal.count(), store_files(services)) == before
    return info.value


def add(services, t, paths, **kw):
    kw.setdefault("today", TODAY)
    return services.evidence.add_files(t["skp"].id, t["rhk1"].id, kw.pop("period", "2026-TW1"),
                                       paths, **kw)


# --- content addressing
def test_one_file_added_twice_is_stored_once_with_two_records(services, t, tmp_path):
    first = write(tmp_path, "laporan-tw1.pdf", pdf_bytes())
    again = write(tmp_path, "salinan.PDF", pdf_bytes())
    out = add(services, t, [first], indicator_id=t["ind1"].id, description="Laporan TW I")
    second = add(services, t, [again], period="2026-Q1").value[0]
    e = out.value[0]
    assert out.changes.affects("bukti_dukung", e.id)
    assert [p.name for p in store_files(services)] == [e.file_ref]
    assert e.file_ref == f"{e.sha256}.pdf" and second.file_ref == e.file_ref
    assert (e.kind, e.mime, e.size, e.original_name) == (EvidenceKind.FILE, "application/pdf",
                                                         len(pdf_bytes()), "laporan-tw1.pdf")
    assert (e.period, second.period) == ("2026-TW1", "2026-TW1")  # the stored name
    assert (e.status, e.available, e.added_by_id, e.added_by_name) == (
        EvidenceStatus.MENUNGGU, True, t["staff"].id, t["staff"].full_name)
    assert second.original_name == "salinan.PDF" and second.id != e.id
    # the indicator's cell shows its own; the RHK's cell all of the RHK's
    skp, rhk = t["skp"].id, t["rhk1"].id
    assert [x.id for x in services.evidence.for_cell(skp, rhk, "2026-TW1", t["ind1"].id)] == [e.id]
    assert [x.id for x in services.evidence.for_cell(skp, rhk, "2026-TW1")] == [e.id, second.id]
    assert len(services.evidence.for_skp(skp, "2026-TW1")) == 2
    assert services.evidence.for_skp(skp, "2026-TW2") == []
    assert services.evidence.file_path(e).read_bytes() == pdf_bytes()


def test_every_accepted_type_is_recognised_from_its_content(services, t, tmp_path):
    from .helpers_evidence import OLE_BYTES, odf_bytes, ooxml_bytes
    files = {"a.png": png_bytes(), "b.jpg": jpeg_bytes(), "c.docx": ooxml_bytes("word"),
             "d.xlsx": ooxml_bytes("xl"), "e.pptx": ooxml_bytes("ppt"), "f.odt": odf_bytes("text"),
             "g.ods": odf_bytes("spreadsheet"), "h.doc": OLE_BYTES, "i.xls": OLE_BYTES + b"x",
             "foto-tanpa-akhiran": jpeg_bytes()[:-1] + b"\xd9", "j.png": jpeg_bytes() + b"1"}
    added = add(services, t, [write(tmp_path, n, d) for n, d in files.items()]).value
    assert [e.file_ref.rsplit(".", 1)[1] for e in added] == [
        "png", "jpg", "docx", "xlsx", "pptx", "odt", "ods", "doc", "xls", "jpg", "jpg"]
    assert added[0].is_image and added[0].mime == "image/png"


@pytest.mark.parametrize("name, data, found", [
    ("laporan.pdf", EXE_BYTES, None),            # an .exe renamed .pdf
    ("catatan.txt", b"hanya teks biasa", None),
    ("data.txt", pdf_bytes(), "PDF"),            # a PDF named as another type
    ("laporan.pdf.exe", pdf_bytes(), "PDF"),
    ("foto.docx", png_bytes(), "PNG"),           # an image named as a document
    ("paket.msi", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, None),  # OLE, not Office
    ("arsip.zip", b"PK\x03\x04" + b"\0" * 100, None),
])
def test_unsupported_types_are_refused_naming_the_file(services, t, tmp_path, name, data, found):
    good = write(tmp_path, "baik.pdf", pdf_bytes())
    bad = write(tmp_path, name, data)
    error = refused(services, ErrorCode.EVIDENCE_TYPE_UNSUPPORTED, lambda: add(services, t, [good, bad]))
    assert error.params.get("found") == found
    text = message_for(error.code, error.params)
    assert name in text and "PDF, JPEG, PNG, Word, Excel" in text


def test_empty_too_large_missing_and_too_many_files_write_nothing(services, t, tmp_path):
    good = write(tmp_path, "baik.pdf", pdf_bytes())
    empty = write(tmp_path, "kosong.pdf", b"")
    error = refused(services, ErrorCode.EVIDENCE_FILE_EMPTY, lambda: add(services, t, [good, empty]))
    assert "kosong.pdf" in message_for(error.code, error.params)
    services.office.set_setting("evidence.max_size_mb", "1")
    big = write(tmp_path, "besar.pdf", pdf_bytes() + b"0" * (1024 * 1024))
    error = refused(services, ErrorCode.EVIDENCE_FILE_TOO_LARGE, lambda: add(services, t, [good, big]))
    text = message_for(error.code, error.params)
    assert "besar.pdf" in text and "1,0 MB" in text and "evidence.max_size_mb" in text
    refused(services, ErrorCode.FILE_NOT_FOUND,
            lambda: add(services, t, [good, tmp_path / "tidak-ada.pdf"]))
    refused(services, ErrorCode.EVIDENCE_TOO_MANY_FILES, lambda: add(services, t, [good] * 51))
    refused(services, ErrorCode.FIELD_REQUIRED, lambda: add(services, t, []))
    exactly = write(tmp_path, "pas.pdf", pdf_bytes() + b"0" * (1024 * 1024 - len(pdf_bytes())))
    assert add(services, t, [exactly]).value[0].size == 1024 * 1024  # the limit itself is fine


@pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/mem is Linux's")
def test_unreadable_file_is_refused(services, t, tmp_path):
    # A file the system lists but refuses to read (as a locked or broken share would); works
    # for root too, unlike a chmod.
    error = refused(services, ErrorCode.EVIDENCE_FILE_UNREADABLE,
                    lambda: add(services, t, ["/proc/self/mem"]))
    assert "/proc/self/mem" in message_for(error.code, error.params)


def test_max_size_setting_is_a_whole_number_of_megabytes(services, t):
    for bad in ("0", "501", "dua puluh", "2.5"):
        with pytest.raises(DomainError) as info:
            services.office.set_setting("evidence.max_size_mb", bad)
        assert info.value.code is ErrorCode.FIELD_INVALID_NUMBER
        assert (info.value.params["min"], info.value.params["max"]) == (1, 500)
    assert services.office.set_setting("evidence.max_size_mb", " 40 ").value[
        "evidence.max_size_mb"] == "40"
    assert services.evidence.max_size_bytes() == 40 * 1024 * 1024


# --- who, where, when
def test_writers_are_the_pegawai_their_penilai_and_a_pengelola(services, t, tmp_path):
    f = write(tmp_path, "a.pdf", pdf_bytes())
    for who in ("staff", "kabid", "admin"):
        act(services, t[who])
        assert add(services, t, [f]).value[0].added_by_id == t[who].id
    for who in ("rina", "head"):
        act(services, t[who])
        error = refused(services, ErrorCode.EVIDENCE_WRITER_REFUSED, lambda: add(services, t, [f]))
        assert t[who].name in message_for(error.code, error.params)
    act(services, None)
    refused(services, ErrorCode.ACTING_UNKNOWN, lambda: add(services, t, [f]))


def test_rhk_indicator_and_period_must_belong_to_the_skp(services, t, tmp_path):
    f = write(tmp_path, "a.pdf", pdf_bytes())
    skp = t["skp"].id
    refused(services, ErrorCode.EVIDENCE_RHK_NOT_IN_SKP, lambda: services.evidence.add_files(
        skp, t["rina_rhk"].id, "2026-TW1", [f], today=TODAY))
    refused(services, ErrorCode.RHK_NOT_FOUND, lambda: services.evidence.add_files(
        skp, "tidak-ada", "2026-TW1", [f], today=TODAY))
    refused(services, ErrorCode.EVIDENCE_INDICATOR_NOT_IN_RHK, lambda: services.evidence.add_files(
        skp, t["rhk2"].id, "2026-TW1", [f], indicator_id=t["ind1"].id, today=TODAY))
    refused(services, ErrorCode.INDICATOR_NOT_FOUND, lambda: services.evidence.add_files(
        skp, t["rhk1"].id, "2026-TW1", [f], indicator_id=t["rina_ind"].id, today=TODAY))
    refused(services, ErrorCode.PERIOD_UNKNOWN, lambda: add(services, t, [f], period="2026-S1"))
    refused(services, ErrorCode.PERIOD_UNKNOWN, lambda: add(services, t, [f], period="2025-TW4"))
    refused(services, ErrorCode.PERIOD_UNKNOWN, lambda: add(services, t, [f], period="Maret"))
    error = refused(services, ErrorCode.PERIOD_CLOSED,
                    lambda: add(services, t, [f], today=AFTER_TW1))
    assert "10 April 2026" in message_for(error.code, error.params)
    refused(services, ErrorCode.PERIOD_CLOSED, lambda: services.evidence.add_link(
        skp, t["rhk1"].id, "2026-TW1", "https://contoh.go.id", today=AFTER_TW1))
    # the office (a pengelola kinerja) extends the batas: writable again
    act(services, t["admin"])
    services.periods.set_deadline("2026-TW1", "2026-04-30")
    act(services, t["staff"])
    assert add(services, t, [f], today=AFTER_TW1).value[0].period == "2026-TW1"


def test_link_and_pasted_bytes(services, t):
    skp, rhk = t["skp"].id, t["rhk1"].id
    link = services.evidence.add_link(skp, rhk, "2026-TW1", "  Arsip fisik lemari 3, map 12 ",
                                      description="Berkas asli", today=TODAY).value
    assert (link.kind, link.link, link.file_ref, link.available) == (
        EvidenceKind.LINK, "Arsip fisik lemari 3, map 12", "", True)
    assert services.evidence.file_path(link) is None
    refused(services, ErrorCode.FIELD_REQUIRED,
            lambda: services.evidence.add_link(skp, rhk, "2026-TW1", "  ", today=TODAY))
    shot = services.evidence.add_bytes(skp, rhk, "2026-TW1", png_bytes(), "C:\\Users\\a\\tempel.png",
                                       indicator_id=t["ind2"].id, today=TODAY).value
    assert (shot.original_name, shot.mime, shot.indicator_id) == ("tempel.png", "image/png",
                                                                  t["ind2"].id)
    refused(services, ErrorCode.EVIDENCE_TYPE_UNSUPPORTED, lambda: services.evidence.add_bytes(
        skp, rhk, "2026-TW1", b"bukan gambar", "tempel.png", today=TODAY))
    refused(services, ErrorCode.EVIDENCE_FILE_EMPTY, lambda: services.evidence.add_bytes(
        skp, rhk, "2026-TW1", b"", "tempel.png", today=TODAY))


# --- verification and replacement
def test_only_the_penilai_verifies_and_a_rejection_needs_a_reason(services, t, tmp_path):
    e = add(services, t, [write(tmp_path, "a.pdf", pdf_bytes())]).value[0]
    for who in ("staff", "admin", "head"):
        act(services, t[who])
        refused(services, ErrorCode.EVIDENCE_VERIFIER_REFUSED,
                lambda: services.evidence.verify(e.id, True, today=TODAY))
    assert not services.evidence.can_verify(t["skp"].id)
    act(services, t["kabid"])
    assert services.evidence.can_verify(t["skp"].id)
    refused(services, ErrorCode.EVIDENCE_REASON_REQUIRED,
            lambda: services.evidence.verify(e.id, False, "   ", today=TODAY))
    rejected = services.evidence.verify(e.id, False, "Tanda tangan tidak terbaca",
                                        today=AFTER_TW1).value  # allowed after closing
    assert (rejected.status, rejected.status_reason, rejected.verified_on,
            rejected.verified_by_id, rejected.verified_by_name) == (
        EvidenceStatus.DITOLAK, "Tanda tangan tidak terbaca", AFTER_TW1, t["kabid"].id,
        t["kabid"].full_name)
    accepted = services.evidence.verify(e.id, True, today=AFTER_TW1).value  # may change later
    assert (accepted.status, accepted.status_reason) == (EvidenceStatus.DITERIMA, "")
    refused(services, ErrorCode.EVIDENCE_NOT_FOUND,
            lambda: services.evidence.verify("tidak-ada", True))


def test_replacing_a_rejected_bukti_keeps_the_history(services, t, tmp_path):
    old = add(services, t, [write(tmp_path, "scan.jpg", jpeg_bytes())],
              description="Foto kegiatan").value[0]
    act(services, t["kabid"])
    services.evidence.verify(old.id, False, "Buram", today=TODAY)
    act(services, t["staff"])
    # the period has closed, but answering a rejection is allowed
    new = services.evidence.replace(old.id, write(tmp_path, "scan-ulang.pdf", pdf_bytes()),
                                    today=AFTER_TW1).value
    assert (new.replaces_id, new.status, new.description, new.original_name, new.period) == (
        old.id, EvidenceStatus.MENUNGGU, "Foto kegiatan", "scan-ulang.pdf", old.period)
    history = services.evidence.history(new.id)
    assert [h.id for h in history] == [old.id, new.id]
    assert services.evidence.history(old.id) == history
    assert (history[0].status, history[0].status_reason, history[0].replaced_by_id) == (
        EvidenceStatus.DITOLAK, "Buram", new.id)
    assert [e.id for e in services.evidence.for_skp(t["skp"].id)] == [new.id]
    assert len(services.evidence.for_skp(t["skp"].id, current_only=False)) == 2
    # the old version is no longer current: neither replaced nor verified again
    refused(services, ErrorCode.EVIDENCE_NOT_CURRENT,
            lambda: services.evidence.replace(old.id, png_bytes(), original_name="x.png",
                                              today=TODAY))
    act(services, t["kabid"])
    refused(services, ErrorCode.EVIDENCE_NOT_CURRENT,
            lambda: services.evidence.verify(old.id, True, today=TODAY))
    services.evidence.verify(new.id, True, today=AFTER_TW1)
    act(services, t["staff"])
    error = refused(services, ErrorCode.EVIDENCE_ALREADY_ACCEPTED,
                    lambda: services.evidence.replace(new.id, png_bytes(), original_name="x.png",
                                                      today=TODAY))
    assert "scan-ulang.pdf" in message_for(error.code, error.params)


def test_a_waiting_bukti_cannot_be_replaced_after_its_period_closed(services, t, tmp_path):
    e = add(services, t, [write(tmp_path, "a.pdf", pdf_bytes())]).value[0]
    refused(services, ErrorCode.PERIOD_CLOSED, lambda: services.evidence.replace(
        e.id, png_bytes(), original_name="b.png", today=AFTER_TW1))
    act(services, t["rina"])
    refused(services, ErrorCode.EVIDENCE_WRITER_REFUSED, lambda: services.evidence.replace(
        e.id, png_bytes(), original_name="b.png", today=TODAY))
    act(services, t["staff"])
    new = services.evidence.replace(e.id, png_bytes(), original_name="b.png",
                                    description="Versi jelas", today=TODAY).value
    assert (new.replaces_id, new.description, new.mime) == (e.id, "Versi jelas", "image/png")


# --- reading back
def test_export_checks_the_hash_first(services, t, tmp_path):
    e = add(services, t, [write(tmp_path, "a.pdf", pdf_bytes())]).value[0]
    refused(services, ErrorCode.FILE_UNWRITABLE,
            lambda: services.evidence.export(e.id, tmp_path / "tidak-ada" / "salinan.pdf"))
    out = services.evidence.export(e.id, tmp_path / "salinan.pdf")
    assert out.read_bytes() == pdf_bytes()
    error = refused(services, ErrorCode.EVIDENCE_EXPORT_EXISTS,
                    lambda: services.evidence.export(e.id, out))
    assert str(out) in message_for(error.code, error.params)
    stored = services.evidence.file_path(e)
    stored.write_bytes(pdf_bytes("diubah"))  # tampered in the store
    target = tmp_path / "salinan-2.pdf"
    refused(services, ErrorCode.EVIDENCE_FILE_TAMPERED,
            lambda: services.evidence.export(e.id, target))
    assert not target.exists() and not [p for p in tmp_path.iterdir() if ".tmp" in p.name]
    refused(services, ErrorCode.EVIDENCE_FILE_TAMPERED,
            lambda: services.evidence.export(e.id, out, overwrite=True))
    assert out.read_bytes() == pdf_bytes()  # the earlier copy is left as it was
    stored.write_bytes(pdf_bytes())
    assert services.evidence.export(e.id, out, overwrite=True) == out
    link = services.evidence.add_link(t["skp"].id, t["rhk1"].id, "2026-TW1", "https://x.go.id",
                                      today=TODAY).value
    refused(services, ErrorCode.EVIDENCE_NOT_A_FILE,
            lambda: services.evidence.export(link.id, tmp_path / "l.pdf"))


def test_a_row_whose_file_has_not_arrived_reads_menunggu_lampiran(services, t, tmp_path):
    e = add(services, t, [write(tmp_path, "a.pdf", pdf_bytes())]).value[0]
    os.unlink(services.evidence.file_path(e))  # as a row that came by sync before its file
    waiting = services.evidence.get(e.id)
    assert waiting.available is False and services.evidence.file_path(waiting) is None
    assert services.evidence.for_skp(t["skp"].id)[0].available is False
    error = refused(services, ErrorCode.EVIDENCE_FILE_WAITING,
                    lambda: services.evidence.export(e.id, tmp_path / "x.pdf"))
    assert "menunggu lampiran" in message_for(error.code, error.params)
    # the same content added again (or arriving by sync) makes it available
    add(services, t, [write(tmp_path, "b.pdf", pdf_bytes())])
    assert services.evidence.get(e.id).available is True


def test_a_damaged_store_file_is_restored_by_an_add_of_the_same_content(services, t, tmp_path):
    e = add(services, t, [write(tmp_path, "a.pdf", pdf_bytes())]).value[0]
    services.evidence.file_path(e).write_bytes(b"rusak")
    add(services, t, [write(tmp_path, "b.pdf", pdf_bytes())])
    assert services.evidence.file_path(e).read_bytes() == pdf_bytes()


def test_ids_resolve_from_a_prefix(services, t, tmp_path):
    e = add(services, t, [write(tmp_path, "a.pdf", pdf_bytes())]).value[0]
    assert services.evidence.resolve_id(e.id[:13].upper()) == e.id
    with pytest.raises(DomainError) as info:
        services.evidence.resolve_id(e.id[:5])
    assert info.value.code is ErrorCode.RECORD_ID_TOO_SHORT


# --- Perlu tindakan
def test_waiting_bukti_are_listed_for_the_penilai_per_pegawai_and_period(services, t, tmp_path):
    pdf, png = write(tmp_path, "a.pdf", pdf_bytes()), write(tmp_path, "b.png", png_bytes())
    first = add(services, t, [pdf, png]).value
    add(services, t, [pdf], period="2026-TW2")
    act(services, t["rina"])
    services.evidence.add_files(t["rina_skp"].id, t["rina_rhk"].id, "2026-TW1", [pdf], today=TODAY)
    act(services, t["kabid"])
    services.evidence.verify(first[1].id, True, today=TODAY)  # no longer waiting
    assert len(services.evidence.pending_for_verifier(t["kabid"].id, YEAR)) == 3
    groups = ActionItemsService(services.db).collect(t["kabid"].id, YEAR)
    items = next(g for g in groups if g.key == "evidence_verify").items
    assert [(i.title.split(" (")[0], i.detail) for i in items] == [
        ("Agus Santoso", "1 bukti dukung Triwulan I 2026"),
        ("Agus Santoso", "1 bukti dukung Triwulan II 2026"),
        ("Rina Marlina", "1 bukti dukung Triwulan I 2026")]
    target = items[0].target
    assert (target.kind, target.pegawai_id, target.skp_id, target.rhk_id, target.period,
            target.evidence_id) == ("evidence", t["staff"].id, t["skp"].id, t["rhk1"].id,
                                    "2026-TW1", first[0].id)
    nothing = ActionItemsService(services.db).collect(t["head"].id, YEAR)
    assert next(g for g in nothing if g.key == "evidence_verify").items == []


def test_evidence_value_is_not_changed_by_availability_helpers(services, t, tmp_path):
    e = add(services, t, [write(tmp_path, "a.pdf", pdf_bytes())]).value[0]
    assert dataclasses.replace(e, available=True) == services.evidence.get(e.id)
