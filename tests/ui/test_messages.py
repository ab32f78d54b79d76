"""Every error code has a GUI sentence; it formats in both languages and, in Indonesian, reads
exactly like the command line's (one wording for the user, whichever front end)."""

from __future__ import annotations

import pytest

from skpdesk.cli import messages as cli_messages
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.ui import messages
from tests.unit.test_messages import FULL_PARAMS


def test_every_error_code_has_a_gui_message():
    assert [code for code in ErrorCode if code not in messages.ERROR_MESSAGES] == []


@pytest.mark.parametrize("code", list(ErrorCode))
def test_english_sentence_formats(code, language):
    language("en")
    text = messages.message_for(code, FULL_PARAMS)
    assert text and "{" not in text and "not valid (" not in text
    assert text[0].isupper() and text.rstrip().endswith((".", ")"))


@pytest.mark.parametrize("code", list(ErrorCode))
def test_indonesian_sentence_is_the_command_lines(code, language):
    language("id")
    assert messages.message_for(code, FULL_PARAMS) == cli_messages.message_for(code, FULL_PARAMS)
    for key, value, _ in messages.ERROR_MESSAGES[code].when:
        params = dict(FULL_PARAMS)
        params[key] = True if value is messages.ANY_VALUE else value
        assert messages.message_for(code, params) == cli_messages.message_for(code, params)
    assert messages.message_for(code, {"field": "nip"}) == \
        cli_messages.message_for(code, {"field": "nip"})


@pytest.mark.parametrize("code", list(ErrorCode))
def test_message_never_raises_without_params(code, language):
    language("id")
    for params in ({}, {"field": "nip"}, {"field": "rhk_intervensi", "value": None},
                   {"field": "catatan", "problems": "not a list", "allowed": "x"}):
        text = messages.message_for(code, params)
        assert text and "{" not in text


def test_error_text_names_the_field_in_the_chosen_language(language):
    error = DomainError(ErrorCode.FIELD_REQUIRED, field="nip_atasan")
    language("id")
    assert messages.error_text(error) == "NIP atasan wajib diisi."
    language("en")
    assert messages.error_text(error) == "Supervisor's NIP is required."
