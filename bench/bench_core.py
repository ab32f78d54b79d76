#!/usr/bin/env python3
"""Core-path timings on a large office: open + staff lists, loading one SKP, the whole cascade.

    python bench/bench_core.py                      # builds/reuses bench/out/office-2000-seed7.sqlite
    python bench/bench_core.py --db PATH --repeat 15 [--warm 5] [--write-docs] [--json OUT]
    python bench/bench_core.py --profile skp        # cProfile of one cold call (or: cascade, list_all, ...)

Every sample runs in a FRESH SUBPROCESS (interpreter, SQLAlchemy statement cache, connection
pool and SQLite page cache all new; only the OS file cache is shared): `cold` is the first call
there, as when a user opens the app and goes to that screen. After it the same process repeats
the call `--warm` times on the same `Database` (`warm`: what a second visit to the screen costs).
Imports are not timed. Targets (< 50 ms for one SKP, < 1 s for the cascade) are judged on the
cold median. The numbers are for a script to report, never for a test to assert.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

ACTOR = "bench"
OUT_DIR = HERE / "out"
DOC = ROOT / "docs" / "benchmarks.md"
DOC_BEGIN = "<!-- BEGIN bench_core results (written by bench/bench_core.py --write-docs) -->"
DOC_END = "<!-- END bench_core results -->"

# kind -> (label, target in seconds or None)
KINDS = {
    "list_all": ("List the whole office: `staff.list()`", None),
    "team_head": ("List the Kepala Dinas's direct team: `staff.list(supervisor_id=...)`", None),
    "team_kabid": ("List a Kepala Bidang's direct team: `staff.list(supervisor_id=...)`", None),
    "skp": ("Load one SKP: `skp.get(skp_id)`", 0.050),
    "cascade": ("Whole cascade of the year: `CascadeService.tree(year)`", 1.0),
}


# ---------------------------------------------------------------------------------- worker side

def _worker(args) -> None:
    """One sample, in its own process: open, the cold call, then `warm` repeats. JSON on stdout."""
    params = json.loads(args.params)
    from skpdesk.services.cascade import CascadeService
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    kind = args.worker
    if args.gc_freeze:
        import gc
        gc.freeze()  # what an app could do once its imports are done (see docs/benchmarks.md)
    t0 = time.perf_counter()
    db = Database(Path(args.db))
    t_open = time.perf_counter() - t0
    services = Services.build(db, ACTOR)
    cascade = CascadeService(db, ACTOR)

    def size_of(result) -> int:
        if kind == "skp":
            return len(result.rhk)
        if kind == "cascade":
            return sum(1 for _ in result.walk())
        return len(result)

    calls = {
        "list_all": lambda: services.staff.list(),
        "team_head": lambda: services.staff.list(supervisor_id=params["head_id"]),
        "team_kabid": lambda: services.staff.list(supervisor_id=params["kabid_id"]),
        "skp": lambda: services.skp.get(params["skp_id"]),
        "cascade": lambda: cascade.tree(params["year"]),
    }
    call = calls[kind]

    if args.worker_profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        result = call()
        prof.disable()
        cold = time.perf_counter() - t0
        stats = pstats.Stats(prof, stream=sys.stderr).strip_dirs()
        print(f"--- cProfile of one cold `{kind}` call ({cold * 1000:.1f} ms with the profiler on)",
              file=sys.stderr)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)
        warm = []
    else:
        t0 = time.perf_counter()
        result = call()
        cold = time.perf_counter() - t0
        warm = []
        for _ in range(args.warm):
            t0 = time.perf_counter()
            call()
            warm.append(time.perf_counter() - t0)
    size = size_of(result)
    db.close()
    reopen = []
    for _ in range(args.warm if not args.worker_profile else 0):
        t0 = time.perf_counter()
        again = Database(Path(args.db))
        reopen.append(time.perf_counter() - t0)
        again.close()
    print(json.dumps({"kind": kind, "open": t_open, "cold": cold, "warm": warm, "reopen": reopen,
                      "size": size}))


# ---------------------------------------------------------------------------------- parent side

def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def pick_subjects(path: Path, year: int | None) -> dict:
    """The pegawai and SKP the benchmark reads, chosen deterministically from the file."""
    conn = _ro(path)
    try:
        q = lambda sql, *a: conn.execute(sql, a).fetchall()  # noqa: E731
        if year is None:
            row = q("SELECT year FROM skp GROUP BY year ORDER BY count(*) DESC, year DESC LIMIT 1")
            if not row:
                raise SystemExit(f"{path} has no SKP: not a generated office?")
            year = row[0][0]
        direct = ("SELECT p.id, p.name, p.position, p.position_kind, "
                  "(SELECT count(*) FROM pegawai c WHERE c.supervisor_id = p.id) AS n FROM pegawai p ")
        # Kepala Dinas: the JPT at the top of the office (no supervisor, or a non-ASN one such
        # as the Bupati), with the most direct subordinates.
        heads = q(direct + "LEFT JOIN pegawai s ON s.id = p.supervisor_id "
                  "WHERE p.position_kind = 'jpt' AND (p.supervisor_id IS NULL OR s.asn_type = 'NON_ASN') "
                  "ORDER BY n DESC, p.id LIMIT 1")
        if not heads:
            heads = q(direct + "WHERE p.asn_type != 'NON_ASN' ORDER BY n DESC, p.id LIMIT 1")
        head = heads[0]
        # A Kepala Bidang: an administrator directly under the head, the one with the biggest team.
        kabids = q(direct + "WHERE p.supervisor_id = ? ORDER BY (p.position_kind = 'administrator') DESC, "
                   "(p.position LIKE 'Kepala Bidang%') DESC, n DESC, p.id LIMIT 1", head[0])
        kabid = kabids[0] if kabids else head
        # A typical JA/JF SKP with several RHK: the median by RHK count among the JA/JF SKPs of
        # the year with at least three RHK.
        skps = q("SELECT s.id, p.name, p.position, "
                 "(SELECT count(*) FROM rhk r WHERE r.skp_id = s.id) AS nr, "
                 "(SELECT count(*) FROM indikator i JOIN rhk r ON r.id = i.rhk_id WHERE r.skp_id = s.id) AS ni "
                 "FROM skp s JOIN pegawai p ON p.id = s.pegawai_id "
                 "WHERE s.year = ? AND s.form = 'ja_jf' AND p.position_kind IN ('fungsional', 'pelaksana') "
                 "ORDER BY nr, ni, s.id", year)
        several = [s for s in skps if s[3] >= 3] or skps
        if not several:
            raise SystemExit(f"{path} has no JA/JF SKP for {year}")
        skp = several[len(several) // 2]
        max_rhk = max(s[3] for s in skps)
        totals = {t: q(f"SELECT count(*) FROM {t}")[0][0] for t in ("pegawai", "skp", "rhk", "indikator")}
        year_rhk = q("SELECT count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.year = ?", year)[0][0]
        year_skp = q("SELECT count(*) FROM skp WHERE year = ?", year)[0][0]
    finally:
        conn.close()
    return {
        "year": year, "head_id": head[0], "head": f"{head[1]} ({head[2]})", "head_team": head[4],
        "kabid_id": kabid[0], "kabid": f"{kabid[1]} ({kabid[2]})", "kabid_team": kabid[4],
        "skp_id": skp[0], "skp_owner": f"{skp[1]} ({skp[2]})", "skp_rhk": skp[3], "skp_ind": skp[4],
        "max_rhk": max_rhk, "totals": totals, "year_rhk": year_rhk, "year_skp": year_skp,
    }


def ensure_office(args) -> tuple[Path, dict | None]:
    """--db as given, or the cached generated office (built on first use)."""
    import make_large_office as mlo

    if args.db:
        if not args.db.exists():
            raise SystemExit(f"--db {args.db} does not exist")
        return args.db, mlo.read_meta(args.db)
    name = f"office-{args.employees}-seed{args.seed}" + (f"-{args.year}" if args.year else "") + ".sqlite"
    path = OUT_DIR / name
    meta = mlo.read_meta(path)
    wanted = {"employees": args.employees, "seed": args.seed, "requested_year": args.year}
    if meta is not None and all(meta.get(k) == v for k, v in wanted.items()):
        print(f"Reusing {path} (generated {meta['created']} in {meta['total_seconds']:.1f} s)", flush=True)
        return path, meta
    print(f"Generating {path} with make_large_office.py (once; later runs reuse it) ...", flush=True)
    cmd = [sys.executable, str(HERE / "make_large_office.py"), "--employees", str(args.employees),
           "--seed", str(args.seed), "--out", str(path), "--force"]
    if args.year:
        cmd += ["--year", str(args.year)]
    subprocess.run(cmd, check=True)
    return path, mlo.read_meta(path)


def run_sample(db: Path, kind: str, params: dict, warm: int, profile: bool = False,
               gc_freeze: bool = False) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--db", str(db),
           "--params", json.dumps(params), "--warm", str(warm)]
    if gc_freeze:
        cmd.append("--gc-freeze")
    if profile:
        cmd.append("--worker-profile")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"worker {kind} failed ({proc.returncode})")
    if profile:
        sys.stderr.write(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) * 1024
    except OSError:
        pass
    import sqlalchemy
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "cpu": cpu, "cores": os.cpu_count(), "usable_cores": usable,
        "ram": f"{ram / 2**30:.1f} GiB" if ram else "unknown",
        "os": platform.platform(), "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "sqlalchemy": sqlalchemy.__version__,
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "load": " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?",
    }


def fmt_ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.0f} ms" if ms >= 100 else f"{ms:.1f} ms"


def render(results: dict, subjects: dict, meta: dict | None, m: dict, db: Path, repeat: int,
           warm: int) -> str:
    rows = []

    def row(label: str, cold: dict, warm_s: dict | None, target: float | None) -> None:
        verdict = "—"
        if target is not None:
            verdict = ("**met**" if cold["median"] < target else "**missed**") + f" (< {target * 1000:g} ms)"
        w = (f"{fmt_ms(warm_s['median'])} ({fmt_ms(warm_s['min'])}–{fmt_ms(warm_s['max'])})"
             if warm_s else "—")
        rows.append(f"| {label} | {fmt_ms(cold['median'])} | {fmt_ms(cold['min'])} | "
                    f"{fmt_ms(cold['max'])} | {w} | {verdict} |")

    opens = [s["open"] for k in results for s in results[k]]
    reopens = [x for k in results for s in results[k] for x in s["reopen"]]
    row(f"Open the database: `Database(path)` incl. migration check ({len(opens)} fresh processes)",
        stats(opens), stats(reopens) if reopens else None, None)
    labels = {
        "list_all": f"{KINDS['list_all'][0]} → {{size}} pegawai",
        "team_head": f"{KINDS['team_head'][0]} → {{size}} pegawai",
        "team_kabid": f"{KINDS['team_kabid'][0]} → {{size}} pegawai",
        "skp": f"{KINDS['skp'][0]} → {{size}} RHK, {subjects['skp_ind']} indikator",
        "cascade": f"{KINDS['cascade'][0]} → {{size}} Utama RHK in the tree",
    }
    for kind, samples in results.items():
        label = labels[kind].format(size=samples[0]["size"])
        warm_all = [x for s in samples for x in s["warm"]]
        row(label, stats([s["cold"] for s in samples]), stats(warm_all) if warm_all else None,
            KINDS[kind][1])
        if kind in ("list_all", "team_head"):
            row("&nbsp;&nbsp;open + " + ("whole-office list" if kind == "list_all" else "Kepala Dinas's team"),
                stats([s["open"] + s["cold"] for s in samples]), None, None)

    t = subjects["totals"]
    lines = [
        f"Database: `{db.relative_to(ROOT) if db.is_relative_to(ROOT) else db}` — {t['pegawai']} pegawai, "
        f"{t['skp']} SKP, {t['rhk']} RHK, {t['indikator']} indikator; year {subjects['year']}: "
        f"{subjects['year_skp']} SKP, {subjects['year_rhk']} RHK.",
    ]
    if meta:
        lines.append(f"Generated by `make_large_office.py --employees {meta['employees']} --seed {meta['seed']}` "
                     f"in **{meta['total_seconds']:.1f} s** (DemoService.fill {meta['fill_seconds']:.1f} s), "
                     f"{meta['file_bytes'] / 1e6:.1f} MB, on {meta['created'][:10]}.")
    lines += [
        f"Subjects: Kepala Dinas {subjects['head']}; Kepala Bidang {subjects['kabid']}; "
        f"SKP of {subjects['skp_owner']} (median JA/JF SKP with ≥ 3 RHK; the largest has "
        f"{subjects['max_rhk']} RHK).",
        "",
        f"Cold = first call in a fresh process: median, min and max over {repeat} processes. "
        f"Warm = the next {warm} calls in the same process: median (min–max) over all of them.",
        "",
        "| Operation | cold median | cold min | cold max | warm median (min–max) | target (cold median) |",
        "|---|---:|---:|---:|---:|---|",
        *rows,
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['ram']} RAM; "
        f"{m['os']}; Python {m['python']}, SQLite {m['sqlite']}, SQLAlchemy {m['sqlalchemy']}; "
        f"measured {m['date']} (load average at the end {m['load']}).",
    ]
    return "\n".join(lines)


def write_docs(block: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    wrapped = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
    if DOC_BEGIN in text and DOC_END in text:
        head, rest = text.split(DOC_BEGIN, 1)
        tail = rest.split(DOC_END, 1)[1]
        text = head + wrapped + tail
    else:
        text = (text.rstrip() + "\n\n" if text else "# Benchmarks\n\n") + "## Latest results\n\n" + wrapped + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    print(f"Updated {DOC.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="benchmark this file instead of the generated office")
    ap.add_argument("--repeat", type=int, default=15, help="fresh processes per measurement (default 15)")
    ap.add_argument("--warm", type=int, default=5, help="warm calls after the cold one (default 5)")
    ap.add_argument("--employees", type=int, default=2000, help="size of the generated office")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--year", type=int, default=None, help="SKP year (default: the year with most SKP)")
    ap.add_argument("--only", nargs="+", choices=list(KINDS), help="measure only these")
    ap.add_argument("--profile", choices=list(KINDS), help="print a cProfile of one cold call and stop")
    ap.add_argument("--gc-freeze", action="store_true",
                    help="call gc.freeze() in each worker after its imports (what-if; not written to docs)")
    ap.add_argument("--write-docs", action="store_true", help=f"update {DOC.relative_to(ROOT)}")
    ap.add_argument("--json", type=Path, help="also write the raw samples to this file")
    ap.add_argument("--worker", choices=list(KINDS), help=argparse.SUPPRESS)
    ap.add_argument("--params", help=argparse.SUPPRESS)
    ap.add_argument("--worker-profile", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        _worker(args)
        return 0

    db, meta = ensure_office(args)
    subjects = pick_subjects(db, args.year)
    params = {k: subjects[k] for k in ("year", "head_id", "kabid_id", "skp_id")}
    if args.profile:
        run_sample(db, args.profile, params, 0, profile=True, gc_freeze=args.gc_freeze)
        return 0

    kinds = args.only or list(KINDS)
    results: dict[str, list[dict]] = {k: [] for k in kinds}
    started = time.perf_counter()
    for i in range(args.repeat):  # round-robin, so drift in the machine's load hits every kind
        for kind in kinds:
            results[kind].append(run_sample(db, kind, params, args.warm, gc_freeze=args.gc_freeze))
        print(f"  round {i + 1}/{args.repeat} done ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr, flush=True)
    m = machine()
    block = render(results, subjects, meta, m, db, args.repeat, args.warm)
    if args.gc_freeze:
        block = "**What-if run: every worker called `gc.freeze()` after its imports.**\n\n" + block
    print()
    print(block)
    if args.json:
        args.json.write_text(json.dumps({"machine": m, "subjects": subjects, "generator": meta,
                                         "results": results}, indent=1), encoding="utf-8")
    if args.write_docs:
        if args.only or args.gc_freeze:
            print("not writing docs from a partial or what-if run (--only, --gc-freeze)", file=sys.stderr)
        else:
            write_docs(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
