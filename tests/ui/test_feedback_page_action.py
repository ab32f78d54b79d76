"""File > Period feedback page… (issue 11): the umpan balik page of the selected pegawai for the
chosen period, written as a PDF, recorded and opened; a refusal shown as its sentence; the period
dialog lists the year's periods. No native dialog (the action's hooks stand in for them)."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest

from skpdesk.domain.evidence import EvidenceStatus
from skpdesk.ui.printing.feedback_page_action import PeriodDialog
from skpdesk.ui.shell import gui_app

YEAR = dt.date.today().year


@pytest.fixture
def window(qtbot, demo, qsettings, tasks, events):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events, db_path="x")
    qtbot.addWidget(window)
    return window


class Hooks:
    def __init__(self, action, *, period, path):
        self.asked: list[tuple] = []
        self.opened: list[str] = []
        self.messages: list[str] = []
        action.ask_period = lambda name, year: (self.asked.append((name, year)), period)[1]
        action.ask_pdf_path = lambda suggested: (self.asked.append(suggested), path)[1]
        action.open_file = lambda p: (self.opened.append(p), True)[1]
        action.show_message = lambda icon, text: self.messages.append(text)


def pegawai_with_rejected_bukti(demo):
    """A demo pegawai whose Triwulan I bukti include a rejected (and replaced) one."""
    for pegawai in demo.staff.list():
        skp = demo.skp.find(pegawai.id, YEAR)
        if skp is None:
            continue
        found = demo.evidence.for_skp(skp.id, f"{YEAR}-TW1", current_only=False)
        if any(e.status is EvidenceStatus.DITOLAK for e in found):
            return pegawai, skp, found
    raise AssertionError("the demo has no rejected bukti")


def test_the_action_follows_the_print_actions_in_the_file_menu(window):
    menu = window.file_menu.actions()
    action = window.feedback_page_action.action
    assert menu.index(action) == menu.index(window.print_actions.print_all_action) + 1
    assert menu.index(window.quit_action) > menu.index(action)
    window.show_pegawai(None)
    window.feedback_page_action.update_state()
    assert not action.isEnabled()


def test_prints_the_page_of_the_selected_pegawai(window, demo, tmp_path):
    pegawai, skp, found = pegawai_with_rejected_bukti(demo)
    window.show_pegawai(pegawai.id)
    out = tmp_path / "umpan-balik.pdf"
    hooks = Hooks(window.feedback_page_action, period=f"{YEAR}-TW1", path=str(out))
    window.feedback_page_action.action.trigger()
    assert hooks.asked[0] == (pegawai.full_name, YEAR)
    assert hooks.asked[1].endswith(f"_UmpanBalik_{YEAR}-TW1.pdf")
    assert hooks.opened == [str(out)] and hooks.messages == []
    text = " ".join("\n".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages).split())
    assert "REALISASI BERDASARKAN BUKTI DUKUNG" in text and "PERIODE: TRIWULAN I" in text
    rejected = next(e for e in found if e.status is EvidenceStatus.DITOLAK)
    replacement = demo.evidence.get(rejected.replaced_by_id)
    assert replacement.hash_prefix in text and rejected.hash_prefix not in text  # current only
    assert "umpan_balik" in [p.kind for p in demo.skp_document.prints_of(skp.id)]
    assert str(out) in window.statusBar().currentMessage()


def test_no_skp_that_year_is_told_and_nothing_is_written(window, demo, tmp_path):
    pegawai, _skp, _ = pegawai_with_rejected_bukti(demo)
    window.show_pegawai(pegawai.id)
    out = tmp_path / "x.pdf"
    hooks = Hooks(window.feedback_page_action, period=f"{YEAR + 3}-TW1", path=str(out))
    window.feedback_page_action.print_current()
    assert hooks.opened == [] and not out.exists()
    assert len(hooks.messages) == 1 and str(YEAR + 3) in hooks.messages[0]


def test_period_dialog_lists_the_periods_of_the_year(qtbot, demo):
    dialog = PeriodDialog(demo.periods, "Agus", YEAR, today=dt.date(YEAR, 5, 2))
    qtbot.addWidget(dialog)
    names = [dialog.period_combo.itemData(i) for i in range(dialog.period_combo.count())]
    assert names == [f"{YEAR}-TW{n}" for n in (1, 2, 3, 4)] + [f"{YEAR}-AKHIR"]
    assert dialog.period() == f"{YEAR}-TW2"  # the period containing "today"
    assert dialog.period_combo.currentText() == f"Triwulan II {YEAR}"
    dialog.year_spin.setValue(YEAR + 1)
    assert dialog.period_combo.count() == 5 and dialog.period().startswith(str(YEAR + 1))
