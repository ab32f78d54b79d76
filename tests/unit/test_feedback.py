"""Umpan balik berkelanjutan through `FeedbackService` on a real database: who may give it, on
what, for which period; corrections supersede; nothing is written on a refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.messages.render import message_for

from .helpers_coaching import YEAR, act, make_dialog, team


@pytest.fixture
def t(services):
    return team(services)


def refused(services, code, call):
    before = _entries(services)
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.code is code, info.value.params
    assert _entries(services) == before  # nothing written
    return info.value


def _entries(services) -> int:
    return services.journal.count()


def test_penilai_gives_feedback_on_rhk_and_core_value(services, t):
    act(services, t["kabid"])
    out = services.feedback.add(t["skp"].id, rhk_id=t["rhk2"].id, period="2026-03",
                                text="Laporan pemeliharaan Maret tepat waktu.",
                                given_on=dt.date(YEAR, 3, 31))
    fb = out.value
    assert out.changes.affects("umpan_balik", fb.id)
    assert fb.target_label == f"RHK 2: {t['rhk2'].text}"  # as dialog topics name it
    assert (fb.period, fb.given_on, fb.pegawai_id) == ("2026-03", dt.date(YEAR, 3, 31), t["staff"].id)
    assert fb.author.pegawai_id == t["kabid"].id and fb.author.name == t["kabid"].full_name
    value = t["values"][0]
    on_value = services.feedback.add(t["skp"].id, core_value_id=value.id, period="2026-TW1",
                                     text="Sigap melayani permintaan OPD.",
                                     given_on=dt.date(YEAR, 4, 2)).value
    assert (on_value.period, on_value.target_label) == ("2026-Q1", value.name)
    assert [f.id for f in services.feedback.for_skp(t["skp"].id)] == [on_value.id, fb.id]
    assert [f.id for f in services.feedback.for_rhk(t["rhk2"].id)] == [fb.id]
    assert services.feedback.for_rhk(t["rhk1"].id) == []
    assert [f.id for f in services.feedback.for_core_value(t["skp"].id, value.id)] == [on_value.id]
    assert len(services.feedback.for_pegawai(t["staff"].id, YEAR)) == 2
    assert services.feedback.for_pegawai(t["staff"].id, YEAR + 1) == []


def test_pengelola_may_give_feedback_others_may_not(services, t):
    act(services, t["admin"])
    services.feedback.add(t["skp"].id, rhk_id=t["rhk1"].id, period="2026-Q2", text="Baik.")
    act(services, t["head"])  # the atasan of the penilai is not the penilai
    error = refused(services, ErrorCode.FEEDBACK_ROLE_REFUSED, lambda: services.feedback.add(
        t["skp"].id, rhk_id=t["rhk1"].id, period="2026-Q2", text="Baik."))
    text = message_for(error.code, error.params)
    assert "pejabat penilainya" in text and "Dewi Lestari" in text and "Bambang" in text
    act(services, t["staff"])  # nor the pegawai on their own SKP
    refused(services, ErrorCode.FEEDBACK_ROLE_REFUSED, lambda: services.feedback.add(
        t["skp"].id, rhk_id=t["rhk1"].id, period="2026-Q2", text="Baik."))
    act(services, None)
    refused(services, ErrorCode.ACTING_UNKNOWN, lambda: services.feedback.add(
        t["skp"].id, rhk_id=t["rhk1"].id, period="2026-Q2", text="Baik."))


@pytest.mark.parametrize("kwargs, code, field", [
    (dict(period="2026-03", text="x"), ErrorCode.FEEDBACK_TARGET_REQUIRED, "rhk"),
    (dict(rhk="rhk1", value=0, period="2026-03", text="x"), ErrorCode.FEEDBACK_TARGET_REQUIRED, "rhk"),
    (dict(rhk="rina_rhk", period="2026-03", text="x"), ErrorCode.FEEDBACK_RHK_NOT_IN_SKP, "rhk"),
    (dict(rhk="nope", period="2026-03", text="x"), ErrorCode.RHK_NOT_FOUND, "rhk"),
    (dict(value="nope", period="2026-03", text="x"), ErrorCode.CORE_VALUE_NOT_FOUND, "perilaku"),
    (dict(rhk="rhk1", period="Maret", text="x"), ErrorCode.FEEDBACK_PERIOD_INVALID, "periode"),
    (dict(rhk="rhk1", period="2026-13", text="x"), ErrorCode.FEEDBACK_PERIOD_INVALID, "periode"),
    (dict(rhk="rhk1", period="2025-Q4", text="x"), ErrorCode.FEEDBACK_PERIOD_INVALID, "periode"),
    (dict(rhk="rhk1", period="2026-03", text="  "), ErrorCode.FIELD_REQUIRED, "umpan_balik"),
    (dict(rhk="rhk1", period="2026-03", text="x", given_on="31-03-2026"),
     ErrorCode.FIELD_INVALID_DATE, "tanggal"),
    (dict(rhk="rhk1", period="2026-03", text="x", dialog_id="nope"),
     ErrorCode.DIALOG_NOT_FOUND, "dialog"),
])
def test_bad_input_names_the_field_and_writes_nothing(services, t, kwargs, code, field):
    act(services, t["kabid"])
    kwargs = dict(kwargs)
    rhk = kwargs.pop("rhk", None)
    value = kwargs.pop("value", None)
    rhk_id = (t[rhk].id if rhk in t else rhk) if rhk else None
    core_value_id = (t["values"][value].id if isinstance(value, int) else value) if value is not None else None
    error = refused(services, code, lambda: services.feedback.add(
        t["skp"].id, rhk_id=rhk_id, core_value_id=core_value_id, **kwargs))
    assert error.params["field"] == field
    assert "{" not in message_for(error.code, error.params)


def test_period_outside_the_skp_year_says_the_year(services, t):
    act(services, t["kabid"])
    error = refused(services, ErrorCode.FEEDBACK_PERIOD_INVALID, lambda: services.feedback.add(
        t["skp"].id, rhk_id=t["rhk1"].id, period="2027-01", text="x"))
    assert "di luar tahun SKP 2026" in message_for(error.code, error.params)


def test_feedback_from_a_dialog_needs_the_pegawai_in_it(services, t):
    act(services, t["kabid"])
    with_rina = make_dialog(services, [t["rina"]], author=t["kabid"], led_by=t["kabid"])
    refused(services, ErrorCode.COACHING_NOT_PARTICIPANT, lambda: services.feedback.add(
        t["skp"].id, rhk_id=t["rhk1"].id, period="2026-03", text="x", dialog_id=with_rina))
    # from a confidential dialog: the feedback itself is not confidential
    secret = make_dialog(services, [t["staff"]], kind="konseling", author=t["kabid"],
                         led_by=t["kabid"])
    fb = services.feedback.add(t["skp"].id, rhk_id=t["rhk1"].id, period="2026-03",
                               text="Rancangan modul sudah lengkap.", dialog_id=secret).value
    act(services, t["rina"])
    assert [f.text for f in services.feedback.for_skp(t["skp"].id)] == ["Rancangan modul sudah lengkap."]
    assert services.feedback.get(fb.id).dialog_id == secret


def test_correction_supersedes_and_keeps_history(services, t):
    act(services, t["kabid"])
    first = services.feedback.add(t["skp"].id, rhk_id=t["rhk1"].id, period="2026-02",
                                  text="Dokumen belum lengkap", given_on=dt.date(YEAR, 2, 27)).value
    second = services.feedback.correct(first.id, "Dokumen belum lengkap: bab 3 kurang").value
    assert second.supersedes_id == first.id
    assert (second.period, second.given_on, second.rhk_id) == (first.period, first.given_on, first.rhk_id)
    assert [f.id for f in services.feedback.for_skp(t["skp"].id)] == [second.id]
    assert services.feedback.get(first.id).text == "Dokumen belum lengkap"  # history stays
    refused(services, ErrorCode.FEEDBACK_NOT_FOUND, lambda: services.feedback.correct(first.id, "lagi"))
    refused(services, ErrorCode.FEEDBACK_NOT_FOUND, lambda: services.feedback.correct("nope", "lagi"))
    act(services, t["rina"])
    refused(services, ErrorCode.FEEDBACK_ROLE_REFUSED, lambda: services.feedback.correct(second.id, "x"))


def test_tambahan_rhk_is_named_as_dialog_topics_name_it(services, t):
    tambahan = services.skp.add_rhk(t["skp"].id, "Pendampingan operator kecamatan",
                                    kind="tambahan").value
    act(services, t["kabid"])
    fb = services.feedback.add(t["skp"].id, rhk_id=tambahan.id, period="2026-05", text="Rutin.").value
    assert fb.target_label == "RHK Tambahan 1: Pendampingan operator kecamatan"
