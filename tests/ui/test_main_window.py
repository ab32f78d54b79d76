"""The main window on a demo office: the team list (mine first, search, lazy pages), the
workspace tabs, the status bar, state kept between runs, language and keyboard access."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from skpdesk.domain.identifiers import format_nip
from skpdesk.ui import ui_settings
from skpdesk.ui.shell.identity_dialog import IdentityDialog
from skpdesk.ui.shell.main_window import MainWindow
from skpdesk.ui.shell.settings_dialog import SettingsDialog
from skpdesk.ui.team.pegawai_summary_widget import PegawaiSummaryWidget
from skpdesk.ui.team.team_model import MINE, PEGAWAI_ID_ROLE

from .helpers import kepala_dinas


def make_window(qtbot, services, settings, tasks, events, **kwargs) -> MainWindow:
    window = MainWindow(services.staff, services.office, settings, tasks=tasks, events=events,
                        db_path=services.db.path, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def rows(model, group):
    return [model.index(r, 0, group).data() for r in range(model.rowCount(group))]


def ids(model, group):
    return [model.index(r, 0, group).data(PEGAWAI_ID_ROLE) for r in range(model.rowCount(group))]


def test_my_direct_reports_come_first_then_the_office_by_unit(qtbot, demo, qsettings, tasks, events):
    head = kepala_dinas(demo)
    ui_settings.set_identity(qsettings, head.id)
    window = make_window(qtbot, demo, qsettings, tasks, events, team=demo.team)
    model = window.team_panel.model
    mine = model.group_index(MINE)
    assert model.group_keys()[0] == MINE and window.team_panel.tree.isExpanded(mine)
    expected = demo.staff.list(supervisor_id=head.id)
    assert len(expected) == demo.staff.count(supervisor_id=head.id) > 0
    assert ids(model, mine) == [p.id for p in expected]
    assert rows(model, mine) == [p.full_name for p in expected]
    assert "(%d)" % len(expected) in mine.data()
    roots = [u for u in demo.team.units(window.year) if u.parent_id is None]
    assert model.group_keys()[1:] == [f"unit:{u.id}" for u in roots]
    assert model.matching_total() == demo.staff.count() == 40
    assert window.windowTitle().endswith(demo.office.instansi().name)


def test_without_identity_there_is_no_mine_group_and_a_stale_one_is_ignored(
        qtbot, demo, qsettings, tasks, events):
    ui_settings.set_identity(qsettings, "01234567-89ab-7def-8123-456789abcdef")  # another database
    window = make_window(qtbot, demo, qsettings, tasks, events)
    assert MINE not in window.team_panel.model.group_keys()
    assert window.team_panel.model.loaded_rows() == 0  # nothing is expanded, nothing fetched
    assert ui_settings.identity(qsettings) == "01234567-89ab-7def-8123-456789abcdef"  # kept


def test_team_rows_are_fetched_in_pages_only_when_shown(qtbot, demo200, qsettings, tasks, events,
                                                        monkeypatch):
    calls = []
    original = demo200.team.members

    def spy(unit_id, year, **kwargs):
        calls.append((unit_id, kwargs["limit"], kwargs["offset"]))
        return original(unit_id, year, **kwargs)

    monkeypatch.setattr(demo200.team, "members", spy)
    window = make_window(qtbot, demo200, qsettings, tasks, events, page_size=3, team=demo200.team)
    model, tree = window.team_panel.model, window.team_panel.tree
    qtbot.wait(50)
    assert model.matching_total() == 200
    shown = {c[0] for c in calls}  # only the units open at start (the office's first level)
    unit = max(demo200.team.units(window.year), key=lambda u: u.direct)
    assert unit.direct > 3 and unit.id not in shown
    for unit_id in demo200.team.unit_chain(unit.id):
        tree.expand(model.unit_index(unit_id))
    group = model.unit_index(unit.id)
    # the view asks for pages while the unit's last loaded row is in sight
    qtbot.waitUntil(lambda: model.loaded_member_count(group) == unit.direct, timeout=3000)
    assert not model.canFetchMore(group)
    pages = [c for c in calls if c[0] == unit.id]
    assert pages == [(unit.id, 3, offset) for offset in range(0, unit.direct, 3)]
    assert model.loaded_rows() < 200  # the other units were never read
    assert ids(model, group)[:unit.direct] == [m.id for m in original(unit.id, window.year,
                                                                        limit=None)]


def test_status_bar_shows_the_database_and_the_number_of_pegawai(qtbot, demo, qsettings, tasks,
                                                                 events, language):
    language("id")
    window = make_window(qtbot, demo, qsettings, tasks, events)
    assert window.db_label.text() == f"Basis data: {demo.db.path}"
    assert window.count_label.text() == "40 pegawai"


def test_geometry_splitter_and_columns_persist_between_runs(qtbot, demo, qsettings, tasks, events):
    first = make_window(qtbot, demo, qsettings, tasks, events)
    first.resize(760, 540)  # the offscreen screen is 800x600
    first.splitter.setSizes([300, 460])
    first.team_panel.tree.header().resizeSection(0, 222)
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(qtbot, demo, qsettings, tasks, events)
    assert second.size() == QSize(760, 540)
    assert second.splitter.sizes() == sizes
    assert second.team_panel.tree.header().sectionSize(0) == 222


def test_menus_follow_the_language(qtbot, demo, qsettings, tasks, events, language):
    language("en")
    english = make_window(qtbot, demo, qsettings, tasks, events)
    assert [a.text() for a in english.menuBar().actions()] == ["&File", "&View", "Assessmen&t",
                                                              "&Settings", "&Help"]
    assert english.count_label.text() == "40 employees"  # not "40 employee(s)"
    language("id")
    indonesian = make_window(qtbot, demo, qsettings, tasks, events)
    assert [a.text() for a in indonesian.menuBar().actions()] == [
        "&Berkas", "&Tampilan", "Penilaian (E&valuasi)", "&Pengaturan", "B&antuan"]
    assert indonesian.open_action.text() == "&Buka basis data…"
    assert indonesian.identity_action.text() == "&Saya adalah…"


def test_settings_dialog_stores_the_language(qtbot, qsettings):
    dialog = SettingsDialog(qsettings)
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "id"  # the default, whatever the system locale
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.accept()
    assert dialog.language_changed()
    assert qsettings.value(ui_settings.KEY_LANGUAGE) == "en"


def test_every_action_is_reachable_from_the_keyboard(qtbot, demo, qsettings, tasks, events):
    window = make_window(qtbot, demo, qsettings, tasks, events)
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            assert action.isSeparator() or "&" in action.text(), action.text()
    assert window.find_action.shortcut() == QKeySequence("Ctrl+F")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.team_panel.tree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.team_panel.search_edit.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # tab order: search, list, workspace
    assert window.team_panel.tree.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)  # F6: to the workspace and back
    assert window.workspace_tabs.isAncestorOf(window.focusWidget())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    assert window.team_panel.tree.hasFocus()


def test_workspace_tabs_follow_the_selected_pegawai(qtbot, demo, qsettings, tasks, events):
    head = kepala_dinas(demo)
    ui_settings.set_identity(qsettings, head.id)
    window = make_window(qtbot, demo, qsettings, tasks, events)

    class Told(QLabel):
        def __init__(self, pegawai_id):
            super().__init__()
            self.told = [pegawai_id]

        def set_pegawai(self, pegawai_id):
            self.told.append(pegawai_id)

    made = []

    def plain(pegawai_id):
        made.append(pegawai_id)
        return QLabel(str(pegawai_id))

    told = window.add_workspace_tab(Told, "Told")
    window.add_workspace_tab(plain, "Plain")
    profile = window.workspace_tabs.widget(0)
    assert isinstance(profile, PegawaiSummaryWidget) and told.told == [None] and made == [None]

    model = window.team_panel.model
    first = model.index(0, 0, model.group_index(MINE))
    window.team_panel.tree.setCurrentIndex(first)
    chosen = demo.staff.get(first.data(PEGAWAI_ID_ROLE))
    assert window.current_pegawai_id() == chosen.id
    assert profile.title_label.text() == chosen.full_name  # the shown tab follows at once
    assert profile.values["supervisor"].text() == head.full_name  # with titles, as elsewhere
    assert told.told == [None]  # hidden tabs wait until shown
    window.workspace_tabs.setCurrentIndex(1)
    assert told.told == [None, chosen.id]
    window.workspace_tabs.setCurrentIndex(2)
    assert made == [None, chosen.id]  # no set_pegawai: a new widget from the factory
    assert window.workspace_tabs.widget(2).text() == chosen.id
    assert window.workspace_tabs.tabText(2) == "Plain"


def test_a_write_refreshes_the_team_and_the_status_bar(qtbot, demo, qsettings, tasks, events):
    head = kepala_dinas(demo)
    ui_settings.set_identity(qsettings, head.id)
    window = make_window(qtbot, demo, qsettings, tasks, events)
    model = window.team_panel.model
    before = model.group_total(MINE)
    mine_ids = set(ids(model, model.group_index(MINE)))
    other = next(p for p in demo.staff.list() if p.id not in mine_ids and p.id != head.id
                 and p.asn_type.value != "NON_ASN" and p.supervisor_id)
    seen = []
    events.changes_applied.connect(lambda changes, initiator: seen.append(changes))
    tasks.run(lambda: demo.staff.set_supervisor(other.id, head.id))
    assert seen and seen[0].affects("pegawai", other.id)
    assert demo.staff.get(other.id).supervisor_id == head.id  # in the database
    assert model.group_total(MINE) == before + 1
    qtbot.waitUntil(lambda: other.id in ids(model, model.group_index(MINE)), timeout=3000)


def test_i_am_picks_oneself_from_the_list(qtbot, demo, qsettings, tasks, events):
    head = kepala_dinas(demo)
    dialog = IdentityDialog(demo.staff)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.team.search_edit.setText(head.nip)
    dialog.team.apply_search()
    qtbot.waitUntil(lambda: dialog.team.select_pegawai(head.id), timeout=3000)
    assert ok.isEnabled() and dialog.selected_id() == head.id

    window = make_window(qtbot, demo, qsettings, tasks, events)
    assert MINE not in window.team_panel.model.group_keys()
    window.set_identity(dialog.selected_id())
    assert ui_settings.identity(qsettings) == head.id
    assert window.team_panel.model.group_keys()[0] == MINE
    assert window.team_panel.model.group_total(MINE) == demo.staff.count(supervisor_id=head.id)
