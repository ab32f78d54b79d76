"""The GUI's error sentences come from the one catalogue (skpdesk.messages) in the language the
window runs in: Indonesian by default, exactly the command line's wording; English on request."""

from __future__ import annotations

import pytest

from skpdesk.cli import messages as cli_messages
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.messages import ANY_VALUE, ERROR_MESSAGES, render
from skpdesk.ui import i18n, messages
from tests.unit.test_messages import FULL_PARAMS


@pytest.mark.parametrize("code", list(ErrorCode))
def test_english_sentence_formats(code, language):
    language("en")
    assert i18n.current_language() == "en"
    text = messages.message_for(code, FULL_PARAMS)
    assert text == render.message_for(code, FULL_PARAMS, "en")
    assert text and "{" not in text and "not valid (" not in text
    assert text[0].isupper() and text.rstrip().endswith((".", ")"))


@pytest.mark.parametrize("code", list(ErrorCode))
def test_indonesian_sentence_is_the_command_lines(code, language):
    language("id")
    assert i18n.current_language() == "id"
    assert messages.message_for(code, FULL_PARAMS) == cli_messages.message_for(code, FULL_PARAMS)
    for key, value, _ in ERROR_MESSAGES[code].when:
        params = dict(FULL_PARAMS)
        params[key] = True if value is ANY_VALUE else value
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
    assert messages.field_label("limit") == "Jumlah entri"  # no CLI option in the window
    language("en")
    assert messages.error_text(error) == "Supervisor's NIP is required."
    assert messages.field_label("nip_atasan") == "Supervisor's NIP"
