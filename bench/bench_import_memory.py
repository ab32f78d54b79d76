#!/usr/bin/env python3
"""Time and peak memory of `skpdesk staff import` on large and hostile staff files.

    python bench/bench_import_memory.py                 # all cases, table on stdout
    python bench/bench_import_memory.py --write-docs    # ... and update docs/benchmarks.md
    python bench/bench_import_memory.py --only repeated-csv repeated-xlsx

Cases (files generated once into bench/out/, reused while present):

- `repeated-*`: 10,000 rows that are all the same pegawai (one NIP). Target: refused in under
  5 s and 300 MB (issue 7; it took 124 s and 4.1 GB before, and a 53,000-row XLSX of 220 KB
  was killed at 24 GB).
- `rows200k-*`: 200,000 distinct valid pegawai. Above the row limit (`file_limits.MAX_ROWS`),
  so this measures the refusal: reading stops at the limit.
- `rows100k-*`: 100,000 distinct valid pegawai (the largest accepted file): a real import into
  an empty office, every row written and journaled.
- `rows10k-*`: 10,000 distinct valid pegawai, for scale.

Each sample is the real command (`python -m skpdesk --db DB staff import FILE`) in a fresh
subprocess on a fresh database made by `skpdesk init`; wall time is measured around it and the
peak resident memory (RSS) of that process is read with `os.wait4`. XLSX files are written by
openpyxl (inline strings, as SKP Desk's own export writes them). Numbers are for reading, never
for a test to assert.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT_DIR = HERE / "out"
DOC = ROOT / "docs" / "benchmarks.md"
DOC_BEGIN = "<!-- BEGIN bench_import_memory results (written by bench/bench_import_memory.py --write-docs) -->"
DOC_END = "<!-- END bench_import_memory results -->"
TARGET_SECONDS, TARGET_MB = 5.0, 300

CASES = {  # key: (label, rows, kind, format)
    "repeated-csv": ("10,000 rows of one NIP, CSV", 10_000, "repeated", "csv"),
    "repeated-xlsx": ("10,000 rows of one NIP, XLSX", 10_000, "repeated", "xlsx"),
    "rows10k-csv": ("10,000 distinct pegawai, CSV", 10_000, "distinct", "csv"),
    "rows10k-xlsx": ("10,000 distinct pegawai, XLSX", 10_000, "distinct", "xlsx"),
    "rows100k-csv": ("100,000 distinct pegawai (largest accepted), CSV", 100_000, "distinct", "csv"),
    "rows100k-xlsx": ("100,000 distinct pegawai (largest accepted), XLSX", 100_000, "distinct", "xlsx"),
    "rows200k-csv": ("200,000 distinct pegawai (over the limit), CSV", 200_000, "distinct", "csv"),
    "rows200k-xlsx": ("200,000 distinct pegawai (over the limit), XLSX", 200_000, "distinct", "xlsx"),
}

UNITS = ["Sekretariat", "Sekretariat/Subbagian Umum", "Sekretariat/Subbagian Keuangan",
         "Bidang Pendidikan Dasar", "Bidang Pendidikan Dasar/Seksi Kurikulum",
         "UPTD Puskesmas Kecamatan Contoh", "Bidang Pembinaan Ketenagaan"]
FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Ahmad", "Nur", "Eko", "Sri", "Wahyu", "Putri",
         "Hendra", "Yuni", "Rudi", "Ayu", "Bambang", "Lestari", "Fajar", "Indah", "Dimas"]
LAST = ["Santoso", "Rahayu", "Hidayat", "Lestari", "Wibowo", "Saputra", "Kurniawan", "Pratama",
        "Susanti", "Nugroho", "Permata", "Setiawan", "Handayani", "Siregar", "Nasution"]


def _nip(i: int, rng: random.Random) -> str:
    """A valid, unique PNS NIP for row i (the sequence and birth day carry i)."""
    birth = dt.date(1965, 1, 1) + dt.timedelta(days=(i // 999) % 12000)
    tmt_year = min(birth.year + 22 + rng.randint(0, 8), 2024)
    return f"{birth:%Y%m%d}{tmt_year}{rng.randint(1, 12):02d}{1 + i % 2}{i % 999 + 1:03d}"


def _distinct_rows(n: int) -> list[list[str]]:
    rng = random.Random(7)
    nips: list[str] = []
    seen: set[str] = set()
    i = 0
    while len(nips) < n:
        nip = _nip(i, rng)
        i += 1
        if nip not in seen:
            seen.add(nip)
            nips.append(nip)
    rows = []
    for k, nip in enumerate(nips):
        # a tree with fan-out 8: row k's atasan is row (k - 1) // 8
        atasan = nips[(k - 1) // 8] if k else ""
        rows.append([nip, f"{rng.choice(FIRST)} {rng.choice(LAST)}", "", rng.choice(["", "S.Kom.", "S.E."]),
                     "PNS", rng.choice(["II/c", "III/a", "III/b", "III/c", "IV/a"]),
                     "Analis Kebijakan", "pelaksana", "", rng.choice(UNITS), atasan, ""])
    return rows


def _repeated_rows(n: int) -> list[list[str]]:
    row = ["199001012015031003", "Budi Santoso", "", "S.Sos.", "PNS", "III/b", "Analis", "pelaksana",
           "", "Sekretariat", "", ""]
    return [row] * n


def make_file(key: str) -> Path:
    from skpdesk.services.staff_files import COLUMNS
    _label, n, kind, fmt = CASES[key]
    path = OUT_DIR / f"staff-{kind}-{n}.{fmt}"
    if path.exists():
        return path
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    rows = _repeated_rows(n) if kind == "repeated" else _distinct_rows(n)
    tmp = path.with_suffix(".tmp")
    started = time.perf_counter()
    if fmt == "csv":
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
    else:
        import openpyxl
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Pegawai")
        ws.append(COLUMNS)
        for row in rows:
            ws.append(row)
        wb.save(tmp)
    tmp.replace(path)
    print(f"  made {path.name} ({path.stat().st_size / 1e6:.1f} MB) in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def _skpdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "skpdesk", *args]


def measure(key: str) -> dict:
    path = make_file(key)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        db = Path(tmp) / "office.sqlite"
        env = dict(os.environ, SKPDESK_DATA_DIR=tmp, PYTHONIOENCODING="utf-8")
        subprocess.run(_skpdesk("--db", str(db), "init", "--instansi", "Dinas Bench", "--city", "Kota"),
                       check=True, env=env, capture_output=True)
        started = time.perf_counter()
        proc = subprocess.Popen(_skpdesk("--db", str(db), "staff", "import", str(path)), env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # wait4 gives this child's own rusage (ru_maxrss in KiB on Linux): its peak RSS.
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        out = proc.stdout.read().decode("utf-8", "replace")
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stdout.close()
        proc.stderr.close()
        code = os.waitstatus_to_exitcode(status)
    first = (out or err).strip().splitlines()[0] if (out or err).strip() else ""
    return {"key": key, "label": CASES[key][0], "file_mb": path.stat().st_size / 1e6,
            "seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "exit": code, "said": first}


def machine() -> str:
    import sqlite3
    cores = os.cpu_count()
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = float("nan")
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {cores} cores, {mem:.1f} GiB RAM, load {load:.1f} at start; Python "
            f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}; {dt.date.today()}")


def table(results: list[dict]) -> str:
    lines = ["| file | size | result | time (median, min–max of n) | peak RSS (max) |",
             "|---|---:|---|---:|---:|"]
    for r in results:
        result = {0: "imported", 1: "refused"}.get(r["exit"], f"exit {r['exit']}")
        low, high = r.get("range", (r["seconds"], r["seconds"]))
        spread = f" ({low:.1f}–{high:.1f}, n={r['n']})" if r.get("n", 1) > 1 else ""
        lines.append(f"| {r['label']} | {r['file_mb']:.1f} MB | {result} | {r['seconds']:.1f} s"
                     f"{spread} | {r['peak_mb']:.0f} MB |")
    return "\n".join(lines)


def write_docs(text: str) -> None:
    doc = DOC.read_text(encoding="utf-8")
    begin, end = doc.find(DOC_BEGIN), doc.find(DOC_END)
    if begin < 0 or end < 0:
        raise SystemExit(f"markers not found in {DOC}")
    DOC.write_text(doc[:begin + len(DOC_BEGIN)] + "\n" + text + "\n" + doc[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", choices=list(CASES), help="measure only these cases")
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--repeat", type=int, default=3,
                        help="samples of each 10,000-row case (the median is reported; larger "
                             "cases run once)")
    args = parser.parse_args()
    results = []
    for key in args.only or list(CASES):
        samples = []
        for _ in range(args.repeat if CASES[key][1] <= 10_000 else 1):
            print(f"{key} ...", file=sys.stderr, flush=True)
            r = measure(key)
            print(f"  {r['seconds']:.1f} s, {r['peak_mb']:.0f} MB, exit {r['exit']}: "
                  f"{r['said'][:160]}", file=sys.stderr, flush=True)
            samples.append(r)
        samples.sort(key=lambda r: r["seconds"])
        r = dict(samples[len(samples) // 2])
        r["range"] = (samples[0]["seconds"], samples[-1]["seconds"])
        r["peak_mb"] = max(x["peak_mb"] for x in samples)
        r["n"] = len(samples)
        results.append(r)
    text = f"Machine: {machine()}.\n\n{table(results)}"
    repeated = [r for r in results if r["key"].startswith("repeated")]
    if repeated:
        met = all(r["exit"] == 1 and r["seconds"] < TARGET_SECONDS and r["peak_mb"] < TARGET_MB
                  for r in repeated)
        text += (f"\n\nTarget for the repeated-NIP file (refused in under {TARGET_SECONDS:.0f} s and "
                 f"{TARGET_MB} MB): {'met' if met else 'NOT met'} in this run.")
    print(text)
    if args.write_docs:
        write_docs(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
