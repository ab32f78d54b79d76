#!/usr/bin/env python3
"""How fast SKPs and the evaluation forms print: the demo office (40) and a 500-pegawai office,
pages per second.

    python bench/bench_print.py                     # both offices, 3 repeats, table on stdout
    python bench/bench_print.py --write-docs        # ... and update the section in docs/printing.md
    python bench/bench_print.py --offices 40 --repeat 5 --json OUT
    python bench/bench_print.py --from-json OUT --write-docs   # write saved results

For each office (generated once with `DemoService.fill(employees=N, seed=7)` into
`bench/out/office-N-seed7.sqlite`, reused while the sidecar matches) the same work as
`skpdesk print skp --all` is timed end to end, each sample in a FRESH SUBPROCESS on a fresh
copy of the database (so recorded prints do not pile up and nothing is cached from a previous
sample):

- one file per pegawai, one process (`print_batch(..., processes=1)`);
- one file per pegawai, a pool of 2 worker processes (spawned; their start-up is included);
- one combined PDF (one process);
- where the time goes, in one process: building the documents (database reads), rendering them
  to memory, recording the prints;
- next to it, in the same run: ReportLab drawing the same number of plain pages (one canvas, a
  few lines of Helvetica per page, saved to a file) — the floor for "a page of PDF";
- the evaluation forms of issue 13 for the latest period the demo rated (`--period`, default
  "<year>-TW3"), as `skpdesk print eval|dokumen-evaluasi --all --out-dir` does: EVALUASI KINERJA
  PEGAWAI and DOKUMEN EVALUASI KINERJA PEGAWAI, one file per pegawai with 1 process and with a
  pool of 2; the Format Penetapan Predikat Kinerja of every unit with a predikat kinerja
  organisasi for the period (one file each, 1 process). Every page of every form carries its QR
  code, footer and, when not final, the KONSEP mark (issue 13: target 30 pages/s with two
  processes on a 2-core laptop).

Reported: median (min–max) seconds over `--repeat` samples and pages per second at the median,
with the machine (CPU, cores, RAM, load, Python, ReportLab). The numbers are for reading, never
for a test to assert.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (ROOT, HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

ACTOR = "bench"
OUT_DIR = HERE / "out"
SEED = 7
DOC = ROOT / "docs" / "printing.md"
DOC_BEGIN = "<!-- BEGIN bench_print results (written by bench/bench_print.py --write-docs) -->"
DOC_END = "<!-- END bench_print results -->"
PLAIN_LINES = 5

MODES = {
    # key: (label, worker args)
    "files1": ("One file per pegawai, 1 process", ["--mode", "files", "--processes", "1"]),
    "files2": ("One file per pegawai, pool of 2 processes", ["--mode", "files", "--processes", "2"]),
    "combined": ("One combined PDF, 1 process", ["--mode", "combined", "--processes", "1"]),
}

FORM_MODES = {
    # key: (label, worker args)
    "evaluasi1": ("EVALUASI KINERJA PEGAWAI, one file per pegawai, 1 process",
                  ["--form", "evaluasi", "--processes", "1"]),
    "evaluasi2": ("EVALUASI KINERJA PEGAWAI, one file per pegawai, pool of 2 processes",
                  ["--form", "evaluasi", "--processes", "2"]),
    "dokumen1": ("DOKUMEN EVALUASI, one file per pegawai, 1 process",
                 ["--form", "dokumen_evaluasi", "--processes", "1"]),
    "dokumen2": ("DOKUMEN EVALUASI, one file per pegawai, pool of 2 processes",
                 ["--form", "dokumen_evaluasi", "--processes", "2"]),
    "penetapan1": ("PENETAPAN PREDIKAT, one file per unit with a predikat, 1 process",
                   ["--form", "penetapan", "--processes", "1"]),
}


# ---------------------------------------------------------------------------------- worker side

def _copy_db(src: Path, folder: Path) -> Path:
    target = folder / src.name
    shutil.copy2(src, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(src) + suffix)
        if extra.exists():
            shutil.copy2(extra, str(target) + suffix)
    return target


def worker_batch(args) -> dict:
    from skpdesk.reports.batch import print_batch, select_pegawai
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    with tempfile.TemporaryDirectory(prefix="bench-print-") as tmp:
        db_path = _copy_db(Path(args.db), Path(tmp))
        out = Path(tmp) / "out"
        started = time.perf_counter()
        db = Database(db_path)
        try:
            services = Services.build(db, ACTOR)
            people = select_pegawai(services)
            report = print_batch(services, people, args.year,
                                 out_dir=out if args.mode == "files" else None,
                                 combined=Path(tmp) / "all.pdf" if args.mode == "combined" else None,
                                 processes=args.processes)
            elapsed = time.perf_counter() - started
        finally:
            db.close()
        size = sum(f.stat().st_size for f in report.files)
    assert report.ok, report.failed
    return {"seconds": elapsed, "pages": report.pages, "documents": len(report.printed),
            "missing": len(report.missing_skp), "bytes": size}


def worker_parts(args) -> dict:
    from skpdesk.reports.batch import select_pegawai
    from skpdesk.reports.skp_pdf import render_skp
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    with tempfile.TemporaryDirectory(prefix="bench-print-") as tmp:
        db = Database(_copy_db(Path(args.db), Path(tmp)))
        try:
            services = Services.build(db, ACTOR)
            t0 = time.perf_counter()
            docs = []
            for pegawai in select_pegawai(services):
                if services.skp.find(pegawai.id, args.year) is not None:
                    docs.append(services.skp_document.for_pegawai(pegawai.id, args.year))
            t1 = time.perf_counter()
            pages = sum(render_skp(doc, io.BytesIO()) for doc in docs)
            t2 = time.perf_counter()
            for doc in docs:
                services.skp_document.record_print(doc)
            t3 = time.perf_counter()
        finally:
            db.close()
    return {"build": t1 - t0, "render": t2 - t1, "record": t3 - t2, "pages": pages,
            "documents": len(docs)}


def worker_forms(args) -> dict:
    """The evaluation forms of `args.period` for the whole office (see the module doc)."""
    from skpdesk.reports.form_batch import FORMS, print_forms, print_one
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    with tempfile.TemporaryDirectory(prefix="bench-print-") as tmp:
        db_path = _copy_db(Path(args.db), Path(tmp))
        out = Path(tmp) / "out"
        started = time.perf_counter()
        db = Database(db_path)
        try:
            services = Services.build(db, ACTOR)
            form = FORMS[args.form]()
            if args.form == "penetapan":
                out.mkdir()
                printed = []
                for unit in services.office.units():
                    if services.org_predikat.get(unit.id, args.period) is None:
                        continue
                    doc = services.summary_documents.penetapan(unit.id, args.period,
                                                               subunits=False)
                    printed.append(print_one(services, form, doc, out / f"{unit.id}.pdf"))
                pages, files, konsep = (sum(p.pages for p in printed),
                                        [p.path for p in printed], 0)
                missing = 0
            else:
                targets = services.eval_printing.targets(args.period)
                report = print_forms(services, form, targets, args.period, out_dir=out,
                                     processes=args.processes)
                assert report.ok, report.failed
                printed, pages, files = report.printed, report.pages, report.files
                konsep, missing = report.konsep, len(report.missing)
            elapsed = time.perf_counter() - started
        finally:
            db.close()
        size = sum(Path(f).stat().st_size for f in files)
    return {"seconds": elapsed, "pages": pages, "documents": len(printed), "missing": missing,
            "konsep": konsep, "bytes": size}


def worker_plain(args) -> dict:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    with tempfile.TemporaryDirectory(prefix="bench-print-") as tmp:
        started = time.perf_counter()
        canvas = Canvas(str(Path(tmp) / "plain.pdf"), pagesize=A4)
        for number in range(1, args.pages + 1):
            canvas.setFont("Helvetica", 11)
            for line in range(PLAIN_LINES):
                canvas.drawString(72, 770 - 16 * line, f"Halaman {number}, baris {line + 1}: "
                                                       f"Sasaran Kinerja Pegawai")
            canvas.showPage()
        canvas.save()
        elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "pages": args.pages}


def run_worker(args) -> int:
    kind = {"batch": worker_batch, "parts": worker_parts, "plain": worker_plain,
            "forms": worker_forms}[args.worker]
    print(json.dumps(kind(args)))
    return 0


# ---------------------------------------------------------------------------------- driver side

def ensure_office(employees: int) -> tuple[Path, dict]:
    from make_large_office import generate, read_meta

    path = OUT_DIR / f"office-{employees}-seed{SEED}.sqlite"
    meta = read_meta(path)
    if meta and meta.get("employees") == employees and meta.get("seed") == SEED:
        return path, meta
    print(f"Generating the {employees}-pegawai office into {path} ...", file=sys.stderr, flush=True)
    return path, generate(path, employees=employees, seed=SEED, year=None, force=True, quiet=True)


def ensure_rated_office(db: Path, year: int, period: str) -> Path:
    """A copy of the office where every pegawai with a pejabat penilai is rated for `period`
    (the demo rates only its teams' approved SKPs: a handful of pages): every SKP of the year
    approved (written through a unit of work, as the evaluation tests' head SKP), each rated by
    its penilai, two of three ditetapkan (the third stays a draft: KONSEP on its pages), so the
    forms bench prints the whole office. Cached beside the office."""
    target = db.with_name(f"{db.stem}-rated-{period}.sqlite")
    stamp = target.with_suffix(".done")
    if target.exists() and stamp.exists() and stamp.read_text() == db.name:
        return target
    from skpdesk.domain.skp import SkpStatus
    from skpdesk.domain.errors import DomainError
    from skpdesk.services.context import Services
    from skpdesk.services.evaluation import roles
    from skpdesk.services.evidence.periods import resolve_period
    from skpdesk.storage.database import Database

    print(f"Rating every pegawai for {period} into {target} ...", file=sys.stderr, flush=True)
    for extra in ("", "-wal", "-shm"):
        Path(str(target) + extra).unlink(missing_ok=True)
    shutil.copy2(db, target)
    database = Database(target)
    try:
        services = Services.build(database, ACTOR)
        with database.unit_of_work(ACTOR) as uow:
            skps = [(s.id, s.pegawai_id) for s in uow.skp.list_for_year(year)]
            for skp_id, _ in skps:
                if uow.skp.summary(skp_id).status is not SkpStatus.DISETUJUI:
                    uow.skp.update(skp_id, {"status": SkpStatus.DISETUJUI.value})
        with database.reader() as uow:  # rated a few days after the period, as the demo does
            today = resolve_period(uow, period).period.end + dt.timedelta(days=3)
        for number, (skp_id, _) in enumerate(skps):
            with database.reader() as uow:
                penilai = roles.penilai_id(uow, uow.skp.load(skp_id))
            if penilai is None:
                continue
            services.acting.act_as_id(penilai)
            try:
                if services.evaluations.get(skp_id, period, today=today) is None:
                    services.evaluations.rate(skp_id, period, hasil="sesuai",
                                              perilaku="diatas" if number % 4 else "sesuai",
                                              today=today)
                if number % 3:
                    services.evaluations.set(skp_id, period, today=today)
            except DomainError as error:  # e.g. already ditetapkan by the demo
                if error.code.value not in ("eval_read_only", "eval_not_draft"):
                    print(f"  {skp_id}: {error.code.value}", file=sys.stderr)
        services.acting.act_as_id(None)
    finally:
        database.close()
    stamp.write_text(db.name)
    return target


def sample(db: Path, year: int, worker: str, extra: list[str]) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", worker, "--db", str(db),
               "--year", str(year), *extra]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def machine() -> dict:
    from bench_core import machine as core_machine
    import reportlab

    info = core_machine()
    info["reportlab"] = reportlab.Version
    return info


def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def measure(employees: int, repeat: int, period: str | None = None) -> dict:
    db, meta = ensure_office(employees)
    year = meta["year"]
    result = {"employees": employees, "db": str(db.relative_to(ROOT)), "year": year,
              "skp": meta["counts"]["skp"], "rhk": meta["counts"]["rhk"], "modes": {}}
    pages = None
    for key, (label, extra) in MODES.items():
        runs = []
        for i in range(repeat):
            run = sample(db, year, "batch", extra)
            runs.append(run)
            print(f"  {employees:>4} {key:<9} #{i + 1}: {run['seconds']:.2f} s, {run['pages']} "
                  f"pages", file=sys.stderr, flush=True)
        pages = runs[0]["pages"]
        result["modes"][key] = {"label": label, "pages": pages, "documents": runs[0]["documents"],
                                "missing": runs[0]["missing"], "bytes": runs[0]["bytes"],
                                "seconds": stats([r["seconds"] for r in runs])}
    parts = [sample(db, year, "parts", []) for _ in range(repeat)]
    result["parts"] = {k: stats([p[k] for p in parts]) for k in ("build", "render", "record")}
    result["parts"]["pages"] = parts[0]["pages"]
    plain = [sample(db, year, "plain", ["--pages", str(pages)]) for _ in range(repeat)]
    result["plain"] = {"pages": pages, "seconds": stats([p["seconds"] for p in plain])}
    print(f"  {employees:>4} parts and plain pages done", file=sys.stderr, flush=True)
    period = period or f"{year}-TW3"
    result["forms"] = measure_forms(ensure_rated_office(db, year, period), year, repeat, period)
    return result


def measure_forms(db: Path, year: int, repeat: int, period: str) -> dict:
    forms = {"period": period, "modes": {}}
    for key, (label, extra) in FORM_MODES.items():
        runs = []
        for i in range(repeat):
            run = sample(db, year, "forms", [*extra, "--period", period])
            runs.append(run)
            print(f"  {key:<10} #{i + 1}: {run['seconds']:.2f} s, {run['pages']} pages, "
                  f"{run['documents']} documents", file=sys.stderr, flush=True)
        forms["modes"][key] = {"label": label, "pages": runs[0]["pages"],
                               "documents": runs[0]["documents"], "konsep": runs[0]["konsep"],
                               "missing": runs[0]["missing"], "bytes": runs[0]["bytes"],
                               "seconds": stats([r["seconds"] for r in runs])}
    return forms


def _secs(s: dict) -> str:
    return f"{s['median']:.2f} s ({s['min']:.2f}–{s['max']:.2f})"


def _rate(pages: int, s: dict) -> str:
    return f"{pages / s['median']:.1f}"


def render(results: list[dict], m: dict, repeat: int) -> str:
    lines = [
        f"Measured on {m['date']}: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), "
        f"{m['ram']} RAM, load average at start {m['load']}; {m['os']}; Python {m['python']}, "
        f"ReportLab {m['reportlab']}, SQLite {m['sqlite']}.",
        f"Each row: median (min–max) of {repeat} samples, each a fresh process on a fresh copy "
        "of the database; pages per second at the median. Times include opening the database, "
        "choosing the pegawai, building every document, rendering, writing the files atomically "
        "and recording every print (with a pool, starting the worker processes).",
        "",
        "| Office | What | Pages | Time | Pages/s |",
        "|---|---|---:|---:|---:|",
    ]
    for r in results:
        office = f"{r['employees']} pegawai ({r['modes']['files1']['documents']} SKP)"
        for key, mode in r["modes"].items():
            lines.append(f"| {office} | {mode['label']} | {mode['pages']} | "
                         f"{_secs(mode['seconds'])} | {_rate(mode['pages'], mode['seconds'])} |")
        plain = r["plain"]
        lines.append(f"| {office} | ReportLab, {plain['pages']} plain pages ({PLAIN_LINES} lines "
                     f"of text each), 1 process | {plain['pages']} | {_secs(plain['seconds'])} | "
                     f"{_rate(plain['pages'], plain['seconds'])} |")
    lines += ["", "Where the time goes (one process, the same work split up; median seconds):", "",
              "| Office | Build documents (database) | Render to memory | Record prints | "
              "Render pages/s |", "|---|---:|---:|---:|---:|"]
    for r in results:
        p = r["parts"]
        lines.append(f"| {r['employees']} pegawai | {p['build']['median']:.2f} s | "
                     f"{p['render']['median']:.2f} s | {p['record']['median']:.2f} s | "
                     f"{p['pages'] / p['render']['median']:.1f} |")
    if any("forms" in r for r in results):
        lines += ["", "The evaluation forms (issue 13; QR code, footer and KONSEP on every page "
                  "included), same conditions:", "",
                  "| Office | Period | What | Documents | Pages | Time | Pages/s |",
                  "|---|---|---|---:|---:|---:|---:|"]
        for r in results:
            forms = r.get("forms")
            if not forms:
                continue
            for mode in forms["modes"].values():
                lines.append(f"| {r['employees']} pegawai | {forms['period']} | {mode['label']} "
                             f"| {mode['documents']} | {mode['pages']} | "
                             f"{_secs(mode['seconds'])} | {_rate(mode['pages'], mode['seconds'])} |")
    return "\n".join(lines)


def write_docs(block: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Printing\n"
    wrapped = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
    if DOC_BEGIN in text and DOC_END in text:
        head, rest = text.split(DOC_BEGIN, 1)
        text = head + wrapped + rest.split(DOC_END, 1)[1]
    else:
        text = text.rstrip() + "\n\n## Speed\n\n" + wrapped + "\n"
    tmp = DOC.with_name(DOC.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, DOC)
    print(f"Updated {DOC.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--offices", type=int, nargs="+", default=[40, 500],
                    help="office sizes to measure (default: 40 500)")
    ap.add_argument("--repeat", type=int, default=3, help="samples per measurement (default 3)")
    ap.add_argument("--write-docs", action="store_true", help="update the section in docs/printing.md")
    ap.add_argument("--json", type=Path, default=None, help="also save the raw results here")
    ap.add_argument("--from-json", type=Path, default=None,
                    help="render (and with --write-docs, write) saved results without measuring")
    # worker mode (internal)
    ap.add_argument("--worker", choices=["batch", "parts", "plain", "forms"],
                    help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--year", type=int, default=dt.date.today().year, help=argparse.SUPPRESS)
    ap.add_argument("--mode", choices=["files", "combined"], default="files", help=argparse.SUPPRESS)
    ap.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--pages", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--form", choices=["evaluasi", "dokumen_evaluasi", "penetapan"],
                    default="evaluasi", help=argparse.SUPPRESS)
    ap.add_argument("--period", default=None,
                    help="period of the evaluation forms (default: <year>-TW3)")
    args = ap.parse_args(argv)
    if args.worker:
        return run_worker(args)
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        m, results, repeat = saved["machine"], saved["results"], saved.get("repeat", args.repeat)
    else:
        m = machine()
        results = [measure(n, args.repeat, args.period) for n in args.offices]
        repeat = args.repeat
    block = render(results, m, repeat)
    print(block)
    if args.json:
        args.json.write_text(json.dumps({"machine": m, "results": results, "repeat": repeat},
                                        indent=2) + "\n", encoding="utf-8")
    if args.write_docs:
        write_docs(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
