"""Cari di catatan (Ctrl+Shift+F, issue 10): type, see the hits with the match highlighted, open
the record; confidential notes are found only by their readers. The records searched are
written through the services first; what is found is checked against the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from skpdesk.domain.dialog import DialogKind
from skpdesk.domain.skp import RhkKind
from skpdesk.services.dialog.dialogs import DialogInput
from skpdesk.ui.search.search_dialog import SearchDialog, snippet_html
from skpdesk.ui.shell.main_window import DIALOG_TAB

from .helpers import kepala_dinas, shown_main_window

YEAR = dt.date.today().year
HELD = dt.date(YEAR, 3, 12)


@pytest.fixture
def people(demo):
    head = kepala_dinas(demo)
    demo.acting.set_me_id(head.id)
    sub = demo.staff.subordinates(head.id)[0]
    third = next(p for p in demo.staff.list()
                 if p.id not in (head.id, sub.id) and p.supervisor_id != head.id)
    return head, sub, third


@pytest.fixture
def dialogs(demo, people):
    """A public pemantauan whose notes carry an accent, and a confidential konseling."""
    _head, sub, _third = people
    public = demo.dialogs.add(DialogInput(
        held_on=HELD, kind=DialogKind.PEMANTAUAN, participant_ids=(sub.id,),
        notes="Kualítas pelayanan perizinan meningkat setelah uji coba.")).value
    secret = demo.dialogs.add(DialogInput(
        held_on=HELD, kind=DialogKind.KONSELING, participant_ids=(sub.id,),
        notes="Beban keluarga zebrafinch memengaruhi kehadiran.")).value
    assert secret.confidential
    return public, secret


@pytest.fixture
def window(qtbot, demo, qsettings, tasks, events, people):
    return shown_main_window(qtbot, demo, qsettings, tasks, events)


def open_search(window) -> SearchDialog:
    assert window.search_action.shortcut() == QKeySequence("Ctrl+Shift+F")
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.query_edit
    return dialog


def type_query(qtbot, dialog: SearchDialog, text: str) -> None:
    """Type as a user does; the search starts after the pause."""
    dialog.query_edit.clear()
    with qtbot.waitSignal(dialog.searched, timeout=5000):
        qtbot.keyClicks(dialog.query_edit, text)


def test_a_word_found_by_prefix_and_without_its_accent_opens_the_dialog(
        qtbot, window, demo, dialogs, people):
    public, _secret = dialogs
    _head, sub, _third = people
    dialog = open_search(window)
    type_query(qtbot, dialog, "kualitas pelayan")
    [hit] = dialog.hits
    assert (hit.entity, hit.record_id, hit.dialog_id, hit.pegawai_id) == (
        "dialog_kinerja", public.id, public.id, sub.id)
    assert demo.dialogs.get(hit.record_id).notes == public.notes  # what the database holds
    [line] = dialog.lines()
    assert "<b>Kualítas</b>" in line and "<b>pelayanan</b>" in line
    assert sub.full_name in line and HELD.strftime("%d-%m-%Y") in line

    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)  # the list answers this text: open
    tab = window.workspace_tabs.currentWidget()
    assert tab.objectName() == DIALOG_TAB and window.current_pegawai_id() == sub.id
    assert tab.current_dialog is not None and tab.current_dialog.id == public.id


def test_feedback_found_opens_the_skp_tab(qtbot, window, demo, people):
    _head, sub, _third = people
    skp = demo.skp.find(sub.id, YEAR)
    rhk = skp.rhk_of(RhkKind.UTAMA)[0]
    demo.acting.act_as_id(demo.staff.get(sub.id).supervisor_id)
    demo.feedback.add(skp.id, rhk_id=rhk.id, period=f"{YEAR}-Q1",
                      text="Dokumentasi rapat koordinasi kurang lengkap.")
    demo.acting.act_as_id(None)
    dialog = open_search(window)
    type_query(qtbot, dialog, "dokumentasi koordinasi")
    [hit] = dialog.hits
    assert hit.entity == "umpan_balik" and hit.pegawai_id == sub.id
    assert [f.id for f in demo.feedback.for_rhk(rhk.id)] == [hit.record_id]
    dialog.results.setCurrentRow(0)
    dialog.results.itemActivated.emit(dialog.results.item(0))  # double click / Enter
    assert window.workspace_tabs.tabText(window.workspace_tabs.currentIndex()) == "SKP"
    assert window.current_pegawai_id() == sub.id


def test_confidential_notes_are_found_only_by_their_readers(qtbot, demo, tasks, dialogs,
                                                            people):
    _public, secret = dialogs
    head, _sub, third = people
    dialog = SearchDialog(demo.search, tasks)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText("zebrafinch")
    dialog.search_now()
    assert [h.record_id for h in dialog.hits] == [secret.id]  # the head wrote it
    demo.acting.act_as_id(third.id)
    dialog.search_now()
    assert dialog.hits == [] and "Nothing found" in dialog.status_label.text()
    assert demo.dialogs.get(secret.id).redacted  # and the record itself is hidden from them


def test_a_too_short_query_is_refused_with_the_rule(qtbot, demo, tasks, reporter):
    dialog = SearchDialog(demo.search, tasks)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText("a")
    dialog.search_now()
    assert not dialog.error_label.isHidden() and dialog.error_label.text()
    assert dialog.hits == [] and reporter.domain_errors == []


def test_snippet_markers_become_bold_and_text_is_escaped():
    assert snippet_html("a «b» <c>") == "a <b>b</b> &lt;c&gt;"
