"""Sync benchmark: export and import of a bundle with 100,000 changes, next to raw SQLite
inserting the same rows in the same run (issue 8; results in docs/benchmarks.md, "Sync").

    python bench/bench_sync.py                    # 100,000 changes, prints a markdown table
    python bench/bench_sync.py --changes 20000    # a smaller run
    python bench/bench_sync.py --json OUT.json    # raw figures

What runs, all in one process on files under a temp folder (or --keep DIR):
1. set-up (not part of the targets): a central copy with an office, a laptop that joined it
   through a seed, then N changes made at the central copy through the change journal in a
   few units of work: units, then pegawai inserted, then pegawai updated (one field per
   update, rounds over all pegawai) until N journal entries exist beyond the seed;
2. **export**: `pipeline.export_bundle(central, laptop)`: the operations the laptop lacks,
   encoded, zipped, sealed, signed and written atomically;
3. **import**: `pipeline.import_bundle(laptop, bundle)`: copy, verify every check, back up the
   database, apply in one transaction (journal entries stored, rows materialised, conflicts,
   bookkeeping), per-entity check;
4. **raw SQLite**: a new database with the same schema; the same journal entries and the same
   final rows (units, pegawai) inserted with `executemany` in one transaction, nothing else.
The import rate is compared with the raw rate (target: at least 25 %), export and import each
with the 10 s target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skpdesk.services.context import Services  # noqa: E402
from skpdesk.storage.database import Database  # noqa: E402
from skpdesk.storage.tables import PegawaiRow, UnitRow  # noqa: E402
from skpdesk.sync import pipeline  # noqa: E402


def open_services(path: Path, machine: str):
    os.environ["SKPDESK_MACHINE_ID"] = machine
    db = Database(path)
    return db, Services.build(db, f"bench@{machine}")


def make_changes(db: Database, count: int) -> dict[str, int]:
    """`count` journal entries at the central copy, through units of work (the journal hook):
    units and pegawai inserted, then pegawai updated in rounds (one entry per row and round)."""
    units = max(1, count // 500)
    pegawai = max(1, (count - units) // 4)
    made = {"unit_kerja": 0, "pegawai_insert": 0, "pegawai_update": 0}
    rows: list[PegawaiRow] = []
    with db.unit_of_work("bench") as uow:
        session = uow._session  # the bench writes in bulk, still through the journal hook
        unit_rows = [UnitRow(name=f"Bidang {i:04d}", parent_id=None) for i in range(units)]
        session.add_all(unit_rows)
        session.flush()
        made["unit_kerja"] = units
        for i in range(pegawai):
            rows.append(PegawaiRow(nip=f"19800101{2000000000 + i:010d}", asn_type="PNS",
                                   name=f"Pegawai Contoh {i:06d}", front_title="",
                                   back_title="S.Kom.", rank_code="III/a",
                                   position="Pranata Komputer Ahli Pertama",
                                   position_kind="fungsional", jenjang="Ahli Pertama",
                                   unit_id=unit_rows[i % units].id, supervisor_id=None,
                                   appraiser_override_id=None))
        session.add_all(rows)
        session.flush()
        session.info.pop("rows", None)
        made["pegawai_insert"] = pegawai
    remaining = count - units - pegawai
    round_no = 0
    while remaining > 0:
        round_no += 1
        with db.unit_of_work("bench") as uow:
            session = uow._session
            batch = rows[:remaining]
            for row in batch:
                session.add(row)
                row.position = f"Pranata Komputer Ahli Pertama (putaran {round_no})"
            session.flush()
            session.info.pop("rows", None)
        made["pegawai_update"] += len(batch)
        remaining -= len(batch)
    return made


def raw_insert(path: Path, schema_from: Path, journal: list[tuple], journal_cols: list[str],
               tables: dict[str, tuple[list[str], list[tuple]]]) -> float:
    """Seconds to insert the rows into a new file with the same schema, one transaction."""
    source = sqlite3.connect(schema_from)
    ddl = [r[0] for r in source.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        # the FTS5 shadow tables (schema 0009) are made by their virtual table's own DDL
        "AND name NOT LIKE 'search_index_%' "
        "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END")]
    source.close()
    conn = sqlite3.connect(path, isolation_level=None)
    # The app's own pragmas (storage/engine.py): WAL, foreign keys on, default synchronous.
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    for statement in ddl:
        conn.execute(statement)
    started = time.perf_counter()
    conn.execute("BEGIN")
    marks = ",".join("?" * len(journal_cols))
    conn.executemany(f"INSERT INTO journal ({','.join(journal_cols)}) VALUES ({marks})", journal)
    for table, (cols, rows) in tables.items():
        marks = ",".join("?" * len(cols))
        conn.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder, keep files")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="skpdesk-bench-sync-"))
    work.mkdir(parents=True, exist_ok=True)
    central_path, laptop_path = work / "central" / "central.sqlite", work / "laptop" / "laptop.sqlite"
    for p in (central_path, laptop_path):
        p.parent.mkdir(parents=True, exist_ok=True)
        for leftover in p.parent.glob(p.name + "*"):
            leftover.unlink()

    cdb, central = open_services(central_path, "bench-central")
    central.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    pipeline.ensure_identity(central, "Pusat")
    cpub = pipeline.public_identity(central)
    cdb.close()
    ldb, laptop = open_services(laptop_path, "bench-laptop")
    pipeline.ensure_identity(laptop, "Laptop")
    lpub = pipeline.public_identity(laptop)
    from skpdesk.sync.identity import write_identity
    write_identity(cpub, work / "central.skpid")
    write_identity(lpub, work / "laptop.skpid")
    pipeline.add_peer(laptop, work / "central.skpid", central=True)
    ldb.close()
    cdb, central = open_services(central_path, "bench-central")
    pipeline.add_peer(central, work / "laptop.skpid")
    pipeline.seed_bundle(central, lpub.device_id, work / "seed.skpbundle")
    started = time.perf_counter()
    made = make_changes(cdb, args.changes)
    generate = time.perf_counter() - started
    cdb.close()
    ldb, laptop = open_services(laptop_path, "bench-laptop")
    pipeline.join(laptop, work / "seed.skpbundle")
    ldb.close()

    # 2. export
    cdb, central = open_services(central_path, "bench-central")
    started = time.perf_counter()
    exported = pipeline.export_bundle(central, lpub.device_id, work / "changes.skpbundle")
    export_s = time.perf_counter() - started
    cdb.close()

    # 3. import (the pipeline's progress marks split it into its phases)
    ldb, laptop = open_services(laptop_path, "bench-laptop")
    marks: list[float] = []
    started = time.perf_counter()
    imported = pipeline.import_bundle(laptop, work / "changes.skpbundle",
                                      progress=lambda done, total: marks.append(time.perf_counter()))
    import_s = time.perf_counter() - started
    ldb.close()
    names = ["copy off the medium", "verify (zip, signature, decrypt, every hash)",
             "backup + attachments", "apply (services.sync.apply: store, materialise, record)",
             "waiting attachments"]
    phases = {name: round(b - a, 3) for name, a, b in zip(names, [started, *marks], marks)}

    # 4. raw SQLite: the same journal entries and final rows
    conn = sqlite3.connect(laptop_path)
    jcols = [r[1] for r in conn.execute("PRAGMA table_info(journal)")]
    central_device = cpub.device_id
    seed_seq = conn.execute("SELECT MIN(seq) FROM journal WHERE device_id = ? AND entity = "
                            "'unit_kerja'", (central_device,)).fetchone()[0]
    journal = conn.execute(f"SELECT {','.join(jcols)} FROM journal WHERE device_id = ? AND "
                           "seq >= ?", (central_device, seed_seq)).fetchall()
    tables = {}
    for table in ("unit_kerja", "pegawai"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        tables[table] = (cols, conn.execute(f"SELECT {','.join(cols)} FROM {table}").fetchall())
    conn.close()
    raw_path = work / "raw.sqlite"
    for leftover in work.glob("raw.sqlite*"):
        leftover.unlink()
    raw_s = raw_insert(raw_path, laptop_path, journal, jcols, tables)

    ops = exported.op_count
    result = {
        "changes": ops, "made": made, "generate_s": generate,
        "export_s": export_s, "bundle_bytes": exported.size,
        "import_s": import_s, "import_phases": phases, "import_report": imported.to_json(),
        "raw_s": raw_s, "raw_rows": len(journal) + sum(len(r) for _, r in tables.values()),
        "export_ops_per_s": ops / export_s, "import_ops_per_s": ops / import_s,
        "raw_ops_per_s": ops / raw_s, "import_vs_raw": raw_s / import_s,
        "machine": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "cpus": os.cpu_count(), "platform": platform.platform()},
    }
    print(f"| step | time | rate |\n|---|---|---|")
    print(f"| set-up: {ops:,} changes made at central ({made}) | {generate:.1f} s | |")
    print(f"| export (bundle {exported.size / 1e6:.1f} MB) | {export_s:.2f} s | "
          f"{ops / export_s:,.0f} ops/s |")
    print(f"| import ({imported.operations:,} operations stored, {imported.new:,} new rows, "
          f"{imported.updated:,} updated) | {import_s:.2f} s | {ops / import_s:,.0f} ops/s |")
    print(f"| raw SQLite: {len(journal):,} journal rows + "
          f"{sum(len(r) for _, r in tables.values()):,} table rows | {raw_s:.2f} s | "
          f"{ops / raw_s:,.0f} ops/s |")
    print("\nimport phases: " + "; ".join(f"{k} {v:.2f} s" for k, v in phases.items()))
    print(f"\nimport rate = {100 * raw_s / import_s:.0f} % of the raw insert rate "
          f"(target ≥ 25 %); export {'<' if export_s < 10 else '≥'} 10 s, "
          f"import {'<' if import_s < 10 else '≥'} 10 s")
    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{os.cpu_count()} CPUs, {platform.platform()}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
