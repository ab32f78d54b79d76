"""The SKP tab's History page: the workflow steps (who, when, note) after submit, return and
approve, and the content changed since the approval."""

from __future__ import annotations

import json

from skpdesk.ui.skp.skp_tab import SkpTabWidget

from .test_skp_commands import draft_skp


def test_history_panel_after_submit_return_approve_and_an_edit(qtbot, demo, tasks, events):
    skp = draft_skp(demo)
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=skp.pegawai_id,
                       history=demo.skp_history)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    panel = tab.history_panel
    tab.inner_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    steps_before = len(panel.step_rows())

    for call in (lambda: demo.skp.submit(skp.id, "mohon diperiksa"),
                 lambda: demo.skp.return_to_draft(skp.id, "target belum jelas"),
                 lambda: demo.skp.submit(skp.id),
                 lambda: demo.skp.approve(skp.id, "sudah sesuai"),
                 lambda: demo.skp.reopen(skp.id, "perlu revisi")):
        tasks.run(call)
    rhk = demo.skp.get(skp.id).rhk[0]
    tasks.run(lambda: demo.skp.update_rhk(rhk.id, text="RHK yang diubah setelah disetujui"))

    rows = panel.step_rows()
    assert [r[1] for r in rows[steps_before:]] == ["Submitted", "Returned", "Submitted",
                                                   "Approved", "Reopened"]
    assert [r[3] for r in rows[steps_before:]] == ["mohon diperiksa", "target belum jelas", "",
                                                   "sudah sesuai", "perlu revisi"]
    assert all(r[2] == "test" and r[0] for r in rows)  # nobody said who they are: the OS actor
    assert "Changes since the approval" in panel.changes_title.text()
    [change] = panel.change_rows()
    assert change[:3] == ["RHK", "changed", "RHK yang diubah setelah disetujui"]
    assert f"{rhk.text} → RHK yang diubah setelah disetujui" in change[3]


def test_history_names_the_acting_pegawai_and_atas_nama_from_the_journal(
        qtbot, demo, tasks, events):
    """`journal.person` (written by the "who is acting" part) wins over the OS user."""
    skp = draft_skp(demo)
    tasks.run(lambda: demo.skp.submit(skp.id, "mohon"))
    person = json.dumps({"nip": "197001012000031001", "name": "Admin Kinerja",
                         "on_behalf_of": {"nip": "1", "name": "Bu Penilai"},
                         "reason": "penilai sedang cuti"}, sort_keys=True)
    # Only this test writes `person` by hand: the column belongs to the acting feature.
    import sqlite3
    con = sqlite3.connect(demo.db.path)
    con.execute("UPDATE journal SET person = ? WHERE entity = 'skp' AND entity_id = ? AND "
                "fields LIKE '%diajukan%' AND fields LIKE '%mohon%'", (person, skp.id))
    con.commit()
    con.close()
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=skp.pegawai_id,
                       history=demo.skp_history)
    qtbot.addWidget(tab)
    tab.show()
    tab.inner_tabs.setCurrentWidget(tab.history_panel)
    qtbot.waitUntil(tab.history_panel.isVisible, timeout=3000)
    last = tab.history_panel.step_rows()[-1]
    assert last[1] == "Submitted"
    assert last[2] == ("Admin Kinerja (197001012000031001) atas nama Bu Penilai — reason: "
                       "penilai sedang cuti")
