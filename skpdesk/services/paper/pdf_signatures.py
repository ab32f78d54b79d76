"""Optional digital signature (PAdES, pyHanko) of printed PDFs and its verification (issue 13,
helper "pades"). Stub: the helper fills it.
"""

from __future__ import annotations


class PdfSignatureService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
