#!/usr/bin/env python3
"""The supervisor's workspace on a large office (issue 9): open the window until the team is
shown, expand a unit, search, go to the next match, switch pegawai; plus the reads behind them.

    python bench/bench_workspace.py --db bench/out/office-8000-seed7.sqlite [--repeat 7]
                                    [--write-docs] [--json OUT]

The office file is COPIED to a temporary folder first (the cached file stays pristine). Each run
is a FRESH SUBPROCESS (QT_QPA_PLATFORM=offscreen; interpreter, SQLite page cache, Qt all new;
only the OS file cache is shared), which times, in the real main window of `gui_app` with the
SKP tab shown and "Saya adalah" = the Kepala Dinas:

- open: `Database(...)` + `Services.build` + `make_main_window` + show, until every expanded row
  of the team tree has its first page (the same end point as the start-up smoke test);
- expand: expand the chain of the unit with the most pegawai of its own (collapsed before),
  until its first page is in;
- search: type a surname fragment and apply it, until the first match is selected (its units
  expanded, its page fetched, the SKP tab showing that pegawai);
- next match: Enter in the search field (the next match selected and shown);
- switch: select another pegawai in the tree until the SKP tab shows their SKP;
- reads: `TeamOverviewService.units` (all units with counts per state) and
  `ActionItemsService.collect` for the Kepala Dinas (this runs off the GUI thread in the app).

Reported: the median (and min/max) over the runs. Never asserted by a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOC = ROOT / "docs" / "benchmarks.md"
DOC_BEGIN = "<!-- BEGIN bench_workspace results (written by bench/bench_workspace.py --write-docs) -->"
DOC_END = "<!-- END bench_workspace results -->"
STEPS = ("open", "expand", "search", "next_match", "switch", "units_query", "actions_query")
LABELS = {"open": "Open the window until the team tree is shown",
          "expand": "Expand the largest unit (its chain) until its first page is in",
          "search": "Search a name: first match selected and its SKP shown",
          "next_match": "Enter: next match selected and shown",
          "switch": "Switch pegawai in the tree: SKP tab shows the new one",
          "units_query": "Read: all units with counts per SKP state (one query)",
          "actions_query": "Read: Perlu tindakan of the Kepala Dinas (worker thread)"}


def head_of(db: Path) -> str:
    """The Kepala Dinas, chosen as the other benchmarks choose him (`bench_core`)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    import bench_core
    return bench_core.pick_subjects(db, None)["head_id"]


def child(db: Path, data_dir: Path) -> None:
    """One run, in this process; prints one JSON line of seconds per step."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["SKPDESK_DATA_DIR"] = str(data_dir)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui import ui_settings
    from skpdesk.ui.events import AppEvents
    from skpdesk.ui.shell import gui_app
    from skpdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    settings = gui_app.make_settings()

    def pump(done, timeout=60.0) -> None:
        end = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > end:
                raise SystemExit("timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    head_id = head_of(db)  # the Kepala Dinas (read before timing; not part of any step)
    ui_settings.set_identity(settings, head_id)
    settings.setValue("main_window/geometry", None)
    times: dict[str, float] = {}

    t0 = time.perf_counter()
    database = Database(db)
    services = Services.build(database, "bench")
    events = AppEvents()
    tasks = TaskRunner(events=events)
    window = gui_app.make_main_window(services, settings, tasks=tasks, events=events, db_path=db)
    window.resize(1280, 800)
    window.show()
    pump(lambda: gui_app.team_rows_shown(window) is not None)
    times["open"] = time.perf_counter() - t0
    tabs = window.workspace_tabs
    skp_index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "SKP")
    tabs.setCurrentIndex(skp_index)
    skp_tab = tabs.widget(skp_index)
    pump(lambda: not tasks.busy)

    panel, model, year = window.team_panel, window.team_panel.model, window.year
    units = services.team.units(year)
    biggest = max(units, key=lambda u: u.direct)
    chain = services.team.unit_chain(biggest.id)
    for unit_id in reversed(chain):
        panel.tree.collapse(model.unit_index(unit_id))
    app.processEvents()
    t0 = time.perf_counter()
    for unit_id in chain:
        panel.tree.expand(model.unit_index(unit_id))
    pump(lambda: model.loaded_member_count(model.unit_index(biggest.id)) > 0)
    times["expand"] = time.perf_counter() - t0

    # A surname fragment matching a few dozen pegawai across units.
    someone = services.team.members(biggest.id, year, limit=1)[0]
    fragment = someone.full_name.split(",")[0].split()[-1][:5]
    t0 = time.perf_counter()
    panel.search_edit.setText(fragment)
    panel.apply_search()
    first = panel.matches()[0].member.id
    pump(lambda: skp_tab.pegawai_id == first and not tasks.busy)
    times["search"] = time.perf_counter() - t0
    second = panel.matches()[1].member.id if len(panel.matches()) > 1 else first
    t0 = time.perf_counter()
    panel.next_match()
    pump(lambda: skp_tab.pegawai_id == second and not tasks.busy)
    times["next_match"] = time.perf_counter() - t0

    panel.search_edit.clear()
    panel.apply_search()
    members = services.team.members(biggest.id, year, limit=3)
    target = next(m for m in members if m.id != panel.current_pegawai_id())
    row = next(r for r in range(model.loaded_member_count(model.unit_index(biggest.id)))
               if model.index(r, 0, model.unit_index(biggest.id)).data(
                   Qt_user_role()) == target.id)
    index = model.index(row, 0, model.unit_index(biggest.id))
    t0 = time.perf_counter()
    panel.tree.setCurrentIndex(index)
    pump(lambda: skp_tab.pegawai_id == target.id and not tasks.busy)
    times["switch"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    services.team.units(year)
    times["units_query"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    services.actions.collect(head_id, year)
    times["actions_query"] = time.perf_counter() - t0
    times["_meta"] = {"units": len(units), "pegawai": services.staff.count(), "year": year,
                      "largest_unit": biggest.path, "largest_direct": biggest.direct,
                      "search": fragment, "matches": len(panel.matches()) or None,
                      "head_reports": model.group_total("mine")}
    tasks.shutdown()
    window.close()
    database.close()
    print("RESULT " + json.dumps(times), flush=True)


def tester_child(db: Path, year: int) -> None:
    """Qt's QAbstractItemModelTester on the team model of the large office (not timed): the
    tester walks and fetches every unit's pages; then filters, a year change and a refresh.
    Prints the number of rows it saw and every complaint (category qt.modeltest)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtTest import QAbstractItemModelTester
    from PySide6.QtWidgets import QApplication

    from skpdesk.domain.team import SkpState
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui.team.team_model import TeamModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    complaints: list[str] = []

    def handler(mode, context, message):
        if mode != QtMsgType.QtDebugMsg and ((context is not None and context.category
                                              == "qt.modeltest") or "FAIL!" in message):
            complaints.append(message)

    qInstallMessageHandler(handler)
    database = Database(db)
    services = Services.build(database, "bench")
    model = TeamModel(services.team, year=year, me_id=head_of(db))
    t0 = time.perf_counter()

    def walk(parent=None) -> int:
        from PySide6.QtCore import QModelIndex
        parent = parent or QModelIndex()
        count = 0
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            while model.canFetchMore(index):
                model.fetchMore(index)
            count += 1 + walk(index)
        return count

    rows = 0
    for change in (lambda: None, lambda: model.set_states([SkpState.DIAJUKAN]),
                   lambda: model.set_states([]), lambda: model.set_year(year + 1),
                   model.refresh):
        change()
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning)
        rows = max(rows, walk())
        del tester
    print("TESTER " + json.dumps({"rows": rows, "complaints": complaints,
                                  "seconds": time.perf_counter() - t0}), flush=True)
    database.close()


def Qt_user_role():  # noqa: N802 - the model's pegawai id role, imported late (child only)
    from skpdesk.ui.team.team_model import PEGAWAI_ID_ROLE
    return PEGAWAI_ID_ROLE


def render(runs: list[dict], db: Path, tester: dict | None = None) -> str:
    meta = runs[0]["_meta"]
    lines = [
        f"Office: `{db.name}` ({meta['pegawai']} pegawai, {meta['units']} units, year "
        f"{meta['year']}); largest unit: {meta['largest_direct']} pegawai of its own; the "
        f"Kepala Dinas has {meta['head_reports']} direct reports. {len(runs)} runs, each in a "
        f"fresh process, offscreen; machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}.",
        "",
        "| Step | median | min | max |",
        "|---|---:|---:|---:|",
    ]
    for step in STEPS:
        values = [r[step] * 1000 for r in runs]
        lines.append(f"| {LABELS[step]} | {statistics.median(values):.0f} ms | "
                     f"{min(values):.0f} ms | {max(values):.0f} ms |")
    if tester is not None:
        lines += ["", f"QAbstractItemModelTester on the team model of this office (every unit "
                      f"expanded and every page fetched, then a status filter, the next year and "
                      f"a refresh): {tester['rows']} rows, {len(tester['complaints'])} "
                      f"complaints ({tester['seconds']:.1f} s, not a timing target)."]
        lines += [f"- {c}" for c in tester["complaints"][:10]]
    return "\n".join(lines)


def write_docs(block: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    section = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
    if DOC_BEGIN in text:
        start, end = text.index(DOC_BEGIN), text.index(DOC_END) + len(DOC_END)
        text = text[:start] + section + text[end:]
    else:
        text = text.rstrip() + "\n\n## The supervisor's workspace (issue 9)\n\n" + section + "\n"
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "office-8000-seed7.sqlite")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--write-docs", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--child", nargs=2, metavar=("DB", "DATA_DIR"), help=argparse.SUPPRESS)
    ap.add_argument("--tester-child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--year", type=int, default=2026, help=argparse.SUPPRESS)
    ap.add_argument("--no-tester", action="store_true",
                    help="skip the QAbstractItemModelTester pass over the whole office")
    args = ap.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    if args.tester_child:
        tester_child(args.tester_child, args.year)
        return 0
    if not args.db.exists():
        raise SystemExit(f"--db {args.db} does not exist (bench/make_large_office.py makes one)")
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-workspace-") as tmp:
        copy = Path(tmp) / "office.sqlite"
        shutil.copy(args.db, copy)
        for i in range(args.repeat + 1):  # the first run upgrades/warms and is not counted
            data = Path(tmp) / f"data{i}"
            data.mkdir()
            out = subprocess.run([sys.executable, __file__, "--child", str(copy), str(data)],
                                 capture_output=True, text=True, check=False)
            line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
            if line is None:
                sys.stderr.write(out.stdout + out.stderr)
                raise SystemExit("a run failed")
            if i:
                runs.append(json.loads(line[7:]))
                print(f"run {i}: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in
                                                runs[-1].items() if k != "_meta"), flush=True)
        tester = None
        if not args.no_tester:
            out = subprocess.run([sys.executable, __file__, "--tester-child", str(copy),
                                  "--year", str(runs[0]["_meta"]["year"])],
                                 capture_output=True, text=True, check=False)
            line = next((ln for ln in out.stdout.splitlines() if ln.startswith("TESTER ")), None)
            if line is None:
                sys.stderr.write(out.stdout + out.stderr)
                raise SystemExit("the model tester run failed")
            tester = json.loads(line[7:])
    block = render(runs, args.db, tester)
    print(block)
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    if args.write_docs:
        write_docs(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
