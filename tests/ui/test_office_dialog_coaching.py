"""Pengaturan kantor: the two settings of issue 10 (the B.1.8 response scale and the days
without a dialog before a reminder) round-trip through the database; a bad scale is shown under
its field and nothing at all is saved."""

from __future__ import annotations

from skpdesk.domain.dialog import SETTING_B18_SCALE, SETTING_DIALOG_CADENCE
from skpdesk.ui.shell.office_dialog import FIELD_CADENCE, FIELD_SCALE, OfficeDialog


def make(qtbot, demo, tasks, qsettings) -> OfficeDialog:
    dialog = OfficeDialog(demo.office, demo.staff, tasks, qsettings)
    qtbot.addWidget(dialog)
    return dialog


def test_scale_and_cadence_round_trip(qtbot, demo, tasks, qsettings, events):
    dialog = make(qtbot, demo, tasks, qsettings)
    assert dialog.scale_edit.text() == "Sangat Setuju;Setuju;Tidak Setuju;Sangat Tidak Setuju"
    assert dialog.cadence_spin.value() == 92
    dialog.scale_edit.setText(" Selalu ; Sering;Kadang-kadang ;Tidak pernah")
    dialog.cadence_spin.setValue(60)
    with qtbot.waitSignal(events.changes_applied):
        dialog.accept()
    assert dialog.saved
    stored = demo.office.settings()
    assert stored[SETTING_B18_SCALE] == "Selalu;Sering;Kadang-kadang;Tidak pernah"
    assert stored[SETTING_DIALOG_CADENCE] == "60"
    assert demo.coaching.scale() == ("Selalu", "Sering", "Kadang-kadang", "Tidak pernah")

    again = make(qtbot, demo, tasks, qsettings)
    assert again.scale_edit.text() == "Selalu;Sering;Kadang-kadang;Tidak pernah"
    assert again.cadence_spin.value() == 60


def test_unchanged_settings_are_not_written(qtbot, demo, tasks, qsettings):
    journal = demo.journal.count()
    dialog = make(qtbot, demo, tasks, qsettings)
    dialog.accept()
    assert dialog.saved and demo.journal.count() == journal


def test_a_bad_scale_is_refused_under_its_field_and_nothing_is_saved(qtbot, demo, tasks,
                                                                     qsettings):
    before, journal = demo.office.settings(), demo.journal.count()
    dialog = make(qtbot, demo, tasks, qsettings)
    dialog.city_edit.setText("Kota Lain")  # a valid change that must not be half-saved
    dialog.cadence_spin.setValue(30)
    for bad in ("Setuju", "Setuju;;Tidak", "Setuju;setuju"):
        dialog.scale_edit.setText(bad)
        dialog.accept()
        assert dialog.error_text_of(FIELD_SCALE), bad
        assert not dialog.error_text_of(FIELD_CADENCE)
        assert not dialog.saved
    assert demo.office.settings() == before and demo.journal.count() == journal
    assert demo.office.instansi().city != "Kota Lain"
