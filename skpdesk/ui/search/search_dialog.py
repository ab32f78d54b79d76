"""Cari di catatan (Ctrl+Shift+F): type words, see the matching records with the match
highlighted, the pegawai and the date; Enter or a double click opens the record.

The query runs on the database worker (`SearchService.search`, FTS5): the service builds the
query (every word a quoted prefix term) and applies confidentiality in SQL, so the dialog never
sees a note its reader may not read. Typing starts a search after a short pause; a search asked
for while one runs is run once after it, with the newest text (never two in flight, never a
stale answer shown over a newer one). A refusal (a query too short) is shown above the list.

Opening a record emits `open_requested(ActionTarget)`: a dialog, addendum, follow-up or B.1.9
opens the "Dialog & umpan balik" tab on its dialog; umpan balik opens the pegawai's SKP tab
(where feedback is shown beside its RHK or core value).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.services.action_items import ActionTarget

from ..field_errors import error_label
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner

TYPING_PAUSE_MS = 300  # a search starts this long after the last key
RESULT_LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
FEEDBACK_ENTITY = "umpan_balik"
# How SearchService marks the matched words in a snippet (FTS5 snippet() markers).
MARK_OPEN, MARK_CLOSE = "«", "»"


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: escaped, the marked matches in bold."""
    text = html.escape(snippet or "")
    return text.replace(html.escape(MARK_OPEN), "<b>").replace(html.escape(MARK_CLOSE), "</b>")


def target_of(hit: Any) -> ActionTarget:
    """Where a hit is read: its dialog in the Dialog tab, or (umpan balik, or a record of no
    dialog) the pegawai's SKP tab."""
    if hit.entity != FEEDBACK_ENTITY and hit.dialog_id:
        return ActionTarget("dialog", hit.pegawai_id, dialog_id=hit.dialog_id)
    return ActionTarget("skp", hit.pegawai_id)


class SearchDialog(QDialog):
    open_requested = Signal(object)  # the ActionTarget of the hit chosen
    searched = Signal()  # an answer (hits or a refusal) is shown (tests, diagnostics)

    def __init__(self, search, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._tasks = tasks
        self._running = False
        self._pending: str | None = None
        self.hits: list[Any] = []
        self.setObjectName("SearchDialog")
        self.setWindowTitle(self.tr("Search notes"))
        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(self.tr(
            "Words from dialog notes, agenda, follow-ups, feedback, competency reasons"))
        label = QLabel(self.tr("&Search for:"), self)
        label.setBuddy(self.query_edit)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("searchStatus")
        self.status_label.setWordWrap(True)
        self.error_label = error_label(self, "searchError")
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter belongs to the query box and the list (search, open): never to Close.
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(lambda _text: self.timer.start())
        self.query_edit.returnPressed.connect(self._enter_in_query)
        self.resize(640, 480)

    # --- searching
    def search_now(self) -> None:
        """Run the search for the text typed (at once; the pause timer is stopped)."""
        self.timer.stop()
        text = self.query_edit.text().strip()
        if not text:
            self._show([], "")
            return
        if self._running:
            self._pending = text
            return
        self._running = True
        search = self._search
        self._tasks.run(lambda: search.search(text, limit=RESULT_LIMIT),
                        lambda hits: self._show(hits, text), self._refused,
                        on_done=self._done, owner=self)

    def _done(self) -> None:
        self._running = False
        pending, self._pending = self._pending, None
        if pending is not None and pending == self.query_edit.text().strip():
            self.search_now()

    def _refused(self, error: DomainError) -> None:
        self._show([], "")
        self.error_label.setText(error_text(error))
        self.error_label.setVisible(True)
        self.searched.emit()

    def _show(self, hits: list[Any], text: str) -> None:
        self.error_label.setVisible(False)
        self.hits = list(hits)
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem(self.results)
            item.setData(HIT_ROLE, hit)
            label = QLabel(self.hit_html(hit), self.results)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 3, 4, 3)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label.text())
            self.results.setItemWidget(item, label)
        self._fit_rows()
        if not text:
            self.status_label.setText("")
        elif self.hits:
            self.status_label.setText(self.tr("%n record(s) found.", "", len(self.hits)))
        else:
            self.status_label.setText(arg(self.tr("Nothing found for “%1”."), text))
        if self.hits:
            self.results.setCurrentRow(0)
        if text:
            self.searched.emit()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped text at the list's width (a word-wrapped label's
        own size hint knows no width and would leave rows far too tall)."""
        width = max(self.results.viewport().width() - 4, 160)
        for row in range(self.results.count()):
            item = self.results.item(row)
            label = self.results.itemWidget(item)
            if label is not None:
                item.setSizeHint(QSize(width, label.heightForWidth(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def hit_html(self, hit: Any) -> str:
        who = html.escape(hit.pegawai_name or "")
        if hit.nip:
            who += f" ({html.escape(hit.nip)})"
        day = hit.on.strftime("%d-%m-%Y") if hit.on else ""
        head = " · ".join(part for part in (f"<b>{html.escape(hit.title or '')}</b>", who, day)
                          if part)
        return f"{head}<br>{snippet_html(hit.snippet)}"

    # --- opening
    def _enter_in_query(self) -> None:
        """Enter in the query box: search now; when the list already answers this text,
        open the selected hit."""
        if self.timer.isActive() or not self.hits:
            self.search_now()
            return
        self.open_current()

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None and hit.pegawai_id:
            self.open_requested.emit(target_of(hit))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the query box goes to the results (the list keeps Up/Down itself).
        if event.key() == Qt.Key.Key_Down and self.query_edit.hasFocus() and self.hits:
            self.results.setFocus()
            return
        super().keyPressEvent(event)

    def lines(self) -> list[str]:
        """The results as plain text (tests)."""
        return [self.results.itemWidget(self.results.item(i)).text()
                for i in range(self.results.count())]
