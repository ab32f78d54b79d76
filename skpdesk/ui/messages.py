"""The sentence a user reads for a `DomainError`, in the language the window runs in.

A thin adapter over the one catalogue in `skpdesk.messages` (Indonesian and English; how to add
a code is there): the language is the one `i18n.install_translators` installed, Indonesian by
default. The sentences do not go through Qt's translation files.
"""

from __future__ import annotations

from typing import Any

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.messages import render

from .i18n import current_language


def field_label(key: str | None) -> str:
    """The human name of a field key ("nip_atasan" -> "NIP atasan" / "Supervisor's NIP")."""
    return render.field_label(key, current_language())


def message_for(code: ErrorCode, params: dict[str, Any] | None = None) -> str:
    """The sentence (in the window's language) for an error code and its params; never raises."""
    return render.message_for(code, params, current_language())


def error_text(err: DomainError) -> str:
    """The sentence for a raised `DomainError`."""
    return message_for(err.code, err.params)
