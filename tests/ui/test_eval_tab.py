"""The "Penilaian" tab (issue 12) driven like a user would, on real demo offices, with the
database file checked after each step: the pejabat penilai rates a pegawai (the predikat shows
before saving, the row lands after), every matrix cell through the widget, "Predikat lain…"
without a reason refused under its field, Tetapkan makes it read-only and Buka kembali starts
revision 2, the JPT rule locks the hasil of a JPT who leads the organisation, the pegawai sees
the ratings read-only and writes their self-assessment, a Perlu tindakan target opens the tab
on its period, and the tab on the generated 2,000-pegawai office."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from skpdesk.domain.evaluation import MATRIX, OrgPredikat, Predikat, Rating
from skpdesk.domain.skp import SkpStatus
from skpdesk.services.action_items import ActionTarget
from skpdesk.services.evaluation import roles
from skpdesk.ui.evaluation.eval_tab import EvaluationTabWidget, default_period

from .helpers import GuiThreadReads, kepala_dinas

YEAR = dt.date.today().year
TODAY = dt.date(YEAR, 5, 2)  # Triwulan I ended: the tab's default period
TW1, TW2 = f"{YEAR}-TW1", f"{YEAR}-TW2"


def rows(services, sql: str, *args):
    """Read the database file itself (what was really written), not the services' view."""
    conn = sqlite3.connect(services.db.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def penilai_of(services, skp) -> str | None:
    with services.db.reader() as uow:
        return roles.penilai_id(uow, skp)


def subject(services, *, exclude=()):
    """A non-JPT pegawai with an approved SKP of YEAR with RHK, not rated for TW1 yet; acting
    as their pejabat penilai. (pegawai, skp, penilai id)."""
    for pegawai in services.staff.list():
        skp = services.skp.find(pegawai.id, YEAR)
        if (pegawai.id in exclude or skp is None or skp.status is not SkpStatus.DISETUJUI
                or not skp.rhk or pegawai.position_kind.value == "jpt"):
            continue
        penilai = penilai_of(services, skp)
        if penilai is None or services.evaluations.get(skp.id, TW1, today=TODAY) is not None:
            continue
        services.acting.set_me_id(penilai)
        return pegawai, skp, penilai
    raise AssertionError("the demo office has no such pegawai")


def make_tab(qtbot, services, tasks, events, pegawai_id) -> EvaluationTabWidget:
    tab = EvaluationTabWidget(services, tasks, events, pegawai_id=pegawai_id, year=YEAR,
                              today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitUntil(lambda: not tasks.busy and tab.read is not None
                    and tab.read.workspace is not None)
    return tab


def evaluations(services, skp_id: str):
    return rows(services, "SELECT revision, status, rating_hasil, rating_perilaku, predikat, "
                "predikat_override, override_reason, hasil_from_org FROM evaluasi "
                "WHERE skp_id = ? AND period = ? ORDER BY revision", skp_id, TW1)


def test_the_penilai_rates_and_sees_the_predikat_before_saving(qtbot, demo, tasks, events):
    pegawai, skp, _penilai = subject(demo)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    assert tab.read.period == TW1 and tab.period_box.currentData() == TW1
    assert tab.overview.hasil_tree.topLevelItemCount() == len(tab.read.workspace.rows) > 0
    assert tab.overview.perilaku_tree.topLevelItemCount() == len(tab.read.workspace.behaviours)
    first = tab.read.workspace.rows[0]
    shown = tab.overview.texts(tab.overview.hasil_tree)
    assert f"{first.number}. {first.text}" in shown
    assert all(line.text in shown for line in first.indicators)
    panel = tab.panel
    assert not panel.read_only and panel.status_label.text() == "Not rated yet."
    panel.hasil.choose(Rating.DIATAS)
    panel.perilaku.choose(Rating.SESUAI)
    assert panel.predikat_label.text() == "Baik"
    assert evaluations(demo, skp.id) == []  # nothing is saved by choosing
    panel.note_edit.setPlainText("Pertahankan kinerja.")
    panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert panel.general_error.isHidden(), panel.general_error.text()
    assert evaluations(demo, skp.id) == [(1, "draft", "diatas", "sesuai", "baik", 0, "", 0)]
    assert rows(demo, "SELECT note FROM evaluasi WHERE skp_id = ?", skp.id) == [
        ("Pertahankan kinerja.",)]
    assert panel.status_label.text() == "Status: Draft"


@pytest.mark.parametrize(("hasil", "perilaku"), list(MATRIX))
def test_every_matrix_cell_through_the_tab(qtbot, demo, tasks, events, hasil, perilaku):
    pegawai, skp, _penilai = subject(demo)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    tab.panel.hasil.choose(hasil)
    tab.panel.perilaku.choose(perilaku)
    expected = MATRIX[(hasil, perilaku)]
    assert tab.panel.predikat_label.text() == expected.label
    tab.panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert rows(demo, "SELECT predikat FROM evaluasi WHERE skp_id = ?", skp.id) == [
        (expected.value,)]


def test_another_predikat_needs_a_reason(qtbot, demo, tasks, events):
    pegawai, skp, _penilai = subject(demo)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    panel = tab.panel
    panel.hasil.choose(Rating.SESUAI)
    panel.perilaku.choose(Rating.SESUAI)
    panel.override_check.click()
    panel.choose_predikat(Predikat.SANGAT_BAIK)
    panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    refusal = panel.error_text_of("alasan_predikat")
    assert "Sangat Baik" in refusal and "Baik" in refusal, refusal
    assert evaluations(demo, skp.id) == []  # nothing half-written
    panel.override_reason.setPlainText("Menyelesaikan proyek strategis di luar target.")
    panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert evaluations(demo, skp.id) == [
        (1, "draft", "sesuai", "sesuai", "sangat_baik", 1,
         "Menyelesaikan proyek strategis di luar target.", 0)]
    assert panel.predikat_label.text() == "Sangat Baik (the matrix gives Baik)"


def test_tetapkan_makes_it_read_only_and_reopen_starts_revision_2(qtbot, demo, tasks, events):
    pegawai, skp, _penilai = subject(demo)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    panel = tab.panel
    assert not panel.set_button.isEnabled()  # nothing to set before a draft exists
    panel.hasil.choose(Rating.SESUAI)
    panel.perilaku.choose(Rating.DIATAS)
    panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    panel.set_button.click()
    dialog = tab.dialog
    assert dialog is not None and "Baik" in dialog.findChild(object, "confirmSetText").text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert rows(demo, "SELECT status, set_on FROM evaluasi WHERE skp_id = ?", skp.id) == [
        ("ditetapkan", TODAY.isoformat())]
    assert panel.read_only and not panel.save_button.isEnabled()
    assert not any(b.isEnabled() for b in panel.hasil.buttons.values())
    assert "Ditetapkan" in panel.status_label.text()
    assert panel.reopen_button.isEnabled()

    panel.reopen_button.click()
    dialog = tab.dialog
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason
    qtbot.waitUntil(lambda: not tasks.busy)
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    assert len(evaluations(demo, skp.id)) == 1
    dialog.text_edit.setPlainText("Salah memilih rating perilaku.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert [r[:2] for r in evaluations(demo, skp.id)] == [(1, "diganti"), (2, "draft")]
    assert not panel.read_only and panel.perilaku.rating() is Rating.DIATAS
    panel.history_button.click()
    history = tab.dialog
    assert history.table.rowCount() == 2
    assert history.row_texts(1)[0] == "2"
    assert history.row_texts(1)[7] == "Salah memilih rating perilaku."


def set_org_predikat(services, unit_id: str, period: str, org: OrgPredikat) -> None:
    """Test setup: the capaian kinerja organisasi through the unit of work (journaled)."""
    with services.db.unit_of_work("test") as uow:
        uow.organisation.set_org_predikat(unit_id, period, {
            "predikat": org.value, "set_on": TODAY, "set_by_name": "Pengelola"})


def test_a_jpt_leaders_hasil_is_locked_to_the_organisation(qtbot, demo, tasks, events):
    head = kepala_dinas(demo)
    skp = demo.skp.find(head.id, YEAR)
    penilai = penilai_of(demo, skp)
    demo.acting.set_me_id(penilai)
    set_org_predikat(demo, head.unit_id, TW1, OrgPredikat.BAIK)
    tab = make_tab(qtbot, demo, tasks, events, head.id)
    panel = tab.panel
    assert tab.read.workspace.jpt_rule
    assert not any(b.isEnabled() for b in panel.hasil.buttons.values())
    assert panel.hasil.rating() is Rating.SESUAI
    assert panel.jpt_label.text() == "From the capaian kinerja organisasi: Baik"
    panel.perilaku.choose(Rating.DIATAS)
    assert panel.predikat_label.text() == "Baik"
    panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert panel.general_error.isHidden(), panel.general_error.text()
    assert evaluations(demo, skp.id) == [(1, "draft", "sesuai", "diatas", "baik", 0, "", 1)]


def test_the_pegawai_sees_the_rating_read_only_and_writes_a_self_assessment(
        qtbot, demo, tasks, events):
    pegawai, skp, _penilai = subject(demo)
    demo.evaluations.rate(skp.id, TW1, hasil="sesuai", perilaku="sesuai", today=TODAY)
    demo.acting.set_me_id(pegawai.id)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    assert tab.panel.read_only and not tab.panel.save_button.isEnabled()
    assert tab.panel.predikat_label.text() == "Baik"
    box = tab.self_box
    assert box.isVisible() and box.editable
    box.perilaku.setCurrentIndex(box.perilaku.findData("diatas"))
    box.reflection.setPlainText("Saya menyelesaikan semua target triwulan ini.")
    box.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert box.error.isHidden(), box.error.text()
    assert rows(demo, "SELECT self_hasil, self_perilaku, self_reflection, self_on FROM evaluasi "
                "WHERE skp_id = ?", skp.id) == [
        ("", "diatas", "Saya menyelesaikan semua target triwulan ini.", TODAY.isoformat())]
    # the pejabat penilai sees it, read-only
    demo.acting.set_me_id(_penilai)
    tab.set_me(_penilai)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert box.isVisible() and not box.editable and box.reflection.isReadOnly()
    assert not tab.panel.read_only


def test_the_period_selector_and_show_period(qtbot, demo, tasks, events):
    pegawai, skp, _penilai = subject(demo)
    demo.evaluations.rate(skp.id, TW1, hasil="diatas", perilaku="diatas", today=TODAY)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    names = [tab.period_box.itemData(i) for i in range(tab.period_box.count())]
    assert names[0] == TW1 and names[-1] == f"{YEAR}-AKHIR"
    assert tab.panel.predikat_label.text() == "Sangat Baik"
    tab.show_period(TW2)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert tab.read.period == TW2 and tab.period_box.currentData() == TW2
    assert tab.panel.status_label.text() == "Not rated yet."


def test_default_period_is_the_latest_ended(demo):
    periods = demo.periods.list(YEAR)
    assert default_period(periods, TODAY).name == TW1
    assert default_period(periods, dt.date(YEAR, 2, 1)).name == TW1  # running, none ended
    assert default_period(periods, dt.date(YEAR + 1, 1, 5)).name == f"{YEAR}-AKHIR"


def test_a_perlu_tindakan_target_opens_the_tab_on_its_period(qtbot, demo, tasks, events,
                                                             qsettings):
    from .helpers import shown_main_window

    pegawai, skp, _penilai = subject(demo)
    window = shown_main_window(qtbot, demo, qsettings, tasks, events)
    window.open_target(ActionTarget("evaluation", pegawai.id, period=TW1))
    tab = window.workspace_tabs.currentWidget()
    assert tab.objectName() == "evalTab"
    qtbot.waitUntil(lambda: not tasks.busy and tab.read is not None
                    and tab.read.workspace is not None)
    assert tab.read.period == TW1 and tab.read.workspace.pegawai.id == pegawai.id


def test_the_tab_on_a_generated_2000_office(qtbot, tmp_path, office2000_template, qsettings,
                                            events, reporter):
    """The window opens without building the tab; shown, it reads on the worker (never on the
    GUI thread), and a rating saved there lands in the database."""
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui.shell.gui_app import make_main_window
    from skpdesk.ui.tasks import TaskRunner

    path = tmp_path / "data" / "skpdesk.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copy(office2000_template, path)
    db = Database(path)
    services = Services.build(db, "test")
    tasks = TaskRunner(events=events, reporter=reporter)  # a real worker thread
    reads = GuiThreadReads(db, "skpdesk/ui/evaluation/")
    try:
        assert services.staff.count() == 2000
        head = kepala_dinas(services)
        sub = next(p for p in services.staff.subordinates(head.id)
                   if (s := services.skp.find(p.id, YEAR)) is not None
                   and s.status is SkpStatus.DISETUJUI and penilai_of(services, s) == head.id
                   and services.evaluations.get(s.id, TW1, today=TODAY) is None)
        skp = services.skp.find(sub.id, YEAR)
        services.acting.set_me_id(head.id)
        reads.start()
        window = make_main_window(services, qsettings, tasks=tasks, events=events,
                                  db_path=str(path))
        qtbot.addWidget(window)
        window.show()
        tabs = window.workspace_tabs
        tab = next(tabs.widget(i) for i in range(tabs.count())
                   if tabs.widget(i).objectName() == "evalTab")
        qtbot.waitUntil(lambda: not tasks.busy, timeout=60_000)
        assert not tab.built  # the window's open did not build or read the tab
        tab.today = TODAY
        window.show_pegawai(sub.id)
        tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.built and tab.read is not None
                        and tab.read.workspace is not None and not tasks.busy,
                        timeout=60_000)
        assert reads.found == []  # read on the worker
        reads.stop()
        assert tab.read.workspace.skp.id == skp.id and tab.read.period == TW1
        tab.panel.hasil.choose(Rating.SESUAI)
        tab.panel.perilaku.choose(Rating.DIBAWAH)
        assert tab.panel.predikat_label.text() == "Kurang/Misconduct"
        tab.panel.save_button.click()
        qtbot.waitUntil(lambda: not tasks.busy, timeout=60_000)
        assert tab.panel.general_error.isHidden(), tab.panel.general_error.text()
        assert rows(services, "SELECT predikat, penilai_id FROM evaluasi WHERE skp_id = ? "
                    "AND period = ?", skp.id, TW1) == [("kurang", head.id)]
        assert reporter.unexpected_errors == []
    finally:
        reads.stop()
        tasks.shutdown(wait=True)
        db.close()


def test_simpan_with_no_rating_keeps_the_notes_alone(qtbot, demo, tasks, events):
    """Before the ratings are chosen the catatan can be kept (the draft is created); a single
    rating is refused under the missing one and writes nothing."""
    pegawai, skp, _penilai = subject(demo)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    tab.panel.perilaku.choose(Rating.SESUAI)
    tab.panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert tab.panel.error_text_of("rating_hasil_kerja") != ""
    assert evaluations(demo, skp.id) == []
    tab.panel.perilaku.set_rating(None)
    tab.panel.note_edit.setPlainText("Perlu pendampingan teknis.")
    tab.panel.save_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert rows(demo, "SELECT status, rating_hasil, predikat, note FROM evaluasi "
                "WHERE skp_id = ?", skp.id) == [("draft", "", "", "Perlu pendampingan teknis.")]
    assert tab.panel.note_edit.toPlainText() == "Perlu pendampingan teknis."


def test_the_keberatan_buttons_follow_the_window_and_the_roles(qtbot, demo, tasks, events):
    """The pegawai gets "Ajukan keberatan…" on a ditetapkan evaluation within its 14 days (and
    files through helper F's dialog); then the atasan pejabat penilai gets "Putuskan
    keberatan…", the pejabat penilai no Buka kembali meanwhile."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    pegawai, skp, penilai = subject(demo)
    today = dt.date.today()  # helper F's dialog files "today": ditetapkan today
    demo.evaluations.rate(skp.id, TW1, hasil="sesuai", perilaku="dibawah", today=today)
    set_on = demo.evaluations.set(skp.id, TW1, today=today).value.set_on
    evaluation = demo.evaluations.get(skp.id, TW1, today=today)
    assert evaluation.atasan is not None and evaluation.atasan.id is not None  # the keberatan goes there
    demo.acting.set_me_id(pegawai.id)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    tab.today = today
    tab.show_period(TW1)
    qtbot.waitUntil(lambda: not tasks.busy and tab.read.period == TW1)
    panel = tab.panel
    assert not panel.file_keberatan_button.isHidden()
    assert panel.decide_keberatan_button.isHidden()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.reason_edit.setPlainText("Rating perilaku tidak sesuai dengan umpan balik.")
            dialog.file_button.click()
        finally:
            if dialog is not None and dialog.isVisible():  # refused: never leave it hanging
                dialog.reject()

    QTimer.singleShot(0, fill)
    panel.file_keberatan_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert rows(demo, "SELECT k.status FROM keberatan k JOIN evaluasi e ON k.evaluasi_id = e.id "
                "WHERE e.skp_id = ?", skp.id) == [("diajukan",)]
    assert panel.file_keberatan_button.isHidden()  # one per revision

    demo.acting.set_me_id(evaluation.atasan.id)
    tab.set_me(evaluation.atasan.id)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert not panel.decide_keberatan_button.isHidden()
    assert "waiting for the decision" in tab.summary.text()
    demo.acting.set_me_id(penilai)
    tab.set_me(penilai)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert panel.decide_keberatan_button.isHidden() and not panel.reopen_button.isEnabled()
    assert set_on == today
