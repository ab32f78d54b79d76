"""The bukti dukung of one cell of the plan grid (an RHK or one of its indicators, in one period):
one card per current bukti, and the ways to add more (issue 11).

- `set_cell(skp_id, rhk_id, period, indicator_id=None)` chooses the cell; the list reads it on
  the worker (`EvidenceService.for_cell`, the version number of each replaced one, the file in
  the store, whether the acting pegawai may verify) and shows one `EvidenceCard` per bukti.
  Thumbnails come afterwards, rendered off the GUI thread (`thumbnails.ThumbnailLoader`).
- Adding: "Tambah berkas…" (a file dialog), "Tambah tautan…", files dropped on the list, and
  Ctrl+V of a screenshot (the clipboard image saved as PNG bytes) or of files copied in the file
  manager. A multi-file add is all-or-nothing in the service: a refused file is named in the
  message above the list and nothing is added.
- Per card: Buka (a verified copy of the file, made read-only in the temp folder, opened by the
  system viewer: the viewer never gets the store's own file, which a "Save" in Word would
  change), Terima / Tolak (only for the SKP's pejabat penilai; a rejection asks its reason),
  Ganti (a new version of a menunggu or ditolak bukti), Riwayat (every version).
- Every write runs through `services.evidence` on the `TaskRunner`; after it the list reads the
  cell again and emits `changed()` (the grid recounts). Changes made elsewhere (a drop on the
  grid, a sync) reach the list through `AppEvents.changes_applied`.

`open_url` (constructor) replaces `QDesktopServices.openUrl` in tests; `ask_files` / `ask_file`
(the file dialogs) are methods tests replace on the instance, as the office dialog's logo.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent,
                           QGuiApplication, QImage, QKeySequence, QShortcut)
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.evidence import Evidence, EvidenceKind

from ..field_errors import error_label
from ..i18n import arg
from ..messages import error_text
from .evidence_card import EvidenceCard, EvidenceEntry
from .thumbnails import ThumbnailLoader
from .verify_dialog import HistoryDialog, LinkDialog, RejectDialog

WATCHED = ("bukti_dukung",)
THUMBNAIL_MIMES = ("image/jpeg", "image/png", "application/pdf")
FILE_FILTER_PATTERNS = "*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt " \
                       "*.ods *.odp"
OPEN_FOLDER = "skpdesk-bukti"  # under the system temp folder: the copies given to viewers

OpenUrl = Callable[[QUrl], bool]


@dataclass(frozen=True)
class Cell:
    skp_id: str
    rhk_id: str
    period: str
    indicator_id: str | None = None


def local_files(mime: QMimeData) -> list[Path]:
    """The local files among dropped / pasted URLs (a web link dropped from a browser is not)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def paste_name(now: dt.datetime) -> str:
    """The original name given to a pasted screenshot: "tempelan-20260312-143005.png"."""
    return f"tempelan-{now:%Y%m%d-%H%M%S}.png"


def viewer_copy_path(evidence: Evidence) -> Path:
    """Where Buka puts the copy for the viewer: one folder per content, the original name (so
    the viewer's title is the name the pegawai knows)."""
    name = Path(evidence.original_name).name or evidence.file_ref
    return Path(tempfile.gettempdir()) / OPEN_FOLDER / evidence.sha256[:16] / name


class EvidenceListWidget(QWidget):
    changed = Signal()  # a bukti of the cell was added, replaced or verified here

    def __init__(self, services, tasks, parent: QWidget | None = None, *,
                 open_url: OpenUrl | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceList")
        self._services = services
        self._tasks = tasks
        self._open_url: OpenUrl = open_url or QDesktopServices.openUrl
        self.today = today
        self.cell: Cell | None = None
        self.can_write = False
        self.entries: list[EvidenceEntry] = []
        self.cards: list[EvidenceCard] = []
        self.dialog: RejectDialog | LinkDialog | HistoryDialog | None = None  # tests drive it
        self._generation = 0  # a read of an earlier cell that arrives late is dropped
        self.selected_id: str | None = None  # the bukti brought forward (Perlu tindakan)
        self.thumbnails = ThumbnailLoader(tasks, parent=self)
        self.setAcceptDrops(True)
        self._build()
        events = getattr(tasks, "events", None)
        if events is not None:
            events.changes_applied.connect(self._on_changes)
        self._show([])

    # --- building
    def _build(self) -> None:
        self.title = QLabel(self.tr("Evidence"), self)
        self.title.setObjectName("evidenceTitle")
        self.add_files_button = QPushButton(self.tr("A&dd files…"), self)
        self.add_files_button.setObjectName("addEvidenceFiles")
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_link_button = QPushButton(self.tr("Add lin&k…"), self)
        self.add_link_button.setObjectName("addEvidenceLink")
        self.add_link_button.clicked.connect(self.add_link)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.add_files_button)
        head.addWidget(self.add_link_button)
        self.hint = QLabel(self.tr("Drop files here, or paste a screenshot with Ctrl+V."), self)
        self.hint.setObjectName("evidenceHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")
        self.message = error_label(self, "evidenceMessage")
        self.empty = QLabel(self.tr("No evidence for this cell yet."), self)
        self.empty.setObjectName("evidenceEmpty")
        self.container = QWidget(self)
        self.cards_layout = QVBoxLayout(self.container)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("evidenceCards")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.container)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste)

    # --- the cell
    def set_cell(self, skp_id: str | None, rhk_id: str | None = None, period: str | None = None,
                 indicator_id: str | None = None) -> None:
        """Show the bukti of a cell; `skp_id` None (or no RHK/period) shows none."""
        self.cell = Cell(skp_id, rhk_id, period, indicator_id) \
            if skp_id and rhk_id and period else None
        self.message.setVisible(False)
        self.selected_id = None
        self.refresh()

    def select_evidence(self, evidence_id: str | None) -> None:
        """Bring a bukti forward (scrolled to, framed, its first button focused): the target of
        "Bukti dukung menunggu verifikasi saya". Works before the cell's read arrived too."""
        self.selected_id = evidence_id
        self._mark_selected()

    def _mark_selected(self) -> None:
        for card in self.cards:
            card.set_selected(card.entry.evidence.id == self.selected_id)
            if card.entry.evidence.id == self.selected_id:
                self.scroll.ensureWidgetVisible(card)

    def clear(self) -> None:
        self.set_cell(None)

    def refresh(self) -> None:
        """Read the cell again (on the worker) and show it."""
        self._generation += 1
        generation, cell = self._generation, self.cell
        if cell is None:
            self._show([])
            return
        self._tasks.run(lambda: self._read(cell),
                        on_success=lambda entries: self._loaded(generation, entries),
                        on_failure=self._refused, owner=self)

    def _read(self, cell: Cell) -> tuple[list[EvidenceEntry], bool]:
        """On the worker: the cell's current bukti with what their cards need, and whether the
        acting pegawai may add to the cell."""
        evidence = self._services.evidence
        items = evidence.for_cell(cell.skp_id, cell.rhk_id, cell.period, cell.indicator_id)
        can_verify = evidence.can_verify(cell.skp_id)
        can_write = evidence.can_write(cell.skp_id)
        entries = []
        for item in items:
            version = len(evidence.history(item.id)) if item.replaces_id else 1
            path = evidence.file_path(item) if item.kind is EvidenceKind.FILE else None
            entries.append(EvidenceEntry(item, path, version, can_verify, can_write))
        return entries, can_write

    def _loaded(self, generation: int, read: tuple[list[EvidenceEntry], bool]) -> None:
        if generation == self._generation:
            self._show(*read)

    def _show(self, entries: Sequence[EvidenceEntry], can_write: bool = False) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.entries, self.cards = list(entries), []
        for entry in self.entries:
            card = EvidenceCard(entry, self.container)
            card.open_requested.connect(self.open_evidence)
            card.accept_requested.connect(self.accept_evidence)
            card.reject_requested.connect(self.reject_evidence)
            card.replace_requested.connect(self.replace_evidence)
            card.history_requested.connect(self.show_history)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
            if entry.path is not None and entry.evidence.mime in THUMBNAIL_MIMES:
                self.thumbnails.request(entry.evidence.sha256, entry.path, entry.evidence.mime,
                                        card.set_thumbnail)
        has_cell = self.cell is not None
        self.title.setText(arg(self.tr("Evidence (%1)"), len(self.entries)) if has_cell
                           else self.tr("Evidence: choose a cell of the grid."))
        self.empty.setVisible(has_cell and not self.entries)
        self.scroll.setVisible(bool(self.entries))
        # who may not add (another pegawai's SKP) sees why in the buttons' tooltip; the
        # service refuses anyway, this only spares a useless click
        self.can_write = has_cell and can_write
        for button in (self.add_files_button, self.add_link_button):
            button.setEnabled(self.can_write)
            button.setToolTip("" if self.can_write or not has_cell else self.tr(
                "Only the pegawai, their pejabat penilai or a pengelola kinerja adds evidence."))
        self.hint.setVisible(self.can_write)
        self.setAcceptDrops(self.can_write)
        self._mark_selected()

    def card(self, evidence_id: str) -> EvidenceCard | None:
        return next((c for c in self.cards if c.entry.evidence.id == evidence_id), None)

    def _entry(self, evidence_id: str) -> EvidenceEntry | None:
        return next((e for e in self.entries if e.evidence.id == evidence_id), None)

    def _on_changes(self, changes, initiator) -> None:
        if initiator is not self and self.cell is not None \
                and any(changes.affects(table) for table in WATCHED):
            self.refresh()

    # --- writes
    def _write(self, fn: Callable[[], object],
               on_done: Callable[[DomainError | None], None] | None = None) -> None:
        """Run a write of the cell's bukti; refusals go to `on_done` (a dialog shows them) or
        to the message above the list."""
        self.message.setVisible(False)

        def succeeded(_outcome) -> None:
            if on_done is not None:
                on_done(None)
            self.refresh()
            self.changed.emit()

        def failed(error: DomainError) -> None:
            if on_done is not None:
                on_done(error)
            else:
                self._refused(error)

        self._tasks.run(fn, on_success=succeeded, on_failure=failed, initiator=self, owner=self)

    def _refused(self, error: DomainError) -> None:
        self.message.setText(error_text(error))
        self.message.setVisible(True)

    def add_files(self, paths: Sequence[str | Path]) -> None:
        cell = self.cell
        if cell is None or not paths:
            return
        files = [Path(p) for p in paths]
        self._write(lambda: self._services.evidence.add_files(
            cell.skp_id, cell.rhk_id, cell.period, files, indicator_id=cell.indicator_id,
            today=self.today))

    def add_image(self, image: QImage, now: dt.datetime | None = None) -> None:
        """A pasted screenshot, stored as a PNG named after the moment it was pasted."""
        cell = self.cell
        if cell is None or image.isNull():
            return
        data, name = png_bytes(image), paste_name(now or dt.datetime.now())
        self._write(lambda: self._services.evidence.add_bytes(
            cell.skp_id, cell.rhk_id, cell.period, data, name, indicator_id=cell.indicator_id,
            today=self.today))

    def choose_files(self) -> None:
        paths = self.ask_files()
        if paths:
            self.add_files(paths)

    def ask_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), "",
            arg(self.tr("Evidence (%1);;All files (*)"), FILE_FILTER_PATTERNS))
        return paths

    def ask_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Replace the evidence file"), "",
            arg(self.tr("Evidence (%1);;All files (*)"), FILE_FILTER_PATTERNS))
        return path

    def add_link(self) -> None:
        cell = self.cell
        if cell is None:
            return

        def submit(link: str, description: str, *, on_done) -> None:
            self._write(lambda: self._services.evidence.add_link(
                cell.skp_id, cell.rhk_id, cell.period, link, indicator_id=cell.indicator_id,
                description=description, today=self.today), on_done)

        self._open_dialog(LinkDialog(submit, self))

    def paste(self) -> None:
        """Ctrl+V: an image on the clipboard becomes a PNG bukti; copied files are added."""
        if self.cell is None:
            return
        mime = QGuiApplication.clipboard().mimeData()
        files = local_files(mime) if mime is not None else []
        if files:
            self.add_files(files)
        elif mime is not None and mime.hasImage():
            self.add_image(QImage(QGuiApplication.clipboard().image()))
        else:
            self.message.setText(self.tr("The clipboard holds no picture and no file to add."))
            self.message.setVisible(True)

    # --- drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.cell is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if self.cell is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # --- the cards' buttons
    def open_evidence(self, evidence_id: str) -> None:
        entry = self._entry(evidence_id)
        if entry is None:
            return
        if entry.link_url is not None:
            self._open(entry.link_url, entry.evidence.link)
            return
        if entry.path is None:
            return
        evidence, target = entry.evidence, viewer_copy_path(entry.evidence)

        def export() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():  # an earlier copy, made read-only: the new export replaces it
                os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
            out = self._services.evidence.export(evidence.id, target, overwrite=True)
            os.chmod(out, stat.S_IRUSR)  # the viewer is not invited to save into it
            return out

        self.message.setVisible(False)
        self._tasks.run(export, on_success=lambda out: self._open(
            QUrl.fromLocalFile(str(out)), evidence.original_name),
            on_failure=self._refused, owner=self)

    def _open(self, url: QUrl, name: str) -> None:
        if not self._open_url(url):
            self.message.setText(arg(self.tr("No program on this computer opens %1."), name))
            self.message.setVisible(True)

    def accept_evidence(self, evidence_id: str) -> None:
        self._write(lambda: self._services.evidence.verify(evidence_id, True, today=self.today))

    def reject_evidence(self, evidence_id: str) -> None:
        entry = self._entry(evidence_id)
        if entry is None:
            return

        def submit(reason: str, *, on_done) -> None:
            self._write(lambda: self._services.evidence.verify(
                evidence_id, False, reason, today=self.today), on_done)

        self._open_dialog(RejectDialog(entry.evidence, submit, self))

    def replace_evidence(self, evidence_id: str) -> None:
        path = self.ask_file()
        if path:
            self._write(lambda: self._services.evidence.replace(
                evidence_id, Path(path), today=self.today))

    def show_history(self, evidence_id: str) -> None:
        self._tasks.run(lambda: self._services.evidence.history(evidence_id),
                        on_success=lambda versions: self._open_dialog(
                            HistoryDialog(versions, self)),
                        on_failure=self._refused, owner=self)

    def _open_dialog(self, dialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
