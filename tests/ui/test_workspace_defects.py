"""Defects of the workspace found when it was tried as a new supervisor (issue 9, section D):
each test fails on the window as it was and passes on the fixed one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from skpdesk.domain.skp import RhkKind, SkpStatus
from skpdesk.ui.skp.skp_tab import SkpTabWidget

YEAR = dt.date.today().year


def skp_of_status(demo, status: SkpStatus):
    for pegawai in demo.staff.list():
        skp = demo.skp.find(pegawai.id, YEAR)
        if skp is not None and skp.status is status and skp.rhk_of(RhkKind.UTAMA):
            return skp
    raise AssertionError(f"the demo office has no {status} SKP")


def make_tab(qtbot, demo, tasks, events, pegawai_id, size=(1100, 700)) -> SkpTabWidget:
    tab = SkpTabWidget(demo.skp, demo.staff, tasks, events, pegawai_id=pegawai_id)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_return_dialog_shows_the_whole_note_required_message(qtbot, demo, tasks, events,
                                                                  language, lang):
    language(lang)
    skp = skp_of_status(demo, SkpStatus.DIAJUKAN)
    tab = make_tab(qtbot, demo, tasks, events, skp.pegawai_id)
    tab.request_transition("return")
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no note: refused
    label, note = dialog.error_label, dialog.text_edit
    assert label.isVisible() and label.text()
    assert demo.skp.get(skp.id).status is SkpStatus.DIAJUKAN
    assert label.geometry().top() >= note.geometry().bottom()  # under the box, not over it
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line
    assert label.geometry().bottom() < dialog.buttons.geometry().top()
    assert dialog.rect().contains(label.geometry())
