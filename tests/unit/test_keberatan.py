"""Keberatan through `KeberatanService` on a real database (SKP-REFERENCE §2.5): the 14-day
window (day 14 allowed, day 15 refused), only the pegawai files, only the atasan pejabat
penilai explains and decides, finality (decided -> no reopen, no second keberatan, the
evaluation final), "ubah" writes revision n+1 final. Every refusal writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.cli.messages import message_for
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import (EvaluationStatus, KeberatanDecision, KeberatanStatus,
                                       Predikat, Rating)

from .helpers_evaluation import MAY, TW1, act, eval_team

SET_ON = MAY
DAY_14 = SET_ON + dt.timedelta(days=14)
DAY_15 = SET_ON + dt.timedelta(days=15)


@pytest.fixture
def t(services):
    t = eval_team(services)
    act(services, t["kabid"])
    services.evaluations.rate(t["skp"].id, TW1, hasil="sesuai", perilaku="sesuai", today=MAY)
    services.evaluations.set(t["skp"].id, TW1, today=SET_ON)
    return t


def refused(services, code, call):
    before = services.journal.count()
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.code is code, (info.value.code, info.value.params)
    assert services.journal.count() == before
    text = message_for(info.value.code, info.value.params)
    assert "{" not in text and text[0].isupper()
    return info.value


def file(services, t, today=SET_ON, reason="Realisasi triwulan I tidak dipertimbangkan"):
    act(services, t["staff"])
    return services.keberatan.file(t["skp"].id, TW1, reason, today=today).value


def test_pegawai_files_to_the_atasan_pejabat_penilai(services, t):
    k = file(services, t, today=DAY_14)
    assert k.status is KeberatanStatus.DIAJUKAN and k.is_open
    assert k.atasan_id == t["head"].id and "Bambang Sutrisno" in k.atasan_name
    assert (k.filed_on, k.period, k.pegawai_id) == (DAY_14, TW1, t["staff"].id)
    assert "Agus Santoso" in k.filed_by_name
    ev = services.evaluations.get(t["skp"].id, TW1, today=DAY_15 + dt.timedelta(days=30))
    # while it waits the evaluation is not final, whatever the date
    assert ev.status is EvaluationStatus.DITETAPKAN
    act(services, t["head"])
    assert [w.id for w in services.keberatan.waiting_for_me()] == [k.id]
    assert services.keberatan.for_evaluation(t["skp"].id, TW1).id == k.id


def test_day_15_is_too_late(services, t):
    act(services, t["staff"])
    err = refused(services, ErrorCode.KEBERATAN_TOO_LATE, lambda: services.keberatan.file(
        t["skp"].id, TW1, "Terlambat", today=DAY_15))
    text = message_for(err.code, err.params)
    assert "16 Mei 2026" in text and "2 Mei 2026" in text


def test_only_the_pegawai_files(services, t):
    for who in ("kabid", "head", "admin", "rina"):
        act(services, t[who])
        err = refused(services, ErrorCode.KEBERATAN_FILER_REFUSED, lambda: services.keberatan.file(
            t["skp"].id, TW1, "Bukan saya", today=SET_ON))
        text = message_for(err.code, err.params)
        assert "Agus Santoso" in text and t[who].name in text
    act(services, None)
    refused(services, ErrorCode.ACTING_UNKNOWN, lambda: services.keberatan.file(
        t["skp"].id, TW1, "Siapa", today=SET_ON))


def test_reason_is_required(services, t):
    act(services, t["staff"])
    err = refused(services, ErrorCode.FIELD_REQUIRED, lambda: services.keberatan.file(
        t["skp"].id, TW1, "   ", today=SET_ON))
    assert err.params["field"] == "alasan_keberatan"


def test_draft_cannot_be_objected_to(services, t):
    act(services, t["kabid"])
    services.evaluations.rate(t["rina_skp"].id, TW1, hasil="sesuai", perilaku="sesuai", today=MAY)
    act(services, t["rina"])
    refused(services, ErrorCode.KEBERATAN_NOT_SET, lambda: services.keberatan.file(
        t["rina_skp"].id, TW1, "Belum ditetapkan", today=MAY))
    refused(services, ErrorCode.EVAL_NOT_FOUND, lambda: services.keberatan.file(
        t["rina_skp"].id, "2026-TW2", "Belum ada", today=dt.date(2026, 7, 2)))


def test_one_keberatan_per_revision(services, t):
    file(services, t)
    err = refused(services, ErrorCode.KEBERATAN_EXISTS, lambda: services.keberatan.file(
        t["skp"].id, TW1, "Lagi", today=SET_ON))
    assert "revisi 1" in message_for(err.code, err.params)


def test_only_the_atasan_explains_and_decides(services, t):
    k = file(services, t)
    for who in ("kabid", "staff", "admin"):
        act(services, t[who])
        err = refused(services, ErrorCode.KEBERATAN_DECIDER_REFUSED,
                      lambda: services.keberatan.decide(k.id, keep=True, note="Tetap", today=MAY))
        assert "Bambang Sutrisno" in message_for(err.code, err.params)
        refused(services, ErrorCode.KEBERATAN_DECIDER_REFUSED,
                lambda: services.keberatan.explain(k.id, penilai="x", today=MAY))


def test_explanations_are_recorded(services, t):
    k = file(services, t)
    act(services, t["head"])
    refused(services, ErrorCode.FIELD_REQUIRED, lambda: services.keberatan.explain(k.id))
    day = SET_ON + dt.timedelta(days=3)
    got = services.keberatan.explain(k.id, penilai="Bukti TW1 belum lengkap", today=day).value
    assert (got.penilai_explanation, got.penilai_explained_on) == ("Bukti TW1 belum lengkap", day)
    assert got.pegawai_explanation == "" and got.pegawai_explained_on is None
    got = services.keberatan.explain(k.id, pegawai="Bukti sudah diunggah", today=day).value
    assert got.penilai_explanation == "Bukti TW1 belum lengkap"
    assert got.pegawai_explanation == "Bukti sudah diunggah"


def test_keep_makes_the_evaluation_final_and_closes_everything(services, t):
    k = file(services, t)
    act(services, t["head"])
    refused(services, ErrorCode.FIELD_REQUIRED,
            lambda: services.keberatan.decide(k.id, keep=True, note=" ", today=MAY))
    refused(services, ErrorCode.KEBERATAN_KEEP_WITH_RATINGS,
            lambda: services.keberatan.decide(k.id, keep=True, hasil="diatas", note="x",
                                              today=MAY))
    day = SET_ON + dt.timedelta(days=5)
    got = services.keberatan.decide(k.id, keep=True, note="Penilaian sudah sesuai bukti",
                                    today=day).value
    assert got.status is KeberatanStatus.DIPUTUSKAN and got.decision is KeberatanDecision.KEEP
    assert (got.decided_on, got.decided_by_id) == (day, t["head"].id)
    ev = services.evaluations.get(t["skp"].id, TW1, today=day)
    assert (ev.status, ev.stored_status, ev.final_on, ev.revision) == \
        (EvaluationStatus.FINAL, EvaluationStatus.FINAL, day, 1)
    # decided: read-only, final, no reopen, no second keberatan
    refused(services, ErrorCode.KEBERATAN_DECIDED,
            lambda: services.keberatan.decide(k.id, keep=False, hasil="diatas", note="x",
                                              today=day))
    refused(services, ErrorCode.KEBERATAN_DECIDED,
            lambda: services.keberatan.explain(k.id, penilai="x", today=day))
    act(services, t["kabid"])
    refused(services, ErrorCode.EVAL_FINAL_BY_KEBERATAN,
            lambda: services.evaluations.reopen(t["skp"].id, TW1, "Ulang", today=day))
    act(services, t["staff"])
    refused(services, ErrorCode.KEBERATAN_FINAL, lambda: services.keberatan.file(
        t["skp"].id, TW1, "Sekali lagi", today=day))
    act(services, t["head"])
    assert services.keberatan.waiting_for_me() == []


def test_change_writes_revision_two_final(services, t):
    k = file(services, t)
    act(services, t["head"])
    day = SET_ON + dt.timedelta(days=6)
    refused(services, ErrorCode.KEBERATAN_CHANGE_SAME,
            lambda: services.keberatan.decide(k.id, keep=False, hasil="sesuai",
                                              perilaku="sesuai", note="x", today=day))
    refused(services, ErrorCode.RATING_INVALID,
            lambda: services.keberatan.decide(k.id, keep=False, hasil="luar biasa",
                                              note="x", today=day))
    got = services.keberatan.decide(k.id, keep=False, hasil="diatas", perilaku="diatas",
                                    note="Bukti TW1 lengkap", today=day).value
    assert got.decision is KeberatanDecision.CHANGE
    assert (got.new_hasil, got.new_perilaku) == (Rating.DIATAS, Rating.DIATAS)
    history = services.evaluations.history(t["skp"].id, TW1, today=day)
    assert [(e.revision, e.status) for e in history] == \
        [(1, EvaluationStatus.DIGANTI), (2, EvaluationStatus.FINAL)]
    new = history[-1]
    assert got.result_evaluation_id == new.id
    assert (new.rating_hasil, new.rating_perilaku, new.predikat) == \
        (Rating.DIATAS, Rating.DIATAS, Predikat.SANGAT_BAIK)
    assert (new.final_on, new.set_on) == (day, day)
    assert new.reopen_reason == "Keputusan keberatan: Bukti TW1 lengkap"
    assert new.pegawai.name == history[0].pegawai.name  # the snapshot carries over
    view = services.keberatan.view(k.id, today=day)
    assert (view.evaluation.revision, view.result.revision) == (1, 2)
    assert services.keberatan.for_evaluation(t["skp"].id, TW1).id == k.id
    act(services, t["kabid"])
    refused(services, ErrorCode.EVAL_FINAL_BY_KEBERATAN,
            lambda: services.evaluations.reopen(t["skp"].id, TW1, "Ulang", today=day))
    act(services, t["staff"])
    refused(services, ErrorCode.KEBERATAN_FINAL, lambda: services.keberatan.file(
        t["skp"].id, TW1, "Sekali lagi", today=day))


def test_change_of_one_rating_keeps_the_other(services, t):
    k = file(services, t)
    act(services, t["head"])
    services.keberatan.decide(k.id, keep=False, perilaku="diatas", note="Perilaku baik",
                              today=MAY)
    new = services.evaluations.get(t["skp"].id, TW1, today=MAY)
    assert (new.revision, new.rating_hasil, new.rating_perilaku, new.predikat) == \
        (2, Rating.SESUAI, Rating.DIATAS, Predikat.BAIK)


def test_reopen_is_refused_while_a_keberatan_waits(services, t):
    file(services, t)
    act(services, t["kabid"])
    refused(services, ErrorCode.EVAL_KEBERATAN_OPEN,
            lambda: services.evaluations.reopen(t["skp"].id, TW1, "Ulang", today=MAY))


def test_without_a_keberatan_the_window_makes_it_final(services, t):
    assert services.evaluations.get(t["skp"].id, TW1, today=DAY_14).status \
        is EvaluationStatus.DITETAPKAN
    assert services.evaluations.get(t["skp"].id, TW1, today=DAY_15).status \
        is EvaluationStatus.FINAL


def test_a_reopened_and_set_again_revision_gets_its_own_window(services, t):
    act(services, t["kabid"])
    services.evaluations.reopen(t["skp"].id, TW1, "Salah ketik", today=MAY)
    services.evaluations.rate(t["skp"].id, TW1, hasil="dibawah", perilaku="sesuai", today=MAY)
    later = MAY + dt.timedelta(days=20)
    services.evaluations.set(t["skp"].id, TW1, today=later)
    k = file(services, t, today=later + dt.timedelta(days=14))
    assert services.evaluations.get(t["skp"].id, TW1, today=later).revision == 2
    assert services.keberatan.get(k.id).evaluation_id == \
        services.evaluations.get(t["skp"].id, TW1, today=later).id


def test_keberatan_stays_with_the_recorded_atasan_after_a_staff_change(services, t):
    k = file(services, t)
    # the pegawai gets another atasan pejabat penilai after filing: the keberatan stays
    with services.db.unit_of_work("test") as uow:
        uow.people.update(t["staff"].id, {"appraiser_override_id": t["admin"].id})
    act(services, t["admin"])
    refused(services, ErrorCode.KEBERATAN_DECIDER_REFUSED,
            lambda: services.keberatan.decide(k.id, keep=True, note="x", today=MAY))
    act(services, t["head"])
    services.keberatan.decide(k.id, keep=True, note="Tetap", today=MAY)


def test_no_atasan_recorded_is_refused(services, t):
    # Rina's evaluation set while the Kepala Bidang had no atasan (the Kepala Dinas left)
    with services.db.unit_of_work("test") as uow:
        uow.people.update(t["kabid"].id, {"supervisor_id": None})
    act(services, t["kabid"])
    services.evaluations.rate(t["rina_skp"].id, TW1, hasil="sesuai", perilaku="sesuai", today=MAY)
    services.evaluations.set(t["rina_skp"].id, TW1, today=MAY)
    act(services, t["rina"])
    refused(services, ErrorCode.KEBERATAN_NO_ATASAN, lambda: services.keberatan.file(
        t["rina_skp"].id, TW1, "Tidak setuju", today=MAY))
    assert not services.keberatan.options(t["rina_skp"].id, TW1, today=MAY).may_file


def test_options_follow_the_rules(services, t):
    act(services, t["staff"])
    opts = services.keberatan.options(t["skp"].id, TW1, today=DAY_14)
    assert (opts.may_file, opts.file_until, opts.keberatan) == (True, DAY_14, None)
    assert not services.keberatan.options(t["skp"].id, TW1, today=DAY_15).may_file
    act(services, t["kabid"])
    assert not services.keberatan.options(t["skp"].id, TW1, today=MAY).may_file
    k = file(services, t)
    assert not services.keberatan.options(t["skp"].id, TW1, today=MAY).may_file
    act(services, t["head"])
    opts = services.keberatan.options(t["skp"].id, TW1, today=MAY)
    assert opts.may_decide and opts.keberatan.id == k.id


def test_unknown_keberatan_and_prefix(services, t):
    k = file(services, t)
    act(services, t["head"])
    refused(services, ErrorCode.KEBERATAN_NOT_FOUND,
            lambda: services.keberatan.decide("0" * 36, keep=True, note="x", today=MAY))
    assert services.keberatan.resolve(k.id[:8]) == k.id
    assert [x.id for x in services.keberatan.list()] == [k.id]
    assert services.keberatan.list(status="diputuskan") == []
