"""Test configuration: headless Qt (set before any QApplication exists) and shared fixtures."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from skpdesk.services.context import Services  # noqa: E402
from skpdesk.storage.database import Database  # noqa: E402


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "skpdesk.sqlite")
    yield database
    database.close()


@pytest.fixture
def services(db):
    return Services.build(db, "test")


@pytest.fixture
def office(services):
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    return services
