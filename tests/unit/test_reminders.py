"""Reminders (issue 10): every rule on the day before, on and after its boundary, for the acting
pegawai and office-wide; confidential follow-ups redacted; the rules as "Perlu tindakan"
sources. Dialogs, follow-ups and B.1.8 are written through their services (real SQLite)."""

import datetime as dt

import pytest

from skpdesk.domain.dialog import DialogKind
from skpdesk.services.action_items import ACTION_SOURCES, ActionTarget
from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
from skpdesk.services.dialog.reminders import (REDACTED_FOLLOW_UP, RULE_B18_MISSING, RULE_FOLLOWUP_DUE_SOON,
                                        RULE_FOLLOWUP_OVERDUE, RULE_LABELS, RULE_NO_DIALOG,
                                        RULE_SKP_NOT_APPROVED, RULES, ReminderSource)

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, person, three_levels

TODAY = dt.date(2026, 6, 15)
NIP_OTHER = "199202022016031004"
DAY = dt.timedelta(days=1)


@pytest.fixture
def people(office):
    head, kabid, staff = three_levels(office)
    other = office.staff.add(person("Budi Hartono", NIP_OTHER, unit="Dinas/Bidang Aplikasi "
                                    "Informatika", supervisor=NIP_KABID)).value
    office.acting.act_as(NIP_KABID)
    return head, kabid, staff, other


def dialog(services, participants, held_on, kind=DialogKind.PEMANTAUAN, follow_ups=(), **kw):
    return services.dialogs.add(DialogInput(
        held_on=held_on, kind=kind, participant_ids=tuple(p.id for p in participants),
        notes="catatan", follow_ups=tuple(FollowUpInput(text, owner.id, due)
                                          for text, owner, due in follow_ups), **kw)).value


def reminders(services, today=TODAY, nip=NIP_KABID, rule=None, year=None):
    services.acting.act_as(nip)
    found = services.reminders.list(today, year=year).reminders
    return [r for r in found if rule is None or r.rule == rule]


@pytest.mark.parametrize("offset, rule", [(-8, RULE_FOLLOWUP_OVERDUE),
                                          (-1, RULE_FOLLOWUP_OVERDUE),
                                          (0, RULE_FOLLOWUP_DUE_SOON),
                                          (7, RULE_FOLLOWUP_DUE_SOON),
                                          (8, None)])
def test_follow_up_due_soon_and_overdue_around_their_boundaries(office, people, offset, rule):
    head, kabid, staff, other = people
    due = TODAY + offset * DAY
    d = dialog(office, [staff], TODAY - 30 * DAY,
               follow_ups=[("Susun laporan triwulan", staff, due)])
    found = [r for r in reminders(office) if r.rule in (RULE_FOLLOWUP_DUE_SOON,
                                                         RULE_FOLLOWUP_OVERDUE)]
    if rule is None:
        assert found == []
        return
    [r] = found
    assert (r.rule, r.due, r.pegawai_id, r.title) == (rule, due, staff.id, "Susun laporan triwulan")
    assert r.record_ids == (d.follow_ups[0].id,)
    assert r.target == ActionTarget("dialog", staff.id, dialog_id=d.id)
    # the owner sees it too; a pegawai it does not concern does not
    assert [x.rule for x in reminders(office, nip=NIP_STAFF) if x.record_ids == r.record_ids] \
        == [rule]
    assert [x for x in reminders(office, nip=NIP_OTHER) if x.record_ids == r.record_ids] == []


def test_settled_follow_ups_are_no_reminder(office, people):
    head, kabid, staff, other = people
    d = dialog(office, [staff], TODAY - 30 * DAY,
               follow_ups=[("A", staff, TODAY - DAY), ("B", staff, TODAY + DAY)])
    office.dialogs.set_follow_up_status(d.follow_ups[0].id, "done", today=TODAY)
    office.dialogs.set_follow_up_status(d.follow_ups[1].id, "dropped", today=TODAY)
    assert [r for r in reminders(office) if r.rule.startswith("followup")] == []


def test_confidential_follow_up_shows_a_redacted_title_to_non_readers(office, people):
    head, kabid, staff, other = people
    office.acting.act_as(NIP_HEAD)  # the head holds a konseling with the staff member
    d = dialog(office, [staff], TODAY - 30 * DAY, kind=DialogKind.KONSELING, led_by_id=head.id,
               follow_ups=[("Konsultasi ke psikolog", staff, TODAY + 2 * DAY)])
    assert d.confidential
    mine = [r for r in reminders(office, nip=NIP_STAFF) if r.rule == RULE_FOLLOWUP_DUE_SOON]
    assert [(r.title, r.redacted) for r in mine] == [("Konsultasi ke psikolog", False)]
    # the Kepala Bidang is the staff's pejabat penilai, but no reader of the konseling
    theirs = reminders(office, nip=NIP_KABID, rule=RULE_FOLLOWUP_DUE_SOON)
    assert [(r.title, r.redacted) for r in theirs] == [(REDACTED_FOLLOW_UP, True)]
    assert "psikolog" not in theirs[0].detail
    office.acting.act_as(None)
    wide = office.reminders.list(TODAY)
    assert wide.office_wide
    assert [(r.title, r.redacted) for r in wide.reminders
            if r.rule == RULE_FOLLOWUP_DUE_SOON] == [(REDACTED_FOLLOW_UP, True)]


@pytest.mark.parametrize("days_ago, expected", [(91, False), (92, False), (93, True)])
def test_no_dialog_for_longer_than_the_cadence(office, people, days_ago, expected):
    head, kabid, staff, other = people
    dialog(office, [staff], TODAY - days_ago * DAY)
    dialog(office, [other], TODAY - 10 * DAY)
    dialog(office, [other], TODAY + 10 * DAY)  # planned later: not a dialog held yet
    found = reminders(office, rule=RULE_NO_DIALOG)
    assert [r.pegawai_id for r in found] == ([staff.id] if expected else [])
    if expected:
        assert found[0].target == ActionTarget("new_dialog", staff.id)
        assert found[0].due == TODAY - days_ago * DAY + 92 * DAY


@pytest.mark.parametrize("offset, expected", [(-1, False), (0, False), (1, True)])
def test_no_dialog_this_year_counts_from_the_first_of_january(office, people, offset, expected):
    head, kabid, staff, other = people
    today = dt.date(2026, 1, 1) + (92 + offset) * DAY
    found = reminders(office, today=today, rule=RULE_NO_DIALOG)
    assert sorted(r.pegawai_id for r in found) == (sorted([staff.id, other.id]) if expected else [])


def test_cadence_is_the_office_setting(office, people):
    head, kabid, staff, other = people
    dialog(office, [staff], TODAY - 31 * DAY)
    dialog(office, [other], TODAY - 30 * DAY)
    assert reminders(office, rule=RULE_NO_DIALOG) == []
    office.office.set_setting("dialog.cadence_days", "30")
    assert [r.pegawai_id for r in reminders(office, rule=RULE_NO_DIALOG)] == [staff.id]


def test_no_dialog_is_only_for_my_active_team(office, people):
    head, kabid, staff, other = people
    assert sorted(r.pegawai_id for r in reminders(office, rule=RULE_NO_DIALOG)) == \
        sorted([staff.id, other.id])
    assert [r.pegawai_id for r in reminders(office, nip=NIP_HEAD, rule=RULE_NO_DIALOG)] == [kabid.id]
    assert reminders(office, nip=NIP_STAFF, rule=RULE_NO_DIALOG) == []
    office.staff.set_employment_status(other.id, "pensiun", dt.date(2026, 3, 1))
    assert [r.pegawai_id for r in reminders(office, rule=RULE_NO_DIALOG)] == [staff.id]


def _approved(office, pegawai_id):
    skp = office.skp.create(pegawai_id, 2026).value
    rhk = office.skp.add_rhk(skp.id, "Tersedianya modul aplikasi").value
    for aspect, target in (("kuantitas", "2"), ("kualitas", "100"), ("waktu", "12")):
        office.skp.add_indicator(rhk.id, f"IKI {aspect}", aspect=aspect, target_value=target,
                                 target_unit="Dokumen")
    office.skp.submit(skp.id)
    office.skp.approve(skp.id)
    return skp


@pytest.mark.parametrize("today, expected", [(dt.date(2026, 1, 30), False),
                                             (dt.date(2026, 1, 31), False),
                                             (dt.date(2026, 2, 1), True)])
def test_skp_not_approved_after_january(office, people, today, expected):
    head, kabid, staff, other = people
    draft = office.skp.create(other.id, 2026).value
    found = reminders(office, today=today, rule=RULE_SKP_NOT_APPROVED)
    assert [(r.pegawai_id, r.record_ids) for r in found] == (
        [(staff.id, ()), (other.id, (draft.id,))] if expected else [])
    if expected:
        assert found[0].target == ActionTarget("skp", staff.id)
        assert found[1].target == ActionTarget("skp", other.id, skp_id=draft.id)
        assert "belum dibuat" in found[0].detail and "Draft" in found[1].detail


def test_approved_skp_is_no_reminder(office, people):
    head, kabid, staff, other = people
    _approved(office, staff.id)
    found = reminders(office, today=dt.date(2026, 2, 1), rule=RULE_SKP_NOT_APPROVED)
    assert [r.pegawai_id for r in found] == [other.id]


@pytest.mark.parametrize("days_ago, expected", [(13, False), (14, False), (15, True)])
def test_b18_missing_after_fourteen_days(office, people, days_ago, expected):
    head, kabid, staff, other = people
    d = dialog(office, [staff, other], TODAY - days_ago * DAY, kind=DialogKind.COACHING)
    dialog(office, [staff], TODAY - 30 * DAY)  # not a bimbingan: no B.1.8 asked
    found = reminders(office, rule=RULE_B18_MISSING)
    assert sorted(r.pegawai_id for r in found) == (sorted([staff.id, other.id]) if expected else [])
    if expected:
        office.acting.act_as(NIP_STAFF)
        office.coaching.record_feedback(d.id, staff.id, [1] * 9, answered_on=TODAY)
        found = reminders(office, rule=RULE_B18_MISSING)
        assert [(r.pegawai_id, r.record_ids) for r in found] == [(other.id, (d.id,))]
        assert found[0].target == ActionTarget("dialog", other.id, dialog_id=d.id)
        assert found[0].due == d.held_on + 14 * DAY
        # the participant is reminded of their own form; a colleague is not
        assert [r.pegawai_id for r in reminders(office, nip=NIP_OTHER, rule=RULE_B18_MISSING)] \
            == [other.id]
        assert reminders(office, nip=NIP_STAFF, rule=RULE_B18_MISSING) == []


def test_confidential_bimbingan_without_b18_only_for_its_readers(office, people):
    head, kabid, staff, other = people
    office.acting.act_as(NIP_HEAD)
    dialog(office, [staff], TODAY - 20 * DAY, kind=DialogKind.KONSELING, led_by_id=head.id)
    assert [r.pegawai_id for r in reminders(office, nip=NIP_STAFF, rule=RULE_B18_MISSING)] \
        == [staff.id]
    assert [r.pegawai_id for r in reminders(office, nip=NIP_HEAD, rule=RULE_B18_MISSING)] \
        == [staff.id]
    assert reminders(office, nip=NIP_KABID, rule=RULE_B18_MISSING) == []  # not a reader
    assert reminders(office, nip=None, rule=RULE_B18_MISSING) == []


def test_nobody_acting_lists_the_whole_office(office, people):
    head, kabid, staff, other = people
    dialog(office, [staff], TODAY - 100 * DAY, follow_ups=[("Arsip", staff, TODAY - 50 * DAY)])
    office.acting.act_as(None)
    listed = office.reminders.list(dt.date(2026, 6, 15))
    assert listed.office_wide and listed.today == TODAY
    assert {(r.rule, r.pegawai_id) for r in listed.reminders} == {
        (RULE_FOLLOWUP_OVERDUE, staff.id), (RULE_NO_DIALOG, staff.id),
        (RULE_NO_DIALOG, other.id), (RULE_NO_DIALOG, kabid.id),
        (RULE_SKP_NOT_APPROVED, staff.id), (RULE_SKP_NOT_APPROVED, other.id),
        (RULE_SKP_NOT_APPROVED, kabid.id), (RULE_SKP_NOT_APPROVED, head.id)}
    office.acting.act_as(NIP_KABID)
    assert not office.reminders.list(TODAY).office_wide


def test_each_rule_is_a_perlu_tindakan_source(office, people):
    head, kabid, staff, other = people
    d = dialog(office, [staff], TODAY - 20 * DAY, kind=DialogKind.MENTORING,
               follow_ups=[("Baca pedoman", staff, TODAY - DAY)])
    registered = {s.key: s for s in ACTION_SOURCES}
    assert set(RULES) <= set(registered)
    assert {k: registered[k].label for k in RULES} == RULE_LABELS
    with office.db.reader() as reader:
        items = {rule: ReminderSource(rule, RULE_LABELS[rule], today=lambda: TODAY)
                 .items(reader, kabid.id, 2026) for rule in RULES}
    assert [(i.title, i.target) for i in items[RULE_FOLLOWUP_OVERDUE]] == [
        ("Baca pedoman", ActionTarget("dialog", staff.id, dialog_id=d.id))]
    assert [i.target for i in items[RULE_B18_MISSING]] == [
        ActionTarget("dialog", staff.id, dialog_id=d.id)]
    assert [i.target.kind for i in items[RULE_NO_DIALOG]] == ["new_dialog"]
    groups = {g.key for g in office.actions.collect(kabid.id, 2026)}
    assert set(RULES) <= groups
