"""Reminders in the main window (issue 10): "Pengingat: N" in the status bar counts the reminder
items of "Perlu tindakan" and follows the database; a reminder opens its record (the dialog in
the "Dialog & umpan balik" tab, or a new dialog for a team member without one); clicking the
count shows the pane. Each test checks the database afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.dialog import DialogKind, FollowUpStatus
from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
from skpdesk.services.dialog.reminders import RULE_FOLLOWUP_OVERDUE, RULE_NO_DIALOG
from skpdesk.ui.shell.main_window import DIALOG_TAB
from skpdesk.ui.team.action_panel import REMINDER_KEYS, TARGET_ROLE

from .helpers import kepala_dinas, shown_main_window

TODAY = dt.date.today()


@pytest.fixture
def people(demo):
    """The head of the demo office is "Saya adalah" (stored in the database, as the window
    reads it); one of their direct reports."""
    head = kepala_dinas(demo)
    demo.acting.set_me_id(head.id)
    return head, demo.staff.subordinates(head.id)[0]


@pytest.fixture
def window(qtbot, demo, qsettings, tasks, events, people):
    return shown_main_window(qtbot, demo, qsettings, tasks, events)


def shown_count(window) -> int:
    text = window.reminders_label.text()
    assert not window.reminders_label.isHidden() and "Reminders: " in text
    return int(text.split("Reminders: ")[1].split("<")[0])


def reminder_items(window, key: str):
    """(tree item, target) of the pane's entries of one rule."""
    tree = window.action_panel.tree
    found = []
    for row in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(row)
        for i in range(heading.childCount()):
            child = heading.child(i)
            target = child.data(0, TARGET_ROLE)
            if any(g.key == key and any(it.target == target for it in g.items)
                   for g in window.action_panel.groups):
                found.append((child, target))
    return found


def overdue_dialog(demo, tasks, sub):
    """A dialog 100 days ago (so the pegawai still has no recent dialog) with a follow-up 3
    days overdue, written through the worker as the window would."""
    held = TODAY - dt.timedelta(days=100)
    inp = DialogInput(held_on=held, kind=DialogKind.PEMANTAUAN, participant_ids=(sub.id,),
                      notes="Pemantauan capaian", follow_ups=(FollowUpInput(
                          "Kirim laporan capaian", owner_id=sub.id,
                          due_on=TODAY - dt.timedelta(days=3)),))
    outcome = []
    tasks.run(lambda: demo.dialogs.add(inp), outcome.append)
    return outcome[0].value


def test_the_count_follows_the_database_and_a_reminder_opens_its_dialog(
        qtbot, window, demo, tasks, people):
    _head, sub = people
    before = shown_count(window)
    assert before == window.action_panel.reminder_count() > 0  # the demo's team has some

    dialog = overdue_dialog(demo, tasks, sub)
    [follow_up] = dialog.follow_ups
    assert shown_count(window) == before + 1
    [(item, target)] = [(i, t) for i, t in reminder_items(window, RULE_FOLLOWUP_OVERDUE)
                        if t.dialog_id == dialog.id]
    assert (target.kind, target.pegawai_id) == ("dialog", sub.id)

    window.action_panel.tree.itemActivated.emit(item, 0)  # Enter / double click
    tab = window.workspace_tabs.currentWidget()
    assert tab.objectName() == DIALOG_TAB and window.current_pegawai_id() == sub.id
    assert tab.current_dialog is not None and tab.current_dialog.id == dialog.id

    # done: the reminder goes, and the database says so
    tasks.run(lambda: demo.dialogs.set_follow_up_status(follow_up.id, FollowUpStatus.DONE,
                                                        "terkirim"))
    assert demo.dialogs.follow_up(follow_up.id).status is FollowUpStatus.DONE
    assert shown_count(window) == before
    assert not [t for _i, t in reminder_items(window, RULE_FOLLOWUP_OVERDUE)
                if t.dialog_id == dialog.id]


def test_a_team_member_without_a_dialog_opens_a_new_dialog(qtbot, window, demo, people):
    journal = demo.journal.count()
    (item, target), *_ = reminder_items(window, RULE_NO_DIALOG)
    assert target.kind == "new_dialog"
    dialogs_before = demo.dialogs.for_pegawai(target.pegawai_id)
    window.action_panel.tree.itemActivated.emit(item, 0)
    tab = window.workspace_tabs.currentWidget()
    assert tab.objectName() == DIALOG_TAB and tab.pegawai_id() == target.pegawai_id
    editor = tab.editor
    assert editor is not None and editor.isVisible()
    editor.reject()  # nothing written until the editor is saved
    assert demo.journal.count() == journal
    assert demo.dialogs.for_pegawai(target.pegawai_id) == dialogs_before


def test_clicking_the_count_shows_needs_action_on_a_reminder(qtbot, window):
    window.action_dock_action.setChecked(False)
    assert window.action_dock.isHidden()
    window.reminders_label.linkActivated.emit("reminders")
    assert not window.action_dock.isHidden()
    current = window.action_panel.tree.currentItem()
    assert current is not None
    assert current.parent().data(0, TARGET_ROLE + 1) in REMINDER_KEYS


def test_no_count_while_nobody_is_acting(qtbot, window, demo):
    window.set_identity(None)
    assert window.reminders_label.isHidden() and window.reminder_count() is None
    assert demo.acting.stored_me() is None


def test_a_bukti_to_verify_appears_under_its_heading_and_goes_once_verified(
        qtbot, window, demo, tasks, people):
    """Issue 11: "Perlu tindakan" follows bukti dukung written elsewhere (the panel refreshes on
    `bukti_dukung` changes) and shows the source's translated heading."""
    head, sub = people
    skp = demo.skp.for_pegawai(sub.id, TODAY.year)
    period = next(p for p in demo.periods.list(TODAY.year) if not p.closed(TODAY))
    outcome = []
    tasks.run(lambda: demo.evidence.add_link(skp.id, skp.rhk[0].id, period.name,
                                             "https://contoh.go.id/bukti", today=TODAY),
              outcome.append)
    bukti = outcome[0].value

    def mine():
        return [it for g in window.action_panel.groups if g.key == "evidence_verify"
                for it in g.items if it.target.evidence_id == bukti.id]
    qtbot.waitUntil(lambda: bool(mine()))
    headings = [window.action_panel.tree.topLevelItem(i).text(0)
                for i in range(window.action_panel.tree.topLevelItemCount())]
    assert any(h.startswith("Evidence waiting for my verification") for h in headings), headings

    tasks.run(lambda: demo.evidence.verify(bukti.id, True, today=TODAY))
    assert demo.evidence.get(bukti.id).status.value == "diterima"
    qtbot.waitUntil(lambda: not mine())
