"""Bukti dukung dropped on a cell of the "Rencana aksi & bukti" grid (issue 11, "Done when":
dropping two files on a cell stores them and shows thumbnails): the files go through
EvidenceService to the store, the cell becomes current, and the cell detail's bukti list shows
both with their thumbnails (a PNG and the first page of a PDF). The shown Perlu tindakan target
(show_cell with an evidence id) brings that bukti forward in the list."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from .test_plan_tab import TODAY, TW2, first_indicator, make_tab, subject


def drag_and_drop(target, point, paths: list[Path]) -> bool:
    """What Qt delivers for a drag from the file manager: enter, then drop, at `point` of
    `target` (Qt delivers a drop only to the widget that accepted the drag's enter)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_two_files_dropped_on_a_grid_cell_show_two_thumbnails(qtbot, demo, tasks, events,
                                                                reporter, tmp_path):
    pegawai, skp = subject(demo)
    rhk, indicator = first_indicator(skp)
    photo = tmp_path / "foto kegiatan.png"
    Image.new("RGB", (640, 480), "orange").save(photo, "PNG")
    scan = tmp_path / "scan laporan.pdf"
    Image.new("RGB", (595, 842), "navy").save(scan, "PDF")
    before = {e.id for e in demo.evidence.for_cell(skp.id, rhk.id, TW2, indicator.id)}
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    index = tab.model.index_of(indicator.id, TW2)
    tab.view.scrollTo(index)
    point = QPointF(tab.view.visualRect(index).center())

    assert drag_and_drop(tab.view.viewport(), point, [photo, scan])
    qtbot.waitUntil(lambda: not tasks.busy)
    assert reporter.domain_errors == [] and reporter.unexpected_errors == []

    stored = [e for e in demo.evidence.for_cell(skp.id, rhk.id, TW2, indicator.id)
              if e.id not in before]
    assert sorted(e.original_name for e in stored) == ["foto kegiatan.png", "scan laporan.pdf"]
    assert all(demo.evidence.file_path(e).is_file() for e in stored)
    assert tab.current_cell() == (indicator.id, TW2)
    shown = tab.detail.evidence_list
    qtbot.waitUntil(lambda: len(shown.cards) == len(before) + 2)
    assert shown.cell.indicator_id == indicator.id and shown.cell.period == TW2
    new = [card for card in shown.cards if card.entry.evidence.id not in before]
    assert all(card.has_thumbnail for card in new)
    by_name = {card.entry.evidence.original_name: card for card in new}
    portrait = by_name["scan laporan.pdf"].thumbnail.pixmap()
    landscape = by_name["foto kegiatan.png"].thumbnail.pixmap()
    assert portrait.height() > portrait.width() and landscape.width() > landscape.height()


def test_the_evidence_target_brings_the_bukti_forward(qtbot, demo, tasks, events, tmp_path):
    pegawai, skp = subject(demo)
    rhk, indicator = first_indicator(skp)
    files = []
    for name in ("a.png", "b.png"):
        Image.new("RGB", (50, 50), "green").save(tmp_path / name, "PNG")
        files.append(tmp_path / name)
    added = demo.evidence.add_files(skp.id, rhk.id, TW2, files, indicator_id=indicator.id,
                                    today=TODAY).value
    tab = make_tab(qtbot, demo, tasks, events, pegawai.id)
    tab.show_cell(rhk.id, TW2, added[1].id)
    qtbot.waitUntil(lambda: not tasks.busy)
    shown = tab.detail.evidence_list
    assert shown is not None and {a.id for a in added} <= {c.entry.evidence.id
                                                           for c in shown.cards}
    assert [c.entry.evidence.id for c in shown.cards if c.selected] == [added[1].id]
