"""File > Print SKP… (Ctrl+P) and Print all in unit…: PDFs written, prints recorded, no native
dialog (the hooks of `PrintActions` stand in for them)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from skpdesk.reports.batch import BatchReport, Failure, Missing, PrintedFile
from skpdesk.ui.printing.print_actions import (PDF, PRINTER, BatchChoice, BatchPrintDialog,
                                               PrinterChoice, batch_summary, send_to_printer)
from skpdesk.ui.shell import gui_app

from .helpers import kepala_dinas

YEAR = dt.date.today().year


class Calls:
    """Stand-ins for the dialogs: each records how it was called and answers as told."""

    def __init__(self, actions, *, output=PDF, pdf_path=None, printers=("Kantor",),
                 printer=None, offer=True, batch=None):
        self.messages: list[tuple] = []
        self.opened: list[str] = []
        self.spooled: list[tuple] = []
        self.offered = 0
        self.suggested: list[str] = []
        actions.ask_output = lambda: output
        actions.ask_pdf_path = lambda suggested: (self.suggested.append(suggested), pdf_path)[1]
        actions.printer_names = lambda: list(printers)
        actions.ask_printer = lambda: printer
        actions.ask_batch = lambda: batch
        actions.open_file = lambda path: (self.opened.append(path), True)[1]
        actions.send_to_printer = self._spool
        actions.show_message = self._message

    def offer(self, answer):
        def offered():
            self.offered += 1
            return answer
        return offered

    def _spool(self, path, printer):
        self.spooled.append((path, printer, Path(path).read_bytes()[:5]))
        return None

    def _message(self, icon, text, details="", *, open_folder=False):
        self.messages.append((icon, text, details, open_folder))
        return False


@pytest.fixture
def window(qtbot, demo, qsettings, tasks, events):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events, db_path="x")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def head(demo):
    return kepala_dinas(demo)


def prints_of(demo, pegawai_id):
    skp = demo.skp.find(pegawai_id, YEAR)
    return demo.skp_document.prints_of(skp.id)


def test_the_actions_are_in_the_file_menu_before_quit(window):
    actions = window.print_actions
    menu = [a for a in window.file_menu.actions()]
    position = menu.index(actions.print_action)
    assert menu[position + 1] is actions.print_all_action
    assert menu.index(window.quit_action) > position + 1
    assert actions.print_action.shortcut() == QKeySequence("Ctrl+P")


def test_the_skp_tab_has_a_print_button(window, demo, head, tmp_path):
    skp_tab = window.workspace_tabs.widget(1)
    [button] = [b for b in skp_tab.tool_buttons
                if b.defaultAction() is window.print_actions.print_action]
    target = tmp_path / "dari-tab.pdf"
    Calls(window.print_actions, pdf_path=str(target))
    window.show_pegawai(head.id)
    window.workspace_tabs.setCurrentWidget(skp_tab)
    button.click()
    assert target.is_file() and len(prints_of(demo, head.id)) == 1


def test_ctrl_p_saves_the_pdf_opens_it_and_records_the_print(qtbot, window, demo, head, tmp_path,
                                                             qsettings):
    target = tmp_path / "skp kepala.pdf"
    calls = Calls(window.print_actions, pdf_path=str(target))
    window.show_pegawai(head.id)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.team_panel.tree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert target.exists(), "Ctrl+P did not trigger Print SKP"
    assert target.is_file() and len(pypdf.PdfReader(str(target)).pages) >= 2
    assert calls.opened == [str(target)]
    assert Path(calls.suggested[0]).name.startswith(f"{head.nip}_")
    assert Path(calls.suggested[0]).name.endswith(f"_SKP_{YEAR}.pdf")
    [record] = prints_of(demo, head.id)
    assert record.code in window.statusBar().currentMessage()
    assert demo.skp_document.check_print(record.code).changed is False
    assert qsettings.value("files/last_folder/print") == str(tmp_path)


def test_the_skp_shown_in_the_skp_tab_is_printed(window, demo, head, tmp_path):
    skp_tab = window.workspace_tabs.widget(1)
    window.show_pegawai(head.id)
    window.workspace_tabs.setCurrentWidget(skp_tab)
    target = window.print_actions.current_target()
    assert target.skp_id == skp_tab.skp.id and target.year == skp_tab.year


def test_print_to_a_printer_hands_the_pdf_to_the_spooler(window, demo, head):
    calls = Calls(window.print_actions, output=PRINTER, printer=PrinterChoice("Kantor", copies=2))
    window.show_pegawai(head.id)
    window.print_actions.print_action.trigger()
    [(path, printer, start)] = calls.spooled
    assert printer.name == "Kantor" and printer.copies == 2 and start == b"%PDF-"
    assert "Kantor" in window.statusBar().currentMessage()
    assert len(prints_of(demo, head.id)) == 1
    if os.name == "posix":  # the temporary copy is gone once the spooler has it
        assert not Path(path).exists()


def test_print_to_file_from_the_print_dialog_saves_there(window, demo, head, tmp_path):
    target = tmp_path / "dari-dialog.pdf"
    calls = Calls(window.print_actions, output=PRINTER,
                  printer=PrinterChoice("Kantor", pdf_path=str(target)))
    window.show_pegawai(head.id)
    window.print_actions.print_action.trigger()
    assert target.is_file() and calls.spooled == [] and calls.opened == []


def test_without_a_printer_the_pdf_is_offered(window, demo, head, tmp_path):
    target = tmp_path / "skp.pdf"
    calls = Calls(window.print_actions, output=PRINTER, printers=(), pdf_path=str(target))
    window.print_actions.offer_pdf = calls.offer(True)
    window.show_pegawai(head.id)
    window.print_actions.print_action.trigger()
    assert calls.offered == 1 and target.is_file() and calls.spooled == []
    assert calls.opened == [str(target)] and len(prints_of(demo, head.id)) == 1


def test_without_a_printer_declining_the_pdf_prints_nothing(window, demo, head, tmp_path):
    calls = Calls(window.print_actions, output=PRINTER, printers=(),
                  pdf_path=str(tmp_path / "skp.pdf"))
    window.print_actions.offer_pdf = calls.offer(False)
    window.show_pegawai(head.id)
    window.print_actions.print_action.trigger()
    assert calls.offered == 1 and calls.suggested == [] and prints_of(demo, head.id) == []


def test_cancelled_choices_print_nothing(window, demo, head):
    calls = Calls(window.print_actions, output=None)
    window.show_pegawai(head.id)
    window.print_actions.print_action.trigger()
    calls = Calls(window.print_actions, output=PDF, pdf_path=None)
    window.print_actions.print_action.trigger()
    assert calls.suggested and prints_of(demo, head.id) == []


def test_nobody_selected_says_so(window):
    calls = Calls(window.print_actions)
    action = window.print_actions.print_action
    assert not action.isEnabled() and "Choose an employee" in action.toolTip()
    window.print_actions.print_current()  # called anyway (e.g. by a script): says why
    [(_, text, _, _)] = calls.messages
    assert "Choose an employee" in text and calls.suggested == []


def test_a_pegawai_without_an_skp_says_so(window, demo):
    bupati = next(p for p in demo.staff.list() if p.nip is None)
    calls = Calls(window.print_actions)
    window.show_pegawai(bupati.id)
    action = window.print_actions.print_action
    assert not action.isEnabled() and "no SKP" in action.toolTip()
    window.print_actions.print_current()
    [(_, text, _, _)] = calls.messages
    assert "no SKP" in text and calls.suggested == []


# --- Print all in unit…
def test_print_all_of_a_unit_writes_the_files_and_records_the_prints(window, demo, tmp_path):
    unit = next(u for u in demo.office.units() if u.path.startswith("Bidang") and "/" not in u.path)
    people = [p for u in demo.office.units() if u.path == unit.path or u.path.startswith(unit.path + "/")
              for p in demo.staff.list(unit_id=u.id)]
    calls = Calls(window.print_actions, batch=BatchChoice(unit.path, True, YEAR, str(tmp_path / "cetak"),
                                                          False))
    window.print_actions.print_all_action.trigger()
    report = window.print_actions.last_report
    assert report.ok and len(report.printed) + len(report.missing_skp) == len(people)
    files = sorted(p.name for p in (tmp_path / "cetak").iterdir())
    assert files == sorted(p.path.name for p in report.printed) and files
    for printed in report.printed:
        assert demo.skp_document.check_print(printed.code).skp_id == printed.skp_id
        assert [r.code for r in demo.skp_document.prints_of(printed.skp_id)] == [printed.code]
    [(_, text, details, open_folder)] = calls.messages
    assert f"Printed: {len(report.printed)} SKP, {report.pages} pages" in text and open_folder


def test_print_all_units_into_one_combined_file(window, demo, tmp_path):
    calls = Calls(window.print_actions, batch=BatchChoice(None, True, YEAR, str(tmp_path), True))
    window.print_actions.print_all_action.trigger()
    report = window.print_actions.last_report
    assert report.combined == tmp_path / f"SKP_semua-unit_{YEAR}.pdf"
    assert len(pypdf.PdfReader(str(report.combined)).pages) == report.pages
    assert len(report.printed) == 39 and [m.name for m in report.not_asn]  # the Bupati
    [(_, text, details, _)] = calls.messages
    assert "in one file" in text and "Non-ASN" in details


def test_print_all_combined_for_duplex_with_bookmarks(window, demo, tmp_path):
    """Issue 13: the Cetak semua dialog's duplex choice pads each document; bookmarks per pegawai."""
    unit = next(u.path for u in demo.office.units() if u.path.count("/") == 1)
    Calls(window.print_actions, batch=BatchChoice(unit, False, YEAR, str(tmp_path), True, True))
    window.print_actions.print_all_action.trigger()
    report = window.print_actions.last_report
    reader = pypdf.PdfReader(str(report.combined))
    assert len(reader.pages) == sum(p.pages + p.pages % 2 for p in report.printed)
    assert [o.title for o in reader.outline] == [f"{p.name} – {p.nip}" for p in report.printed]


def test_print_all_dialog_choices(qtbot, demo, tmp_path):
    dialog = BatchPrintDialog(demo.office.units(), "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.subunits_check.isEnabled()  # all units: no choice
    dialog.unit_combo.setCurrentIndex(2)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.subunits_check.setChecked(False)
    assert not dialog.duplex_check.isEnabled()  # padding concerns only the combined file
    dialog.combined_check.setChecked(True)
    assert ok.isEnabled() and dialog.subunits_check.isEnabled()
    assert dialog.choice() == BatchChoice(dialog.unit_combo.itemData(2), False, YEAR,
                                          str(tmp_path), True)
    assert dialog.duplex_check.isEnabled()
    dialog.duplex_check.setChecked(True)
    assert dialog.choice().duplex
    dialog.combined_check.setChecked(False)
    assert not dialog.choice().duplex
    assert dialog.unit_combo.itemText(2) == dialog.unit_combo.itemData(2).replace("/", " / ")


def test_summary_lists_missing_failed_and_cancelled(tmp_path):
    report = BatchReport(year=2026, missing_skp=[Missing("199001012015032003", "Agus")],
                         failed=[Failure("198503152010011002", "Dewi", ValueError("rusak"))],
                         cancelled=True)
    text, details = batch_summary(report, tmp_path)
    assert "Printed: 0 SKP, 0 pages, in the folder" in text
    assert "Without an SKP for the year 2026: 1 employees" in text
    assert "Not printed because of an error: 1" in text and "cancelled" in text
    assert "Without an SKP for 2026:" in details and "Agus" in details
    assert "Dewi: ValueError: rusak" in details


def test_summary_counts_the_skps_printed_with_konsep(tmp_path):
    printed = [PrintedFile("SKP-AAAAA-AAAAA", 3, tmp_path / "a.pdf", status="draft", final=False),
               PrintedFile("SKP-BBBBB-BBBBB", 3, tmp_path / "b.pdf", status="disetujui")]
    text, _ = batch_summary(BatchReport(year=2026, printed=printed), tmp_path)
    assert "1 SKP not final yet (not approved): every page carries KONSEP." in text
    text, _ = batch_summary(BatchReport(year=2026, printed=printed[1:]), tmp_path)
    assert "KONSEP" not in text


# --- the spooler
def _fake_lp(folder: Path, exit_code: int = 0) -> Path:
    script = folder / "lp"
    script.write_text(f"#!/bin/sh\necho \"$@\" > {folder / 'args.txt'}\n"
                      + ("echo 'lp: The printer or class does not exist.' >&2\n" if exit_code else "")
                      + f"exit {exit_code}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.mark.skipif(os.name != "posix", reason="lp is the spooler on Linux and macOS")
def test_send_to_printer_uses_lp_with_the_chosen_printer(tmp_path, monkeypatch):
    _fake_lp(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    pdf = tmp_path / "skp.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert send_to_printer(str(pdf), PrinterChoice("Kantor Lt 2", copies=3, from_page=1,
                                                   to_page=2)) is None
    assert (tmp_path / "args.txt").read_text().split() == [
        "-d", "Kantor", "Lt", "2", "-n", "3", "-t", "skp", "-o", "page-ranges=1-2", str(pdf)]


@pytest.mark.skipif(os.name != "posix", reason="lp is the spooler on Linux and macOS")
def test_send_to_printer_reports_the_spoolers_complaint(tmp_path, monkeypatch):
    _fake_lp(tmp_path, exit_code=1)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    problem = send_to_printer(str(tmp_path / "skp.pdf"), PrinterChoice("Hilang"))
    assert "does not exist" in problem
