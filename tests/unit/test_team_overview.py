"""TeamOverviewService and ActionItemsService on a real SQLite office (issue 9)."""

from skpdesk.domain.team import SkpState, skp_state
from skpdesk.services.action_items import (ACTION_SOURCES, ActionItem, ActionTarget,
                                           register_source)

from .helpers_office import NIP_KABID, person, three_levels

YEAR = 2026


def _office(office):
    head, kabid, staff = three_levels(office)
    second = office.staff.add(person("Budi Hartono", "199202022016031004", unit="Dinas/Bidang "
                                     "Aplikasi Informatika/Seksi Data", supervisor=NIP_KABID)).value
    office.acting.act_as(NIP_KABID)  # the workflow steps below are the Kepala Bidang's (penilai)
    return head, kabid, staff, second


def _submittable(office, pegawai_id):
    """A draft SKP of YEAR complete enough to submit."""
    skp = office.skp.create(pegawai_id, YEAR).value
    rhk = office.skp.add_rhk(skp.id, "Tersedianya modul aplikasi").value
    for aspect, target in (("kuantitas", "2"), ("kualitas", "100"), ("waktu", "12")):
        office.skp.add_indicator(rhk.id, f"IKI {aspect}", aspect=aspect, target_value=target,
                                 target_unit="Dokumen")
    return skp


def test_skp_state_rule():
    assert skp_state(None, None) is SkpState.BELUM_DIBUAT
    assert skp_state("draft", None) is SkpState.DRAFT
    assert skp_state("draft", "diajukan") is SkpState.DIKEMBALIKAN
    assert skp_state("draft", "disetujui") is SkpState.DRAFT  # reopened
    assert skp_state("diajukan", "draft") is SkpState.DIAJUKAN


def test_unit_tree_counts_and_states(office):
    head, kabid, staff, second = _office(office)
    skp = _submittable(office, staff.id)
    office.skp.submit(skp.id)
    office.skp.create(kabid.id, YEAR)
    units = office.team.units(YEAR)
    assert [u.path for u in units] == ["Dinas", "Dinas/Bidang Aplikasi Informatika",
                                       "Dinas/Bidang Aplikasi Informatika/Seksi Data"]
    root, bidang, seksi = units
    assert (root.direct, root.total) == (1, 4)
    assert (bidang.direct, bidang.total) == (2, 3) and (seksi.direct, seksi.total) == (1, 1)
    assert root.states == {SkpState.BELUM_DIBUAT: 2, SkpState.DIAJUKAN: 1, SkpState.DRAFT: 1}
    filtered = office.team.units(YEAR, states=[SkpState.BELUM_DIBUAT])
    assert [(u.direct, u.total) for u in filtered] == [(1, 2), (0, 1), (1, 1)]
    members = office.team.members(bidang.id, YEAR)
    assert [(m.full_name, m.state) for m in members] == [
        ("Agus Santoso", SkpState.DIAJUKAN), ("Dewi Lestari", SkpState.DRAFT)]
    assert members[0].skp_id == skp.id
    assert office.team.members(bidang.id, YEAR, limit=1, offset=1)[0].id == kabid.id
    assert office.team.row_in_unit(kabid.id, YEAR) == 1
    assert office.team.row_in_unit(kabid.id, YEAR, states=[SkpState.DIAJUKAN]) is None


def test_returned_draft_is_dikembalikan_and_reopened_is_draft(office):
    head, kabid, staff, second = _office(office)
    returned = _submittable(office, staff.id)
    office.skp.submit(returned.id)
    office.skp.return_to_draft(returned.id, "Perbaiki target")
    reopened = _submittable(office, second.id)
    office.skp.submit(reopened.id)
    office.skp.approve(reopened.id)
    office.skp.reopen(reopened.id, "Revisi")
    states = {m.id: m.state for m in office.team.direct_reports(kabid.id, YEAR)}
    assert states == {staff.id: SkpState.DIKEMBALIKAN, second.id: SkpState.DRAFT}
    office.skp.submit(returned.id)  # resubmitted: no longer waiting for the pegawai
    assert office.team.member(staff.id, YEAR).state is SkpState.DIAJUKAN


def test_search_in_tree_order_with_unit_chain(office):
    head, kabid, staff, second = _office(office)
    matches = office.team.search("s", YEAR)  # Bambang Sutrisno, Agus Santoso, Dewi Lestari
    names = [m.member.full_name for m in matches]
    assert names == ["Bambang Sutrisno", "Agus Santoso", "Dewi Lestari"]
    units = office.team.units(YEAR)
    assert matches[1].unit_chain == (units[0].id, units[1].id)
    assert [m.member.id for m in office.team.search("1992 0202", YEAR)] == [second.id]
    assert office.team.search("   ", YEAR) == []


def test_action_items_for_a_penilai(office):
    head, kabid, staff, second = _office(office)
    submitted = _submittable(office, staff.id)
    office.skp.submit(submitted.id)
    groups = {g.key: g.items for g in office.actions.collect(kabid.id, YEAR)}
    assert [i.target for i in groups["awaiting_approval"]] == [
        ActionTarget("skp", staff.id, skp_id=submitted.id)]
    assert [i.target.pegawai_id for i in groups["without_skp"]] == [second.id]
    assert groups["returned"] == [] and groups["orphan_rhk"] == []
    office.skp.return_to_draft(submitted.id, "Lengkapi")
    groups = {g.key: g.items for g in office.actions.collect(kabid.id, YEAR)}
    assert groups["awaiting_approval"] == []
    assert [i.target.pegawai_id for i in groups["returned"]] == [staff.id]
    assert office.actions.collect(None, YEAR) == []


def test_orphan_rhk_of_my_team(office):
    head, kabid, staff, second = _office(office)
    mine = office.skp.create(kabid.id, YEAR).value
    parent = office.skp.add_rhk(mine.id, "Layanan aplikasi tersedia").value
    theirs = office.skp.create(staff.id, YEAR).value
    office.skp.add_rhk(theirs.id, "Aplikasi terpelihara")
    groups = {g.key: g.items for g in office.actions.collect(kabid.id, YEAR)}
    [item] = groups["orphan_rhk"]
    assert item.target.kind == "cascade" and item.target.pegawai_id == staff.id
    assert item.detail == "Aplikasi terpelihara" and parent is not None


def test_a_registered_source_is_collected(office):
    head, kabid, staff, second = _office(office)

    class Later:
        key = "test_later"
        label = "Tindak lanjut"

        def items(self, reader, me_id, year):
            return [ActionItem(self.key, "x", "y", ActionTarget("pegawai", me_id))]

    register_source(Later())
    try:
        groups = office.actions.collect(kabid.id, YEAR)
        assert groups[-1].key == "test_later" and groups[-1].items[0].target.pegawai_id == kabid.id
    finally:
        ACTION_SOURCES[:] = [s for s in ACTION_SOURCES if s.key != "test_later"]


def _leave(services, pegawai_id, status="pensiun"):
    services.staff.set_employment_status(pegawai_id, status)


def test_inactive_pegawai_are_hidden_unless_asked_for(office):
    head, kabid, staff, second = _office(office)
    _leave(office, second.id)
    units = office.team.units(YEAR)
    assert [u.total for u in units] == [3, 2, 0]
    assert [u.total for u in office.team.units(YEAR, show_inactive=True)] == [4, 3, 1]
    assert [m.id for m in office.team.direct_reports(kabid.id, YEAR)] == [staff.id]
    assert office.team.search("Budi", YEAR) == []
    [found] = office.team.search("Budi", YEAR, show_inactive=True)
    assert found.member.id == second.id and not found.member.active
    groups = {g.key: g.items for g in office.actions.collect(kabid.id, YEAR)}
    assert [i.target.pegawai_id for i in groups["without_skp"]] == [staff.id]
