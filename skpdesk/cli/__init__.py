"""The `skpdesk` command line: argparse subcommands over the same services the GUI uses.

No storage, SQLAlchemy, Qt or ReportLab here: the composition root (`skpdesk.app`) opens the
database and passes an `open_services(db, *, create)` callable. Exit codes: 0 success, 1 a
broken rule (`DomainError`, message in Indonesian on stderr), 2 a usage error, 70 an unexpected
error (details in the log file), 130 interrupted, 141 the reader of the output went away
(`skpdesk staff list | head`: stdout closed early, a quiet exit as if killed by SIGPIPE).

Adding a command: write `cmd_x(ctx) -> int` in the `*_commands.py` module it belongs to and
register it in that module's `add_parsers`.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from pathlib import Path
from typing import Sequence, TextIO

from skpdesk.domain.errors import DomainError, ErrorCode

from .command_context import CommandContext, OpenServices, UsageError
from .messages import cli_hint, format_error
from .output import terminal_text, write_json
from .parser import build_parser

log = logging.getLogger("skpdesk.cli")

EXIT_OK, EXIT_RULE, EXIT_USAGE, EXIT_UNEXPECTED, EXIT_INTERRUPTED = 0, 1, 2, 70, 130
EXIT_PIPE = 128 + 13  # what a shell reports for a program killed by SIGPIPE

__all__ = ["parse", "execute", "OpenServices"]


def undecodable_argument(argv: Sequence[str]) -> tuple[int, str] | None:
    """(position, shown text) of the first argument holding bytes that are not UTF-8.

    On Linux such bytes reach Python as lone surrogates (surrogateescape); written to the
    terminal, the log or the database they would fail far from here. Shown with \\xNN escapes.
    """
    for position, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raw = arg.encode("utf-8", "surrogateescape")
            return position, raw.decode("utf-8", "backslashreplace")
    return None


def parse(argv: Sequence[str], err: TextIO | None = None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when argparse already answered (help, version, usage)."""
    bad = undecodable_argument(argv)
    if bad is not None:
        position, shown = bad
        (err or sys.stderr).write(
            f"skpdesk: kesalahan argumen: argumen ke-{position} ('{terminal_text(shown)}') berisi "
            "byte yang bukan teks UTF-8; ketik ulang argumen itu atau ganti nama berkasnya dengan huruf biasa.\n")
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
    try:
        return _execute(args, open_services=open_services, log_file=log_file, out=out, err=err)
    except BrokenPipeError:
        return _output_closed(out, err)


def _output_closed(out: TextIO, err: TextIO) -> int:
    """The reader of our output has gone (`| head`, a closed terminal): nothing is wrong with
    the command or the data, so no message and no traceback. The standard streams are pointed
    at the null device so the interpreter's final flush does not complain either."""
    log.info("output closed by its reader; stopping quietly")
    for stream, std in ((out, sys.stdout), (err, sys.stderr)):
        if stream is std and std is not None:
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, std.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass  # not a real file (a test's StringIO): nothing will flush it at exit
    return EXIT_PIPE


def _execute(args: argparse.Namespace, *, open_services: OpenServices, log_file, out: TextIO,
             err: TextIO) -> int:
    ctx = CommandContext(args, open_services=open_services, out=out, err=err)
    name = " ".join(filter(None, (args.command, getattr(args, "staff_command", None),
                                  getattr(args, "skp_command", None),
                                  getattr(args, "skp_edit_command", None),
                                  getattr(args, "sync_command", None),
                                  getattr(args, "peer_command", None),
                                  getattr(args, "dialog_command", None),
                                  getattr(args, "followup_command", None),
                                  getattr(args, "evidence_command", None))))
    log.info("command: %s", name)
    try:
        code = args.handler(ctx)
        out.flush()  # a closed pipe shows here, not in the interpreter's flush at exit
        return EXIT_OK if code is None else code
    except BrokenPipeError:
        raise  # answered by `execute`: not an OS fault of the command's files
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
    except OSError as problem:
        # A full disk or a folder without write permission where a command writes a file:
        # foreseeable, so a sentence and exit 1, not a traceback.
        error = os_fault(problem)
        if error is None:
            return _unexpected(problem, name, err, log_file)
        log.info("refused %s: %s %s", name, error.code.value, error.params)
        err.write(f"Kesalahan: {format_error(error)}\n")
        return EXIT_RULE
    except Exception as unexpected:  # noqa: BLE001 - reported with the log's path, never swallowed
        return _unexpected(unexpected, name, err, log_file)


def _unexpected(unexpected: BaseException, name: str, err: TextIO, log_file) -> int:
    log.exception("unexpected error in %s", name, exc_info=unexpected)
    err.write(terminal_text(f"Terjadi kesalahan tak terduga: {type(unexpected).__name__}: "
                            f"{unexpected}") + "\n")
    if log_file:
        err.write(f"Rincian tercatat di berkas log: {log_file}\n")
    return EXIT_UNEXPECTED


_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}


def os_fault(problem: OSError) -> DomainError | None:
    """The error code for a foreseeable OS fault while writing a file, else None."""
    path = str(problem.filename or "")
    if problem.errno in _DISK_FULL:
        return DomainError(ErrorCode.DB_DISK_FULL, path=path)
    if problem.errno in _NO_PERMISSION:
        return DomainError(ErrorCode.FILE_UNWRITABLE, field="berkas", path=path,
                           detail=problem.strerror or "izin ditolak")
    return None
