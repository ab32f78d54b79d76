"""Files that cannot be written or read give a clear message and leave nothing behind."""

import pytest

from skpdesk.cli.messages import format_error
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.staff_files import StaffFilesService


def test_export_into_a_missing_folder_names_the_folder(office, db, tmp_path):
    target = tmp_path / "tidak-ada" / "pegawai.xlsx"
    with pytest.raises(DomainError) as err:
        StaffFilesService(db, "test").export_file(target)
    assert err.value.code is ErrorCode.FILE_NOT_FOUND
    assert str(target.parent) in format_error(err.value)
    assert not target.parent.exists()


def test_export_that_cannot_replace_the_target_leaves_no_temp_file(office, db, tmp_path):
    target = tmp_path / "pegawai.xlsx"
    target.mkdir()  # a folder in the way: the final rename fails
    with pytest.raises(DomainError) as err:
        StaffFilesService(db, "test").export_file(target)
    assert err.value.code is ErrorCode.FILE_UNWRITABLE
    text = format_error(err.value)
    assert str(target) in text and "tidak dapat ditulis" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pegawai.xlsx", "skpdesk.sqlite",
                                                           "skpdesk.sqlite-shm", "skpdesk.sqlite-wal",
                                                           "skpdesk.sqlite.lock-info"]


def test_non_utf8_csv_is_explained_in_indonesian(office, db, tmp_path):
    bad = tmp_path / "pegawai.csv"
    bad.write_bytes("nip;nama\n1;Bambang Hartono \xe9".encode("latin-1"))
    with pytest.raises(DomainError) as err:
        StaffFilesService(db, "test").import_file(bad)
    assert err.value.code is ErrorCode.FILE_UNREADABLE
    assert "UTF-8" in format_error(err.value)
