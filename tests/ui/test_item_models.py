"""Every Qt item model of skpdesk.ui under Qt's `QAbstractItemModelTester`, on real offices and
through the model's changes (reset, lazy `fetchMore`, inserted rows).

The tester checks the model's answers against the model/view contract (parent/index round
trips, row counts, signals bracketing changes) on attach and after every change signal. It runs
in Warning mode; its warnings (category "qt.modeltest") are collected by a message handler and
fail the test (Fatal mode would abort the whole pytest process instead of failing one test).

Lazy models (`TeamModel`) are reset with no tester attached and get a fresh tester afterwards
(`ModelChecker.reset`): Qt's tester walks the model from its own `modelReset` slot *before* it
marks the reset finished, so the page a lazy model inserts during that walk (through the
tester's own `fetchMore`) is reported as a change nested in the reset: a false alarm of the
tester, not of the model (views fetch after the reset has finished). The fresh tester walks the
whole model again, fetching every page under its checks of inserted rows.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import (QAbstractListModel, QModelIndex, Qt, QtMsgType,
                            qInstallMessageHandler)
from PySide6.QtTest import QAbstractItemModelTester

from skpdesk.domain.errors import ImportRejected
from skpdesk.domain.skp import Approach, RhkKind, SkpForm
from skpdesk.services.staff_files import COLUMNS
from skpdesk.ui.cascade.cascade_tree_model import CascadeTreeModel
from skpdesk.ui.cascade.matrix_model import PeranHasilModel
from skpdesk.ui.skp.rhk_table_model import RhkTreeModel
from skpdesk.ui.staff_import.import_report_model import ImportReportModel
from skpdesk.domain.team import SkpState
from skpdesk.ui.team.team_model import MINE, TeamModel

from .helpers import kepala_dinas

YEAR = 2026


class ModelChecker:
    """Attaches testers and collects what they complain about."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.testers: list[QAbstractItemModelTester] = []

    def handler(self, mode: QtMsgType, context, message: str) -> None:
        if mode != QtMsgType.QtDebugMsg and (
                (context is not None and context.category == "qt.modeltest")
                or "FAIL!" in message or "QAbstractItemModelTester" in message):
            self.failures.append(message)

    def attach(self, model) -> QAbstractItemModelTester:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning)
        self.testers.append(tester)
        self.check()
        return tester

    def reset(self, model, change) -> None:
        """Run `change()` (a reset of a lazy model) with no tester attached, then attach one."""
        for tester in [t for t in self.testers if t.model() is model]:
            self.testers.remove(tester)
            shiboken6.delete(tester)
        change()
        self.attach(model)

    def check(self) -> None:
        assert not self.failures, "QAbstractItemModelTester:\n" + "\n".join(self.failures)


@pytest.fixture
def model_checker(qapp):
    checker = ModelChecker()
    previous = qInstallMessageHandler(checker.handler)
    try:
        yield checker
    finally:
        qInstallMessageHandler(previous)
    checker.check()


def walk(model, parent: QModelIndex = QModelIndex()) -> int:
    """Touch every index and its data (as a view would); the number of indexes."""
    count = 0
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            assert index.isValid() and index.model() is model
            assert index.parent() == parent
            model.data(index)
            count += 1
        first = model.index(row, 0, parent)
        while model.canFetchMore(first):
            model.fetchMore(first)
        count += walk(model, first)
    return count


def test_the_checker_catches_a_broken_model(model_checker):
    """The handler sees the tester's complaints (else every test below would pass blindly)."""
    class Broken(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return -1 if not parent.isValid() else 0

        def data(self, index, role=0):
            return None

    broken = Broken()
    QAbstractItemModelTester(broken, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert model_checker.failures
    model_checker.failures.clear()


def test_rhk_tree_model_through_resets_of_every_kind_of_skp(demo200, model_checker):
    model = RhkTreeModel()
    model_checker.attach(model)
    skps = [s for p in demo200.staff.list() if (s := demo200.skp.find(p.id, YEAR))]
    kinds = {(s.form, s.approach) for s in skps}
    assert (SkpForm.JPT, Approach.KUANTITATIF) in kinds
    assert (SkpForm.JA_JF, Approach.KUALITATIF) in kinds
    shown = 0
    for skp in skps[:60] + [None] + skps[60:80]:
        model.set_skp(skp)
        model_checker.check()
        shown += walk(model)
        if skp is not None:
            for rhk in skp.rhk:
                index = model.find("rhk", rhk.id)
                assert index.isValid() and model.item(index) == ("rhk", rhk)
    assert shown > 0


def test_rhk_tree_model_of_the_skp_tab_through_edits_undo_and_redo(qtbot, demo, tasks, events,
                                                                   model_checker):
    from skpdesk.ui.skp.skp_commands import AddRhkCommand, DeleteRhkCommand
    from skpdesk.ui.skp.skp_tab import SkpTabWidget

    drafts = [p for p in demo.staff.list() if (s := demo.skp.find(p.id, YEAR)) and not s.read_only]
    pegawai = drafts[0] if drafts else kepala_dinas(demo)
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=pegawai.id)
    qtbot.addWidget(tab)
    tab.show()
    model_checker.attach(tab.rhk_editor.model)
    if tab.skp is None or tab.skp.read_only:
        tab.show_create()
        tab.create_page.create_button.click()
    skp = tab.skp
    assert skp is not None and not skp.read_only
    ctx = tab.command_context
    for n in range(3):
        tab.execute(AddRhkCommand(ctx, skp.id, f"RHK uji {n}", kind=RhkKind.UTAMA))
        model_checker.check()
    tab.execute(DeleteRhkCommand(ctx, tab.skp.rhk[-1], "delete"))
    for _ in range(4):
        tab.undo()
    for _ in range(4):
        tab.redo()
    walk(tab.rhk_editor.model)


def test_team_model_through_paging_filters_year_me_and_refresh(demo200, model_checker):
    head = kepala_dinas(demo200)
    model = TeamModel(demo200.team, year=YEAR, me_id=head.id, page_size=7)
    model_checker.attach(model)
    assert walk(model) >= demo200.staff.count()  # the tester and walk page through everything
    mine = model.group_index(MINE)
    assert mine.isValid() and not model.canFetchMore(mine)
    for states in ([SkpState.DIAJUKAN], [SkpState.BELUM_DIBUAT], [SkpState.DISETUJUI], []):
        model_checker.reset(model, lambda s=states: model.set_states(s))
        walk(model)
    model_checker.reset(model, lambda: model.set_year(YEAR + 1))
    walk(model)
    model_checker.reset(model, lambda: model.set_show_inactive(True))
    model_checker.reset(model, lambda: model.set_me(None))
    walk(model)
    model_checker.reset(model, lambda: model.set_me(head.id))
    model_checker.reset(model, model.refresh)
    model_checker.check()


def test_team_model_pages_arrive_as_inserted_rows(demo200, model_checker):
    model = TeamModel(demo200.team, year=YEAR, page_size=5)
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model_checker.attach(model)  # the tester itself fetches every page of every unit
    walk(model)
    assert inserted and all(last - first + 1 <= 5 for first, last in inserted)
    pages = model.pages_fetched
    inserted.clear()
    model_checker.reset(model, model.refresh)  # the cache is dropped; the pages come again
    walk(model)
    assert model.pages_fetched > pages and inserted


def test_cascade_tree_model_full_and_problems_only(demo200, model_checker):
    model = CascadeTreeModel()
    model_checker.attach(model)
    full = demo200.cascade.tree(YEAR)
    model.set_cascade(full)
    assert walk(model) >= sum(1 for _ in full.walk())
    rhk_ids = {node.row.rhk_id for node, _depth in full.walk()}
    found = model.find_rhks(set(list(rhk_ids)[:25]))
    assert all(index.isValid() for index in found.values())
    model.set_cascade(demo200.cascade.tree(YEAR, problems_only=True))
    walk(model)
    model.set_cascade(demo200.cascade.tree(YEAR - 3))  # an empty year
    assert model.rowCount() == 0
    model.set_cascade(full)
    model.find_rhks(rhk_ids)  # bookkeeping made out of order, then walked again
    walk(model)


def test_matrix_model_of_every_supervisor(demo200, model_checker):
    model = PeranHasilModel()
    model_checker.attach(model)
    supervisors = {p.supervisor_id for p in demo200.staff.list() if p.supervisor_id}
    shown = 0
    for supervisor_id in sorted(supervisors):
        try:
            matrix = demo200.cascade.matrix(supervisor_id, YEAR)
        except Exception:  # noqa: BLE001 - a supervisor without an SKP: nothing to show
            continue
        model.set_matrix(matrix)
        model_checker.check()
        walk(model)
        for section in range(model.columnCount()):
            model.headerData(section, Qt.Orientation.Horizontal)
        shown += 1
        model.set_matrix(None)
    assert shown >= 3


def test_import_report_model_with_a_real_rejection(office, tmp_path, model_checker):
    path = tmp_path / "pegawai.csv"
    rows = []
    for n in range(40):
        row = dict.fromkeys(COLUMNS, "")
        row.update(nip="19850315" if n % 3 else "197001011995031001", nama=f"Pegawai {n}",
                   jenis_asn="PNS", golongan="III/c" if n % 2 else "V/z", jabatan="Analis",
                   jenis_jabatan="pelaksana", unit="Sekretariat")
        rows.append(row)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ImportRejected) as rejected:
        office.staff_files.import_file(path)
    model = ImportReportModel()
    model_checker.attach(model)
    model.set_problems(rejected.value.problems)
    assert walk(model) == 3 * len(rejected.value.problems) > 0
    model.clear()
    assert model.rowCount() == 0
    model.set_problems(rejected.value.problems[:3])
    model_checker.check()


def test_team_model_group_follows_a_change_made_since_it_was_counted(demo, tmp_path,
                                                                    model_checker):
    """Another import moved a pegawai out of a unit after the team list counted it: the page
    comes short, and the group's total (its label and expander) follows, with dataChanged."""
    model = TeamModel(demo.team, year=YEAR, page_size=100)
    unit = max(demo.team.units(YEAR), key=lambda u: u.direct)
    key, total, direct = f"unit:{unit.id}", unit.total, unit.direct
    assert direct >= 2 and model.group_total(key) == total
    group_path = unit.path
    path = tmp_path / "staff.csv"
    demo.staff_files.export_file(path)
    text = path.read_text(encoding="utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.DictReader(text.splitlines(), delimiter=delimiter))
    moved = next(r for r in rows if r["unit"] == group_path)
    moved["unit"] = "Unit Baru Hasil Impor"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    demo.staff_files.import_file(path)  # the model is not told (another window, another laptop)

    changed = []
    model.dataChanged.connect(lambda top_left, _bottom_right: changed.append(top_left.row()))
    model_checker.attach(model)  # fetches every group's page under the tester's checks
    group = model.group_index(key)
    walk(model)
    assert model.loaded_member_count(group) == direct - 1 and model.group_total(key) == total - 1
    assert group.row() in changed
    assert model.data(group).endswith(f"({total - 1})")
