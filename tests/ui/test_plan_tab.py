"""The "Rencana aksi & bukti" tab (issue 11) driven like a user would, on real demo offices, with
the database file checked after each step: the grid of an SKP (RHK with their indicators against
the periods of the year) under Qt's model tester, a closed period greyed, a realisasi and a
rencana aksi written from the detail pane, a write in a closed period refused with the
catalogue's sentence, two files dropped on a cell stored as bukti dukung (and a drop with one
unacceptable file storing none), the tab opened from a Perlu tindakan target, and the tab on a
generated 2,000-pegawai office (built only when shown, the grid read on the worker)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from skpdesk.domain.errors import ErrorCode
from skpdesk.domain.skp import Approach, RhkKind
from skpdesk.services.action_items import ActionTarget
from skpdesk.ui.evidence.plan_grid_model import (CLOSED_BACKGROUND, COL_LABEL, PlanGridModel,
                                                 grid_rows)
from skpdesk.ui.evidence.plan_tab import PlanTabWidget
from skpdesk.ui.evidence.state_icons import CellState
from skpdesk.ui.message_boxes import message_boxes
from skpdesk.ui.messages import error_text

from .helpers import GuiThreadReads, kepala_dinas
from .test_item_models import model_checker, walk  # noqa: F401 - the fixture

YEAR = dt.date.today().year
TODAY = dt.date(YEAR, 5, 2)  # Triwulan I closed (batas 10 April), Triwulan II open
TW1, TW2, AKHIR = f"{YEAR}-TW1", f"{YEAR}-TW2", f"{YEAR}-AKHIR"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
       b"\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


def rows(services, sql: str, *args):
    """Read the database file itself (what was really written), not the services' view."""
    conn = sqlite3.connect(services.db.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def subject(services, approach: Approach | None = Approach.KUANTITATIF):
    """A pegawai whose SKP of YEAR has RHK with indicators (of `approach` when given); acting
    as that pegawai (a writer of their own rencana aksi, realisasi and bukti)."""
    for pegawai in services.staff.list():
        skp = services.skp.find(pegawai.id, YEAR)
        if skp is None or not any(r.indicators for r in skp.rhk):
            continue
        if approach is not None and skp.approach is not approach:
            continue
        services.acting.set_me_id(pegawai.id)
        return pegawai, skp
    raise AssertionError("the demo office has no such SKP")


def first_indicator(skp):
    rhk = next(r for r in skp.rhk_of(RhkKind.UTAMA) if r.indicators)
    return rhk, rhk.indicators[0]


def make_tab(qtbot, services, tasks, events, pegawai_id) -> PlanTabWidget:
    tab = PlanTabWidget(services, tasks, events, pegawai_id=pegawai_id, year=YEAR, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitUntil(lambda: not tasks.busy and tab.model.grid is not None)
    return tab


def select(tab, key: str, period: str):
    index = tab.model.index_of(key, period)
    assert index.isValid() and index.column() != COL_LABEL
    tab.view.setCurrentIndex(index)
    return index


def test_the_grid_of_an_skp_on_the_demo_office(qtbot, demo, tasks, events, reporter,
                                               model_checker):  # noqa: F811
    pegawai, skp = subject(demo)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    model = tab.model
    model_checker.attach(model)
    grid = model.grid
    assert grid.skp.id == skp.id
    # rows: every RHK (kinerja utama first) followed by its indicators; columns: the label,
    # then the periods of the year in the default rhythm (triwulanan) and Akhir
    expected_rows = sum(1 + len(r.indicators) for r in skp.rhk)
    assert model.rowCount() == expected_rows
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 6)] == [
        "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Akhir"]
    first = model.row(0)
    assert first.is_rhk and first.rhk.kind is RhkKind.UTAMA and first.rhk.position == 1
    label = model.data(model.index(0, COL_LABEL))
    assert label.startswith("A.1 ")
    assert model.data(model.index(0, COL_LABEL), Qt.ItemDataRole.FontRole).bold()
    assert model.row(1).indicator is not None and model.row(1).rhk.id == first.rhk.id
    assert walk(model) == expected_rows * 6

    # Triwulan I is closed on TODAY: greyed, its tooltip names the batas pengisian
    tw1 = model.column_of(TW1)
    closed = model.index(1, tw1)
    assert model.data(closed, Qt.ItemDataRole.BackgroundRole).color() == CLOSED_BACKGROUND
    assert "10" in model.data(closed, Qt.ItemDataRole.ToolTipRole)
    assert "April" in model.data(closed, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, model.column_of(TW2)),
                      Qt.ItemDataRole.BackgroundRole) is None

    # the grid follows a write made elsewhere (the CLI, another window): the rencana aksi
    # appears in the RHK row with its target, the realisasi in the indicator row
    rhk, indicator = first_indicator(skp)
    demo.plans.set_action_plan(skp.id, rhk.id, TW2, "Menyusun laporan triwulan", "3 laporan",
                               today=TODAY)
    demo.plans.set_realisasi(indicator.id, TW2, "2 laporan", today=TODAY)
    tab.reload()
    qtbot.waitUntil(lambda: not tasks.busy)
    column = model.column_of(TW2)
    rhk_text = model.data(model.index_of(rhk.id, TW2))
    assert "Menyusun laporan triwulan" in rhk_text and "3 laporan" in rhk_text
    assert model.data(model.index_of(indicator.id, TW2)) == "2 laporan"
    assert model.index_of(indicator.id, TW2).column() == column
    assert reporter.unexpected_errors == [] and reporter.domain_errors == []


def test_the_model_under_the_tester_through_resets(qtbot, demo, model_checker):  # noqa: F811
    _pegawai, skp = subject(demo, approach=None)
    model = PlanGridModel(today=TODAY)
    model_checker.attach(model)
    model.set_grid(demo.plans.grid(skp.id))
    assert model.rowCount() == len(grid_rows(skp)) > 0
    model.set_grid(None)
    assert model.rowCount() == 0 and model.columnCount() == 0
    model.set_grid(demo.plans.grid(skp.id))
    walk(model)


def test_editing_a_realisasi_and_a_rencana_aksi(qtbot, demo, tasks, events, reporter):
    pegawai, skp = subject(demo)
    rhk, indicator = first_indicator(skp)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    detail = tab.detail

    select(tab, indicator.id, TW2)
    assert detail.realisasi_box.isVisible() and detail.plan_box.isVisible()
    detail.realisasi_value.setText("45 dokumen")
    detail.save_realisasi_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert detail.general_error.isHidden(), detail.general_error.text()
    [(value, entered_on, entered_by)] = rows(
        demo, "SELECT value, entered_on, entered_by_id FROM realisasi WHERE indikator_id = ? "
              "AND period = ?", indicator.id, TW2)
    assert (value, entered_on, entered_by) == ("45 dokumen", TODAY.isoformat(), pegawai.id)
    # the grid was read again and still shows the cell
    assert tab.model.data(tab.model.index_of(indicator.id, TW2)) == "45 dokumen"
    assert tab.current_cell() == (indicator.id, TW2)
    assert detail.realisasi_value.text() == "45 dokumen"

    detail.plan_text.setPlainText("Mengumpulkan dan memverifikasi dokumen")
    detail.plan_target.setText("50 dokumen")
    detail.save_plan_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert rows(demo, "SELECT text, target FROM rencana_aksi WHERE rhk_id = ? AND period = ?",
                rhk.id, TW2) == [("Mengumpulkan dan memverifikasi dokumen", "50 dokumen")]

    # saved empty: the realisasi is cleared
    detail.realisasi_value.clear()
    detail.save_realisasi_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert rows(demo, "SELECT count(*) FROM realisasi WHERE indikator_id = ? AND period = ?",
                indicator.id, TW2) == [(0,)]
    assert reporter.unexpected_errors == [] and reporter.domain_errors == []


def test_a_closed_period_is_refused_with_the_message(qtbot, demo, tasks, events, reporter):
    pegawai, skp = subject(demo)
    rhk, indicator = first_indicator(skp)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    detail = tab.detail
    before = rows(demo, "SELECT count(*) FROM journal")
    select(tab, indicator.id, TW1)
    assert "closed" in detail.heading.text() or "ditutup" in detail.heading.text()
    detail.realisasi_value.setText("10 dokumen")
    detail.save_realisasi_button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    shown = detail.general_error.text()
    assert not detail.general_error.isHidden()
    assert "10 April" in shown and "set-deadline" in shown, shown
    assert rows(demo, "SELECT count(*) FROM realisasi WHERE indikator_id = ?",
                indicator.id) == [(0,)]
    assert rows(demo, "SELECT count(*) FROM journal") == before  # nothing written
    assert reporter.unexpected_errors == []


def drop_files(tab, index, paths: list[Path]) -> bool:
    """Drag `paths` from a file manager over the grid and drop them on the cell at `index`
    (the events Qt delivers to the view's viewport); True when the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(tab.view.visualRect(index).center())
    viewport = tab.view.viewport()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point.toPoint(), *args)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point.toPoint(), *args)
    QApplication.sendEvent(viewport, move)
    if not (enter.isAccepted() and move.isAccepted()):
        return False
    drop = QDropEvent(point, *args)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def pdf_bytes(text: str) -> bytes:
    from PIL import Image
    import io
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(buffer, "PDF", title=text)
    return buffer.getvalue()


def test_dropping_two_files_on_a_cell_stores_them(qtbot, demo, tasks, events, reporter,
                                                  tmp_path):
    pegawai, skp = subject(demo)
    rhk, indicator = first_indicator(skp)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    scan = tmp_path / "scan laporan.pdf"
    scan.write_bytes(pdf_bytes("laporan"))
    photo = tmp_path / "foto kegiatan.png"
    photo.write_bytes(PNG)
    index = tab.model.index_of(indicator.id, TW2)
    tab.view.scrollTo(index)
    assert drop_files(tab, index, [scan, photo])
    qtbot.waitUntil(lambda: not tasks.busy)
    assert reporter.unexpected_errors == [] and reporter.domain_errors == []
    stored = rows(demo, "SELECT original_name, rhk_id, indikator_id, period, file_ref, status "
                        "FROM bukti_dukung WHERE skp_id = ? ORDER BY original_name", skp.id)
    assert [(s[0], s[1], s[2], s[3], s[5]) for s in stored] == [
        ("foto kegiatan.png", rhk.id, indicator.id, TW2, "menunggu"),
        ("scan laporan.pdf", rhk.id, indicator.id, TW2, "menunggu")]
    store = Path(demo.db.path).parent / "attachments"
    for row in stored:
        assert (store / row[4]).is_file()
    # the cell counts them, waiting for verification, and is the current cell
    cell_index = tab.model.index_of(indicator.id, TW2)
    assert "2 bukti" in tab.model.data(cell_index)
    assert tab.model.data(cell_index, Qt.UserRole + 3) is CellState.MENUNGGU
    assert tab.current_cell() == (indicator.id, TW2)


def test_a_drop_with_one_unacceptable_file_adds_none(qtbot, demo, tasks, events, reporter,
                                                     tmp_path):
    pegawai, skp = subject(demo)
    _rhk, indicator = first_indicator(skp)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    good = tmp_path / "foto.png"
    good.write_bytes(PNG)
    bad = tmp_path / "program.pdf"  # a program renamed .pdf
    bad.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    assert drop_files(tab, tab.model.index_of(indicator.id, TW2), [good, bad])
    qtbot.waitUntil(lambda: not tasks.busy)
    assert rows(demo, "SELECT count(*) FROM bukti_dukung WHERE skp_id = ?", skp.id) == [(0,)]
    error = tab.last_drop_error
    assert error is not None and error.code is ErrorCode.EVIDENCE_TYPE_UNSUPPORTED
    qtbot.waitUntil(lambda: message_boxes().current is not None)
    box = message_boxes().current
    assert box.text() == error_text(error)
    assert "program.pdf" in box.informativeText() and "foto.png" in box.informativeText()
    box.accept()
    assert reporter.unexpected_errors == []


def test_perlu_tindakan_opens_the_tab_on_the_cell(qtbot, demo, qsettings, tasks, events):
    from skpdesk.ui.shell import gui_app

    pegawai, skp = subject(demo)
    rhk, _indicator = first_indicator(skp)
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events, db_path="x")
    qtbot.addWidget(window)
    window.show()
    tabs = window.workspace_tabs
    tab = next(tabs.widget(i) for i in range(tabs.count())
               if tabs.widget(i).objectName() == "planTab")
    assert not tab.built  # made with the window, built only when shown
    window.open_target(ActionTarget("evidence", pegawai.id, skp_id=skp.id, rhk_id=rhk.id,
                                    period=TW2))
    qtbot.waitUntil(lambda: not tasks.busy and tab.current_cell() is not None)
    assert tabs.currentWidget() is tab and tab.pegawai_id() == pegawai.id
    assert tab.current_cell() == (rhk.id, TW2)
    # widgets built into a shown tab appear on the next turn of the event loop
    qtbot.waitUntil(tab.detail.plan_box.isVisible)
    assert tab.detail.row.rhk.id == rhk.id and tab.detail.period.name == TW2


def test_a_hidden_tab_reads_when_shown(qtbot, demo, tasks, events):
    """Choosing another pegawai or year while the tab is hidden reads nothing; showing it reads
    the grid of the pegawai and year chosen last."""
    pegawai, skp = subject(demo)
    tab = PlanTabWidget(demo, tasks, events, pegawai_id=None, year=YEAR - 1, today=TODAY)
    qtbot.addWidget(tab)
    tab.set_pegawai(pegawai.id)
    tab.set_year(YEAR)
    assert not tab.built and tab.model is None
    tab.show()
    qtbot.waitUntil(lambda: not tasks.busy and tab.model.grid is not None)
    assert tab.model.grid.skp.id == skp.id
    tab.set_year(YEAR + 3)  # no SKP that year
    qtbot.waitUntil(lambda: not tasks.busy)
    assert tab.model.grid is None and tab.model.rowCount() == 0
    assert not tab.empty_label.isHidden() and str(YEAR + 3) in tab.empty_label.text()


def test_the_tab_on_a_generated_2000_office(qtbot, tmp_path, office2000_template, qsettings,
                                            events, reporter):
    """On the large office the window opens without building the tab; shown, the tab reads the
    grid on the database worker (never on the GUI thread), and a realisasi written there lands
    in the database."""
    import shutil

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
    reads = GuiThreadReads(db, "skpdesk/ui/evidence/")
    try:
        assert services.staff.count() == 2000
        head = kepala_dinas(services)
        sub = next(p for p in services.staff.subordinates(head.id)
                   if (s := services.skp.find(p.id, YEAR)) is not None
                   and any(r.indicators for r in s.rhk))
        skp = services.skp.find(sub.id, YEAR)
        services.acting.set_me_id(head.id)  # the pejabat penilai writes for the pegawai
        reads.start()
        window = make_main_window(services, qsettings, tasks=tasks, events=events,
                                  db_path=str(path))
        qtbot.addWidget(window)
        window.show()
        tabs = window.workspace_tabs
        tab = next(tabs.widget(i) for i in range(tabs.count())
                   if tabs.widget(i).objectName() == "planTab")
        qtbot.waitUntil(lambda: not tasks.busy, timeout=60_000)
        assert not tab.built  # the window's open did not build or read the tab
        window.show_pegawai(sub.id)
        tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.built and tab.model.grid is not None and not tasks.busy,
                        timeout=60_000)
        assert reads.found == []  # the grid was read on the worker
        reads.stop()
        assert tab.model.grid.skp.id == skp.id

        rhk, indicator = first_indicator(skp)
        tab.today = tab.detail.today = TODAY
        select(tab, indicator.id, TW2)
        tab.detail.realisasi_value.setText("7 kegiatan")
        tab.detail.save_realisasi_button.click()
        qtbot.waitUntil(lambda: not tasks.busy, timeout=60_000)
        assert tab.detail.general_error.isHidden(), tab.detail.general_error.text()
        assert rows(services, "SELECT value, entered_by_id FROM realisasi WHERE indikator_id = ?",
                    indicator.id) == [("7 kegiatan", head.id)]
        assert reporter.unexpected_errors == []
    finally:
        reads.stop()
        tasks.shutdown(wait=True)
        db.close()


def test_another_reader_sees_the_verify_buttons_of_the_same_cell(qtbot, demo, tasks, events,
                                                                 tmp_path):
    """"Saya adalah" changes from the pegawai to their pejabat penilai while a cell is shown:
    the grid is read again and the bukti list too (it keeps its cell, but who may verify
    changed)."""
    pegawai, skp = subject(demo)
    _rhk, indicator = first_indicator(skp)
    photo = tmp_path / "foto.png"
    photo.write_bytes(PNG)
    demo.evidence.add_files(skp.id, indicator.rhk_id, TW2, [photo], indicator_id=indicator.id,
                            today=TODAY)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    select(tab, indicator.id, TW2)
    listing = tab.detail.evidence_list
    qtbot.waitUntil(lambda: len(listing.entries) == 1)
    assert not listing.entries[0].can_verify  # the pegawai does not verify their own bukti
    demo.acting.set_me_id(skp.appraiser_id)
    tab.set_me(skp.appraiser_id)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert tab.current_cell() == (indicator.id, TW2)
    assert listing.entries[0].can_verify
