"""Umpan balik berkelanjutan in the SKP tab (issue 10): shown beside the selected RHK and core
value, given with "Beri umpan balik…", refused with the service's sentence; every test checks
the database afterwards through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from skpdesk.domain.skp import RhkKind
from skpdesk.services.dialog.feedback import rhk_label
from skpdesk.ui.skp.feedback_dialog import FeedbackDialog
from skpdesk.ui.skp.rhk_table_model import RHK
from skpdesk.ui.skp.skp_tab import SkpTabWidget

from .test_skp_commands import draft_skp
from .test_skp_tab import press_ok

YEAR = dt.date.today().year


@pytest.fixture
def skp(demo):
    return draft_skp(demo)  # acting as its pejabat penilai, who may give feedback


def feedback_tab(qtbot, demo, tasks, events, skp, height: int) -> SkpTabWidget:
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=skp.pegawai_id,
                       feedback=demo.feedback)
    qtbot.addWidget(tab)
    tab.resize(1100, height)
    tab.show()
    return tab


@pytest.fixture
def tab(qtbot, demo, tasks, events, skp):
    tab = feedback_tab(qtbot, demo, tasks, events, skp, 700)
    assert not tab.feedback.panes_shown()  # too little room: the RHK tree keeps it
    tab.feedback.toggle_action.trigger()  # the "Umpan balik" button of the top bar
    assert tab.feedback.panes_shown() and tab.feedback.rhk_pane.isVisible()
    return tab


def give(qtbot, tab, pane, text: str, period: str) -> FeedbackDialog:
    qtbot.mouseClick(pane.give_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, FeedbackDialog)
    dialog.select_period(period)
    dialog.text_edit.setPlainText(text)
    press_ok(dialog)
    return dialog


def test_feedback_on_an_rhk_is_shown_beside_it_and_stored(qtbot, tab, demo, skp):
    first, second = skp.rhk_of(RhkKind.UTAMA)[:2]
    assert tab.rhk_editor.select(RHK, second.id)
    pane = tab.feedback.rhk_pane
    assert pane.give_button.isEnabled() and pane.lines() == []
    assert rhk_label(skp, second.id) in pane.title.text()

    dialog = give(qtbot, tab, pane, "Progres sesuai rencana; percepat uji coba.", f"{YEAR}-Q1")
    assert not dialog.isVisible() and tab.dialog is None

    [stored] = demo.feedback.for_rhk(second.id)
    assert (stored.text, stored.period, stored.rhk_id) == (
        "Progres sesuai rencana; percepat uji coba.", f"{YEAR}-Q1", second.id)
    assert stored.author.pegawai_id == demo.staff.get(skp.pegawai_id).supervisor_id
    assert stored.target_label == rhk_label(skp, second.id)
    [line] = pane.lines()
    assert f"Triwulan I {YEAR}" in line and "percepat uji coba" in line
    # the other RHK has none; selecting it shows its own (empty) list
    assert tab.rhk_editor.select(RHK, first.id)
    assert pane.lines() == [] and not pane.empty.isHidden()
    assert demo.feedback.for_rhk(first.id) == []


def test_feedback_on_a_core_value_from_the_behaviour_page(qtbot, tab, demo, skp):
    tab.inner_tabs.setCurrentIndex(1)
    tab.behaviour_view.table.selectRow(2)
    value = skp.behaviours[2].core_value
    pane = tab.feedback.value_pane
    assert value.name in pane.title.text()
    give(qtbot, tab, pane, "Sangat kolaboratif dengan tim lain.", f"{YEAR}-03")
    [stored] = demo.feedback.for_core_value(skp.id, value.id)
    assert (stored.period, stored.rhk_id, stored.text) == (f"{YEAR}-03", None,
                                                           "Sangat kolaboratif dengan tim lain.")
    assert "Sangat kolaboratif" in pane.lines()[0] and f"Maret {YEAR}" in pane.lines()[0]


def test_a_refused_feedback_stays_in_the_dialog_and_writes_nothing(qtbot, tab, demo, skp):
    demo.acting.act_as_id(skp.pegawai_id)  # the pegawai may not give themself feedback
    journal = demo.journal.count()
    rhk = skp.rhk_of(RhkKind.UTAMA)[0]
    assert tab.rhk_editor.select(RHK, rhk.id)
    dialog = give(qtbot, tab, tab.feedback.rhk_pane, "Bagus.", f"{YEAR}-Q2")
    assert dialog.isVisible() and dialog.error_label.text()
    # the rule's sentence (in the window's language) names the pejabat penilai who may
    penilai = demo.staff.get(demo.staff.get(skp.pegawai_id).supervisor_id)
    assert penilai.nip in dialog.error_label.text()
    dialog.reject()
    assert demo.feedback.for_skp(skp.id) == [] and demo.journal.count() == journal


def test_an_empty_text_is_refused_naming_the_field(qtbot, tab, demo, skp):
    journal = demo.journal.count()
    assert tab.rhk_editor.select(RHK, skp.rhk_of(RhkKind.UTAMA)[0].id)
    dialog = give(qtbot, tab, tab.feedback.rhk_pane, "   ", f"{YEAR}-Q2")
    assert dialog.isVisible() and dialog.error_label.text()
    dialog.reject()
    assert demo.feedback.for_skp(skp.id) == [] and demo.journal.count() == journal


def test_feedback_written_elsewhere_appears_and_a_correction_replaces_it(qtbot, tab, demo, skp,
                                                                         tasks):
    rhk = skp.rhk_of(RhkKind.UTAMA)[0]
    assert tab.rhk_editor.select(RHK, rhk.id)
    # another window (the CLI's service, through the worker) writes: the tab follows
    tasks.run(lambda: demo.feedback.add(skp.id, rhk_id=rhk.id, period=f"{YEAR}-02",
                                        text="Laporan bulanan terlambat."))
    assert "terlambat" in tab.feedback.rhk_pane.lines()[0]
    old = demo.feedback.for_rhk(rhk.id)[0]
    tasks.run(lambda: demo.feedback.correct(old.id, "Laporan bulanan tepat waktu."))
    [line] = tab.feedback.rhk_pane.lines()
    assert "tepat waktu" in line
    [current] = demo.feedback.for_rhk(rhk.id)
    assert current.supersedes_id == old.id


def test_feedback_may_be_given_on_an_approved_skp(qtbot, demo, tasks, events, skp):
    demo.skp.submit(skp.id, "")
    demo.skp.approve(skp.id, "")
    tab = feedback_tab(qtbot, demo, tasks, events, skp, 900)
    assert tab.feedback.panes_shown()  # room enough: shown until the user hides them
    assert tab.skp.read_only
    rhk = skp.rhk_of(RhkKind.UTAMA)[0]
    assert tab.rhk_editor.select(RHK, rhk.id)
    give(qtbot, tab, tab.feedback.rhk_pane, "Pertahankan.", f"{YEAR}-Q3")
    assert [f.text for f in demo.feedback.for_rhk(rhk.id)] == ["Pertahankan."]


def test_the_panes_follow_the_room_until_the_user_chooses(qtbot, demo, tasks, events, skp):
    tab = feedback_tab(qtbot, demo, tasks, events, skp, 900)
    assert tab.feedback.panes_shown() and tab.feedback.rhk_pane.isVisible()
    tab.resize(1100, 600)  # little room: the RHK tree keeps it
    assert not tab.feedback.panes_shown() and not tab.feedback.rhk_pane.isVisible()
    tab.feedback.toggle_action.trigger()  # the user wants them: that stays
    tab.resize(1100, 900)
    tab.resize(1100, 600)
    assert tab.feedback.panes_shown() and tab.feedback.rhk_pane.isVisible()
    assert demo.feedback.for_skp(skp.id) == []  # showing writes nothing
