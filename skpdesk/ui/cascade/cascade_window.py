"""View › Cascade (Ctrl+K): the office's RHK cascade and a supervisor's Matriks Peran Hasil.

A non-modal window over the main window (a separate top-level window, so it can sit on a second
screen beside the SKP being edited). It has a year (default: this year) and two tabs:

- "Cascade tree": every Utama RHK of the year from the top leader down (`CascadeService.tree`).
  Orphan RHK and RHK intervening an RHK outside the supervisor's SKP are flagged (icon, text
  marker, tint, tooltip); "Only problems" asks the service for the flat problem list.
- "Matriks Peran Hasil": the supervisor chosen in the combo (default: the pegawai selected in
  the main window, else "I am…") — their Utama RHK × direct subordinates (`.matrix`).

Everything is read on the database worker (`TaskRunner`); results older than the last request
are dropped. Double-click or Enter on an RHK or a cell emits `pegawai_activated` (and
`rhk_activated`); `install_cascade_view` wires that to the main window, which selects the
pegawai and shows its "SKP" tab when there is one. The window reloads (debounced, and only
while shown) when a write changes RHK, SKP or pegawai.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QSpinBox, QTableView, QTabWidget, QTreeView,
                               QVBoxLayout, QWidget)

from skpdesk.domain.cascade import Cascade, CascadeProblem, PeranHasilMatrix
from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.services.cascade import CascadeService
from skpdesk.services.staff import StaffService

from .. import ui_settings
from ..events import AppEvents
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
from .cascade_tree_model import (COL_NIP, COL_PEGAWAI, COL_POSITION, COL_RHK, CascadeTreeModel,
                                 PEGAWAI_ID_ROLE as TREE_PEGAWAI_ROLE, RHK_ID_ROLE as TREE_RHK_ROLE)
from .matrix_model import PEGAWAI_ID_ROLE as MATRIX_PEGAWAI_ROLE, PeranHasilModel
from .matrix_model import RHK_ID_ROLE as MATRIX_RHK_ROLE

SETTINGS_KEY = "cascade_window"
SHORTCUT = "Ctrl+K"
RELOAD_DELAY_MS = 300  # after a write or a year change, wait this long before reading again
YEAR_MIN, YEAR_MAX = 2000, 2100  # the range the services accept
REFRESH_KINDS = ("rhk", "skp", "pegawai")
SKP_TAB_NAMES = ("skp", "skptab", "skpeditor", "skpeditorwidget", "skp_editor", "skpwidget")
SUPERVISOR_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class TreeData:
    """What the worker hands back for the tree tab."""

    year: int
    problems_only: bool
    cascade: Cascade
    rhk_count: int  # Utama RHK in the cascade (only the problems when problems_only)

    @property
    def orphans(self) -> int:
        return sum(1 for n in self.cascade.problems if n.problem is CascadeProblem.ORPHAN)

    @property
    def outside(self) -> int:
        return sum(1 for n in self.cascade.problems if n.problem is CascadeProblem.PARENT_OUTSIDE)


@dataclass
class MatrixData:
    """The supervisor choices of a year, the one chosen, and its matrix (or why there is none)."""

    year: int
    supervisors: list[tuple[str, str]] = field(default_factory=list)  # (pegawai id, label)
    chosen: str | None = None
    matrix: PeranHasilMatrix | None = None
    error: DomainError | None = None


def load_tree(cascade: CascadeService, year: int, problems_only: bool) -> TreeData:
    tree = cascade.tree(year, problems_only=problems_only)
    count = len(tree.roots) if problems_only else sum(1 for _ in tree.walk())
    return TreeData(year, problems_only, tree, count)


def supervisor_choices(tree: Cascade) -> dict[str, str]:
    """Pegawai with RHK this year whose subordinates have RHK too: id -> "Name — position"."""
    owners: dict[str, str] = {}
    supervisors: set[str] = set()
    for node, _depth in tree.walk():
        row = node.row
        owners.setdefault(row.pegawai_id, f"{row.pegawai_name} — {row.position}")
        if row.supervisor_id:
            supervisors.add(row.supervisor_id)
    return {pid: label for pid, label in owners.items() if pid in supervisors}


def load_matrix(cascade: CascadeService, staff: StaffService, year: int,
                wanted: list[str]) -> MatrixData:
    """On the worker: the combo's choices, the first wanted supervisor among them (else the
    first choice) and its matrix. A wanted pegawai who has subordinates is offered even when
    nobody below has RHK yet."""
    choices = supervisor_choices(cascade.tree(year))
    for pegawai_id in wanted:
        if pegawai_id and pegawai_id not in choices and staff.count(supervisor_id=pegawai_id):
            try:
                pegawai = staff.get(pegawai_id)
            except DomainError:
                continue
            choices[pegawai.id] = f"{pegawai.full_name} — {pegawai.position}"
    data = MatrixData(year, sorted(choices.items(), key=lambda item: item[1].casefold()))
    data.chosen = next((p for p in wanted if p in choices), None) or \
        (data.supervisors[0][0] if data.supervisors else None)
    if data.chosen:
        try:
            data.matrix = cascade.matrix(data.chosen, year)
        except DomainError as error:
            data.error = error
    return data


class CascadeWindow(QWidget):
    pegawai_activated = Signal(str)  # double-click / Enter: the pegawai whose SKP holds the RHK
    rhk_activated = Signal(str, str)  # (pegawai id, rhk id): just before pegawai_activated,
    # when the activated item is one RHK (a tree row, the supervisor column of the matrix)
    loaded = Signal()  # a tree or a matrix arrived from the worker (tests, diagnostics)

    def __init__(self, cascade: CascadeService, staff: StaffService, tasks: TaskRunner,
                 events: AppEvents | None = None, settings: QSettings | None = None, *,
                 identity: Callable[[], str | None] | None = None, year: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._cascade = cascade
        self._staff = staff
        self.tasks = tasks
        self._settings = settings
        self._identity = identity or (lambda: ui_settings.identity(settings) if settings else None)
        self._tree_gen = 0
        self._matrix_gen = 0
        self._tree_stale = True
        self._matrix_stale = True
        self._wanted: list[str] = []  # supervisors to show in the matrix, first found wins
        self._filling_combo = False
        self.tree_data: TreeData | None = None
        self.matrix_data: MatrixData | None = None
        self.setObjectName("CascadeWindow")
        self.setWindowTitle(self.tr("RHK cascade"))

        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.year_spin.setValue(year or dt.date.today().year)
        self.year_spin.valueChanged.connect(lambda _y: self._reload_timer.start())
        self.problems_check.toggled.connect(lambda _on: self.load_tree())
        self.refresh_button.clicked.connect(self.reload)
        self.tabs.currentChanged.connect(lambda _i: self._load_visible())
        self.supervisor_combo.currentIndexChanged.connect(self._supervisor_chosen)
        self.tree.doubleClicked.connect(self._activate)
        self.matrix_view.doubleClicked.connect(self._activate)
        for view in (self.tree, self.matrix_view):
            view.installEventFilter(self)
        if events is not None:
            events.changes_applied.connect(self._on_changes)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._restore_state()

    # --- building
    def _build(self) -> None:
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("cascadeYear")
        self.year_spin.setRange(YEAR_MIN, YEAR_MAX)
        self.year_spin.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the cascade again (F5)"))
        self.busy_label = QLabel(self.tr("Loading…"), self)
        self.busy_label.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.busy_label)

        # tree tab
        self.problems_check = QCheckBox(self.tr("Only &problems"), self)
        self.problems_check.setToolTip(self.tr(
            "Show only orphan RHK and RHK intervening an RHK outside the supervisor's SKP"))
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("cascadeProblems")
        self.problems_label.setWordWrap(True)
        self.tree_model = CascadeTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("cascadeTree")
        self.tree.setAccessibleName(self.tr("RHK cascade"))
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)  # fast with thousands of rows
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)  # double-click opens the SKP
        self.tree.setColumnWidth(COL_PEGAWAI, 200)
        self.tree.setColumnWidth(COL_NIP, 170)
        self.tree.setColumnWidth(COL_POSITION, 220)
        self._rhk_takes_the_width()
        tree_page = QWidget(self)
        tree_layout = QVBoxLayout(tree_page)
        filters = QHBoxLayout()
        filters.addWidget(self.problems_check)
        filters.addWidget(self.problems_label, 1)
        tree_layout.addLayout(filters)
        tree_layout.addWidget(self.tree, 1)
        tree_page.setFocusProxy(self.tree)

        # matrix tab
        self.supervisor_combo = QComboBox(self)
        self.supervisor_combo.setObjectName("matrixSupervisor")
        self.supervisor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.supervisor_combo.setMinimumContentsLength(40)
        self.supervisor_combo.setAccessibleName(self.tr("Supervisor"))
        supervisor_label = QLabel(self.tr("&Supervisor:"), self)
        supervisor_label.setBuddy(self.supervisor_combo)
        self.matrix_message = QLabel(self)
        self.matrix_message.setObjectName("matrixMessage")
        self.matrix_message.setWordWrap(True)
        self.matrix_model = PeranHasilModel(self)
        self.matrix_view = QTableView(self)
        self.matrix_view.setObjectName("matrixView")
        self.matrix_view.setAccessibleName(self.tr("Matriks Peran Hasil"))
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setWordWrap(True)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.matrix_view.horizontalHeader().setDefaultSectionSize(230)
        self.matrix_view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.matrix_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        matrix_page = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_page)
        chooser = QHBoxLayout()
        chooser.addWidget(supervisor_label)
        chooser.addWidget(self.supervisor_combo, 1)
        matrix_layout.addLayout(chooser)
        matrix_layout.addWidget(self.matrix_message)
        matrix_layout.addWidget(self.matrix_view, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cascadeTabs")
        self.tree_tab = self.tabs.addTab(tree_page, self.tr("Cascade &tree"))
        self.matrix_tab = self.tabs.addTab(matrix_page, self.tr("&Matriks Peran Hasil"))
        self.hint_label = QLabel(self.tr(
            "Double-click an RHK or a cell (or press Enter) to open that employee's SKP in the "
            "main window."), self)
        self.hint_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint_label)
        QWidget.setTabOrder(self.year_spin, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.problems_check)
        QWidget.setTabOrder(self.problems_check, self.tree)
        QWidget.setTabOrder(self.supervisor_combo, self.matrix_view)

    # --- public
    @property
    def year(self) -> int:
        return self.year_spin.value()

    def set_year(self, year: int) -> None:
        """Show another year now (the spin box waits for a pause in typing)."""
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self.reload()

    def open_for(self, *candidates: str | None) -> None:
        """Show and raise the window; the matrix shows the first candidate who supervises
        someone (e.g. the pegawai selected in the main window, then "I am…")."""
        wanted = [c for c in candidates if c]
        if wanted and wanted != self._wanted[:len(wanted)]:
            self._wanted = wanted
            self._matrix_stale = True
        self.show()
        self.raise_()
        self.activateWindow()
        self._load_visible()

    def show_matrix_of(self, supervisor_id: str) -> None:
        self._wanted = [supervisor_id]
        self._matrix_stale = True
        self.tabs.setCurrentIndex(self.matrix_tab)
        self._load_visible()

    def reload(self) -> None:
        """Read both tabs again (the shown one now, the other when it is shown)."""
        self._reload_timer.stop()
        self._tree_stale = self._matrix_stale = True
        self._load_visible()

    def current_supervisor_id(self) -> str | None:
        return self.supervisor_combo.currentData(SUPERVISOR_ROLE)

    # --- loading (on the database worker)
    def _load_visible(self) -> None:
        if not self.isVisible():
            return
        if self.tabs.currentIndex() == self.matrix_tab:
            if self._matrix_stale:
                self.load_matrix()
        elif self._tree_stale:
            self.load_tree()

    def load_tree(self) -> None:
        self._tree_stale = False
        self._tree_gen += 1
        gen, year, only = self._tree_gen, self.year, self.problems_check.isChecked()
        cascade = self._cascade
        self._busy(True)
        self.tasks.run(lambda: load_tree(cascade, year, only),
                       on_success=lambda data: self._tree_loaded(gen, data),
                       on_failure=lambda error: self._tree_failed(gen, error),
                       on_done=lambda: self._busy(False))

    def load_matrix(self) -> None:
        self._matrix_stale = False
        self._matrix_gen += 1
        gen, year = self._matrix_gen, self.year
        wanted = list(self._wanted)
        identity = self._identity()
        if identity and identity not in wanted:
            wanted.append(identity)
        cascade, staff = self._cascade, self._staff
        self._busy(True)
        self.tasks.run(lambda: load_matrix(cascade, staff, year, wanted),
                       on_success=lambda data: self._matrix_loaded(gen, data),
                       on_failure=lambda error: self._matrix_failed(gen, error),
                       on_done=lambda: self._busy(False))

    def _tree_loaded(self, gen: int, data: TreeData) -> None:
        if gen != self._tree_gen:
            return  # an older request; a newer one is on its way
        selected = self.tree.currentIndex().data(TREE_RHK_ROLE)
        previous = self.tree_data
        same_view = previous is not None and \
            (previous.year, previous.problems_only) == (data.year, data.problems_only)
        expanded = self._expanded_rhk_ids() if same_view else None
        self.tree_data = data
        self.tree_model.set_cascade(data.cascade)
        if expanded is None:
            self.tree.expandToDepth(0)  # first show: the top leader's RHK and the level below
        else:
            for index in self.tree_model.find_rhks(expanded).values():
                self.tree.expand(index)
        if selected:
            index = self.tree_model.find_rhks({selected}).get(selected)
            if index is not None:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        self.problems_label.setText(self._problems_text(data))
        self.loaded.emit()

    def _tree_failed(self, gen: int, error: DomainError) -> None:
        if gen == self._tree_gen:
            self.tree_data = None
            self.tree_model.set_cascade(Cascade([], []))
            self.problems_label.setText(error_text(error))

    def _matrix_loaded(self, gen: int, data: MatrixData) -> None:
        if gen != self._matrix_gen:
            return
        self.matrix_data = data
        self._fill_combo(data.supervisors, data.chosen)
        self._show_matrix(data.matrix, data.error)
        self.loaded.emit()

    def _matrix_failed(self, gen: int, error: DomainError) -> None:
        if gen == self._matrix_gen:
            self._show_matrix(None, error)

    def _supervisor_chosen(self, _index: int) -> None:
        if self._filling_combo:
            return
        supervisor_id = self.current_supervisor_id()
        if not supervisor_id:
            return
        self._wanted = [supervisor_id]
        self._matrix_gen += 1
        gen, year, cascade = self._matrix_gen, self.year, self._cascade
        self._busy(True)
        self.tasks.run(lambda: cascade.matrix(supervisor_id, year),
                       on_success=lambda matrix: self._one_matrix_loaded(gen, matrix),
                       on_failure=lambda error: self._matrix_failed(gen, error),
                       on_done=lambda: self._busy(False))

    def _one_matrix_loaded(self, gen: int, matrix: PeranHasilMatrix) -> None:
        if gen == self._matrix_gen:
            if self.matrix_data is not None:
                self.matrix_data.chosen, self.matrix_data.matrix = matrix.supervisor_id, matrix
                self.matrix_data.error = None
            self._show_matrix(matrix, None)
            self.loaded.emit()

    # --- showing
    def _fill_combo(self, supervisors: list[tuple[str, str]], chosen: str | None) -> None:
        self._filling_combo = True
        try:
            self.supervisor_combo.clear()
            for pegawai_id, label in supervisors:
                self.supervisor_combo.addItem(label, pegawai_id)
                self.supervisor_combo.setItemData(self.supervisor_combo.count() - 1,
                                                  pegawai_id, SUPERVISOR_ROLE)
            if chosen:
                self.supervisor_combo.setCurrentIndex(
                    self.supervisor_combo.findData(chosen, SUPERVISOR_ROLE))
        finally:
            self._filling_combo = False

    def _show_matrix(self, matrix: PeranHasilMatrix | None, error: DomainError | None) -> None:
        self.matrix_model.set_matrix(matrix)
        if error is not None:
            text = error_text(error)
        elif matrix is None:
            text = arg(self.tr("Nobody supervises an employee with RHK in %1 yet."), self.year)
        elif not matrix.columns:
            text = self.tr("This supervisor has no direct subordinates.")
        elif not matrix.rows:
            text = self.tr("The supervisor's SKP has no Utama RHK yet.")
        else:
            text = arg(self.tr("%1 RHK of the subordinates intervene the supervisor's RHK; "
                               "%2 intervene none of them."),
                       self.matrix_model.linked_count(), self.matrix_model.unlinked_count())
        self.matrix_message.setText(text)
        self.matrix_view.setColumnWidth(0, 300)

    def _problems_text(self, data: TreeData) -> str:
        if not data.cascade.roots and not data.problems_only:
            return arg(self.tr("No RHK for %1 yet."), data.year)
        if not data.cascade.problems:
            problems = self.tr("No problems: every Utama RHK intervenes an RHK of the "
                               "supervisor.")
        else:
            problems = arg(self.tr("Problems: %1 orphan RHK, %2 intervening an RHK outside "
                                   "the supervisor's SKP."), data.orphans, data.outside)
        if data.problems_only:
            return problems
        return arg(self.tr("%1 Utama RHK. %2"), data.rhk_count, problems)

    def _expanded_rhk_ids(self) -> set[str]:
        found: set[str] = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    found.add(index.data(TREE_RHK_ROLE))
                    stack.append(index)
        return found

    def _busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    # --- behaviour
    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        model = index.model()
        if model is self.tree_model:
            pegawai_id, rhk_id = index.data(TREE_PEGAWAI_ROLE), index.data(TREE_RHK_ROLE)
        else:
            pegawai_id = index.data(MATRIX_PEGAWAI_ROLE)
            # the supervisor column names an RHK; a subordinate's cell may hold several
            rhk_id = index.data(MATRIX_RHK_ROLE) if index.column() == 0 else None
        if not pegawai_id:
            return
        if rhk_id:
            self.rhk_activated.emit(pegawai_id, rhk_id)
        self.pegawai_activated.emit(pegawai_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.tree, self.matrix_view) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier):
            self._activate(watched.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if any(changes.affects(kind) for kind in REFRESH_KINDS):
            self._tree_stale = self._matrix_stale = True
            if self.isVisible():
                self._reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._load_visible)

    def save_state(self) -> None:
        if self._settings is None:
            return
        ui_settings.save_geometry(self._settings, SETTINGS_KEY, self)
        ui_settings.save_header(self._settings, f"{SETTINGS_KEY}/tree", self.tree.header())

    def _restore_state(self) -> None:
        if self._settings is None or not ui_settings.restore_geometry(
                self._settings, SETTINGS_KEY, self):
            self.resize(1000, 640)
        if self._settings is not None:
            ui_settings.restore_header(self._settings, f"{SETTINGS_KEY}/tree", self.tree.header())
            self._rhk_takes_the_width()  # a header saved by an older version stretched Position

    def _rhk_takes_the_width(self) -> None:
        """The RHK text gets every pixel the other columns do not need: a wider window shows
        more of it (the last column, Position, used to take the extra width)."""
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_RHK, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)


# --- wiring into the main window

def find_skp_tab(tabs) -> int:
    """The index of the workspace's SKP tab (by object name, else by title), or -1."""
    for i in range(tabs.count()):
        widget = tabs.widget(i)
        name = widget.objectName().lower() if widget is not None else ""
        if name in SKP_TAB_NAMES:
            return i
    for i in range(tabs.count()):
        if tabs.tabText(i).replace("&", "").strip().casefold() == "skp":
            return i
    return -1


def show_in_workspace(window, pegawai_id: str, rhk_id: str | None = None,
                      year: int | None = None) -> None:
    """Select the pegawai in the main window and show its SKP tab when that tab exists.

    The SKP tab is duck-typed (it is optional here): `select_year(year)` shows the SKP of the
    cascade's year, then `select_rhk(rhk_id)` (or its RHK editor's `select("rhk", id)`)
    selects the RHK, each only when the tab offers it.
    """
    window.show_pegawai(pegawai_id)
    panel = getattr(window, "team_panel", None)
    if panel is not None:
        panel.select_pegawai(pegawai_id)  # only when its row is loaded; harmless otherwise
    tabs = window.workspace_tabs
    index = find_skp_tab(tabs)
    if index >= 0:
        tabs.setCurrentIndex(index)  # the main window tells the tab the pegawai now
        tab = tabs.widget(index)
        select_year = getattr(tab, "select_year", None)
        if year is not None and callable(select_year) and getattr(tab, "year", None) != year:
            select_year(year)
        if rhk_id:
            _select_rhk(tab, rhk_id)
    window.raise_()
    window.activateWindow()


def _select_rhk(tab: QWidget, rhk_id: str) -> None:
    select_rhk = getattr(tab, "select_rhk", None)
    if callable(select_rhk):
        select_rhk(rhk_id)
        return
    select = getattr(getattr(tab, "rhk_editor", None), "select", None)
    if callable(select):
        select("rhk", rhk_id)


class CascadeViewOpener(QObject):
    """Owns the cascade window of one main window (made on first use, a child of it)."""

    def __init__(self, window, cascade: CascadeService, staff: StaffService, tasks: TaskRunner,
                 events: AppEvents, settings: QSettings) -> None:
        super().__init__(window)
        self.setObjectName("cascadeViewOpener")
        self._window = window
        self._cascade, self._staff = cascade, staff
        self._tasks, self._events, self._settings = tasks, events, settings
        self.view: CascadeWindow | None = None
        self._rhk: dict[str, str] = {}  # the RHK just activated, per pegawai (for `select_rhk`)

    def open(self) -> CascadeWindow:
        if self.view is None:
            self.view = CascadeWindow(self._cascade, self._staff, self._tasks, self._events,
                                      self._settings, identity=self._me, parent=self._window)
            self.view.rhk_activated.connect(lambda pid, rhk: self._rhk.__setitem__(pid, rhk))
            self.view.pegawai_activated.connect(self._show)
        self.view.open_for(self._window.current_pegawai_id(), self._me())
        return self.view

    def _me(self) -> str | None:
        """"Saya adalah" of the main window's database (stored per database since issue 9)."""
        me_id = getattr(self._window, "me_id", None)
        return me_id() if callable(me_id) else ui_settings.identity(self._settings)

    def _show(self, pegawai_id: str) -> None:
        show_in_workspace(self._window, pegawai_id, self._rhk.pop(pegawai_id, None),
                          self.view.year if self.view is not None else None)


def open_cascade_view(window, services, tasks: TaskRunner, events: AppEvents,
                      settings: QSettings) -> CascadeWindow:
    """View › Cascade… of a main window: show its cascade window (made on first use) for the
    pegawai selected there. `gui_app` connects the action to this (imported on first use)."""
    opener = window.findChild(CascadeViewOpener, "cascadeViewOpener")
    if opener is None:
        opener = CascadeViewOpener(window, services.cascade, services.staff, tasks, events,
                                   settings)
    return opener.open()
