#!/usr/bin/env python3
"""Take the README screenshot of the main window on the demo office, headless.

    python scripts/screenshot.py                        # writes docs/images/main-window.png
    python scripts/screenshot.py --out /tmp/x.png --size 1440x900 --lang en

Everything happens in a temporary folder: `skpdesk demo --seed 7` fills a new database there,
and the window's settings (an ini file via SKPDESK_DATA_DIR) say "I am" = the Kepala Dinas, so
the team list opens on "My direct reports". The real main window (as `skpdesk --db` builds it,
with every workspace tab registered in `gui_app`) is opened offscreen at the given size; its
status bar shows a tidy example path instead of the temporary one. Once the team list has its
rows, the script selects a direct report with an SKP (a Kepala Bidang, who supervises a few
pegawai), shows the "SKP" tab when there is one, waits until the database worker is idle and
grabs the window into the PNG. The user's own settings and data are never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_OUT = ROOT / "docs" / "images" / "main-window.png"
SKP_TAB = "skp"
SHOWN_DB = "~/Dokumen/SKP Desk/kantor-contoh.sqlite"  # the status bar's path, for display only


def make_demo(db: Path, data_dir: Path, *, seed: int, employees: int) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKPDESK_")}
    env["SKPDESK_DATA_DIR"] = str(data_dir)
    subprocess.run([sys.executable, "-m", "skpdesk", "--db", str(db), "demo", "--seed", str(seed),
                    "--employees", str(employees)], check=True, env=env, cwd=ROOT,
                   capture_output=True)


def pick_people(db: Path) -> tuple[str, str]:
    """(identity, subject): the head of the office with the most direct reports and an SKP, and
    the direct report with an SKP to show: a Kepala Bidang first, then the one with most RHK."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        has_skp = "EXISTS (SELECT 1 FROM skp s WHERE s.pegawai_id = p.id)"
        reports = "(SELECT count(*) FROM pegawai c WHERE c.supervisor_id = p.id)"
        head = conn.execute(
            f"SELECT p.id FROM pegawai p WHERE {has_skp} AND {reports} > 0 "
            f"ORDER BY (p.position_kind = 'jpt') DESC, {reports} DESC, p.name LIMIT 1").fetchone()
        if head is None:
            raise SystemExit(f"{db}: no supervisor with an SKP")
        subject = conn.execute(
            f"SELECT p.id FROM pegawai p WHERE p.supervisor_id = ? AND {has_skp} "
            "ORDER BY (p.position LIKE 'Kepala Bidang%') DESC, "
            "(SELECT count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id "
            " WHERE s.pegawai_id = p.id) DESC, p.name LIMIT 1", (head[0],)).fetchone()
        return head[0], (subject or head)[0]
    finally:
        conn.close()


def _tab_key(text: str) -> str:
    return text.replace("&", "").strip().lower()


def take(db: Path, data_dir: Path, out: Path, *, size: tuple[int, int], lang: str | None,
         shown_db: str | None = SHOWN_DB, timeout_s: float = 30.0) -> None:
    # Before Qt is imported: headless, and settings in the temporary folder.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SKPDESK_DATA_DIR"] = str(data_dir)
    identity, subject = pick_people(db)

    from PySide6.QtCore import QEventLoop

    from skpdesk import app as skp_app
    from skpdesk.ui import i18n, ui_settings
    from skpdesk.ui.shell import gui_app

    databases = skp_app.GuiDatabases("screenshot@skpdesk")
    services, paths = databases.open(str(db))
    qt_app = gui_app.make_application(["skpdesk"])
    settings = gui_app.make_settings()
    ui_settings.set_identity(settings, identity)
    if lang:
        i18n.set_configured_language(settings, lang)
    translators = i18n.install_translators(i18n.configured_language(settings), app=qt_app)
    session = gui_app.GuiSession(settings, databases)
    window = session.start(services, paths)
    if shown_db and hasattr(window, "update_status"):  # not the random temporary path
        window.db_path = Path(shown_db)
        window.update_status()
    deadline = time.monotonic() + timeout_s

    def pump(until=None, settle_ms: int = 0) -> bool:
        """Run the event loop until `until()` holds (then `settle_ms` more) or the deadline."""
        while time.monotonic() < deadline:
            qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if until is None or until():
                break
            time.sleep(0.01)
        else:
            return False
        end = time.monotonic() + settle_ms / 1000
        while time.monotonic() < end:
            qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)
        return True

    try:
        window.resize(*size)
        window.show()
        if not pump(lambda: gui_app.team_rows_shown(window) is not None, settle_ms=100):
            raise SystemExit("the team list did not fill in time")
        panel = getattr(window, "team_panel", None)
        if panel is None or not panel.select_pegawai(subject):
            raise SystemExit("the chosen pegawai is not in the team list")
        tabs = window.workspace_tabs
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        skp = next((i for i, t in enumerate(titles) if _tab_key(t) == SKP_TAB), None)
        if skp is None:
            skp = next((i for i, t in enumerate(titles) if _tab_key(t).startswith(SKP_TAB)), None)
        if skp is not None:
            tabs.setCurrentIndex(skp)
        tasks = session.tasks
        if not pump(lambda: tasks is None or not tasks.busy, settle_ms=400):
            raise SystemExit("the database worker did not become idle in time")
        window.repaint()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise SystemExit(f"could not write {out}")
        shown = titles[skp] if skp is not None else titles[tabs.currentIndex()]
        print(f"Wrote {out} ({size[0]}×{size[1]}; tabs: {', '.join(titles)}; "
              f"showing: {shown.replace('&', '')})")
    finally:
        session.close_tasks()
        window.close()
        for translator in translators:
            qt_app.removeTranslator(translator)
        databases.close_all()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="PNG to write "
                    f"(default {DEFAULT_OUT.relative_to(ROOT)})")
    ap.add_argument("--size", default="1280x800", help="window size WxH (default 1280x800)")
    ap.add_argument("--seed", type=int, default=7, help="demo office seed (default 7)")
    ap.add_argument("--employees", type=int, default=40, help="demo office size (default 40)")
    ap.add_argument("--lang", choices=("id", "en"), help="window language (default: the app's, id)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))

    work = Path(tempfile.mkdtemp(prefix="skpdesk-screenshot-"))
    try:
        db = work / "kantor-contoh.sqlite"
        make_demo(db, work / "data", seed=args.seed, employees=args.employees)
        take(db, work / "data", args.out.resolve(), size=(width, height), lang=args.lang)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
