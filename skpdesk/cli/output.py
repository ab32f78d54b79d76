"""Writing results: aligned text tables for people, JSON for scripts (`--json`)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import unicodedata
from typing import Any, Iterable, Sequence, TextIO

from skpdesk.domain.text_rules import escape_forbidden

# Characters json.dumps(ensure_ascii=False) leaves raw although a terminal acts on them (C1
# controls, bidi overrides) or cannot encode them (lone surrogates). JSON's own \uXXXX escape
# keeps the value exact for a program reading it. (C0 controls are escaped by json already.)
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                          "\ufdd0-\ufdef\ufffe\uffff]")


def terminal_text(text: str) -> str:
    """Text for a terminal: control characters and bidi overrides (legacy data, a value echoed
    in an error) are shown as escapes ("\\x1b", "\\u202e") instead of acting on the terminal."""
    return escape_forbidden(text)


def _json_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def to_json(obj: Any) -> str:
    text = json.dumps(obj, ensure_ascii=False, indent=2, default=_json_default)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_json(out: TextIO, obj: Any) -> None:
    out.write(to_json(obj) + "\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, limit: int | None) -> str:
    text = " ".join(str(text).split())
    if limit is not None and len(text) > limit:
        return text[: max(limit - 1, 1)] + "…"
    return text


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
          max_widths: Sequence[int | None] | None = None) -> str:
    """A plain text table with a header rule; cells are single-line, optionally clipped."""
    limits = list(max_widths or [None] * len(headers))
    body = [[_clip("" if c is None else c, limits[i] if i < len(limits) else None)
             for i, c in enumerate(row)] for row in rows]
    widths = [_width(h) for h in headers]
    for row in body:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _width(cell))

    def line(cells: Sequence[str]) -> str:
        parts = [c + " " * (widths[i] - _width(c)) for i, c in enumerate(cells)]
        return "  ".join(parts).rstrip()

    lines = [line(list(headers)), "  ".join("-" * w for w in widths)]
    lines += [line(row) for row in body]
    return "\n".join(lines)


def indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.splitlines())
