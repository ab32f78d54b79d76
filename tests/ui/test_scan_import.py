"""Scan-back in the window (issue 13): scans dropped on the main window open the import dialog
with the plan; Impor attaches them; the SKP tab then says "Signed, scanned on …" and opens the
scan. On the demo office and on the generated 2,000-pegawai office. Real printing (QR codes
drawn by the printer), real JPEG "scans" (rendered, turned 2°, noisy), real zxing-cpp."""

from __future__ import annotations

import datetime as dt
import shutil

from PySide6.QtCore import QPointF

from skpdesk.reports.batch import print_skp
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.paper.helpers_scan import save_jpeg, scanned_pages

from .helpers import kepala_dinas, shown_main_window
from .test_evidence_grid_drop import drag_and_drop


def _printed_scans(services, skp_id, tmp_path):
    printed = print_skp(services, skp_id, tmp_path / "cetak.pdf")
    return printed, save_jpeg(scanned_pages(tmp_path / "cetak.pdf"), tmp_path, "pindaian")


def _some_skp(services):
    """A pegawai under the head of the office with an SKP this year."""
    head = kepala_dinas(services)
    for p in services.staff.subordinates(head.id):
        skp = services.skp.find(p.id, dt.date.today().year)
        if skp is not None:
            return p, skp
    raise AssertionError("the office has no SKP under its head")


def _drop_and_import(qtbot, window, tasks, files):
    assert drag_and_drop(window, QPointF(window.rect().center()), files)
    qtbot.waitUntil(lambda: window.scan_dialog is not None
                    and window.scan_dialog.plan is not None, timeout=60_000)
    dialog = window.scan_dialog
    assert dialog.import_button.isEnabled()
    assert all(d.ready for d in dialog.plan.documents) and not dialog.plan.stray, (
        dialog.plan.documents, dialog.plan.stray)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None and not tasks.busy, timeout=60_000)
    return dialog


def _skp_tab(window):
    tabs = window.workspace_tabs
    return next(tabs.widget(i) for i in range(tabs.count())
                if type(tabs.widget(i)).__name__ == "SkpTabWidget")


def test_scans_dropped_on_the_window_attach_and_show_on_the_skp_tab(qtbot, demo, qsettings,
                                                                      tasks, events, reporter,
                                                                      tmp_path):
    pegawai, skp = _some_skp(demo)
    printed, jpegs = _printed_scans(demo, skp.id, tmp_path)
    window = shown_main_window(qtbot, demo, qsettings, tasks, events)
    dialog = _drop_and_import(qtbot, window, tasks, jpegs)
    assert [x.document.code for x in dialog.result.attached] == [printed.code]
    assert "1 document(s) attached" in dialog.hint.text()
    scan = demo.scans.latest_scan(skp.id, "skp")
    assert scan is not None and scan.pages == printed.pages
    window.show_pegawai(pegawai.id)
    window.set_year(skp.year)
    tab = _skp_tab(window)
    window.workspace_tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.signed_scan.isHidden())
    assert tab.signed_scan.label.text().startswith("Signed, scanned on ")
    opened = []
    tab.signed_scan._open_url = lambda url: opened.append(url.toLocalFile()) or True
    tab.signed_scan.open_button.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].endswith(f"{printed.code}.pdf")
    assert reporter.domain_errors == [] and reporter.unexpected_errors == []


def test_an_incomplete_document_waits_for_the_tick(qtbot, demo, qsettings, tasks, events,
                                                   tmp_path):
    _pegawai, skp = _some_skp(demo)
    printed, jpegs = _printed_scans(demo, skp.id, tmp_path)
    assert printed.pages >= 2
    window = shown_main_window(qtbot, demo, qsettings, tasks, events)
    assert drag_and_drop(window, QPointF(window.rect().center()), jpegs[:1])  # page 1 only
    qtbot.waitUntil(lambda: window.scan_dialog is not None
                    and window.scan_dialog.plan is not None)
    dialog = window.scan_dialog
    (document,) = dialog.plan.documents
    assert document.problems == ("incomplete",) and not dialog.accepted_codes()
    texts = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert texts == ["Needs a decision (1)"]
    dialog.set_accepted(printed.code)
    assert dialog.accepted_codes() == {printed.code}
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    (attached,) = dialog.result.attached
    assert attached.flags == ("incomplete",)
    assert demo.scans.latest_scan(skp.id, "skp").flags == ("incomplete",)


def test_drop_and_import_on_the_2000_office(qtbot, tmp_path, office2000_template, qsettings,
                                            events, reporter, tasks):
    path = tmp_path / "data" / "skpdesk.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copy(office2000_template, path)
    db = Database(path)
    try:
        services = Services.build(db, "test")
        assert services.staff.count() == 2000
        _pegawai, skp = _some_skp(services)
        printed, jpegs = _printed_scans(services, skp.id, tmp_path)
        window = shown_main_window(qtbot, services, qsettings, tasks, events)
        dialog = _drop_and_import(qtbot, window, tasks, jpegs)
        assert [x.document.code for x in dialog.result.attached] == [printed.code]
        assert services.scans.latest_scan(skp.id, "skp").code == printed.code
        assert reporter.unexpected_errors == []
    finally:
        db.close()


def test_file_menu_has_the_import_action(qtbot, demo, qsettings, tasks, events):
    window = shown_main_window(qtbot, demo, qsettings, tasks, events)
    assert window.import_scans_action in window.file_menu.actions()
    assert window.acceptDrops()


def test_the_penilaian_tab_shows_the_signed_scan_of_its_evaluation(qtbot, demo, tasks, events,
                                                                   tmp_path):
    """An EVALUASI KINERJA PEGAWAI form of the evaluation revision shown (its print recorded
    as printing records it: kind "evaluasi", record = the evaluation revision) comes back
    signed: the tab says so; another revision's scan would not show."""
    from skpdesk.domain.evaluation import Rating
    from skpdesk.domain.print_marks import qr_payload
    from tests.unit.paper.helpers_scan import code_sheets

    from .test_eval_tab import TODAY, TW1, make_tab, subject

    pegawai, skp, _penilai = subject(demo)
    demo.evaluations.rate(skp.id, TW1, hasil=Rating.SESUAI.value,
                          perilaku=Rating.SESUAI.value, today=TODAY)
    evaluation = demo.evaluations.get(skp.id, TW1, today=TODAY)
    code = "SKP-EVA12-SCAN3"
    with demo.db.unit_of_work("test") as uow:
        uow.printing.record(code=code, kind="evaluasi", skp_id=skp.id, revision=1,
                            content_hash="e" * 64, record_id=evaluation.id, period=TW1,
                            status="draft", pages=1, pegawai_id=pegawai.id)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    assert tab.signed_scan.isHidden()
    sheet = code_sheets(tmp_path / "evaluasi.pdf",
                        [qr_payload(code, "evaluasi", evaluation.id, 1, 1, 1)])
    outcome = demo.scans.import_scans([sheet], scanned_on=dt.date(TODAY.year, 5, 20))
    assert [x.document.code for x in outcome.value.attached] == [code]
    events.changes_applied.emit(outcome.changes, None)  # as the window announces a write
    qtbot.waitUntil(lambda: not tab.signed_scan.isHidden())
    assert tab.signed_scan.label.text() == f"Signed, scanned on 20 May {TODAY.year}"
