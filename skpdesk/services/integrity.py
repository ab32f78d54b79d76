"""`skpdesk check`: is the database sound, and does the office's data keep the SKP rules?

`IntegrityService.run(year=None)` returns a `CheckReport`; `ok` means no errors (warnings allowed).
Each `CheckFinding` is a code plus parameters (the CLI words them in Indonesian), the table
(`entity`) and row id (`entity_id`) it is about.

Scope: the database-wide checks always run. `year` limits the SKP checks and the cascade to
that year; without it every SKP is checked and the cascade of every year that has SKPs.
`pegawai_without_skp` looks at `year`, or at the current year when none is given.

Nothing the file holds makes `run` raise: a damaged page, a table that cannot be read or a value
the application cannot decode is a finding, and the parts of the check that could not run say
so (`check_incomplete`). `damage_report` answers for a file too damaged to open at all.

Errors (code: entity, message_params)
- `db_integrity`: database; detail (one line of SQLite `PRAGMA integrity_check`, or its error).
- `foreign_key_violation`: the referring table; table, rowid (SQLite rowid, not the row id).
- `unjournaled_row`: the table, row id; table, change ("insert": no journal history, or put back
  after a journaled delete; "update": differs from the journal's latest values), fields.
- `row_deleted_outside_journal`: the table, row id; table. The journal says the row exists.
- `table_missing`: the table; table, journaled_rows. A table dropped outside the application.
- `table_unreadable`: the table; table, detail (SQLite's error, e.g. "malformed").
- `value_undecodable`: the table, row id; table, column, value, expected.
- `text_control_character`: the table, row id; table, column, char ("U+202E RIGHT-TO-LEFT
  OVERRIDE"), position. Stored text with a control character or bidi override, which every
  input now refuses (`domain.text_rules`): legacy data from before the rule. An error, not a
  warning: it breaks a rule every write enforces (as `nip_invalid` does for legacy NIPs), and
  a bidi override makes a name on a printed form read differently from what is stored.
- `logo_unusable`: instansi, its id; path (as stored), reason, and for an image rule the
  params of its ErrorCode. The office logo in `attachments/` is missing, outside the store,
  unreadable, not the file its SHA-256 name promises (`hash_mismatch`), or breaks the image
  limits of `set_logo` (reason: the ErrorCode value, e.g. `logo_too_many_pixels`). Printing
  leaves such a logo off and says so; an error because every printed form now lacks the logo
  until it is set again.
- `attachment_missing` (an error unless waiting), `attachment_tampered`, `attachment_unreadable`,
  `attachment_ref_invalid`: the attachments store against the rows that reference it; codes and
  params in `services.evidence.attachment_check` (a bukti dukung file that is gone, changed or
  damaged; the findings name the records using it).
- `journal_chain_broken`: journal, device id; device_id, seq, reason (`domain.journal_chain`:
  changed, missing, link, unhashed, truncated, head, beyond_head).
- `journal_entry_undecodable`: journal, device id; device_id, seq.
- `journal_sequence_gap`: journal, device id; device_id. Sequence not contiguous from 1.
- `check_incomplete`: database; section (database, journal, pegawai, skp, kaskade), detail.
- `more_findings`: the table; code, table, count (findings of one kind beyond MAX_PER_KIND).
- `supervisor_cycle`: pegawai (first in the loop); ids, names (the loop, in supervisor order).
- `nip_invalid`: pegawai; name, nip, asn_type, reason (the ErrorCode value of the broken NIP
  rule, or "not_clean" when the stored value is not the cleaned form of itself).
- `nip_duplicate`: pegawai (first); nip (cleaned), ids, names.
- `indicator_aspect_not_allowed`: indikator; aspek on a JPT or kualitatif SKP.
- `indicator_aspect_missing`: indikator; no aspek on a submitted/approved JA/JF kuantitatif SKP.
- `rhk_perspective_not_allowed`: rhk; field ("perspektif" | "penugasan_dari") on a JA/JF SKP.
- `tambahan_with_parent`: rhk; a Tambahan RHK that intervenes a supervisor RHK.
- `skp_incomplete`: skp; status, problems (as `services.skp.completeness_problems`), on a
  submitted or approved SKP.
  SKP findings also carry name, nip, year, skp_id and, below the SKP, rhk ("A.1" / "B.2")
  and indicator (its number).

Warnings
- `cascade_orphan`: rhk; year, name, nip, rhk, text. A subordinate's Utama RHK intervening
  nothing while the supervisor has an SKP that year.
- `cascade_parent_outside`: rhk; same parameters. It intervenes an RHK that is not in the
  (current) supervisor's SKP of the year.
- `pegawai_without_skp`: pegawai; name, nip, year. An ASN (PNS/PPPK) without an SKP.
- `attachment_missing` with `waiting` True: a bukti dukung received from another replica whose
  file has not arrived yet ("menunggu lampiran").
- `attachment_unused`: attachments, the file name; a file of the store no record uses (or the
  temp file of an interrupted copy); `check --repair` moves it to `karantina/`.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skpdesk.domain.cascade import CascadeProblem, build_cascade
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.identifiers import clean_nip, validate_nip_for
from skpdesk.domain.people import AsnType, Pegawai
from skpdesk.domain.skp import Approach, RhkKind, Skp, SkpForm, SkpStatus

from skpdesk.storage import damage

from . import fields as F
from .evidence import attachment_check
from .evidence.attachment_store import store_dir_of
from .office import verify_stored_logo
from .skp import completeness_problems

log = logging.getLogger(__name__)
# Beyond this many findings of one kind in one table, the rest are counted, not listed.
MAX_PER_KIND = 100


@dataclass(frozen=True)
class CheckFinding:
    code: str
    message_params: dict[str, Any]
    entity: str
    entity_id: str | None


@dataclass(frozen=True)
class CheckReport:
    errors: list[CheckFinding] = field(default_factory=list)
    warnings: list[CheckFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> set[str]:
        return {f.code for f in (*self.errors, *self.warnings)}


class IntegrityService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    def run(self, year: int | None = None, *, today: dt.date | None = None) -> CheckReport:
        year = F.year(year, "tahun") if year is not None else None
        today = today or dt.date.today()
        errors: list[CheckFinding] = []
        warnings: list[CheckFinding] = []
        guard = _Guard(errors)
        with self._db.reader() as uow:
            errors += _storage_findings(uow, guard)
            people = guard("pegawai", uow.people.list)
            supervisors = guard("pegawai", uow.people.supervisor_map)
            skps = guard("skp", lambda: _load_skps(uow, people or [], year)) or []
            years = [year] if year is not None else sorted({s.year for s in skps})
            cascades = {y: c for y in years
                        if (c := guard("kaskade", lambda y=y: build_cascade(
                            uow.skp.cascade_rows(y), uow.skp.pegawai_with_skp(y)))) is not None}
            skp_year = year if year is not None else today.year
            with_skp = guard("skp", lambda: uow.skp.pegawai_with_skp(skp_year))
            instansi = guard("database", uow.office.instansi)
            references = guard("lampiran", uow.integrity.attachment_references)
            own_device = uow.integrity.own_device_id()
        if references is not None:
            found = guard("lampiran", lambda: attachment_check.check_store(
                store_dir_of(self._db.path), references, own_device)) or []
            errors += [_attachment_finding(f) for f in found if f.level == "error"]
            warnings += [_attachment_finding(f) for f in found if f.level != "error"]
        if instansi is not None and instansi.logo_path:
            errors += guard("database", lambda: _logo_findings(self._db.path, instansi)) or []
        by_id = {p.id: p for p in people or []}
        if supervisors is not None:
            errors += _supervisor_cycles(supervisors, by_id)
        if people is not None:
            errors += guard("pegawai", lambda: _nip_findings(people, today)) or []
        for skp in skps:
            errors += guard("skp", lambda skp=skp: _skp_findings(skp, by_id.get(skp.pegawai_id))) or []
        warnings += [_cascade_warning(y, node) for y, c in cascades.items() for node in c.problems]
        if people is not None and with_skp is not None:
            warnings += [CheckFinding("pegawai_without_skp",
                                      {"name": p.name, "nip": p.nip, "year": skp_year}, "pegawai", p.id)
                         for p in people if p.asn_type is not AsnType.NON_ASN and p.id not in with_skp]
        return CheckReport(_capped(errors), _capped(warnings))

    def repair_attachments(self, *, now: float | None = None) -> attachment_check.QuarantineResult:
        """`check --repair`: move the attachments store's unused files (and temp files a killed
        copy left) to `karantina/<time>/`. Inside a write transaction, so no commit can make a
        file referenced between the look and the move; nothing is written to the database."""
        with self._db.unit_of_work(self._actor) as uow:
            references = uow.integrity.attachment_references()
            return attachment_check.quarantine_unused(self._db.path, references, now=now)

    @staticmethod
    def damage_report(path, error: DomainError) -> CheckReport | None:
        """For a file that could not be opened: SQLite's own report if SQLite finds it damaged,
        None if it does not (then the refusal itself is the answer: not an SKP Desk database)."""
        if error.code is not ErrorCode.DB_DAMAGED and not damage.is_sqlite_file(path):
            return None
        lines = damage.inspect_file(path)
        if not lines and error.code is not ErrorCode.DB_DAMAGED:
            return None
        found = [CheckFinding("db_integrity", {"detail": line}, "database", None) for line in lines]
        found.append(CheckFinding("check_incomplete", {"section": "database",
                                                       "detail": _error_detail(error)},
                                  "database", None))
        return CheckReport(found, [])


class _Guard:
    """Runs one part of the check; whatever stops it (a damaged page, a value the application
    cannot decode) becomes a `check_incomplete` finding, so the rest of the check still runs."""

    def __init__(self, errors: list[CheckFinding]) -> None:
        self._errors = errors
        self._failed: set[str] = set()

    def __call__(self, section: str, work):
        try:
            return work()
        except Exception as err:  # noqa: BLE001 - check reports what it cannot read, never crashes
            log.warning("check: %s could not be checked", section, exc_info=True)
            if section not in self._failed:  # one finding per part, not one per SKP
                self._failed.add(section)
                self._errors.append(CheckFinding("check_incomplete",
                                                 {"section": section, "detail": _error_detail(err)},
                                                 "database", None))
            return None


def _logo_findings(db_path, instansi) -> list[CheckFinding]:
    _, problem = verify_stored_logo(Path(db_path).parent, instansi.logo_path)
    if problem is None:
        return []
    return [CheckFinding("logo_unusable", problem.message_params(), "instansi", instansi.id)]


def _attachment_finding(f: attachment_check.AttachmentFinding) -> CheckFinding:
    return CheckFinding(f.code, f.params, f.entity, f.entity_id)


def _error_detail(err: Exception) -> str:
    if isinstance(err, DomainError):
        return str(err.params.get("detail") or err.code.value)
    return f"{type(err).__name__}: {str(err)[:200]}"


def _load_skps(uow, people: list[Pegawai], year: int | None) -> list[Skp]:
    """The SKPs of the office's pegawai (of `year`), in pegawai order then by period."""
    summaries = uow.skp.list_for_year(year) if year is not None else uow.skp.list_all()
    order = {p.id: i for i, p in enumerate(people)}
    summaries = sorted((s for s in summaries if s.pegawai_id in order),
                       key=lambda s: (order[s.pegawai_id], s.period_start))
    return uow.skp.load_many([s.id for s in summaries])


def _capped(findings: list[CheckFinding]) -> list[CheckFinding]:
    """At most MAX_PER_KIND findings of one code in one table; the rest counted in one finding."""
    kept: list[CheckFinding] = []
    extra: dict[tuple[str, str], int] = {}
    for f in findings:
        key = (f.code, f.entity)
        extra[key] = extra.get(key, 0) + 1
        if extra[key] <= MAX_PER_KIND:
            kept.append(f)
    kept += [CheckFinding("more_findings", {"code": code, "table": table, "count": n - MAX_PER_KIND},
                          table, None) for (code, table), n in extra.items() if n > MAX_PER_KIND]
    return kept


def _storage_findings(uow, guard: _Guard) -> list[CheckFinding]:
    found = [CheckFinding("db_integrity", {"detail": line}, "database", None)
             for line in guard("database", uow.journal.integrity_check) or []]
    for violation in guard("database", uow.journal.foreign_key_check) or []:
        table, _, rowid = violation.partition(":")
        found.append(CheckFinding("foreign_key_violation", {"table": table, "rowid": rowid}, table, None))
    found += [_storage_finding(p) for p in guard("journal", uow.integrity.scan) or []]
    found += [CheckFinding("journal_sequence_gap", {"device_id": device}, "journal", device)
              for device in guard("journal", uow.journal.sequence_gaps) or []]
    return found


def _storage_finding(p) -> CheckFinding:
    """A `storage.repositories.integrity` problem as a finding (codes listed in the docstring)."""
    params = dict(p.params, table=p.table)
    if p.code == "table_missing":
        return CheckFinding("table_missing", params, p.table, None)
    if p.code == "table_unreadable":
        return CheckFinding("table_unreadable", params, p.table or "database", None)
    if p.code == "value_undecodable":
        return CheckFinding("value_undecodable", params, p.table, p.row_id)
    if p.code == "text_control_character":
        return CheckFinding("text_control_character", params, p.table, p.row_id)
    if p.code == "chain":
        return CheckFinding("journal_chain_broken", p.params, "journal", p.row_id)
    if p.code == "journal_entry_undecodable":
        return CheckFinding("journal_entry_undecodable", p.params, "journal", p.row_id)
    if p.code == "row_missing":
        return CheckFinding("row_deleted_outside_journal", params, p.table, p.row_id)
    return CheckFinding("unjournaled_row", params, p.table, p.row_id)


def supervisor_cycles(supervisors: dict[str, str | None]) -> list[list[str]]:
    """Each loop in the supervisor chains once, as ids from a member up to its last supervisor."""
    cycles: list[list[str]] = []
    done: set[str] = set()
    for start in supervisors:
        path: list[str] = []
        index: dict[str, int] = {}
        current: str | None = start
        while current is not None and current not in done and current not in index:
            index[current] = len(path)
            path.append(current)
            current = supervisors.get(current)
        if current is not None and current in index:
            cycles.append(path[index[current]:])
        done.update(path)
    return cycles


def _supervisor_cycles(supervisors: dict[str, str | None], by_id: dict[str, Pegawai]) -> list[CheckFinding]:
    return [CheckFinding("supervisor_cycle",
                         {"ids": loop, "names": [by_id[i].name if i in by_id else i for i in loop]},
                         "pegawai", loop[0])
            for loop in supervisor_cycles(supervisors)]


def _nip_findings(people: list[Pegawai], today: dt.date) -> list[CheckFinding]:
    found: list[CheckFinding] = []
    groups: dict[str, list[Pegawai]] = {}
    for p in people:
        params = {"name": p.name, "nip": p.nip, "asn_type": p.asn_type.value}
        try:
            reason = None if validate_nip_for(p.nip or "", p.asn_type.value, today=today) == p.nip \
                else "not_clean"
        except DomainError as err:
            reason = err.code.value
        if reason:
            found.append(CheckFinding("nip_invalid", dict(params, reason=reason), "pegawai", p.id))
        if p.nip:
            groups.setdefault(clean_nip(p.nip), []).append(p)
    for nip, same in groups.items():
        if len(same) > 1:
            found.append(CheckFinding("nip_duplicate", {"nip": nip, "ids": [p.id for p in same],
                                                        "names": [p.name for p in same]},
                                      "pegawai", same[0].id))
    return found


def _skp_findings(skp: Skp, owner: Pegawai | None) -> list[CheckFinding]:
    base = {"name": owner.name if owner else None, "nip": owner.nip if owner else None,
            "year": skp.year, "skp_id": skp.id}
    found: list[CheckFinding] = []
    submitted = skp.status is not SkpStatus.DRAFT
    aspect_allowed = skp.form is SkpForm.JA_JF and skp.approach is Approach.KUANTITATIF
    for rhk in skp.rhk:
        where = dict(base, rhk=f"{'A' if rhk.kind is RhkKind.UTAMA else 'B'}.{rhk.position}")
        if rhk.kind is RhkKind.TAMBAHAN and rhk.parent_rhk_id:
            found.append(CheckFinding("tambahan_with_parent", where, "rhk", rhk.id))
        if skp.form is SkpForm.JA_JF:
            for name, value in (("perspektif", rhk.perspective), ("penugasan_dari", rhk.assignment_from)):
                if value:
                    found.append(CheckFinding("rhk_perspective_not_allowed", dict(where, field=name),
                                              "rhk", rhk.id))
        for ind in rhk.indicators:
            at = dict(where, indicator=ind.position)
            if ind.aspect is not None and not aspect_allowed:
                found.append(CheckFinding("indicator_aspect_not_allowed",
                                          dict(at, form=skp.form.value, approach=skp.approach.value),
                                          "indikator", ind.id))
            elif ind.aspect is None and aspect_allowed and submitted:
                found.append(CheckFinding("indicator_aspect_missing", at, "indikator", ind.id))
    problems = completeness_problems(skp) if submitted else []
    if problems:
        found.append(CheckFinding("skp_incomplete", dict(base, status=skp.status.value, problems=problems),
                                  "skp", skp.id))
    return found


def _cascade_warning(year: int, node) -> CheckFinding:
    r = node.row
    code = "cascade_orphan" if node.problem is CascadeProblem.ORPHAN else "cascade_parent_outside"
    return CheckFinding(code, {"year": year, "name": r.pegawai_name, "nip": r.nip,
                               "rhk": f"A.{r.order}", "text": r.text}, "rhk", r.rhk_id)
