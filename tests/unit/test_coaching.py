"""B.1.8 and B.1.9 through `CoachingService` on a real database, and the validation of the two
office settings of issue 10 (`coaching.b18_scale`, `dialog.cadence_days`)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from skpdesk.domain.dialog import B18_STATEMENTS, DEFAULT_AGREEMENT_SCALE, CompetencyItem
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.messages.render import message_for

from .helpers_coaching import YEAR, act, make_dialog, team

ANSWERS = [1, 2, 1, 2, 1, 3, 1, 2, 1]


@pytest.fixture
def t(services):
    return team(services)


def refused(services, code, call):
    before = services.journal.count()
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.code is code, info.value.params
    assert services.journal.count() == before  # nothing written
    assert "{" not in message_for(info.value.code, info.value.params)
    return info.value


def coaching(services, t, **kw):
    return make_dialog(services, [t["staff"]], author=t["kabid"], led_by=t["kabid"], **kw)


def test_b18_stores_the_nine_statements_verbatim_with_the_scale(services, t):
    dialog = coaching(services, t)
    act(services, t["staff"])
    out = services.coaching.record_feedback(
        dialog, t["staff"].id, ANSWERS, comments=["", "Terima kasih atas masukannya"],
        answered_on=dt.date(YEAR, 3, 12))
    b18 = out.value
    assert out.changes.affects("umpan_balik_bimbingan", b18.id)
    assert [a.statement for a in b18.answers] == list(B18_STATEMENTS)
    assert b18.answers[0].statement == "1. Saya merasa diperhatikan dan dipahami"
    assert [a.response for a in b18.answers] == [DEFAULT_AGREEMENT_SCALE[n - 1] for n in ANSWERS]
    assert b18.answers[1].comment == "Terima kasih atas masukannya"
    assert b18.scale == DEFAULT_AGREEMENT_SCALE and b18.pegawai.pegawai_id == t["staff"].id
    # stored verbatim in the row itself (what sync carries and the print reads)
    with services.db.reader() as uow:
        from skpdesk.storage.tables import CoachingFeedbackRow
        row = uow._session.get(CoachingFeedbackRow, b18.id)
        assert [a["statement"] for a in json.loads(row.answers)] == list(B18_STATEMENTS)
    assert services.coaching.feedback_of(dialog, t["staff"].id) == b18
    assert services.coaching.feedback_of(dialog) == b18


def test_b18_answers_by_label_and_a_second_answer_supersedes(services, t):
    dialog = coaching(services, t)
    act(services, t["staff"])
    first = services.coaching.record_feedback(dialog, None, ANSWERS).value
    labels = ["sangat setuju"] * 8 + ["Setuju"]
    second = services.coaching.record_feedback(dialog, t["staff"].id, labels).value
    assert second.supersedes_id == first.id
    assert second.answers[0].response == "Sangat Setuju" and second.answers[8].response == "Setuju"
    assert services.coaching.feedback_of(dialog).id == second.id


def test_scale_setting_is_used_and_old_answers_keep_theirs(services, t):
    dialog = coaching(services, t)
    act(services, t["staff"])
    old = services.coaching.record_feedback(dialog, None, ANSWERS).value
    services.office.set_setting("coaching.b18_scale", " Ya ; Ragu-ragu ;Tidak")
    assert services.office.settings()["coaching.b18_scale"] == "Ya;Ragu-ragu;Tidak"
    assert services.coaching.scale() == ("Ya", "Ragu-ragu", "Tidak")
    new = services.coaching.record_feedback(dialog, None, [1, 2, 3, 1, 2, 3, 1, 2, 3]).value
    assert new.scale == ("Ya", "Ragu-ragu", "Tidak") and new.answers[2].response == "Tidak"
    with services.db.reader() as uow:
        kept = [f for f in uow.coaching.current_coaching_feedback(dialog)]
    assert old.scale == DEFAULT_AGREEMENT_SCALE and kept[0].id == new.id
    refused(services, ErrorCode.COACHING_ANSWER_INVALID,
            lambda: services.coaching.record_feedback(dialog, None, [4] * 9))


@pytest.mark.parametrize("value, reason", [
    ("Setuju", "count"), ("A;B;C;D;E;F;G;H", "count"), ("Setuju;;Tidak", "empty_label"),
    ("Setuju;", "empty_label"), ("Setuju;setuju", "duplicate"), ("Ya;" + "x" * 41, "too_long"),
])
def test_scale_setting_is_validated(services, t, value, reason):
    error = refused(services, ErrorCode.COACHING_SCALE_INVALID,
                    lambda: services.office.set_setting("coaching.b18_scale", value))
    assert error.params["reason"] == reason and error.params["field"] == "skala_b18"
    assert message_for(error.code, error.params).startswith("Skala jawaban B.1.8")


@pytest.mark.parametrize("value", ["6", "367", "tiga", "30.5", "-1"])
def test_cadence_setting_is_validated(services, t, value):
    error = refused(services, ErrorCode.FIELD_INVALID_NUMBER,
                    lambda: services.office.set_setting("dialog.cadence_days", value))
    assert "7 sampai 366" in message_for(error.code, error.params)


def test_cadence_setting_boundaries_are_accepted(services, t):
    for value in ("7", " 366 ", "92"):
        services.office.set_setting("dialog.cadence_days", value)
        assert services.office.settings()["dialog.cadence_days"] == value.strip()


def test_b18_rules(services, t):
    dialog = coaching(services, t)
    pemantauan = make_dialog(services, [t["staff"]], kind="pemantauan", author=t["kabid"])
    team_dialog = make_dialog(services, [t["staff"], t["rina"]], author=t["kabid"])
    act(services, t["staff"])
    refused(services, ErrorCode.COACHING_ANSWER_COUNT,
            lambda: services.coaching.record_feedback(dialog, None, ANSWERS[:8]))
    refused(services, ErrorCode.COACHING_ANSWER_COUNT,
            lambda: services.coaching.record_feedback(dialog, None, ANSWERS, comments=[""] * 10))
    error = refused(services, ErrorCode.COACHING_ANSWER_INVALID,
                    lambda: services.coaching.record_feedback(dialog, None, ANSWERS[:8] + [0]))
    assert "pernyataan 9" in message_for(error.code, error.params)
    refused(services, ErrorCode.COACHING_ANSWER_INVALID,
            lambda: services.coaching.record_feedback(dialog, None, ANSWERS[:8] + ["Mungkin"]))
    refused(services, ErrorCode.COACHING_NOT_BIMBINGAN,
            lambda: services.coaching.record_feedback(pemantauan, None, ANSWERS))
    refused(services, ErrorCode.DIALOG_NOT_FOUND,
            lambda: services.coaching.record_feedback("nope", None, ANSWERS))
    refused(services, ErrorCode.COACHING_NOT_PARTICIPANT,
            lambda: services.coaching.record_feedback(team_dialog, None, ANSWERS))
    refused(services, ErrorCode.COACHING_NOT_PARTICIPANT,
            lambda: services.coaching.record_feedback(dialog, t["rina"].id, ANSWERS))
    act(services, t["kabid"])  # the coach does not answer for the pegawai
    error = refused(services, ErrorCode.COACHING_ROLE_REFUSED,
                    lambda: services.coaching.record_feedback(dialog, None, ANSWERS))
    assert "pegawai yang dibimbing" in message_for(error.code, error.params)
    act(services, t["admin"])  # the pengelola enters it from paper
    assert services.coaching.record_feedback(dialog, None, ANSWERS).value.pegawai.pegawai_id == t["staff"].id
    act(services, None)
    refused(services, ErrorCode.ACTING_UNKNOWN,
            lambda: services.coaching.record_feedback(dialog, None, ANSWERS))


def test_b19_by_the_coach_the_penilai_or_the_pengelola(services, t):
    items = [CompetencyItem("Kerja sama", 4, "Aktif membantu rekan satu tim"),
             CompetencyItem("Pengambilan keputusan", "3", "Masih menunggu arahan")]
    external = make_dialog(services, [t["staff"]], author=t["kabid"], kind="mentoring",
                           led_by_name="Ir. Sri Wahyuni", led_by_role="Widyaiswara BPSDM")
    act(services, t["kabid"])  # the penilai
    b19 = services.coaching.record_competency(external, None, items,
                                              evaluated_on=dt.date(YEAR, 3, 20)).value
    assert [(i.name, i.value) for i in b19.items] == [("Kerja sama", 4), ("Pengambilan keputusan", 3)]
    assert b19.evaluator.pegawai_id == t["kabid"].id
    act(services, t["admin"])  # entered from paper: the external coach is the evaluator
    again = services.coaching.record_competency(external, None, items[:1]).value
    assert again.supersedes_id == b19.id
    assert (again.evaluator.name, again.evaluator.role, again.evaluator.pegawai_id) == \
        ("Ir. Sri Wahyuni", "Widyaiswara BPSDM", None)
    assert services.coaching.competency_of(external).id == again.id
    led = make_dialog(services, [t["rina"]], author=t["kabid"], led_by=t["head"])
    act(services, t["head"])  # the leader of the bimbingan (not Rina's penilai)
    assert services.coaching.record_competency(led, None, items).value.evaluator.pegawai_id == t["head"].id
    act(services, t["staff"])
    error = refused(services, ErrorCode.COACHING_ROLE_REFUSED,
                    lambda: services.coaching.record_competency(led, t["rina"].id, items))
    assert "Format B.1.9" in message_for(error.code, error.params)


@pytest.mark.parametrize("items, reason, field", [
    ([], "no_items", "kompetensi"),
    ([CompetencyItem("", 3, "x")], "name_required", "kompetensi"),
    ([CompetencyItem("Kerja sama", 6, "x")], "value", "nilai_kompetensi"),
    ([CompetencyItem("Kerja sama", 0, "x")], "value", "nilai_kompetensi"),
    ([CompetencyItem("Kerja sama", "tinggi", "x")], "value", "nilai_kompetensi"),
    ([CompetencyItem("Kerja sama", 3, "  ")], "reason_required", "alasan_nilai"),
])
def test_b19_bad_items(services, t, items, reason, field):
    dialog = coaching(services, t)
    act(services, t["kabid"])
    error = refused(services, ErrorCode.COACHING_COMPETENCY_INVALID,
                    lambda: services.coaching.record_competency(dialog, None, items))
    assert (error.params["reason"], error.params["field"]) == (reason, field)


def test_confidential_dialog_forms_are_refused_to_a_third_pegawai(services, t):
    secret = make_dialog(services, [t["staff"]], kind="konseling", author=t["kabid"], led_by=t["kabid"])
    act(services, t["staff"])
    services.coaching.record_feedback(secret, None, ANSWERS)
    act(services, t["kabid"])
    services.coaching.record_competency(secret, None, [CompetencyItem("Integritas", 5, "Jujur")])
    assert services.coaching.feedback_of(secret) is not None
    for reader in (t["rina"], t["admin"], t["head"], None):
        act(services, reader)
        for call in (lambda: services.coaching.feedback_of(secret),
                     lambda: services.coaching.competency_of(secret)):
            error = refused(services, ErrorCode.DIALOG_CONFIDENTIAL, call)
            assert "rahasia" in message_for(error.code, error.params)
    act(services, t["admin"])  # nor may the pengelola write into it
    refused(services, ErrorCode.DIALOG_CONFIDENTIAL,
            lambda: services.coaching.record_feedback(secret, None, ANSWERS))
