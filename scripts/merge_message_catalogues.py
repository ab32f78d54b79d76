"""One-off: write the merged error catalogue (skpdesk/messages/errors_*.py and labels.py) from
the two catalogues it replaces, so that no sentence is retyped by hand:

- Indonesian from the CLI's `skpdesk/cli/messages.py` (the GUI's Indonesian translation in
  skpdesk_id.ts equals it; tests/ui/test_messages.py guaranteed that);
- English from the GUI's source sentences in `skpdesk/ui/messages.py` / `message_labels.py`.

It checks that both catalogues have the same codes, the same `when` variants and the same
placeholders per sentence before writing anything. Ran once when the catalogues were merged;
the old modules are gone since, so it stays in git history only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skpdesk.cli import messages as cli  # noqa: E402
from skpdesk.domain.errors import ErrorCode  # noqa: E402
from skpdesk.ui import message_labels as gui_labels  # noqa: E402
from skpdesk.ui import messages as gui  # noqa: E402

OUT = ROOT / "skpdesk" / "messages"
WIDTH = 100
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

MODULES = {
    "errors_fields": "identifiers (NIP) and the rules every field follows",
    "errors_skp": "the office, its people and their SKP (RHK, indicators, workflow)",
    "errors_files": "files read and written: staff files, logos, printed-document codes",
    "errors_database": "the database file: opening, locking, damage, disk faults, concurrent edits",
}


def module_of(code: ErrorCode, heading: str) -> str:
    name = code.name
    if name.startswith("DB_") or code in (ErrorCode.RECORD_CHANGED, ErrorCode.DEMO_NEEDS_EMPTY_DB):
        return "errors_database"
    if heading in ("identifiers", "generic field rules") or name.startswith(("NIP_", "FIELD_")) \
            and not name.startswith("FILE_"):
        return "errors_fields"
    if heading in ("office / people", "SKP"):
        return "errors_skp"
    return "errors_files"


def headings() -> dict[ErrorCode, str]:
    """The comment heading above each code in the CLI catalogue (its area)."""
    source = (ROOT / "skpdesk" / "cli" / "messages.py").read_text(encoding="utf-8")
    body = source.split("ERROR_MESSAGES: dict[ErrorCode, Msg] = {", 1)[1].split("\n}\n", 1)[0]
    found, current = {}, ""
    for line in body.splitlines():
        comment = re.match(r"^    # (?:--- )?(.*)$", line)
        if comment:
            current = comment.group(1).strip()
        key = re.match(r"^    ErrorCode\.(\w+):", line)
        if key:
            found[ErrorCode[key.group(1)]] = current
    return found


def lit(text: str, col: int, tail: int = 2) -> str:
    """`text` as one or more adjacent double-quoted literals, continuation lines at `col`."""
    room = WIDTH - col - tail - 2
    pieces, current = [], ""
    for word in re.split(r"(?<= )", text):
        if current and len(json.dumps(current + word, ensure_ascii=False)) - 2 > room:
            pieces.append(current)
            current = ""
        current += word
    pieces.append(current)
    return ("\n" + " " * col).join(json.dumps(p, ensure_ascii=False) for p in pieces)


def text_expr(id_text: str, en_text: str, indent: int, inline_prefix: str = "") -> str:
    """`Text(id=..., en=...)`; `inline_prefix` is what precedes it on its first line."""
    assert Counter(PLACEHOLDER.findall(id_text)) == Counter(PLACEHOLDER.findall(en_text)), \
        (id_text, en_text)
    pad = " " * indent
    if inline_prefix:
        col = indent + 4 + 3
        return (f"{pad}{inline_prefix}Text(\n{pad}    id={lit(id_text, col)},\n"
                f"{pad}    en={lit(en_text, col, 5)})")
    col = indent + len("Text(id=")
    return (f"{pad}Text(id={lit(id_text, col)},\n"
            f"{pad}     en={lit(en_text, col, 4)})")


def value_expr(value) -> str:
    if value is cli.ANY_VALUE or value is gui.ANY_VALUE:
        return "ANY_VALUE"
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


# Comments inside an entry of the CLI catalogue (the generator reads only the headings).
NOTES = {ErrorCode.DB_DAMAGED: "area: journal — damage met while reading or writing "
                               "(storage/damage.py)"}


def entry_source(code: ErrorCode) -> str:
    old_id, old_en = cli.ERROR_MESSAGES[code], gui.ERROR_MESSAGES[code]
    id_when = [(k, v) for k, v, _ in old_id.when]
    en_when = [(k, v) for k, v, _ in old_en.when]
    assert [(k, value_expr(v)) for k, v in id_when] == [(k, value_expr(v)) for k, v in en_when], code
    lines = [f"    ErrorCode.{code.name}: Msg(",
             text_expr(old_id.text, old_en.text, 8) + ",",
             text_expr(old_id.fallback, old_en.fallback, 8) + ("," if old_id.when else "),")]
    if old_id.when:
        if code in NOTES:
            lines.append(f"        # {NOTES[code]}")
        lines.append("        when=(")
        for (key, value, id_text), (_, _, en_text) in zip(old_id.when, old_en.when):
            prefix = f"({json.dumps(key)}, {value_expr(value)}, "
            lines.append(text_expr(id_text, en_text, 12, prefix) + "),")
        lines.append("        )),")
    return "\n".join(lines)


def write_errors() -> None:
    areas = headings()
    assert set(areas) == set(ErrorCode) == set(cli.ERROR_MESSAGES) == set(gui.ERROR_MESSAGES)
    for module, about in MODULES.items():
        table = module.removeprefix("errors_").upper()
        out = [f'"""Error sentences about {about}.\n\n'
               "Indonesian and English, generated from the two former catalogues; part of the one "
               "catalogue of\n`skpdesk.messages` (see its docstring: how to add a code).\n"
               '"""\n',
               "from __future__ import annotations\n",
               "from skpdesk.domain.errors import ErrorCode\n",
               "from .entry import ANY_VALUE, Msg, Text\n" if "ANY_VALUE" in "".join(
                   value_expr(v) for c in ErrorCode if module_of(c, areas[c]) == module
                   for _, v, _ in cli.ERROR_MESSAGES[c].when) else "from .entry import Msg, Text\n",
               f"{table}: dict[ErrorCode, Msg] = {{"]
        heading = None
        for code in cli.ERROR_MESSAGES:  # the CLI catalogue's order
            if module_of(code, areas[code]) != module:
                continue
            if areas[code] != heading:
                heading = areas[code]
                out.append(f"    # {heading}")
            out.append(entry_source(code))
        out.append("}\n")
        (OUT / f"{module}.py").write_text("\n".join(out), encoding="utf-8")


def label_table(name: str, comment: str, id_table: dict, en_table: dict) -> list[str]:
    assert set(id_table) == set(en_table), name
    out = [f"# {comment}", f"{name}: dict[str, Text] = {{"]
    for key in id_table:
        prefix = f"    {json.dumps(key)}: "
        one_line = (f"{prefix}Text(id={json.dumps(id_table[key], ensure_ascii=False)}, "
                    f"en={json.dumps(en_table[key], ensure_ascii=False)}),")
        if len(one_line) <= WIDTH:
            out.append(one_line)
        else:
            out.append(text_expr(id_table[key], en_table[key], 4, prefix.strip() + " ") + ",")
    out.append("}")
    return out


def write_labels() -> None:
    cli_only = {"limit", "supervisor"}  # the CLI names its option there: kept in cli/messages.py
    id_fields = {k: v for k, v in cli.FIELD_LABELS.items() if k not in cli_only}
    id_fields.update(GUI_ID_FIELDS)  # the GUI's Indonesian of those two (skpdesk_id.ts)
    assert cli.FORM_LABELS == gui_labels.FORM_LABELS
    out = ['"""Labels that error sentences insert, in Indonesian and English: field names, why a '
           "file\ncould not be read, ASN types, workflow actions, form kinds and the rules an SKP "
           "must meet before\nit is submitted. Keys are the ones services put in "
           '`DomainError.params`.\n"""\n',
           "from __future__ import annotations\n",
           "from .entry import Text\n",
           f"FIELD_FALLBACK = Text(id={json.dumps(cli.field_label(None))}, "
           f"en={json.dumps(gui.field_label(None))})  # no field named\n"]
    out += label_table("FIELD_LABELS", "Field keys used by services and staff-file columns -> the "
                       "label a user reads.", id_fields, gui_labels.FIELD_LABELS) + [""]
    out += label_table("FILE_REASONS", "Why a file could not be read (`reason` of FILE_UNREADABLE).",
                       cli.FILE_REASONS, gui_labels.FILE_REASONS) + [""]
    out += label_table("ASN_LABELS", "ASN types as sentences name them.", cli.ASN_LABELS,
                       gui_labels.ASN_LABELS) + [""]
    out += label_table("ACTION_LABELS", 'Passive verbs for the workflow actions: "SKP ... tidak '
                       'dapat <verb>" / "cannot be <verb>".', cli.ACTION_LABELS,
                       gui_labels.ACTION_LABELS) + [""]
    out += ["# Official abbreviations of the form kinds, the same in every language.",
            f"FORM_LABELS: dict[str, str] = {cli.FORM_LABELS!r}".replace("'", '"'), ""]
    out += label_table("INCOMPLETE_RULES", "Why an SKP cannot be submitted yet (`problems` of "
                       "SKP_INCOMPLETE).", cli.INCOMPLETE_RULES, gui_labels.INCOMPLETE_RULES) + [""]
    out += [f"GENERIC_ERROR = Text(id={json.dumps(cli.GENERIC_ERROR)},\n"
            f"                     en={json.dumps(gui.GENERIC_ERROR)})  # a code without a sentence",
            ""]
    (OUT / "labels.py").write_text("\n".join(out), encoding="utf-8")


GUI_ID_FIELDS: dict[str, str] = {}


def read_gui_indonesian_fields() -> None:
    """The GUI's Indonesian for the field labels the CLI words differently (option names)."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from skpdesk.ui import i18n
    app = QApplication.instance() or QApplication([])
    installed = i18n.install_translators("id", app=app)
    for key in ("limit", "supervisor"):
        GUI_ID_FIELDS[key] = gui.field_label(key)
    i18n.install_translators("en", installed, app=app)


if __name__ == "__main__":
    read_gui_indonesian_fields()
    write_errors()
    write_labels()
    print("written", sorted(p.name for p in OUT.glob("*.py")))
