"""Apply of N sync operations (`services.sync.apply`) next to raw SQLite inserting the same rows.

A quick measurement of the merge engine alone (no bundle file: `bench_sync.py` measures the
whole export/import). Set-up, not timed: a source replica makes N journal entries through
units of work (units, pegawai inserted, then pegawai updated in rounds, one field each); an
empty replica receives them. Timed: (1) `apply` of all the operations into the empty replica
(store, clock, materialise, conflicts, commit); (2) raw sqlite3 `executemany` of the same
journal rows and the resulting table rows into a new file with the same schema, one
transaction, the app's pragmas.

    python bench/bench_sync_apply.py                  # 100,000 operations
    python bench/bench_sync_apply.py --ops 20000 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skpdesk.services.context import Services  # noqa: E402
from skpdesk.storage.database import Database  # noqa: E402
from skpdesk.storage.repositories.sync import WIRE_KEYS  # noqa: E402
# The same set-up and raw-insert baseline as the end-to-end bench (bench_sync.py, beside this).
from bench_sync import make_changes, raw_insert  # noqa: E402


def time_phases() -> dict[str, float]:
    """Wrap the phases of `apply` to print where its time goes (storing vs materialising)."""
    from skpdesk.storage.repositories import sync as repo
    phases: dict[str, float] = {}
    for name in ("store", "materialise"):
        original = getattr(repo.SyncRepository, name)

        def timed(self, *a, _original=original, _name=name, **k):
            started = time.perf_counter()
            try:
                return _original(self, *a, **k)
            finally:
                phases[_name] = phases.get(_name, 0.0) + time.perf_counter() - started
        setattr(repo.SyncRepository, name, timed)
    return phases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-apply-"))
    try:
        source_db = Database(folder / "source.sqlite")
        source = Services.build(source_db, "bench")
        target_db = Database(folder / "target.sqlite")
        target = Services.build(target_db, "bench")
        t0 = time.perf_counter()
        make_changes(source_db, args.ops)
        ops = source.sync.operations_since(target.sync.version_vector())
        print(f"set-up: {len(ops):,} operations in {time.perf_counter() - t0:.1f} s")
        phases = time_phases()
        profiler = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        report = target.sync.apply(ops)
        if profiler:
            profiler.disable()
        applied = time.perf_counter() - started
        conn = sqlite3.connect(target_db.path)
        tables = {}
        rows = 0
        for table in ("unit_kerja", "pegawai"):
            cur = conn.execute(f'SELECT * FROM "{table}"')
            cols = [d[0] for d in cur.description]
            data = cur.fetchall()
            rows += len(data)
            tables[table] = (cols, data)
        conn.close()
        raw = raw_insert(folder / "raw.sqlite", target_db.path,
                         [tuple(o[k] for k in WIRE_KEYS) for o in ops], list(WIRE_KEYS), tables)
        print(f"apply: {report.operations:,} operations, {report.new:,} new rows: {applied:.2f} s "
              f"({report.operations / applied:,.0f} ops/s)")
        print(f"raw sqlite: {len(ops):,} journal rows + {rows:,} table rows: {raw:.2f} s "
              f"({len(ops) / raw:,.0f} ops/s)")
        print(f"apply rate / raw rate: {raw / applied:.0%}")
        print("apply phases: " + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items())
              + f", rest (clock, conflicts, commit) {applied - sum(phases.values()):.2f} s")
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        source_db.close()
        target_db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
