"""`check-print CODE`: which record a printed copy came from, its status when printed and now,
and whether the paper is still the record (issue 13; `SkpDocumentService.check_print`).

Per kind of paper (printed_document.kind):
- "skp": the SKP document is built again and its content hash compared with the printed one
  (the status of a copy that is not approved is content, so a KONSEP copy of a Draft reads as
  changed once the SKP is submitted or approved); the status at printing and now.
- "evaluasi", "dokumen_evaluasi": the paper names the evaluation revision it was printed from
  (`record_id`). Changed when a newer revision is in force (reopened, or a keberatan changed
  it), when the status changed (a Draft copy once ditetapkan; ditetapkan -> final is the same
  paper: the keberatan window closed, nothing on it changed), or, for a Draft copy of the
  revision still in force, when the document built today differs (ratings edited): that needs
  the form's builder (`rebuilders`, wired by `Services`; without it a draft is compared by
  status and revision only).
- "penetapan": the unit and period; compared by content when a builder is wired, else unknown.
- the forms of a dialog (b18, b19, dialog) and the umpan balik page: the code is known, the
  content is not compared (their record is the dialog / the period's realisasi; as before).
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from skpdesk.domain.documents import PrintCheck
from skpdesk.domain.evaluation import Evaluation, EvaluationStatus, effective_status

SKP_KIND = "skp"
EVALUATION_KINDS = ("evaluasi", "dokumen_evaluasi")
PENETAPAN_KIND = "penetapan"
# The same paper: a ditetapkan evaluation becomes final when its keberatan window closes.
_SAME_PAPER = {EvaluationStatus.DITETAPKAN.value, EvaluationStatus.FINAL.value}

# kind -> build(record: PrintedDocument) -> the document as it would print today (or None)
Rebuilder = Callable[[object], object]


def status_changed(printed: str, current: str) -> bool:
    """Whether the paper's status differs from the record's now ("" printed: unknown, before
    schema 0012, so not compared)."""
    if not printed or not current or printed == current:
        return False
    return not (printed in _SAME_PAPER and current in _SAME_PAPER)


def year_of(period: str) -> int:
    """2026 from "2026-TW1" (0 when the period has no year)."""
    head = (period or "").split("-")[0]
    return int(head) if head.isdigit() else 0


def evaluation_check(uow, record, today: dt.date, rebuild: Rebuilder | None) -> PrintCheck:
    printed = uow.evaluations.get(record.record_id)
    base = dict(code=record.code, printed_revision=record.revision, printed_at=record.printed_at,
                kind=record.kind, printed_status=record.status, record_id=record.record_id)
    if printed is None:  # the revision is not here (e.g. not synced yet): nothing to compare
        return PrintCheck(skp_id=record.skp_id or "", pegawai_name="", nip="",
                          year=year_of(record.period), current_revision=record.revision,
                          changed=None, period=record.period, **base)
    current = uow.evaluations.current(printed.skp_id, printed.period) or printed
    status = _effective(uow, current, today)
    person = current.pegawai or printed.pegawai
    changed = (current.id != printed.id or current.revision != record.revision
               or status_changed(record.status, status))
    if not changed and status == EvaluationStatus.DRAFT.value and rebuild is not None:
        doc = rebuild(record)
        changed = doc is not None and doc.content_hash != record.content_hash
    return PrintCheck(skp_id=printed.skp_id, pegawai_name=person.name if person else "",
                      nip=person.nip if person else "", year=year_of(printed.period),
                      current_revision=current.revision, changed=changed,
                      current_status=status, period=printed.period, **base)


def _effective(uow, ev: Evaluation, today: dt.date) -> str:
    waiting = (ev.stored_status is EvaluationStatus.DITETAPKAN
               and ev.id in uow.keberatan.open_for([ev.id]))
    return effective_status(ev.stored_status, ev.set_on, waiting, today).value


def penetapan_check(uow, record, rebuild: Rebuilder | None) -> PrintCheck:
    unit = next((u for u in uow.office.units() if u.id == record.record_id), None)
    changed = None
    if rebuild is not None and unit is not None:
        doc = rebuild(record)
        changed = None if doc is None else doc.content_hash != record.content_hash
    return PrintCheck(code=record.code, skp_id="", pegawai_name="", nip="",
                      year=year_of(record.period), printed_revision=record.revision,
                      current_revision=record.revision, printed_at=record.printed_at,
                      changed=changed, kind=record.kind, printed_status=record.status,
                      record_id=record.record_id, period=record.period,
                      unit=unit.path if unit else "")
