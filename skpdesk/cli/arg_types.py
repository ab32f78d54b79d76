"""argparse value types: they reject bad values (naming the argument) before the database opens."""

from __future__ import annotations

import argparse
import sys

MIN_YEAR, MAX_YEAR = 2000, 2100


class Parser(argparse.ArgumentParser):
    """argparse with the usage-error line in Indonesian (exit code 2 as usual)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan argumen: {message}\n")


def year_arg(text: str) -> int:
    try:
        year = int(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"tahun harus berupa angka {MIN_YEAR}–{MAX_YEAR} (tertulis '{text}')") from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"tahun harus dari {MIN_YEAR} sampai {MAX_YEAR} (tertulis '{text}')")
    return year


def count_arg(low: int, high: int, what: str):
    def parse(text: str) -> int:
        try:
            value = int(str(text).strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{what} harus berupa angka bulat (tertulis '{text}')") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{what} harus dari {low} sampai {high} (tertulis '{text}')")
        return value
    parse.__name__ = what
    return parse


def text_arg(what: str):
    def parse(text: str) -> str:
        cleaned = " ".join(str(text).split())
        if not cleaned:
            raise argparse.ArgumentTypeError(f"{what} tidak boleh kosong")
        return cleaned
    parse.__name__ = what
    return parse


def note_arg(text: str) -> str:
    """Free text kept as typed (line breaks included), only trimmed."""
    return str(text).strip()
