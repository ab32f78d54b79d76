"""The bukti dukung list of a grid cell (issue 11): dropping two files stores them and shows
their thumbnails, a rejection needs its reason, the pegawai's replacement keeps the history,
paste of a screenshot, Buka hands the viewer a verified read-only copy. Every test checks the
database afterwards through the services; real files, real widgets."""

from __future__ import annotations

import datetime as dt
import os
import stat
import tempfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from skpdesk.domain.evidence import WAITING_FOR_FILE, EvidenceStatus
from skpdesk.domain.skp import RhkKind
from skpdesk.ui.evidence.evidence_list import EvidenceListWidget
from skpdesk.ui.evidence.verify_dialog import HistoryDialog, RejectDialog
from skpdesk.ui.tasks import TaskRunner

YEAR = dt.date.today().year
TODAY = dt.date(YEAR, 2, 16)        # Triwulan I is open until 10 April
PERIOD = f"{YEAR}-TW1"


@pytest.fixture
def cell(demo):
    """(skp, rhk, pegawai id, penilai id) of a demo pegawai with a supervisor, on an RHK
    without bukti in Triwulan I yet (the demo office has some for a few teams)."""
    for pegawai in demo.staff.list():
        skp = demo.skp.find(pegawai.id, YEAR)
        if skp is None or pegawai.supervisor_id is None or not skp.rhk_of(RhkKind.UTAMA):
            continue
        rhk = skp.rhk_of(RhkKind.UTAMA)[0]
        if rhk.indicators and not demo.evidence.for_skp(skp.id):
            return skp, rhk, pegawai.id, skp.appraiser_id or pegawai.supervisor_id
    raise AssertionError("the demo office has no pegawai with a supervisor and an SKP")


def png(path: Path, colour: str = "red", size=(400, 300)) -> Path:
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def pdf(path: Path, colour: str = "blue") -> Path:
    Image.new("RGB", (600, 800), colour).save(path, "PDF")
    return path


class Opened:
    """Stands in for QDesktopServices.openUrl: records the URLs the list asked to open."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return True


def make_list(qtbot, demo, tasks, opened=None) -> EvidenceListWidget:
    widget = EvidenceListWidget(demo, tasks, open_url=opened or Opened(), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    return widget


def drop_files(widget, paths) -> bool:
    """Drag files from the file manager onto the widget; True when the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def added_by_pegawai(demo, cell, *paths: Path):
    """The pegawai adds `paths` to the cell (RHK, Triwulan I) through the service."""
    skp, rhk, pegawai_id, _penilai = cell
    demo.acting.act_as_id(pegawai_id)
    return demo.evidence.add_files(skp.id, rhk.id, PERIOD, list(paths), today=TODAY).value


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_dropping_two_files_stores_them_and_shows_two_thumbnails(qtbot, demo, tasks, tmp_path,
                                                                  cell):
    skp, rhk, pegawai_id, _penilai = cell
    demo.acting.act_as_id(pegawai_id)
    widget = make_list(qtbot, demo, tasks)
    widget.set_cell(skp.id, rhk.id, PERIOD)
    assert widget.cards == [] and widget.can_write

    files = [png(tmp_path / "foto kegiatan.png"), pdf(tmp_path / "laporan.pdf")]
    assert drop_files(widget, files)

    stored = demo.evidence.for_cell(skp.id, rhk.id, PERIOD)
    assert sorted(e.original_name for e in stored) == ["foto kegiatan.png", "laporan.pdf"]
    assert all(demo.evidence.file_path(e).is_file() for e in stored)
    assert {e.added_by_id for e in stored} == {pegawai_id}
    assert len(widget.cards) == 2
    assert all(card.has_thumbnail for card in widget.cards)
    names = {card.entry.evidence.original_name: card for card in widget.cards}
    thumb = names["laporan.pdf"].thumbnail.pixmap()
    assert thumb.height() == 160 and thumb.width() < 160  # the portrait first page
    assert "Menunggu verifikasi" in names["laporan.pdf"].texts()
    # the pegawai may not verify their own
    assert not names["laporan.pdf"].accept_button.isVisible()


def test_a_refused_drop_names_the_file_and_adds_nothing(qtbot, demo, tasks, tmp_path, cell):
    skp, rhk, pegawai_id, _penilai = cell
    demo.acting.act_as_id(pegawai_id)
    widget = make_list(qtbot, demo, tasks)
    widget.set_cell(skp.id, rhk.id, PERIOD)
    program = tmp_path / "setup.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # an .exe renamed .pdf
    assert drop_files(widget, [png(tmp_path / "foto.png"), program])
    assert demo.evidence.for_cell(skp.id, rhk.id, PERIOD) == []
    assert widget.message.isVisible() and "setup.pdf" in widget.message.text()
    assert widget.cards == []


def test_reject_needs_a_reason_and_the_replacement_keeps_the_history(qtbot, demo, tasks,
                                                                     tmp_path, cell):
    skp, rhk, pegawai_id, penilai_id = cell
    [first] = added_by_pegawai(demo, cell, pdf(tmp_path / "scan.pdf"))
    demo.acting.act_as_id(penilai_id)
    widget = make_list(qtbot, demo, tasks)
    widget.set_cell(skp.id, rhk.id, PERIOD)
    [card] = widget.cards
    assert card.accept_button.isEnabled() and card.reject_button.isEnabled()

    qtbot.mouseClick(card.reject_button, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert isinstance(dialog, RejectDialog)
    press_ok(dialog)  # no reason: refused by the service, the dialog stays
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text()
    assert demo.evidence.get(first.id).status is EvidenceStatus.MENUNGGU

    dialog.reason_edit.setPlainText("Hasil pindai buram, tanda tangan tidak terbaca.")
    press_ok(dialog)
    assert not dialog.isVisible() and widget.dialog is None
    rejected = demo.evidence.get(first.id)
    assert rejected.status is EvidenceStatus.DITOLAK
    assert rejected.status_reason == "Hasil pindai buram, tanda tangan tidak terbaca."
    assert rejected.verified_by_id == penilai_id
    [card] = widget.cards
    assert "Ditolak: Hasil pindai buram, tanda tangan tidak terbaca." in card.texts()

    # the pegawai replaces it with a better scan
    demo.acting.act_as_id(pegawai_id)
    widget.refresh()
    [card] = widget.cards
    assert not card.reject_button.isVisible() and card.replace_button.isEnabled()
    better = pdf(tmp_path / "scan-ulang.pdf", colour="green")
    widget.ask_file = lambda: str(better)
    qtbot.mouseClick(card.replace_button, Qt.MouseButton.LeftButton)

    [current] = demo.evidence.for_cell(skp.id, rhk.id, PERIOD)
    assert current.replaces_id == first.id and current.original_name == "scan-ulang.pdf"
    assert current.status is EvidenceStatus.MENUNGGU
    [card] = widget.cards
    assert card.entry.evidence.id == current.id
    assert any("version 2" in line for line in card.texts())

    qtbot.mouseClick(card.history_button, Qt.MouseButton.LeftButton)
    history = widget.dialog
    assert isinstance(history, HistoryDialog)
    assert [v.id for v in history.versions] == [first.id, current.id]
    text = history.text()
    assert text.index("scan.pdf") < text.index("scan-ulang.pdf")
    assert "Ditolak" in text and "Hasil pindai buram, tanda tangan tidak terbaca." in text
    assert "Menunggu verifikasi" in text


def test_accept_by_the_penilai(qtbot, demo, tasks, tmp_path, cell):
    skp, rhk, _pegawai_id, penilai_id = cell
    [added] = added_by_pegawai(demo, cell, png(tmp_path / "a.png"))
    demo.acting.act_as_id(penilai_id)
    widget = make_list(qtbot, demo, tasks)
    changed = []
    widget.changed.connect(lambda: changed.append(True))
    widget.set_cell(skp.id, rhk.id, PERIOD)
    widget.select_evidence(added.id)  # as "Bukti dukung menunggu verifikasi saya" opens it
    assert widget.cards[0].selected and widget.focusWidget() is widget.cards[0].accept_button
    qtbot.mouseClick(widget.cards[0].accept_button, Qt.MouseButton.LeftButton)
    assert demo.evidence.get(added.id).status is EvidenceStatus.DITERIMA
    assert changed == [True]
    [card] = widget.cards
    assert "Diterima" in card.texts() and not card.accept_button.isEnabled()
    assert card.reject_button.isEnabled()  # a decision may be changed later


def test_paste_of_a_screenshot_stores_a_png(qtbot, demo, tasks, cell):
    skp, rhk, pegawai_id, _penilai = cell
    demo.acting.act_as_id(pegawai_id)
    widget = make_list(qtbot, demo, tasks)
    widget.set_cell(skp.id, rhk.id, PERIOD, rhk.indicators[0].id)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(image)
    widget.paste()
    [stored] = demo.evidence.for_cell(skp.id, rhk.id, PERIOD, rhk.indicators[0].id)
    assert stored.mime == "image/png" and stored.original_name.startswith("tempelan-")
    assert stored.indicator_id == rhk.indicators[0].id
    with Image.open(demo.evidence.file_path(stored)) as saved:
        assert saved.size == (320, 200)
    assert len(widget.cards) == 1 and widget.cards[0].has_thumbnail


def test_open_gives_the_viewer_a_verified_read_only_copy(qtbot, demo, tasks, tmp_path, cell,
                                                         monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))  # not the real /tmp
    skp, rhk, _pegawai_id, _penilai = cell
    source = pdf(tmp_path / "notulen rapat.pdf")
    [added] = added_by_pegawai(demo, cell, source)
    opened = Opened()
    widget = make_list(qtbot, demo, tasks, opened)
    widget.set_cell(skp.id, rhk.id, PERIOD)
    qtbot.mouseClick(widget.cards[0].open_button, Qt.MouseButton.LeftButton)
    [url] = opened.urls
    copy = Path(url.toLocalFile())
    assert copy.name == "notulen rapat.pdf" and copy.is_relative_to(tmp_path / "temp")
    assert copy.read_bytes() == source.read_bytes()
    assert not os.stat(copy).st_mode & stat.S_IWUSR
    qtbot.mouseClick(widget.cards[0].open_button, Qt.MouseButton.LeftButton)  # again: fine
    assert len(opened.urls) == 2 and not widget.message.isVisible()

    # a file altered in the store is never handed to a viewer
    stored = demo.evidence.file_path(added)
    os.chmod(stored, stat.S_IRUSR | stat.S_IWUSR)
    stored.write_bytes(stored.read_bytes() + b"%altered")
    qtbot.mouseClick(widget.cards[0].open_button, Qt.MouseButton.LeftButton)
    assert len(opened.urls) == 2
    assert widget.message.isVisible() and widget.message.text()


def test_a_file_not_arrived_yet_reads_menunggu_lampiran(qtbot, demo, tasks, tmp_path, cell):
    skp, rhk, pegawai_id, penilai_id = cell
    demo.acting.act_as_id(pegawai_id)
    [added] = demo.evidence.add_files(skp.id, rhk.id, PERIOD, [png(tmp_path / "a.png")],
                                      today=TODAY).value
    stored = demo.evidence.file_path(added)
    os.chmod(stored, stat.S_IRUSR | stat.S_IWUSR)
    stored.unlink()  # as a row that came by sync before its file
    demo.acting.act_as_id(penilai_id)
    widget = make_list(qtbot, demo, tasks)
    widget.set_cell(skp.id, rhk.id, PERIOD)
    [card] = widget.cards
    assert any(WAITING_FOR_FILE in line for line in card.texts())
    assert not card.open_button.isEnabled() and not card.accept_button.isEnabled()
    assert not card.has_thumbnail and not widget.message.isVisible()


def test_a_link_or_reference_is_added_and_an_empty_one_refused(qtbot, demo, tasks, cell):
    skp, rhk, pegawai_id, _penilai = cell
    demo.acting.act_as_id(pegawai_id)
    opened = Opened()
    widget = make_list(qtbot, demo, tasks, opened)
    widget.set_cell(skp.id, rhk.id, PERIOD)
    qtbot.mouseClick(widget.add_link_button, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    press_ok(dialog)  # nothing typed: the service's sentence, nothing written
    assert dialog.isVisible() and dialog.error.isVisible()
    assert demo.evidence.for_cell(skp.id, rhk.id, PERIOD) == []
    dialog.link_edit.setText("https://drive.example.go.id/laporan-tw1")
    dialog.description_edit.setText("Laporan kegiatan triwulan I")
    press_ok(dialog)
    assert not dialog.isVisible()
    [link] = demo.evidence.for_cell(skp.id, rhk.id, PERIOD)
    assert (link.link, link.description) == ("https://drive.example.go.id/laporan-tw1",
                                             "Laporan kegiatan triwulan I")
    [card] = widget.cards
    assert "Laporan kegiatan triwulan I" in card.texts()
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened.urls] == ["https://drive.example.go.id/laporan-tw1"]
    # a reference text (where the paper is kept) is shown, not opened
    demo.evidence.add_link(skp.id, rhk.id, PERIOD, "SK No. 12/2026, arsip Subbag Umum",
                           today=TODAY)
    widget.refresh()
    reference = next(c for c in widget.cards if c.entry.evidence.link.startswith("SK No."))
    assert not reference.open_button.isEnabled()


def test_bukti_added_elsewhere_appear_in_the_list(qtbot, demo, tasks, tmp_path, cell):
    """A drop on the grid (or a sync) adds through the services on the runner: the list shows
    it without being asked, and does not announce `changed` for what it did not do."""
    skp, rhk, pegawai_id, _penilai = cell
    demo.acting.act_as_id(pegawai_id)
    widget = make_list(qtbot, demo, tasks)
    changed = []
    widget.changed.connect(lambda: changed.append(True))
    widget.set_cell(skp.id, rhk.id, PERIOD)
    path = png(tmp_path / "dari-grid.png")
    tasks.run(lambda: demo.evidence.add_files(skp.id, rhk.id, PERIOD, [path], today=TODAY))
    assert [c.entry.evidence.original_name for c in widget.cards] == ["dari-grid.png"]
    assert changed == []
    widget.clear()
    assert widget.cards == [] and not widget.add_files_button.isEnabled()
    assert not widget.acceptDrops()


def test_another_pegawai_may_neither_add_nor_verify(qtbot, demo, tasks, tmp_path, cell):
    skp, rhk, pegawai_id, penilai_id = cell
    demo.acting.act_as_id(pegawai_id)
    demo.evidence.add_files(skp.id, rhk.id, PERIOD, [png(tmp_path / "a.png")], today=TODAY)
    admins = demo.acting.admin_ids()
    stranger = next(p for p in demo.staff.list()
                    if p.id not in (pegawai_id, penilai_id) and p.id not in admins)
    demo.acting.act_as_id(stranger.id)
    widget = make_list(qtbot, demo, tasks)
    widget.set_cell(skp.id, rhk.id, PERIOD)
    [card] = widget.cards
    assert not widget.add_files_button.isEnabled() and not widget.acceptDrops()
    assert not card.accept_button.isVisible() and not card.replace_button.isVisible()
    assert card.open_button.isEnabled()  # reading is not refused here
    assert not drop_files(widget, [png(tmp_path / "b.png")])


def test_thumbnails_render_on_the_worker_thread(qtbot, demo, events, reporter, tmp_path, cell):
    """With the real background runner the cards come first with the type icon, and the
    thumbnails arrive later from the worker; nothing is reported as an error."""
    skp, rhk, pegawai_id, _penilai = cell
    demo.acting.act_as_id(pegawai_id)
    demo.evidence.add_files(skp.id, rhk.id, PERIOD, [png(tmp_path / "a.png"),
                                                     pdf(tmp_path / "b.pdf")], today=TODAY)
    runner = TaskRunner(events=events, reporter=reporter)
    try:
        widget = make_list(qtbot, demo, runner)
        widget.set_cell(skp.id, rhk.id, PERIOD)
        qtbot.waitUntil(lambda: len(widget.cards) == 2)
        qtbot.waitUntil(lambda: all(card.has_thumbnail for card in widget.cards))
        assert len(widget.thumbnails.cache) == 2
    finally:
        runner.shutdown()
    assert reporter.domain_errors == [] and reporter.unexpected_errors == []


def test_a_late_read_of_the_previous_cell_is_not_shown(qtbot, demo, events, reporter, tmp_path,
                                                       cell):
    """Clicking through the grid quickly: the reads arrive in order, and only the last cell's
    bukti are shown (the earlier cell's read is dropped, not shown for a moment)."""
    skp, rhk, _pegawai_id, _penilai = cell
    [tw1] = added_by_pegawai(demo, cell, png(tmp_path / "tw1.png"))
    runner = TaskRunner(events=events, reporter=reporter)
    try:
        widget = make_list(qtbot, demo, runner)
        shown: list[list[str]] = []
        widget.set_cell(skp.id, rhk.id, PERIOD)
        widget.set_cell(skp.id, rhk.id, f"{YEAR}-TW2")
        widget.set_cell(skp.id, rhk.id, PERIOD)
        original = widget._show
        widget._show = lambda entries, can_write=False: (
            shown.append([e.evidence.id for e in entries]), original(entries, can_write))
        qtbot.waitUntil(lambda: not runner.busy)
    finally:
        runner.shutdown()
    assert shown == [[tw1.id]]
    assert [c.entry.evidence.id for c in widget.cards] == [tw1.id]
