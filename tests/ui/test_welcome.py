"""First run: the welcome screen of a database without an office (demo office, new office with
my own data, import of the staff list) and the new-office dialog's checks (nothing half-made)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.paths import resolve_paths
from skpdesk.services.staff_files import COLUMNS
from skpdesk.ui import ui_settings
from skpdesk.ui.messages import error_text
from skpdesk.ui.shell import gui_app
from skpdesk.ui.shell.identity_dialog import IdentityDialog
from skpdesk.ui.shell.main_window import MainWindow
from skpdesk.ui.shell.new_office_dialog import NewOfficeDialog
from skpdesk.ui.shell.welcome_window import WelcomeWindow
from skpdesk.ui.staff_import.import_dialog import ImportDialog
from skpdesk.ui.tasks import TaskRunner

MY_NIP = "198503152010011002"


def make_welcome(qtbot, services, qsettings, tasks, events) -> WelcomeWindow:
    window = gui_app.make_start_window(services, qsettings, tasks=tasks, events=events)
    qtbot.addWidget(window)
    assert isinstance(window, WelcomeWindow)
    window.show()
    return window


def make_dialog(qtbot, services, qsettings, tasks, **kwargs) -> NewOfficeDialog:
    dialog = NewOfficeDialog(services.office, services.staff, qsettings, tasks, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def fill_office(qtbot, dialog, name="Dinas Pendidikan Kabupaten Contoh", city="Wonosari"):
    qtbot.keyClicks(dialog.instansi_edit, name)
    qtbot.keyClicks(dialog.city_edit, city)


def fill_me(qtbot, dialog, nip=MY_NIP):
    qtbot.keyClicks(dialog.name_edit, "Siti Rahayu")
    qtbot.keyClicks(dialog.back_title_edit, "S.Pd., M.Pd.")
    choose(dialog.asn_combo, "PNS")
    qtbot.keyClicks(dialog.nip_edit, nip)
    choose(dialog.rank_combo, "IV/a")
    qtbot.keyClicks(dialog.position_edit, "Kepala Bidang Pembinaan SD")
    choose(dialog.kind_combo, "administrator")
    qtbot.keyClicks(dialog.unit_edit, "Bidang Pembinaan SD")


def test_the_welcome_screen_offers_three_ways_by_keyboard(qtbot, services, qsettings, tasks,
                                                          events):
    window = make_welcome(qtbot, services, qsettings, tasks, events)
    buttons = [window.new_office_button, window.import_button, window.demo_button]
    assert all(b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert [b.nextInFocusChain() for b in buttons[:2]] == buttons[1:]
    assert str(services.db.path) in window.db_label.text()


def test_the_demo_fills_the_database_and_opens_the_main_window(qtbot, services, qsettings,
                                                               monkeypatch):
    """Through the real session: the welcome screen, the demo on the worker, the main window."""
    monkeypatch.setattr(gui_app, "TaskRunner",
                        lambda **kwargs: TaskRunner(synchronous=True, **kwargs))
    session = gui_app.GuiSession(qsettings)
    welcome = session.start(services, resolve_paths(services.db.path))
    qtbot.addWidget(welcome)
    assert isinstance(welcome, WelcomeWindow)
    with qtbot.waitSignal(welcome.office_ready, timeout=60_000):
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)

    assert isinstance(session.window, MainWindow)
    qtbot.addWidget(session.window)
    assert services.office.instansi() is not None
    assert services.staff.count() == 40
    assert services.journal.count() > 40
    assert session.window.team_panel.model.matching_total() == 40
    session.close_tasks()


def test_a_refused_demo_is_said_in_the_window(qtbot, services, qsettings, tasks, events,
                                              monkeypatch):
    def refuse(**_kwargs):
        raise DomainError(ErrorCode.DEMO_NEEDS_EMPTY_DB, pegawai=3)

    monkeypatch.setattr(services.demo, "fill", refuse)
    window = make_welcome(qtbot, services, qsettings, tasks, events)
    with qtbot.assertNotEmitted(window.office_ready):
        window.start_demo()
    assert window.status_label.isVisible()
    assert error_text(DomainError(ErrorCode.DEMO_NEEDS_EMPTY_DB, pegawai=3)) in \
        window.status_label.text()
    assert window.demo_button.isEnabled() and not window.busy


def test_new_office_creates_the_office_me_and_my_identity(qtbot, services, qsettings, tasks):
    dialog = make_dialog(qtbot, services, qsettings, tasks)
    assert dialog.focusWidget() is dialog.instansi_edit
    assert not dialog.skip_identity_check.isVisible()
    fill_office(qtbot, dialog)
    fill_me(qtbot, dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    instansi = services.office.instansi()
    assert (instansi.name, instansi.city) == ("Dinas Pendidikan Kabupaten Contoh", "Wonosari")
    [me] = services.staff.list()
    assert (me.name, me.nip, me.back_title, me.rank_code, me.position_kind.value, me.unit_path) == (
        "Siti Rahayu", MY_NIP, "S.Pd., M.Pd.", "IV/a", "administrator", "Bidang Pembinaan SD")
    assert dialog.result_office.pegawai.id == me.id
    assert ui_settings.identity(qsettings) == me.id
    stored = QSettings(qsettings.fileName(), QSettings.Format.IniFormat)
    assert stored.value(ui_settings.KEY_IDENTITY) == me.id
    assert len(services.office.core_values()) == 7


def test_a_bad_nip_is_shown_at_the_field_and_nothing_is_created(qtbot, services, qsettings,
                                                                tasks):
    dialog = make_dialog(qtbot, services, qsettings, tasks)
    fill_office(qtbot, dialog)
    fill_me(qtbot, dialog, nip="19850315")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result_office is None
    expected = error_text(DomainError(ErrorCode.NIP_LENGTH, field="nip", value="19850315",
                                      length=8))
    assert dialog.error_text_of("nip") == expected and expected.startswith("NIP")
    assert [k for k in dialog.errors if dialog.error_text_of(k)] == ["nip"]
    assert dialog.focusWidget() is dialog.nip_edit
    # nothing at all in the database, no identity
    assert services.office.instansi() is None
    assert services.staff.count() == 0
    assert services.journal.count() == 0
    assert ui_settings.identity(qsettings) is None

    dialog.nip_edit.clear()  # corrected: now it is created, and the error is gone
    qtbot.keyClicks(dialog.nip_edit, MY_NIP)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.staff.by_nip(MY_NIP).name == "Siti Rahayu"


def test_every_broken_field_is_named_at_once(qtbot, services, qsettings, tasks):
    dialog = make_dialog(qtbot, services, qsettings, tasks)
    qtbot.keyClicks(dialog.city_edit, "Wonosari")
    choose(dialog.kind_combo, "fungsional")  # needs a jenjang
    assert dialog.jenjang_combo.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    shown = {k for k in dialog.errors if dialog.error_text_of(k)}
    assert shown == {"instansi", "nama", "nip", "golongan", "jabatan", "jenjang", "unit"}
    assert dialog.error_text_of("instansi") == error_text(
        DomainError(ErrorCode.FIELD_REQUIRED, field="instansi"))
    assert dialog.focusWidget() is dialog.instansi_edit
    assert services.office.instansi() is None and services.journal.count() == 0


def test_ranks_follow_the_asn_type(qtbot, services, qsettings, tasks):
    dialog = make_dialog(qtbot, services, qsettings, tasks)
    choose(dialog.asn_combo, "PNS")
    assert dialog.rank_combo.findData("III/a") > 0
    choose(dialog.asn_combo, "PPPK")
    assert dialog.rank_combo.findData("IX") > 0 and dialog.rank_combo.findData("III/a") < 0
    choose(dialog.asn_combo, "NON_ASN")
    assert not dialog.rank_combo.isEnabled() and dialog.rank_combo.currentData() == ""
    choose(dialog.kind_combo, "pelaksana")
    assert not dialog.jenjang_combo.isEnabled()


def test_welcome_new_office_leads_to_the_main_window(qtbot, services, qsettings, tasks, events,
                                                     monkeypatch):
    def run(dialog):
        fill_office(qtbot, dialog)
        fill_me(qtbot, dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewOfficeDialog, "exec", run)
    window = make_welcome(qtbot, services, qsettings, tasks, events)
    with qtbot.waitSignal(window.office_ready):
        qtbot.mouseClick(window.new_office_button, Qt.MouseButton.LeftButton)
    assert services.office.instansi().city == "Wonosari"
    assert ui_settings.identity(qsettings) == services.staff.by_nip(MY_NIP).id


def test_a_cancelled_new_office_stays_on_the_welcome_screen(qtbot, services, qsettings, tasks,
                                                           events, monkeypatch):
    monkeypatch.setattr(NewOfficeDialog, "exec", lambda dialog: dialog.reject())
    window = make_welcome(qtbot, services, qsettings, tasks, events)
    with qtbot.assertNotEmitted(window.office_ready):
        window.start_new_office()
        window.start_import()
    assert services.office.instansi() is None


def write_staff(path: Path) -> Path:
    base = {c: "" for c in COLUMNS}
    rows = [dict(base, nip=MY_NIP, nama="Siti Rahayu", jenis_asn="PNS", golongan="IV/a",
                 jabatan="Sekretaris", jenis_jabatan="administrator", unit="Sekretariat"),
            dict(base, nip="197001011995031001", nama="Budi Santoso", jenis_asn="PNS",
                 golongan="III/a", jabatan="Pengelola Data", jenis_jabatan="pelaksana",
                 unit="Sekretariat", nip_atasan=MY_NIP)]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("pick_me", [True, False])
def test_welcome_import_creates_the_office_imports_and_asks_who_i_am(
        qtbot, services, qsettings, tasks, events, monkeypatch, tmp_path, pick_me):
    staff_file = write_staff(tmp_path / "pegawai.csv")
    seen = {}

    def new_office(dialog):
        seen["skip"] = dialog.skip_identity_check.isChecked()
        assert not dialog.name_edit.isEnabled()  # my data comes from the file
        fill_office(qtbot, dialog)
        dialog.accept()
        return dialog.result()

    def import_file(dialog):
        dialog.path_edit.setText(str(staff_file))
        dialog.start_import()
        seen["report"] = dialog.report
        return QDialog.DialogCode.Accepted

    def identity(cls, staff, current_id=None, parent=None):
        seen["identity_asked"] = True
        return staff.by_nip(MY_NIP).id if pick_me else None

    monkeypatch.setattr(NewOfficeDialog, "exec", new_office)
    monkeypatch.setattr(ImportDialog, "exec", import_file)
    monkeypatch.setattr(IdentityDialog, "ask", classmethod(identity))
    window = make_welcome(qtbot, services, qsettings, tasks, events)
    with qtbot.waitSignal(window.office_ready):
        qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)

    assert seen["skip"] and seen["identity_asked"]
    assert seen["report"].created == 2
    assert services.office.instansi().name == "Dinas Pendidikan Kabupaten Contoh"
    assert services.staff.count() == 2
    me = services.staff.by_nip(MY_NIP)
    assert ui_settings.identity(qsettings) == (me.id if pick_me else None)


def test_welcome_import_with_my_own_data_does_not_ask_again(qtbot, services, qsettings, tasks,
                                                            events, monkeypatch, tmp_path):
    staff_file = write_staff(tmp_path / "pegawai.csv")

    def new_office(dialog):
        dialog.skip_identity_check.setChecked(False)
        fill_office(qtbot, dialog)
        fill_me(qtbot, dialog)
        dialog.accept()
        return dialog.result()

    def import_file(dialog):
        dialog.path_edit.setText(str(staff_file))
        dialog.start_import()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewOfficeDialog, "exec", new_office)
    monkeypatch.setattr(ImportDialog, "exec", import_file)
    monkeypatch.setattr(IdentityDialog, "ask", classmethod(lambda *a, **k: pytest.fail("asked")))
    window = make_welcome(qtbot, services, qsettings, tasks, events)
    with qtbot.waitSignal(window.office_ready):
        window.start_import()
    me = services.staff.by_nip(MY_NIP)  # in the form and in the file: one pegawai, updated
    assert services.staff.count() == 2 and me.position == "Sekretaris"
    assert ui_settings.identity(qsettings) == me.id


def test_tab_follows_the_form(qtbot, services, qsettings, tasks):
    dialog = make_dialog(qtbot, services, qsettings, tasks)
    choose(dialog.kind_combo, "fungsional")  # the level field takes part only then
    expected = [dialog.instansi_edit, dialog.city_edit, dialog.name_edit,
                dialog.front_title_edit, dialog.back_title_edit, dialog.asn_combo,
                dialog.nip_edit, dialog.rank_combo, dialog.position_edit, dialog.kind_combo,
                dialog.jenjang_combo, dialog.unit_edit, dialog.ok_button]
    dialog.instansi_edit.setFocus()
    visited = [dialog.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert visited == expected
