#!/usr/bin/env python3
"""Start-up time of the desktop window next to a bare PySide6 window, in the same run.

    python bench/bench_startup.py                    # 2,000-pegawai office (built/reused) + demo office
    python bench/bench_startup.py --repeat 15 --write-docs [--json OUT] [--no-identity]
    python bench/bench_startup.py --profile          # -X importtime and cProfile of one start

Measured from the PARENT: the clock starts just before `subprocess.Popen` and stops when the
child's marker line arrives on its stdout pipe. The children are

- `python bench/bare_window.py`: QApplication + QMainWindow with a QLabel, shown; prints
  "window-shown" one event-loop turn after show();
- `python -m skpdesk --db COPY` with SKPDESK_GUI_SMOKE=team: the real entry point; the end
  point is "team-shown", printed once the main window is shown AND its team list shows (every
  expanded group, "My direct reports" first, has its first page of rows).

Both run with the same interpreter and environment (QT_QPA_PLATFORM=offscreen), interleaved
round by round (bare, app, demo app, bare, ...), so drift in the machine's load hits all of
them. The office is a copy, made once per run in a temporary folder, of the cached generated file
(which stays pristine), with its own data folder (settings.ini with "I am" = the Kepala Dinas,
logs, backups). One untimed start of each child comes first: it upgrades the copy's schema if
the cached file is older, writes the window state, and warms the OS file cache, so the timed
starts are those of a returning user. Target (issue): the app at most 2x the bare window, on the
medians. The numbers are for a script to report, never for a test to assert.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_core  # noqa: E402  (ensure_office, pick_subjects, machine)

try:
    import resource  # CPU time of the children (not on Windows)
except ImportError:  # pragma: no cover
    resource = None

DOC = ROOT / "docs" / "startup.md"
DOC_BEGIN = "<!-- BEGIN bench_startup results (written by bench/bench_startup.py --write-docs) -->"
DOC_END = "<!-- END bench_startup results -->"
TARGET_RATIO = 2.0
TIMEOUT_S = 60
SHOWN = re.compile(r"^window-shown (\d+)")
TEAM = re.compile(r"^team-shown (\d+) rows=(-?\d+)")


# ---------------------------------------------------------------------------------- one start

def base_env() -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE is dropped: an installed app runs from .pyc files (pip writes them),
    # so the warm-up start writes any that are missing and the timed starts use them.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SKPDESK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return env


def start_once(cmd: list[str], env: dict[str, str], marker: re.Pattern) -> dict:
    """Run one child; seconds from before Popen to its marker line, and to its exit, and the
    CPU time (user + system) of the whole child process (less disturbed by other load)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, cwd=ROOT,
                                text=True, encoding="utf-8")
        watchdog = threading.Timer(TIMEOUT_S, proc.kill)  # a child that hangs fails the run
        watchdog.start()
        shown = child_ms = rows = None
        lines = []
        for line in proc.stdout:
            lines.append(line)
            m = marker.match(line)
            if m and shown is None:
                shown = time.perf_counter() - t0
                child_ms = int(m.group(1))
                rows = int(m.group(2)) if m.re.groups > 1 else None
        code = proc.wait()
        watchdog.cancel()
        ended = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if code != 0 or shown is None or (rows is not None and rows < 0):
        sys.stderr.write(f"$ {' '.join(cmd)}\n{''.join(lines)}{stderr}")
        raise SystemExit(f"child failed (exit {code}, marker {'seen' if shown else 'missing'})")
    cpu = ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
           if resource else None)
    return {"shown": shown, "child_ms": child_ms, "rows": rows, "exit": ended, "cpu": cpu}


class Variant:
    def __init__(self, key: str, label: str, cmd: list[str], env: dict[str, str],
                 marker: re.Pattern) -> None:
        self.key, self.label, self.cmd, self.env, self.marker = key, label, cmd, env, marker

    def run(self) -> dict:
        return start_once(self.cmd, self.env, self.marker)


def bare_variant() -> Variant:
    return Variant("bare", "Bare PySide6 window (`bench/bare_window.py`)",
                   [sys.executable, str(HERE / "bare_window.py")], base_env(), SHOWN)


def app_variant(key: str, label: str, db: Path, data_dir: Path, identity: str | None) -> Variant:
    data_dir.mkdir(parents=True, exist_ok=True)
    ini = data_dir / "settings.ini"
    ini.unlink(missing_ok=True)
    if identity:  # "I am" = this pegawai: the window opens on "My direct reports"
        ini.write_text(f"[identity]\npegawai_id={identity}\n", encoding="utf-8")
    env = base_env()
    env.update(SKPDESK_DATA_DIR=str(data_dir), SKPDESK_GUI_SMOKE="team")
    return Variant(key, label, [sys.executable, "-m", "skpdesk", "--db", str(db)], env, TEAM)


def make_demo(path: Path, employees: int, seed: int) -> None:
    env = base_env()
    env["SKPDESK_DATA_DIR"] = str(path.parent / "demo-cli-data")
    subprocess.run([sys.executable, "-m", "skpdesk", "--db", str(path), "demo",
                    "--employees", str(employees), "--seed", str(seed)],
                   check=True, env=env, cwd=ROOT, capture_output=True)


# ---------------------------------------------------------------------------------- report

def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def qt_versions() -> dict:
    import PySide6
    from PySide6.QtCore import qVersion
    return {"pyside6": PySide6.__version__, "qt": qVersion()}


def render(variants: list[Variant], results: dict[str, list[dict]], m: dict, repeat: int,
           notes: dict[str, str]) -> str:
    bare = stats([s["shown"] for s in results["bare"]])
    rows = []
    for v in variants:
        samples = results[v.key]
        st = stats([s["shown"] for s in samples])
        ratio = st["median"] / bare["median"]
        if v.key == "bare":
            verdict, ratio_txt, ratio_min = "—", "1.00×", "1.00×"
        else:
            ok = ratio <= TARGET_RATIO
            verdict = f"{'**met**' if ok else '**missed**'} (≤ {TARGET_RATIO:g}×)"
            ratio_txt = f"**{ratio:.2f}×**"
            ratio_min = f"{st['min'] / bare['min']:.2f}×"
        label = v.label + (f" → {samples[0]['rows']} rows" if samples[0]["rows"] is not None else "")
        rows.append(f"| {label} | {ms(st['median'])} | {ms(st['min'])} | {ms(st['max'])} | "
                    f"{ratio_txt} | {ratio_min} | {verdict} |")
    split = []
    for v in variants:
        samples = results[v.key]
        med = lambda key: stats([s[key] for s in samples])["median"]  # noqa: E731
        cpu = ms(med("cpu")) if samples[0]["cpu"] is not None else "—"
        if v.key == "bare":
            split.append(f"| {v.label} | — | {ms(med('child_ms') / 1000)} from its first line | "
                         f"{ms(med('exit'))} | {cpu} |")
            continue
        before = stats([s["shown"] - s["child_ms"] / 1000 for s in samples])["median"]
        split.append(f"| {v.label} | {ms(before)} | {ms(med('child_ms') / 1000)} | "
                     f"{ms(med('exit'))} | {cpu} |")
    lines = [
        *(notes[k] for k in notes),
        "",
        f"Wall time from just before `Popen` to the marker line, median, min and max over "
        f"{repeat} starts each, interleaved; ratio = median / bare median (the target's "
        "measure); min ratio = fastest / fastest bare, a cross-check when other programs load "
        "the machine.",
        "",
        "| Start-up of | median | min | max | ratio to bare | min ratio | target (ratio of medians) |",
        "|---|---:|---:|---:|---:|---:|---|",
        *rows,
        "",
        "Where the time goes (medians). *imported*: from process start until `skpdesk.app` has "
        "finished importing (interpreter; `skpdesk.cli` → services → storage: SQLAlchemy, "
        "Alembic, openpyxl, ...). *→ shown*: from there to the marker, as the child itself "
        "reports (Qt and the UI modules, database open, window, first team page). *exit*: until "
        "the process has ended (window state saved, database closed; not part of the start-up). "
        "*CPU*: user + system time of the whole process, less disturbed by other load than the "
        "wall times.",
        "",
        "| Start | process start → `skpdesk.app` imported | → shown | exit | CPU |",
        "|---|---:|---:|---:|---:|",
        *split,
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['ram']} RAM; "
        f"{m['os']}; Python {m['python']}, PySide6 {m['pyside6']} (Qt {m['qt']}), "
        f"QT_QPA_PLATFORM=offscreen; SQLite {m['sqlite']}, SQLAlchemy {m['sqlalchemy']}; "
        f"measured {m['date']} (load average at the end {m['load']}).",
    ]
    return "\n".join(lines)


def write_docs(block: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    wrapped = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
    if DOC_BEGIN in text and DOC_END in text:
        head, rest = text.split(DOC_BEGIN, 1)
        text = head + wrapped + rest.split(DOC_END, 1)[1]
    else:
        text = ((text.rstrip() + "\n\n") if text else "# Start-up time\n\n") + \
            "## Latest results\n\n" + wrapped + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    print(f"Updated {DOC.relative_to(ROOT)}")


# ---------------------------------------------------------------------------------- profile

def profile(v: Variant, work: Path, top: int = 25) -> None:
    """-X importtime (aggregated by top-level package, and the slowest skpdesk modules) and a
    cProfile of one start of the app."""
    res = subprocess.run([sys.executable, "-X", "importtime", *v.cmd[1:]], env=v.env, cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8")
    by_pkg: dict[str, int] = {}
    cumulative: list[tuple[int, str]] = []
    for line in res.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if not m:
            continue
        self_us, cum_us, name = int(m.group(1)), int(m.group(2)), m.group(4)
        by_pkg[name.split(".")[0]] = by_pkg.get(name.split(".")[0], 0) + self_us
        cumulative.append((cum_us, name))
    print(f"--- python -X importtime: {sum(by_pkg.values()) / 1000:.0f} ms of imports "
          "(inflated by the measurement itself); self time by top-level package:")
    for name, us in sorted(by_pkg.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {us / 1000:7.1f} ms  {name}")
    print("--- slowest imports, cumulative (module and what it imports):")
    for cum_us, name in sorted(cumulative, reverse=True)[:top]:
        print(f"  {cum_us / 1000:7.1f} ms  {name}")
    prof = work / "startup.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), *v.cmd[1:]], env=v.env,
                   cwd=ROOT, check=True, capture_output=True)
    import pstats
    print(f"--- cProfile of one start ({v.label}), top {top} by cumulative time:")
    pstats.Stats(str(prof)).strip_dirs().sort_stats("cumulative").print_stats(top)


# ---------------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="time this office instead of the generated one")
    ap.add_argument("--repeat", type=int, default=15, help="timed starts of each (default 15)")
    ap.add_argument("--employees", type=int, default=2000, help="size of the generated office")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--demo-employees", type=int, default=40,
                    help="size of the demo office also timed (default 40, as `skpdesk demo`); 0: none")
    ap.add_argument("--no-identity", action="store_true",
                    help="also time the large office with nobody chosen as 'I am' (unit groups only)")
    ap.add_argument("--profile", action="store_true",
                    help="print -X importtime and cProfile of one start of the app, then stop")
    ap.add_argument("--write-docs", action="store_true", help=f"update {DOC.relative_to(ROOT)}")
    ap.add_argument("--json", type=Path, help="also write the raw samples to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)

    source, meta = bench_core.ensure_office(SimpleNamespace(
        db=args.db, employees=args.employees, seed=args.seed, year=None))
    work = Path(tempfile.mkdtemp(prefix="skpdesk-startup-"))
    try:
        big = work / "office.sqlite"
        shutil.copyfile(source, big)  # the cached file stays pristine (the app writes local state)
        head = bench_core.pick_subjects(big, None)
        n = head["totals"]["pegawai"]
        variants = [bare_variant(),
                    app_variant("app", f"SKP Desk, {n:,}-pegawai office, Kepala Dinas's team",
                                big, work / "data-large", head["head_id"])]
        if args.no_identity:
            variants.append(app_variant("app_noid", f"SKP Desk, {n:,}-pegawai office, no \"I am\"",
                                        big, work / "data-large-noid", None))
        notes = {"large": f"Large office: copy of `{_rel(source)}` ({n:,} pegawai, "
                          f"{head['totals']['skp']:,} SKP); \"I am\" = {head['head']}, "
                          f"{head['head_team']} direct reports."}
        if args.demo_employees:
            demo = work / "demo.sqlite"
            make_demo(demo, args.demo_employees, args.seed)
            small = bench_core.pick_subjects(demo, None)
            variants.append(app_variant("demo", f"SKP Desk, demo {args.demo_employees}-pegawai "
                                        "office, Kepala Dinas's team", demo, work / "data-demo",
                                        small["head_id"]))
            notes["demo"] = (f"Demo office: `skpdesk demo --employees {args.demo_employees} "
                             f"--seed {args.seed}`; \"I am\" = {small['head']}, "
                             f"{small['head_team']} direct reports.")
        if args.profile:
            profile(variants[1], work)
            return 0

        print(f"Warm-up: one untimed start of each ({work})", flush=True)
        for v in variants:
            v.run()
        results: dict[str, list[dict]] = {v.key: [] for v in variants}
        started = time.perf_counter()
        for i in range(args.repeat):
            for v in variants:
                results[v.key].append(v.run())
            print(f"  round {i + 1}/{args.repeat}: " + ", ".join(
                f"{v.key} {results[v.key][-1]['shown'] * 1000:.0f} ms" for v in variants)
                + f" ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
        m = {**bench_core.machine(), **qt_versions()}
        block = render(variants, results, m, args.repeat, notes)
        print()
        print(block)
        if args.json:
            args.json.write_text(json.dumps({"machine": m, "notes": notes, "results": results},
                                            indent=1), encoding="utf-8")
        if args.write_docs:
            write_docs(block)
        return 0
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def _rel(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


if __name__ == "__main__":
    sys.exit(main())
