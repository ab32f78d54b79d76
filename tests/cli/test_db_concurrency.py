"""Two processes on one database file: reads never wait for a writer, and a writer that waited
too long says who holds the database (exit 1, never 70). Real processes, real SQLite files."""

from __future__ import annotations

import json
import os
import signal

import pytest

from skpdesk.storage.lock_info import current_holder, info_path
from tests.cli.helpers_processes import (RAW_HOLDER, SKP_HOLDER, cli_env, make_office, release,
                                         skpdesk, start_holder)


@pytest.fixture
def office_file(tmp_path):
    path = tmp_path / "kantor.sqlite"
    make_office(path)
    return path


@pytest.fixture
def short_wait(tmp_path):
    return cli_env(tmp_path, SKPDESK_BUSY_TIMEOUT_MS="300")


def test_reads_succeed_while_another_process_holds_a_write_transaction(tmp_path, office_file,
                                                                       short_wait):
    holder = start_holder(SKP_HOLDER, office_file, "sari@kantor-pc")
    try:
        for args in (("staff", "list", "--json"), ("office", "show"), ("journal", "--limit", "3"),
                     ("cascade",)):
            result = skpdesk(tmp_path, "--db", office_file, *args, env=short_wait)
            assert result.returncode == 0, (args, result.stderr)
        people = json.loads(skpdesk(tmp_path, "--db", office_file, "staff", "list", "--json",
                                    env=short_wait).stdout)
        assert len(people) == 3
    finally:
        release(holder)


def test_a_writer_that_waited_names_the_holder_and_writes_nothing(tmp_path, office_file,
                                                                  short_wait):
    holder = start_holder(SKP_HOLDER, office_file, "sari@kantor-pc")
    try:
        result = skpdesk(tmp_path, "--db", office_file, "office", "set", "--city", "Bantul",
                         env=short_wait)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and "SQL" not in result.stderr
        assert (f"sedang dipakai untuk menulis oleh sari@kantor-pc (proses {holder.pid} di "
                "komputer ") in result.stderr
        assert "tidak ada yang diubah" in result.stderr
    finally:
        release(holder)
    # The holder committed; the refused command changed nothing.
    shown = skpdesk(tmp_path, "--db", office_file, "office", "show", "--json", env=short_wait)
    assert json.loads(shown.stdout)["instansi"]["city"] == "Sleman"


def test_a_lock_held_by_another_program_is_reported_without_naming_anyone(tmp_path, office_file,
                                                                          short_wait):
    holder = start_holder(RAW_HOLDER, office_file)
    try:
        result = skpdesk(tmp_path, "--db", office_file, "skp", "create", "--nip",
                         "199001012015032003", env=short_wait)
        assert result.returncode == 1, result.stderr
        assert "sedang dikunci oleh proses lain" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        release(holder)


def test_stale_lock_info_of_a_killed_writer_does_not_name_it(tmp_path, office_file, short_wait):
    killed = start_holder(SKP_HOLDER, office_file, "budi@laptop-lama")
    assert current_holder(office_file).actor == "budi@laptop-lama"
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=60)
    assert "budi@laptop-lama" in info_path(office_file).read_text()  # the text stays behind
    assert current_holder(office_file) is None  # but its OS lock died with the process
    other = start_holder(RAW_HOLDER, office_file)
    try:
        result = skpdesk(tmp_path, "--db", office_file, "office", "set", "--city", "Bantul",
                         env=short_wait)
        assert result.returncode == 1
        assert "budi" not in result.stderr and "sedang dikunci oleh proses lain" in result.stderr
    finally:
        release(other)
    # The killed transaction was rolled back; writing works again.
    assert skpdesk(tmp_path, "--db", office_file, "office", "set", "--city", "Bantul",
                   env=short_wait).returncode == 0


def test_opening_for_a_read_writes_nothing_to_the_file(tmp_path, office_file, short_wait):
    # The old open ran BEGIN IMMEDIATE; now a read leaves even the file's change counter alone.
    before = office_file.read_bytes()[:100]
    assert skpdesk(tmp_path, "--db", office_file, "staff", "list", env=short_wait).returncode == 0
    assert office_file.read_bytes()[:100] == before
