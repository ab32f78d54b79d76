"""Planning an SKP: parts, parent RHK rules, workflow and read-only approved SKPs, copying."""

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import Aspect, LostLinkReason, RhkKind, SkpForm, SkpStatus

from .helpers_office import NIP_PPPK, person, three_levels


def _code(excinfo):
    return excinfo.value.code


@pytest.fixture
def team(office):
    head, kabid, staff = three_levels(office)
    top = office.skp.create(head.id, 2026).value
    top_rhk = office.skp.add_rhk(top.id, "Meningkatnya kualitas layanan digital",
                                 perspective="penerima_layanan",
                                 assignment_from="Bupati").value
    office.skp.add_indicator(top_rhk.id, "Indeks kepuasan layanan", target_value="85", target_unit="%")
    mid = office.skp.create(kabid.id, 2026).value
    mid_rhk = office.skp.add_rhk(mid.id, "Aplikasi layanan publik terintegrasi",
                                 parent_rhk_id=top_rhk.id).value
    return office, head, kabid, staff, top, top_rhk, mid, mid_rhk


def _complete(services, skp_id, parent_id=None):
    rhk = services.skp.add_rhk(skp_id, "Tersedianya modul aplikasi", parent_rhk_id=parent_id).value
    for aspect, target in (("kuantitas", "2"), ("kualitas", "100"), ("waktu", "12")):
        services.skp.add_indicator(rhk.id, f"IKI {aspect}", aspect=aspect, target_value=target,
                                   target_unit="Dokumen")
    return rhk


def test_form_follows_position_kind(team):
    office, head, kabid, staff, top, *_ = team
    assert top.form is SkpForm.JPT
    assert office.skp.create(staff.id, 2026).value.form is SkpForm.JA_JF


def test_new_skp_has_seven_behaviours_and_full_year(team):
    office, *_, mid, _ = team
    skp = office.skp.get(mid.id)
    assert [b.core_value.name for b in skp.behaviours] == [
        "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]
    assert all(len(b.core_value.guides) == 3 for b in skp.behaviours)
    assert (skp.period_start.isoformat(), skp.period_end.isoformat()) == ("2026-01-01", "2026-12-31")


def test_parent_must_be_an_rhk_of_the_supervisors_skp(team):
    office, head, kabid, staff, top, top_rhk, mid, mid_rhk = team
    skp = office.skp.create(staff.id, 2026).value
    assert [r.id for r in office.skp.parent_candidates(skp.id)] == [mid_rhk.id]
    with pytest.raises(DomainError) as err:  # the grand-supervisor's RHK is not a candidate
        office.skp.add_rhk(skp.id, "RHK", parent_rhk_id=top_rhk.id)
    assert _code(err) is ErrorCode.RHK_PARENT_NOT_SUPERVISOR
    assert err.value.params["field"] == "rhk_intervensi"
    rhk = office.skp.add_rhk(skp.id, "RHK", parent_rhk_id=mid_rhk.id).value
    assert rhk.parent_rhk_id == mid_rhk.id
    assert office.skp.get(skp.id).rhk[0].parent_rhk_text == mid_rhk.text


def test_tambahan_rhk_has_no_parent(team):
    office, *_, mid, mid_rhk = team
    office_skp = office.skp.create(team[3].id, 2026).value
    with pytest.raises(DomainError) as err:
        office.skp.add_rhk(office_skp.id, "Tugas tambahan", kind="tambahan", parent_rhk_id=mid_rhk.id)
    assert _code(err) is ErrorCode.RHK_PARENT_FOR_TAMBAHAN


def test_perspective_only_on_jpt_and_aspect_rules(team):
    office, *_, mid, mid_rhk = team
    with pytest.raises(DomainError) as err:
        office.skp.add_rhk(mid.id, "RHK", perspective="anggaran")
    assert _code(err) is ErrorCode.RHK_PERSPECTIVE_JPT_ONLY
    with pytest.raises(DomainError) as err:
        office.skp.add_indicator(mid_rhk.id, "IKI tanpa aspek", target_value="1")
    assert _code(err) is ErrorCode.INDICATOR_ASPECT_REQUIRED
    with pytest.raises(DomainError) as err:
        office.skp.add_indicator(mid_rhk.id, "IKI", aspect="rasa", target_value="1")
    assert _code(err) is ErrorCode.FIELD_INVALID_CHOICE and err.value.params["field"] == "aspek"
    top_rhk = team[5]
    with pytest.raises(DomainError) as err:
        office.skp.add_indicator(top_rhk.id, "IKI", aspect="kuantitas", target_value="1")
    assert _code(err) is ErrorCode.INDICATOR_ASPECT_NOT_ALLOWED


def test_kualitatif_indicators_have_no_aspect(team):
    office, head, kabid, staff, *_ = team
    skp = office.skp.create(staff.id, 2026, approach="kualitatif").value
    rhk = office.skp.add_rhk(skp.id, "Terlaksananya pendampingan aplikasi").value
    rhk = office.skp.add_indicator(rhk.id, "Pendampingan dilaksanakan tepat waktu untuk 10 OPD").value
    assert rhk.indicators[0].aspect is None


def test_reorder_rhk_and_indicators(team):
    office, *_, mid, mid_rhk = team
    second = office.skp.add_rhk(mid.id, "RHK kedua").value
    third = office.skp.add_rhk(mid.id, "RHK ketiga").value
    skp = office.skp.move_rhk(third.id, 1).value
    assert [r.text for r in skp.rhk_of(RhkKind.UTAMA)] == ["RHK ketiga", mid_rhk.text, "RHK kedua"]
    assert [r.position for r in skp.rhk_of(RhkKind.UTAMA)] == [1, 2, 3]
    for aspect in ("kuantitas", "kualitas", "waktu"):
        office.skp.add_indicator(second.id, f"IKI {aspect}", aspect=aspect, target_value="1")
    rhk = office.skp.get(mid.id).rhk_of(RhkKind.UTAMA)[2]
    moved = office.skp.move_indicator(rhk.indicators[2].id, 1).value
    assert [i.aspect for i in moved.indicators] == [Aspect.WAKTU, Aspect.KUANTITAS, Aspect.KUALITAS]
    office.skp.delete_rhk(second.id)
    assert [r.position for r in office.skp.get(mid.id).rhk_of(RhkKind.UTAMA)] == [1, 2]


def test_rhk_intervened_by_a_subordinate_cannot_be_deleted(team):
    office, *_, top_rhk, mid, mid_rhk = team
    with pytest.raises(DomainError) as err:
        office.skp.delete_rhk(top_rhk.id)
    assert _code(err) is ErrorCode.RHK_IN_USE


def test_submit_needs_a_complete_skp(team):
    office, head, kabid, staff, top, top_rhk, mid, mid_rhk = team
    office.acting.act_as(head.nip)  # the penilai of the Kabid's SKP may submit it
    with pytest.raises(DomainError) as err:
        office.skp.submit(mid.id)
    assert _code(err) is ErrorCode.SKP_INCOMPLETE
    assert {"rule": "rhk_without_indicator", "rhk": "A.1"} in err.value.params["problems"]
    empty = office.skp.create(staff.id, 2026).value
    office.acting.act_as(staff.nip)
    with pytest.raises(DomainError) as err:
        office.skp.submit(empty.id)
    assert {"rule": "no_utama_rhk"} in err.value.params["problems"]
    assert office.skp.get(empty.id).status is SkpStatus.DRAFT


def test_workflow_submit_return_submit_approve_reopen(team):
    office, head, kabid, staff, top, top_rhk, mid, mid_rhk = team
    skp = office.skp.create(staff.id, 2026).value
    _complete(office, skp.id, mid_rhk.id)
    office.acting.act_as(staff.nip)  # the pegawai submits
    assert office.skp.submit(skp.id).value.status is SkpStatus.DIAJUKAN
    office.acting.act_as(kabid.nip)  # the pejabat penilai returns, approves, reopens
    with pytest.raises(DomainError) as err:
        office.skp.return_to_draft(skp.id, "   ")
    assert _code(err) is ErrorCode.SKP_NOTE_REQUIRED and err.value.params["field"] == "catatan"
    returned = office.skp.return_to_draft(skp.id, "Target kualitas belum terukur").value
    assert returned.status is SkpStatus.DRAFT and returned.status_note == "Target kualitas belum terukur"
    office.acting.act_as(staff.nip)
    office.skp.submit(skp.id)
    office.acting.act_as(kabid.nip)
    approved = office.skp.approve(skp.id).value
    assert approved.status is SkpStatus.DISETUJUI and approved.read_only
    with pytest.raises(DomainError) as err:
        office.skp.approve(skp.id)
    assert _code(err) is ErrorCode.SKP_TRANSITION_NOT_ALLOWED
    with pytest.raises(DomainError) as err:
        office.skp.reopen(skp.id, "")
    assert _code(err) is ErrorCode.SKP_NOTE_REQUIRED
    reopened = office.skp.reopen(skp.id, "Perubahan anggaran").value
    assert reopened.status is SkpStatus.DRAFT and reopened.status_note == "Perubahan anggaran"
    office.skp.add_rhk(skp.id, "Boleh diubah lagi setelah dibuka kembali")


def test_approved_skp_is_read_only_for_every_edit(team):
    office, head, kabid, staff, top, top_rhk, mid, mid_rhk = team
    skp = office.skp.create(staff.id, 2026).value
    rhk = _complete(office, skp.id, mid_rhk.id)
    office.skp.add_lampiran(skp.id, "dukungan_sumber_daya", "Laptop")
    rhk = office.skp.get(skp.id).rhk[0]
    office.acting.act_as(kabid.nip)
    office.skp.submit(skp.id)
    office.skp.approve(skp.id)
    current = office.skp.get(skp.id)
    item = current.lampiran[0]
    edits = [
        lambda: office.skp.add_rhk(skp.id, "Baru"),
        lambda: office.skp.update_rhk(rhk.id, text="Diubah"),
        lambda: office.skp.delete_rhk(rhk.id),
        lambda: office.skp.move_rhk(rhk.id, 1),
        lambda: office.skp.add_indicator(rhk.id, "IKI", aspect="biaya", target_value="1"),
        lambda: office.skp.update_indicator(rhk.indicators[0].id, target_value="9"),
        lambda: office.skp.delete_indicator(rhk.indicators[0].id),
        lambda: office.skp.set_expectation(skp.id, current.behaviours[0].core_value.id, "x"),
        lambda: office.skp.add_lampiran(skp.id, "konsekuensi", "x"),
        lambda: office.skp.update_lampiran(item.id, "x"),
        lambda: office.skp.delete_lampiran(item.id),
        lambda: office.skp.set_approach(skp.id, "kualitatif"),
    ]
    for edit in edits:
        with pytest.raises(DomainError) as err:
            edit()
        assert _code(err) is ErrorCode.SKP_READ_ONLY
    assert office.skp.get(skp.id) == current


def test_submitted_skp_is_read_only_too(team):
    office, head, kabid, *_, mid, mid_rhk = team
    for aspect in ("kuantitas",):
        office.skp.add_indicator(mid_rhk.id, "IKI", aspect=aspect, target_value="1")
    office.acting.act_as(kabid.nip)
    office.skp.submit(mid.id)
    with pytest.raises(DomainError) as err:
        office.skp.add_rhk(mid.id, "Baru")
    assert _code(err) is ErrorCode.SKP_READ_ONLY


def test_one_skp_per_period_and_a_second_position_mid_year(team):
    office, head, kabid, staff, *_ = team
    office.skp.create(staff.id, 2026, period_start="2026-01-01", period_end="2026-06-30")
    with pytest.raises(DomainError) as err:
        office.skp.create(staff.id, 2026, period_start="2026-06-01", period_end="2026-12-31")
    assert _code(err) is ErrorCode.SKP_EXISTS
    second = office.skp.create(staff.id, 2026, period_start="2026-07-01", period_end="2026-12-31").value
    assert office.skp.find(staff.id, 2026).id == second.id
    with pytest.raises(DomainError) as err:
        office.skp.create(staff.id, 2027, period_start="2027-05-01", period_end="2027-02-01")
    assert _code(err) is ErrorCode.SKP_PERIOD_INVALID


def test_non_asn_gets_no_skp(office):
    bupati = office.staff.add(person("Sunaryanta", None, asn="NON_ASN", rank=None, position="Bupati",
                                     kind="jpt")).value
    with pytest.raises(DomainError) as err:
        office.skp.create(bupati.id, 2026)
    assert _code(err) is ErrorCode.SKP_NOT_ALLOWED_FOR_NON_ASN


def test_copy_from_last_year_carries_parts_and_relinks_parents(team):
    office, head, kabid, staff, top, top_rhk, mid, mid_rhk = team
    skp = office.skp.create(staff.id, 2026).value
    rhk = _complete(office, skp.id, mid_rhk.id)
    extra = office.skp.add_rhk(skp.id, "Tugas tambahan", kind="tambahan").value
    office.skp.add_indicator(extra.id, "Laporan kegiatan", aspect="kuantitas", target_value="1",
                             target_unit="Laporan")
    office.skp.add_lampiran(skp.id, "skema_pertanggungjawaban", "Laporan triwulan")
    office.skp.set_expectation(skp.id, skp.behaviours[1].core_value.id, "Tepat waktu")
    office.acting.act_as(kabid.nip)
    office.skp.submit(skp.id)
    office.skp.approve(skp.id)
    # The supervisor copies first, so the subordinate's link can follow the same RHK text.
    office.skp.copy_from_last_year(kabid.id, 2027)
    copied = office.skp.copy_from_last_year(staff.id, 2027).value
    new = copied.skp
    assert copied.lost_links == ()  # the supervisor copied first: every link followed
    assert new.year == 2027 and new.status is SkpStatus.DRAFT and new.revision == 1
    assert [(r.kind, r.text) for r in new.rhk] == [(RhkKind.UTAMA, rhk.text), (RhkKind.TAMBAHAN, "Tugas tambahan")]
    assert [i.target for i in new.rhk[0].indicators] == ["2 Dokumen", "100 Dokumen", "12 Dokumen"]
    assert new.rhk[0].parent_rhk_text == mid_rhk.text
    assert new.rhk[0].parent_rhk_id != mid_rhk.id  # the 2027 copy of the supervisor's RHK
    assert [i.text for i in new.lampiran] == ["Laporan triwulan"]
    assert new.behaviours[1].expectation == "Tepat waktu"
    assert office.skp.get(skp.id).status is SkpStatus.DISETUJUI  # the source is untouched
    with pytest.raises(DomainError) as err:
        office.skp.copy_from_last_year(staff.id, 2027)
    assert _code(err) is ErrorCode.SKP_EXISTS
    with pytest.raises(DomainError) as err:
        office.skp.copy_from_last_year(head.id, 2030)
    assert _code(err) is ErrorCode.SKP_NO_PREVIOUS


def test_copy_says_which_rhk_lost_their_link_and_why(team):
    office, head, kabid, staff, top, top_rhk, mid, mid_rhk = team
    skp = office.skp.create(staff.id, 2026).value
    rhk = _complete(office, skp.id, mid_rhk.id)
    office.skp.add_rhk(skp.id, "Tugas tambahan", kind="tambahan")
    # The Kepala Dinas has no 2027 SKP yet: the Kabid's RHK cannot follow its parent.
    copied = office.skp.copy_from_last_year(kabid.id, 2027).value
    [lost] = copied.lost_links
    assert (lost.kind, lost.position, lost.text, lost.parent_text, lost.reason) == (
        RhkKind.UTAMA, 1, mid_rhk.text, top_rhk.text, LostLinkReason.NO_SUPERVISOR_SKP)
    assert copied.skp.rhk[0].parent_rhk_id is None
    # The Kabid's 2027 SKP now holds the RHK under another text: no match for the staff's.
    office.skp.update_rhk(copied.skp.rhk[0].id, text="Aplikasi layanan publik yang lain")
    staff_copy = office.skp.copy_from_last_year(staff.id, 2027).value
    assert [(x.text, x.parent_text, x.reason) for x in staff_copy.lost_links] == [
        (rhk.text, mid_rhk.text, LostLinkReason.NO_MATCHING_RHK)]
    assert [r.parent_rhk_id for r in staff_copy.skp.rhk] == [None, None]


def test_pppk_gets_ja_jf_skp(office):
    p = office.staff.add(person("Rina Wulandari", NIP_PPPK, asn="PPPK", rank="IX",
                                position="Pranata Komputer Ahli Pertama", kind="fungsional",
                                jenjang="Ahli Pertama")).value
    assert office.skp.create(p.id, 2026).value.form is SkpForm.JA_JF


def test_switching_approach_keeps_indicators_consistent(team):
    office, head, kabid, staff, top, top_rhk, mid, mid_rhk = team
    skp = office.skp.create(staff.id, 2026).value
    _complete(office, skp.id, mid_rhk.id)
    switched = office.skp.set_approach(skp.id, "kualitatif").value
    assert all(i.aspect is None for i in switched.rhk[0].indicators)
    back = office.skp.set_approach(skp.id, "kuantitatif").value
    office.acting.act_as(staff.nip)
    with pytest.raises(DomainError) as err:
        office.skp.submit(back.id)
    rules = {p["rule"] for p in err.value.params["problems"]}
    assert rules == {"indicator_without_aspect"}
