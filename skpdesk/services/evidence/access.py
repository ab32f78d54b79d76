"""Who may write the periodic records of an SKP, and who verifies its bukti dukung.

- Rencana aksi, realisasi and bukti dukung: the SKP's pegawai (their own), their pejabat penilai
  or a pengelola kinerja (office setting `roles.pengelola_kinerja`) for them (SKP-REFERENCE §2.3:
  "Pengisian rencana aksi dan bukti dukung dilaksanakan oleh masing-masing pegawai"; the
  supervisor and admin enter for someone who cannot, and the record says who did).
- Verification (diterima / ditolak): only the SKP's pejabat penilai.
"""

from __future__ import annotations

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import Skp

from ..acting import admin_ids, penilai_id
from ..dialog.feedback import acting_pegawai_id, person_text


def require_writer(uow, skp: Skp) -> str:
    """The acting pegawai's id when they may write the SKP's rencana aksi, realisasi and bukti."""
    actor = acting_pegawai_id(uow)
    if actor is None:
        raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
    if actor == skp.pegawai_id or actor == penilai_id(uow, skp) or actor in admin_ids(uow):
        return actor
    raise DomainError(ErrorCode.EVIDENCE_WRITER_REFUSED, field="saya_adalah",
                      name=person_text(uow, skp.pegawai_id),
                      penilai=person_text(uow, penilai_id(uow, skp)),
                      actor=person_text(uow, actor))


def require_verifier(uow, skp: Skp) -> str:
    """The acting pegawai's id when they are the SKP's pejabat penilai."""
    actor = acting_pegawai_id(uow)
    if actor is None:
        raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
    penilai = penilai_id(uow, skp)
    if actor != penilai:
        raise DomainError(ErrorCode.EVIDENCE_VERIFIER_REFUSED, field="saya_adalah",
                          name=person_text(uow, skp.pegawai_id),
                          penilai=person_text(uow, penilai), actor=person_text(uow, actor))
    return actor


def may_verify(uow, skp: Skp) -> bool:
    actor = acting_pegawai_id(uow)
    return actor is not None and actor == penilai_id(uow, skp)
