"""Scan-back of the EVALUASI KINERJA PEGAWAI form (issue 13): printed as printing records it (kind
"evaluasi", the record is the evaluation revision), scanned as a phone would (JPEG, turned,
noisy), attached to that evaluation revision; once the evaluation is reopened (a new revision
in force) a scan of the old paper is "changed" and waits for a person."""

from __future__ import annotations

import datetime as dt

from skpdesk.reports.eval_pdf import render_evaluasi

from ..helpers_print import build_print_office
from ..test_eval_pdf import PRINTED, RATED, TW1, act, staff_evaluated
from .helpers_scan import save_jpeg, scanned_pages


def _print_evaluasi(office, skp_id, path):
    doc = office.evaluasi_documents.build(skp_id, TW1, printed_on=PRINTED)
    pages = render_evaluasi(doc, path)
    office.eval_printing.record_prints([doc], [pages])
    return doc, pages


def test_a_scanned_evaluasi_form_attaches_to_its_evaluation_revision(office, tmp_path):
    po = build_print_office(office)
    staff_evaluated(office, po, tmp_path)
    evaluation = office.evaluations.get(po.staff_skp, TW1, today=RATED)
    doc, pages = _print_evaluasi(office, po.staff_skp, tmp_path / "evaluasi.pdf")
    jpegs = save_jpeg(scanned_pages(tmp_path / "evaluasi.pdf"), tmp_path, "foto")
    result = office.scans.import_scans(jpegs, scanned_on=dt.date(2026, 4, 20)).value
    assert result.complete, (result.skipped, result.plan.stray)
    scan = office.scans.latest_scan(evaluation.id, "evaluasi")
    assert (scan.code, scan.record_id, scan.skp_id, scan.pegawai_id, scan.period, scan.pages) == (
        doc.code, evaluation.id, po.staff_skp, po.staff.id, TW1, pages)


def test_scan_of_a_superseded_revision_waits_for_a_decision(office, tmp_path):
    po = build_print_office(office)
    staff_evaluated(office, po, tmp_path)
    act(office, po.kabid)
    office.evaluations.set(po.staff_skp, TW1, today=RATED)
    old = office.evaluations.get(po.staff_skp, TW1, today=RATED)
    doc, _pages = _print_evaluasi(office, po.staff_skp, tmp_path / "evaluasi.pdf")
    office.evaluations.reopen(po.staff_skp, TW1, "Realisasi dikoreksi", today=RATED)
    jpegs = save_jpeg(scanned_pages(tmp_path / "evaluasi.pdf"), tmp_path, "foto")
    result = office.scans.import_scans(jpegs).value
    assert not result.attached
    (waiting,) = result.skipped
    assert (waiting.code, waiting.record_id, waiting.problems) == (doc.code, old.id, ("changed",))
    assert "revisi 1 → 2" in waiting.change_text
