"""File dialogs keep one last folder per purpose (issue 9 defect: a PDF saved in one folder
moved the "open database" and "import staff" dialogs there too)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from skpdesk.ui import ui_settings


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_each_purpose_keeps_its_own_folder(qsettings, tmp_path):
    folders = {}
    for purpose in ui_settings.FOLDER_PURPOSES:
        folders[purpose] = tmp_path / purpose
        folders[purpose].mkdir()
        ui_settings.remember_folder(qsettings, purpose, folders[purpose])
    for purpose in ui_settings.FOLDER_PURPOSES:
        assert ui_settings.last_folder(qsettings, purpose) == str(folders[purpose])


def test_saving_a_pdf_does_not_move_the_database_dialog(qsettings, tmp_path):
    pdfs = tmp_path / "pdf"
    pdfs.mkdir()
    ui_settings.remember_folder(qsettings, ui_settings.FOLDER_PRINT, pdfs)
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_DATABASE, "/db-default") \
        == "/db-default"
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_STAFF_IMPORT) == str(Path.home())


def test_the_old_shared_folder_is_the_fallback_and_a_gone_folder_is_skipped(qsettings, tmp_path):
    old = tmp_path / "lama"
    old.mkdir()
    qsettings.setValue(ui_settings.KEY_LAST_FOLDER, str(old))
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_LOGO) == str(old)
    ui_settings.remember_folder(qsettings, ui_settings.FOLDER_LOGO, tmp_path / "hilang")
    assert ui_settings.last_folder(qsettings, ui_settings.FOLDER_LOGO) == str(old)
    with pytest.raises(ValueError):
        ui_settings.last_folder(qsettings, "nothing")
