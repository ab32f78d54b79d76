"""Building the DOKUMEN EVALUASI KINERJA PEGAWAI (§4.4) and the Format Penetapan Predikat Kinerja
(§3.3) as frozen documents (issue 13, helper "evaldoc"). Stub: the helper fills it.
"""

from __future__ import annotations


class SummaryDocumentService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
