"""Running `skpdesk` in-process for the edit-command tests: exit code, stdout, stderr, JSON."""

from __future__ import annotations

import json

from skpdesk.app import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def ok(capsys, db, *args):
    """The JSON answer of a command that must succeed on the database `db`."""
    code, out, err = run(capsys, "--db", db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def journal_total(capsys, db) -> int:
    return ok(capsys, db, "journal", "--limit", "1")["total"]


def refused(capsys, db, *args, code=1):
    """Run a command that must fail on `db`: its stderr, after checking the exit code and that
    the journal did not grow (nothing was written)."""
    before = journal_total(capsys, db)
    got, out, err = run(capsys, "--db", db, *args)
    assert got == code, (out, err)
    assert journal_total(capsys, db) == before
    return err
