"""Who is acting, in the window: "Saya adalah" per database, the role rule on the workflow
buttons (refusal, atas nama with the reason journaled), confirmations and status-bar results."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from skpdesk.domain.skp import SkpStatus
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.ui import ui_settings
from skpdesk.ui.shell import gui_app
from skpdesk.ui.skp.skp_tab import SkpTabWidget
from skpdesk.ui.skp.workflow_dialog import WorkflowDialog

YEAR = dt.date.today().year


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def submitted_skp(services):
    """A submitted SKP of the demo whose pegawai has a penilai who has their own atasan."""
    for pegawai in services.staff.list():
        skp = services.skp.find(pegawai.id, YEAR)
        if skp is None or skp.status is not SkpStatus.DIAJUKAN or not pegawai.supervisor_id:
            continue
        penilai = services.staff.get(pegawai.supervisor_id)
        if penilai.supervisor_id and penilai.nip and services.staff.get(penilai.supervisor_id).nip:
            return pegawai, penilai, services.staff.get(penilai.supervisor_id), skp
    raise AssertionError("the demo has no submitted SKP")


@pytest.fixture
def case(qtbot, demo, tasks, events):
    pegawai, penilai, atasan, skp = submitted_skp(demo)
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=pegawai.id)
    qtbot.addWidget(tab)
    tab.show()
    shown: list[str] = []
    tab.status_message.connect(shown.append)
    return demo, tab, pegawai, penilai, atasan, skp, shown


def test_approval_is_refused_for_someone_who_is_not_the_penilai(case, language):
    language("id")
    demo, tab, pegawai, penilai, atasan, skp, shown = case
    demo.acting.act_as(atasan.nip)  # the penilai's own atasan: not this SKP's penilai
    tab.workflow.buttons["approve"].click()
    assert tab.dialog is None  # no confirmation to fill for a step the rule refuses
    assert f"hanya dapat disetujui oleh pejabat penilainya ({penilai.full_name}" in tab.message()
    assert shown == [tab.message()]
    assert demo.skp.get(skp.id).status is SkpStatus.DIAJUKAN


def test_the_penilai_confirms_and_the_status_bar_says_it(case, language):
    language("id")
    demo, tab, pegawai, penilai, atasan, skp, shown = case
    demo.acting.act_as(penilai.nip)
    tab.workflow.buttons["approve"].click()
    dialog = tab.dialog
    assert isinstance(dialog, WorkflowDialog) and dialog.reason_edit is None
    assert "hanya dapat dibaca" in dialog.context_label.text()
    assert demo.skp.get(skp.id).status is SkpStatus.DIAJUKAN  # nothing before OK
    press_ok(dialog)
    assert demo.skp.get(skp.id).status is SkpStatus.DISETUJUI
    assert shown == [f"SKP {YEAR} milik {pegawai.full_name} disetujui."]


def test_an_admin_approves_atas_nama_with_the_reason_in_the_journal(case, demo_db):
    demo, tab, pegawai, penilai, atasan, skp, shown = case
    demo.office.set_setting("roles.pengelola_kinerja", atasan.nip)
    demo.acting.act_as(atasan.nip)
    tab.workflow.buttons["approve"].click()
    dialog = tab.dialog
    assert dialog.reason_edit is not None
    assert penilai.full_name in dialog.findChild(type(dialog.context_label), "onBehalfNote").text()
    press_ok(dialog)  # no reason: refused in the dialog, which stays open
    assert "Reason for acting on behalf" in dialog.error_label.text()
    assert demo.skp.get(skp.id).status is SkpStatus.DIAJUKAN
    dialog.reason_edit.setPlainText("Pejabat penilai sedang dinas luar")
    press_ok(dialog)
    assert demo.skp.get(skp.id).status is SkpStatus.DISETUJUI
    with demo_db.reader() as r:
        entry = r.journal.for_entity(skp.id)[-1]
    assert entry.person["nip"] == atasan.nip
    assert entry.person["on_behalf_of"]["nip"] == penilai.nip
    assert entry.person["reason"] == "Pejabat penilai sedang dinas luar"
    assert shown and "approved" in shown[-1]


def _window(qtbot, services, qsettings, tasks, events):
    window = gui_app.make_main_window(services, qsettings, tasks=tasks, events=events,
                                      db_path=services.db.path)
    qtbot.addWidget(window)
    return window


def test_saya_adalah_is_kept_per_database(qtbot, demo, tmp_path, qsettings, tasks, events):
    other_db = Database(tmp_path / "lain.sqlite")
    try:
        other = Services.build(other_db, "test")
        other.demo.fill(employees=12, seed=5)
        first = demo.staff.list()[3]
        second = other.staff.list()[2]
        window = _window(qtbot, demo, qsettings, tasks, events)
        assert window.me_id() is None and window.me_label.text() == "I am: not chosen"
        window.set_identity(first.id)
        assert window.me_label.text() == f"I am: {first.full_name}"
        window.close()
        # the other database (File > Open database…): nobody yet, then its own choice
        window = _window(qtbot, other, qsettings, tasks, events)
        assert window.me_id() is None
        window.set_identity(second.id)
        window.close()
        # back to the first: still the first one's choice
        window = _window(qtbot, demo, qsettings, tasks, events)
        assert window.me_id() == first.id and demo.acting.me().id == first.id
        assert other.acting.me().id == second.id
        assert ui_settings.identity(qsettings) is None  # nothing per machine any more
    finally:
        other_db.close()


def test_the_old_per_machine_choice_is_taken_over_once(qtbot, demo, qsettings, tasks, events):
    old = demo.staff.list()[5]
    ui_settings.set_identity(qsettings, old.id)  # written by an SKP Desk before issue 9
    window = _window(qtbot, demo, qsettings, tasks, events)
    assert window.me_id() == old.id and demo.acting.stored_me().id == old.id
    assert ui_settings.identity(qsettings) is None
