"""Bad input in the window: control characters in the new-office form are named at the field
(the same rule the services apply), and a staff file with more problems than the report lists
ends the table with "… and N more problems"."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from skpdesk.domain.errors import ErrorCode, ImportRejected
from skpdesk.services import file_limits
from skpdesk.services.staff_files import COLUMNS
from skpdesk.ui.staff_import.import_dialog import ImportDialog

from .test_welcome import fill_me, fill_office, make_dialog


def test_control_characters_are_named_at_the_field_and_nothing_is_created(qtbot, services,
                                                                          qsettings, tasks):
    dialog = make_dialog(qtbot, services, qsettings, tasks)
    fill_office(qtbot, dialog)
    fill_me(qtbot, dialog)
    dialog.name_edit.setText("Siti \u202eRahayu")  # pasted: an RTL override is invisible
    dialog.city_edit.setText("Wono\x1b[2Jsari")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result_office is None
    shown = {k for k in dialog.errors if dialog.error_text_of(k)}
    assert shown == {"nama", "kota"}
    assert "(U+202E RIGHT-TO-LEFT OVERRIDE) at position 6" in dialog.error_text_of("nama")
    assert "U+001B ESCAPE" in dialog.error_text_of("kota")
    assert services.office.instansi() is None and services.staff.count() == 0


def test_problems_beyond_the_cap_end_the_table_with_a_count(qtbot, office, qsettings, tasks,
                                                             tmp_path, monkeypatch):
    monkeypatch.setattr(file_limits, "MAX_PROBLEMS", 5)
    path = tmp_path / "pegawai.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for i in range(12):  # 12 rows without a name
            writer.writerow([f"1990010120150310{i + 10}", "", "", "", "PNS", "III/a", "Analis",
                             "pelaksana", "", "Umum", "", ""])
    dialog = ImportDialog(office.staff_files, qsettings, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    assert isinstance(dialog.error, ImportRejected) and dialog.error.omitted == 7
    model = dialog.problems_view.model()
    assert model.rowCount() == 6
    last = [model.index(5, c).data() for c in range(3)]
    assert last == ["…", "—", "… and 7 more problems"]
    assert model.problem_rows() == [2, 3, 4, 5, 6]
    assert "12 problems; the first 5 are listed" in dialog.summary_label.text()
    assert all(p.error.code is ErrorCode.FIELD_REQUIRED for p in dialog.error.problems)
