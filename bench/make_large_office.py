#!/usr/bin/env python3
"""Generate the "large office" benchmark database: N pegawai and one year of SKPs.

    python bench/make_large_office.py --out bench/out/office-2000.sqlite
    python bench/make_large_office.py --employees 2000 --seed 7 --year 2025 --out PATH [--force]

The office is filled by `DemoService.fill` (the same generator as the in-app demo data), through
the services, so the file is exactly what the app would write. The file is built under a
temporary name and renamed when complete, so an interrupted run never leaves a half-filled file
that `bench_core.py` would reuse. A sidecar `PATH.json` records the parameters, the counts and
the time the generation took; `bench_core.py` reuses the file when the parameters match.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ACTOR = "bench"


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _remove_db(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
              sidecar(path)):
        p.unlink(missing_ok=True)


TABLES = ("pegawai", "unit_kerja", "skp", "rhk", "indikator", "perilaku_kerja", "lampiran_item",
          "journal")


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the tables the office is made of."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def read_meta(path: Path) -> dict | None:
    """The sidecar of a complete generated file, or None (missing, unreadable, or no db)."""
    try:
        meta = json.loads(sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if path.exists() else None


def generate(out: Path, *, employees: int, seed: int, year: int | None, force: bool = False,
             quiet: bool = False) -> dict:
    """Build the office into `out`; returns the metadata written to the sidecar."""
    from skpdesk.services.demo import DemoService
    from skpdesk.storage.database import Database

    out = Path(out)
    if out.exists() and not force:
        raise FileExistsError(f"{out} exists; pass --force to overwrite it")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    _remove_db(tmp)

    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if quiet or (now - last[0] < 5.0 and done != total):
            return
        last[0] = now
        rate = done / max(now - started, 1e-9)
        print(f"  [{now - started:6.0f} s] {done}/{total} pegawai written ({rate:.0f}/s)",
              file=sys.stderr, flush=True)

    started = time.perf_counter()
    db = Database(tmp)
    opened = time.perf_counter()
    try:
        report = DemoService(db, ACTOR).fill(employees=employees, seed=seed, year=year,
                                             progress=progress)
    finally:
        db.close()
    filled = time.perf_counter()
    # Fold the WAL back into the main file so the renamed file is complete on its own.
    conn = sqlite3.connect(tmp)
    try:
        found = counts(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # No ANALYZE: the app never runs it, so the benchmark reads the file as users' files are.
    finally:
        conn.close()
    _remove_db(out)
    tmp.replace(out)
    for suffix in ("-wal", "-shm"):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    finished = time.perf_counter()

    meta = {
        "employees": employees, "seed": seed, "year": report.year, "requested_year": year,
        "statuses": report.statuses, "created": dt.datetime.now().isoformat(timespec="seconds"),
        "fill_seconds": round(filled - opened, 2), "total_seconds": round(finished - started, 2),
        "counts": found, "file_bytes": out.stat().st_size,
    }
    sidecar(out).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--employees", type=int, default=2000, help="number of pegawai (default 2000)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--year", type=int, default=None, help="SKP year (default: DemoService's default)")
    ap.add_argument("--out", type=Path, required=True, help="the SQLite file to create")
    ap.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    args = ap.parse_args(argv)
    if args.out.exists() and not args.force:
        print(f"error: {args.out} exists; pass --force to overwrite it", file=sys.stderr)
        return 2
    print(f"Generating {args.employees} pegawai (seed {args.seed}) into {args.out} ...", flush=True)
    meta = generate(args.out, employees=args.employees, seed=args.seed, year=args.year,
                    force=args.force, quiet=args.quiet)
    c = meta["counts"]
    print(f"Done in {meta['total_seconds']:.1f} s (fill {meta['fill_seconds']:.1f} s): "
          f"{c['pegawai']} pegawai, {c['skp']} SKP, {c['rhk']} RHK, {c['indikator']} indikator, "
          f"{c['journal']} journal rows, year {meta['year']}, "
          f"{meta['file_bytes'] / 1e6:.1f} MB -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
