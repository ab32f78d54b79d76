"""Building the EVALUASI KINERJA PEGAWAI form (SKP-REFERENCE §4.3) of an SKP and period as a frozen
`domain.eval_documents.EvaluasiDocument` (issue 13, helper "evalform"). Stub: the lead's shared
skeleton; the helper fills it.
"""

from __future__ import annotations


class EvaluasiDocumentService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor
