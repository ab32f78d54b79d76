#!/usr/bin/env python3
"""Full-text search on 200,000 notes (issue 10: p95 <= 50 ms on a 2-core laptop), and the
reminders and the index maintenance on the same office.

    python bench/bench_search.py [--notes 200000] [--rounds 20] [--out bench/out/search.sqlite]
                                 [--force] [--write-docs] [--json OUT]

The office is generated FAST, not through the services (this is a bench, not the app): the
schema comes from `Database` (migrated), the instansi from `OfficeService.init_office`, and
then 2,000 pegawai (Kepala Dinas -> 20 Kepala Bidang -> ~99 staff each), their SKPs, dialogs
(10% confidential konseling, some team dialogs), follow-ups and umpan balik are written with
`executemany` straight into the tables (no journal), and the index is built by the app's own
`SearchService.rebuild()` (timed). Dialog ids are UUIDv7 spread over the year, as the app makes
them. Notes are 15-60 words drawn with a Zipf-like law from ~400 Indonesian work words (some
with diacritics), so a few words ("kinerja", "laporan") are in most notes.

Timed, each in the app's code path (`SearchService.search`: read transaction, query, snippet,
pegawai and dialog of each hit; limit 50):
- a fixed set of queries (common words, rare words, 2-4 letter prefixes, two words, no match),
  `--rounds` times each, nobody acting (public records only) and acting as a pegawai (the
  `readers` filter in SQL);
- the reminders (`RemindersService.list`) for the Kepala Dinas, a Kepala Bidang and office-wide;
- one dialog written through `DialogService.add` (journal, sync caches and index refresh),
  and one follow-up status change.

Reported: p50/p95/max. Never asserted by a test. The file is reused when it exists with the
same --notes (delete it or pass --force to regenerate).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DOC = ROOT / "docs" / "benchmarks.md"
DOC_BEGIN = "<!-- BEGIN bench_search results (written by bench/bench_search.py --write-docs) -->"
DOC_END = "<!-- END bench_search results -->"
YEAR = 2026
EMPLOYEES = 2000
HEADS = 20

WORDS = """kinerja laporan target capaian pelayanan kualitas kuantitas waktu anggaran rapat
koordinasi evaluasi pemantauan bimbingan kompetensi pelatihan disiplin kehadiran dokumen arsip
surat keputusan program kegiatan realisasi indikator biaya inovasi digitalisasi aplikasi sistem
data verifikasi validasi perencanaan penganggaran pengadaan barang jasa aset keuangan pajak
retribusi masyarakat pengaduan respons cepat tepat akurat teliti komunikasi kerjasama tim atasan
bawahan mentoring coaching konseling motivasi beban kerja lembur cuti sakit izin tugas belajar
diklat sertifikasi jabatan fungsional struktural promosi mutasi rotasi perbaikan peningkatan
penurunan hambatan kendala solusi rencana aksi jadwal minggu bulan triwulan semester tahunan
tercapai belum sudah perlu segera ditingkatkan dipertahankan dibahas disepakati diserahkan
dikirim diperiksa diselesaikan ditunda dibatalkan notulen undangan presentasi materi narasumber
peserta sosialisasi bimtek workshop seminar lokakarya studi banding kunjungan lapangan survei
kuesioner wawancara observasi analisis kajian rekomendasi kebijakan regulasi peraturan standar
prosedur operasional layanan loket antrean perizinan kependudukan kesehatan pendidikan sosial
infrastruktur jalan jembatan irigasi air bersih sanitasi lingkungan sampah taman pasar terminal
parkir transportasi pariwisata kebudayaan olahraga pemuda perempuan anak disabilitas lansia
kemiskinan bantuan hibah dana desa kelurahan kecamatan kabupaten provinsi pusat kementerian
lembaga mitra swasta akademisi media publikasi website portal media sosial informasi
statistik peta spasial geospasial server jaringan internet keamanan siber cadangan pemulihan
gangguan perawatan pemeliharaan perangkat keras lunak lisensi helpdesk tiket eskalasi integrasi
interoperabilitas satu data dashboard visualisasi pelaporan akuntabilitas transparansi
integritas netralitas etika budaya organisasi berorientasi pelayanan akuntabel kompeten
harmonis loyal adaptif kolaboratif inisiatif kreatif proaktif responsif empati sopan ramah
kualítas pelayánan évaluasi kinérja""".split()
PSIKOLOG = "psikolog keluarga pribadi kesehatan mental stres istirahat pemulihan".split()

QUERIES = ["kinerja", "laporan target", "pelayan", "kualitas", "kualítas", "digitalisasi",
           "interoperabilitas", "psikolog", "pe", "ko", "lap", "inov", "helpdesk tiket",
           "rapat koordinasi anggaran", "zzzkata"]


def uuid7_at(ms: int, rnd: random.Random) -> str:
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rnd.getrandbits(12) << 64 | 0b10 << 62 \
        | rnd.getrandbits(62)
    return str(uuid.UUID(int=value))


def _columns(conn, table):
    return [(r[1], r[2].upper(), bool(r[3])) for r in conn.execute(f"PRAGMA table_info({table})")]


def insert(conn, table: str, rows: list[dict]) -> None:
    """executemany with every NOT NULL column the rows leave out filled with '' or 0."""
    if not rows:
        return
    cols = _columns(conn, table)
    fill = {name: (0 if "INT" in kind else "") for name, kind, notnull in cols if notnull}
    names = [c[0] for c in cols]
    conn.executemany(
        f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})',
        [tuple(r.get(n, fill.get(n)) for n in names) for r in rows])


class Words:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        weights = [1 / (i + 1) ** 1.05 for i in range(len(WORDS))]
        self.cum = list(_accumulate(weights))

    def text(self, low: int, high: int) -> str:
        n = self.rnd.randint(low, high)
        words = self.rnd.choices(WORDS, cum_weights=self.cum, k=n)
        return " ".join(words).capitalize() + "."


def _accumulate(values):
    total = 0.0
    for v in values:
        total += v
        yield total


def generate(path: Path, notes: int, seed: int = 7) -> dict:
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    services = Services.build(db, "bench")
    services.office.init_office("Dinas Bench Kabupaten Contoh", "Wonosari")
    db.close()
    rnd = random.Random(seed)
    words = Words(rnd)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")  # rows go in table by table, parents first anyway
    stamp = dict(created_at="2026-01-01T00:00:00+00:00", updated_at="2026-01-01T00:00:00+00:00",
                 device_id="bench", hlc="0000000000000-00000")
    start_ms = int(dt.datetime(YEAR, 1, 2, tzinfo=dt.timezone.utc).timestamp() * 1000)
    year_ms = 340 * 86_400_000
    unit = {"id": str(uuid.UUID(int=rnd.getrandbits(128))), "name": "Dinas Bench",
            "parent_id": None, **stamp}
    insert(conn, "unit_kerja", [unit])
    pegawai = []
    for i in range(EMPLOYEES):
        sup = None if i == 0 else (pegawai[0]["id"] if i <= HEADS else
                                   pegawai[1 + (i % HEADS)]["id"])
        pegawai.append({"id": str(uuid.UUID(int=rnd.getrandbits(128))), "nip": f"19800101200501{i:04d}",
                        "asn_type": "PNS", "name": f"Pegawai {i:04d}", "position": "Pelaksana",
                        "position_kind": "pelaksana", "unit_id": unit["id"],
                        "supervisor_id": sup, "employment_status": "aktif", **stamp})
    insert(conn, "pegawai", pegawai)
    skps = [{"id": str(uuid.UUID(int=rnd.getrandbits(128))), "pegawai_id": p["id"],
             "appraiser_id": p["supervisor_id"], "year": YEAR, "period_start": f"{YEAR}-01-01",
             "period_end": f"{YEAR}-12-31", "approach": "kuantitatif", "form": "ja_jf",
             "status": rnd.choice(["draft", "diajukan", "disetujui", "disetujui"]),
             "revision": 1, **stamp} for p in pegawai]
    insert(conn, "skp", skps)
    n_dialogs, n_follow = int(notes * 0.6), int(notes * 0.25)
    n_feedback = notes - n_dialogs - n_follow
    dialogs, people, follows, feedback = [], [], [], []
    kinds = ["pemantauan", "coaching", "mentoring", "umpan_balik", "penetapan_ekspektasi"]
    for i in range(n_dialogs):
        ms = start_ms + rnd.randrange(year_ms)
        staff = pegawai[rnd.randrange(1 + HEADS, EMPLOYEES)]
        secret = rnd.random() < 0.1
        held = dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).date().isoformat()
        note = words.text(15, 60) + (" " + " ".join(rnd.sample(PSIKOLOG, 3)) if secret else "")
        d = {"id": uuid7_at(ms, rnd), "held_on": held, "kind": "konseling" if secret else
             rnd.choice(kinds), "led_by_id": staff["supervisor_id"],
             "agenda": json.dumps([words.text(2, 5)]), "notes": note, "confidential": int(secret),
             "author_id": staff["supervisor_id"], "closed_at": None, **stamp}
        dialogs.append(d)
        members = [staff] + ([pegawai[rnd.randrange(1 + HEADS, EMPLOYEES)]]
                             if rnd.random() < 0.05 else [])
        for m in {m["id"]: m for m in members}.values():
            people.append({"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{d['id']}/{m['id']}")),
                           "dialog_id": d["id"], "pegawai_id": m["id"], **stamp})
    for i in range(n_follow):
        d = dialogs[rnd.randrange(n_dialogs)]
        held = dt.date.fromisoformat(d["held_on"])
        follows.append({"id": uuid7_at(int(d["id"].replace("-", "")[:12], 16) + i % 1000, rnd),
                        "dialog_id": d["id"], "owner_id": None,  # set below
                        "text": words.text(5, 15), "due_on": (held + dt.timedelta(
                            days=rnd.randint(7, 60))).isoformat(),
                        "status": rnd.choice(["open", "open", "done", "dropped"]), **stamp})
    # The owner of a follow-up is the dialog's (first) participant.
    first = {}
    for p in people:
        first.setdefault(p["dialog_id"], p["pegawai_id"])
    for f in follows:
        f["owner_id"] = first[f["dialog_id"]]
    skp_of = {s["pegawai_id"]: s["id"] for s in skps}
    for i in range(n_feedback):
        ms = start_ms + rnd.randrange(year_ms)
        p = pegawai[rnd.randrange(1, EMPLOYEES)]
        day = dt.datetime.fromtimestamp(ms / 1000, dt.timezone.utc).date()
        feedback.append({"id": uuid7_at(ms, rnd), "skp_id": skp_of[p["id"]],
                         "period": f"{YEAR}-{day.month:02d}", "target_label": "RHK 1: "
                         + words.text(4, 8), "given_on": day.isoformat(),
                         "text": words.text(10, 40), "author_id": p["supervisor_id"], **stamp})
    insert(conn, "dialog_kinerja", dialogs)
    insert(conn, "dialog_peserta", people)
    insert(conn, "tindak_lanjut", follows)
    insert(conn, "umpan_balik", feedback)
    conn.commit()
    conn.close()
    db = Database(path)
    try:
        t = time.perf_counter()
        indexed = Services.build(db, "bench").search.rebuild()
        rebuild_s = time.perf_counter() - t
    finally:
        db.close()
    meta = {"notes": notes, "indexed": indexed, "dialogs": n_dialogs, "follow_ups": n_follow,
            "feedback": n_feedback, "rebuild_s": round(rebuild_s, 1),
            "size_mb": round(path.stat().st_size / 1e6, 1)}
    path.with_name(path.name + ".json").write_text(json.dumps(meta), encoding="utf-8")
    return meta


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def timed(fn, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def measure(path: Path, rounds: int) -> dict:
    from skpdesk.services.context import Services
    from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
    from skpdesk.storage.database import Database
    db = Database(path)
    s = Services.build(db, "bench")
    conn = sqlite3.connect(path)
    head_nip = conn.execute("SELECT nip FROM pegawai WHERE supervisor_id IS NULL").fetchone()[0]
    kabid_id, kabid_nip = conn.execute(
        "SELECT id, nip FROM pegawai WHERE supervisor_id = (SELECT id FROM pegawai WHERE "
        "supervisor_id IS NULL) ORDER BY nip LIMIT 1").fetchone()
    # A reader of many confidential notes: the pegawai in the most confidential dialogs.
    reader_nip = conn.execute(
        "SELECT p.nip FROM dialog_peserta dp JOIN dialog_kinerja d ON d.id = dp.dialog_id "
        "JOIN pegawai p ON p.id = dp.pegawai_id WHERE d.confidential = 1 "
        "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    staff_id = conn.execute("SELECT id FROM pegawai WHERE supervisor_id = ? ORDER BY nip LIMIT 1",
                            (kabid_id,)).fetchone()[0]
    conn.close()
    results: dict = {"queries": {}, "reminders": {}, "writes": {}}
    for who, nip in (("nobody", None), ("pegawai", reader_nip)):
        s.acting.act_as(nip)
        s.search.search("kinerja")  # warm the page cache once
        per_query, all_ms = {}, []
        for q in QUERIES:
            ms = timed(lambda: s.search.search(q), rounds)
            per_query[q] = {"p50": statistics.median(ms), "p95": pct(ms, 0.95),
                            "hits": len(s.search.search(q))}
            all_ms += ms
        results["queries"][who] = {"per_query": per_query, "p50": statistics.median(all_ms),
                                   "p95": pct(all_ms, 0.95), "max": max(all_ms),
                                   "n": len(all_ms)}
    today = dt.date(YEAR, 6, 15)
    for who, nip in (("kepala_dinas", head_nip), ("kepala_bidang", kabid_nip),
                     ("office_wide", None)):
        s.acting.act_as(nip)
        ms = timed(lambda: s.reminders.list(today), max(3, rounds // 4))
        results["reminders"][who] = {"p50": statistics.median(ms), "max": max(ms),
                                     "count": len(s.reminders.list(today).reminders)}
    s.acting.act_as(kabid_nip)
    ids = []
    ms = timed(lambda: ids.append(s.dialogs.add(DialogInput(
        held_on=today, kind="pemantauan", participant_ids=(staff_id,),
        notes="Catatan benchmark tentang digitalisasi arsip",
        follow_ups=(FollowUpInput("Tindak lanjut benchmark", staff_id, today),))).value), 5)
    results["writes"]["dialog_add"] = {"p50": statistics.median(ms), "max": max(ms)}
    fu = [d.follow_ups[0].id for d in ids]
    ms = timed(lambda: s.dialogs.set_follow_up_status(fu.pop(), "done", today=today), 5)
    results["writes"]["follow_up_done"] = {"p50": statistics.median(ms), "max": max(ms)}
    db.close()
    return results


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}; load average {load:.1f} at the end of the run")


def report(meta: dict, results: dict, rounds: int) -> str:
    q = results["queries"]
    lines = [
        f"Office: {meta['notes']:,} indexed notes ({meta['dialogs']:,} dialogs, 10% confidential "
        f"konseling, {meta['follow_ups']:,} follow-ups, {meta['feedback']:,} umpan balik), "
        f"{EMPLOYEES:,} pegawai; file {meta['size_mb']} MB; index rebuilt by "
        f"`SearchService.rebuild()` in {meta['rebuild_s']} s. {len(QUERIES)} queries x "
        f"{rounds} rounds each. Machine: {machine()}.",
        "",
        "| Search (`SearchService.search`, limit 50) | p50 | p95 | max | target p95 |",
        "|---|---:|---:|---:|---:|",
        f"| Nobody acting (public records only) | {q['nobody']['p50']:.1f} ms | "
        f"{q['nobody']['p95']:.1f} ms | {q['nobody']['max']:.1f} ms | 50 ms |",
        f"| Acting as a pegawai (`readers` filter in SQL) | {q['pegawai']['p50']:.1f} ms | "
        f"{q['pegawai']['p95']:.1f} ms | {q['pegawai']['max']:.1f} ms | 50 ms |",
        "",
        "| Query (acting as a pegawai) | hits (≤ 50) | p50 | p95 |",
        "|---|---:|---:|---:|"]
    for text, v in q["pegawai"]["per_query"].items():
        lines.append(f"| `{text}` | {v['hits']} | {v['p50']:.1f} ms | {v['p95']:.1f} ms |")
    r, w = results["reminders"], results["writes"]
    lines += ["",
              "| Other work on this office | p50 | max | |",
              "|---|---:|---:|---|",
              f"| Reminders of the Kepala Dinas (20 direct reports) | {r['kepala_dinas']['p50']:.0f} ms"
              f" | {r['kepala_dinas']['max']:.0f} ms | {r['kepala_dinas']['count']} reminders |",
              f"| Reminders of a Kepala Bidang (~99 direct reports) | {r['kepala_bidang']['p50']:.0f} ms"
              f" | {r['kepala_bidang']['max']:.0f} ms | {r['kepala_bidang']['count']} reminders |",
              f"| Reminders office-wide (nobody acting) | {r['office_wide']['p50']:.0f} ms | "
              f"{r['office_wide']['max']:.0f} ms | {r['office_wide']['count']} reminders |",
              f"| `DialogService.add` (1 follow-up; journal, caches, index refresh) | "
              f"{w['dialog_add']['p50']:.0f} ms | {w['dialog_add']['max']:.0f} ms | |",
              f"| Follow-up marked done (index refresh of one row) | "
              f"{w['follow_up_done']['p50']:.0f} ms | {w['follow_up_done']['max']:.0f} ms | |"]
    return "\n".join(lines)


def write_docs(block: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    wrapped = f"{DOC_BEGIN}\n{block}\n{DOC_END}"
    if DOC_BEGIN in text:
        head, rest = text.split(DOC_BEGIN, 1)
        text = head + wrapped + rest.split(DOC_END, 1)[1]
    else:
        text = text.rstrip() + "\n\n## Pencarian (issue 10)\n\n" + wrapped + "\n"
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--out", type=Path, default=HERE / "out" / "search.sqlite")
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--write-docs", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    meta_path = args.out.with_name(args.out.name + ".json")
    meta = None
    if args.out.exists() and meta_path.exists() and not args.force:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("notes") != args.notes:
            meta = None
    if meta is None:
        t = time.perf_counter()
        meta = generate(args.out, args.notes)
        print(f"generated {args.out} in {time.perf_counter() - t:.0f} s: {meta}", flush=True)
    # Measure on a copy: the writes below must not change the cached office.
    work = args.out.with_name(args.out.stem + "-work.sqlite")
    import shutil
    shutil.copyfile(args.out, work)
    try:
        results = measure(work, args.rounds)
    finally:
        for p in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
            p.unlink(missing_ok=True)
    block = report(meta, results, args.rounds)
    print(block)
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=2),
                             encoding="utf-8")
    if args.write_docs:
        write_docs(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
