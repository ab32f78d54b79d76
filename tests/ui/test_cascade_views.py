"""View › Cascade: the office's RHK tree with its problems flagged, the problems-only filter,
the Matriks Peran Hasil of a supervisor, the year, refresh after writes, and opening the SKP of
an RHK in the main window (double-click or Enter)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from skpdesk.domain.cascade import CascadeProblem
from skpdesk.ui import ui_settings
from skpdesk.ui.cascade.cascade_tree_model import (COL_NIP, COL_PEGAWAI, COL_RHK, PEGAWAI_ID_ROLE,
                                                   PROBLEM_BACKGROUND, PROBLEM_ROLE, RHK_ID_ROLE)
from skpdesk.ui.cascade.cascade_window import CascadeWindow, find_skp_tab, open_cascade_view
from skpdesk.ui.cascade.matrix_model import TEXTS_ROLE, UNLINKED_ROLE
from skpdesk.ui.shell import gui_app
from skpdesk.ui.shell.main_window import MainWindow

from tests.unit.helpers_office import NIP_PPPK, person, three_levels

YEAR = dt.date.today().year  # the window opens on this year


def skp(services, pegawai, year=YEAR):
    return services.skp.create(pegawai.id, year).value.id


def rhk(services, skp_id, text, parent=None):
    return services.skp.add_rhk(skp_id, text, parent_rhk_id=parent).value.id


@pytest.fixture
def org(office):
    """Bambang (JPT) -> Dewi (Kabid) -> Agus, Citra. Agus' second RHK intervenes nothing."""
    head, kabid, staff = three_levels(office)
    pppk = office.staff.add(person("Citra Ayu", NIP_PPPK, asn="PPPK", rank="IX",
                                   position="Pengelola Data", supervisor=kabid.nip,
                                   unit="Dinas/Bidang Aplikasi Informatika")).value
    o = SimpleNamespace(services=office, head=head, kabid=kabid, staff=staff, pppk=pppk)
    o.h1 = rhk(office, skp(office, head), "Meningkatnya layanan digital")
    kabid_skp = skp(office, kabid)
    o.k1 = rhk(office, kabid_skp, "Tersedianya aplikasi layanan", o.h1)
    o.k2 = rhk(office, kabid_skp, "Tersedianya data terpadu", o.h1)
    staff_skp = skp(office, staff)
    o.s1 = rhk(office, staff_skp, "Aplikasi perizinan dibangun", o.k1)
    o.s2 = rhk(office, staff_skp, "Arsip digital dirapikan")  # the orphan
    o.p1 = rhk(office, skp(office, pppk), "Data sektoral dimutakhirkan", o.k2)
    o.old = rhk(office, skp(office, head, YEAR - 1), "RHK tahun lalu")
    return o


def open_window(qtbot, services, tasks, events, settings=None, **kwargs) -> CascadeWindow:
    window = CascadeWindow(services.cascade, services.staff, tasks, events, settings, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.tree_data is not None, timeout=3000)
    return window


def children(model, parent=QModelIndex()):
    return [model.index(r, 0, parent).data(RHK_ID_ROLE) for r in range(model.rowCount(parent))]


def test_the_tree_runs_from_the_top_leader_down_and_flags_the_orphan(qtbot, org, tasks, events):
    window = open_window(qtbot, org.services, tasks, events)
    model = window.tree_model
    assert window.year == YEAR and window.windowTitle() == "RHK cascade"
    assert children(model) == [org.s2, org.h1]  # roots by owner name: Agus' orphan, Bambang
    h1 = model.find_rhk(org.h1)
    assert children(model, h1) == [org.k1, org.k2]
    assert children(model, model.find_rhk(org.k1)) == [org.s1]
    assert children(model, model.find_rhk(org.k2)) == [org.p1]
    assert window.tree.isExpanded(h1)

    orphan = model.find_rhk(org.s2)
    assert orphan.data(PROBLEM_ROLE) == CascadeProblem.ORPHAN.value
    assert orphan.data() == "[Orphan] Arsip digital dirapikan"  # a text marker, not colour only
    assert orphan.data(Qt.ItemDataRole.DecorationRole) is not None  # and an icon
    background = orphan.siblingAtColumn(COL_PEGAWAI).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color() == PROBLEM_BACKGROUND[CascadeProblem.ORPHAN]
    assert "does not intervene any RHK of the supervisor" in orphan.data(
        Qt.ItemDataRole.ToolTipRole)
    assert orphan.siblingAtColumn(COL_PEGAWAI).data() == "Agus Santoso"
    assert orphan.siblingAtColumn(COL_NIP).data().replace(" ", "") == org.staff.nip
    assert orphan.data(PEGAWAI_ID_ROLE) == org.staff.id

    fine = model.find_rhk(org.s1)
    assert fine.data(PROBLEM_ROLE) is None and fine.data() == "Aplikasi perizinan dibangun"
    assert fine.data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.problems_label.text() == \
        "6 Utama RHK. Problems: 1 orphan RHK, 0 intervening an RHK outside the supervisor's SKP."


def test_only_problems_shows_the_orphan_alone(qtbot, org, tasks, events):
    window = open_window(qtbot, org.services, tasks, events)
    window.problems_check.setChecked(True)
    assert window.tree_data.problems_only
    assert children(window.tree_model) == [org.s2]
    assert window.tree_model.rowCount(window.tree_model.index(0, 0)) == 0
    assert window.problems_label.text().startswith("Problems: 1 orphan RHK")
    window.problems_check.setChecked(False)
    assert children(window.tree_model) == [org.s2, org.h1]
    assert window.tree.isExpanded(window.tree_model.find_rhk(org.h1))


def test_a_parent_outside_the_supervisors_skp_is_flagged_too(qtbot, org, tasks, events):
    org.services.staff.set_supervisor(org.staff.id, org.head.id)  # Agus moved under Bambang
    window = open_window(qtbot, org.services, tasks, events)
    moved = window.tree_model.find_rhk(org.s1)
    assert moved.data(PROBLEM_ROLE) == CascadeProblem.PARENT_OUTSIDE.value
    assert moved.data().startswith("[Outside the supervisor's SKP] ")
    assert "not in the supervisor's SKP" in moved.data(Qt.ItemDataRole.ToolTipRole)
    assert not window.tree_model.find_rhk(org.s1).parent().isValid()  # a root, not under K1


def test_the_model_is_built_lazily_level_by_level(qtbot, demo200, tasks, events):
    window = CascadeWindow(demo200.cascade, demo200.staff, tasks, events)
    qtbot.addWidget(window)
    window.load_tree()
    model = window.tree_model
    total = window.tree_data.rhk_count
    assert total > 200
    roots = window.tree_data.cascade.roots  # expanded at first: the roots and the level below
    assert model.visited_nodes() == len(roots) + sum(len(n.children) for n in roots) < total
    deepest = max(window.tree_data.cascade.walk(), key=lambda item: item[1])[0]
    index = model.find_rhk(deepest.row.rhk_id)
    assert index.data(RHK_ID_ROLE) == deepest.row.rhk_id
    assert model.visited_nodes() < total


def test_the_matrix_shows_the_supervisors_rhk_by_subordinate(qtbot, org, tasks, events):
    window = open_window(qtbot, org.services, tasks, events)
    window.open_for(org.staff.id, org.kabid.id)  # Agus supervises nobody: Dewi is shown
    window.tabs.setCurrentIndex(window.matrix_tab)
    qtbot.waitUntil(lambda: window.matrix_data is not None, timeout=3000)
    assert window.current_supervisor_id() == org.kabid.id
    supervisors = [window.supervisor_combo.itemData(i)
                   for i in range(window.supervisor_combo.count())]
    assert sorted(supervisors) == sorted([org.head.id, org.kabid.id])
    model = window.matrix_model
    assert model.rowCount() == 3 and model.columnCount() == 3  # K1, K2, unlinked x RHK, Agus, Citra
    assert [model.index(r, 0).data() for r in range(2)] == ["Tersedianya aplikasi layanan",
                                                            "Tersedianya data terpadu"]
    assert model.headerData(1, Qt.Orientation.Horizontal).startswith("Agus Santoso\n")
    assert model.headerData(2, Qt.Orientation.Horizontal).startswith("Citra Ayu\n")
    assert model.index(0, 1).data(TEXTS_ROLE) == ["Aplikasi perizinan dibangun"]
    assert model.index(0, 1).data() == "• Aplikasi perizinan dibangun"
    assert "Aplikasi perizinan dibangun" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 2).data(TEXTS_ROLE) == []
    assert model.index(1, 2).data(TEXTS_ROLE) == ["Data sektoral dimutakhirkan"]
    unlinked = model.unlinked_row()
    assert unlinked == 2 and model.index(unlinked, 0).data(UNLINKED_ROLE)
    assert model.index(unlinked, 1).data(TEXTS_ROLE) == ["Arsip digital dirapikan"]
    assert model.index(unlinked, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert window.matrix_message.text() == \
        "2 RHK of the subordinates intervene the supervisor's RHK; 1 intervene none of them."


def test_the_matrix_defaults_to_my_identity_and_follows_the_combo(qtbot, org, tasks, events,
                                                                  qsettings):
    ui_settings.set_identity(qsettings, org.head.id)
    window = open_window(qtbot, org.services, tasks, events, qsettings)
    window.tabs.setCurrentIndex(window.matrix_tab)
    qtbot.waitUntil(lambda: window.matrix_data is not None, timeout=3000)
    assert window.current_supervisor_id() == org.head.id
    model = window.matrix_model
    assert model.columnCount() == 2 and model.index(0, 1).data(TEXTS_ROLE) == [
        "Tersedianya aplikasi layanan", "Tersedianya data terpadu"]
    window.supervisor_combo.setCurrentIndex(
        window.supervisor_combo.findData(org.kabid.id, Qt.ItemDataRole.UserRole + 1))
    assert model.matrix().supervisor_id == org.kabid.id and model.columnCount() == 3


def test_a_supervisor_without_skp_gets_a_sentence_not_a_box(qtbot, org, tasks, events, reporter):
    window = open_window(qtbot, org.services, tasks, events)
    window.set_year(YEAR - 1)  # only Bambang has an SKP then; Dewi supervises but has none
    window.show_matrix_of(org.kabid.id)
    qtbot.waitUntil(lambda: window.matrix_data is not None, timeout=3000)
    assert window.matrix_model.matrix() is None
    assert window.matrix_message.text()  # the translated "SKP not found" sentence
    assert str(YEAR - 1) in window.matrix_message.text()
    assert reporter.domain_errors == [] and reporter.unexpected_errors == []


def test_switching_the_year_reloads(qtbot, org, tasks, events):
    window = open_window(qtbot, org.services, tasks, events)
    window.set_year(YEAR - 1)
    assert window.tree_data.year == YEAR - 1
    assert children(window.tree_model) == [org.old]
    assert window.problems_label.text().startswith("1 Utama RHK. No problems")
    window.year_spin.setValue(YEAR - 5)  # typed: reloads after a short pause
    qtbot.waitUntil(lambda: window.tree_data.year == YEAR - 5, timeout=3000)
    assert window.tree_model.rowCount() == 0
    assert window.problems_label.text() == f"No RHK for {YEAR - 5} yet."


def test_a_write_elsewhere_refreshes_the_shown_tree(qtbot, org, tasks, events):
    window = open_window(qtbot, org.services, tasks, events)
    window.tree.setCurrentIndex(window.tree_model.find_rhk(org.s1))
    tasks.run(lambda: org.services.skp.update_rhk(org.s2, parent_rhk_id=org.k1))  # SKP editor
    qtbot.waitUntil(lambda: not window.tree_data.cascade.problems, timeout=3000)
    assert children(window.tree_model, window.tree_model.find_rhk(org.k1)) == [org.s1, org.s2]
    assert window.tree.currentIndex().data(RHK_ID_ROLE) == org.s1  # selection kept
    assert window.tree.isExpanded(window.tree_model.find_rhk(org.h1))  # and what was open


class FakeSkpTab(QWidget):
    """Stands in for the SKP editor tab (written elsewhere): remembers what it was told."""

    def __init__(self, pegawai_id):
        super().__init__()
        self.setObjectName("skpEditor")
        self.pegawai_id, self.rhk_id = pegawai_id, None

    def set_pegawai(self, pegawai_id):
        self.pegawai_id = pegawai_id

    def select_rhk(self, rhk_id):
        self.rhk_id = rhk_id


def main_window(qtbot, services, qsettings, tasks, events):
    window = gui_app.make_main_window(services, qsettings, tasks=tasks, events=events,
                                      db_path=services.db.path)
    qtbot.addWidget(window)
    window.show()
    return window


def test_view_menu_opens_it_and_double_click_shows_the_skp_in_the_main_window(
        qtbot, org, qsettings, tasks, events):
    window = main_window(qtbot, org.services, qsettings, tasks, events)
    skp_tab = window.add_workspace_tab(FakeSkpTab, "SKP")
    action = window.cascade_action
    assert action.isEnabled() and action.shortcut() == QKeySequence("Ctrl+K")
    action.trigger()
    view = window.findChild(CascadeWindow)
    assert view is not None and view.isVisible() and view.isWindow()
    qtbot.waitUntil(lambda: view.tree_data is not None, timeout=3000)
    index = view.tree_model.find_rhk(org.s1)
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    # QTest's double-click needs the press before it, as a real one has (Qt 6)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.pegawai_activated, timeout=1000):
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_pegawai_id() == org.staff.id
    assert window.workspace_tabs.currentWidget() is skp_tab
    assert skp_tab.pegawai_id == org.staff.id and skp_tab.rhk_id == org.s1
    action.trigger()
    assert window.findChildren(CascadeWindow) == [view]  # one window, raised again


def test_enter_activates_like_a_double_click_and_no_skp_tab_is_fine(
        qtbot, org, qsettings, tasks, events):
    window = MainWindow(org.services.staff, org.services.office, qsettings, tasks=tasks,
                        events=events, db_path=org.services.db.path)  # only the Profile tab
    qtbot.addWidget(window)
    window.show()
    assert find_skp_tab(window.workspace_tabs) == -1
    view = open_cascade_view(window, org.services, tasks, events, qsettings)
    qtbot.waitUntil(lambda: view.tree_data is not None, timeout=3000)
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.tree_model.find_rhk(org.p1))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.current_pegawai_id() == org.pppk.id

    view.show_matrix_of(org.kabid.id)
    qtbot.waitUntil(lambda: view.matrix_data is not None, timeout=3000)
    view.matrix_view.setCurrentIndex(view.matrix_model.index(view.matrix_model.unlinked_row(), 1))
    with qtbot.waitSignal(view.pegawai_activated) as signal:
        qtbot.keyClick(view.matrix_view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert signal.args == [org.staff.id]
    assert window.current_pegawai_id() == org.staff.id
    assert open_cascade_view(window, org.services, tasks, events, qsettings) is view


def test_the_real_skp_tab_shows_the_year_and_the_rhk(qtbot, org, qsettings, tasks, events):
    window = main_window(qtbot, org.services, qsettings, tasks, events)
    index = find_skp_tab(window.workspace_tabs)
    assert index >= 0, "the SKP tab is registered in gui_app.install_workspace_tabs"
    view = open_cascade_view(window, org.services, tasks, events, qsettings)
    view.set_year(YEAR - 1)
    view.tree.setCurrentIndex(view.tree_model.find_rhk(org.old))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    tab = window.workspace_tabs.currentWidget()
    assert window.workspace_tabs.currentIndex() == index
    assert window.current_pegawai_id() == org.head.id
    assert (tab.pegawai_id, tab.year) == (org.head.id, YEAR - 1)
    assert tab.skp is not None and [r.id for r in tab.skp.rhk] == [org.old]
    editor = getattr(tab, "rhk_editor", None)
    if editor is not None:
        assert editor.current_rhk().id == org.old  # the activated RHK is selected there


def test_find_skp_tab_by_title_when_the_name_is_unknown(qtbot):
    from PySide6.QtWidgets import QTabWidget
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("a"), "Profil")
    tabs.addTab(QLabel("b"), "&SKP")
    assert find_skp_tab(tabs) == 1


def test_it_speaks_indonesian(qtbot, org, tasks, events, language):
    language("id")
    window = open_window(qtbot, org.services, tasks, events)
    assert window.windowTitle() == "Kaskade RHK"
    assert window.problems_check.text().replace("&", "") == "Hanya masalah"
    assert window.tabs.tabText(window.matrix_tab).replace("&", "") == "Matriks Peran Hasil"
    orphan = window.tree_model.find_rhk(org.s2)
    assert orphan.data() == "[Yatim] Arsip digital dirapikan"
    assert "RHK yatim: tidak mengintervensi RHK atasan" in orphan.data(
        Qt.ItemDataRole.ToolTipRole)
    assert window.tree_model.headerData(COL_RHK, Qt.Orientation.Horizontal) == "RHK"
