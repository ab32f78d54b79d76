"""Crash hunting: drive the real main window offscreen like a restless user, in its own process.

    python tests/ui/crash_hunt.py --db OFFICE.sqlite --seed 7 --steps 300
    python tests/ui/crash_hunt.py --db OFFICE.sqlite --select ID1 --select ID2   # a fixed path
    python tests/ui/crash_hunt.py --db office-2000.sqlite \
        --select-name "Khoirunnisa Laila Rahmawati" --select-name "Nadia Hidayati"

The database given is copied into a fresh folder (with its own settings.ini) first, so the
file is never changed. "Saya adalah" is the Kepala Dinas (or `--identity ID`), the window is
shown, and then either the pegawai given with `--select` are chosen one after the other in the
team list with the SKP tab showing (the scenario of issue 7's SIGSEGV), or `--steps` random
actions are taken with `random.Random(seed)`: choose pegawai in the team list, switch workspace
tabs, SKP years and inner tabs, search, change "Saya adalah", resize the window, open and close
the RHK, indicator, lampiran, settings, identity, import and about dialogs and the cascade window,
make SKPs, add, edit, move and delete RHK, indicators and lampiran, undo and redo, open the
Synchronisation dialog and the Needs review queue, and switch
database (File > Open database…) between the office and a second one (`--db2`, else a generated
40-pegawai office), sometimes with an edit still running on the worker.

Exit code 0 when the window closed cleanly and no unexpected error was reported; 1 when an
unexpected error (a Python exception in a slot, an unexpected error of a background job) was
seen; a crash (SIGSEGV, abort) kills the process with its signal. Each step is printed before it
runs ("step N/M: action"), so the last line of the output names the step to replay with the
same seed; faulthandler prints the native crash's Python stack to stderr.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WAIT_MS = 15  # events processed after each step (paints, timers)
JOB_TIMEOUT_S = 20.0  # a background job that takes longer is a hang: reported as a failure


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, type=Path, help="an office database (copied first)")
    ap.add_argument("--db2", type=Path, default=None,
                    help="the second office File > Open database switches to (copied first; "
                         "default: a generated 40-pegawai office)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--select", action="append", default=[], metavar="PEGAWAI_ID",
                    help="choose these pegawai in turn on the SKP tab instead of random steps")
    ap.add_argument("--select-name", action="append", default=[], metavar="NAME",
                    help="like --select, by name (a direct report of 'Saya adalah' first)")
    ap.add_argument("--identity", default=None, help="'Saya adalah' (default: the Kepala Dinas)")
    ap.add_argument("--quiet", action="store_true", help="no line per step")
    return ap.parse_args(argv)


class Hunt:
    """The window under test and the actions a user takes on it."""

    def __init__(self, args: argparse.Namespace, folder: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from skpdesk.ui import ui_settings
        from skpdesk.ui.error_dialogs import RecordingReporter
        from skpdesk.ui.shell import gui_app

        self.args = args
        self.rng = random.Random(args.seed)
        self.errors: list[str] = []
        self.app: QApplication = gui_app.make_application(["crash_hunt"])
        db_path = folder / "skpdesk.sqlite"
        shutil.copy(args.db, db_path)
        self.databases = HuntDatabases(db_path, folder / "kedua.sqlite", args.db2,
                                       seed=args.seed)
        os.environ["SKPDESK_DATA_DIR"] = str(folder)
        services, paths = self.databases.open(str(db_path))
        self.settings = gui_app.make_settings()
        people = services.staff.list()
        identity = args.identity or next(
            (p.id for p in people if p.position.startswith("Kepala Dinas")), None)
        ui_settings.set_identity(self.settings, identity)
        self.identity = identity
        self.writes = 0
        # the window's own session (as `run_gui` makes it), so File > Open database works
        self.session = gui_app.GuiSession(self.settings, self.databases)
        self.session.reporter = self.reporter = RecordingReporter()
        self.window = self.session.start(services, paths)
        self._took_over(services)
        self.window.resize(1100, 700)
        self.window.show()
        self.settle()

    def _took_over(self, services) -> None:
        """A database is open in the window: what the actions need of it."""
        self.services = services
        self.db = services.db
        self.people = services.staff.list()
        self.tasks = self.session.tasks
        self.journal_at_start = services.journal.count()

    # --- plumbing
    def settle(self, ms: int = WAIT_MS) -> None:
        """Let background jobs finish and the window repaint."""
        from PySide6.QtTest import QTest

        deadline = time.monotonic() + JOB_TIMEOUT_S
        while self.tasks.busy:
            QTest.qWait(5)
            if time.monotonic() > deadline:
                raise RuntimeError("a background job did not finish in time")
        QTest.qWait(ms)

    @property
    def skp_tab(self):
        from skpdesk.ui.skp.skp_tab import SkpTabWidget

        return next(w for _f, w in self.window._tabs if isinstance(w, SkpTabWidget))

    def show_skp_tab(self) -> None:
        tabs = self.window.workspace_tabs
        tabs.setCurrentIndex(tabs.indexOf(self.skp_tab))

    def close_modal_later(self, accept: bool = False, before=None) -> None:
        """Close the modal dialog that the next action opens with exec() (as a user would)."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def close() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, close)
                return
            if before is not None:
                before(dialog)
            (dialog.accept if accept else dialog.reject)()

        QTimer.singleShot(20, close)

    # --- scripted path (issue 7's SIGSEGV)
    def select_in_team(self, pegawai_id: str) -> bool:
        """Choose a pegawai in the team list, opening (and paging) the group that holds them."""
        panel = self.window.team_panel
        if panel.select_pegawai(pegawai_id):
            return True
        pegawai = self.services.staff.get(pegawai_id)
        group = panel.model.group_index(f"unit:{pegawai.unit_id}")
        if not group.isValid():
            return False
        panel.tree.expand(group)
        while panel.model.canFetchMore(group) and not panel.select_pegawai(pegawai_id):
            panel.model.fetchMore(group)
        return panel.select_pegawai(pegawai_id)

    def by_name(self, name: str) -> str:
        found = sorted((p for p in self.people if name in (p.name, p.full_name)),
                       key=lambda p: p.supervisor_id != self.identity)
        if not found:
            raise RuntimeError(f"nobody is called {name!r}")
        return found[0].id

    def run_selection(self, ids: list[str]) -> None:
        self.show_skp_tab()
        self.settle()
        for n, pegawai_id in enumerate(ids, 1):
            self.say(f"select {n}/{len(ids)}: {pegawai_id}")
            if not self.select_in_team(pegawai_id):
                raise RuntimeError(f"pegawai {pegawai_id} not found in the team list")
            self.settle(100)

    # --- random path
    def actions(self):
        return [
            (12, self.choose_pegawai), (5, self.switch_workspace_tab), (4, self.switch_year),
            (4, self.switch_inner_tab), (3, self.search), (1, self.change_identity),
            (2, self.resize_window), (4, self.choose_rhk_row), (3, self.rhk_dialog),
            (2, self.indicator_dialog), (2, self.lampiran_dialog), (2, self.expectation_dialog),
            (2, self.move_or_delete), (4, self.undo_redo), (2, self.create_skp),
            (1, self.settings_dialog), (1, self.identity_dialog), (1, self.about_box),
            (2, self.cascade_window), (1, self.workflow), (1, self.import_dialog),
            (4, self.keyboard), (2, self.switch_database), (1, self.sync_window),
        ]

    def run_random(self, steps: int) -> None:
        print(f"crash hunt: seed {self.args.seed}, {steps} steps, {len(self.people)} pegawai "
              f"(replay: --seed {self.args.seed} --steps {steps})", flush=True)
        weighted = self.actions()
        population = [a for _w, a in weighted]
        weights = [w for w, _a in weighted]
        for step in range(1, steps + 1):
            action = self.rng.choices(population, weights)[0]
            self.say(f"step {step}/{steps}: {action.__name__}")
            action()
            self.settle()

    def say(self, line: str) -> None:
        if not self.args.quiet:
            print(line, flush=True)

    # --- the actions
    def choose_pegawai(self) -> None:
        panel = self.window.team_panel
        model, tree = panel.model, panel.tree
        groups = model.rowCount()
        if not groups:
            return
        group = model.index(self.rng.randrange(groups), 0)
        tree.expand(group)
        if model.canFetchMore(group) and self.rng.random() < 0.3:
            model.fetchMore(group)
        rows = model.rowCount(group)
        if rows:
            tree.setCurrentIndex(model.index(self.rng.randrange(rows), 0, group))
            tree.scrollTo(tree.currentIndex())

    def switch_workspace_tab(self) -> None:
        tabs = self.window.workspace_tabs
        tabs.setCurrentIndex(self.rng.randrange(tabs.count()))

    def switch_year(self) -> None:
        tab = self.skp_tab
        combo = tab.year_combo
        if combo.count() and combo.isEnabled():
            i = self.rng.randrange(combo.count())
            combo.setCurrentIndex(i)
            combo.activated.emit(i)

    def switch_inner_tab(self) -> None:
        tabs = self.skp_tab.inner_tabs
        tabs.setCurrentIndex(self.rng.randrange(tabs.count()))

    def search(self) -> None:
        panel = self.window.team_panel
        if self.rng.random() < 0.35:
            panel.search_edit.clear()
        else:
            name = self.rng.choice(self.people).name
            start = self.rng.randrange(max(1, len(name) - 3))
            panel.search_edit.setText(name[start:start + self.rng.randint(2, 6)])
        panel.apply_search()

    def change_identity(self) -> None:
        choice = self.rng.choice([None, *(p.id for p in self.rng.sample(self.people, 3))])
        self.window.set_identity(choice)

    def resize_window(self) -> None:
        self.window.resize(self.rng.randint(700, 1500), self.rng.randint(450, 950))
        splitter = self.window.splitter
        total = sum(splitter.sizes())
        left = self.rng.randint(150, max(160, total - 300))
        splitter.setSizes([left, total - left])

    def choose_rhk_row(self) -> None:
        editor = self.skp_tab.rhk_editor
        model, tree = editor.model, editor.tree
        indexes = []
        for section in range(model.rowCount()):
            parent = model.index(section, 0)
            indexes.append(parent)
            for row in range(model.rowCount(parent)):
                rhk = model.index(row, 0, parent)
                indexes.append(rhk)
                indexes.extend(model.index(r, 0, rhk) for r in range(model.rowCount(rhk)))
        if indexes:
            index = self.rng.choice(indexes)
            index = index.siblingAtColumn(self.rng.randrange(model.columnCount()))
            tree.setCurrentIndex(index)

    def _finish_form(self, fill) -> None:
        """The open edit dialog of the SKP tab: cancel it, or fill it and press OK."""
        tab = self.skp_tab
        dialog = tab.dialog
        if dialog is None:
            return
        self.settle()
        if self.rng.random() < 0.4:
            dialog.reject()
        else:
            fill(dialog)
            dialog.submit()
            self.settle()
            if tab.dialog is dialog:  # refused (or still open): the user gives up
                dialog.reject()
        self.settle()

    def _text(self, what: str) -> str:
        words = ["Laporan", "kegiatan", "layanan", "data", "terselesaikan", "tepat", "waktu",
                 "Jumlah", "dokumen", "sesuai", "standar"]
        return f"{what} " + " ".join(self.rng.choice(words) for _ in range(self.rng.randint(2, 14)))

    def fill(self, dialog) -> None:
        """Type something plausible into whichever edit dialog is open."""
        from skpdesk.ui.skp.indicator_dialog import IndicatorDialog
        from skpdesk.ui.skp.rhk_dialog import RhkDialog
        from skpdesk.ui.skp.workflow_dialog import WorkflowDialog

        if isinstance(dialog, WorkflowDialog):  # a confirmation, maybe a note and a reason
            for edit in (dialog.note_edit, dialog.reason_edit):
                if edit is not None:
                    edit.setPlainText(self._text("Catatan"))
        elif isinstance(dialog, RhkDialog):
            dialog.text_edit.setPlainText(self._text("RHK"))
            if dialog.parent_combo.count() > 1 and self.rng.random() < 0.7:
                dialog.parent_combo.setCurrentIndex(self.rng.randrange(dialog.parent_combo.count()))
        elif isinstance(dialog, IndicatorDialog):
            dialog.text_edit.setPlainText(self._text("IKI"))
            dialog.target_edit.setText(str(self.rng.randint(1, 100)))
            dialog.unit_edit.setText(self.rng.choice(["dokumen", "laporan", "%"]))
            if dialog.aspect_combo.count():
                dialog.aspect_combo.setCurrentIndex(self.rng.randrange(dialog.aspect_combo.count()))
        else:
            dialog.text_edit.setPlainText(self._text("Catatan"))

    def rhk_dialog(self) -> None:
        """Add an RHK, or edit the selected row (an RHK or an indicator)."""
        self.switch_to_inner(0)
        editor = self.skp_tab.rhk_editor
        if self.rng.random() < 0.5 and editor.edit_action.isEnabled():
            editor.edit_selected()
        else:
            editor.add_rhk()
        self._finish_form(self.fill)

    def indicator_dialog(self) -> None:
        self.switch_to_inner(0)
        self.skp_tab.rhk_editor.add_indicator()
        self._finish_form(self.fill)

    def lampiran_dialog(self) -> None:
        self.switch_to_inner(2)
        section = self.rng.choice(list(self.skp_tab.lampiran_view.sections.values()))
        if section.list.count() and self.rng.random() < 0.5:
            section.list.setCurrentRow(self.rng.randrange(section.list.count()))
            section.edit_item()
        else:
            section.add_item()
        self._finish_form(self.fill)

    def expectation_dialog(self) -> None:
        self.switch_to_inner(1)
        view = self.skp_tab.behaviour_view
        if view.table.rowCount():
            view.table.selectRow(self.rng.randrange(view.table.rowCount()))
        view.edit_expectation()
        self._finish_form(self.fill)

    def keyboard(self) -> None:
        """A few keys of the keyboard-only user, in the team list or in the RHK table."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        key = Qt.Key
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        none = Qt.KeyboardModifier.NoModifier
        if self.rng.random() < 0.4:
            widget = self.window.team_panel.tree
            keys = [(key.Key_Down, none), (key.Key_Up, none), (key.Key_PageDown, none),
                    (key.Key_End, none), (key.Key_Home, none), (key.Key_Right, none),
                    (key.Key_Left, none), (key.Key_F6, none)]
        else:
            self.switch_to_inner(0)
            widget = self.skp_tab.rhk_editor.tree
            keys = [(key.Key_Down, none), (key.Key_Up, none), (key.Key_Insert, none),
                    (key.Key_Delete, none), (key.Key_F2, none), (key.Key_I, ctrl),
                    (key.Key_Up, ctrl), (key.Key_Down, ctrl), (key.Key_Z, ctrl),
                    (key.Key_Z, ctrl | shift), (key.Key_N, ctrl), (key.Key_K, ctrl)]
        widget.setFocus()
        for _ in range(self.rng.randint(1, 4)):
            pressed, modifiers = self.rng.choice(keys)
            QTest.keyClick(widget, pressed, modifiers)
            self.settle()
            if self.skp_tab.dialog is not None:  # Insert, F2, Ctrl+I, Ctrl+N open a form
                self._finish_form(self.fill)

    def switch_to_inner(self, index: int) -> None:
        self.show_skp_tab()
        self.skp_tab.inner_tabs.setCurrentIndex(index)

    def move_or_delete(self) -> None:
        self.switch_to_inner(0)
        self.choose_rhk_row()
        editor = self.skp_tab.rhk_editor
        action = self.rng.choice([editor.up_action, editor.down_action, editor.delete_action])
        if action.isEnabled():
            action.trigger()

    def undo_redo(self) -> None:
        tab = self.skp_tab
        action = tab.undo_action if self.rng.random() < 0.6 else tab.redo_action
        if action.isEnabled():
            action.trigger()

    def create_skp(self) -> None:
        self.show_skp_tab()
        tab = self.skp_tab
        if tab.pegawai_id is None:
            return
        tab.show_create()
        self.settle()
        if self.rng.random() < 0.5:
            tab.create_page.copy_button.click()
        else:
            tab.create_page.create_button.click()

    def workflow(self) -> None:
        self.show_skp_tab()
        tab = self.skp_tab
        visible = tab.workflow.visible_actions()
        if not visible:
            return
        action = self.rng.choice(visible)
        tab.request_transition(action)
        if tab.dialog is not None:
            self._finish_form(self.fill)

    def settings_dialog(self) -> None:
        self.close_modal_later()
        self.window.language_action.trigger()

    def identity_dialog(self) -> None:
        accept = self.rng.random() < 0.5

        def pick(dialog) -> None:
            model = dialog.team.model
            for row in range(model.rowCount()):
                group = model.index(row, 0)
                dialog.team.tree.expand(group)
                if model.canFetchMore(group):
                    model.fetchMore(group)
                if model.rowCount(group):
                    dialog.team.tree.setCurrentIndex(model.index(0, 0, group))
                    return

        self.close_modal_later(accept=accept, before=pick if accept else None)
        self.window.identity_action.trigger()

    def import_dialog(self) -> None:
        self.close_modal_later()
        self.window.import_action.trigger()

    def about_box(self) -> None:
        self.close_modal_later()
        self.window.about_action.trigger()

    def sync_window(self) -> None:
        """File › Synchronisation (its pages) and View › Needs review, opened and closed."""
        actions = getattr(self.window, "sync_actions", None)
        if actions is None:
            return
        actions.sync_action.trigger()
        self.settle()
        dialog = actions.dialog
        if dialog is not None:
            for _ in range(self.rng.randint(1, 3)):
                dialog.tabs.setCurrentIndex(self.rng.randrange(dialog.tabs.count()))
                self.settle()
            if self.rng.random() < 0.7:
                dialog.reject()
        actions.review_action.trigger()
        self.settle()
        if actions.dock is not None and self.rng.random() < 0.5:
            actions.dock.close()

    def cascade_window(self) -> None:
        from skpdesk.ui.cascade.cascade_window import CascadeWindow

        self.window.cascade_action.trigger()
        self.settle()
        view = self.window.findChild(CascadeWindow)
        if view is None:
            return
        for _ in range(self.rng.randint(1, 4)):
            choice = self.rng.randrange(5)
            if choice == 0:
                view.tabs.setCurrentIndex(self.rng.randrange(view.tabs.count()))
            elif choice == 1:
                view.set_year(view.year + self.rng.choice([-1, 0, 1]))
            elif choice == 2:
                view.problems_check.toggle()
            elif choice == 3 and view.supervisor_combo.count():
                view.supervisor_combo.setCurrentIndex(
                    self.rng.randrange(view.supervisor_combo.count()))
            else:
                model = view.tree_model
                if model.rowCount():
                    index = model.index(self.rng.randrange(model.rowCount()), 0)
                    view.tree.expand(index)
                    view.tree.setCurrentIndex(index)
                    if self.rng.random() < 0.3:
                        view.tree.doubleClicked.emit(index)  # opens that SKP in the window
            self.settle()
        if self.rng.random() < 0.6:
            view.close()

    # --- end
    def switch_database(self) -> None:
        """File > Open database… to the other office; half the time an edit is still running
        on the worker (its outcome must not reach the windows that go away)."""
        from PySide6.QtWidgets import QFileDialog

        if self.rng.random() < 0.5:
            self.show_skp_tab()
            self.rng.choice([self.move_or_delete, self.undo_redo])()
        self.writes += self.services.journal.count() - self.journal_at_start
        other = self.databases.other(self.db.path)
        chosen = staticmethod(lambda *_a, **_k: (str(other), ""))
        original = QFileDialog.__dict__["getOpenFileName"]
        QFileDialog.getOpenFileName = chosen
        try:
            self.window.open_action.trigger()
        finally:
            QFileDialog.getOpenFileName = original
        if self.session.window is self.window:
            raise RuntimeError(f"File > Open database did not open {other}")
        self.window = self.session.window
        self._took_over(self.session.services)
        self.settle(50)

    # --- end
    def finish(self) -> None:
        self.writes += self.services.journal.count() - self.journal_at_start
        self.window.close()
        self.session.close_tasks()
        self.settle()
        self.window.deleteLater()
        self.settle()
        self.db.close()


class HuntDatabases:
    """The `DatabaseOpener` of the hunt: the office given and a second one to switch to."""

    def __init__(self, first: Path, second: Path, second_source: Path | None, *,
                 seed: int) -> None:
        self.first, self.second = first.resolve(), second.resolve()
        self.second_source = second_source
        self.seed = seed

    def open(self, db: str):
        from skpdesk.paths import resolve_paths
        from skpdesk.services.context import Services
        from skpdesk.storage.database import Database

        path = Path(db).resolve()
        if path == self.second and not path.exists():
            if self.second_source is not None:
                shutil.copy(self.second_source, path)
            else:
                database = Database(path)
                Services.build(database, "crash-hunt").demo.fill(employees=40,
                                                                 seed=self.seed + 1)
                database.close()
        database = Database(path)
        return Services.build(database, "crash-hunt"), resolve_paths(path)

    def close(self, services) -> None:
        services.db.close()

    def other(self, db: Path) -> Path:
        return self.second if Path(db).resolve() == self.first else self.first


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    faulthandler.enable()
    folder = Path(tempfile.mkdtemp(prefix="skpdesk-crash-hunt-"))
    errors: list[str] = []

    def hook(kind, error, tb) -> None:  # an exception escaped a Qt slot or event handler
        errors.append("".join(traceback.format_exception(kind, error, tb)))
        sys.stderr.write(errors[-1])

    sys.excepthook = hook
    hunt = None
    try:
        hunt = Hunt(args, folder)
        if args.select or args.select_name:
            hunt.run_selection(args.select + [hunt.by_name(n) for n in args.select_name])
        else:
            hunt.run_random(args.steps)
        hunt.finish()
    except Exception:  # noqa: BLE001 - reported with the seed, as a failure
        errors.append(traceback.format_exc())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if hunt is not None:
        errors += ["".join(traceback.format_exception(e)) for e in hunt.reporter.unexpected_errors]
    if errors:
        sys.stderr.write(f"crash hunt failed (seed {args.seed}):\n" + "\n".join(errors))
        return 1
    print(f"crash hunt clean (seed {args.seed}): {hunt.writes} writes, "
          f"{len(hunt.reporter.domain_errors)} refusals shown", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
