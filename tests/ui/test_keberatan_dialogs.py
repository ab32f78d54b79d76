"""Keberatan forms (issue 12): the pegawai files one; the atasan pejabat penilai records the
explanations and decides "Ubah" through `decide_keberatan` (the database then holds the decided
keberatan and revision 2, final); refusals stay in the dialog; "Perlu tindakan" lists both new
sources and opens the right place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from skpdesk.domain.evaluation import (EvaluationStatus, KeberatanDecision, KeberatanStatus,
                                       Predikat, Rating)
from skpdesk.services.action_items import ActionTarget, register_source
from skpdesk.services.evaluation.eval_actions import EvaluationDueSource
from skpdesk.storage.tables import SkpRow
from skpdesk.ui.evaluation.keberatan_dialogs import (DecideKeberatanDialog, FileKeberatanDialog,
                                                     decide_keberatan)
from tests.ui.helpers import shown_main_window
from tests.unit.helpers_coaching import YEAR, act, team

PERIOD = f"{YEAR}-TW1"
SET_ON = dt.date(YEAR, 4, 5)


@pytest.fixture
def t(services):
    found = team(services)
    with services.db.unit_of_work("test") as uow:  # the SKP workflow is issue 4's
        uow.organisation._s.get(SkpRow, found["skp"].id).status = "disetujui"
    return found


def ditetapkan(services, t, set_on=SET_ON):
    act(services, t["kabid"])
    services.evaluations.rate(t["skp"].id, PERIOD, hasil="sesuai", perilaku="dibawah",
                              note="Perlu meningkatkan kedisiplinan", today=set_on)
    return services.evaluations.set(t["skp"].id, PERIOD, today=set_on).value


def filed(services, t):
    ditetapkan(services, t)
    act(services, t["staff"])
    return services.keberatan.file(t["skp"].id, PERIOD, "Bukti kehadiran saya lengkap",
                                   today=SET_ON + dt.timedelta(days=3)).value


def test_the_pegawai_files_a_keberatan_with_the_deadline_shown(qtbot, services, tasks, t):
    today = dt.date.today()  # the dialog files "today": ditetapkan today
    evaluation = ditetapkan(services, t, set_on=today)
    act(services, t["staff"])
    dialog = FileKeberatanDialog(services, tasks, evaluation)
    qtbot.addWidget(dialog)
    assert "Kurang/Misconduct" in dialog.findChild(type(dialog.deadline_label),
                                                   "objectedPredikat").text()
    deadline = evaluation.keberatan_deadline
    assert deadline == today + dt.timedelta(days=14)
    assert str(deadline.year) in dialog.deadline_label.text()
    # no reason: the service's sentence in the dialog, nothing written
    dialog.file_button.click()
    assert dialog.error.isVisibleTo(dialog) and "reason" in dialog.error.text().lower()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert services.keberatan.for_evaluation(t["skp"].id, PERIOD) is None
    dialog.reason_edit.setPlainText("Rating perilaku tidak sesuai dengan umpan balik")
    dialog.file_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = services.keberatan.for_evaluation(t["skp"].id, PERIOD)
    assert stored.status is KeberatanStatus.DIAJUKAN and stored.atasan_id == t["head"].id
    assert stored.reason == "Rating perilaku tidak sesuai dengan umpan balik"


def test_the_atasan_decides_ubah_through_decide_keberatan(qtbot, services, tasks, t):
    keberatan = filed(services, t)
    act(services, t["head"])
    seen = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecideKeberatanDialog)
        seen["reason"] = dialog.findChild(type(dialog.status_label), "keberatanReasonText").text()
        dialog.penilai_edit.setPlainText("Kehadiran dinilai dari rekap absensi elektronik")
        dialog.pegawai_edit.setPlainText("Dua hari dinas luar belum tercatat di rekap")
        dialog.save_explanations_button.click()
        seen["explained"] = dialog.explain_status.text()
        dialog.change_radio.setChecked(True)
        dialog.perilaku_combo.setCurrentIndex(dialog.perilaku_combo.findData(Rating.SESUAI))
        seen["live"] = dialog.predikat_label.text()  # before anything is saved
        dialog.note_edit.setPlainText("Dinas luar terbukti dengan surat tugas")
        dialog.decide_button.click()
        box = dialog.confirm_box
        seen["confirm"] = box.text()
        dialog.confirm_yes.click()

    QTimer.singleShot(0, drive)
    assert decide_keberatan(None, services, tasks, keberatan.id) is True
    assert seen["reason"] == "Bukti kehadiran saya lengkap"
    assert seen["explained"] and "Baik" in seen["live"] and "final" in seen["confirm"].lower()

    decided = services.keberatan.get(keberatan.id)
    assert decided.status is KeberatanStatus.DIPUTUSKAN
    assert decided.decision is KeberatanDecision.CHANGE
    assert (decided.new_hasil, decided.new_perilaku) == (Rating.SESUAI, Rating.SESUAI)
    assert decided.penilai_explanation.startswith("Kehadiran")
    assert decided.pegawai_explanation.startswith("Dua hari")
    first, second = services.evaluations.history(t["skp"].id, PERIOD)
    assert (first.revision, first.status) == (1, EvaluationStatus.DIGANTI)
    assert (second.revision, second.status) == (2, EvaluationStatus.FINAL)
    assert second.predikat is Predikat.BAIK
    assert decided.result_evaluation_id == second.id


def test_refusals_stay_in_the_dialog_and_a_decided_one_is_read_only(qtbot, services, tasks, t):
    keberatan = filed(services, t)
    view = services.keberatan.view(keberatan.id)
    act(services, t["kabid"])  # the pejabat penilai is not the one who decides
    dialog = DecideKeberatanDialog(services, tasks, view.keberatan, view.evaluation)
    qtbot.addWidget(dialog)
    dialog.note_edit.setPlainText("Tetap")
    dialog.decide_button.click()
    dialog.confirm_yes.click()
    assert dialog.error.isVisibleTo(dialog) and dialog.decided is None
    assert services.keberatan.get(keberatan.id).status is KeberatanStatus.DIAJUKAN
    act(services, t["head"])
    dialog.note_edit.clear()  # the note is required
    dialog.decide_button.click()
    dialog.confirm_yes.click()
    assert dialog.error.isVisibleTo(dialog) and "note" in dialog.error.text().lower()
    dialog.note_edit.setPlainText("Penilaian sudah sesuai bukti")
    dialog.decide_button.click()
    dialog.confirm_yes.click()
    assert dialog.decided is not None and dialog.decided.decision is KeberatanDecision.KEEP
    assert services.evaluations.get(t["skp"].id, PERIOD).status is EvaluationStatus.FINAL

    view = services.keberatan.view(keberatan.id)
    again = DecideKeberatanDialog(services, tasks, view.keberatan, view.evaluation)
    qtbot.addWidget(again)
    assert not again.decide_button.isEnabled() and again.note_edit.isReadOnly()
    assert "final" in again.status_label.text().lower()


@pytest.fixture
def due_on_april_5():
    """`evaluation_due` as of 5 April of the test year (the source reads the clock)."""
    register_source(EvaluationDueSource(today=lambda: SET_ON))
    yield
    register_source(EvaluationDueSource())


def test_perlu_tindakan_lists_both_sources_and_opens_the_right_place(
        qtbot, services, qsettings, tasks, events, t, due_on_april_5):
    keberatan = filed(services, t)
    # a second pegawai still to be rated for TW1
    with services.db.unit_of_work("test") as uow:
        uow.organisation._s.get(SkpRow, t["rina_skp"].id).status = "disetujui"
    window = shown_main_window(qtbot, services, qsettings, tasks, events)
    window.set_year(YEAR)
    panel = window.action_panel

    panel.set_me(t["kabid"].id)
    qtbot.waitUntil(lambda: ("evaluation_due", ActionTarget(
        "evaluation", t["rina"].id, skp_id=t["rina_skp"].id, period=PERIOD)) in panel.items())
    labels = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert any(label.startswith("Performance evaluations not yet set") or
               label.startswith("Evaluasi kinerja belum ditetapkan") for label in labels)
    # the item opens the pegawai's Penilaian tab
    window.open_target(ActionTarget("evaluation", t["rina"].id, skp_id=t["rina_skp"].id,
                                    period=PERIOD))
    assert window.current_pegawai_id() == t["rina"].id
    assert window.workspace_tabs.currentWidget().objectName() == "evalTab"

    panel.set_me(t["head"].id)
    target = ActionTarget("keberatan", t["staff"].id, skp_id=t["skp"].id, period=PERIOD,
                          keberatan_id=keberatan.id)
    qtbot.waitUntil(lambda: ("keberatan_decide", target) in panel.items())
    act(services, t["head"])
    opened = {}

    def close_it():
        dialog = QApplication.activeModalWidget()
        opened["name"] = dialog.objectName()
        opened["id"] = dialog.keberatan.id
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.open_target(target)
    assert opened == {"name": "decideKeberatanDialog", "id": keberatan.id}
    assert window.current_pegawai_id() == t["staff"].id  # the pegawai is selected too
    # decided: the item leaves the pane (the panel refreshes on keberatan/evaluasi writes)
    tasks.run(lambda: services.keberatan.decide(keberatan.id, keep=True, note="Sesuai bukti"))
    qtbot.waitUntil(lambda: all(key != "keberatan_decide" for key, _t in panel.items()))
    # the same for an evaluation set by the pejabat penilai
    panel.set_me(t["kabid"].id)
    qtbot.waitUntil(lambda: any(key == "evaluation_due" for key, _t in panel.items()))
    act(services, t["kabid"])
    tasks.run(lambda: services.evaluations.rate(t["rina_skp"].id, PERIOD, hasil="sesuai",
                                                perilaku="sesuai", today=SET_ON))
    tasks.run(lambda: services.evaluations.set(t["rina_skp"].id, PERIOD, today=SET_ON))
    qtbot.waitUntil(lambda: all(key != "evaluation_due" for key, _t in panel.items()))
    # the menu entry is there
    assert window.waiting_keberatan_action.isEnabled()


def test_the_demo_keberatan_on_a_generated_2000_office(qtbot, tmp_path, office2000_template,
                                                       qsettings, tasks, events):
    """On the large office the atasan finds the demo's waiting keberatan in "Perlu tindakan",
    opens it from there and decides "Tetap": the evaluation becomes final."""
    import shutil

    from skpdesk.services.dialog.demo_dialogs import demo_today
    from skpdesk.storage.database import Database
    from skpdesk.services.context import Services

    path = tmp_path / "data" / "skpdesk.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copy(office2000_template, path)
    db = Database(path)
    try:
        services = Services.build(db, "test")
        assert services.staff.count() == 2000
        waiting = services.keberatan.list(status=KeberatanStatus.DIAJUKAN)
        year = dt.date.today().year
        if demo_today(year) <= dt.date(year, 3, 31) + dt.timedelta(days=5):
            assert waiting == []  # no period has ended and been evaluated yet in the demo year
            return
        [keberatan] = waiting
        services.acting.set_me_id(keberatan.atasan_id)
        window = shown_main_window(qtbot, services, qsettings, tasks, events)
        panel = window.action_panel
        qtbot.waitUntil(lambda: any(key == "keberatan_decide" for key, _t in panel.items()))
        [target] = [t for key, t in panel.items() if key == "keberatan_decide"]
        assert target.keberatan_id == keberatan.id

        def keep():
            dialog = QApplication.activeModalWidget()
            dialog.keep_radio.setChecked(True)
            dialog.note_edit.setPlainText("Penilaian sesuai bukti dukung")
            dialog.decide_button.click()
            dialog.confirm_yes.click()

        QTimer.singleShot(0, keep)
        window.open_target(target)
        assert services.keberatan.get(keberatan.id).status is KeberatanStatus.DIPUTUSKAN
        evaluation = services.evaluations.get(keberatan.skp_id, keberatan.period)
        assert evaluation.status is EvaluationStatus.FINAL and evaluation.revision == 1
        qtbot.waitUntil(lambda: all(key != "keberatan_decide" for key, _t in panel.items()))
    finally:
        db.close()


def test_the_waiting_list_shows_mine_and_opens_the_decision(qtbot, services, tasks, t):
    from skpdesk.ui.evaluation.keberatan_actions import WaitingKeberatanDialog

    keberatan = filed(services, t)
    act(services, t["kabid"])
    nobody = WaitingKeberatanDialog(services, tasks)
    qtbot.addWidget(nobody)
    assert nobody.list.count() == 0 and not nobody.open_button.isEnabled()
    act(services, t["head"])
    dialog = WaitingKeberatanDialog(services, tasks)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    text = dialog.list.item(0).text()
    assert t["staff"].full_name in text and "Triwulan I 2026" in text

    def decide():
        opened = QApplication.activeModalWidget()
        assert opened.keberatan.id == keberatan.id
        opened.note_edit.setPlainText("Penilaian sesuai bukti")
        opened.decide_button.click()
        opened.confirm_yes.click()

    QTimer.singleShot(0, decide)
    dialog.open_button.click()
    assert dialog.list.count() == 0  # read again after the decision
