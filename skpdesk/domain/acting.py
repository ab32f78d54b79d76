"""Who is acting, and which workflow steps a pegawai may take on an SKP (stdlib only).

"Saya adalah" names the pegawai using the app (stored per database in
`local_state.acting_pegawai_id`, or given for one command with `skpdesk --as NIP`). The journal
records that pegawai on every entry written while they act (`person_json`), besides the OS
user@host (`journal.actor`).

The role rule of the four workflow steps (PermenPANRB 6/2022: the pegawai drafts and proposes
the SKP, the Pejabat Penilai Kinerja approves it):
- submit (Ajukan): the pegawai of the SKP or its pejabat penilai;
- approve, return, reopen (Setujui, Kembalikan, Buka kembali): only the SKP's pejabat penilai;
- a pengelola kinerja (office setting `roles.pengelola_kinerja`) may take any step for another
  person "atas nama" that person (the pegawai when submitting, the penilai otherwise), with a
  reason that is journaled; never approve, return or reopen their own SKP;
- anyone else is refused, naming the rule.

Only the four workflow steps are checked. Editing a draft (RHK, indikator, perilaku, lampiran)
is not: planning is done together by the pegawai and the atasan, often on the atasan's laptop
or by the office's staff, and a draft is not a decision (it still has to be submitted and
approved by the right people, which is what the rule guards).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

# The workflow steps the rule knows (the keys of `domain.skp.TRANSITIONS`).
WORKFLOW_ACTIONS = ("submit", "approve", "return", "reopen")

# Which rule allowed or refused a step (`Permission.rule`; also the `rule` param of the
# ACTING_ROLE_REFUSED message).
RULE_OWNER = "owner"                    # the pegawai of the SKP submits it
RULE_PENILAI = "penilai"                # the SKP's pejabat penilai
RULE_ADMIN = "admin_on_behalf"          # a pengelola kinerja, atas nama, with a reason
RULE_OWNER_OR_PENILAI = "owner_or_penilai"  # refused: submit is for the pegawai or the penilai
RULE_PENILAI_ONLY = "penilai_only"      # refused: approve/return/reopen are the penilai's
RULE_OWN_SKP = "own_skp"                # refused: nobody approves/returns/reopens their own SKP
RULE_UNKNOWN = "unknown"                # refused: nobody said who is acting


@dataclass(frozen=True)
class Person:
    nip: str | None
    name: str

    def as_dict(self) -> dict:
        return {"nip": self.nip, "name": self.name}


@dataclass(frozen=True)
class Acting:
    """Who writes: `person` (None: nobody said), and when a pengelola kinerja acts for another,
    `on_behalf_of` that person and the `reason` (required then)."""

    person: Person | None
    on_behalf_of: Person | None = None
    reason: str = ""


def person_json(acting: Acting | None) -> str | None:
    """The journal's `person` column: canonical JSON, or None when nobody is acting."""
    if acting is None or acting.person is None:
        return None
    value: dict = acting.person.as_dict()
    if acting.on_behalf_of is not None:
        value["on_behalf_of"] = acting.on_behalf_of.as_dict()
        value["reason"] = acting.reason
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def parse_person(text: str | None) -> dict | None:
    """The journal's `person` column back as a dict (None when unset or unreadable)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def describe_person(person: str | dict | None, atas_nama: str = "atas nama", *,
                    with_nip: bool = True) -> str:
    """One line for journal views: "Nama (NIP)" or "Nama (NIP) atas nama Nama (NIP): alasan"
    (`with_nip=False`: names only, for narrow tables). `person`: the stored JSON or its dict."""
    value = person if isinstance(person, dict) else parse_person(person)
    if value is None:
        return ""

    def one(p) -> str:
        if not isinstance(p, dict):
            return str(p)
        name, nip = p.get("name") or "", p.get("nip")
        return f"{name} ({nip})" if nip and with_nip else str(name)

    line = one(value)
    if "on_behalf_of" in value:
        line += f" {atas_nama} {one(value['on_behalf_of'])}"
        if value.get("reason"):
            line += f": {value['reason']}"
    return line


@dataclass(frozen=True)
class Permission:
    """May the acting pegawai take this step? `on_behalf`: only atas nama (a reason needed)."""

    allowed: bool
    on_behalf: bool
    rule: str


def workflow_permission(action: str, actor_id: str | None, skp_pegawai_id: str,
                        appraiser_id: str | None, admin_ids: set[str] | frozenset[str]) -> Permission:
    """The role rule of one workflow step (see the module docstring)."""
    if action not in WORKFLOW_ACTIONS:
        raise ValueError(f"unknown workflow action {action!r}")
    if actor_id is None:
        return Permission(False, False, RULE_UNKNOWN)
    if appraiser_id is not None and actor_id == appraiser_id:
        return Permission(True, False, RULE_PENILAI)
    if action == "submit" and actor_id == skp_pegawai_id:
        return Permission(True, False, RULE_OWNER)
    if actor_id == skp_pegawai_id:
        # Not even a pengelola kinerja approves, returns or reopens their own plan.
        return Permission(False, False, RULE_OWN_SKP)
    if actor_id in admin_ids:
        return Permission(True, True, RULE_ADMIN)
    return Permission(False, False, RULE_OWNER_OR_PENILAI if action == "submit" else RULE_PENILAI_ONLY)


def on_behalf_target(action: str, skp_pegawai_id: str, appraiser_id: str | None) -> str | None:
    """Whom a pengelola kinerja acts for: the pegawai when submitting, else the penilai."""
    return skp_pegawai_id if action == "submit" else appraiser_id


def parse_nip_list(text: str) -> list[str]:
    """The NIPs of the `roles.pengelola_kinerja` setting (comma-separated; spaces ignored)."""
    return [part.replace(" ", "") for part in (text or "").split(",") if part.strip()]
