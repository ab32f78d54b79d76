"""Import employees: a good file reports what was created; a bad one lists its problems per row
in a table and writes nothing; the template, the remembered folder and the File menu action."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from skpdesk.domain.errors import ErrorCode, ImportRejected
from skpdesk.services.staff_files import COLUMNS
from skpdesk.ui import ui_settings
from skpdesk.ui.messages import error_text
from skpdesk.ui.shell import gui_app
from skpdesk.ui.staff_import.import_dialog import ImportDialog

HEAD = "198503152010011002"


def person(nip, nama, **more):
    row = {"nip": nip, "nama": nama, "gelar_depan": "", "gelar_belakang": "", "jenis_asn": "PNS",
           "golongan": "III/c", "jabatan": "Analis Data", "jenis_jabatan": "pelaksana",
           "jenjang": "", "unit": "Sekretariat", "nip_atasan": "", "nip_atasan_penilai": ""}
    row.update(more)
    return row


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def make_dialog(qtbot, services, qsettings, tasks) -> ImportDialog:
    dialog = ImportDialog(services.staff_files, qsettings, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def table(dialog: ImportDialog) -> list[tuple]:
    model = dialog.problems_view.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_a_good_file_is_imported_and_the_counts_are_reported(qtbot, office, qsettings, tasks,
                                                             events, tmp_path):
    path = write_csv(tmp_path / "pegawai.csv", [
        person(HEAD, "Siti Rahayu", jabatan="Sekretaris", jenis_jabatan="administrator",
               golongan="IV/a"),
        person("197001011995031001", "Budi Santoso", nip_atasan=HEAD),
        person("199002022015032003", "Ani Lestari", jenis_jabatan="fungsional",
               jenjang="Ahli Pertama", jabatan="Pranata Komputer Ahli Pertama", nip_atasan=HEAD),
    ])
    dialog = make_dialog(qtbot, office, qsettings, tasks)
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    dialog.path_edit.setText(str(path))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(events.changes_applied) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.report is not None and dialog.report.created == 3
    assert (dialog.report.updated, dialog.report.unchanged) == (0, 0)
    assert signal.args[0].affects("pegawai") and signal.args[1] is dialog
    summary = dialog.summary_label.text()
    assert dialog.summary_label.isVisible() and "New employees: 3" in summary
    assert not dialog.problems_view.isVisible()
    # in the database
    assert office.staff.count() == 3
    head = office.staff.by_nip(HEAD)
    assert {p.name for p in office.staff.subordinates(head.id)} == {"Budi Santoso", "Ani Lestari"}
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_STAFF_IMPORT) == str(tmp_path)

    # the same file again changes nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (dialog.report.created, dialog.report.unchanged) == (0, 3)
    assert "unchanged: 3" in dialog.summary_label.text()
    assert office.staff.count() == 3


def test_a_bad_file_lists_the_problems_per_row_and_imports_nothing(qtbot, demo, qsettings, tasks,
                                                                   events, tmp_path):
    path = write_csv(tmp_path / "pegawai.csv", [
        person("197001011995031001", "Budi Santoso"),  # fine, but the file is refused as a whole
        person("19850315", "Nip Pendek"),  # row 3
        person("199002022015032003", "Tanpa Jabatan", jabatan="", golongan="V/z"),  # row 4
        person("198811112012121001", "Atasan Hilang", nip_atasan="196001011985031009"),  # row 5
    ])
    pegawai_before, journal_before = demo.staff.count(), demo.journal.count()
    emitted = []
    events.changes_applied.connect(lambda *args: emitted.append(args))
    dialog = make_dialog(qtbot, demo, qsettings, tasks)
    dialog.path_edit.setText(str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter in the path field imports too

    assert dialog.report is None and isinstance(dialog.error, ImportRejected)
    rows = table(dialog)
    assert [(row, column) for row, column, _ in rows] == [
        (3, "nip"), (4, "golongan"), (4, "jabatan"), (5, "nip_atasan")]
    assert [text for _, _, text in rows] == [error_text(p.error) for p in dialog.error.problems]
    assert dialog.problems_view.isVisible() and dialog.copy_button.isVisible()
    summary = dialog.summary_label.text()
    assert summary.startswith("Nothing was imported") and "4 problem(s) in 3 row(s)" in summary
    # nothing was written
    assert demo.staff.count() == pegawai_before == 40
    assert demo.journal.count() == journal_before
    assert emitted == []

    dialog.copy_problems()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tColumn\tProblem" and copied[1].startswith("3\tnip\t")


def test_the_problem_table_is_indonesian_by_default(qtbot, office, qsettings, tasks, tmp_path,
                                                    language):
    language("id")
    path = write_csv(tmp_path / "pegawai.csv", [person("123", "Nip Pendek")])
    dialog = make_dialog(qtbot, office, qsettings, tasks)
    dialog.path_edit.setText(str(path))
    dialog.start_import()
    model = dialog.problems_view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Baris", "Kolom", "Masalah"]
    assert table(dialog) == [(2, "nip", "NIP harus 18 digit (terisi 3 digit).")]
    assert dialog.summary_label.text().startswith("Tidak ada yang diimpor")
    assert office.staff.count() == 0


def test_an_unreadable_file_is_explained_and_imports_nothing(qtbot, office, qsettings, tasks,
                                                             tmp_path):
    dialog = make_dialog(qtbot, office, qsettings, tasks)
    dialog.path_edit.setText(str(tmp_path / "missing.csv"))
    dialog.start_import()
    assert dialog.error.code is ErrorCode.FILE_NOT_FOUND
    assert dialog.summary_label.text() == "Nothing was imported. " + error_text(dialog.error)
    assert not dialog.problems_view.isVisible()

    (tmp_path / "columns.csv").write_text("nip;nama\n198503152010011002;Siti\n", encoding="utf-8")
    dialog.path_edit.setText(str(tmp_path / "columns.csv"))
    dialog.start_import()
    assert dialog.error.code is ErrorCode.FILE_COLUMNS_MISSING
    assert "jenis_asn" in dialog.summary_label.text()

    (tmp_path / "pegawai.txt").write_text("nip\n", encoding="utf-8")
    dialog.path_edit.setText(str(tmp_path / "pegawai.txt"))
    dialog.start_import()
    assert dialog.error.code is ErrorCode.FILE_FORMAT_UNSUPPORTED
    assert office.staff.count() == 0


def test_import_needs_an_office(qtbot, services, qsettings, tasks, tmp_path):
    path = write_csv(tmp_path / "pegawai.csv", [person(HEAD, "Siti Rahayu")])
    dialog = make_dialog(qtbot, services, qsettings, tasks)
    dialog.path_edit.setText(str(path))
    dialog.start_import()
    assert dialog.error.code is ErrorCode.OFFICE_MISSING
    assert services.staff.count() == 0


def test_browse_and_template_use_the_remembered_folder(qtbot, office, qsettings, tasks, tmp_path):
    folder = tmp_path / "berkas"
    folder.mkdir()
    ui_settings.remember_folder(qsettings, ui_settings.FOLDER_STAFF_IMPORT, folder)
    dialog = make_dialog(qtbot, office, qsettings, tasks)
    asked = []
    dialog.ask_save_path = lambda suggested: asked.append(suggested) or str(folder / "templat")
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert asked == [str(folder / "templat-pegawai.xlsx")]
    template = folder / "templat.xlsx"
    assert template.is_file()
    assert str(template) in dialog.summary_label.text()
    assert office.staff_files.read_rows(template)[0]["nama"] == "Budi Santoso"

    other = tmp_path / "lain" / "pegawai.xlsx"
    dialog.ask_open_path = lambda start: asked.append(start) or str(other)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == str(folder) and dialog.path_edit.text() == str(other)
    assert QSettings(qsettings.fileName(), QSettings.Format.IniFormat).value(
        ui_settings.folder_key(ui_settings.FOLDER_STAFF_IMPORT)) == str(other.parent)

    dialog.ask_open_path = lambda start: ""  # cancelled: nothing changes
    dialog.browse()
    assert dialog.path_edit.text() == str(other)


def test_the_dialog_does_not_close_while_the_import_runs(qtbot, office, qsettings, tasks):
    dialog = make_dialog(qtbot, office, qsettings, tasks)
    dialog._set_busy(True)
    dialog.reject()
    assert dialog.isVisible() and not dialog.import_button.isEnabled()
    dialog._set_busy(False)
    dialog.reject()
    assert not dialog.isVisible()


def test_file_menu_opens_the_import_dialog(qtbot, demo, qsettings, tasks, events, monkeypatch):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events,
                                      db_path=demo.db.path)
    qtbot.addWidget(window)
    assert window.import_action in window.file_menu.actions()
    assert window.import_action.isEnabled()
    opened = []
    monkeypatch.setattr(ImportDialog, "ask", classmethod(
        lambda cls, staff_files, settings, runner, parent=None:
        opened.append((staff_files, settings, runner, parent))))
    window.import_action.trigger()
    assert opened == [(demo.staff_files, qsettings, tasks, window)]



def test_tab_follows_the_dialog(qtbot, office, qsettings, tasks, tmp_path):
    dialog = make_dialog(qtbot, office, qsettings, tasks)
    dialog.path_edit.setText(str(tmp_path / "pegawai.csv"))
    expected = [dialog.path_edit, dialog.browse_button, dialog.template_button,
                dialog.import_button, dialog.close_button]
    assert dialog.focusWidget() is dialog.path_edit
    visited = [dialog.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert visited == expected
