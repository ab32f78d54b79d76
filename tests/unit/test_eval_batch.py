"""Batch printing of the evaluation forms (`reports.form_batch` on `batch.py`'s machinery):
one file per pegawai or one combined PDF (bookmarks, duplex padding), every print recorded
with kind, record, period, status at printing and pages, KONSEP counted, pegawai without an
evaluation listed, a cancelled combined batch leaves nothing, two worker processes."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from skpdesk.reports.form_batch import (dokumen_form, evaluasi_form, penetapan_form,
                                        print_forms, print_one)
from skpdesk.services.progress import CancelToken

from .helpers_eval_print import MAY, TW1, UNIT, eval_print_office


@pytest.fixture
def t(services):
    return eval_print_office(services)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def recorded(services, code):
    with services.db.reader() as uow:
        return uow.printing.find(code)


def pages_of(path: Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def evaluation_id(services, skp_id):
    return services.evaluations.get(skp_id, TW1, today=MAY).id


def test_unit_batch_one_file_each_recorded_with_record_status_period_pages(services, t, out):
    targets = services.eval_printing.targets(TW1, unit=UNIT)
    report = print_forms(services, evaluasi_form(), targets, TW1, out_dir=out)
    assert report.ok and not report.failed
    assert [(p.name, p.status, p.final) for p in report.printed] == [
        ("Agus Santoso", "final", True), ("Rina Marlina", "draft", False)]
    assert report.konsep == 1
    assert [(m.name, m.reason) for m in report.missing] == [
        ("Dewi Lestari", "no_evaluation"), ("Sari Dewi", "skp_not_approved")]
    assert sorted(p.name for p in out.iterdir()) == [
        "199001012015032003_agus-santoso_EVALUASI_2026-TW1.pdf",
        "199203102019022001_rina-marlina_EVALUASI_2026-TW1.pdf"]
    for printed, (pegawai, skp) in zip(report.printed, [(t["staff"], t["skp"]),
                                                        (t["rina"], t["rina_skp"])]):
        row = recorded(services, printed.code)
        assert (row.kind, row.record_id, row.skp_id, row.period, row.pegawai_id) == (
            "evaluasi", evaluation_id(services, skp.id), skp.id, TW1, pegawai.id)
        assert row.status == printed.status and row.pages == printed.pages
        assert row.pages == pages_of(printed.path) >= 1
        assert printed.record_id == row.record_id


def test_combined_with_bookmarks_and_duplex_padding(services, t, tmp_path):
    targets = services.eval_printing.targets(TW1)
    target = tmp_path / "dokumen.pdf"
    report = print_forms(services, dokumen_form(), targets, TW1, combined=target, duplex=True)
    assert report.combined == target and report.files == [target]
    assert [p.name for p in report.printed] == ["Agus Santoso", "Rina Marlina"]
    assert [p.pages for p in report.printed] == [1, 1]  # the one-page form, without padding
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == 4  # each padded to an even count for two-sided printing
    assert [item.title for item in reader.outline] == [
        "Agus Santoso – 19900101 201503 2 003", "Rina Marlina – 19920310 201902 2 001"]
    assert [reader.get_destination_page_number(item) for item in reader.outline] == [0, 2]
    assert reader.pages[1].extract_text().strip() == ""
    for printed in report.printed:
        row = recorded(services, printed.code)
        assert (row.kind, row.pages, row.period) == ("dokumen_evaluasi", 1, TW1)
        assert printed.code in reader.metadata["/Keywords"]
    plain = print_forms(services, dokumen_form(), targets, TW1, combined=tmp_path / "plain.pdf")
    assert pages_of(plain.combined) == 2


def test_cancelled_combined_batch_leaves_nothing(services, t, tmp_path):
    token = CancelToken()
    target = tmp_path / "gabungan" / "evaluasi.pdf"
    target.parent.mkdir()

    def progress(done, total):
        if done:
            token.cancel()  # after the first document was built

    report = print_forms(services, evaluasi_form(), services.eval_printing.targets(TW1), TW1,
                         combined=target, progress=progress, cancel=token)
    assert report.cancelled and not report.printed and report.combined is None
    assert list(target.parent.iterdir()) == []
    with services.db.reader() as uow:
        assert uow.printing.for_skp(t["skp"].id) == []


def test_two_processes_print_the_same_files(services, t, tmp_path):
    targets = services.eval_printing.targets(TW1, unit=UNIT)
    one = print_forms(services, evaluasi_form(), targets, TW1, out_dir=tmp_path / "one")
    two = print_forms(services, evaluasi_form(), targets, TW1, out_dir=tmp_path / "two",
                      processes=2)
    assert two.ok and not two.worker_died
    assert [(p.code, p.pages, p.path.name) for p in two.printed] == [
        (p.code, p.pages, p.path.name) for p in one.printed]
    assert sorted(p.name for p in (tmp_path / "two").iterdir()) == sorted(
        p.path.name for p in one.printed)


def test_penetapan_recorded_on_the_unit(services, t, tmp_path):
    unit_id = t["kabid"].unit_id
    doc = services.summary_documents.penetapan(unit_id, TW1)
    printed = print_one(services, penetapan_form(), doc, tmp_path / "penetapan.pdf")
    row = recorded(services, printed.code)
    assert (row.kind, row.record_id, row.skp_id, row.pegawai_id, row.period) == (
        "penetapan", unit_id, None, None, TW1)
    assert row.pages == printed.pages == pages_of(tmp_path / "penetapan.pdf")
