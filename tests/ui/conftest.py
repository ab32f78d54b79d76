"""GUI test fixtures: offscreen Qt (tests/conftest.py), demo databases copied from one template
per session, settings on an ini file in tmp_path (never the user's own), translations built."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from skpdesk.ui import i18n
from skpdesk.ui.error_dialogs import RecordingReporter
from skpdesk.ui.events import AppEvents
from skpdesk.ui.resources import TRANSLATIONS_DIR
from skpdesk.ui.tasks import TaskRunner

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def build_translations() -> None:
    """Build the .qm files like scripts/setup.sh does, when missing or older than the .ts."""
    stale = [ts for ts in TRANSLATIONS_DIR.glob("*.ts")
             if not ts.with_suffix(".qm").is_file()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        subprocess.run([str(LRELEASE), "-silent", *map(str, stale)], check=True)


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    build_translations()


def _demo_template(tmp_path_factory, employees: int) -> Path:
    path = tmp_path_factory.mktemp(f"demo{employees}") / "template.sqlite"
    db = Database(path)
    Services.build(db, "test").demo.fill(employees=employees, seed=1)
    db.close()
    return path


@pytest.fixture(scope="session")
def demo40_template(tmp_path_factory):
    return _demo_template(tmp_path_factory, 40)


@pytest.fixture(scope="session")
def demo200_template(tmp_path_factory):
    return _demo_template(tmp_path_factory, 200)


def _open_copy(template: Path, tmp_path: Path):
    path = tmp_path / "data" / "skpdesk.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, path)
    attachments = template.parent / "attachments"  # the demo's bukti dukung files (issue 11)
    if attachments.is_dir():
        shutil.copytree(attachments, path.parent / "attachments", dirs_exist_ok=True)
    return Database(path)


@pytest.fixture(scope="session")
def office2000_template(tmp_path_factory):
    """The generated 2,000-pegawai office (`DemoService.fill`, the generator of
    bench/make_large_office.py), made once for the session: the dialog and plan tab tests use
    it (copy it before writing)."""
    path = tmp_path_factory.mktemp("office2000") / "template.sqlite"
    db = Database(path)
    Services.build(db, "test").demo.fill(employees=2000, seed=7)
    db.close()
    return path


@pytest.fixture
def demo_db(demo40_template, tmp_path):
    db = _open_copy(demo40_template, tmp_path)
    yield db
    db.close()


@pytest.fixture
def demo(demo_db):
    """Services on a copy of the 40-pegawai demo office."""
    return Services.build(demo_db, "test")


@pytest.fixture
def demo200(demo200_template, tmp_path):
    db = _open_copy(demo200_template, tmp_path)
    yield Services.build(db, "test")
    db.close()


@pytest.fixture
def qsettings(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def language(qapp):
    """Install the translators of a language for the test: `language("en")`; removed after."""
    installed: list = []

    def install(code: str):
        installed[:] = i18n.install_translators(code, installed, app=qapp)
        return installed

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    # reset the default locale; no translator stays (not even English plurals): the next test
    # sees the bare source strings, whatever ran before it
    for translator in i18n.install_translators(i18n.SOURCE_LANGUAGE, [], app=qapp):
        qapp.removeTranslator(translator)


@pytest.fixture
def events():
    return AppEvents()


@pytest.fixture
def reporter():
    return RecordingReporter()


@pytest.fixture
def tasks(events, reporter):
    """An inline TaskRunner: jobs finish before `run` returns."""
    runner = TaskRunner(events=events, reporter=reporter, synchronous=True)
    yield runner
    runner.shutdown()

