"""The command line's sentences for `skpdesk check` findings: Indonesian, from the one catalogue.

The sentences (Indonesian and English) are in `skpdesk.messages.check_findings`, rendered by
`skpdesk.messages.render.check_message`; here the command line only fixes the language and its
own field labels, as `messages.py` does for errors.
"""

from __future__ import annotations

from typing import Any

from skpdesk.messages import render

from .messages import CLI_FIELD_LABELS, LANG


def check_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The Indonesian sentence for one `skpdesk check` finding; never raises."""
    return render.check_message(code, params, LANG, CLI_FIELD_LABELS)
