"""The team tree, its status icons and filter, search through matches, the one year of the
window, "Perlu tindakan" and the Kaskade highlight defect (issue 9), on the demo office."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage

from skpdesk.domain.team import SKP_STATE_ORDER, SkpState
from skpdesk.ui import ui_settings
from skpdesk.ui.cascade.cascade_window import show_in_workspace
from skpdesk.ui.shell.gui_app import install_workspace_tabs
from skpdesk.ui.shell.main_window import MainWindow
from skpdesk.ui.team.status_icons import state_image, state_label
from skpdesk.ui.team.team_model import (COL_NAME, COL_STATUS, GROUP_KEY_ROLE, MINE,
                                        PEGAWAI_ID_ROLE, SKP_STATE_ROLE)

from .helpers import kepala_dinas

YEAR = dt.date.today().year


def make_window(qtbot, services, settings, tasks, events, *, me=None, skp_tab=False,
                **kwargs) -> MainWindow:
    if me is not None:
        ui_settings.set_identity(settings, me)
    window = MainWindow(services.staff, services.office, settings, tasks=tasks, events=events,
                        db_path=services.db.path, team=services.team, actions=services.actions,
                        **kwargs)
    if skp_tab:
        install_workspace_tabs(window, services, tasks, events)
    qtbot.addWidget(window)
    window.show()
    return window


def expand_all(panel) -> None:
    """Expand every unit (parents first), fetching every page."""
    model, tree = panel.model, panel.tree
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        if parent.isValid():
            tree.expand(parent)
            while model.canFetchMore(parent):
                model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            child = model.index(row, 0, parent)
            if child.data(GROUP_KEY_ROLE):
                pending.append(child)


def pegawai_rows(model, parent=QModelIndex()):
    """Every loaded pegawai row under `parent` (depth first)."""
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(PEGAWAI_ID_ROLE):
            found.append(index)
        else:
            found.extend(pegawai_rows(model, index))
    return found


def current_id(panel):
    return panel.tree.currentIndex().data(PEGAWAI_ID_ROLE)


def test_tree_nests_units_with_counts_and_a_status_icon_per_pegawai(
        qtbot, demo, qsettings, tasks, events):
    head = kepala_dinas(demo)
    window = make_window(qtbot, demo, qsettings, tasks, events, me=head.id)
    panel, model = window.team_panel, window.team_panel.model
    assert model.group_keys()[0] == MINE
    expand_all(panel)
    units = {u.id: u for u in demo.team.units(YEAR)}
    nested = [u for u in units.values() if u.parent_id]
    assert nested  # the demo office has sub-units
    for unit in nested:
        index = model.unit_index(unit.id)
        parent = model.parent(index)
        assert parent.data(GROUP_KEY_ROLE) == f"unit:{unit.parent_id}"  # under its parent unit
        assert index.data().startswith(unit.name) and index.data().endswith(f"({unit.total})")
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert unit.path.replace("/", " / ") in tip  # an elided name is never lost
    # A unit lists its own pegawai first, then its sub-units.
    bidang = next(u for u in units.values() if u.parent_id is None and u.total > u.direct)
    index = model.unit_index(bidang.id)
    kinds = [bool(model.index(r, 0, index).data(PEGAWAI_ID_ROLE))
             for r in range(model.rowCount(index))]
    assert kinds == [True] * bidang.direct + [False] * (len(kinds) - bidang.direct)
    # Every pegawai of the office is in the unit tree once, each with its state and icon.
    in_units = [i for i in pegawai_rows(model) if model.parent(i).data(GROUP_KEY_ROLE) != MINE]
    assert len(in_units) == 40
    states = {i.data(SKP_STATE_ROLE) for i in in_units}
    assert {SkpState.DIAJUKAN, SkpState.DIKEMBALIKAN, SkpState.DISETUJUI} <= states
    for index in in_units:
        status = index.siblingAtColumn(COL_STATUS)
        assert status.data() == state_label(index.data(SKP_STATE_ROLE))
        assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_status_icons_differ_in_greyscale_and_in_shape():
    grey = [state_image(s).convertToFormat(QImage.Format.Format_Grayscale8) for s in SKP_STATE_ORDER]
    shapes = [state_image(s).createAlphaMask() for s in SKP_STATE_ORDER]
    for i in range(len(SKP_STATE_ORDER)):
        for j in range(i + 1, len(SKP_STATE_ORDER)):
            assert grey[i] != grey[j] and shapes[i] != shapes[j], (SKP_STATE_ORDER[i],
                                                                   SKP_STATE_ORDER[j])


def test_status_filter_keeps_one_state_and_hides_units_without_it(
        qtbot, demo, qsettings, tasks, events):
    window = make_window(qtbot, demo, qsettings, tasks, events)
    panel, model = window.team_panel, window.team_panel.model
    panel.status_combo.setCurrentIndex(panel.status_combo.findData(SkpState.DIAJUKAN.value))
    assert model.states == (SkpState.DIAJUKAN,)
    expand_all(panel)
    shown = pegawai_rows(model)
    expected = [m for u in demo.team.units(YEAR)
                for m in demo.team.members(u.id, YEAR, limit=None)
                if m.state is SkpState.DIAJUKAN]
    assert expected and sorted(i.data(PEGAWAI_ID_ROLE) for i in shown) == sorted(
        m.id for m in expected)
    assert model.matching_total() == len(expected)
    with_match = {u.id for u in demo.team.units(YEAR, states=[SkpState.DIAJUKAN]) if u.total}
    assert {k.removeprefix("unit:") for k in model.group_keys()} <= with_match
    panel.set_status_filter(None)
    assert model.states == () and model.matching_total() == 40


def test_search_moves_through_matches_only(qtbot, demo, qsettings, tasks, events):
    head = kepala_dinas(demo)
    window = make_window(qtbot, demo, qsettings, tasks, events, me=head.id)
    panel = window.team_panel
    word = "a"  # many names: the matches cross units, some of them not loaded yet
    expected = [m.member.id for m in demo.team.search(word, YEAR)]
    assert len(expected) > 5
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_edit.hasFocus()
    qtbot.keyClicks(panel.search_edit, word)
    qtbot.waitUntil(lambda: current_id(panel) == expected[0], timeout=3000)
    assert panel.current_pegawai_id() == expected[0] == window.current_pegawai_id()
    seen = [current_id(panel)]
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Down, Qt.Key.Key_Enter, Qt.Key.Key_Down):
        qtbot.keyClick(panel.search_edit, key)
        seen.append(current_id(panel))
    assert seen == expected[:5]  # never a unit row in between
    assert panel.result_label.text().replace("%1", "").find("5") >= 0
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Up)
    assert current_id(panel) == expected[3]
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down)  # from the tree too: the next match
    assert current_id(panel) == expected[4]
    # A NIP typed with spaces, as printed, finds its pegawai; Enter before the pause is fine.
    target = demo.team.members(demo.team.units(YEAR)[-1].id, YEAR)[-1]
    panel.search_edit.setText(target.nip[:8] + " " + target.nip[8:14])
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert current_id(panel) == target.id
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Escape)
    assert panel.search_edit.text() == "" and not panel.result_label.isVisible()


def test_one_year_for_the_tree_the_skp_tab_and_the_new_skp_panel(
        qtbot, demo, qsettings, tasks, events):
    head = kepala_dinas(demo)
    window = make_window(qtbot, demo, qsettings, tasks, events, me=head.id, skp_tab=True)
    window.workspace_tabs.setCurrentIndex(1)  # SKP
    panel = window.team_panel
    panel.select_pegawai(head.id)
    tab = window.workspace_tabs.currentWidget()
    assert tab.year == window.year == panel.model.year == YEAR
    assert not tab.year_combo.isVisibleTo(window)  # one selector: the window's Tahun box
    window.year_box.activated.emit(window.year_box.findData(YEAR + 1))
    assert window.year == panel.model.year == tab.year == YEAR + 1
    assert tab.create_page.year_spin.value() == YEAR + 1  # the "SKP baru" panel agrees
    mine = panel.model.group_index(MINE)
    states = {panel.model.index(r, 0, mine).data(SKP_STATE_ROLE)
              for r in range(panel.model.rowCount(mine))}
    assert states == {SkpState.BELUM_DIBUAT}  # nobody has an SKP for next year yet
    tab.create_page.year_spin.setValue(YEAR + 2)  # chosen in the SKP baru panel
    assert window.year == panel.model.year == tab.year == YEAR + 2
    assert window.year_box.currentData() == YEAR + 2
    window.set_year(YEAR)
    tab.new_action.trigger()  # "New SKP…" of the shown SKP: next year, everywhere
    assert window.year == tab.year == tab.create_page.year_spin.value() == YEAR + 1
    other = next(p for p in demo.staff.list() if p.id != head.id)
    panel.select_pegawai(other.id)  # another pegawai: the year stays
    assert tab.year == window.year == YEAR + 1


def test_perlu_tindakan_lists_a_submitted_skp_and_opens_it(qtbot, demo, qsettings, tasks,
                                                           events):
    units = demo.team.units(YEAR)
    submitted = next(m for u in units for m in demo.team.members(u.id, YEAR, limit=None)
                     if m.state is SkpState.DIAJUKAN)
    penilai = demo.skp.get(submitted.skp_id).appraiser_id or demo.staff.get(
        submitted.id).supervisor_id
    window = make_window(qtbot, demo, qsettings, tasks, events, me=penilai, skp_tab=True)
    actions = window.action_panel
    assert ("awaiting_approval", submitted.id) in [(k, t.pegawai_id) for k, t in actions.items()]
    tree = actions.tree
    heading = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(0).startswith(actions.source_label(
                       actions.groups[0])))
    assert heading.text(0).endswith("(1)")
    tree.itemActivated.emit(heading.child(0), 0)
    assert window.current_pegawai_id() == submitted.id
    assert window.team_panel.current_pegawai_id() == submitted.id
    assert window.workspace_tabs.tabText(window.workspace_tabs.currentIndex()) == "SKP"
    assert window.workspace_tabs.currentWidget().skp.id == submitted.skp_id
    # Approving it (a write, by its penilai) refreshes the queue.
    demo.acting.act_as(demo.staff.get(penilai).nip)
    tasks.run(lambda: demo.skp.approve(submitted.skp_id))
    assert ("awaiting_approval", submitted.id) not in [
        (k, t.pegawai_id) for k, t in actions.items()]


def test_kaskade_double_click_moves_the_team_highlight(qtbot, demo, qsettings, tasks, events):
    """After a double-click in Kaskade the team panel still highlighted the previous person
    when the activated one's row was not loaded (a collapsed unit)."""
    window = make_window(qtbot, demo, qsettings, tasks, events, skp_tab=True)
    panel, model = window.team_panel, window.team_panel.model
    units = demo.team.units(YEAR)
    start = next(u for u in units if u.parent_id is None and u.direct)
    panel.tree.expand(model.unit_index(start.id))
    first = model.index(0, 0, model.unit_index(start.id))
    panel.tree.setCurrentIndex(first)
    previous = first.data(PEGAWAI_ID_ROLE)
    assert previous and panel.current_pegawai_id() == previous
    # Someone in a sub-unit of another unit, never expanded (its rows are not loaded).
    deep = next(u for u in units if u.parent_id and u.parent_id != start.id and u.direct)
    assert model.loaded_member_count(model.unit_index(deep.id)) == 0
    target = demo.team.members(deep.id, YEAR)[-1]
    show_in_workspace(window, target.id)  # what Kaskade's double-click does
    assert window.current_pegawai_id() == target.id
    assert current_id(panel) == target.id == panel.current_pegawai_id()
    selected = panel.tree.selectionModel().selectedRows(COL_NAME)
    assert [i.data(PEGAWAI_ID_ROLE) for i in selected] == [target.id]


def test_inactive_pegawai_appear_only_with_the_toggle(qtbot, demo, qsettings, tasks, events):
    unit = next(u for u in demo.team.units(YEAR) if u.direct >= 2)
    gone = demo.team.members(unit.id, YEAR)[0]
    demo.staff.set_employment_status(gone.id, "mutasi_keluar")
    window = make_window(qtbot, demo, qsettings, tasks, events)
    panel, model = window.team_panel, window.team_panel.model
    assert model.matching_total() == 39
    assert not panel.select_pegawai(gone.id)  # not shown, and nothing else looks selected
    assert not panel.tree.selectionModel().hasSelection()
    panel.inactive_check.setChecked(True)
    assert model.matching_total() == 40 and panel.select_pegawai(gone.id)
    index = panel.tree.currentIndex()
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "No longer active" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_perlu_tindakan_follows_who_is_acting(qtbot, demo, qsettings, tasks, events):
    units = demo.team.units(YEAR)
    submitted = next(m for u in units for m in demo.team.members(u.id, YEAR, limit=None)
                     if m.state is SkpState.DIAJUKAN)
    penilai = demo.skp.get(submitted.skp_id).appraiser_id
    window = make_window(qtbot, demo, qsettings, tasks, events)
    assert window.action_panel.items() == [] and MINE not in window.team_panel.model.group_keys()
    window.team_panel.set_me(penilai)  # however "Saya adalah" reaches the team panel
    assert window.team_panel.model.group_keys()[0] == MINE
    assert ("awaiting_approval", submitted.id) in [
        (k, t.pegawai_id) for k, t in window.action_panel.items()]
    window.set_year(YEAR + 1)
    assert ("awaiting_approval", submitted.id) not in [
        (k, t.pegawai_id) for k, t in window.action_panel.items()]
