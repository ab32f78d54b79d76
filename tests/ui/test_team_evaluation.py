"""Penilaian › Penilaian tim: a pejabat penilai's team for a period with the distribution check
and chart (an unbalanced team warns with the rule's wording and counts, a balanced one does
not), the table model under QAbstractItemModelTester, double-click to the pegawai, the sheet
printed from the window, the organisation predikat dialog's permission, and the view on the
generated 2,000-pegawai office."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from pypdf import PdfReader

from skpdesk.domain.evaluation import OrgPredikat, Predikat as P
from skpdesk.ui.evaluation.distribution_chart import BAR_COLOUR, CURVE_COLOUR, \
    DistributionChartWidget
from skpdesk.ui.evaluation.org_predikat_dialog import OrgPredikatDialog
from skpdesk.ui.evaluation.team_eval_model import COL_PREDIKAT, COL_STATUS, TeamEvaluationModel
from skpdesk.ui.evaluation.team_view import TeamEvaluationWindow

from tests.ui.helpers import kepala_dinas, shown_main_window
from tests.unit.helpers_evaluation import act
from tests.unit.helpers_team_eval import MAY, TW1, rated_team


def open_view(qtbot, services, tasks, events, identity, **kwargs) -> TeamEvaluationWindow:
    view = TeamEvaluationWindow(services, tasks, events, identity=lambda: identity, today=MAY,
                                **kwargs)
    qtbot.addWidget(view)
    view.open()
    return view


def colour_pixels(image, colour: QColor, tolerance: int = 24) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + \
                    abs(c.blue() - colour.blue()) <= tolerance:
                found += 1
    return found


def test_an_unbalanced_team_shows_the_harus_ada_warning_with_counts(qtbot, services, tasks,
                                                                   events):
    """Org predikat Baik and all three pegawai Baik: "sebagian besar (maksimal 70%)" allows 2
    of 3, and "harus ada" Butuh Perbaikan/Kurang finds 0 of 3 — both shown, with the icon."""
    t = rated_team(services, [P.BAIK, P.BAIK, P.BAIK])
    view = open_view(qtbot, services, tasks, events, t["kabid"].id)
    assert view.period_name() == TW1  # the latest period that has ended on 2 May
    assert view.model.rowCount() == 3
    assert {view.model.index(r, COL_PREDIKAT).data() for r in range(3)} == {"Baik"}
    assert "Baik" in view.org_label.text()
    text = view.check_label.text()
    assert '"harus ada" pegawai Butuh Perbaikan dan/atau Kurang/Misconduct' in text
    assert "0 dari 3 pegawai" in text and "paling sedikit 1 orang" in text
    assert '"sebagian besar (maksimal 70%)" pegawai Baik' in text and "3 dari 3" in text
    assert view.check_icon.isVisibleTo(view)
    assert view.chart.chart().counts == (0, 0, 0, 3, 0)


def test_a_balanced_team_shows_no_warning(qtbot, services, tasks, events):
    t = rated_team(services, [P.BAIK, P.BAIK, P.BUTUH_PERBAIKAN])
    view = open_view(qtbot, services, tasks, events, t["kabid"].id)
    assert view.data.distribution.violations == ()
    assert not view.check_icon.isVisibleTo(view)
    assert "harus ada" not in view.check_label.text()
    assert "follow the pattern" in view.check_label.text() or \
        "mengikuti pola" in view.check_label.text()


def test_rating_in_another_window_refreshes_the_view(qtbot, services, tasks, events):
    """A write elsewhere (here: the service through the same task runner) reloads the view."""
    t = rated_team(services, [P.BAIK, P.BAIK, None])
    view = open_view(qtbot, services, tasks, events, t["kabid"].id)
    row = view.model.row_of(t["members"][2][0].id)
    assert view.model.index(row, COL_STATUS).data() in ("Not rated", "Belum dinilai")
    assert view.data.distribution.unrated == 1
    skp = t["members"][2][1]
    tasks.run(lambda: services.evaluations.rate(skp.id, TW1, hasil="dibawah", perilaku="sesuai",
                                                today=MAY))
    qtbot.waitUntil(lambda: view.data.distribution.unrated == 0, timeout=5000)
    assert view.model.index(row, COL_PREDIKAT).data() == "Butuh Perbaikan"
    assert view.check_label.text().count("•") == 0


def test_without_org_predikat_nothing_is_checked(qtbot, services, tasks, events):
    t = rated_team(services, [P.BAIK, P.BAIK, P.BAIK], org=None)
    view = open_view(qtbot, services, tasks, events, t["kabid"].id)
    assert view.data.distribution.org_predikat is None
    assert not view.check_icon.isVisibleTo(view)
    assert view.chart.scale().curve == ()  # no pattern, no curve


def test_the_chart_widget_paints_bars_and_the_curve(qtbot, services):
    from skpdesk.domain.distribution import distribution_chart

    widget = DistributionChartWidget()
    qtbot.addWidget(widget)
    widget.resize(520, 280)
    widget.set_chart(distribution_chart(OrgPredikat.BAIK, {P.BAIK: 5, P.SANGAT_BAIK: 2}))
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() >= 500
    assert colour_pixels(image, BAR_COLOUR) > 200  # two bars
    assert colour_pixels(image, CURVE_COLOUR) > 20  # the pattern's curve
    widget.set_chart(distribution_chart(None, {P.BAIK: 5}))
    assert colour_pixels(widget.grab().toImage(), CURVE_COLOUR) == 0


def test_the_model_passes_the_item_model_tester(qtbot, services):
    """QAbstractItemModelTester (fatal mode) through a reset with rows and one to empty."""
    t = rated_team(services, [P.BAIK, P.SANGAT_BAIK, None])
    rows = services.evaluations.for_period(TW1, penilai_id=t["kabid"].id, today=MAY)
    model = TeamEvaluationModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows)
    assert model.rowCount() == 3 and model.columnCount() == 7
    for r in range(3):
        for c in range(7):
            model.index(r, c).data()
            model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
    model.set_rows([])
    assert model.rowCount() == 0
    del tester


def test_double_click_opens_the_pegawai_in_the_main_window(qtbot, services, qsettings, tasks,
                                                         events):
    t = rated_team(services, [P.BAIK, P.BAIK, P.BUTUH_PERBAIKAN])
    services.acting.set_me_id(t["kabid"].id)
    window = shown_main_window(qtbot, services, qsettings, tasks, events)
    window.set_identity(t["kabid"].id)
    assert window.team_eval_action.isEnabled()
    assert window.team_eval_action.shortcut().toString() == "Ctrl+Shift+P"
    window.team_eval_action.trigger()
    view = window.findChild(TeamEvaluationWindow)
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    rina = t["rina"]
    index = view.model.index(view.model.row_of(rina.id), 0)
    rect = view.table.visualRect(index)
    # QTest's double-click needs the press before it, as a real one has (Qt 6)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.evaluation_activated, timeout=1000) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [rina.id, view.period_name()]
    assert window.current_pegawai_id() == rina.id
    window.team_eval_action.trigger()
    assert window.findChildren(TeamEvaluationWindow) == [view]  # one window, raised again


def test_the_window_prints_the_distribution_sheet(qtbot, services, tasks, events, tmp_path):
    t = rated_team(services, [P.BAIK, P.BAIK, P.BAIK])
    view = open_view(qtbot, services, tasks, events, t["kabid"].id)
    out = tmp_path / "distribusi.pdf"
    with qtbot.waitSignal(view.printed, timeout=10_000):
        view.print_sheet(str(out))
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "DISTRIBUSI PREDIKAT KINERJA PEGAWAI" in text and "harus ada" in text


def test_unit_scope(qtbot, services, tasks, events):
    t = rated_team(services, [P.BAIK, P.SANGAT_BAIK, P.BAIK])
    view = open_view(qtbot, services, tasks, events, None)
    assert view.model.rowCount() == 0 and "I am" in view.scope_label.text() or \
        "Saya adalah" in view.scope_label.text()
    view.show_unit(t["kabid"].unit_id)
    assert view.unit_combo.currentData() == t["kabid"].unit_id
    ids = {view.model.pegawai_id(r) for r in range(view.model.rowCount())}
    assert {m.id for m, _skp in t["members"]} <= ids


def test_org_predikat_dialog_only_for_leaders_above_and_pengelola(qtbot, services, tasks):
    """The Kepala Dinas (leader above the Bidang) sets Istimewa: saved with who and when; the
    Bidang's own head and a pegawai see the choices disabled and why; the pengelola may."""
    t = rated_team(services, [P.BAIK, P.BAIK], org=None)
    unit = t["kabid"].unit_id

    def dialog():
        d = OrgPredikatDialog(services, tasks, unit_id=unit, period=TW1, today=MAY)
        qtbot.addWidget(d)
        assert d.unit_id() == unit and d.period_name() == TW1
        return d

    act(services, t["kabid"])  # the unit's own head: not allowed
    d = dialog()
    assert not d.save_button.isEnabled()
    assert not d.choice_buttons[OrgPredikat.BAIK].isEnabled()
    assert "leader above" in d.message_label.text() or "pimpinan" in d.message_label.text()

    act(services, t["head"])
    d = dialog()
    assert d.save_button.isEnabled()
    d.choice_buttons[OrgPredikat.ISTIMEWA].setChecked(True)
    d.note_edit.setPlainText("Rencana aksi melampaui target")
    with qtbot.waitSignal(d.saved, timeout=5000):
        d.save_button.click()
    record = services.org_predikat.get(unit, TW1)
    assert record.predikat is OrgPredikat.ISTIMEWA and record.set_by_id == t["head"].id
    assert record.note == "Rencana aksi melampaui target"
    assert t["head"].name in d.current_label.text()

    act(services, t["admin"])  # pengelola kinerja
    d = dialog()
    assert d.choice_buttons[OrgPredikat.ISTIMEWA].isChecked() and d.clear_button.isEnabled()
    d.clear_button.click()
    assert services.org_predikat.get(unit, TW1) is None

    act(services, t["rina"])
    d = dialog()
    assert not d.save_button.isEnabled()


def test_the_view_on_the_generated_2000_office(qtbot, tmp_path, office2000_template, events,
                                               reporter):
    """The whole office as one unit scope, read on a real worker thread; the Kepala Dinas's own
    team as pejabat penilai."""
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui.tasks import TaskRunner

    path = tmp_path / "skpdesk.sqlite"
    shutil.copy(office2000_template, path)
    db = Database(path)
    services = Services.build(db, "test")
    tasks = TaskRunner(events=events, reporter=reporter)
    try:
        head = kepala_dinas(services)
        view = TeamEvaluationWindow(services, tasks, events, identity=lambda: head.id)
        qtbot.addWidget(view)
        view.open()
        qtbot.waitUntil(lambda: view.data is not None and not tasks.busy, timeout=120_000)
        assert view.data.error is None, view.data.error
        team = view.model.rowCount()
        assert team > 0 and view.data.distribution is not None
        bidang = next(p for p in services.staff.subordinates(head.id)
                      if p.unit_id != head.unit_id).unit_id  # a Sekretariat or Bidang
        with qtbot.waitSignal(view.loaded, timeout=120_000):
            view.show_unit(bidang)  # the unit and every unit below it
        qtbot.waitUntil(lambda: not tasks.busy, timeout=120_000)
        rows = view.model.rows()
        assert view.data.error is None and len(rows) > team
        assert {r.pegawai.unit_id for r in rows} > {bidang}  # the sub-units too
        result = view.data.distribution
        # the check counts the same people the table lists (those with an SKP of the period)
        assert set(result.pegawai_ids) <= {r.pegawai.id for r in rows}
        assert result.total + result.unrated == len(result.pegawai_ids) > 0
        assert not view.chart.grab().toImage().isNull()
    finally:
        tasks.shutdown()
        db.close()
