#!/usr/bin/env python3
"""Penilaian on the large office (issue 12): rating a whole office, and the reads behind the
Penilaian tab, the "Penilaian tim" window, the distribution check, angka kredit and "Perlu
tindakan".

    python bench/bench_evaluation.py [--db bench/out/office-2000-seed7.sqlite] [--repeat 5]
                                     [--rate N] [--write-docs] [--json OUT]

The office (made by `make_large_office.py`, as `bench_core.py` uses it) is COPIED to a temporary
folder first, so the cached file stays pristine. In one process:

1. Setup (not timed): the Kepala Dinas becomes pengelola kinerja; every top-level unit gets a
   predikat organisasi for 2026-TW1 (the sub-units inherit it).
2. Rate: up to `--rate` pegawai with an approved SKP (default: all of them), each as their own
   pejabat penilai ("Saya adalah" switched per pegawai), ratings drawn from a fixed seed,
   through `EvaluationService.rate` (one unit of work each: checks, snapshot, journal); then
   every second one is ditetapkan (`set`). Timed: total and per write.
3. Reads, `--repeat` times each (median, min, max), with "Saya adalah" = the Kepala Dinas:
   - `EvaluationService.for_period` for the whole office (unit scope, the root units) and
     for the supervisor with the largest team;
   - `DistributionService.check` for the same two scopes;
   - `EvaluationService.workspace` for one rated pegawai (what the tab reads);
   - `AngkaKreditService.for_year` for a rated fungsional;
   - `ActionItemsService.collect` for the Kepala Dinas (all sources; the two of issue 12
     included).
Numbers are reported, never asserted by a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (ROOT, HERE):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

DOC = ROOT / "docs" / "benchmarks.md"
DOC_BEGIN = ("<!-- BEGIN bench_evaluation results (written by bench/bench_evaluation.py "
             "--write-docs) -->")
DOC_END = "<!-- END bench_evaluation results -->"
DEFAULT_DB = HERE / "out" / "office-2000-seed7.sqlite"
PERIOD = "2026-TW1"
TODAY = dt.date(2026, 4, 8)   # Triwulan I has ended; before its batas pengisian
ACTOR = "bench"


def _copy(src: Path, folder: Path) -> Path:
    dst = folder / src.name
    shutil.copy2(src, dst)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(src) + suffix)
        if extra.exists():
            shutil.copy2(extra, Path(str(dst) + suffix))
    attachments = src.parent / "attachments"
    if attachments.is_dir():
        (folder / "attachments").symlink_to(attachments.resolve())
    return dst


def _timed(fn, repeat: int) -> dict:
    values = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        values.append(time.perf_counter() - t0)
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": repeat}


def _head(path: Path) -> tuple[str, str]:
    """(the Kepala Dinas's id and NIP): the JPT with a NIP (the Bupati above has none)."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT id, nip FROM pegawai WHERE position_kind = 'jpt' AND nip IS NOT NULL "
            "ORDER BY supervisor_id IS NULL DESC, id LIMIT 1").fetchone()
    finally:
        conn.close()
    return row[0], row[1]


def run(args) -> dict:
    from skpdesk.services.acting import ADMIN_SETTING
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    folder = Path(tempfile.mkdtemp(prefix="bench-eval-"))
    try:
        path = _copy(args.db, folder)
        head_id, head_nip = _head(path)
        t0 = time.perf_counter()
        db = Database(path)   # upgrades an office made before schema 0011
        opened = time.perf_counter() - t0
        s = Services.build(db, ACTOR)
        s.office.set_setting(ADMIN_SETTING, head_nip)
        s.acting.act_as_id(head_id)
        with db.reader() as uow:
            units = uow.office.units()
        roots = [u for u in units if u.parent_id is None]
        for i, unit in enumerate(roots):
            s.org_predikat.set(unit.id, PERIOD, ("baik", "istimewa", "butuh-perbaikan")[i % 3],
                               today=TODAY)
        conn = sqlite3.connect(path)
        try:
            approved = conn.execute(
                "SELECT skp.id, skp.pegawai_id FROM skp JOIN pegawai ON pegawai.id = "
                "skp.pegawai_id WHERE skp.year = 2026 AND skp.status = 'disetujui' AND "
                "pegawai.employment_status = 'aktif' ORDER BY skp.id").fetchall()
        finally:
            conn.close()
        rng = random.Random(7)
        if args.rate:
            approved = approved[:args.rate]
        words = ("diatas", "sesuai", "sesuai", "sesuai", "dibawah")
        rated, refused, writes = [], 0, []
        with db.reader() as uow:
            from skpdesk.services.evaluation.roles import penilai_id  # noqa: PLC0415
            penilai = {skp_id: penilai_id(uow, uow.skp.load(skp_id)) for skp_id, _ in approved}
        for skp_id, pegawai_id in approved:
            s.acting.act_as_id(penilai[skp_id])
            t = time.perf_counter()
            try:
                s.evaluations.rate(skp_id, PERIOD, hasil=rng.choice(words),
                                   perilaku=rng.choice(words), today=TODAY)
            except Exception:  # a JPT leader whose org predikat maps differently, no penilai
                refused += 1
                continue
            writes.append(time.perf_counter() - t)
            rated.append((skp_id, pegawai_id))
        set_times = []
        for skp_id, _ in rated[::2]:
            s.acting.act_as_id(penilai[skp_id])
            t = time.perf_counter()
            s.evaluations.set(skp_id, PERIOD, today=TODAY)
            set_times.append(time.perf_counter() - t)
        s.acting.act_as_id(head_id)
        team_sizes: dict[str, int] = {}
        for skp_id, _ in rated:
            team_sizes[penilai[skp_id]] = team_sizes.get(penilai[skp_id], 0) + 1
        boss = max(team_sizes, key=team_sizes.get)
        root = max(roots, key=lambda u: len(s.evaluations.for_period(PERIOD, unit_id=u.id,
                                                                     today=TODAY)))
        subject = rated[len(rated) // 2][1]
        conn = sqlite3.connect(path)
        try:
            rated_ids = {p for _, p in rated}
            fungsional = next((pid for (pid,) in conn.execute(
                "SELECT id FROM pegawai WHERE position_kind = 'fungsional' AND jenjang IS NOT "
                "NULL ORDER BY id") if pid in rated_ids), None)
        finally:
            conn.close()
        office_rows = len(s.evaluations.for_period(PERIOD, unit_id=root.id, today=TODAY))
        team_rows = len(s.evaluations.for_period(PERIOD, penilai_id=boss, today=TODAY))
        check = s.distribution.check(unit_id=root.id, period=PERIOD)
        reads = {
            "for_period_unit": _timed(lambda: s.evaluations.for_period(
                PERIOD, unit_id=root.id, today=TODAY), args.repeat),
            "for_period_team": _timed(lambda: s.evaluations.for_period(
                PERIOD, penilai_id=boss, today=TODAY), args.repeat),
            "distribution_unit": _timed(lambda: s.distribution.check(
                unit_id=root.id, period=PERIOD), args.repeat),
            "distribution_team": _timed(lambda: s.distribution.check(
                supervisor_id=boss, period=PERIOD), args.repeat),
            "workspace": _timed(lambda: s.evaluations.workspace(subject, PERIOD, today=TODAY),
                                args.repeat),
            "actions": _timed(lambda: s.actions.collect(head_id, 2026), args.repeat),
        }
        if fungsional is not None:
            reads["angka_kredit"] = _timed(lambda: s.angka_kredit.for_year(fungsional, 2026),
                                           args.repeat)
        db.close()
        return {
            "open_upgrade_s": opened,
            "rated": len(rated), "refused": refused, "set": len(set_times),
            "rate_total_s": sum(writes), "rate_median_ms": statistics.median(writes) * 1000,
            "rate_max_ms": max(writes) * 1000,
            "set_median_ms": statistics.median(set_times) * 1000 if set_times else None,
            "office_rows": office_rows, "team_rows": team_rows, "root_unit": root.path,
            "violations_unit": len(check.violations),
            "reads": reads,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


LABELS = {
    "for_period_unit": "`EvaluationService.for_period`, unit scope ({office_rows} pegawai)",
    "for_period_team": "`EvaluationService.for_period`, the largest team ({team_rows} pegawai)",
    "distribution_unit": "`DistributionService.check`, unit scope",
    "distribution_team": "`DistributionService.check`, the largest team",
    "workspace": "`EvaluationService.workspace` (the Penilaian tab's read)",
    "angka_kredit": "`AngkaKreditService.for_year` (one fungsional)",
    "actions": "`ActionItemsService.collect` for the Kepala Dinas (Perlu tindakan, all sources)",
}


def _ms(v: float) -> str:
    return f"{v * 1000:,.0f} ms" if v >= 0.0995 else f"{v * 1000:.1f} ms"


def report(r: dict, args) -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    lines = ["| What | Median | Min | Max |", "|---|---|---|---|",
             f"| Rate {r['rated']:,} pegawai through `EvaluationService.rate` (one unit of work "
             f"each) | {r['rate_median_ms']:.0f} ms per rating (total {r['rate_total_s']:.1f} s) "
             f"| | {r['rate_max_ms']:.0f} ms |",
             f"| Tetapkan {r['set']:,} of them (`EvaluationService.set`) | "
             f"{r['set_median_ms']:.0f} ms per evaluation | | |"]
    for key, value in r["reads"].items():
        label = LABELS[key].format(**r)
        lines.append(f"| {label} | {_ms(value['median'])} | {_ms(value['min'])} | "
                     f"{_ms(value['max'])} |")
    lines.append("")
    lines.append(f"Office: `{args.db.name}` copied and upgraded to the current schema "
                 f"({r['open_upgrade_s']:.1f} s); period {PERIOD}; {r['rated']:,} approved SKPs "
                 f"rated ({r['refused']} refused by a rule), unit scope \"{r['root_unit']}\" "
                 f"({r['violations_unit']} distribution warnings); {args.repeat} runs per read, "
                 f"in one process (warm caches).")
    lines.append(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
                 f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, load "
                 f"average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} at "
                 f"{dt.datetime.now():%Y-%m-%d %H:%M}.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rate", type=int, default=0, help="rate at most N pegawai (0: all)")
    ap.add_argument("--write-docs", action="store_true")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} does not exist: run bench/make_large_office.py (or bench_core.py) first",
              file=sys.stderr)
        return 2
    r = run(args)
    block = report(r, args)
    print(block)
    if args.json:
        args.json.write_text(json.dumps(r, indent=1), encoding="utf-8")
    if args.write_docs:
        text = DOC.read_text(encoding="utf-8")
        wrapped = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
        if DOC_BEGIN in text:
            head, rest = text.split(DOC_BEGIN, 1)
            text = head + wrapped + rest.split(DOC_END, 1)[1]
        else:
            text = text.rstrip() + "\n\n## Penilaian (issue 12)\n\n" + wrapped + "\n"
        DOC.write_text(text, encoding="utf-8")
        print(f"Updated {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
