#!/usr/bin/env python3
"""Bukti dukung (issue 11): adding many files through `EvidenceService`, and `skpdesk check` over
a large attachments store.

    python bench/bench_evidence.py                     # 1,000 x 1 MB adds; check over 10,000
    python bench/bench_evidence.py --add-files 200 --check-files 2000 --repeat 1   # quick
    python bench/bench_evidence.py --write-docs        # ... and update docs/benchmarks.md

1. Add: a fresh office (one pegawai's SKP with one RHK and indicator), then `--add-files`
   distinct files of `--add-mb` MB (PDF header, random body: nothing deduplicates) added as a
   user would drop them, `--batch` files per `add_files` call (each call: every check, the
   stream copy with hashing and fsync, one unit of work for the rows). Timed in one process:
   total, per file, throughput, and the slowest batch.
2. Check: a second office whose store holds `--check-files` attachments of `--check-kb` KB, each
   a bukti dukung row added through the service in batches of 50 (the rows are journaled, so
   the rest of the check sees a realistic journal). Then, each sample in a FRESH SUBPROCESS:
   `IntegrityService.run()` with the attachments part alone (`attachment_check.check_store`:
   every file hashed), and the real `skpdesk check --json` from process start to exit.
The files are generated into `bench/out/evidence/` (several GB at the defaults: mind the disk);
`--keep` leaves them for a second run. Numbers are reported, never asserted by a test. The files
were just written, so they are read from the page cache (warm): a first check after a reboot
reads them from the disk and is slower by the disk's read time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
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

OUT_DIR = HERE / "out" / "evidence"
DOC = ROOT / "docs" / "benchmarks.md"
DOC_BEGIN = "<!-- BEGIN bench_evidence results (written by bench/bench_evidence.py --write-docs) -->"
DOC_END = "<!-- END bench_evidence results -->"
YEAR = 2026
TODAY = dt.date(YEAR, 3, 15)   # in Triwulan I, before its batas pengisian
MB = 1024 * 1024


def _office(path: Path):
    """A new office with one pegawai whose SKP has one RHK with one indicator; acting: them."""
    from skpdesk.domain.people import PegawaiInput
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.rmtree(path.parent / "attachments", ignore_errors=True)
    shutil.rmtree(path.parent / "karantina", ignore_errors=True)
    db = Database(path)
    s = Services.build(db, "bench")
    s.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    head = s.staff.add(PegawaiInput(name="Bambang Sutrisno", asn_type="PNS", nip="197001012000031001",
                                    rank="IV/c", position="Kepala Dinas", position_kind="jpt",
                                    unit_path="Dinas")).value
    staff = s.staff.add(PegawaiInput(name="Agus Santoso", asn_type="PNS", nip="199001012015032003",
                                     rank="III/b", position="Pranata Komputer",
                                     position_kind="pelaksana", unit_path="Dinas",
                                     supervisor_nip=head.nip)).value
    skp = s.skp.create(staff.id, YEAR).value
    rhk = s.skp.add_rhk(skp.id, "Tersedianya layanan aplikasi").value
    s.skp.add_indicator(rhk.id, "Aplikasi tersedia", aspect="kuantitas", target_value="1")
    s.acting.act_as_id(staff.id)
    return db, s, skp.id, rhk.id


def _sources(folder: Path, count: int, size: int, tag: str) -> list[Path]:
    """`count` distinct files of `size` bytes that read as PDFs (reused when present)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{tag}-{i:05d}.pdf"
        if not path.exists() or path.stat().st_size != size:
            head = f"%PDF-1.4\n% bukti {tag} {i}\n".encode()
            tail = b"\n%%EOF\n"
            path.write_bytes(head + os.urandom(size - len(head) - len(tail)) + tail)
        paths.append(path)
    return paths


def _batches(items: list, n: int) -> list[list]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def bench_add(args) -> dict:
    size = int(args.add_mb * MB)
    sources = _sources(OUT_DIR / "src-add", args.add_files, size, "add")
    db, s, skp_id, rhk_id = _office(OUT_DIR / "add" / "kantor.sqlite")
    times = []
    start, cpu = time.perf_counter(), time.process_time()
    for batch in _batches(sources, args.batch):
        t = time.perf_counter()
        s.evidence.add_files(skp_id, rhk_id, "2026-TW1", batch, today=TODAY)
        times.append(time.perf_counter() - t)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    rows = len(s.evidence.for_skp(skp_id))
    db.close()
    return {"files": args.add_files, "mb": args.add_mb, "batch": args.batch, "total": total,
            "cpu": cpu, "batches": times, "rows": rows}


def build_check_office(args) -> Path:
    size = args.check_kb * 1024
    sources = _sources(OUT_DIR / "src-check", args.check_files, size, "check")
    path = OUT_DIR / "check" / "kantor.sqlite"
    db, s, skp_id, rhk_id = _office(path)
    t = time.perf_counter()
    for batch in _batches(sources, 50):
        s.evidence.add_files(skp_id, rhk_id, "2026-TW1", batch, today=TODAY)
    print(f"  check office: {args.check_files} bukti added in {time.perf_counter() - t:.1f} s",
          flush=True)
    db.close()
    return path


def _worker(path: Path) -> None:
    from skpdesk.services.evidence import attachment_check
    from skpdesk.services.evidence.attachment_store import store_dir_of
    from skpdesk.services.integrity import IntegrityService
    from skpdesk.storage.database import Database

    db = Database(path)
    with db.reader() as uow:
        refs = uow.integrity.attachment_references()
        own = uow.device_id()
    t, cpu = time.perf_counter(), time.process_time()
    found = attachment_check.check_store(store_dir_of(path), refs, own)
    parts = {"store": time.perf_counter() - t, "store_cpu": time.process_time() - cpu,
             "store_findings": len(found)}
    db.close()
    db = Database(path)
    t, cpu = time.perf_counter(), time.process_time()
    report = IntegrityService(db, "bench").run()
    parts.update(run=time.perf_counter() - t, run_cpu=time.process_time() - cpu,
                 errors=len(report.errors), warnings=len(report.warnings))
    db.close()
    print(json.dumps(parts))


def _children_cpu() -> float:
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_check(args, path: Path) -> dict:
    samples = []
    for _ in range(args.repeat):
        proc = subprocess.run([sys.executable, __file__, "--worker", str(path)],
                              capture_output=True, text=True, check=True)
        samples.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    cli, cli_cpu = [], []
    for _ in range(args.repeat):
        t, before = time.perf_counter(), _children_cpu()
        proc = subprocess.run([sys.executable, "-m", "skpdesk", "--db", str(path), "check",
                               "--json"], capture_output=True, text=True, cwd=ROOT)
        cli.append(time.perf_counter() - t)
        cli_cpu.append(_children_cpu() - before)
        if proc.returncode not in (0, 1):
            raise SystemExit(proc.stderr)
    store = path.parent / "attachments"
    size = sum(f.stat().st_size for f in store.iterdir())
    return {"samples": samples, "cli": cli, "cli_cpu": cli_cpu, "files": args.check_files,
            "kb": args.check_kb, "store_bytes": size,
            "journal": _journal_count(path)}


def _journal_count(path: Path) -> int:
    import sqlite3
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    finally:
        conn.close()


def _ms(values: list[float]) -> str:
    return (f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"
            if len(values) > 1 else f"{values[0]:.2f} s")


def report(add: dict | None, check: dict | None) -> str:
    from bench_core import machine
    m = machine()
    lines = ["| What | Wall time | CPU time | Rate |", "|---|---|---|---|"]
    if add:
        mb_total = add["files"] * add["mb"]
        slow = max(add["batches"])
        lines.append(
            f"| Add {add['files']:,} files of {add['mb']:g} MB through `EvidenceService.add_files`, "
            f"{add['batch']} per call ({len(add['batches'])} calls) | {add['total']:.1f} s "
            f"({add['total'] / add['files'] * 1000:.0f} ms per file; slowest call "
            f"{slow:.2f} s) | {add['cpu']:.1f} s | {mb_total / add['total']:.0f} MB/s |")
    if check:
        s = check["samples"]
        gb = check["store_bytes"] / 1e9
        store = [x["store"] for x in s]
        lines += [
            f"| `skpdesk check --json` over {check['files']:,} attachments of {check['kb']} KB "
            f"({gb:.2f} GB), process start to exit | {_ms(check['cli'])} | "
            f"{statistics.median(check['cli_cpu']):.2f} s | |",
            f"| — `IntegrityService.run()` | {_ms([x['run'] for x in s])} | "
            f"{statistics.median([x['run_cpu'] for x in s]):.2f} s | |",
            f"| — the attachments store alone (every file hashed) | {_ms(store)} | "
            f"{statistics.median([x['store_cpu'] for x in s]):.2f} s | "
            f"{gb * 1000 / statistics.median(store):.0f} MB/s, "
            f"{check['files'] / statistics.median(store):,.0f} files/s |",
        ]
    lines.append("")
    if check:
        last = check["samples"][-1]
        lines.append(f"Check office: one pegawai, {check['files']:,} bukti dukung rows added "
                     f"through the service in calls of 50, {check['journal']:,} journal entries; "
                     f"{len(check['samples'])} fresh processes per row; the report had "
                     f"{last['errors']} errors and {last['warnings']} warnings; the files were "
                     "in the page cache (just written).")
    lines.append(f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']}, Python {m['python']}, "
                 f"SQLite {m['sqlite']}, load average {m['load']} at {m['date']} (shared with "
                 "other work: wall times vary with the load; CPU times less).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--add-files", type=int, default=1000)
    ap.add_argument("--add-mb", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=10, help="files per add_files call (default 10)")
    ap.add_argument("--check-files", type=int, default=10_000)
    ap.add_argument("--check-kb", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per check measurement")
    ap.add_argument("--only", choices=("add", "check"), default=None)
    ap.add_argument("--keep", action="store_true", help="keep the generated files and offices")
    ap.add_argument("--write-docs", action="store_true")
    ap.add_argument("--json", type=Path, default=None, help="save the raw results")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(args.worker)
        return 0
    add = check = None
    if args.only in (None, "add"):
        print(f"Adding {args.add_files} files of {args.add_mb:g} MB ...", flush=True)
        add = bench_add(args)
        if not args.keep:
            shutil.rmtree(OUT_DIR / "add", ignore_errors=True)
    if args.only in (None, "check"):
        print(f"Building a store of {args.check_files} files of {args.check_kb} KB ...", flush=True)
        path = build_check_office(args)
        check = bench_check(args, path)
    block = report(add, check)
    print(block)
    if args.json:
        args.json.write_text(json.dumps({"add": add, "check": check}, indent=1), encoding="utf-8")
    if args.write_docs:
        text = DOC.read_text(encoding="utf-8")
        wrapped = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
        if DOC_BEGIN in text:
            head, rest = text.split(DOC_BEGIN, 1)
            text = head + wrapped + rest.split(DOC_END, 1)[1]
        else:
            text = text.rstrip() + "\n\n## Bukti dukung (issue 11)\n\n" + wrapped + "\n"
        DOC.write_text(text, encoding="utf-8")
        print(f"Updated {DOC.relative_to(ROOT)}")
    if not args.keep:
        shutil.rmtree(OUT_DIR, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
