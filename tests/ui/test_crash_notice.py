"""A crash of the window leaves its native traceback in logs/skpdesk.log (faulthandler), and the
next start says once that the last session did not end cleanly, pointing to the log.

End to end with the real entry point (`skpdesk.app.main`): a first run crashes after the window
is shown (`faulthandler._sigsegv()` or `os.abort()` from a timer), the next two start in smoke
mode (which prints "crash-notice <log>" instead of opening the message box).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from skpdesk.crash_guard import PreviousRun
from skpdesk.ui.shell import gui_app

CRASHING_RUN = """
import faulthandler, os, sys
from PySide6.QtCore import QTimer
from skpdesk import app
from skpdesk.ui.shell import gui_app

how = sys.argv[2]
real_make_application = gui_app.make_application

def make_application(*args, **kwargs):  # the real window, which then dies natively once shown
    application = real_make_application(*args, **kwargs)
    QTimer.singleShot(300, faulthandler._sigsegv if how == "sigsegv" else os.abort)
    return application

gui_app.make_application = make_application
sys.exit(app.main(["--db", sys.argv[1]]))
"""


def env_for(data_dir: Path, smoke: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SKPDESK_GUI_SMOKE"}
    env.update(SKPDESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8")
    if smoke:
        env["SKPDESK_GUI_SMOKE"] = smoke
    return env


def start_window(db: Path, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "skpdesk", "--db", str(db)], capture_output=True,
                          text=True, encoding="utf-8", env=env_for(data_dir, "1"), timeout=120)


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize(("how", "signum", "fatal"), [
    ("sigsegv", signal.SIGSEGV, "Fatal Python error: Segmentation fault"),
    ("abort", signal.SIGABRT, "Fatal Python error: Aborted"),
])
def test_a_crash_is_logged_and_the_next_start_says_so_once(demo40_template, tmp_path, how, signum,
                                                            fatal):
    data_dir = tmp_path / "data"
    db = tmp_path / "kantor" / "skpdesk.sqlite"
    db.parent.mkdir()
    shutil.copy(demo40_template, db)
    log_file = db.parent / "logs" / "skpdesk.log"

    crashed = subprocess.run([sys.executable, "-c", CRASHING_RUN, str(db), how],
                             capture_output=True, text=True, encoding="utf-8",
                             env=env_for(data_dir), timeout=120)
    assert crashed.returncode == -signum, crashed.stderr
    text = log_file.read_text(encoding="utf-8")
    assert fatal in text  # the native crash left its traceback in the log
    assert "File " in text and "run_gui" in text  # with the Python stack of the main thread
    assert list(log_file.parent.glob("running-*.json"))  # the marker of the dead session

    first = start_window(db, data_dir)
    assert first.returncode == 0, first.stderr
    assert f"crash-notice {log_file}" in first.stdout
    assert "did not end cleanly (fatal error above in this log)" in log_file.read_text(
        encoding="utf-8")

    second = start_window(db, data_dir)
    assert second.returncode == 0, second.stderr
    assert "window-shown" in second.stdout and "crash-notice" not in second.stdout
    assert not list(log_file.parent.glob("running-*.json"))  # clean exits leave no marker


def test_a_clean_session_leaves_no_notice(demo40_template, tmp_path):
    data_dir = tmp_path / "data"
    db = tmp_path / "skpdesk.sqlite"
    shutil.copy(demo40_template, db)
    for _ in range(2):
        shown = start_window(db, data_dir)
        assert shown.returncode == 0, shown.stderr
        assert "window-shown" in shown.stdout and "crash-notice" not in shown.stdout


def test_the_notice_is_indonesian_and_names_the_log(qtbot, qapp, language, tmp_path):
    from PySide6.QtWidgets import QWidget

    language("id")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    log_file = tmp_path / "logs" / "skpdesk.log"
    box = gui_app.show_crash_notice(window, [
        PreviousRun("2026-11-29T10:15:00", log_file, fatal_error=True)])
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(log_file) in box.text()
    assert "tidak ditutup dengan benar" in box.text() and "29-11" not in box.text()
    assert "2026-11-29 10:15" in box.text()
    assert "galat" in box.text()  # a fatal error was logged
    box.close()
    assert gui_app.show_crash_notice(window, []) is None


def test_after_a_kill_the_notice_says_the_program_was_stopped(qtbot, language, tmp_path):
    language("id")
    text = gui_app.crash_notice_text([PreviousRun("2026-11-29T10:15:00", tmp_path / "x.log",
                                                  fatal_error=False)])
    assert "dihentikan paksa" in text and str(tmp_path / "x.log") in text
