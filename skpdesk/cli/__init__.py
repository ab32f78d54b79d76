"""The `skpdesk` command line: argparse subcommands over the same services the GUI uses.

No storage, SQLAlchemy, Qt or ReportLab here: the composition root (`skpdesk.app`) opens the
database and passes an `open_services(db, *, create)` callable. Exit codes: 0 success, 1 a
broken rule (`DomainError`, message in Indonesian on stderr), 2 a usage error, 70 an unexpected
error (details in the log file), 130 interrupted.

Adding a command: write `cmd_x(ctx) -> int` in the `*_commands.py` module it belongs to and
register it in that module's `add_parsers`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Sequence, TextIO

from skpdesk.domain.errors import DomainError

from .command_context import CommandContext, OpenServices, UsageError
from .messages import cli_hint, format_error
from .output import terminal_text, write_json
from .parser import build_parser

log = logging.getLogger("skpdesk.cli")

EXIT_OK, EXIT_RULE, EXIT_USAGE, EXIT_UNEXPECTED, EXIT_INTERRUPTED = 0, 1, 2, 70, 130

__all__ = ["parse", "execute", "OpenServices"]


def undecodable_argument(argv: Sequence[str]) -> int | None:
    """Index of the first argument holding bytes that are not UTF-8, or None.

    Python hands such bytes over as lone surrogates (surrogateescape); they cannot be stored,
    printed or matched, so they are a usage error, not something to fail on later.
    """
    for i, arg in enumerate(argv):
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            return i
    return None


def parse(argv: Sequence[str], err: TextIO | None = None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when argparse already answered (help, version, usage)."""
    bad = undecodable_argument(argv)
    if bad is not None:
        shown = argv[bad].encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        (err or sys.stderr).write(
            f"skpdesk: kesalahan argumen: argumen ke-{bad + 1} (\"{terminal_text(shown)}\") "
            "berisi byte yang bukan teks UTF-8; ketik ulang argumen itu, atau ganti nama berkas "
            "atau folder yang namanya bukan UTF-8.\n")
        return EXIT_USAGE
    try:
        return build_parser().parse_args(list(argv))
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE


def execute(args: argparse.Namespace, *, open_services: OpenServices,
            log_file: Path | str | None = None, out: TextIO | None = None,
            err: TextIO | None = None) -> int:
    """Run the parsed command; turn every failure into a message and an exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    ctx = CommandContext(args, open_services=open_services, out=out, err=err)
    name = " ".join(filter(None, (args.command, getattr(args, "staff_command", None),
                                  getattr(args, "skp_command", None))))
    log.info("command: %s", name)
    try:
        code = args.handler(ctx)
        return EXIT_OK if code is None else code
    except UsageError as problem:
        err.write(f"skpdesk {name}: kesalahan argumen: {terminal_text(str(problem))}\n")
        return EXIT_USAGE
    except DomainError as error:
        log.info("refused %s: %s %s", name, error.code.value, error.params)
        message = format_error(error)
        if ctx.json:
            write_json(out, {"ok": False, "error": {"code": error.code.value, "message": message,
                                                    "field": error.params.get("field"),
                                                    "params": error.params}})
        err.write(f"Kesalahan: {terminal_text(message)}\n")
        hint = cli_hint(error)
        if hint:
            err.write(f"{hint}\n")
        return EXIT_RULE
    except KeyboardInterrupt:
        err.write("Dibatalkan.\n")
        return EXIT_INTERRUPTED
    except Exception as unexpected:  # noqa: BLE001 - reported with the log's path, never swallowed
        log.exception("unexpected error in %s", name)
        err.write(terminal_text(f"Terjadi kesalahan tak terduga: {type(unexpected).__name__}: "
                                f"{unexpected}") + "\n")
        if log_file:
            err.write(f"Rincian tercatat di berkas log: {log_file}\n")
        return EXIT_UNEXPECTED
