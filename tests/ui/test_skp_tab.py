"""The SKP tab on a demo office, driven like a supervisor would (dialogs, buttons, keys); every
test checks the database afterwards through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import AsnType
from skpdesk.domain.skp import Approach, LampiranSection, RhkKind, SkpStatus
from skpdesk.ui.shell import gui_app
from skpdesk.ui.skp.indicator_dialog import IndicatorDialog
from skpdesk.ui.skp.rhk_dialog import RhkDialog
from skpdesk.ui.skp.rhk_table_model import (COL_ASPECT, COL_PARENT, COL_PERSPECTIVE, COL_TARGET,
                                            INDICATOR, RHK, SECTION)
from skpdesk.ui.skp.skp_tab import PAGE_CREATE, PAGE_EDITOR, SkpTabWidget

from .test_skp_commands import draft_skp

YEAR = dt.date.today().year
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def make_tab(qtbot, demo, tasks, events, pegawai_id) -> SkpTabWidget:
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=pegawai_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=3000)
    return tab


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def skp(demo):
    return draft_skp(demo)


@pytest.fixture
def tab(qtbot, demo, tasks, events, skp):
    return make_tab(qtbot, demo, tasks, events, skp.pegawai_id)


def select(tab, kind, item_id):
    assert tab.rhk_editor.select(kind, item_id)
    tab.inner_tabs.setCurrentIndex(0)
    tab.rhk_editor.tree.setFocus()


def test_the_tab_is_registered_after_the_profile(qtbot, demo, qsettings, tasks, events):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events, db_path="x")
    qtbot.addWidget(window)
    titles = [window.workspace_tabs.tabText(i) for i in range(window.workspace_tabs.count())]
    assert titles[:2] == ["Profile", "SKP"]
    assert isinstance(window.workspace_tabs.widget(1), SkpTabWidget)


def test_header_shows_the_pegawai_the_appraiser_and_the_appraisers_supervisor(tab, demo, skp):
    pegawai = demo.staff.get(skp.pegawai_id)
    penilai = demo.staff.get(pegawai.supervisor_id)
    atasan = demo.staff.appraiser_of(pegawai)
    assert tab.pages.currentIndex() == PAGE_EDITOR
    assert tab.header.value_text("pegawai", "name") == pegawai.full_name
    assert pegawai.nip in tab.header.value_text("pegawai", "nip")
    assert tab.header.value_text("penilai", "name") == penilai.full_name
    assert tab.header.value_text("penilai", "position") == penilai.position
    assert tab.header.value_text("atasan_penilai", "name") == atasan.full_name
    assert str(YEAR) in tab.header.period_label.text()
    model = tab.rhk_editor.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["A. Main",
                                                                           "B. Additional"]
    assert model.rowCount(model.section_index(RhkKind.UTAMA)) == len(skp.rhk_of(RhkKind.UTAMA))


def test_add_rhk_with_the_intervened_rhk_picked_from_the_supervisors_list(qtbot, tab, demo, skp):
    candidates = demo.skp.parent_candidates(skp.id)
    select(tab, SECTION, RhkKind.UTAMA.value)
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Insert)
    dialog = tab.dialog
    assert isinstance(dialog, RhkDialog)
    combo = dialog.parent_combo
    assert [combo.itemData(i) for i in range(1, combo.count())] == [c.id for c in candidates]
    assert combo.itemText(2).endswith(candidates[1].text)
    combo.setCurrentIndex(2)  # picked, never typed
    dialog.text_edit.setPlainText("Tersusunnya kajian kebutuhan aplikasi")
    press_ok(dialog)
    assert tab.dialog is None and not dialog.isVisible()
    added = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[-1]
    assert (added.text, added.parent_rhk_id) == ("Tersusunnya kajian kebutuhan aplikasi",
                                                 candidates[1].id)
    assert tab.rhk_editor.current()[1].id == added.id  # the new row is selected
    assert tab.undo_stack.count() == 1


def test_a_refused_rhk_stays_in_its_dialog_with_the_indonesian_reason(qtbot, tab, demo, skp,
                                                                      language):
    language("id")
    revision = demo.skp.get(skp.id).revision
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_N, CTRL)  # Ctrl+N from the tab
    dialog = tab.dialog
    dialog.text_edit.setPlainText("   ")
    press_ok(dialog)
    assert tab.dialog is dialog and dialog.isVisible()
    assert dialog.error_label.text() == "Rencana hasil kerja (RHK) wajib diisi."
    dialog.kind_combo.setCurrentIndex(1)  # Tambahan with an intervened RHK
    dialog.parent_combo.setCurrentIndex(1)
    dialog.text_edit.setPlainText("Tugas tambahan")
    press_ok(dialog)
    assert "RHK Tambahan" in dialog.error_label.text()
    assert demo.skp.get(skp.id).revision == revision and tab.undo_stack.count() == 0
    dialog.reject()


def test_edit_an_indicator_then_undo_and_redo_with_the_keyboard(qtbot, tab, demo, skp):
    ind = skp.rhk_of(RhkKind.UTAMA)[0].indicators[0]
    select(tab, INDICATOR, ind.id)
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert isinstance(dialog, IndicatorDialog) and dialog.text_edit.toPlainText() == ind.text
    dialog.text_edit.setPlainText("Jumlah dokumen yang disahkan")
    dialog.target_edit.setText("12")
    press_ok(dialog)

    def current():
        return next(i for r in demo.skp.get(skp.id).rhk for i in r.indicators if i.id == ind.id)

    assert (current().text, current().target_value) == ("Jumlah dokumen yang disahkan", "12")
    assert tab.undo_action.isEnabled() and "indicator" in tab.undo_action.toolTip()
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Z, CTRL)
    assert (current().text, current().target_value) == (ind.text, ind.target_value)
    assert tab.redo_action.isEnabled()
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Z, CTRL_SHIFT)
    assert current().text == "Jumlah dokumen yang disahkan"


def test_add_an_indicator_to_the_selected_rhk(qtbot, tab, demo, skp):
    rhk = skp.rhk_of(RhkKind.UTAMA)[1]
    select(tab, RHK, rhk.id)
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_I, CTRL)
    dialog = tab.dialog
    dialog.aspect_combo.setCurrentIndex(dialog.aspect_combo.findText("Cost"))  # Biaya
    dialog.text_edit.setPlainText("Realisasi anggaran")
    dialog.target_edit.setText("95")
    dialog.unit_edit.setText("%")
    press_ok(dialog)
    last = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[1].indicators[-1]
    assert (last.aspect.value, last.text, last.target) == ("biaya", "Realisasi anggaran", "95%")


def test_delete_an_rhk_and_undo_restores_it_with_its_indicators(qtbot, tab, demo, skp):
    first = skp.rhk_of(RhkKind.UTAMA)[0]
    select(tab, RHK, first.id)
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Delete)
    assert first.text not in [r.text for r in demo.skp.get(skp.id).rhk]
    assert tab.rhk_editor.current()[1].position == 1  # the next RHK took its place
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Z, CTRL)
    restored = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0]
    assert (restored.text, restored.position, restored.parent_rhk_id) == (
        first.text, 1, first.parent_rhk_id)
    assert [(i.aspect, i.text, i.target) for i in restored.indicators] == \
        [(i.aspect, i.text, i.target) for i in first.indicators]


def test_reorder_rhk_with_ctrl_down_and_undo(qtbot, tab, demo, skp):
    before = [r.text for r in skp.rhk_of(RhkKind.UTAMA)]
    first = skp.rhk_of(RhkKind.UTAMA)[0]
    select(tab, RHK, first.id)
    assert not tab.rhk_editor.up_action.isEnabled()
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Down, CTRL)
    assert [r.text for r in demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)][:2] == before[1::-1]
    assert tab.rhk_editor.current()[1].position == 2  # still selected, one row lower
    tab.undo()
    assert [r.text for r in demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)] == before


def test_edit_an_expectation_and_undo(qtbot, tab, demo, skp):
    tab.inner_tabs.setCurrentIndex(1)
    view = tab.behaviour_view
    assert view.table.rowCount() == 7
    assert "Berorientasi Pelayanan" in view.table.item(0, 1).text()
    assert "• Memahami dan memenuhi kebutuhan masyarakat" in view.table.item(0, 1).text()
    view.table.selectRow(3)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    old = skp.behaviours[3].expectation
    tab.dialog.text_edit.setPlainText("Menjadi penengah bila ada perbedaan pendapat")
    press_ok(tab.dialog)
    assert demo.skp.get(skp.id).behaviours[3].expectation == \
        "Menjadi penengah bila ada perbedaan pendapat"
    assert view.expectation_text(3) == "Menjadi penengah bila ada perbedaan pendapat"
    tab.undo()
    assert demo.skp.get(skp.id).behaviours[3].expectation == old


def test_lampiran_add_edit_and_delete(qtbot, tab, demo, skp):
    tab.inner_tabs.setCurrentIndex(2)
    part = tab.lampiran_view.sections[LampiranSection.DUKUNGAN_SUMBER_DAYA]

    def stored():
        stored_skp = demo.skp.get(skp.id)
        return [i.text for i in stored_skp.lampiran_of(LampiranSection.DUKUNGAN_SUMBER_DAYA)]

    before = stored()
    part.list.setFocus()
    qtbot.keyClick(part.list, Qt.Key.Key_Insert)
    tab.dialog.text_edit.setPlainText("Akses internet kantor")
    press_ok(tab.dialog)
    assert stored() == [*before, "Akses internet kantor"]
    assert part.current_item().text == "Akses internet kantor"
    qtbot.keyClick(part.list, Qt.Key.Key_F2)
    tab.dialog.text_edit.setPlainText("Akses internet kantor 50 Mbps")
    press_ok(tab.dialog)
    assert stored() == [*before, "Akses internet kantor 50 Mbps"]
    qtbot.keyClick(part.list, Qt.Key.Key_Up, CTRL)
    assert stored()[-2] == "Akses internet kantor 50 Mbps"
    qtbot.keyClick(part.list, Qt.Key.Key_Delete)
    assert stored() == before
    assert tab.undo_stack.count() == 4


def test_workflow_buttons_follow_the_status_and_approved_is_read_only(qtbot, tab, demo, skp):
    bar = tab.workflow
    assert bar.visible_actions() == ["submit"] and bar.banner.isHidden()
    bar.buttons["submit"].click()
    assert demo.skp.get(skp.id).status is SkpStatus.DRAFT  # asked first
    assert "read" in tab.dialog.context_label.text()
    press_ok(tab.dialog)
    assert demo.skp.get(skp.id).status is SkpStatus.DIAJUKAN
    assert bar.visible_actions() == ["approve", "return"]
    assert not bar.banner.isHidden()

    bar.buttons["return"].click()
    press_ok(tab.dialog)  # a note is required: the service says so, the dialog stays
    assert "Note" in tab.dialog.error_label.text()
    assert demo.skp.get(skp.id).status is SkpStatus.DIAJUKAN
    tab.dialog.text_edit.setPlainText("Lengkapi target kualitas")
    press_ok(tab.dialog)
    returned = demo.skp.get(skp.id)
    assert (returned.status, returned.status_note) == (SkpStatus.DRAFT, "Lengkapi target kualitas")
    assert bar.visible_actions() == ["submit"]
    assert "Lengkapi target kualitas" in bar.note_label.text()

    bar.buttons["submit"].click()
    press_ok(tab.dialog)
    bar.buttons["approve"].click()
    press_ok(tab.dialog)
    approved = demo.skp.get(skp.id)
    assert approved.status is SkpStatus.DISETUJUI
    assert bar.visible_actions() == ["reopen"]
    assert not bar.banner.isHidden() and "approved" in bar.banner_label.text()
    assert tab.undo_stack.count() == 0  # transitions are not undoable

    editor = tab.rhk_editor
    assert not any(a.isEnabled() for a in editor.actions_in_order())
    assert not tab.behaviour_view.edit_action.isEnabled()
    assert not tab.lampiran_view.sections[LampiranSection.KONSEKUENSI].add_action.isEnabled()
    assert not tab.header.approach_combo.isEnabled()
    select(tab, RHK, approved.rhk[0].id)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Insert):
        qtbot.keyClick(editor.tree, key)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, CTRL)
    editor.delete_selected()  # even when called directly
    assert tab.dialog is None
    assert demo.skp.get(skp.id).revision == approved.revision

    bar.buttons["reopen"].click()
    tab.dialog.text_edit.setPlainText("Perubahan struktur organisasi")
    press_ok(tab.dialog)
    reopened = demo.skp.get(skp.id)
    assert (reopened.status, reopened.status_note) == (SkpStatus.DRAFT,
                                                       "Perubahan struktur organisasi")
    assert bar.banner.isHidden() and editor.add_rhk_action.isEnabled()


def test_submitting_an_incomplete_skp_names_the_problem_in_indonesian(qtbot, tab, demo, skp,
                                                                      language):
    language("id")
    added = demo.skp.add_rhk(skp.id, "RHK tanpa indikator", kind=RhkKind.TAMBAHAN).value
    tab.reload()
    tab.workflow.buttons["submit"].click()
    press_ok(tab.dialog)
    assert tab.dialog.error_label.text() == ("SKP belum lengkap sehingga belum dapat diajukan: RHK B.%d belum "
                             "memiliki indikator." % added.position)
    assert demo.skp.get(skp.id).status is SkpStatus.DRAFT
    assert tab.workflow.visible_actions() == ["submit"]


def test_undo_is_refused_with_a_message_when_the_skp_was_submitted_meanwhile(qtbot, tab, demo,
                                                                             skp):
    select(tab, RHK, skp.rhk[0].id)
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Down, CTRL)
    demo.skp.submit(skp.id)  # elsewhere: the tab was not told
    revision = demo.skp.get(skp.id).revision
    tab.undo()
    assert "cannot be changed" in tab.message()
    assert tab.undo_stack.index() == 1 and demo.skp.get(skp.id).revision == revision


def test_copy_from_last_year_creates_the_new_draft_and_the_year_selector_shows_both(
        qtbot, tab, demo, skp):
    tab.new_action.trigger()
    assert tab.pages.currentIndex() == PAGE_CREATE
    assert tab.create_page.year_spin.value() == YEAR + 1
    tab.create_page.copy_button.click()
    copy = demo.skp.find(skp.pegawai_id, YEAR + 1)
    assert copy is not None and copy.status is SkpStatus.DRAFT
    assert [r.text for r in copy.rhk] == [r.text for r in demo.skp.get(skp.id).rhk]
    assert tab.skp.id == copy.id and tab.pages.currentIndex() == PAGE_EDITOR
    combo = tab.year_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [YEAR, YEAR + 1]
    combo.activated.emit(combo.findData(YEAR))
    assert tab.skp.id == skp.id


def test_create_skp_with_a_year_and_approach(qtbot, tab, demo, skp):
    tab.new_action.trigger()
    page = tab.create_page
    page.year_spin.setValue(YEAR + 2)
    page.approach_combo.setCurrentIndex(page.approach_combo.findData(Approach.KUALITATIF))
    page.create_button.click()
    created = demo.skp.find(skp.pegawai_id, YEAR + 2)
    assert (created.approach, created.status, len(created.behaviours)) == (
        Approach.KUALITATIF, SkpStatus.DRAFT, 7)
    assert tab.skp.id == created.id


def test_a_pegawai_without_skp_is_offered_create_and_a_refusal_is_explained(
        qtbot, demo, tasks, events, language):
    language("id")
    [bupati] = [p for p in demo.staff.list() if p.asn_type is AsnType.NON_ASN]
    tab = make_tab(qtbot, demo, tasks, events, bupati.id)
    assert tab.pages.currentIndex() == PAGE_CREATE
    assert tab.create_page.year_spin.value() == YEAR
    assert bupati.name in tab.create_page.info_label.text()
    tab.create_page.create_button.click()
    assert "bukan ASN" in tab.message() or "non-ASN" in tab.message()
    assert demo.skp.find(bupati.id, YEAR) is None
    tab.create_page.copy_button.click()
    with pytest.raises(DomainError) as raised:
        demo.skp.for_pegawai(bupati.id, YEAR)
    assert raised.value.code is ErrorCode.SKP_NOT_FOUND


def test_switching_pegawai_keeps_each_skps_undo_stack(qtbot, tab, demo, skp):
    select(tab, RHK, skp.rhk[0].id)
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_Down, CTRL)
    first_stack = tab.undo_stack
    other = next(p for p in demo.staff.list()
                 if p.id != skp.pegawai_id and demo.skp.find(p.id, YEAR) is not None)
    tab.set_pegawai(other.id)
    assert tab.undo_stack is not first_stack and tab.undo_stack.count() == 0
    tab.set_pegawai(None)
    assert tab.undo_stack is None and not tab.year_combo.isEnabled()
    tab.set_pegawai(skp.pegawai_id)
    assert tab.undo_stack is first_stack and first_stack.count() == 1


def test_a_kualitatif_skp_shows_free_text_indicators_without_aspect_or_target(qtbot, demo, tasks,
                                                                              events):
    skp = draft_skp(demo, approach=Approach.KUALITATIF)
    tab = make_tab(qtbot, demo, tasks, events, skp.pegawai_id)
    hidden = tab.rhk_editor.model.hidden_columns()
    assert {COL_ASPECT, COL_TARGET, COL_PERSPECTIVE} <= hidden and COL_PARENT not in hidden
    rhk = skp.rhk_of(RhkKind.UTAMA)[0]
    select(tab, RHK, rhk.id)
    qtbot.keyClick(tab.rhk_editor.tree, Qt.Key.Key_I, CTRL)
    dialog = tab.dialog
    assert dialog.aspect_combo.isHidden() and dialog.target_edit.isHidden()
    dialog.text_edit.setPlainText("Laporan disusun lengkap dan tepat waktu setiap triwulan")
    press_ok(dialog)
    last = demo.skp.get(skp.id).rhk_of(RhkKind.UTAMA)[0].indicators[-1]
    assert (last.aspect, last.text) == (None, "Laporan disusun lengkap dan tepat waktu setiap "
                                              "triwulan")
