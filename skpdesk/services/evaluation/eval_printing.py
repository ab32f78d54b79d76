"""Recording printed evaluation forms and choosing what a batch prints (issue 13, helper
"evalprint"). Stub: the helper fills it.
"""

from __future__ import annotations


class EvalPrintService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
