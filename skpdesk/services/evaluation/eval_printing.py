"""Batch printing of the evaluation forms (issue 13): who a batch prints for a period, and
recording the printed copies.

- `targets(period, unit=None, subunits=True)`: the pegawai of a unit (with its sub-units unless
  `subunits=False`) or of the whole office, unit by unit in path order and by name within a
  unit (the order of `print skp`), each with the SKP an evaluation of the period is written on
  (`evaluations.skp_for`'s rule) and the evaluation in force with its effective status. The
  reads are a few queries whatever the size of the office (`evaluation_reads`). A pegawai who
  is no longer active is kept only when they have an evaluation of the period (their paper may
  still be needed; otherwise they would only lengthen the list of missing ones).
- `target_of(pegawai_id, period)`: the same for one pegawai.
- `record_prints(docs, pages)`: the codes of the copies of one output file, in one unit of
  work, with the record (`record_id`), period, status at printing, pages and pegawai of each
  (printed_document, schema 0012), so check-print and scan-back know every copy that leaves the
  program. Every document follows the printable-document protocol of the paper-trail design
  (`code`, `kind`, `record_id`, `skp_id`, `pegawai_id`, `revision`, `period`, `status`,
  `content_hash`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import EvaluationStatus
from skpdesk.domain.people import AsnType, Pegawai
from skpdesk.domain.periods import PeriodInfo
from skpdesk.domain.skp import SkpStatus

from ..evidence.periods import resolve_period
from ..outcome import Outcome
from .evaluation_reads import _chosen_skps
from .evaluations import apply_effective

# The kinds of printed_document this service records, and the record each names.
EVALUATION_KINDS = ("evaluasi", "dokumen_evaluasi")
PENETAPAN_KIND = "penetapan"

# Why a pegawai of a batch got no document (the CLI and the window word them).
NOT_ASN = "not_asn"                  # Non-ASN: no SKP, no evaluation by definition
NO_SKP = "no_skp"                    # no SKP for the period's year covering the period
SKP_NOT_APPROVED = "skp_not_approved"  # an SKP, not disetujui: it cannot be evaluated yet
NO_EVALUATION = "no_evaluation"      # an approved SKP, not rated for the period yet


@dataclass(frozen=True)
class EvalTarget:
    """One pegawai of a batch: the SKP of the period and the evaluation in force (ids and
    statuses), or `missing` saying why there is nothing to print."""

    pegawai: Pegawai
    skp_id: str | None
    evaluation_id: str | None
    status: str  # the evaluation's effective status value, "" when none
    missing: str = ""  # NOT_ASN, NO_SKP, SKP_NOT_APPROVED, NO_EVALUATION; "" when printable

    @property
    def printable(self) -> bool:
        return self.evaluation_id is not None


def _target(pegawai: Pegawai, skp_row, evaluation) -> EvalTarget:
    if evaluation is not None:
        return EvalTarget(pegawai, skp_row[0], evaluation.id, evaluation.status.value)
    if skp_row is None:
        reason = NOT_ASN if pegawai.asn_type is AsnType.NON_ASN else NO_SKP
    elif skp_row[5] != SkpStatus.DISETUJUI.value:
        reason = SKP_NOT_APPROVED
    else:
        reason = NO_EVALUATION
    return EvalTarget(pegawai, skp_row[0] if skp_row else None, None, "", reason)


class EvalPrintService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- who a batch prints
    def targets(self, period: str, *, unit: str | None = None, subunits: bool = True,
                today: dt.date | None = None) -> list[EvalTarget]:
        """Every pegawai of the unit `unit` (a path "Induk/Anak" or a unit id; None: the whole
        office) with their SKP and evaluation of `period` (module doc). PERIOD_UNKNOWN for a
        period name that is not one, UNIT_NOT_FOUND for a unit that does not exist."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            info = resolve_period(uow, period)
            units = uow.office.units()
            if unit is not None:
                wanted = "/".join(p.strip() for p in unit.split("/") if p.strip())
                root = next((u for u in units if u.id == unit or u.path == wanted), None)
                if root is None:
                    raise DomainError(ErrorCode.UNIT_NOT_FOUND, field="unit", value=unit)
                units = [u for u in units
                         if u.id == root.id or (subunits and u.path.startswith(root.path + "/"))]
            units.sort(key=lambda u: u.path)
            people: list[Pegawai] = []
            for u in units:
                people.extend(uow.people.list(unit_id=u.id))
            return self._with_evaluations(uow, info, people, today)

    def target_of(self, pegawai_id: str, period: str, *,
                  today: dt.date | None = None) -> EvalTarget:
        """One pegawai's target (PEGAWAI_NOT_FOUND, PERIOD_UNKNOWN)."""
        today = today or dt.date.today()
        with self._db.reader() as uow:
            info = resolve_period(uow, period)
            pegawai = uow.people.get(pegawai_id)
            if pegawai is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=pegawai_id)
            found = self._with_evaluations(uow, info, [pegawai], today, keep_inactive=True)
            return found[0]

    @staticmethod
    def _with_evaluations(uow, info: PeriodInfo, people: list[Pegawai], today: dt.date, *,
                          keep_inactive: bool = False) -> list[EvalTarget]:
        chosen = _chosen_skps(uow.evaluations.skps_of_year(info.period.year), info)
        skp_ids = [chosen[p.id][0] for p in people if p.id in chosen]
        found = uow.evaluations.for_period(info.name, skp_ids=skp_ids) if skp_ids else []
        by_skp = {e.skp_id: e for e in apply_effective(uow, found, today)
                  if e.status is not EvaluationStatus.DIGANTI}
        result = []
        for pegawai in people:
            row = chosen.get(pegawai.id)
            evaluation = by_skp.get(row[0]) if row is not None else None
            if not pegawai.is_active and evaluation is None and not keep_inactive:
                continue
            result.append(_target(pegawai, row, evaluation))
        return result

    # --- recording
    def record_prints(self, docs: Sequence, pages: Sequence[int] | None = None) -> Outcome[int]:
        """Remember the codes of the copies in one file (a combined PDF holds many) with their
        record, period, status at printing, pages and pegawai, in one transaction: all or
        none. `pages[i]` is the page count of `docs[i]`. Returns how many codes were new
        (printing the same content again keeps the first record). A document whose record is
        gone meanwhile: EVAL_NOT_FOUND / UNIT_NOT_FOUND, nothing recorded."""
        counts = list(pages) if pages is not None else [None] * len(docs)
        if len(counts) != len(docs):
            raise ValueError("record_prints needs one page count per document")
        with self._db.unit_of_work(self._actor) as uow:
            added = 0
            for doc, count in zip(docs, counts):
                self._require_record(uow, doc)
                added += uow.printing.record(
                    code=doc.code, kind=doc.kind, skp_id=doc.skp_id, revision=doc.revision,
                    content_hash=doc.content_hash, record_id=doc.record_id, period=doc.period,
                    status=doc.status, pages=count, pegawai_id=doc.pegawai_id)
        return Outcome(added, uow.changes)

    @staticmethod
    def _require_record(uow, doc) -> None:
        if doc.kind in EVALUATION_KINDS:
            if uow.evaluations.get(doc.record_id) is None:
                raise DomainError(ErrorCode.EVAL_NOT_FOUND, field="evaluasi",
                                  name=doc.bookmark, period=doc.period)
        elif doc.kind == PENETAPAN_KIND:
            if doc.record_id not in uow.office.unit_paths():
                raise DomainError(ErrorCode.UNIT_NOT_FOUND, field="unit", value=doc.record_id)
        else:
            raise ValueError(f"EvalPrintService does not record {doc.kind!r} documents")
