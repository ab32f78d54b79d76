"""Bukti dukung: files and links attached to an RHK (or one indicator's realisasi) of an SKP for a
period, verified by the pejabat penilai, replaced by new versions (issue 11).

Rules (each refusal names the field and the rule; nothing is written):
- who writes: the SKP's pegawai, their pejabat penilai or a pengelola kinerja
  (`access.require_writer`); who verifies: only the pejabat penilai (`access.require_verifier`);
- the period: a period of the SKP's year in its rhythm, overlapping the SKP, not closed
  (`periods.require_writable_period`); verifying is allowed after closing, and so is replacing
  a ditolak bukti (it answers a rejection);
- files: readable, not empty, at most the office limit (`evidence.max_size_mb`), one of the
  accepted types by content (`file_types`); at most MAX_FILES_PER_ADD in one add;
- a bukti that was diterima cannot be replaced; only the current version may be replaced or
  verified; a rejection needs a reason.

Order of an add (a kill at any moment leaves no row without its file and no half-written file
at a final name): check every input -> copy every file into the store (`attachment_store`) ->
one unit of work writing every row (re-checking the rules, which may have changed meanwhile).
A failure after the copy leaves files no row uses: `skpdesk check` reports them as unused and
`--repair` quarantines them. They are not deleted here: another add may have found the same
content in the store meanwhile and recorded it.

The SKP's revision is never bumped: bukti are not part of the SKP's content.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evidence import (DEFAULT_MAX_SIZE_MB, MAX_DESCRIPTION, MAX_FILES_PER_ADD,
                                     MAX_LINK, SETTING_MAX_SIZE_MB, Evidence, EvidenceKind,
                                     EvidenceStatus)
from skpdesk.domain.periods import parse_period_name
from skpdesk.domain.skp import Skp

from .. import fault_points
from .. import fields as F
from ..atomic_files import atomic_write
from ..dialog.feedback import person_text
from ..outcome import Outcome
from ..record_ids import resolve_id
from .access import may_verify, require_verifier, require_writer
from . import evidence_actions  # noqa: F401  (registers the "Perlu tindakan" source)
from .attachment_store import (CHUNK, StoredFile, check_bytes, check_source, file_path,
                               is_present, store_bytes, store_dir_of, store_file)
from .periods import require_writable_period

MAX_NAME = 255  # characters of an original file name kept


def max_size_bytes(uow) -> int:
    """The office's limit for one file (setting `evidence.max_size_mb`, default 25 MB)."""
    raw = uow.office.settings().get(SETTING_MAX_SIZE_MB, "")
    try:
        mb = int(str(raw).strip())
    except ValueError:
        mb = DEFAULT_MAX_SIZE_MB
    return (mb if mb > 0 else DEFAULT_MAX_SIZE_MB) * 1024 * 1024


class EvidenceService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    @property
    def store_dir(self) -> Path:
        return store_dir_of(self._db.path)

    # --- writing
    def add_files(self, skp_id: str, rhk_id: str, period: str, paths: Sequence[str | os.PathLike],
                  *, indicator_id: str | None = None, description: str = "",
                  today: dt.date | None = None) -> Outcome[list[Evidence]]:
        """Attach 1..MAX_FILES_PER_ADD files; all or nothing."""
        paths = [Path(p) for p in paths]
        if not paths:
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="berkas")
        if len(paths) > MAX_FILES_PER_ADD:
            raise DomainError(ErrorCode.EVIDENCE_TOO_MANY_FILES, field="berkas",
                              count=len(paths), limit=MAX_FILES_PER_ADD)
        description = _description(description)
        today = today or dt.date.today()
        with self._db.reader() as uow:
            self._check_cell(uow, skp_id, rhk_id, period, indicator_id, today, pin=False)
            limit = max_size_bytes(uow)
        for path in paths:
            check_source(path, max_bytes=limit)
        stored = [store_file(self.store_dir, path, max_bytes=limit,
                             original_name=_name(path.name)) for path in paths]
        return self._record(skp_id, rhk_id, period, indicator_id, today, description, stored)

    def add_bytes(self, skp_id: str, rhk_id: str, period: str, data: bytes, original_name: str,
                  *, indicator_id: str | None = None, description: str = "",
                  today: dt.date | None = None) -> Outcome[Evidence]:
        """Attach content held in memory (a pasted screenshot) under `original_name`."""
        name = _name(F.text(original_name, "berkas", max_len=MAX_NAME))
        description = _description(description)
        today = today or dt.date.today()
        with self._db.reader() as uow:
            self._check_cell(uow, skp_id, rhk_id, period, indicator_id, today, pin=False)
            limit = max_size_bytes(uow)
        check_bytes(data, name, max_bytes=limit)
        stored = store_bytes(self.store_dir, data, name, max_bytes=limit)
        outcome = self._record(skp_id, rhk_id, period, indicator_id, today, description, [stored])
        return Outcome(outcome.value[0], outcome.changes)

    def add_link(self, skp_id: str, rhk_id: str, period: str, link: str, *,
                 indicator_id: str | None = None, description: str = "",
                 today: dt.date | None = None) -> Outcome[Evidence]:
        """Attach a link or a reference text ("arsip fisik lemari 3, map 12")."""
        link = F.text(link, "tautan", max_len=MAX_LINK)
        description = _description(description)
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            skp, info, actor = self._check_cell(uow, skp_id, rhk_id, period, indicator_id, today)
            evidence = uow.evidence.add(self._row(uow, skp, rhk_id, info.name, indicator_id,
                                                  today, actor, description, None, link=link))
        return Outcome(self._available(evidence), uow.changes)

    def replace(self, evidence_id: str, path_or_bytes: str | os.PathLike | bytes, *,
                original_name: str | None = None, description: str | None = None,
                today: dt.date | None = None) -> Outcome[Evidence]:
        """A new version of a current bukti that is not diterima: a new row naming the old one
        (`replaces_id`), status menunggu. A ditolak one may be replaced after its period
        closed. `description` None keeps the old one."""
        today = today or dt.date.today()
        if isinstance(path_or_bytes, (bytes, bytearray)):
            name = _name(F.text(original_name or "", "berkas", max_len=MAX_NAME))
        else:
            source = Path(path_or_bytes)
            name = _name(original_name or source.name)
        new_description = None if description is None else _description(description)
        with self._db.reader() as uow:
            old = self._replaceable(uow, evidence_id, today, pin=False)
            limit = max_size_bytes(uow)
        if isinstance(path_or_bytes, (bytes, bytearray)):
            check_bytes(bytes(path_or_bytes), name, max_bytes=limit)
            stored = store_bytes(self.store_dir, bytes(path_or_bytes), name, max_bytes=limit)
        else:
            check_source(source, max_bytes=limit)
            stored = store_file(self.store_dir, source, max_bytes=limit, original_name=name)
        with self._db.unit_of_work(self._actor) as uow:
            old = self._replaceable(uow, old.id, today)
            skp = uow.skp.load(old.skp_id)
            actor = require_writer(uow, skp)
            evidence = uow.evidence.add(self._row(
                uow, skp, old.rhk_id, old.period, old.indicator_id, today, actor,
                old.description if new_description is None else new_description, stored,
                replaces_id=old.id))
            fault_points.reached("evidence.add.recorded")
        return Outcome(self._available(evidence), uow.changes)

    def verify(self, evidence_id: str, accept: bool, reason: str = "", *,
               today: dt.date | None = None) -> Outcome[Evidence]:
        """The pejabat penilai's decision on the current version: diterima (reason optional) or
        ditolak (reason required). It may be changed later; the journal keeps every decision."""
        reason = F.text(reason, "alasan", max_len=MAX_DESCRIPTION, required=False)
        if not accept and not reason:
            raise DomainError(ErrorCode.EVIDENCE_REASON_REQUIRED, field="alasan")
        today = today or dt.date.today()
        with self._db.unit_of_work(self._actor) as uow:
            old = self._current(uow, evidence_id)
            skp = self._skp(uow, old.skp_id)
            actor = require_verifier(uow, skp)
            me = uow.people.get(actor)
            evidence = uow.evidence.set_verification(
                old.id, status=EvidenceStatus.DITERIMA if accept else EvidenceStatus.DITOLAK,
                reason=reason, verified_on=today, verified_by_id=actor,
                verified_by_name=me.full_name if me else "")
        return Outcome(self._available(evidence), uow.changes)

    # --- reading
    def get(self, evidence_id: str) -> Evidence:
        with self._db.reader() as uow:
            return self._available(self._get(uow, evidence_id))

    def resolve_id(self, text: str) -> str:
        """The id of a bukti typed as its full id or a unique prefix of >= 8 characters."""
        with self._db.reader() as uow:
            return resolve_id(uow, "bukti_dukung", text, "id_bukti")

    def for_skp(self, skp_id: str, period: str | None = None, *,
                current_only: bool = True) -> list[Evidence]:
        with self._db.reader() as uow:
            found = uow.evidence.query(skp_id=skp_id, period=_period_name(period),
                                       current_only=current_only)
        return self._all_available(found)

    def for_cell(self, skp_id: str, rhk_id: str, period: str,
                 indicator_id: str | None = None) -> list[Evidence]:
        """Current bukti of a grid cell: the indicator's, or (no indicator) all of the RHK's."""
        with self._db.reader() as uow:
            found = uow.evidence.query(skp_id=skp_id, rhk_id=rhk_id, period=_period_name(period),
                                       indicator_id=indicator_id)
        return self._all_available(found)

    def history(self, evidence_id: str) -> list[Evidence]:
        """Every version of the bukti, oldest first."""
        with self._db.reader() as uow:
            self._get(uow, evidence_id)
            return self._all_available(uow.evidence.chain(evidence_id))

    def pending_for_verifier(self, me_id: str, year: int) -> list[Evidence]:
        with self._db.reader() as uow:
            return self._all_available(uow.evidence.pending_for_verifier(me_id, year))

    def can_verify(self, skp_id: str) -> bool:
        """Whether the acting pegawai may accept or reject this SKP's bukti (the window's
        Terima/Tolak buttons)."""
        with self._db.reader() as uow:
            skp = uow.skp.load(skp_id)
            return skp is not None and may_verify(uow, skp)

    def can_write(self, skp_id: str) -> bool:
        """Whether the acting pegawai may add or replace this SKP's bukti."""
        with self._db.reader() as uow:
            skp = uow.skp.load(skp_id)
            if skp is None:
                return False
            try:
                require_writer(uow, skp)
            except DomainError:
                return False
            return True

    def max_size_bytes(self) -> int:
        with self._db.reader() as uow:
            return max_size_bytes(uow)

    def file_path(self, evidence: Evidence) -> Path | None:
        """The stored file of a bukti; None for a link and while its file has not arrived."""
        if evidence.kind is not EvidenceKind.FILE or not is_present(self.store_dir,
                                                                   evidence.file_ref):
            return None
        return file_path(self.store_dir, evidence.file_ref)

    def export(self, evidence_id: str, out: str | os.PathLike, *,
               overwrite: bool = False) -> Path:
        """Copy the stored file to `out` (atomically), after checking it still hashes to its
        record: a missing or altered file is refused, never handed out."""
        evidence = self.get(evidence_id)
        label = evidence.original_name or evidence.link
        if evidence.kind is not EvidenceKind.FILE:
            raise DomainError(ErrorCode.EVIDENCE_NOT_A_FILE, field="id_bukti", name=label)
        target = Path(out).expanduser()
        if target.exists() and not overwrite:
            raise DomainError(ErrorCode.EVIDENCE_EXPORT_EXISTS, field="keluaran",
                              path=str(target))
        source = file_path(self.store_dir, evidence.file_ref)
        try:
            fh = open(source, "rb")
        except FileNotFoundError:
            raise DomainError(ErrorCode.EVIDENCE_FILE_WAITING, field="id_bukti",
                              name=label) from None
        except OSError as error:
            raise DomainError(ErrorCode.EVIDENCE_FILE_UNREADABLE, field="berkas",
                              path=str(source), detail=error.strerror or "") from None
        tampered = DomainError(ErrorCode.EVIDENCE_FILE_TAMPERED, field="id_bukti", name=label,
                               file=evidence.file_ref)
        try:
            with fh, atomic_write(target) as dest:
                # Hashed while copying: what is written is exactly what was checked.
                digest = hashlib.sha256()
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    dest.write(chunk)
                if digest.hexdigest() != evidence.sha256:
                    raise tampered
        except DomainError:
            raise
        except OSError as error:
            raise DomainError(ErrorCode.FILE_UNWRITABLE, field="keluaran", path=str(target),
                              detail=error.strerror or type(error).__name__) from None
        return target

    # --- rules
    def _record(self, skp_id: str, rhk_id: str, period: str, indicator_id: str | None,
                today: dt.date, description: str,
                stored: list[StoredFile]) -> Outcome[list[Evidence]]:
        with self._db.unit_of_work(self._actor) as uow:
            skp, info, actor = self._check_cell(uow, skp_id, rhk_id, period, indicator_id, today)
            added = [uow.evidence.add(self._row(uow, skp, rhk_id, info.name, indicator_id, today,
                                                actor, description, s)) for s in stored]
            fault_points.reached("evidence.add.recorded")
        return Outcome(self._all_available(added), uow.changes)

    def _row(self, uow, skp: Skp, rhk_id: str, period: str, indicator_id: str | None,
             today: dt.date, actor: str, description: str, stored: StoredFile | None, *,
             link: str = "", replaces_id: str | None = None) -> dict:
        me = uow.people.get(actor)
        row = dict(skp_id=skp.id, rhk_id=rhk_id, indikator_id=indicator_id or None, period=period,
                   kind=EvidenceKind.LINK.value, file_ref="", sha256="", size=0, mime="",
                   original_name="", link=link, description=description, added_on=today,
                   added_by_id=actor, added_by_name=me.full_name if me else "",
                   replaces_id=replaces_id, status=EvidenceStatus.MENUNGGU.value,
                   status_reason="", verified_on=None, verified_by_id=None, verified_by_name="")
        if stored is not None:
            row.update(kind=EvidenceKind.FILE.value, file_ref=stored.file_ref,
                       sha256=stored.sha256, size=stored.size, mime=stored.mime,
                       original_name=stored.original_name, link="")
        return row

    def _check_cell(self, uow, skp_id: str, rhk_id: str, period: str,
                    indicator_id: str | None, today: dt.date, *, pin: bool = True):
        """(skp, PeriodInfo, writer id) when the acting pegawai may attach bukti to this RHK
        (and indicator) of the SKP for this period."""
        skp = self._skp(uow, skp_id)
        actor = require_writer(uow, skp)
        rhk = next((r for r in skp.rhk if r.id == rhk_id), None)
        if rhk is None:
            other = uow.skp.rhk(rhk_id) if rhk_id else None
            if other is None:
                raise DomainError(ErrorCode.RHK_NOT_FOUND, field="rhk", value=rhk_id or "")
            raise DomainError(ErrorCode.EVIDENCE_RHK_NOT_IN_SKP, field="rhk", value=other.text,
                              name=person_text(uow, skp.pegawai_id))
        if indicator_id:
            if not any(i.id == indicator_id for i in rhk.indicators):
                found = next((i for r in skp.rhk for i in r.indicators
                              if i.id == indicator_id), None)
                if found is None:
                    raise DomainError(ErrorCode.INDICATOR_NOT_FOUND, field="indikator",
                                      value=indicator_id)
                raise DomainError(ErrorCode.EVIDENCE_INDICATOR_NOT_IN_RHK, field="indikator",
                                  value=found.text, rhk=rhk.text)
        # In the read-only check before copying, the year's rhythm is not pinned (a write).
        info = require_writable_period(uow, skp, period, today, pin=pin)
        return skp, info, actor

    def _replaceable(self, uow, evidence_id: str, today: dt.date, *,
                     pin: bool = True) -> Evidence:
        old = self._current(uow, evidence_id)
        if old.status is EvidenceStatus.DITERIMA:
            raise DomainError(ErrorCode.EVIDENCE_ALREADY_ACCEPTED, field="id_bukti",
                              name=old.original_name or old.link)
        skp = self._skp(uow, old.skp_id)
        require_writer(uow, skp)
        require_writable_period(uow, skp, old.period, today, pin=pin,
                                replacing_rejected=old.status is EvidenceStatus.DITOLAK)
        return old

    def _current(self, uow, evidence_id: str) -> Evidence:
        evidence = self._get(uow, evidence_id)
        if evidence.replaced_by_id is not None:
            raise DomainError(ErrorCode.EVIDENCE_NOT_CURRENT, field="id_bukti",
                              value=evidence.id, newer=evidence.replaced_by_id)
        return evidence

    @staticmethod
    def _get(uow, evidence_id: str) -> Evidence:
        found = uow.evidence.get(evidence_id) if evidence_id else None
        if found is None:
            raise DomainError(ErrorCode.EVIDENCE_NOT_FOUND, field="id_bukti",
                              value=evidence_id or "")
        return found

    @staticmethod
    def _skp(uow, skp_id: str) -> Skp:
        skp = uow.skp.load(skp_id) if skp_id else None
        if skp is None:
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id or "")
        return skp

    def _available(self, evidence: Evidence) -> Evidence:
        if evidence.kind is not EvidenceKind.FILE:
            return evidence
        present = is_present(self.store_dir, evidence.file_ref)
        return evidence if present else dataclasses.replace(evidence, available=False)

    def _all_available(self, found: list[Evidence]) -> list[Evidence]:
        return [self._available(e) for e in found]


def _description(text: str | None) -> str:
    return F.text(text or "", "deskripsi", max_len=MAX_DESCRIPTION, required=False)


def _name(name: str) -> str:
    """The file name alone (no folders), at most MAX_NAME characters, keeping the extension."""
    base = Path(str(name).replace("\\", "/")).name or "berkas"
    if len(base) <= MAX_NAME:
        return base
    stem, dot, ext = base.rpartition(".")
    return (stem[:MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 \
        else base[:MAX_NAME]


def _period_name(period: str | None) -> str | None:
    """A period as typed ("2026-Q1") -> its stored name ("2026-TW1"); unparsable left as is."""
    if period is None:
        return None
    parsed = parse_period_name(period)
    return parsed.name if parsed is not None else period.strip()
