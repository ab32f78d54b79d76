"""Characters that never belong in a name, a title or any other text a person types.

Refused where text enters (forms, CLI, staff files, all through the services) and escaped
where text leaves for a terminal or a file, so data stored before the rule existed (legacy
rows) can neither corrupt an export nor drive a terminal:

- C0 and C1 control characters (NUL, BEL, ESC, DEL, U+0080-U+009F): ESC drives the terminal,
  NUL and most C0 controls are illegal in the XML of an XLSX file. Tab, line feed and carriage
  return are allowed: single-line fields collapse them to a space, multi-line fields keep them.
- Bidirectional formatting controls (U+202A-U+202E embeddings/overrides, U+2066-U+2069
  isolates; the "Trojan Source" set): they make a name read differently from what is stored.
- Lone surrogates (what undecodable bytes become with Python's surrogateescape) and the
  noncharacters U+FFFE/U+FFFF/U+FDD0-U+FDEF: they cannot be written as UTF-8 or XML.
"""

from __future__ import annotations

import unicodedata

from skpdesk.domain.errors import DomainError, ErrorCode

ALLOWED_CONTROLS = frozenset("\t\n\r")
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def is_forbidden_char(ch: str) -> bool:
    code = ord(ch)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return ch not in ALLOWED_CONTROLS
    if ch in BIDI_CONTROLS:
        return True
    if 0xD800 <= code <= 0xDFFF or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE:
        return True
    return False


def _fast_ok(text: str) -> bool:
    # Most text is printable ASCII; skip the per-character loop for it (imports check every cell).
    return text.isascii() and (text.isprintable() or not any(is_forbidden_char(c) for c in text))


def first_forbidden(text: str) -> tuple[int, str] | None:
    """(0-based position, character) of the first forbidden character, or None."""
    if not text or _fast_ok(text):
        return None
    for i, ch in enumerate(text):
        if is_forbidden_char(ch):
            return i, ch
    return None


def char_name(ch: str) -> str:
    """"U+202E RIGHT-TO-LEFT OVERRIDE": how a message names a character nobody can see."""
    code = ord(ch)
    name = unicodedata.name(ch, "")
    if not name and code < 0x20:
        name = ("NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION",
                "ENQUIRY", "ACKNOWLEDGE", "BELL", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED",
                "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN",
                "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO",
                "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
                "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM",
                "SUBSTITUTE", "ESCAPE", "FILE SEPARATOR", "GROUP SEPARATOR", "RECORD SEPARATOR",
                "UNIT SEPARATOR")[code]
    elif not name and code == 0x7F:
        name = "DELETE"
    elif not name:
        name = "CONTROL" if code <= 0x9F else "NONCHARACTER"
    return f"U+{code:04X} {name}"


def check_text_chars(value: str | None, field: str) -> None:
    """Raise FIELD_CONTROL_CHARACTER naming the field, the character and its position (1-based)."""
    found = first_forbidden(value or "")
    if found is not None:
        position, ch = found
        raise DomainError(ErrorCode.FIELD_CONTROL_CHARACTER, field=field,
                          char=char_name(ch), position=position + 1)


def escape_forbidden(text: str, *, keep: str = "\t\n\r") -> str:
    """The text with every forbidden character (and any character not in `keep` among the
    allowed controls) written as a visible escape: ESC -> "\\x1b", U+202E -> "\\u202e".

    Used on the way out (terminal, exported files) so legacy data cannot break either.
    """
    if not text or (text.isascii() and text.isprintable()):
        return text
    out = []
    for ch in text:
        if is_forbidden_char(ch) or (ch in ALLOWED_CONTROLS and ch not in keep):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code <= 0xFF else
                       f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)
