"""The sync window on real replicas: three databases of one office in tmp_path (the central copy
and two laptops that joined it), bundles exchanged through the real pipeline.

- export from a laptop through the Sinkronisasi dialog, import on the central copy through it,
  the report shown; a bundle imported again is refused and changes nothing;
- two laptops change one RHK: the conflict appears in "Perlu ditinjau" with both values, who,
  which laptop and when; the team list and the SKP tab mark it; "keep mine" resolves it and the
  queue, the badge and the marks clear;
- adding a peer shows its fingerprint and pins it only after the comparison is ticked; revoking
  takes it off the export list; the dashboard of laptops shows on the central copy only;
- the models under Qt's model tester with real conflicts and peers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from skpdesk.domain.sync import ConflictKind
from skpdesk.ui.sync.conflict_model import COL_DEVICE, COL_VALUE, COL_WHO, ConflictQueueModel
from skpdesk.ui.sync.peer_model import PeerTableModel
from skpdesk.ui.sync.sync_backend import SyncBackend
from skpdesk.ui.sync.sync_dialog import PAGE_DASHBOARD, SyncDialog
from skpdesk.ui.sync.sync_state import SyncState

from .sync_replicas import close_all, draft_rhk, make_replica, office_of_three
from .test_item_models import model_checker, walk  # noqa: F401 - the fixture


@pytest.fixture
def office(tmp_path, demo40_template):
    replicas = office_of_three(tmp_path, demo40_template)
    yield replicas
    close_all(*replicas)


def sync_dialog(qtbot, replica, tasks, qsettings, events) -> SyncDialog:
    state = SyncState(replica.services, tasks, events)
    dialog = SyncDialog(SyncBackend(replica.services), state, tasks, qsettings, events)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loaded  # the inline runner has delivered the identity and the peers
    return dialog


def export_through_dialog(qtbot, dialog: SyncDialog, peer_id: str, folder: Path) -> Path:
    page = dialog.export_page
    assert page.select_peer(peer_id)
    page.folder_edit.setText(str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.error is None and page.result is not None, page.result_label.text()
    return Path(page.result.path)


def import_through_dialog(qtbot, dialog: SyncDialog, bundle: Path):
    page = dialog.import_page
    page.path_edit.setText(str(bundle))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    return page


def two_laptops_change_one_rhk(office, tmp_path) -> tuple[str, str, str, str]:
    central, laptop_a, laptop_b = office
    pegawai_id, skp, rhk = draft_rhk(laptop_a.services)
    laptop_a.services.skp.update_rhk(rhk.id, text="Tersusunnya laporan bulanan (versi Ratna)")
    laptop_b.services.skp.update_rhk(rhk.id, text="Tersusunnya laporan triwulan (versi Andi)")
    central.import_(laptop_a.export_for(central, tmp_path / "stick"))
    central.import_(laptop_b.export_for(central, tmp_path / "stick"))
    return pegawai_id, skp.id, rhk.id, rhk.text


def test_export_then_import_through_the_dialog_shows_the_report(qtbot, office, tmp_path, tasks,
                                                                 events, qsettings):
    central, laptop_a, _laptop_b = office
    _pegawai_id, _skp, rhk = draft_rhk(laptop_a.services)
    laptop_a.services.skp.update_rhk(rhk.id, text="Tersusunnya laporan kinerja unit")

    dialog_a = sync_dialog(qtbot, laptop_a, tasks, qsettings, events)
    assert dialog_a.identity.name == "Laptop Bu Ratna"
    assert dialog_a.identity_page.fingerprint_label.text() == dialog_a.identity.fingerprint
    assert not dialog_a.central and not dialog_a.tabs.isTabVisible(PAGE_DASHBOARD)
    bundle = export_through_dialog(qtbot, dialog_a, central.device_id, tmp_path / "stick")
    assert bundle.is_file() and bundle.suffix == ".skpbundle"
    assert bundle.parent == tmp_path / "stick"
    assert "Komputer Pusat" in dialog_a.export_page.result_label.text()

    seen: list = []
    events.changes_applied.connect(lambda changes, _initiator: seen.append(changes))
    dialog_c = sync_dialog(qtbot, central, tasks, qsettings, events)
    page = import_through_dialog(qtbot, dialog_c, bundle)
    assert page.error is None and page.result is not None, page.summary_label.text()
    assert page.report_value("updated") >= 1  # the RHK (and its SKP's revision)
    assert page.report_value("conflicts") == 0 and page.report_value("already_applied") == 0
    assert not page.report_box.isHidden() and page.review_button.isHidden()
    assert "Laptop Bu Ratna" in page.summary_label.text()
    assert central.services.skp.get(rhk.skp_id).rhk[0].text == "Tersusunnya laporan kinerja unit"
    assert any(changes.affects("rhk") for changes in seen)  # the open views reload
    assert dialog_c.central and dialog_c.tabs.isTabVisible(PAGE_DASHBOARD)
    laptops = {p.name: p for p in dialog_c.dashboard_page.model.peers()}
    assert laptops["Laptop Bu Ratna"].last_received_at  # the dashboard shows the new bundle
    assert laptops["Laptop Pak Andi"].last_received_at is None

    # the same file again: refused in words, nothing changed
    before = central.services.sync.version_vector()
    page = import_through_dialog(qtbot, dialog_c, bundle)
    assert page.result is None and page.error is not None
    assert "unchanged" in page.summary_label.text()
    assert central.services.sync.version_vector() == before


def test_a_conflict_is_queued_with_both_values_and_resolving_it_clears_queue_and_badges(
        qtbot, office, tmp_path, tasks, events, qsettings, model_checker):
    from skpdesk.ui.shell.gui_app import make_main_window
    from skpdesk.ui.skp.rhk_table_model import SYNC_CONFLICT_ROLE as RHK_CONFLICT_ROLE
    from skpdesk.ui.team.team_model import SYNC_CONFLICT_ROLE

    central, _laptop_a, _laptop_b = office
    pegawai_id, skp_id, rhk_id, _old = two_laptops_change_one_rhk(office, tmp_path)

    window = make_main_window(central.services, qsettings, tasks=tasks, events=events,
                              db_path=central.db.path)
    qtbot.addWidget(window)
    window.show()
    actions = window.sync_actions
    qtbot.waitUntil(lambda: actions.state.loaded)
    assert actions.badge_text() == "1 to review"

    queue = actions.show_queue().queue
    model_checker.attach(queue.model)
    assert queue.model.rowCount() == 1
    conflict = queue.current_conflict()
    assert conflict.kind is ConflictKind.VALUE and conflict.entity_id == rhk_id
    top = queue.model.find(conflict.id)
    values = {queue.model.data(queue.model.index(r, COL_VALUE, top))
              for r in range(queue.model.rowCount(top))}
    assert values == {"Tersusunnya laporan bulanan (versi Ratna)",
                      "Tersusunnya laporan triwulan (versi Andi)"}
    laptops = {queue.model.data(queue.model.index(r, COL_DEVICE, top))
               for r in range(queue.model.rowCount(top))}
    assert laptops == {"Laptop Bu Ratna", "Laptop Pak Andi"}
    assert all(queue.model.data(queue.model.index(r, COL_WHO, top))
               for r in range(queue.model.rowCount(top)))
    assert walk(queue.model) > 0

    # the badges: the pegawai in the team list, the banner on the SKP tab
    marks = window.marks
    assert marks.pegawai_has_conflict(pegawai_id) and marks.skp_has_conflict(skp_id)
    team = window.team_panel.model
    index = _load_pegawai_row(team, pegawai_id)
    assert team.data(index, SYNC_CONFLICT_ROLE) is True
    window.show_pegawai(pegawai_id)
    skp_tab = window.workspace_tabs.widget(1)
    window.workspace_tabs.setCurrentIndex(1)
    assert skp_tab.skp is not None and skp_tab.skp.id == skp_id
    assert skp_tab.sync_conflict_shown()
    rhk_model = skp_tab.rhk_editor.model
    assert rhk_model.data(rhk_model.find("rhk", rhk_id), RHK_CONFLICT_ROLE) is True
    qtbot.mouseClick(skp_tab.sync_review_button, Qt.MouseButton.LeftButton)
    assert queue.current_conflict().id == conflict.id

    # keep mine: a journaled write; the queue, the status-bar badge and the marks clear
    qtbot.mouseClick(queue.keep_mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)
    model_checker.check()
    assert queue.message() == ""
    assert actions.badge_text() == ""
    assert not marks.pegawai_has_conflict(pegawai_id)
    assert team.data(_load_pegawai_row(team, pegawai_id), SYNC_CONFLICT_ROLE) is False
    assert not skp_tab.sync_conflict_shown()
    assert rhk_model.data(rhk_model.find("rhk", rhk_id), RHK_CONFLICT_ROLE) is False
    assert central.services.sync.conflicts() == []


def test_edit_value_resolves_with_the_typed_text(qtbot, office, tmp_path, tasks, events):
    central, _a, _b = office
    _pegawai_id, skp_id, rhk_id, _old = two_laptops_change_one_rhk(office, tmp_path)
    from skpdesk.ui.sync.conflict_queue import ConflictQueueWidget

    state = SyncState(central.services, tasks, events)
    state.refresh()
    queue = ConflictQueueWidget(state)
    qtbot.addWidget(queue)
    assert queue.edit_button.isEnabled()
    queue.edit_value()
    queue.value_dialog.edit.setPlainText("Tersusunnya laporan bulanan dan triwulan")
    queue.value_dialog.accept()
    assert queue.model.rowCount() == 0
    rhk = next(r for r in central.services.skp.get(skp_id).rhk if r.id == rhk_id)
    assert rhk.text == "Tersusunnya laporan bulanan dan triwulan"


def test_adding_a_peer_shows_its_fingerprint_first_and_revoking_takes_it_off_the_list(
        qtbot, office, tmp_path, tasks, events, qsettings):
    central, _a, _b = office
    newcomer = make_replica(tmp_path, "laptop_c", "Laptop Bu Sari")
    try:
        dialog = sync_dialog(qtbot, central, tasks, qsettings, events)
        page = dialog.identity_page
        page.ask_open_path = lambda _folder: str(newcomer.identity_file)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        confirm = page.peer_dialog
        assert confirm is not None
        assert confirm.fingerprint_label.text() == SyncBackend(newcomer.services).identity().fingerprint
        assert not confirm.add_button.isEnabled()  # not before the comparison is ticked
        confirm.accept()
        assert page.peer_dialog is confirm and confirm.isVisible()  # still asking
        confirm.compared_box.setChecked(True)
        qtbot.mouseClick(confirm.add_button, Qt.MouseButton.LeftButton)
        assert "Laptop Bu Sari" in page.message()
        names = [p.name for p in page.peers.peers()]
        assert "Laptop Bu Sari" in names
        assert dialog.export_page.select_peer(newcomer.device_id)

        assert page.select_peer(newcomer.device_id)
        page.confirm_revoke = lambda peer: peer.name == "Laptop Bu Sari"
        qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
        revoked = next(p for p in page.peers.peers() if p.device_id == newcomer.device_id)
        assert revoked.revoked
        assert not dialog.export_page.select_peer(newcomer.device_id)
    finally:
        newcomer.db.close()


def test_models_under_the_tester_with_real_conflicts_and_peers(office, tmp_path, model_checker):
    central, _a, _b = office
    two_laptops_change_one_rhk(office, tmp_path)
    conflicts = ConflictQueueModel()
    model_checker.attach(conflicts)
    conflicts.set_conflicts(central.services.sync.conflicts())
    model_checker.check()
    assert walk(conflicts) == 6 * (1 + 2)
    peers = PeerTableModel()
    model_checker.attach(peers)
    rows = SyncBackend(central.services).peers()
    peers.set_peers(rows)
    model_checker.check()
    assert walk(peers) == 2 * peers.columnCount()
    assert all(p.last_received_at for p in rows) and sum(p.open_conflicts for p in rows) == 2
    conflicts.set_conflicts([])
    model_checker.check()


def _load_pegawai_row(model, pegawai_id: str):
    """Fetch pages of every unit (sub-units too) until the pegawai's row is loaded."""
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending and not model.find_loaded(pegawai_id).isValid():
        group = pending.pop(0)
        while not model.find_loaded(pegawai_id).isValid() and model.canFetchMore(group):
            model.fetchMore(group)
        pending += [model.index(row, 0, group) for row in range(model.rowCount(group))]
    index = model.find_loaded(pegawai_id)
    assert index.isValid()
    return index


def test_the_dialog_and_the_queue_read_nothing_on_the_gui_thread_of_a_large_office(
        qtbot, tmp_path, demo200_template, qsettings, events, reporter):
    """Opening File › Synchronisation and the queue, and switching the dialog's pages, only
    queue jobs: every database read (identity, peers, pending operations, conflicts) runs on
    the worker thread, and the window gets the answers by signal. The office is the generated
    200-pegawai demo the GUI tests share (a bigger one adds minutes of generation to the suite;
    what is checked is where the reads run, which the size does not change)."""
    import threading

    from PySide6.QtWidgets import QMainWindow

    from skpdesk.ui.sync.sync_actions import install_sync_actions
    from skpdesk.ui.tasks import TaskRunner

    central = make_replica(tmp_path, "pusat", "Komputer Pusat", demo200_template)
    laptop = make_replica(tmp_path, "laptop", "Laptop Bu Ratna")
    pipeline_peer(central, laptop)
    tasks = TaskRunner(events=events, reporter=reporter)  # a real worker thread
    on_gui_thread: list[str] = []
    db = central.db
    real_reader, real_uow = db.reader, db.unit_of_work

    def reader(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append("reader")
        return real_reader(*args, **kwargs)

    def unit_of_work(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append("unit_of_work")
        return real_uow(*args, **kwargs)

    db.reader, db.unit_of_work = reader, unit_of_work
    try:
        window = QMainWindow()
        window.file_menu = window.menuBar().addMenu("File")
        qtbot.addWidget(window)
        actions = install_sync_actions(window, central.services, tasks, events, qsettings)
        dialog = actions.open_dialog()
        for page in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(page)
        dock = actions.show_queue()
        assert on_gui_thread == []
        qtbot.waitUntil(lambda: dialog.loaded and actions.state.loaded, timeout=60_000)
        assert on_gui_thread == []
        assert dialog.identity.name == "Komputer Pusat"
        assert [p.name for p in dialog.identity_page.peers.peers()] == ["Laptop Bu Ratna"]
        assert dialog.central and dialog.tabs.isTabVisible(PAGE_DASHBOARD)
        assert dock.queue.model.rowCount() == 0
        assert "no sync conflicts" in dock.queue.summary_label.text()
        assert reporter.unexpected_errors == [] and reporter.domain_errors == []
    finally:
        tasks.shutdown(wait=True)
        db.reader, db.unit_of_work = real_reader, real_uow
        close_all(central, laptop)


def pipeline_peer(central, laptop) -> None:
    from skpdesk.sync import pipeline

    pipeline.add_peer(central.services, laptop.identity_file)
    pipeline.add_peer(laptop.services, central.identity_file, central=True)


def test_a_new_laptop_joins_the_office_from_the_welcome_screen(qtbot, tmp_path, demo40_template,
                                                               tasks, events, qsettings):
    from skpdesk.sync import pipeline
    from skpdesk.ui.shell.welcome_window import WelcomeWindow

    central = make_replica(tmp_path, "pusat", "Komputer Pusat", demo40_template)
    folder = tmp_path / "baru"
    folder.mkdir()
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    db = Database(folder / "skpdesk.sqlite")
    services = Services.build(db, "baru")
    try:
        welcome = WelcomeWindow(services, qsettings, tasks=tasks, events=events)
        qtbot.addWidget(welcome)
        assert welcome.join_button.isVisibleTo(welcome)
        qtbot.mouseClick(welcome.join_button, Qt.MouseButton.LeftButton)
        join = welcome.join_dialog
        assert join is not None and join.identity is not None
        assert not join.seed_button.isEnabled()  # the central copy first

        # 1. this computer's identity, under the name typed, to the central copy
        join.name_edit.setText("Laptop Bu Sari")
        own_file = tmp_path / "stick" / "sari.skpid"
        own_file.parent.mkdir()
        join.ask_save_path = lambda _suggested: str(own_file)
        qtbot.mouseClick(join.save_button, Qt.MouseButton.LeftButton)
        assert own_file.is_file() and join.identity.name == "Laptop Bu Sari"
        pipeline.add_peer(central.services, own_file)
        seed = tmp_path / "stick" / "seed.skpbundle"
        pipeline.seed_bundle(central.services, join.identity.device_id, seed)

        # 2. the central copy, pinned as central after the fingerprint was compared
        join.ask_identity_path = lambda _folder: str(central.identity_file)
        qtbot.mouseClick(join.central_button, Qt.MouseButton.LeftButton)
        confirm = join.peer_dialog
        assert confirm.fingerprint_label.text() == SyncBackend(central.services).identity().fingerprint
        assert confirm.central_box.isChecked() and not confirm.central_box.isEnabled()
        confirm.compared_box.setChecked(True)
        qtbot.mouseClick(confirm.add_button, Qt.MouseButton.LeftButton)
        assert "Komputer Pusat" in join.central_label.text()

        # 3. the full copy: the office arrives with the central copy's ids
        join.ask_bundle_path = lambda _folder: str(seed)
        with qtbot.waitSignal(welcome.office_ready):
            qtbot.mouseClick(join.seed_button, Qt.MouseButton.LeftButton)
        assert services.office.instansi().id == central.services.office.instansi().id
        assert services.staff.count() == central.services.staff.count()
    finally:
        db.close()
        central.db.close()


def test_cancel_in_the_progress_dialog_writes_no_bundle(qtbot, office, tmp_path, events,
                                                       reporter, qsettings):
    """The export runs on the worker; the progress dialog appears while it waits, and its
    Cancel stops it before a file is written."""
    import threading

    from PySide6.QtWidgets import QApplication, QProgressDialog

    from skpdesk.ui.tasks import TaskRunner

    _central, laptop_a, _b = office
    central = office[0]
    tasks = TaskRunner(events=events, reporter=reporter)  # a real worker thread
    release = threading.Event()
    try:
        dialog = SyncDialog(SyncBackend(laptop_a.services), SyncState(laptop_a.services, tasks),
                            tasks, qsettings, events)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.loaded)
        tasks.run(lambda: release.wait(30))  # the worker is busy with an earlier job
        page = dialog.export_page
        assert page.select_peer(central.device_id)
        stick = tmp_path / "stick"
        stick.mkdir()
        page.folder_edit.setText(str(stick))
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert page.busy and not page.export_button.isEnabled()

        def progress_dialog():
            found = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QProgressDialog) and w.isVisible()]
            return found[0] if found else None

        qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=10_000)
        from PySide6.QtWidgets import QPushButton
        [cancel] = progress_dialog().findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()
        qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
        assert page.cancelled and page.result is None, (page.result_label.text(), page.result)
        assert "no bundle was written" in page.result_label.text()
        assert list(stick.iterdir()) == []
        assert reporter.unexpected_errors == []
    finally:
        release.set()
        tasks.shutdown(wait=True)


def test_a_bundle_dropped_on_the_receive_page_is_imported(qtbot, office, tmp_path, tasks,
                                                         events, qsettings):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    central, laptop_a, _b = office
    _pegawai_id, _skp, rhk = draft_rhk(laptop_a.services)
    laptop_a.services.skp.update_rhk(rhk.id, text="Tersusunnya rencana kerja unit")
    bundle = laptop_a.export_for(central, tmp_path / "stick")
    dialog = sync_dialog(qtbot, central, tasks, qsettings, events)
    page = dialog.import_page

    def drop(path: Path) -> QDropEvent:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        page.dropEvent(event)
        return event

    other = tmp_path / "catatan.txt"
    other.write_text("bukan bundel")
    assert not drop(other).isAccepted() and page.result is None  # not a .skpbundle: ignored
    assert drop(bundle).isAccepted()
    assert page.result is not None and page.report_value("updated") >= 1
    assert page.path_edit.text() == str(bundle)


def test_a_copied_database_says_once_that_it_took_a_new_identity(qtbot, tmp_path, monkeypatch,
                                                                 demo40_template, tasks, events,
                                                                 qsettings):
    from PySide6.QtWidgets import QMainWindow

    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui.message_boxes import message_boxes
    from skpdesk.ui.sync.sync_actions import install_sync_actions

    original = make_replica(tmp_path, "asli", "Laptop Bu Ratna", demo40_template)
    old_device = original.device_id
    original.db.close()
    monkeypatch.setenv("SKPDESK_MACHINE_ID", "komputer-lain")  # the file now runs elsewhere
    db = Database(original.db.path)
    try:
        services = Services.build(db, "salinan")
        window = QMainWindow()
        qtbot.addWidget(window)
        actions = install_sync_actions(window, services, tasks, events, qsettings)
        qtbot.waitUntil(lambda: bool(actions.device_notice))
        identity = SyncBackend(services).identity()
        assert identity.device_id != old_device
        assert identity.fingerprint in actions.device_notice
        qtbot.waitUntil(lambda: message_boxes().current is not None)
        box = message_boxes().current
        assert box.text() == actions.device_notice
        box.accept()
        qtbot.waitUntil(lambda: message_boxes().pending() == 0)
        second = install_sync_actions(QMainWindow(), services, tasks, events, qsettings)
        qtbot.wait(50)
        assert second.device_notice == ""  # told once
        second.window.deleteLater()
    finally:
        db.close()


def test_a_delete_edit_conflict_marks_the_pegawai_and_the_skp_of_the_deleted_row(office,
                                                                                 tmp_path):
    """The deleted RHK is absent on the central copy, yet its SKP and pegawai are marked (the
    conflict cache keeps the row's values)."""
    from skpdesk.services.sync_marks import conflict_marks

    central, laptop_a, laptop_b = office
    pegawai_id, skp, rhk = draft_rhk(laptop_a.services)
    laptop_a.services.skp.delete_rhk(rhk.id)
    laptop_b.services.skp.update_rhk(rhk.id, text="Tersusunnya laporan yang diperbaiki")
    central.import_(laptop_a.export_for(central, tmp_path / "stick"))
    central.import_(laptop_b.export_for(central, tmp_path / "stick"))
    conflicts = central.services.sync.conflicts()
    assert [c.kind for c in conflicts] == [ConflictKind.DELETE_EDIT]
    marks = conflict_marks(central.db, conflicts)
    assert marks.has_skp(skp.id) and marks.has_pegawai(pegawai_id)
    assert marks.conflicts_of(skp.id) == [conflicts[0].id]
    assert rhk.id in marks.entity_ids and marks.count == 1


def test_a_refused_resolution_is_said_in_the_queue_and_keeps_the_conflict(qtbot, office,
                                                                         tmp_path, tasks,
                                                                         events):
    """An edit made in Draft while another laptop submitted the SKP is frozen: re-applying it
    while the SKP is not Draft is refused, in words, in the panel; nothing changes."""
    from skpdesk.ui.sync.conflict_queue import ConflictQueueWidget

    central, laptop_a, laptop_b = office
    pegawai_id, skp, rhk = draft_rhk(laptop_a.services)
    laptop_a.services.skp.update_rhk(rhk.id, text="Tersusunnya laporan (diubah setelah diajukan)")
    laptop_b.services.acting.act_as_id(pegawai_id)  # the pegawai submits on laptop b
    laptop_b.services.skp.submit(skp.id)
    central.import_(laptop_b.export_for(central, tmp_path / "stick"))
    central.import_(laptop_a.export_for(central, tmp_path / "stick"))
    state = SyncState(central.services, tasks, events)
    state.refresh()
    queue = ConflictQueueWidget(state)
    qtbot.addWidget(queue)
    queue.show()
    conflict = queue.current_conflict()
    assert conflict is not None and conflict.kind is ConflictKind.FROZEN_EDIT
    edit = next(s for s in conflict.sides if s.device_id == laptop_a.device_id)
    button = queue.keep_mine_button if edit.mine else queue.keep_theirs_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Draft" in queue.message() or "draf" in queue.message().lower(), queue.message()
    assert queue.model.rowCount() == 1 and button.isEnabled()
    assert [c.id for c in central.services.sync.conflicts()] == [conflict.id]
