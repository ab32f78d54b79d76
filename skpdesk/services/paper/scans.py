"""Scan-back of signed paper: read the page codes, group pages into documents, attach signed
copies to their records (issue 13, helper "scan"). Stub: the helper fills it.
"""

from __future__ import annotations


class ScanService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
