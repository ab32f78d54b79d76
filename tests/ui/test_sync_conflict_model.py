"""The "Perlu ditinjau" model on Conflict values: what each row and side shows, under Qt's
model tester through resets (the real conflicts of real replicas: test_sync_window.py)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from skpdesk.ui.sync.conflict_model import (COL_DEVICE, COL_KIND, COL_VALUE, COL_WHAT, COL_WHEN,
                                            COL_WHO, CONFLICT_ID_ROLE, ConflictQueueModel)

from .sync_conflict_values import delete_edit_conflict, value_conflict
from .test_item_models import model_checker, walk  # noqa: F401 - the fixture


def test_each_conflict_shows_every_side_with_who_which_laptop_and_when(model_checker):
    model = ConflictQueueModel()
    model_checker.attach(model)
    three = value_conflict("rhk-3", sides=3)
    model.set_conflicts([value_conflict(), delete_edit_conflict(), three])
    model_checker.check()
    assert walk(model) == 6 * (3 + 2 + 2 + 3)
    top = model.index(2, 0)
    assert model.data(top, CONFLICT_ID_ROLE) == three.id
    assert "RHK 1, SKP 2026 Budi" in model.data(top)
    assert model.data(model.index(2, COL_VALUE)) == "Menyusun laporan triwulan"
    assert model.data(model.index(2, COL_KIND)) == "Changed in two places"
    assert model.rowCount(top) == 3
    values = [model.data(model.index(r, COL_VALUE, top)) for r in range(3)]
    assert values == ["Menyusun laporan", "Menyusun laporan bulanan", "Menyusun laporan triwulan"]
    assert [model.data(model.index(r, COL_WHO, top)) for r in range(3)] == ["ratna", "andi", "admin"]
    assert model.data(model.index(1, COL_DEVICE, top)) == "Laptop Pak Andi"
    assert model.data(model.index(0, COL_WHAT, top)) == "This laptop"
    assert model.data(model.index(1, COL_WHAT, top)) == "Another laptop"
    assert model.data(model.index(1, COL_WHEN, top))  # a local date and time
    deleted = model.index(1, 0)
    assert model.data(model.index(0, COL_VALUE, deleted)) == "(deleted)"
    assert model.find(three.id) == top
    assert model.conflict(model.index(1, COL_WHO, top)) == three
    assert model.side(model.index(1, COL_WHO, top)) == three.sides[1]

    model.set_conflicts([three])
    model_checker.check()
    model.set_conflicts([])
    model_checker.check()
    assert model.rowCount() == 0 and not model.find(three.id).isValid()
    assert model.rowCount(QModelIndex()) == 0
    assert model.headerData(COL_WHO, Qt.Orientation.Horizontal) == "Who"
