"""Who is acting ("Saya adalah", per database), the workflow's role rule, and the journal's
`person` (written, covered by the hash chain, carried by sync)."""

import json
import sqlite3

import pytest

from skpdesk.domain.acting import (Acting, Person, RULE_ADMIN, RULE_OWN_SKP, RULE_OWNER,
                                   RULE_OWNER_OR_PENILAI, RULE_PENILAI, RULE_PENILAI_ONLY,
                                   RULE_UNKNOWN, person_json, workflow_permission)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import SkpStatus
from skpdesk.messages import message_for
from skpdesk.services.context import Services
from skpdesk.storage.database import Database

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, three_levels


@pytest.fixture
def team(office):
    """Kepala Dinas -> Kabid -> staff; the staff's SKP complete (its penilai: the Kabid)."""
    head, kabid, staff = three_levels(office)
    top = office.skp.create(head.id, 2026).value
    top_rhk = office.skp.add_rhk(top.id, "Meningkatnya layanan digital").value
    mid = office.skp.create(kabid.id, 2026).value
    mid_rhk = office.skp.add_rhk(mid.id, "Aplikasi terintegrasi", parent_rhk_id=top_rhk.id).value
    skp = office.skp.create(staff.id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "Modul aplikasi", parent_rhk_id=mid_rhk.id).value
    office.skp.add_indicator(rhk.id, "Jumlah modul", aspect="kuantitas", target_value="2")
    return office, head, kabid, staff, skp


def _journal(db):
    with db.reader() as r:
        return r.journal.all()


# --- the pure rule

@pytest.mark.parametrize("action, actor, expected", [
    ("submit", "owner", (True, False, RULE_OWNER)),
    ("submit", "penilai", (True, False, RULE_PENILAI)),
    ("submit", "admin", (True, True, RULE_ADMIN)),
    ("submit", "other", (False, False, RULE_OWNER_OR_PENILAI)),
    ("approve", "penilai", (True, False, RULE_PENILAI)),
    ("approve", "owner", (False, False, RULE_OWN_SKP)),
    ("approve", "admin", (True, True, RULE_ADMIN)),
    ("approve", "other", (False, False, RULE_PENILAI_ONLY)),
    ("return", "other", (False, False, RULE_PENILAI_ONLY)),
    ("reopen", "penilai", (True, False, RULE_PENILAI)),
    ("reopen", None, (False, False, RULE_UNKNOWN)),
])
def test_workflow_permission(action, actor, expected):
    p = workflow_permission(action, actor, "owner", "penilai", {"admin"})
    assert (p.allowed, p.on_behalf, p.rule) == expected


def test_an_admin_never_decides_on_their_own_skp():
    p = workflow_permission("approve", "admin", "admin", "penilai", {"admin"})
    assert (p.allowed, p.rule) == (False, RULE_OWN_SKP)


def test_person_json_is_canonical():
    me = Person("199001012015032003", "Agus Santoso")
    assert person_json(Acting(me)) == '{"name": "Agus Santoso", "nip": "199001012015032003"}'
    atas_nama = json.loads(person_json(Acting(me, Person("1", "Dewi"), "Cuti")))
    assert atas_nama == {"nip": me.nip, "name": me.name, "on_behalf_of": {"nip": "1", "name": "Dewi"},
                         "reason": "Cuti"}
    assert person_json(None) is None and person_json(Acting(None)) is None


# --- the services

def test_nobody_acting_is_refused_with_how_to_say_who(team):
    office, head, kabid, staff, skp = team
    with pytest.raises(DomainError) as err:
        office.skp.submit(skp.id)
    assert err.value.code is ErrorCode.ACTING_UNKNOWN
    assert "skpdesk me --set NIP" in message_for(err.value.code, err.value.params)
    assert office.skp.get(skp.id).status is SkpStatus.DRAFT


def test_approval_refused_for_a_non_penilai(team, db):
    office, head, kabid, staff, skp = team
    office.acting.act_as(NIP_STAFF)
    office.skp.submit(skp.id)
    before = len(_journal(db))
    for who in (NIP_HEAD, NIP_STAFF):  # the atasan's atasan, the pegawai: neither is penilai
        office.acting.act_as(who)
        with pytest.raises(DomainError) as err:
            office.skp.approve(skp.id)
        assert err.value.code is ErrorCode.ACTING_ROLE_REFUSED
    text = message_for(err.value.code, err.value.params)
    assert "hanya dapat disetujui oleh pejabat penilainya (Dewi Lestari" in text
    assert len(_journal(db)) == before and office.skp.get(skp.id).status is SkpStatus.DIAJUKAN


def test_admin_approves_atas_nama_with_the_reason_in_the_journal(team, db):
    office, head, kabid, staff, skp = team
    office.office.set_setting("roles.pengelola_kinerja", f" {NIP_HEAD} ")
    assert office.acting.admin_ids() == {head.id}
    office.acting.act_as(NIP_STAFF)
    office.skp.submit(skp.id)
    office.acting.act_as(NIP_HEAD)
    assert office.skp.allowed(skp.id)["approve"].on_behalf
    with pytest.raises(DomainError) as err:
        office.skp.approve(skp.id)  # atas nama needs a reason
    assert err.value.code is ErrorCode.ACTING_REASON_REQUIRED
    assert err.value.params["field"] == "alasan_atas_nama"
    before = len(_journal(db))
    office.skp.approve(skp.id, on_behalf_reason="Pejabat penilai cuti melahirkan")
    assert office.skp.get(skp.id).status is SkpStatus.DISETUJUI
    (entry,) = _journal(db)[before:]
    assert entry.fields["status"] == ["diajukan", "disetujui"]
    assert entry.person == {"nip": NIP_HEAD, "name": head.full_name,
                            "on_behalf_of": {"nip": NIP_KABID, "name": kabid.full_name},
                            "reason": "Pejabat penilai cuti melahirkan"}
    assert office.integrity.run().ok


def test_the_penilai_acts_in_their_own_right_even_with_a_reason(team, db):
    office, head, kabid, staff, skp = team
    office.acting.act_as(NIP_KABID)
    assert {a: p.allowed for a, p in office.skp.allowed(skp.id).items()} == {
        "submit": True, "approve": True, "return": True, "reopen": True}
    office.skp.submit(skp.id, on_behalf_reason="tidak perlu")
    entry = _journal(db)[-1]
    assert entry.person == {"nip": NIP_KABID, "name": kabid.full_name}


def test_every_entry_while_acting_carries_the_person_and_the_chain_covers_it(team, db):
    office, head, kabid, staff, skp = team
    office.acting.set_me(NIP_STAFF)
    office.skp.add_lampiran(skp.id, "konsekuensi", "Sesuai ketentuan")
    entry = _journal(db)[-1]
    assert entry.person == {"nip": NIP_STAFF, "name": staff.full_name}
    assert office.integrity.run().ok
    conn = sqlite3.connect(db.path)  # someone rewrites who did it
    conn.execute("UPDATE journal SET person = ? WHERE id = ?",
                 (json.dumps({"nip": NIP_HEAD, "name": "x"}), entry.id))
    conn.commit()
    conn.close()
    report = office.integrity.run()
    assert not report.ok
    assert any(f.code == "chain" or "chain" in f.code for f in report.errors), report.errors


def test_set_me_is_kept_per_database_and_as_is_not_stored(tmp_path, team, db):
    office, head, kabid, staff, skp = team
    other = Database(tmp_path / "lain.sqlite")
    try:
        s2 = Services.build(other, "test")
        s2.office.init_office("Dinas Lain", "Sleman")
        three_levels(s2)
        assert office.acting.set_me(NIP_KABID).value.id == kabid.id
        s2.acting.set_me(NIP_HEAD)
        assert office.acting.me().nip == NIP_KABID and s2.acting.me().nip == NIP_HEAD
        office.acting.act_as(NIP_STAFF)  # one handle, one command: nothing stored
        assert office.acting.me().nip == NIP_STAFF
        assert office.acting.stored_me().nip == NIP_KABID
        reopened = Services.build(Database(db.path), "test")
        assert reopened.acting.me().nip == NIP_KABID
        reopened.acting.clear_me()
        assert reopened.acting.me() is None
    finally:
        other.close()


def test_unknown_nip_is_refused_naming_the_field(team):
    office, *_ = team
    with pytest.raises(DomainError) as err:
        office.acting.set_me("199912312020121001")
    assert err.value.code is ErrorCode.PEGAWAI_NOT_FOUND and err.value.params["field"] == "nip"
    with pytest.raises(DomainError) as err:
        office.office.set_setting("roles.pengelola_kinerja", f"{NIP_HEAD},199912312020121001")
    assert err.value.params == {"field": "pengelola_kinerja", "value": "199912312020121001"}
    assert office.office.settings()["roles.pengelola_kinerja"] == ""
    office.office.set_setting("roles.pengelola_kinerja", f"{NIP_HEAD}, {NIP_KABID}")
    assert office.office.settings()["roles.pengelola_kinerja"] == f"{NIP_HEAD},{NIP_KABID}"
    office.office.set_setting("roles.pengelola_kinerja", "")
    assert office.acting.admin_ids() == set()
