"""Temp files of killed prints are removed by the next print into the folder, and only those
(`skpdesk.services.atomic_files.remove_stale_temp_files`, issue 7)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from skpdesk.services import atomic_files as files
from skpdesk.reports.batch import print_batch, select_pegawai

from .helpers_print import YEAR, build_print_office
from .helpers_temp_files import ended_pid, running, temp_of  # noqa: F401 - running is a fixture


def _temp(folder: Path, pid: int, host: str | None = None, name: str = "a.pdf") -> Path:
    return temp_of(folder / name, pid, b"%PDF-1.4 partial", host)


def _age(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path




def test_only_stale_temp_files_of_ours_are_removed(tmp_path, running):
    day = files.STALE_AFTER_SECONDS
    dead = _temp(tmp_path, ended_pid())
    alive = _temp(tmp_path, running, name="b.pdf")
    mine = _temp(tmp_path, os.getpid(), name="c.pdf")
    other_host = _temp(tmp_path, ended_pid(), host="ffffff", name="d.pdf")
    other_host_old = _age(_temp(tmp_path, 4242, host="ffffff", name="e.pdf"), day + 60)
    alive_but_old = _age(_temp(tmp_path, running, name="f.pdf"), day + 60)
    legacy = tmp_path / ".g.pdf.k3j_x9a2.tmp"  # named by the first release (no pid)
    legacy.write_bytes(b"")
    legacy_old = tmp_path / ".h.pdf.p0q_z7b1.tmp"
    legacy_old.write_bytes(b"")
    _age(legacy_old, day + 60)
    strangers = [tmp_path / n for n in (".notes.tmp", "rapor.tmp", "a.pdf", ".a.pdf.x.tmp")]
    for path in strangers:
        path.write_bytes(b"not ours")
        _age(path, day * 30)

    removed = files.remove_stale_temp_files(tmp_path)

    assert sorted(removed) == sorted([dead, other_host_old, alive_but_old, legacy_old])
    for kept in (alive, mine, other_host, legacy, *strangers):
        assert kept.exists(), kept.name
    for gone in removed:
        assert not gone.exists()


def test_an_unlistable_folder_is_left_alone(tmp_path):
    assert files.remove_stale_temp_files(tmp_path / "missing") == []


def test_a_print_cleans_its_folder_and_names_temp_files_after_itself(office, tmp_path, running):
    build_print_office(office)
    out = tmp_path / "out"
    out.mkdir()
    left = _temp(out, ended_pid(), name=f"x_SKP_{YEAR}.pdf")
    busy = _temp(out, running, name=f"y_SKP_{YEAR}.pdf")
    report = print_batch(office, [p.id for p in select_pegawai(office)], YEAR, out_dir=out)
    assert report.ok and not left.exists() and busy.exists()
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == \
        sorted(p.path.name for p in report.printed)
    # a temp file of a print that is still running carries its pid, so it is never taken
    staged, _ = files.stage(out / "z.pdf", lambda fh: fh.write(b"%PDF"))
    assert f"-{os.getpid()}-" in Path(staged.temp).name
    assert files.remove_stale_temp_files(out) == [] and Path(staged.temp).exists()
    staged.publish()
    assert (out / "z.pdf").read_bytes() == b"%PDF" and not Path(staged.temp).exists()
