"""Who is acting ("Saya adalah") and the workflow's role check (`domain.acting` holds the rule).

"Saya adalah" is stored per database, in this replica's `local_state.acting_pegawai_id` (never
synced: another laptop's user is somebody else). `act_as(nip)` overrides it for this open
database handle only (the CLI's `--as NIP`, the demo and scripts), without storing anything.

The pengelola kinerja (admins) are the NIPs of the office setting `roles.pengelola_kinerja`.
"""

from __future__ import annotations

from skpdesk.domain.acting import (Acting, Permission, Person, WORKFLOW_ACTIONS, on_behalf_target,
                                   parse_nip_list, workflow_permission, RULE_UNKNOWN)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.identifiers import clean_nip
from skpdesk.domain.people import Pegawai
from skpdesk.domain.skp import Skp

from .outcome import Outcome

ADMIN_SETTING = "roles.pengelola_kinerja"


class ActingService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- who
    def me(self) -> Pegawai | None:
        """The pegawai acting now: the one-command override, else the stored "Saya adalah"."""
        with self._db.reader() as uow:
            pegawai_id = uow.acting_id()
            return uow.people.get(pegawai_id) if pegawai_id else None

    def stored_me(self) -> Pegawai | None:
        """The stored "Saya adalah" of this database, whatever `act_as` says."""
        with self._db.reader() as uow:
            pegawai_id = uow.stored_acting_id()
            return uow.people.get(pegawai_id) if pegawai_id else None

    def set_me(self, nip: str) -> Outcome[Pegawai]:
        """Store "Saya adalah" for this database (an unknown NIP: PEGAWAI_NOT_FOUND naming it)."""
        with self._db.unit_of_work(self._actor) as uow:
            pegawai = _by_nip(uow, nip)
            uow.store_acting_id(pegawai.id)
        return Outcome(pegawai, uow.changes)

    def set_me_id(self, pegawai_id: str) -> Outcome[Pegawai]:
        """`set_me` by pegawai id (the window picks from a list; a pegawai without NIP too)."""
        with self._db.unit_of_work(self._actor) as uow:
            pegawai = uow.people.get(pegawai_id)
            if pegawai is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="saya_adalah", value=pegawai_id)
            uow.store_acting_id(pegawai.id)
        return Outcome(pegawai, uow.changes)

    def clear_me(self) -> None:
        with self._db.unit_of_work(self._actor) as uow:
            uow.store_acting_id(None)

    def act_as(self, nip: str | None) -> Pegawai | None:
        """Act as the pegawai of `nip` for this database handle only (None: back to the stored
        one). The same role rules apply; nothing is stored."""
        if nip is None:
            self._db.acting_override = None
            return None
        with self._db.reader() as uow:
            pegawai = _by_nip(uow, nip)
        self._db.acting_override = pegawai.id
        return pegawai

    def act_as_id(self, pegawai_id: str | None) -> None:
        """`act_as` by pegawai id (the demo's people may have no NIP, like a non-ASN Bupati)."""
        self._db.acting_override = pegawai_id

    # --- roles
    def admin_ids(self) -> set[str]:
        with self._db.reader() as uow:
            return admin_ids(uow)

    def is_admin(self, pegawai_id: str | None) -> bool:
        return pegawai_id is not None and pegawai_id in self.admin_ids()


def _by_nip(uow, nip: str, field: str = "nip") -> Pegawai:
    pegawai = uow.people.by_nip(clean_nip(nip or ""))
    if pegawai is None:
        raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field=field, value=nip)
    return pegawai


def admin_ids(uow) -> set[str]:
    """The pegawai ids of the pengelola kinerja (unknown NIPs in the setting are skipped)."""
    text = uow.office.settings().get(ADMIN_SETTING, "")
    found = (uow.people.by_nip(nip) for nip in parse_nip_list(text))
    return {p.id for p in found if p is not None}


def checked_admin_nips(uow, value: str) -> str:
    """The setting's value cleaned ("nip,nip"), every NIP a known pegawai (else
    PEGAWAI_NOT_FOUND naming the field and the NIP); nothing is written on a refusal."""
    nips = []
    for nip in parse_nip_list(value):
        pegawai = _by_nip(uow, nip, field="pengelola_kinerja")
        if pegawai.nip not in nips:
            nips.append(pegawai.nip)
    return ",".join(nips)


def penilai_id(uow, skp: Skp) -> str | None:
    """The SKP's pejabat penilai: recorded on the SKP, else the pegawai's atasan (as the SKP tab
    and the printed form resolve it)."""
    if skp.appraiser_id:
        return skp.appraiser_id
    owner = uow.people.get(skp.pegawai_id)
    return owner.supervisor_id if owner is not None else None


def _actor_id(uow) -> str | None:
    pegawai_id = uow.acting_id()
    return pegawai_id if pegawai_id and uow.people.get(pegawai_id) is not None else None


def permissions(uow, skp: Skp) -> dict[str, Permission]:
    """The four workflow steps -> may the acting pegawai take them on this SKP (any status)."""
    actor, penilai, admins = _actor_id(uow), penilai_id(uow, skp), admin_ids(uow)
    return {action: workflow_permission(action, actor, skp.pegawai_id, penilai, admins)
            for action in WORKFLOW_ACTIONS}


def _person(uow, pegawai_id: str | None) -> Person | None:
    p = uow.people.get(pegawai_id) if pegawai_id else None
    return Person(p.nip, p.full_name) if p is not None else None


def _name(person: Person | None) -> str:
    if person is None:
        return "-"
    return f"{person.name} ({person.nip})" if person.nip else person.name


def check_workflow_step(uow, skp: Skp, action: str, reason: str) -> None:
    """Refuse the step unless the acting pegawai may take it; atas nama, journal the reason
    (the rest of this unit of work is recorded as the pengelola acting for that person)."""
    actor_id, penilai, admins = _actor_id(uow), penilai_id(uow, skp), admin_ids(uow)
    permission = workflow_permission(action, actor_id, skp.pegawai_id, penilai, admins)
    if permission.rule == RULE_UNKNOWN:
        raise DomainError(ErrorCode.ACTING_UNKNOWN, field="saya_adalah", action=action)
    actor = _person(uow, actor_id)
    if not permission.allowed:
        raise DomainError(ErrorCode.ACTING_ROLE_REFUSED, field="saya_adalah", action=action,
                          rule=permission.rule, actor=_name(actor),
                          owner=_name(_person(uow, skp.pegawai_id)),
                          penilai=_name(_person(uow, penilai)))
    if permission.on_behalf:
        target = _person(uow, on_behalf_target(action, skp.pegawai_id, penilai))
        if not reason:
            raise DomainError(ErrorCode.ACTING_REASON_REQUIRED, field="alasan_atas_nama",
                              action=action, actor=_name(actor), on_behalf_of=_name(target))
        # No penilai to act for (an SKP whose pegawai has no atasan): the entry still says
        # that the pengelola acted atas nama, with the reason, for "-".
        uow.set_acting(Acting(actor, target or Person(None, "-"), reason))
