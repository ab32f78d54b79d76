"""`skpdesk eval distribution` (issue 12; helper "orgdist" writes it; the lead left this stub so
that `cli/eval_commands.py` can call it from the start)."""

from __future__ import annotations


def add_eval_subparsers(eval_sub, common) -> None:
    """Add `distribution` to the `eval` subcommands (stub: nothing yet)."""
