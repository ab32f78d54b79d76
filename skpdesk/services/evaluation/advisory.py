"""Advisory inputs about a pegawai's period (issue 12; SKP-REFERENCE §7 "peer review / 360°"):
answers collected from colleagues (rekan), the pegawai's own staff (bawahan) and service
recipients (penerima layanan), typed in by whoever collected them.

- Anyone acting may record one, except the evaluated pegawai (ADVISORY_SELF_REFUSED).
- Who answered is never stored, and answers are only ever shown in aggregate per source, and
  only when at least MIN_ADVISORY_ANSWERS answered (`summary`): fewer answers could single a
  person out. The individual rows are never returned to a caller.
- A mistaken entry may be deleted by a pengelola kinerja only.
- They are advisory: they do not change a rating and need no approved SKP or open period.
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import (MAX_NOTE, MIN_ADVISORY_ANSWERS, AdvisoryInput,
                                      AdvisorySource, AdvisorySummary, Rating, parse_rating)

from .. import fields as F
from ..acting import admin_ids
from ..dialog.feedback import acting_pegawai_id, person_text
from ..evidence.periods import resolve_period
from ..outcome import Outcome


def parse_source(text: AdvisorySource | str | None, *, field: str = "sumber_masukan"
                 ) -> AdvisorySource:
    """"rekan", "bawahan", "penerima-layanan" (also "penerima layanan") -> AdvisorySource."""
    if isinstance(text, AdvisorySource):
        return text
    key = "".join(ch for ch in (text or "").casefold() if ch.isalpha())
    for source in AdvisorySource:
        if key == source.value.replace("_", ""):
            return source
    raise DomainError(ErrorCode.ADVISORY_SOURCE_INVALID, field=field, value=text or "")


def skp_of_period(uow, pegawai_id: str, period: str) -> tuple[str, str]:
    """(skp id, period name) of the pegawai's SKP in the period (ADVISORY_NO_SKP if none)."""
    info = resolve_period(uow, period, field="periode")
    p = info.period
    found = uow.organisation.period_skps(p.year, p.start, p.end, pegawai_id=pegawai_id)
    if pegawai_id not in found:
        raise DomainError(ErrorCode.ADVISORY_NO_SKP, field="periode",
                          name=person_text(uow, pegawai_id), period=info.name)
    return found[pegawai_id].skp_id, info.name


def summarise(inputs: list[AdvisoryInput]) -> list[AdvisorySummary]:
    """One AdvisorySummary per source (every source, in AdvisorySource order)."""
    result = []
    for source in AdvisorySource:
        mine = [i for i in inputs if i.source is source]
        if len(mine) < MIN_ADVISORY_ANSWERS:
            result.append(AdvisorySummary(source, len(mine), False))
            continue
        counts = {r: sum(1 for i in mine if i.rating is r) for r in Rating}
        # Comments in a stable order that is not the order of entry (which could tell who).
        comments = tuple(sorted(i.comment for i in mine if i.comment))
        result.append(AdvisorySummary(source, len(mine), True, counts, comments))
    return result


class AdvisoryService:
    """`Services.advisory`."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def add(self, skp_id: str, period: str, source: AdvisorySource | str, *,
            rating: Rating | str | None = None, comment: str = "",
            today: dt.date | None = None) -> Outcome[AdvisoryInput]:
        today = today or dt.date.today()
        source = parse_source(source)
        if isinstance(rating, str) and rating.strip():
            rating = parse_rating(rating, field="masukan")
        elif not isinstance(rating, Rating):
            rating = None
        comment = F.text(comment, "komentar", max_len=MAX_NOTE, required=False)
        if rating is None and not comment:
            raise DomainError(ErrorCode.ADVISORY_EMPTY, field="masukan")
        with self._db.unit_of_work(self._actor) as uow:
            skp = uow.skp.summary(skp_id)
            if skp is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id)
            info = resolve_period(uow, period, field="periode")
            actor = acting_pegawai_id(uow)
            if actor is None:
                raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
            if actor == skp.pegawai_id:
                raise DomainError(ErrorCode.ADVISORY_SELF_REFUSED, field="saya_adalah",
                                  name=person_text(uow, skp.pegawai_id))
            person = uow.people.get(actor)
            record = uow.organisation.add_advisory(dict(
                skp_id=skp.id, pegawai_id=skp.pegawai_id, period=info.name,
                source=source.value, rating=rating.value if rating else "", comment=comment,
                recorded_on=today, recorded_by_id=actor,
                recorded_by_name=person.full_name if person is not None else ""))
        return Outcome(record, uow.changes)

    def summary(self, skp_id: str, period: str) -> list[AdvisorySummary]:
        """Per source: how many answered, and (only from MIN_ADVISORY_ANSWERS on) the counts
        per rating and the comments. Never the individual inputs."""
        with self._db.reader() as uow:
            name = resolve_period(uow, period, field="periode").name
            return summarise(uow.organisation.advisory_inputs(skp_id, name))

    def delete(self, advisory_id: str) -> Outcome[AdvisoryInput]:
        """Remove a mistaken input (a pengelola kinerja only)."""
        with self._db.unit_of_work(self._actor) as uow:
            actor = acting_pegawai_id(uow)
            if actor is None:
                raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah")
            admins = admin_ids(uow)
            if actor not in admins:
                raise DomainError(ErrorCode.ADVISORY_DELETE_REFUSED, field="saya_adalah",
                                  admins=", ".join(sorted(person_text(uow, a) for a in admins))
                                  or "-", actor=person_text(uow, actor))
            record = uow.organisation.advisory(advisory_id)
            if record is None:
                raise DomainError(ErrorCode.ADVISORY_NOT_FOUND, field="masukan",
                                  value=advisory_id)
            uow.organisation.delete_advisory(advisory_id)
        return Outcome(record, uow.changes)

    def skp_of_period(self, pegawai_id: str, period: str) -> tuple[str, str]:
        """(skp id, period name) for the CLI's `--nip --period` (ADVISORY_NO_SKP if none)."""
        with self._db.reader() as uow:
            return skp_of_period(uow, pegawai_id, period)
