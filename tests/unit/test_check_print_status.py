"""check-print (issue 13): the status of the record when the copy was printed and now, for an SKP
and for an evaluation paper (the evaluation revision it was printed from). An approval after a
KONSEP print reads as changed, with both statuses; the print records its record, status, pegawai
and pages."""

from __future__ import annotations

import datetime as dt

from skpdesk.reports.batch import print_document

from .helpers_evaluation import MAY, TW1, act, eval_team
from .helpers_print import build_print_office

DAY = dt.date(2026, 1, 5)


def test_skp_copy_records_its_status_record_and_pages(services, tmp_path):
    services.office.init_office("Dinas Kominfo", "Wonosari")
    o = build_print_office(services)
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    printed = print_document(services, doc, tmp_path / "skp.pdf")
    (record,) = services.skp_document.prints_of(o.staff_skp)
    assert (record.code, record.kind, record.record_id, record.status, record.pages,
            record.pegawai_id) == (doc.code, "skp", o.staff_skp, "draft", printed.pages,
                                   o.staff.id)
    check = services.skp_document.check_print(doc.code)
    assert (check.printed_status, check.current_status, check.record_id, check.period) == (
        "draft", "draft", o.staff_skp, "")
    assert check.changed is False


def test_approval_after_a_konsep_print_reads_as_changed(services):
    services.office.init_office("Dinas Kominfo", "Wonosari")
    o = build_print_office(services)
    services.acting.act_as(o.staff.nip)
    services.skp.submit(o.staff_skp)
    doc = services.skp_document.build(o.staff_skp, printed_on=DAY)
    services.skp_document.record_print(doc)
    services.acting.act_as(o.kabid.nip)
    services.skp.approve(o.staff_skp)
    check = services.skp_document.check_print(doc.code)
    assert check.changed is True
    assert (check.printed_status, check.current_status) == ("diajukan", "disetujui")


def test_a_returned_draft_is_dikembalikan_and_a_reopened_one_is_draft(services):
    services.office.init_office("Dinas Kominfo", "Wonosari")
    o = build_print_office(services)
    services.acting.act_as(o.staff.nip)
    services.skp.submit(o.staff_skp)
    services.acting.act_as(o.kabid.nip)
    services.skp.return_to_draft(o.staff_skp, "Perbaiki target")
    assert services.skp_document.build(o.staff_skp).status == "dikembalikan"
    services.acting.act_as(o.staff.nip)
    services.skp.submit(o.staff_skp)
    services.acting.act_as(o.kabid.nip)
    services.skp.approve(o.staff_skp)
    services.skp.reopen(o.staff_skp, "Tugas tambahan baru")
    assert services.skp_document.build(o.staff_skp).status == "draft"


def _record_evaluation_print(services, ev, kind="evaluasi"):
    """What evalprint records for an evaluation paper (kind, record = the revision row)."""
    code = f"SKP-{ev.revision:05d}-{len(kind):05d}"
    with services.db.unit_of_work("test") as uow:
        uow.printing.record(code=code, kind=kind, skp_id=ev.skp_id, revision=ev.revision,
                            content_hash="0" * 64, record_id=ev.id, period=ev.period,
                            status=ev.status.value, pages=2, pegawai_id=ev.pegawai_id)
    return code


def test_evaluation_paper_status_at_printing_and_now(services):
    t = eval_team(services)
    skp_id = t["skp"].id
    draft = services.evaluations.rate(skp_id, TW1, hasil="sesuai", perilaku="diatas",
                                      today=MAY).value
    code = _record_evaluation_print(services, draft)
    check = services.skp_document.check_print(code, today=MAY)
    assert (check.kind, check.record_id, check.period) == ("evaluasi", draft.id, TW1)
    assert (check.printed_status, check.current_status, check.changed) == ("draft", "draft", False)
    assert check.pegawai_name == t["staff"].full_name and check.year == 2026

    act(services, t["kabid"])
    set_ = services.evaluations.set(skp_id, TW1, today=MAY).value
    check = services.skp_document.check_print(code, today=MAY)
    assert (check.printed_status, check.current_status, check.changed) == (
        "draft", "ditetapkan", True)

    # a copy of the ditetapkan revision: still the same paper once the keberatan window closed
    final_code = _record_evaluation_print(services, set_, "dokumen_evaluasi")
    later = MAY + dt.timedelta(days=30)
    check = services.skp_document.check_print(final_code, today=later)
    assert (check.printed_status, check.current_status, check.changed) == (
        "ditetapkan", "final", False)

    # reopened: a newer revision is in force
    services.evaluations.reopen(skp_id, TW1, "Bukti dukung baru", today=later)
    check = services.skp_document.check_print(final_code, today=later)
    assert check.changed is True and check.current_revision == set_.revision + 1
    assert check.current_status == "draft"
