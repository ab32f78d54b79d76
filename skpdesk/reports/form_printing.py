"""Printing one bimbingan form or catatan dialog kinerja to a PDF file (the CLI's `print
coaching-feedback|competency|dialog` and the window's print buttons)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from skpdesk.domain.changes import Changes

from . import form_pages
from .coaching_pdf import b18_story, b19_story
from .dialog_pdf import dialog_story

STORIES = {"b18": b18_story, "b19": b19_story, "dialog": dialog_story}


@dataclass(frozen=True)
class PrintedForm:
    code: str
    pages: int
    path: Path
    kind: str
    recorded: bool  # False: printed before, or no SKP of the year to record the code on
    skp_id: str | None
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)


def print_form_document(services, doc, out: str | os.PathLike) -> PrintedForm:
    """Render `doc` (built by `services.coaching_document`) to `out`, recording its code first."""
    pages, outcome = form_pages.print_form(services.coaching_document.record_print, doc,
                                           STORIES[doc.kind], out)
    return PrintedForm(doc.code, pages, Path(out), doc.kind, bool(outcome.value), doc.skp_id,
                       outcome.changes)
