#!/usr/bin/env python3
"""`skpdesk check` on the 2,000-pegawai office, and the upgrade that chains its journal.

    python bench/bench_check.py                     # builds/reuses bench/out/office-2000-seed7.sqlite
    python bench/bench_check.py --db PATH --repeat 7 [--write-docs]

1. Upgrade: when the office file is at an older schema (generated before revision 0003), a copy
   is opened once and the migration timed (backup, new columns, every journal entry chained).
2. Check, each sample in a FRESH SUBPROCESS on the upgraded copy: the whole
   `IntegrityService.run()` and its parts (SQLite's integrity_check, the storage scan: journal
   chains + live rows against the journal + value domains, the SKP rules), then the real
   command `skpdesk check --json` from process start to exit (what the user waits for).
Numbers are reported, never asserted by a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (ROOT, HERE):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

OUT_DIR = HERE / "out"
DOC = ROOT / "docs" / "benchmarks.md"
DOC_BEGIN = "<!-- BEGIN bench_check results (written by bench/bench_check.py --write-docs) -->"
DOC_END = "<!-- END bench_check results -->"


def _worker(db: Path) -> None:
    from skpdesk.services.integrity import IntegrityService
    from skpdesk.storage.database import Database

    db_ = Database(db)
    parts = {}
    with db_.reader() as uow:
        for name, call in (("integrity_check", uow.journal.integrity_check),
                           ("scan", uow.integrity.scan)):
            t = time.perf_counter()
            call()
            parts[name] = time.perf_counter() - t
    db_.close()
    db_ = Database(db)  # a fresh connection and caches for the whole run
    t, cpu = time.perf_counter(), time.process_time()
    report = IntegrityService(db_, "bench").run()
    parts["run"] = time.perf_counter() - t
    parts["run_cpu"] = time.process_time() - cpu
    parts["errors"] = len(report.errors)
    parts["warnings"] = len(report.warnings)
    print(json.dumps(parts))


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _counts(path: Path) -> dict:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("pegawai", "skp", "rhk", "indikator", "journal")}
    finally:
        conn.close()


def _children_cpu() -> float:
    """CPU seconds used by finished child processes: unlike wall time, not inflated when other
    programs share the machine."""
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stats(values: list[float]) -> str:
    return (f"{statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f}, "
            f"max {max(values) * 1000:.0f})")


def cpu(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="office file (default: the generated 2,000-pegawai office)")
    ap.add_argument("--repeat", type=int, default=7, help="fresh processes per measurement (default 7)")
    ap.add_argument("--write-docs", action="store_true", help="rewrite the results in docs/benchmarks.md")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(args.worker)
        return 0

    from bench_core import machine
    source = args.db or OUT_DIR / "office-2000-seed7.sqlite"
    if not source.exists():
        print(f"Generating {source} with make_large_office.py (once) ...", flush=True)
        subprocess.run([sys.executable, str(HERE / "make_large_office.py"), "--employees", "2000",
                        "--seed", "7", "--out", str(source)], check=True)
    work = OUT_DIR / "check-bench.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copy(source, work)
    from skpdesk.storage.database import Database
    from skpdesk.storage.migrate import head_revision
    before = _revision(work)
    t = time.perf_counter()
    Database(work, OUT_DIR / "check-bench-backups").close()
    upgrade = time.perf_counter() - t
    shutil.rmtree(OUT_DIR / "check-bench-backups", ignore_errors=True)
    counts = _counts(work)
    mb = work.stat().st_size / 1e6

    samples = []
    for _ in range(args.repeat):
        proc = subprocess.run([sys.executable, __file__, "--worker", str(work)], capture_output=True,
                              text=True, check=True)
        samples.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    cli, cli_cpu = [], []
    skpdesk = [sys.executable, "-m", "skpdesk", "--db", str(work), "check", "--json"]
    for _ in range(args.repeat):
        t, before_cpu = time.perf_counter(), _children_cpu()
        proc = subprocess.run(skpdesk, capture_output=True, text=True, cwd=ROOT)
        cli.append(time.perf_counter() - t)
        cli_cpu.append(_children_cpu() - before_cpu)
        if proc.returncode not in (0, 1):
            raise SystemExit(proc.stderr)

    m = machine()
    last = samples[-1]
    lines = [
        f"Database: a copy of `{source.relative_to(ROOT) if source.is_relative_to(ROOT) else source}` — "
        f"{counts['pegawai']} pegawai, {counts['skp']} SKP, {counts['rhk']} RHK, "
        f"{counts['indikator']} indikator, **{counts['journal']} journal entries**, {mb:.1f} MB.",
        "",
        "| What | Wall time: median (min, max) | CPU time: median |",
        "|---|---|---|",
    ]
    if before != head_revision():
        lines.append(f"| Upgrade {before} → {head_revision()} (backup, columns, chaining every "
                     f"journal entry), once | {upgrade * 1000:.0f} ms | |")
    lines += [
        f"| `skpdesk check --json`, process start to exit | {stats(cli)} | {cpu(cli_cpu)} |",
        f"| `IntegrityService.run()` (everything below) | {stats([s['run'] for s in samples])} "
        f"| {cpu([s['run_cpu'] for s in samples])} |",
        f"| — SQLite `PRAGMA integrity_check` | {stats([s['integrity_check'] for s in samples])} | |",
        f"| — storage scan: hash chains, live rows against the journal, value domains "
        f"| {stats([s['scan'] for s in samples])} | |",
        "",
        f"{args.repeat} fresh processes each; the report had {last['errors']} errors and "
        f"{last['warnings']} warnings (cascade problems of the generated office).",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']}, Python {m['python']}, SQLite "
        f"{m['sqlite']}, load average {m['load']} at {m['date']}.",
    ]
    block = "\n".join(lines)
    print(block)
    if args.write_docs:
        text = DOC.read_text(encoding="utf-8")
        wrapped = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
        if DOC_BEGIN in text:
            head, rest = text.split(DOC_BEGIN, 1)
            text = head + wrapped + rest.split(DOC_END, 1)[1]
        else:
            text = text.rstrip() + "\n\n## `skpdesk check` on the large office\n\n" + wrapped + "\n"
        DOC.write_text(text, encoding="utf-8")
        print(f"Updated {DOC.relative_to(ROOT)}")
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
