"""Text cells written to and read from staff spreadsheets, safe against formula injection.

A spreadsheet program evaluates a cell that starts with `=`, `+`, `-` or `@` (and, after a
tab or carriage return, what follows) as a formula: `=HYPERLINK(...)` in a name becomes a live
link, `=cmd|...` a command (CSV/formula injection, OWASP). Stored text is never changed, but on
export every such cell gets a leading apostrophe, the OWASP neutralisation, which spreadsheets
read as "this is text". A value that already starts with an apostrophe gets one more, so the
rule can be undone exactly: on import one leading apostrophe is removed when it is followed by
one of those characters or by another apostrophe, and `export -> import` gives back the same
text. A hand-typed "'Ali" (apostrophe followed by a letter) is kept as it is.

Values that start with these characters are accepted on import as plain text: legitimate data
such as a title "-" or a name "+Ali" keeps working, nothing in SKP Desk evaluates it, and every
file SKP Desk writes neutralises it again. Export also escapes forbidden characters
(`text_rules.escape_forbidden`) so legacy rows stored before that rule cannot break the file.
"""

from __future__ import annotations

from skpdesk.domain.text_rules import escape_forbidden

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_QUOTED = FORMULA_TRIGGERS + (QUOTE,)


def needs_quote(value: str) -> bool:
    return value.startswith(_QUOTED)


def export_cell(value: str | None) -> str:
    """The text to write in an exported cell (CSV or XLSX string cell)."""
    text = escape_forbidden(value or "")
    return QUOTE + text if needs_quote(text) else text


def import_cell(value: str) -> str:
    """Undo `export_cell`'s apostrophe: "'=x" -> "=x", "''Ali" -> "'Ali", "'Ali" stays."""
    if len(value) > 1 and value[0] == QUOTE and value[1:].startswith(_QUOTED):
        return value[1:]
    return value
