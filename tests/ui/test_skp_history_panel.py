"""The SKP tab's History page: the workflow steps (who, when, note) after submit, return and
approve, and the content changed since the approval."""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.skp import RhkKind, SkpStatus
from skpdesk.ui.skp.skp_tab import SkpTabWidget

YEAR = dt.date.today().year


def submitted_skp(demo):
    """A staff SKP of this year that is Diajukan, and its pejabat penilai (acting as them)."""
    for pegawai in demo.staff.list():
        skp = demo.skp.find(pegawai.id, YEAR)
        if skp is None or pegawai.supervisor_id is None or not skp.rhk_of(RhkKind.UTAMA) \
                or demo.staff.subordinates(pegawai.id):
            continue
        penilai = demo.staff.get(skp.appraiser_id or pegawai.supervisor_id)
        if not penilai.nip:
            continue
        demo.acting.act_as(penilai.nip)
        if skp.status is SkpStatus.DISETUJUI:
            demo.skp.reopen(skp.id, "untuk diuji")
        if demo.skp.get(skp.id).status is SkpStatus.DRAFT:
            demo.skp.submit(skp.id, "untuk diuji")
        return demo.skp.get(skp.id), pegawai, penilai
    raise AssertionError("the demo office has no suitable SKP")


def make_tab(qtbot, demo, tasks, events, pegawai_id) -> SkpTabWidget:
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=pegawai_id,
                       history=demo.skp_history)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.inner_tabs.setCurrentWidget(tab.history_panel)
    qtbot.waitUntil(tab.history_panel.isVisible, timeout=3000)
    return tab


def test_history_panel_after_submit_return_approve_and_an_edit(qtbot, demo, tasks, events):
    skp, pegawai, penilai = submitted_skp(demo)
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    panel = tab.history_panel
    steps_before = len(panel.step_rows())
    assert panel.step_rows()[-1][1] == "Submitted"

    for call in (lambda: demo.skp.return_to_draft(skp.id, "target belum jelas"),
                 lambda: demo.skp.submit(skp.id, "sudah diperbaiki"),
                 lambda: demo.skp.approve(skp.id, "sudah sesuai"),
                 lambda: demo.skp.reopen(skp.id, "perlu revisi")):
        tasks.run(call)
    rhk = demo.skp.get(skp.id).rhk[0]
    tasks.run(lambda: demo.skp.update_rhk(rhk.id, text="RHK yang diubah setelah disetujui"))

    rows = panel.step_rows()[steps_before:]
    assert [r[1] for r in rows] == ["Returned", "Submitted", "Approved", "Reopened"]
    assert [r[3] for r in rows] == ["target belum jelas", "sudah diperbaiki", "sudah sesuai",
                                    "perlu revisi"]
    assert {r[2] for r in rows} == {f"{penilai.full_name} ({penilai.nip})"}  # journal.person
    assert all(r[0] for r in rows)
    assert "Changes since the approval" in panel.changes_title.text()
    [change] = panel.change_rows()
    assert change[:3] == ["RHK", "changed", "RHK yang diubah setelah disetujui"]
    assert f"{rhk.text} → RHK yang diubah setelah disetujui" in change[3]


def test_history_shows_atas_nama_with_the_reason(qtbot, demo, tasks, events):
    skp, pegawai, penilai = submitted_skp(demo)
    admin = next(p for p in demo.staff.list() if p.nip and p.id not in
                 (pegawai.id, penilai.id, pegawai.supervisor_id))
    demo.office.set_setting("roles.pengelola_kinerja", admin.nip)
    demo.acting.act_as(admin.nip)
    demo.skp.approve(skp.id, "disetujui", on_behalf_reason="penilai sedang cuti")
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    last = tab.history_panel.step_rows()[-1]
    assert last[1] == "Approved" and last[3] == "disetujui"
    assert last[2].startswith(f"{admin.full_name} ({admin.nip}) atas nama ")
    assert last[2].endswith("— reason: penilai sedang cuti")
