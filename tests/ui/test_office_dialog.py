"""Settings > Office settings…: instansi, city, logo, print settings and the pengelola kinerja
(admins) round-trip through the database."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt

from skpdesk.ui import ui_settings
from skpdesk.ui.shell.office_dialog import KEY_ADMINS, KEY_LABEL, KEY_PLACE_DATE, OfficeDialog

from .helpers import kepala_dinas


def make(qtbot, demo, tasks, qsettings) -> OfficeDialog:
    dialog = OfficeDialog(demo.office, demo.staff, tasks, qsettings)
    qtbot.addWidget(dialog)
    return dialog


def test_office_dialog_round_trip(qtbot, demo, tasks, qsettings, tmp_path, events):
    head = kepala_dinas(demo)
    logo = tmp_path / "logos" / "logo.png"
    logo.parent.mkdir()
    Image.new("RGB", (120, 80), (20, 90, 40)).save(logo)
    dialog = make(qtbot, demo, tasks, qsettings)
    assert dialog.instansi_edit.text() == demo.office.instansi().name
    dialog.instansi_edit.setText("Dinas Kominfo Kabupaten Uji")
    dialog.city_edit.setText("Kota Uji")
    dialog.ask_logo_path = lambda start: str(logo)
    dialog.choose_logo()
    dialog.label_combo.setCurrentIndex(1)
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData("city_blank"))
    dialog.admin_search.setText(head.nip)
    assert dialog.admin_results.count() == 1
    dialog.admin_results.setCurrentRow(0)
    qtbot.mouseClick(dialog.add_admin_button, Qt.MouseButton.LeftButton)
    assert dialog.admins() == [head.nip]
    with qtbot.waitSignal(events.changes_applied):
        dialog.accept()
    assert dialog.saved
    instansi = demo.office.instansi()
    assert (instansi.name, instansi.city) == ("Dinas Kominfo Kabupaten Uji", "Kota Uji")
    assert instansi.logo_path.startswith("attachments/") and instansi.logo_path.endswith(".png")
    stored = demo.office.settings()
    # index 1: the non-default choice (ATASAN is the default since issue 13)
    assert stored[KEY_LABEL] == "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"
    assert (stored[KEY_PLACE_DATE], stored[KEY_ADMINS]) == ("city_blank", head.nip)
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_LOGO) == str(logo.parent)

    # shown again as saved; removing the admin empties the setting
    again = make(qtbot, demo, tasks, qsettings)
    assert again.admins() == [head.nip] and again.city_edit.text() == "Kota Uji"
    assert again.place_combo.currentData() == "city_blank"
    again.admin_list.setCurrentRow(0)
    again.remove_selected_admin()
    again.accept()
    assert demo.office.settings()[KEY_ADMINS] == ""


def test_empty_city_and_a_bad_logo_are_refused_and_nothing_is_saved(
        qtbot, demo, tasks, qsettings, tmp_path):
    before, journal = demo.office.instansi(), demo.journal.count()
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n<html></html>")
    dialog = make(qtbot, demo, tasks, qsettings)
    dialog.ask_logo_path = lambda start: str(fake)
    dialog.choose_logo()
    assert dialog.error_text_of("logo") and dialog.logo_path is None
    dialog.city_edit.setText("   ")
    dialog.accept()
    assert dialog.error_text_of("kota") and not dialog.saved
    assert demo.office.instansi() == before and demo.journal.count() == journal
