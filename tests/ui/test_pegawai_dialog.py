"""Adding, editing and moving a pegawai in the window, with the staff import's rules; marking
one as no longer active (issue 9, "Editing in the window")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from skpdesk.domain.people import EmploymentStatus
from skpdesk.ui.team.employment_dialog import EmploymentStatusDialog, warnings_text
from skpdesk.ui.team.pegawai_dialog import MODE_ADD, MODE_EDIT, MODE_MOVE, PegawaiDialog

from .helpers import kepala_dinas

NEW_NIP = "199203042019031004"


def dialog_for(qtbot, services, tasks, **kwargs) -> PegawaiDialog:
    dialog = PegawaiDialog(services.staff, tasks, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def fill_new(dialog, head, *, nip=NEW_NIP):
    dialog.name_edit.setText("Rina Wulandari")
    dialog.asn_combo.setCurrentIndex(dialog.asn_combo.findData("PNS"))
    dialog.nip_edit.setText(nip)
    dialog.rank_combo.setCurrentIndex(dialog.rank_combo.findData("III/a"))
    dialog.position_edit.setText("Pranata Komputer Ahli Pertama")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("fungsional"))
    dialog.jenjang_combo.setCurrentIndex(dialog.jenjang_combo.findData("Ahli Pertama"))
    dialog.unit_edit.setText(head.unit_path)
    dialog.supervisor_edit.setText(head.nip)


def test_adding_with_a_bad_nip_is_refused_under_the_field_and_writes_nothing(
        qtbot, demo, tasks, language):
    language("id")
    head = kepala_dinas(demo)
    count, journal = demo.staff.count(), demo.journal.count()
    dialog = dialog_for(qtbot, demo, tasks, mode=MODE_ADD)
    fill_new(dialog, head, nip="19920304201903100")  # 17 digits
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text_of("nip") == "NIP harus 18 digit (terisi 17 digit)."
    assert dialog.saved is None
    assert (demo.staff.count(), demo.journal.count()) == (count, journal)

    dialog.nip_edit.setText(NEW_NIP)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text_of("nip") == ""
    added = demo.staff.by_nip(NEW_NIP)
    assert dialog.saved == added and added.supervisor_id == head.id
    assert added.jenjang == "Ahli Pertama" and demo.staff.count() == count + 1


def test_an_unknown_supervisor_or_a_duplicate_nip_is_refused_by_the_service(qtbot, demo, tasks):
    head = kepala_dinas(demo)
    count = demo.staff.count()
    dialog = dialog_for(qtbot, demo, tasks, mode=MODE_ADD)
    fill_new(dialog, head, nip=head.nip)  # already the Kepala Dinas's NIP
    dialog.accept()
    assert head.name in dialog.error_text_of("nip")  # NIP_DUPLICATE names who has it
    fill_new(dialog, head)
    dialog.supervisor_edit.setText("198001012005011001")
    dialog.accept()
    assert dialog.error_text_of("nip_atasan")
    assert dialog.saved is None and demo.staff.count() == count


def test_editing_with_a_bad_nip_is_refused_and_a_good_edit_saves_only_what_changed(
        qtbot, demo, tasks):
    head = kepala_dinas(demo)
    staff = demo.staff.list(supervisor_id=head.id)[0]
    journal = demo.journal.count()
    dialog = dialog_for(qtbot, demo, tasks, pegawai=staff, mode=MODE_EDIT)
    assert dialog.name_edit.text() == staff.name and dialog.supervisor_edit.text() == head.nip
    dialog.nip_edit.setText("12345")
    dialog.accept()
    assert dialog.error_text_of("nip").startswith("NIP")
    assert demo.journal.count() == journal and demo.staff.get(staff.id) == staff

    dialog.nip_edit.setText(staff.nip)
    dialog.position_edit.setText("Jabatan Baru Uji")
    dialog.accept()
    saved = demo.staff.get(staff.id)
    assert dialog.saved == saved and saved.position == "Jabatan Baru Uji"
    entry = demo.journal.for_entity(staff.id)[-1]
    assert set(entry.fields) == {"position"}  # only the changed column is written


def test_moving_puts_unit_and_supervisor_first_and_saves_them(qtbot, demo, tasks):
    head = kepala_dinas(demo)
    staff = demo.staff.list(supervisor_id=head.id)[-1]
    other = next(p for p in demo.staff.list() if p.id not in (staff.id, head.id)
                 and p.supervisor_id == head.id)
    dialog = dialog_for(qtbot, demo, tasks, pegawai=staff, mode=MODE_MOVE)
    assert dialog.focusWidget() in (dialog.unit_edit, None)
    dialog.unit_edit.setText("Unit Baru Uji/Sub Unit")
    dialog.supervisor_edit.setText(other.nip)
    dialog.supervisor_edit.editingFinished.emit()
    assert other.name in dialog.supervisor_name.text()
    dialog.accept()
    moved = demo.staff.get(staff.id)
    assert (moved.unit_path, moved.supervisor_id) == ("Unit Baru Uji/Sub Unit", other.id)


def test_marking_as_retired_keeps_history_and_warns_about_subordinates(qtbot, demo, tasks):
    head = kepala_dinas(demo)
    history = len(demo.journal.for_entity(head.id))
    dialog = EmploymentStatusDialog(demo.staff, tasks, head)
    qtbot.addWidget(dialog)
    assert dialog.status_combo.currentData() == "pensiun"
    dialog.since_edit.setDate(QDate(2026, 4, 1))
    dialog.accept()
    change = dialog.result_change
    after = demo.staff.get(head.id)
    assert after.employment_status is EmploymentStatus.PENSIUN
    assert after.status_since == dt.date(2026, 4, 1)
    assert len(demo.journal.for_entity(head.id)) == history + 1  # nothing removed
    assert change.active_subordinates and "still active" in warnings_text(change)

    back = EmploymentStatusDialog(demo.staff, tasks, after)
    qtbot.addWidget(back)
    back.status_combo.setCurrentIndex(back.status_combo.findData("aktif"))
    back.accept()
    assert demo.staff.get(head.id).is_active and warnings_text(back.result_change) == ""
