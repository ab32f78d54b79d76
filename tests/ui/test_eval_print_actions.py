"""Penilaian > Print employee assessments… / assessment documents… / predicate
determination…, the Print form… button of the Penilaian tab and of the team view (issue 13):
the files written, every print recorded, the summary with the KONSEP count; the dialog's
choices; a unit batch on the generated 2,000-pegawai office with a real worker thread. The
hooks of `EvalPrintActions` stand in for the native dialogs."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from skpdesk.reports.form_batch import FormBatchReport, MissingDocument
from skpdesk.ui.printing.eval_print_actions import (DOKUMEN, EVALUASI, PENETAPAN,
                                                    EvalPrintChoice, EvalPrintDialog,
                                                    eval_batch_summary)
from skpdesk.ui.shell import gui_app

YEAR = dt.date.today().year
TW1 = f"{YEAR}-TW1"


class Calls:
    def __init__(self, actions, choice=None):
        self.messages: list[tuple] = []
        self.asked: list[tuple] = []

        def ask(kind, *, pegawai_id, unit_id, period):
            self.asked.append((kind, pegawai_id, unit_id, period))
            return choice

        actions.ask_choice = ask
        actions.open_file = lambda path: True
        actions.show_message = self._message

    def _message(self, icon, text, details="", *, open_folder=""):
        self.messages.append((icon, text, details, open_folder))


@pytest.fixture
def window(qtbot, demo, qsettings, tasks, events):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events, db_path="x")
    qtbot.addWidget(window)
    return window


def printable_unit(services):
    """A top unit of the demo whose pegawai have evaluations of TW1 (the demo rates every
    ended period)."""
    for unit in services.office.units():
        targets = services.eval_printing.targets(TW1, unit=unit.path)
        if "/" not in unit.path and sum(t.printable for t in targets) >= 2:
            return unit, targets
    raise AssertionError("no rated unit in the demo")


def test_three_actions_in_the_assessment_menu(window):
    names = [a.objectName() for a in window.evaluation_menu.actions()]
    assert {"printEvaluasiAction", "printDokumenAction", "printPenetapanAction"} <= set(names)
    assert window.eval_print_actions.actions[EVALUASI].text() == "Print employee &assessments…"


def test_unit_batch_from_the_menu_writes_records_and_summarises(window, demo, tmp_path):
    unit, targets = printable_unit(demo)
    folder = tmp_path / "cetak"
    calls = Calls(window.eval_print_actions,
                  EvalPrintChoice(EVALUASI, TW1, str(folder), unit_path=unit.path))
    window.eval_print_actions.actions[EVALUASI].trigger()
    report = window.eval_print_actions.last_report
    assert report.ok and len(report.printed) + len(report.missing) == len(targets)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.path.name for p in report.printed)
    with demo.db.reader() as uow:
        for printed in report.printed:
            row = uow.printing.find(printed.code)
            assert (row.kind, row.period, row.record_id, row.pages) == (
                "evaluasi", TW1, printed.record_id, printed.pages)
    [(_, text, details, open_folder)] = calls.messages
    assert f"Printed: {len(report.printed)} documents, {report.pages} pages" in text
    assert f"{report.konsep} documents not final yet (KONSEP)." in text
    assert open_folder == str(folder)


def test_combined_dokumen_with_duplex_and_penetapan(window, demo, tmp_path):
    unit, _targets = printable_unit(demo)
    Calls(window.eval_print_actions, EvalPrintChoice(DOKUMEN, TW1, str(tmp_path),
                                                     unit_path=unit.path, combined=True,
                                                     duplex=True))
    window.eval_print_actions.actions[DOKUMEN].trigger()
    report = window.eval_print_actions.last_report
    assert report.combined is not None and report.combined.parent == tmp_path
    assert len(pypdf.PdfReader(str(report.combined)).pages) == 2 * len(report.printed)
    calls = Calls(window.eval_print_actions, EvalPrintChoice(PENETAPAN, TW1,
                                                             str(tmp_path / "p"),
                                                             unit_path=unit.path))
    window.eval_print_actions.actions[PENETAPAN].trigger()
    printed = window.eval_print_actions.last_report
    assert printed.kind == "penetapan" and printed.path.is_file()
    assert "Predicate determination saved as" in calls.messages[0][1]


def test_the_penilaian_tab_button_presets_pegawai_and_period(window, demo):
    _unit, targets = printable_unit(demo)
    pegawai = next(t.pegawai for t in targets if t.printable)
    calls = Calls(window.eval_print_actions)  # the dialog is cancelled
    tabs = window.workspace_tabs
    tab = next(tabs.widget(i) for i in range(tabs.count())
               if tabs.widget(i).objectName() == "evalTab")
    tab.print_requested.emit(pegawai.id, TW1)
    assert calls.asked == [(EVALUASI, pegawai.id, None, TW1)] and not calls.messages


def test_dialog_choices(qtbot, demo, tmp_path):
    unit, targets = printable_unit(demo)
    pegawai = next(t.pegawai for t in targets if t.printable)
    periods = lambda year: list(demo.periods.list(year))  # noqa: E731
    dialog = EvalPrintDialog(EVALUASI, demo.office.units(), periods, YEAR, folder="",
                             pegawai=pegawai, period=TW1)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.pegawai_radio.isChecked() and not ok.isEnabled()  # no folder yet
    assert dialog.period_combo.currentData() == TW1 and not dialog.combined_check.isEnabled()
    dialog.folder_edit.setText(str(tmp_path))
    assert ok.isEnabled()
    assert dialog.choice() == EvalPrintChoice(EVALUASI, TW1, str(tmp_path),
                                              pegawai_id=pegawai.id)
    dialog.unit_radio.click()
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(unit.path))
    dialog.combined_check.setChecked(True)
    assert dialog.duplex_check.isEnabled()
    dialog.duplex_check.setChecked(True)
    dialog.subunits_check.setChecked(False)
    assert dialog.choice() == EvalPrintChoice(EVALUASI, TW1, str(tmp_path), unit_path=unit.path,
                                              subunits=False, combined=True, duplex=True)
    penetapan = EvalPrintDialog(PENETAPAN, demo.office.units(), periods, YEAR,
                                folder=str(tmp_path), unit_id=unit.id, period=TW1)
    qtbot.addWidget(penetapan)
    assert penetapan.choice() == EvalPrintChoice(PENETAPAN, TW1, str(tmp_path),
                                                 unit_path=unit.path)


def test_summary_lists_missing_and_konsep(tmp_path):
    report = FormBatchReport(year=2026, kind="evaluasi", period="2026-TW1",
                             missing=[MissingDocument("199001012015032003", "Agus",
                                                      "no_evaluation")])
    text, details = eval_batch_summary(report, tmp_path)
    assert "Printed: 0 documents, 0 pages, in the folder" in text
    assert "0 documents not final yet (KONSEP)." in text
    assert "Without an assessment for the period: 1 employees" in text
    assert "Agus: not assessed yet" in details


def test_a_unit_batch_on_the_generated_2000_office(qtbot, tmp_path, office2000_template,
                                                   qsettings, events, reporter):
    """A unit batch from the menu with a real worker thread and the progress dialog."""
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui.tasks import TaskRunner

    path = tmp_path / "data" / "skpdesk.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copy(office2000_template, path)
    db = Database(path)
    services = Services.build(db, "test")
    tasks = TaskRunner(events=events, reporter=reporter)
    try:
        period = next(p.name for p in services.periods.list(YEAR)
                      if p.period.end < dt.date.today() and not p.period.is_final)
        unit = next(u for u in services.office.units() if u.path.count("/") == 1
                    and any(t.printable for t in services.eval_printing.targets(
                        period, unit=u.path)))
        targets = services.eval_printing.targets(period, unit=unit.path)
        window = gui_app.make_main_window(services, qsettings, tasks=tasks, events=events,
                                          db_path=str(path))
        qtbot.addWidget(window)
        folder = tmp_path / "cetak"
        calls = Calls(window.eval_print_actions,
                      EvalPrintChoice(EVALUASI, period, str(folder), unit_path=unit.path))
        window.eval_print_actions.actions[EVALUASI].trigger()
        qtbot.waitUntil(lambda: bool(calls.messages), timeout=300_000)
        report = window.eval_print_actions.last_report
        assert report.ok and len(report.printed) + len(report.missing) == len(targets)
        assert len(list(folder.iterdir())) == len(report.printed) > 0
        with services.db.reader() as uow:
            assert all(uow.printing.find(p.code).kind == "evaluasi" for p in report.printed)
    finally:
        tasks.shutdown()
        db.close()
