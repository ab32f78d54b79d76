"""`SkpHistoryService`: the workflow steps (who, when, note) and the content changed since the
last approval, read from the journal."""

import json

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.journal import JournalEntry
from skpdesk.services.skp_history import actor_of, build_history

from .helpers_office import three_levels


def _complete_skp(office, pegawai_id):
    skp = office.skp.create(pegawai_id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "Tersedianya layanan aplikasi").value
    office.skp.add_indicator(rhk.id, "Jumlah aplikasi", aspect="kuantitas", target_value="3",
                             target_unit="aplikasi")
    return skp, rhk


def test_steps_and_changes_since_the_last_approval(office):
    head, kabid, _ = three_levels(office)
    skp, rhk = _complete_skp(office, kabid.id)
    office.acting.act_as(head.nip)  # the Kabid's pejabat penilai takes every step
    office.skp.submit(skp.id, "mohon diperiksa")
    office.skp.return_to_draft(skp.id, "target kurang jelas")
    office.skp.submit(skp.id)
    office.skp.approve(skp.id, "baik")
    office.skp.reopen(skp.id, "RHK berubah")
    office.skp.update_rhk(rhk.id, text="Tersedianya layanan aplikasi terpadu")
    office.skp.add_lampiran(skp.id, "konsekuensi", "Teguran")
    history = office.skp_history.history(skp.id)
    assert [(s.action, s.note) for s in history.steps] == [
        ("create", ""), ("submit", "mohon diperiksa"), ("return", "target kurang jelas"),
        ("submit", ""), ("approve", "baik"), ("reopen", "RHK berubah")]
    assert history.steps[0].who.label == "test"  # created before anyone said who they are
    # then the acting pegawai, from the journal's person column
    assert {s.who.label for s in history.steps[1:]} == {f"{head.name} ({head.nip})"}
    assert all(s.who.os_user == "test" for s in history.steps)
    assert history.last_approval.note == "baik"
    changes = {(c.entity, c.change): c for c in history.since_approval}
    assert set(changes) == {("rhk", "changed"), ("lampiran_item", "added")}
    assert changes[("rhk", "changed")].fields == {
        "text": ("Tersedianya layanan aplikasi", "Tersedianya layanan aplikasi terpadu")}
    assert changes[("lampiran_item", "added")].label == "Teguran"


def test_removed_rows_after_approval_are_listed(office):
    head, kabid, _ = three_levels(office)
    office.acting.act_as(head.nip)
    skp, rhk = _complete_skp(office, kabid.id)
    extra = office.skp.add_rhk(skp.id, "RHK tambahan", kind="tambahan").value
    office.skp.add_indicator(extra.id, "Jumlah laporan", aspect="kuantitas", target_value="1",
                             target_unit="laporan")
    office.skp.submit(skp.id)
    office.skp.approve(skp.id)
    office.skp.reopen(skp.id, "ubah")
    office.skp.delete_rhk(extra.id)
    history = office.skp_history.history(skp.id)
    assert [(c.entity, c.change, c.label) for c in history.since_approval] == [
        ("rhk", "removed", "RHK tambahan"), ("indikator", "removed", "Jumlah laporan")]


def test_never_approved_has_no_changes_and_unknown_skp_is_refused(office):
    _, kabid, _ = three_levels(office)
    skp, _ = _complete_skp(office, kabid.id)
    history = office.skp_history.history(skp.id)
    assert history.last_approval is None and history.since_approval == []
    with pytest.raises(DomainError) as err:
        office.skp_history.history("nope")
    assert err.value.code is ErrorCode.SKP_NOT_FOUND


def test_person_is_preferred_over_the_os_user():
    person = json.dumps({"nip": "1", "name": "Admin", "on_behalf_of": {"nip": "2", "name": "Bu Dewi"},
                         "reason": "sedang dinas luar"})
    who = actor_of("budi@laptop", person)
    assert who.label == "Admin (1) atas nama Bu Dewi" and who.reason == "sedang dinas luar"
    assert actor_of("budi@laptop", None).label == "budi@laptop"
    assert actor_of("budi@laptop", "{not json").label == "budi@laptop"
    entry = JournalEntry("e1", "d", 1, "0001", "budi@laptop", "skp", "s1", "update",
                         {"status": ["draft", "diajukan"], "status_note": ["", "ok"]}, "2026-01-01")
    history = build_history("s1", [(entry, json.dumps({"nip": "9", "name": "Sari"}))], {}, {})
    assert [(s.action, s.who.label, s.note) for s in history.steps] == [("submit", "Sari (9)", "ok")]
