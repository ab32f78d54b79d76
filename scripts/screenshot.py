#!/usr/bin/env python3
"""Take the README screenshot and every screenshot of the user guide, headless, in one run.

    python scripts/screenshot.py                  # all: docs/images/main-window.png and
                                                  #      docs/panduan/images/*.png
    python scripts/screenshot.py --only kaskade,skp   # some guide screenshots (see --list)
    python scripts/screenshot.py --out /tmp/x.png --size 1440x900 --lang en   # README shot only

Everything happens in a temporary folder: `skpdesk demo --seed 7` fills a new database there,
and "Saya adalah" is a supervisor with a submitted SKP waiting for their approval (`pick_people`),
so the team tree opens on "Bawahan langsung saya" and "Perlu tindakan" has work. The real main
window (as `skpdesk --db` builds it, with every workspace tab, action and pane that `gui_app`
installs) is opened offscreen; its status bar shows a tidy example path instead of the
temporary one. Dialogs are opened through the same
actions and buttons a user presses, grabbed once shown, and closed without saving; the welcome
screen is shown on a second, empty database. The user's own settings and data are never touched.

Each guide screenshot is one function in SHOTS (name = file name in docs/panduan/images/); a
shot that cannot be taken (a window this version does not have) is reported and the script
exits 1 after taking the others.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_OUT = ROOT / "docs" / "images" / "main-window.png"
GUIDE_IMAGES = ROOT / "docs" / "panduan" / "images"
GUIDE_SIZE = (1024, 700)  # the guide's window shots: the smallest size the window is made for
SKP_TAB = "skp"
SHOWN_DB = "~/Dokumen/SKP Desk/kantor-contoh.sqlite"  # the status bar's path, for display only


def make_demo(db: Path, data_dir: Path, *, seed: int, employees: int) -> None:
    _skpdesk(db, data_dir, "demo", "--seed", str(seed), "--employees", str(employees))


def _skpdesk(db: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKPDESK_")}
    env["SKPDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "skpdesk", "--db", str(db), *args], check=True,
                          env=env, cwd=ROOT, capture_output=True)


def pick_people(db: Path) -> tuple[str, str]:
    """(identity, subject): a supervisor with an SKP waiting for their approval (a structural
    head first, then the one with most direct reports), so that "Perlu tindakan" has work in it,
    and that submitted SKP's pegawai (the one with most RHK). Without any submitted SKP: the head
    of the office and a direct report with an SKP (a Kepala Bidang first)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        has_skp = "EXISTS (SELECT 1 FROM skp s WHERE s.pegawai_id = p.id)"
        waiting = ("(SELECT count(*) FROM pegawai c JOIN skp s ON s.pegawai_id = c.id "
                   "WHERE c.supervisor_id = p.id AND s.status = 'diajukan')")
        reports = "(SELECT count(*) FROM pegawai c WHERE c.supervisor_id = p.id)"
        rhk_count = ("(SELECT count(*) FROM rhk r JOIN skp s ON s.id = r.skp_id "
                     "WHERE s.pegawai_id = p.id)")
        head = conn.execute(
            f"SELECT p.id, {waiting} FROM pegawai p WHERE {has_skp} AND {reports} > 0 "
            f"ORDER BY {waiting} > 0 DESC, p.position_kind IN ('jpt', 'administrator') DESC, "
            f"{reports} DESC, p.name LIMIT 1").fetchone()
        if head is None:
            raise SystemExit(f"{db}: no supervisor with an SKP")
        submitted = "AND EXISTS (SELECT 1 FROM skp s WHERE s.pegawai_id = p.id " \
                    "AND s.status = 'diajukan')" if head[1] else ""
        subject = conn.execute(
            f"SELECT p.id FROM pegawai p WHERE p.supervisor_id = ? AND {has_skp} {submitted} "
            f"ORDER BY (p.position LIKE 'Kepala Bidang%') DESC, {rhk_count} DESC, p.name "
            "LIMIT 1", (head[0],)).fetchone()
        return head[0], (subject or head)[0]
    finally:
        conn.close()


def bad_staff_file(db: Path, data_dir: Path, out: Path) -> Path:
    """The demo office's staff export with three typical mistakes (for the import report)."""
    _skpdesk(db, data_dir, "staff", "export", str(out))
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    fields = list(rows[0])
    rows[2]["nip"] = rows[2]["nip"][:-3]  # 15 digits
    rows[4]["nip_atasan"] = "199001012020121999"  # nobody has this NIP
    rows[6]["golongan"] = "V/z"
    with out.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fields, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return out


def _tab_key(text: str) -> str:
    return text.replace("&", "").strip().lower()


@dataclass
class Studio:
    """One offscreen session on the demo office, and the helpers every shot uses."""

    db: Path
    data_dir: Path
    work: Path
    lang: str | None
    timeout_s: float = 30.0
    identity: str = ""
    subject: str = ""
    qt_app: object = None
    session: object = None
    window: object = None
    translators: list = field(default_factory=list)
    databases: object = None

    def start(self, shown_db: str | None = SHOWN_DB) -> None:
        # Before Qt is imported: headless, and settings in the temporary folder.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["SKPDESK_DATA_DIR"] = str(self.data_dir)
        self.identity, self.subject = pick_people(self.db)

        from skpdesk import app as skp_app
        from skpdesk.ui import i18n, ui_settings
        from skpdesk.ui.shell import gui_app

        self.databases = skp_app.GuiDatabases("screenshot@skpdesk")
        services, paths = self.databases.open(str(self.db))
        self.qt_app = gui_app.make_application(["skpdesk"])
        settings = gui_app.make_settings()
        self._set_me(services, settings)
        if self.lang:
            i18n.set_configured_language(settings, self.lang)
        self.translators = i18n.install_translators(i18n.configured_language(settings),
                                                    app=self.qt_app)
        self.session = gui_app.GuiSession(settings, self.databases)
        self.window = self.session.start(services, paths)
        if shown_db and hasattr(self.window, "update_status"):  # not the temporary path
            self.window.db_path = Path(shown_db)
            self.window.update_status()
        self.window.show()
        if not self.pump(lambda: gui_app.team_rows_shown(self.window) is not None,
                         settle_ms=100):
            raise SystemExit("the team list did not fill in time")

    def _set_me(self, services, settings) -> None:
        """"Saya adalah" = the head of the office: per database when this version keeps it
        there (ActingService), else in the per-machine settings."""
        from skpdesk.ui import ui_settings
        acting = getattr(services, "acting", None)
        if acting is not None:
            nip = services.staff.get(self.identity).nip
            acting.set_me(nip)
        ui_settings.set_identity(settings, self.identity)

    @property
    def services(self):
        return self.session.services

    def close(self) -> None:
        if self.session is not None:
            self.session.close_tasks()
        if self.window is not None:
            self.window.close()
        for translator in self.translators:
            self.qt_app.removeTranslator(translator)
        if self.databases is not None:
            self.databases.close_all()

    # --- event loop
    def pump(self, until: Callable[[], bool] | None = None, settle_ms: int = 0) -> bool:
        """Run the event loop until `until()` holds (then `settle_ms` more), or time runs out."""
        from PySide6.QtCore import QEventLoop
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            self.qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if until is None or until():
                break
            time.sleep(0.01)
        else:
            return False
        end = time.monotonic() + settle_ms / 1000
        while time.monotonic() < end:
            self.qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)
        return True

    def idle(self, settle_ms: int = 300) -> None:
        tasks = self.session.tasks
        if not self.pump(lambda: tasks is None or not tasks.busy, settle_ms=settle_ms):
            raise SystemExit("the database worker did not become idle in time")

    # --- the main window
    def show_pegawai(self, pegawai_id: str, tab: str | None = SKP_TAB) -> None:
        if not self.window.team_panel.select_pegawai(pegawai_id):
            raise RuntimeError("the chosen pegawai is not in the team list")
        if tab:
            self.show_tab(tab)
        self.idle()

    def open_units_of(self, pegawai_id: str) -> None:
        """Open the pegawai's unit and its parents in the team tree (the nesting shows)."""
        panel = self.window.team_panel
        model = getattr(panel, "model", None)
        if model is None or not hasattr(model, "unit_index"):
            return
        units = {u.id: u for u in self.services.office.units()}
        chain, unit_id = [], self.services.staff.get(pegawai_id).unit_id
        while unit_id in units:
            chain.insert(0, unit_id)
            unit_id = units[unit_id].parent_id
        for unit_id in chain:
            self.pump(lambda: model.unit_index(unit_id).isValid(), settle_ms=50)
            index = model.unit_index(unit_id)
            if index.isValid():
                panel.tree.expand(index)
        self.idle(settle_ms=100)

    def show_tab(self, key: str) -> str:
        tabs = self.window.workspace_tabs
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        index = next((i for i, t in enumerate(titles) if _tab_key(t) == key), None)
        if index is None:
            index = next((i for i, t in enumerate(titles) if _tab_key(t).startswith(key)), None)
        if index is None:
            raise RuntimeError(f"no tab {key!r} (tabs: {', '.join(titles)})")
        tabs.setCurrentIndex(index)
        return titles[index]

    def grab_window(self, out: Path, size: tuple[int, int]) -> None:
        self.window.resize(*size)
        self.idle(settle_ms=400)
        self.save(self.window, out)

    def save(self, widget, out: Path) -> None:
        widget.repaint()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(out), "PNG"):
            raise RuntimeError(f"could not write {out}")

    def grab_opened(self, trigger: Callable[[], object], out: Path,
                    prepare: Callable[[object], None] | None = None,
                    settle_ms: int = 300) -> None:
        """Press what opens a window or dialog (`trigger`), grab the new top-level widget once
        shown (after `prepare(widget)`), then close it without accepting anything. Works for
        modal dialogs (grabbed from inside their exec()) and for ordinary windows."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        state: dict[str, object] = {}
        deadline = time.monotonic() + self.timeout_s

        def opened():
            fresh = [w for w in QApplication.topLevelWidgets()
                     if w.isVisible() and id(w) not in before and w.width() > 1]
            return fresh[-1] if fresh else None

        def poll() -> None:
            widget = opened()
            if widget is None:
                if time.monotonic() < deadline:
                    QTimer.singleShot(30, poll)
                else:
                    state["error"] = RuntimeError("nothing opened")
                return
            try:
                self.pump(settle_ms=settle_ms)
                fit(widget)
                if prepare is not None:
                    prepare(widget)
                    self.pump(settle_ms=settle_ms)
                self.save(widget, out)
            except Exception as error:  # noqa: BLE001 - reported after the dialog closed
                state["error"] = error
            state["done"] = True
            if isinstance(widget, QDialog):  # message boxes too: answered "no", nothing done
                widget.done(QDialog.DialogCode.Rejected.value)
            else:
                widget.close()

        QTimer.singleShot(30, poll)
        trigger()
        self.pump(lambda: "done" in state or "error" in state, settle_ms=100)
        if "error" in state:
            raise RuntimeError(f"{out.name}: {state['error']}")
        if "done" not in state:
            raise RuntimeError(f"{out.name}: nothing opened in time")


def fit(widget) -> None:
    """Give a dialog the height its wrapped labels need (offscreen, a dialog opened with open()
    can keep the height it had before its text was laid out)."""
    layout = widget.layout()
    if layout is None:
        return
    width = max(widget.width(), widget.sizeHint().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
        else layout.totalSizeHint().height()
    if height > widget.height() or width > widget.width():
        widget.resize(width, max(height, widget.height()))


def action_named(window, *names: str):
    """The window's action attribute with one of these names (the first that exists)."""
    for name in names:
        action = getattr(window, name, None)
        if action is not None:
            return action
    raise RuntimeError(f"the window has none of the actions {names}")


def action_with_text(window, *texts: str):
    """An action of the window's menus whose text (without &) starts with one of `texts`."""
    from PySide6.QtGui import QAction
    wanted = [t.casefold() for t in texts]
    for action in window.findChildren(QAction):
        text = action.text().replace("&", "").casefold()
        if any(text.startswith(t) for t in wanted):
            return action
    raise RuntimeError(f"no action named like {texts}")


# --- the guide's screenshots: name -> function(studio, out)
def shot_main_window(studio: Studio, out: Path) -> None:
    studio.open_units_of(studio.subject)
    studio.show_pegawai(studio.subject)
    studio.grab_window(out, GUIDE_SIZE)


def shot_team(studio: Studio, out: Path) -> None:
    """The left side alone: the team tree with its statuses and counts, and Perlu tindakan."""
    studio.open_units_of(studio.subject)
    studio.show_pegawai(studio.subject)
    studio.window.resize(1280, 800)  # the README size: the tree's status column shows
    studio.idle()
    left = getattr(studio.window, "left_splitter", None) or studio.window.team_panel
    studio.save(left, out)


def shot_skp(studio: Studio, out: Path) -> None:
    studio.show_pegawai(studio.subject)
    studio.grab_window(out, GUIDE_SIZE)


def shot_welcome(studio: Studio, out: Path) -> None:
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui.shell import gui_app
    empty = Database(studio.work / "kosong.sqlite")
    try:
        services = Services.build(empty, "screenshot")
        welcome = gui_app.make_start_window(services, studio.session.settings,
                                            tasks=studio.session.tasks,
                                            events=studio.session.events)
        label = getattr(welcome, "db_label", None)
        if label is not None:  # not the temporary path
            label.setText(label.text().replace(str(empty.path), str(Path(SHOWN_DB).parent /
                                                                    "kantor-baru.sqlite")))
        welcome.show()
        studio.pump(settle_ms=300)
        studio.save(welcome, out)
        welcome.close()
        welcome.deleteLater()
        studio.pump(settle_ms=50)
    finally:
        empty.close()


def shot_new_office(studio: Studio, out: Path) -> None:
    from skpdesk.ui.shell.new_office_dialog import NewOfficeDialog
    services = studio.services

    def fill(dialog) -> None:
        from PySide6.QtWidgets import QLineEdit
        example = {"instansi": "Dinas Komunikasi dan Informatika Kabupaten Contoh",
                   "kota": "Wonosari", "nama": "Ratna Widyastuti", "gelar_belakang": "S.Stat.",
                   "nip": "198106272005032084"}
        for key, text in example.items():
            edit = getattr(dialog, "fields", {}).get(key)
            if isinstance(edit, QLineEdit):
                edit.setText(text)

    studio.grab_opened(lambda: NewOfficeDialog.ask(services.office, services.staff,
                                                   studio.session.settings, studio.session.tasks,
                                                   studio.window), out, fill)


def shot_import(studio: Studio, out: Path) -> None:
    from skpdesk.ui.staff_import.import_dialog import ImportDialog
    bad = bad_staff_file(studio.db, studio.data_dir, studio.work / "pegawai-bidang.csv")

    def run(dialog) -> None:
        dialog.resize(760, 520)
        dialog.path_edit.setText(str(bad))
        dialog.start_import()
        if not studio.pump(lambda: not dialog.busy and dialog.problems.rowCount() > 0,
                           settle_ms=200):
            raise RuntimeError("the import report did not show")
        dialog.path_edit.setText(str(Path("~/Dokumen") / bad.name))  # not the temporary path

    studio.grab_opened(lambda: ImportDialog.ask(studio.services.staff_files,
                                                studio.session.settings, studio.session.tasks,
                                                studio.window), out, run)


def shot_identity(studio: Studio, out: Path) -> None:
    action = action_named(studio.window, "identity_action")
    studio.grab_opened(action.trigger, out)


def shot_cascade(studio: Studio, out: Path) -> None:
    action = action_named(studio.window, "cascade_action")

    def size(window) -> None:
        window.resize(1000, 620)

    studio.grab_opened(action.trigger, out, size, settle_ms=600)


def shot_batch_print(studio: Studio, out: Path) -> None:
    action = action_with_text(studio.window, "Cetak semua", "Print all")

    def tidy(dialog) -> None:
        folder = getattr(dialog, "folder_edit", None)
        if folder is not None:  # not the temporary folder
            folder.setText(str(Path("~/Dokumen/SKP 2026")))

    studio.grab_opened(action.trigger, out, tidy)


def shot_pegawai(studio: Studio, out: Path) -> None:
    """Ubah data pegawai with a NIP that breaks the import's rule: the message under the field."""
    studio.show_pegawai(studio.subject, tab=None)
    action = action_named(studio.window.edit_actions, "edit_action")

    def bad_nip(dialog) -> None:
        dialog.fields["nip"].setText(dialog.fields["nip"].text().replace(" ", "")[:15])
        if not dialog.check():
            raise RuntimeError("the shortened NIP was accepted")

    studio.grab_opened(action.trigger, out, bad_nip)


def shot_office(studio: Studio, out: Path) -> None:
    action = action_named(studio.window.edit_actions, "office_action")
    studio.grab_opened(action.trigger, out, lambda dialog: dialog.resize(
        max(dialog.width(), 700), dialog.height()))


def _skp_tab(studio: Studio):
    tabs = studio.window.workspace_tabs
    widget = tabs.currentWidget()
    if type(widget).__name__ != "SkpTabWidget":
        raise RuntimeError("the SKP tab is not shown")
    return widget


def shot_approve(studio: Studio, out: Path) -> None:
    """Setujui on the SKP the supervisor has to approve: the confirmation saying what follows."""
    studio.show_pegawai(studio.subject)
    tab = _skp_tab(studio)
    studio.grab_opened(lambda: tab.request_transition("approve"), out)


def shot_history(studio: Studio, out: Path) -> None:
    studio.show_pegawai(studio.subject)
    inner = _skp_tab(studio).inner_tabs
    page = next((i for i in range(inner.count())
                 if _tab_key(inner.tabText(i)) in ("riwayat", "history")), None)
    if page is None:
        raise RuntimeError("the SKP tab has no Riwayat page")
    inner.setCurrentIndex(page)
    studio.grab_window(out, GUIDE_SIZE)
    inner.setCurrentIndex(0)


def _most(studio: Studio, sql: str) -> tuple:
    """The first row of a read-only query on the demo database (who has the most dialogs...)."""
    conn = sqlite3.connect(f"{studio.db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(sql).fetchone()
    finally:
        conn.close()
    if row is None:
        raise RuntimeError("the demo office has nothing to show for this screenshot")
    return row


def shot_dialog_tab(studio: Studio, out: Path) -> None:
    """"Dialog & umpan balik": the timeline of the pegawai with most public dialogs, the newest
    readable dialog shown in the detail pane."""
    (pegawai_id,) = _most(studio, (
        "SELECT p.pegawai_id FROM dialog_peserta p JOIN dialog_kinerja d ON d.id = p.dialog_id "
        "WHERE d.confidential = 0 GROUP BY p.pegawai_id ORDER BY count(*) DESC, p.pegawai_id "
        "LIMIT 1"))
    studio.open_units_of(pegawai_id)
    studio.show_pegawai(pegawai_id, tab="dialog")
    tab = studio.window.workspace_tabs.currentWidget()
    readable = [d for d in studio.services.dialogs.for_pegawai(pegawai_id) if not d.redacted]
    if readable and callable(getattr(tab, "show_dialog", None)):
        tab.show_dialog(readable[0].id)
    studio.grab_window(out, GUIDE_SIZE)


def shot_feedback(studio: Studio, out: Path) -> None:
    """The SKP tab's Hasil Kerja with the umpan balik of the RHK that has most of it."""
    pegawai_id, rhk_id = _most(studio, (
        "SELECT s.pegawai_id, u.rhk_id FROM umpan_balik u JOIN skp s ON s.id = u.skp_id "
        "WHERE u.rhk_id IS NOT NULL GROUP BY u.rhk_id ORDER BY count(*) DESC, u.rhk_id "
        "LIMIT 1"))
    studio.open_units_of(pegawai_id)
    studio.show_pegawai(pegawai_id)
    tab = _skp_tab(studio)
    tab.inner_tabs.setCurrentIndex(0)
    tab.feedback.show_panes()  # the "Umpan balik" button (off at this height by default)
    if not tab.rhk_editor.select("rhk", rhk_id):
        raise RuntimeError("the RHK with feedback is not shown")
    studio.grab_window(out, GUIDE_SIZE)


def shot_search(studio: Studio, out: Path) -> None:
    """Cari di catatan with a word from the demo's public dialog notes, the hits shown."""
    (notes,) = _most(studio, (
        "SELECT notes FROM dialog_kinerja WHERE confidential = 0 AND length(notes) > 20 "
        "ORDER BY held_on DESC, id LIMIT 1"))
    word = max((w.strip(".,;:()") for w in notes.split()), key=len)[:8]
    action = action_named(studio.window, "search_action")

    def search(dialog) -> None:
        dialog.resize(720, 480)
        dialog.query_edit.setText(word)
        dialog.search_now()
        if not studio.pump(lambda: bool(dialog.hits), settle_ms=200):
            raise RuntimeError(f"nothing found for {word!r}")

    studio.grab_opened(action.trigger, out, search)


SHOTS: dict[str, Callable[[Studio, Path], None]] = {
    "jendela-utama": shot_main_window,
    "tim": shot_team,
    "selamat-datang": shot_welcome,
    "instansi-baru": shot_new_office,
    "impor-pegawai": shot_import,
    "saya-adalah": shot_identity,
    "pegawai": shot_pegawai,
    "pengaturan-kantor": shot_office,
    "skp": shot_skp,
    "setujui": shot_approve,
    "riwayat": shot_history,
    "kaskade": shot_cascade,
    "cetak-semua": shot_batch_print,
    "dialog": shot_dialog_tab,
    "umpan-balik": shot_feedback,
    "cari": shot_search,
}


def take(db: Path, data_dir: Path, out: Path, *, size: tuple[int, int], lang: str | None,
         shown_db: str | None = SHOWN_DB, timeout_s: float = 30.0) -> None:
    """The README screenshot: the main window with a Kepala Bidang's SKP."""
    studio = Studio(db, data_dir, db.parent, lang, timeout_s)
    studio.start(shown_db)
    try:
        studio.open_units_of(studio.subject)
        studio.show_pegawai(studio.subject)
        studio.grab_window(out, size)
        print(f"Wrote {out} ({size[0]}×{size[1]})")
    finally:
        studio.close()


def take_all(db: Path, data_dir: Path, work: Path, *, readme_out: Path | None,
             readme_size: tuple[int, int], names: list[str], lang: str | None,
             guide_dir: Path = GUIDE_IMAGES) -> list[str]:
    """The README shot (when `readme_out`) and the guide shots `names`; the names that failed."""
    studio = Studio(db, data_dir, work, lang)
    studio.start()
    failed = []
    try:
        if readme_out is not None:
            studio.open_units_of(studio.subject)
            studio.show_pegawai(studio.subject)
            studio.grab_window(readme_out, readme_size)
            print(f"Wrote {readme_out} ({readme_size[0]}×{readme_size[1]})")
        for name in names:
            out = guide_dir / f"{name}.png"
            try:
                SHOTS[name](studio, out)
                studio.idle(settle_ms=50)
                print(f"Wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
            except Exception:  # noqa: BLE001 - one missing window must not stop the others
                failed.append(name)
                print(f"FAILED {name}:\n{traceback.format_exc()}", file=sys.stderr)
    finally:
        studio.close()
    return failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="take only the README screenshot, into this PNG "
                    f"(by default all are taken: {DEFAULT_OUT.relative_to(ROOT)} and "
                    f"{GUIDE_IMAGES.relative_to(ROOT)}/*.png)")
    ap.add_argument("--size", default="1280x800", help="README window size WxH (default 1280x800)")
    ap.add_argument("--only", help="comma-separated guide screenshots to take (no README shot)")
    ap.add_argument("--list", action="store_true", help="list the guide screenshots and exit")
    ap.add_argument("--seed", type=int, default=7, help="demo office seed (default 7)")
    ap.add_argument("--employees", type=int, default=40, help="demo office size (default 40)")
    ap.add_argument("--lang", choices=("id", "en"), help="window language (default: the app's, id)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(SHOTS))
        return 0
    width, height = (int(x) for x in args.size.lower().split("x"))
    names = list(SHOTS)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in SHOTS]
        if unknown:
            ap.error(f"unknown screenshot(s): {', '.join(unknown)} (see --list)")

    work = Path(tempfile.mkdtemp(prefix="skpdesk-screenshot-"))
    try:
        db = work / "kantor-contoh.sqlite"
        make_demo(db, work / "data", seed=args.seed, employees=args.employees)
        if args.out is not None:
            take(db, work / "data", args.out.resolve(), size=(width, height), lang=args.lang)
            return 0
        failed = take_all(db, work / "data", work,
                          readme_out=None if args.only else DEFAULT_OUT,
                          readme_size=(width, height), names=names, lang=args.lang)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"not taken: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
