"""The window must not crash (issue 7). Each test drives the real main window offscreen in a
subprocess (`crash_hunt.py`), so a SIGSEGV fails the test instead of killing pytest.

- The SIGSEGV in `QTreeViewPrivate::viewIndex`: on the SKP tab, choosing a pegawai whose SKP
  shows other columns than the one shown (kualitatif ↔ kuantitatif: Aspek and Target appear)
  made the header resize its sections inside the RHK tree's paint; the editor then re-laid out
  the tree's rows synchronously and the paint read a freed row. The 2,000-pegawai office of the
  issue (Khoirunnisa Laila Rahmawati, then Nadia Hidayati) is one such pair; the 40-pegawai
  demo has others, so the test uses it (replay the issue's office with the command in
  docs/reliability/window.md).
- A seeded random session of a few hundred steps over a generated 300-pegawai office, switching
  database (File > Open database…) to the 40-pegawai demo and back now and then.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from skpdesk.domain.skp import Approach
from skpdesk.services.context import Services
from skpdesk.storage.database import Database

HUNT = Path(__file__).with_name("crash_hunt.py")
HANG_GUARD_S = 600  # not a performance limit: only so a hung window cannot hang the suite
OFFICE_SEED = 7
# Without the fix of the SIGSEGV above, seed 1 walks into it within these steps (checked when
# the seed was chosen; seed 2 does not, seed 3 does).
CRASH_HUNT_SEED = 1
CRASH_HUNT_STEPS = 300


def run_hunt(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-X", "faulthandler", str(HUNT), *args],
                          capture_output=True, text=True, timeout=HANG_GUARD_S)


def explain(result: subprocess.CompletedProcess) -> str:
    signal = f" (killed by signal {-result.returncode})" if result.returncode < 0 else ""
    return (f"exit code {result.returncode}{signal}\n--- stdout (tail)\n{result.stdout[-3000:]}"
            f"\n--- stderr (tail)\n{result.stderr[-6000:]}")


@pytest.fixture(scope="session")
def office300(tmp_path_factory) -> tuple[Path, int]:
    """A generated office of 300 pegawai (seed 7), made once per test session; (file, year)."""
    path = tmp_path_factory.mktemp("office300") / "office.sqlite"
    db = Database(path)
    try:
        report = Services.build(db, "test").demo.fill(employees=300, seed=OFFICE_SEED)
    finally:
        db.close()
    return path, report.year


def _skp_holders(template: Path) -> tuple[list[str], list[str]]:
    """Pegawai ids with a kualitatif SKP and with a kuantitatif SKP, in the demo's year."""
    db = Database(template)
    try:
        services = Services.build(db, "test")
        kualitatif, kuantitatif = [], []
        for pegawai in services.staff.list():
            skps = [s for y in range(2020, 2031) if (s := services.skp.find(pegawai.id, y))]
            for skp in skps:
                (kualitatif if skp.approach is Approach.KUALITATIF else kuantitatif).append(
                    pegawai.id)
        return kualitatif, kuantitatif
    finally:
        db.close()


def test_choosing_an_skp_with_other_columns_on_the_skp_tab_does_not_crash(demo40_template):
    kualitatif, kuantitatif = _skp_holders(demo40_template)
    assert kualitatif and len(kuantitatif) >= 2  # the demo has both kinds
    path = [kualitatif[0], kuantitatif[0], kualitatif[0], kuantitatif[1]]
    result = run_hunt("--db", str(demo40_template), *(a for pid in path for a in ("--select", pid)))
    assert result.returncode == 0, explain(result)


def test_crash_hunt_random_session_exits_cleanly(office300, demo40_template):
    result = run_hunt("--db", str(office300[0]), "--db2", str(demo40_template),
                      "--seed", str(CRASH_HUNT_SEED), "--steps", str(CRASH_HUNT_STEPS))
    assert result.returncode == 0, explain(result)
    assert "crash hunt clean" in result.stdout
    assert ": switch_database" in result.stdout  # the seed does switch databases
