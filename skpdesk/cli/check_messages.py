"""The command line's sentences for `skpdesk check` findings: Indonesian, from the one catalogue.

The sentences (Indonesian and English) are in `skpdesk.messages.check_findings`, rendered by
`skpdesk.messages.render.check_message`; here the command line only fixes the language and its
own field labels, as `messages.py` does for errors.
"""

from __future__ import annotations

from typing import Any

from skpdesk.messages import check_findings as C
from skpdesk.messages import render
from skpdesk.services.evidence.attachment_check import RECENT_SECONDS

from .messages import CLI_FIELD_LABELS, LANG


def check_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The Indonesian sentence for one `skpdesk check` finding; never raises."""
    return render.check_message(code, params, LANG, CLI_FIELD_LABELS)


def quarantine_lines(result) -> list[str]:
    """What `check --repair` did in the attachments store
    (`services.evidence.attachment_check.QuarantineResult`), in Indonesian."""
    lines = []
    if result.moved:
        lines.append(C.QUARANTINE_MOVED.get(LANG).format(
            count=render.thousands(len(result.moved), LANG), folder=result.folder))
    elif not result.failed:
        lines.append(C.QUARANTINE_NONE.get(LANG))
    if result.kept_recent:
        lines.append(C.QUARANTINE_KEPT_RECENT.get(LANG).format(
            count=render.thousands(len(result.kept_recent), LANG), minutes=RECENT_SECONDS // 60))
    lines += [C.QUARANTINE_FAILED.get(LANG).format(file=name, detail=why)
              for name, why in result.failed]
    return lines


def quarantine_json(result) -> dict[str, Any]:
    return {"folder": str(result.folder) if result.folder else None, "moved": result.moved,
            "kept_recent": result.kept_recent,
            "failed": [{"file": name, "detail": why} for name, why in result.failed]}
