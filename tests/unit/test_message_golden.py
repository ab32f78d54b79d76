"""The merged catalogue (skpdesk.messages) says exactly what the two catalogues it replaced said.

tests/fixtures/messages/golden.json was dumped from the old CLI catalogue (Indonesian) and the old
GUI catalogue (English sources, Indonesian through skpdesk_id.ts) before they were merged, by
scripts/dump_message_golden.py (commit bfc805d, in git history): every code, with several param
sets and every `when` variant. The CLI's output must be byte-identical; so must the GUI's, in
both languages. Codes added after the merge are not in the file; test_messages.py checks them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skpdesk.cli import messages as cli
from skpdesk.cli.check_messages import check_message
from skpdesk.domain.errors import ErrorCode
from skpdesk.messages import ANY_VALUE, ERROR_MESSAGES, render
from tests.unit.test_messages import CHECK_PARAMS

GOLDEN = json.loads((Path(__file__).parents[1] / "fixtures" / "messages" / "golden.json")
                    .read_text(encoding="utf-8"))
CODES = sorted(GOLDEN["cli_id"])


def cases(code: ErrorCode) -> dict[str, dict]:
    found = dict(GOLDEN["bases"])
    for name, (base, key, value) in GOLDEN["variants"][code.value].items():
        found[name] = dict(GOLDEN["bases"][base], **{key: value})
    return found


def test_golden_covers_every_code_it_had():
    assert len(CODES) >= 76
    assert set(CODES) <= {code.value for code in ErrorCode}


@pytest.mark.parametrize("value", CODES)
def test_no_variant_was_lost(value):
    code = ErrorCode(value)
    new = [[key, True if v is ANY_VALUE else v] for key, v, _ in ERROR_MESSAGES[code].when]
    old = [[key, v] for name, (_, key, v) in GOLDEN["variants"][value].items()
           if name.endswith("_full")]
    assert new == old


@pytest.mark.parametrize("value", CODES)
def test_cli_sentences_are_byte_identical(value):
    code = ErrorCode(value)
    got = {name: cli.message_for(code, params) for name, params in cases(code).items()}
    assert got == GOLDEN["cli_id"][value]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("value", CODES)
def test_gui_sentences_are_unchanged(value, lang):
    code = ErrorCode(value)
    got = {name: render.message_for(code, params, lang) for name, params in cases(code).items()}
    assert got == GOLDEN[f"gui_{lang}"][value]


def test_field_labels_are_unchanged():
    def key(k):
        return None if k == "None" else k

    assert {k: cli.field_label(key(k)) for k in GOLDEN["fields"]["cli_id"]} == \
        GOLDEN["fields"]["cli_id"]
    for lang in ("id", "en"):
        expected = GOLDEN["fields"][f"gui_{lang}"]
        assert {k: render.field_label(key(k), lang) for k in expected} == expected


def test_check_findings_are_byte_identical():
    for name, expected in GOLDEN["check_id"].items():
        code, _, empty = name.partition("/")
        assert check_message(code, {} if empty else CHECK_PARAMS) == expected, name
