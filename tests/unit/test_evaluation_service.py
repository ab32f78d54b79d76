"""Evaluasi kinerja through `EvaluationService` on a real database (issue 12): the nine matrix
cells, the override and its reason, the JPT rule, snapshots that survive staff changes,
ditetapkan read-only, reopen as revision 2, roles, bad input writing nothing, the derived final
status, the team read and the workspace."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from skpdesk.domain.errors import ErrorCode
from skpdesk.domain.evaluation import (MATRIX, EvaluationStatus, OrgPredikat, Predikat, Rating,
                                       predikat_of)
from skpdesk.messages.render import message_for

from .helpers_evaluation import MAY, TW1, YEAR, act, approve, eval_team
from .helpers_office import NIP_HEAD, person
from .helpers_plans import refused

NIP_JPT = "197505052000031002"
NIP_STAFF_AHLI = "197606062001121003"


@pytest.fixture
def t(services):
    return eval_team(services)


def rate(services, t, **kw):
    kw.setdefault("today", MAY)
    return services.evaluations.rate(t["skp"].id, TW1, **kw).value


# --- the matrix
def test_the_matrix_has_the_nine_cells_of_the_reference():
    expected = {("diatas", "diatas"): "Sangat Baik", ("diatas", "sesuai"): "Baik",
                ("diatas", "dibawah"): "Kurang/Misconduct", ("sesuai", "diatas"): "Baik",
                ("sesuai", "sesuai"): "Baik", ("sesuai", "dibawah"): "Kurang/Misconduct",
                ("dibawah", "diatas"): "Butuh Perbaikan",
                ("dibawah", "sesuai"): "Butuh Perbaikan",
                ("dibawah", "dibawah"): "Sangat Kurang"}
    assert len(MATRIX) == 9
    for (h, p), label in expected.items():
        assert predikat_of(Rating(h), Rating(p)).label == label


def test_all_nine_cells_through_the_service(services, t):
    for h, p in itertools.product(Rating, Rating):
        ev = rate(services, t, hasil=h.value, perilaku=p.value)
        assert ev.predikat is predikat_of(h, p) and not ev.predikat_override
        assert (ev.revision, ev.status) == (1, EvaluationStatus.DRAFT)
    assert len(services.evaluations.history(t["skp"].id, TW1, today=MAY)) == 1


def test_override_needs_a_reason_naming_the_matrix_result(services, t):
    err = refused(services, ErrorCode.EVAL_OVERRIDE_REASON_REQUIRED,
                  lambda: rate(services, t, hasil="diatas", perilaku="sesuai",
                               predikat="Sangat Baik"))
    text = message_for(err.code, err.params)
    assert "Sangat Baik" in text and "(Baik)" in text and "Alasan" in text
    ev = rate(services, t, hasil="diatas", perilaku="sesuai", predikat="sangat baik",
              reason="Inovasi layanan daring di luar target")
    assert (ev.predikat, ev.predikat_override) == (Predikat.SANGAT_BAIK, True)
    assert ev.override_reason == "Inovasi layanan daring di luar target"
    same = rate(services, t, hasil="diatas", perilaku="sesuai", predikat="Baik", reason="x")
    assert (same.predikat, same.predikat_override, same.override_reason) == (
        Predikat.BAIK, False, "")


# --- the JPT rule
def _jpt_team(services, t):
    """A Kepala Badan (JPT heading their own unit, rated by the Kepala Dinas) and a JPT staf
    ahli inside the Kepala Dinas's own unit (not a unit head)."""
    act(services, None)
    leader = services.staff.add(person("Hendra Wijaya", NIP_JPT, rank="IV/b",
                                       position="Kepala Badan Keuangan", kind="jpt",
                                       unit="Badan Keuangan", supervisor=NIP_HEAD)).value
    ahli = services.staff.add(person("Sri Wahyuni", NIP_STAFF_AHLI, rank="IV/b",
                                     position="Staf Ahli Bupati", kind="jpt", unit="Dinas",
                                     supervisor=NIP_HEAD)).value
    skps = {}
    for who in (leader, ahli):
        skp = services.skp.create(who.id, YEAR).value
        rhk = services.skp.add_rhk(skp.id, "Meningkatnya kualitas pengelolaan keuangan").value
        services.skp.add_indicator(rhk.id, "Opini BPK", target_value="WTP")
        approve(services, skp.id, who, t["head"])
        skps[who.id] = skp.id
    act(services, t["head"])
    return leader, ahli, skps


def _set_org(services, unit_id, predikat: OrgPredikat):
    with services.db.unit_of_work("test") as uow:
        uow.organisation.set_org_predikat(unit_id, TW1, {"predikat": predikat.value,
                                                         "set_on": MAY, "set_by_name": "test"})


def test_jpt_leader_gets_the_org_predikat_as_rating_hasil(services, t):
    leader, ahli, skps = _jpt_team(services, t)
    err = refused(services, ErrorCode.EVAL_JPT_NEEDS_ORG_PREDIKAT,
                  lambda: services.evaluations.rate(skps[leader.id], TW1, perilaku="sesuai",
                                                    today=MAY))
    assert "Badan Keuangan" in message_for(err.code, err.params)
    _set_org(services, leader.unit_id, OrgPredikat.ISTIMEWA)
    ev = services.evaluations.rate(skps[leader.id], TW1, perilaku="sesuai", today=MAY).value
    assert (ev.rating_hasil, ev.hasil_from_org, ev.predikat) == (Rating.DIATAS, True,
                                                                 Predikat.BAIK)
    assert ev.org_predikat is OrgPredikat.ISTIMEWA
    err = refused(services, ErrorCode.EVAL_JPT_HASIL_FROM_ORG,
                  lambda: services.evaluations.rate(skps[leader.id], TW1, hasil="dibawah",
                                                    perilaku="sesuai", today=MAY))
    text = message_for(err.code, err.params)
    assert "Istimewa" in text and "Di Atas Ekspektasi" in text and "Di Bawah" in text
    # the same rating given explicitly is accepted
    services.evaluations.rate(skps[leader.id], TW1, hasil="diatas", perilaku="diatas", today=MAY)
    ws = services.evaluations.workspace(leader.id, TW1, today=MAY)
    assert ws.jpt_rule and "Istimewa" in ws.matrix_hint


def test_a_jpt_who_leads_no_unit_and_a_non_jpt_leader_are_rated_normally(services, t):
    _, ahli, skps = _jpt_team(services, t)
    refused(services, ErrorCode.EVAL_RATING_REQUIRED,
            lambda: services.evaluations.rate(skps[ahli.id], TW1, perilaku="sesuai", today=MAY))
    ev = services.evaluations.rate(skps[ahli.id], TW1, hasil="dibawah", perilaku="sesuai",
                                   today=MAY).value
    assert (ev.rating_hasil, ev.hasil_from_org) == (Rating.DIBAWAH, False)
    # the Kepala Bidang heads a unit but is an administrator: the rule does not apply
    ev = services.evaluations.rate(t["kabid_skp"].id, TW1, hasil="sesuai", perilaku="sesuai",
                                   today=MAY).value
    assert (ev.rating_hasil, ev.hasil_from_org) == (Rating.SESUAI, False)


# --- states
def test_ditetapkan_is_read_only_and_reopen_makes_revision_2(services, t):
    rate(services, t, hasil="diatas", perilaku="diatas", note="Pertahankan")
    ev = services.evaluations.set(t["skp"].id, TW1, today=MAY).value
    assert (ev.status, ev.set_on, ev.keberatan_deadline) == (
        EvaluationStatus.DITETAPKAN, MAY, MAY + dt.timedelta(days=14))
    err = refused(services, ErrorCode.EVAL_READ_ONLY,
                  lambda: rate(services, t, hasil="sesuai", perilaku="sesuai"))
    assert "skpdesk eval reopen" in message_for(err.code, err.params)
    refused(services, ErrorCode.EVAL_READ_ONLY,
            lambda: services.evaluations.note(t["skp"].id, TW1, "x", today=MAY))
    refused(services, ErrorCode.EVAL_READ_ONLY,
            lambda: services.evaluations.set(t["skp"].id, TW1, today=MAY))
    act(services, t["staff"])
    refused(services, ErrorCode.EVAL_READ_ONLY,
            lambda: services.evaluations.self_assess(t["skp"].id, TW1, hasil="diatas",
                                                     today=MAY))
    act(services, t["kabid"])
    refused(services, ErrorCode.EVAL_REOPEN_REASON_REQUIRED,
            lambda: services.evaluations.reopen(t["skp"].id, TW1, "  ", today=MAY))
    two = services.evaluations.reopen(t["skp"].id, TW1, "Salah memilih rating",
                                      today=MAY).value
    assert (two.revision, two.status, two.reopen_reason) == (2, EvaluationStatus.DRAFT,
                                                             "Salah memilih rating")
    assert (two.rating_hasil, two.predikat, two.note, two.set_on) == (
        Rating.DIATAS, Predikat.SANGAT_BAIK, "Pertahankan", None)
    history = services.evaluations.history(t["skp"].id, TW1, today=MAY)
    assert [(e.revision, e.status) for e in history] == [(1, EvaluationStatus.DIGANTI),
                                                         (2, EvaluationStatus.DRAFT)]
    assert history[0].set_on == MAY       # the old revision stays what it was
    refused(services, ErrorCode.EVAL_NOT_SET,
            lambda: services.evaluations.reopen(t["skp"].id, TW1, "lagi", today=MAY))
    ev = rate(services, t, hasil="sesuai", perilaku="sesuai")
    assert (ev.revision, ev.predikat) == (2, Predikat.BAIK)


def test_final_is_derived_after_the_keberatan_window(services, t):
    rate(services, t, hasil="sesuai", perilaku="sesuai")
    services.evaluations.set(t["skp"].id, TW1, today=MAY)
    day14, day15 = MAY + dt.timedelta(days=14), MAY + dt.timedelta(days=15)
    assert services.evaluations.get(t["skp"].id, TW1, today=day14).status is \
        EvaluationStatus.DITETAPKAN
    final = services.evaluations.get(t["skp"].id, TW1, today=day15)
    assert (final.status, final.stored_status) == (EvaluationStatus.FINAL,
                                                   EvaluationStatus.DITETAPKAN)
    refused(services, ErrorCode.EVAL_READ_ONLY,
            lambda: rate(services, t, hasil="diatas", perilaku="sesuai", today=day15))
    # the pejabat penilai may still reopen it with a reason (no keberatan was decided)
    two = services.evaluations.reopen(t["skp"].id, TW1, "Data realisasi terlambat masuk",
                                      today=day15).value
    assert two.revision == 2


def test_final_by_a_keberatan_decision_cannot_be_reopened(services, t):
    rate(services, t, hasil="sesuai", perilaku="sesuai")
    ev = services.evaluations.set(t["skp"].id, TW1, today=MAY).value
    with services.db.unit_of_work("test") as uow:   # what a keberatan "keep" decision writes
        uow.evaluations.update(ev.id, {"status": EvaluationStatus.FINAL, "final_on": MAY})
    refused(services, ErrorCode.EVAL_FINAL_BY_KEBERATAN,
            lambda: services.evaluations.reopen(t["skp"].id, TW1, "alasan", today=MAY))


def test_set_needs_both_ratings(services, t):
    act(services, t["staff"])
    ev = services.evaluations.self_assess(t["skp"].id, TW1, hasil="diatas", perilaku="sesuai",
                                          reflection="Target tercapai", today=MAY).value
    assert (ev.self_hasil, ev.self_perilaku, ev.self_reflection, ev.rating_hasil) == (
        Rating.DIATAS, Rating.SESUAI, "Target tercapai", None)
    act(services, t["kabid"])
    err = refused(services, ErrorCode.EVAL_INCOMPLETE,
                  lambda: services.evaluations.set(t["skp"].id, TW1, today=MAY))
    assert "Rating hasil kerja" in message_for(err.code, err.params)


# --- snapshots
def test_snapshots_survive_staff_changes_after_ditetapkan(services, t):
    rate(services, t, hasil="diatas", perilaku="sesuai")
    services.evaluations.set(t["skp"].id, TW1, today=MAY)
    act(services, None)
    staff = services.staff.get(t["staff"].id)
    services.staff.edit(staff, {"nama": "Agus Santoso Wibowo", "golongan": "III/c",
                                "unit": "Dinas/Sekretariat", "nip_atasan": NIP_HEAD})
    kabid = services.staff.get(t["kabid"].id)
    services.staff.edit(kabid, {"nama": "Dewi Lestari Putri"})
    ev = services.evaluations.get(t["skp"].id, TW1, today=MAY)
    assert ev.pegawai.name == "Agus Santoso"
    assert ev.pegawai.pangkat == "Penata Muda Tingkat I, III/b"
    assert ev.pegawai.unit == "Dinas / Bidang Aplikasi Informatika"
    assert ev.pegawai.nip == "19900101 201503 2 003"
    assert ev.pegawai.jabatan == "Pranata Komputer Ahli Pertama"
    assert ev.penilai.name == "Dewi Lestari" and ev.atasan.name == "Bambang Sutrisno"


# --- roles
def test_only_the_pejabat_penilai_rates_and_only_the_pegawai_self_assesses(services, t):
    for who in (t["rina"], t["head"], t["admin"], t["staff"]):
        act(services, who)
        err = refused(services, ErrorCode.EVAL_RATER_REFUSED,
                      lambda: rate(services, t, hasil="sesuai", perilaku="sesuai"))
    assert "Dewi Lestari" in message_for(err.code, err.params)
    act(services, None)
    refused(services, ErrorCode.ACTING_UNKNOWN,
            lambda: rate(services, t, hasil="sesuai", perilaku="sesuai"))
    act(services, t["kabid"])
    err = refused(services, ErrorCode.EVAL_SELF_REFUSED,
                  lambda: services.evaluations.self_assess(t["skp"].id, TW1, hasil="diatas",
                                                           today=MAY))
    assert "Agus Santoso" in message_for(err.code, err.params)


# --- bad input
def test_bad_input_names_the_field_and_writes_nothing(services, t):
    err = refused(services, ErrorCode.RATING_INVALID,
                  lambda: rate(services, t, hasil="luar biasa", perilaku="sesuai"))
    assert "Rating hasil kerja" in message_for(err.code, err.params)
    refused(services, ErrorCode.RATING_INVALID,
            lambda: rate(services, t, hasil="sesuai", perilaku="bagus"))
    refused(services, ErrorCode.EVAL_RATING_REQUIRED,
            lambda: rate(services, t, hasil="sesuai"))
    refused(services, ErrorCode.PREDIKAT_INVALID,
            lambda: rate(services, t, hasil="sesuai", perilaku="sesuai", predikat="Cemerlang",
                         reason="x"))
    refused(services, ErrorCode.PERIOD_UNKNOWN,
            lambda: services.evaluations.rate(t["skp"].id, "2026-TW5", hasil="sesuai",
                                              perilaku="sesuai", today=MAY))
    err = refused(services, ErrorCode.EVAL_PERIOD_NOT_STARTED,
                  lambda: services.evaluations.rate(t["skp"].id, f"{YEAR}-TW3", hasil="sesuai",
                                                    perilaku="sesuai", today=MAY))
    assert "1 Juli 2026" in message_for(err.code, err.params)
    refused(services, ErrorCode.PERIOD_OUTSIDE_SKP,
            lambda: services.evaluations.rate(t["skp"].id, "2025-TW1", hasil="sesuai",
                                              perilaku="sesuai", today=MAY))


def test_an_skp_that_is_not_approved_cannot_be_evaluated(services, t):
    act(services, None)
    draft = services.skp.create(t["head"].id, YEAR).value
    act(services, t["kabid"])
    err = refused(services, ErrorCode.EVAL_SKP_NOT_APPROVED,
                  lambda: services.evaluations.rate(draft.id, TW1, hasil="sesuai",
                                                    perilaku="sesuai", today=MAY))
    assert "Draft" in message_for(err.code, err.params)


def test_skp_for_a_pegawai_without_an_skp_of_the_year(services, t):
    with pytest.raises(Exception) as info:
        services.evaluations.skp_for(t["head"].id, TW1)
    assert info.value.code is ErrorCode.EVAL_NO_SKP
    assert services.evaluations.skp_for(t["staff"].id, TW1).id == t["skp"].id


# --- reads
def test_for_period_lists_the_team_with_their_evaluations(services, t):
    rate(services, t, hasil="diatas", perilaku="diatas")
    team = services.evaluations.for_period(TW1, penilai_id=t["kabid"].id, today=MAY)
    assert [m.pegawai.name for m in team] == ["Agus Santoso", "Rina Marlina"]
    assert team[0].evaluation.predikat is Predikat.SANGAT_BAIK and team[1].evaluation is None
    assert team[1].skp_id == t["rina_skp"].id
    unit = services.evaluations.for_period(TW1, unit_id="Dinas/Bidang Aplikasi Informatika",
                                           today=MAY)
    assert [m.pegawai.name for m in unit] == ["Agus Santoso", "Dewi Lestari", "Rina Marlina"]


def test_workspace_shows_the_period_and_what_the_actor_may_do(services, t):
    ind = t["skp"].rhk[0].indicators[0]
    act(services, t["staff"])
    services.plans.set_action_plan(t["skp"].id, t["skp"].rhk[0].id, TW1, "Menyusun rancangan",
                                   today=dt.date(YEAR, 3, 1))
    services.plans.set_realisasi(ind.id, TW1, "3", today=dt.date(YEAR, 3, 1))
    ws = services.evaluations.workspace(t["staff"].id, TW1, today=MAY)
    assert (ws.may_rate, ws.may_self_assess, ws.problem) == (False, True, None)
    row = ws.rows[0]
    assert (row.number, row.rencana_aksi) == ("1", "Menyusun rancangan")
    assert (row.indicators[0].target, row.indicators[0].realisasi) == ("4 Dokumen", "3")
    assert [b.number for b in ws.behaviours] == list(range(1, 8))
    akhir = services.evaluations.workspace(t["staff"].id, f"{YEAR}-AKHIR", today=MAY)
    assert akhir.rows[0].indicators[0].realisasi == "Triwulan I: 3"
    act(services, t["kabid"])
    rate(services, t, hasil="sesuai", perilaku="sesuai")
    ws = services.evaluations.workspace(t["staff"].id, TW1, today=MAY)
    assert ws.may_rate and not ws.may_self_assess and ws.evaluation.predikat is Predikat.BAIK
    none = services.evaluations.workspace(t["head"].id, TW1, today=MAY)
    assert none.skp is None and none.problem.code is ErrorCode.EVAL_NO_SKP
