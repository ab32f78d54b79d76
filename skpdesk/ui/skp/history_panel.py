"""The "History" page of the SKP tab: every workflow step of the SKP (when, what, who, note) and
what changed in it since the last approval, read from the journal (`SkpHistoryService`).

Who is the pegawai recorded as acting ("Saya adalah"; "atas nama" with the reason when a
pengelola kinerja acted for another), else the computer user. The page reads the journal only
while it is shown: a change elsewhere marks it stale and it reloads when shown again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.domain.skp import Skp
from skpdesk.messages.history_labels import (CHANGE_LABELS, NO_APPROVAL, NO_CHANGE, PART_LABELS,
                                             STEP_LABELS, column_label, value_text)
from skpdesk.services.skp_history import SkpHistory, SkpHistoryService

from ..events import AppEvents
from ..i18n import arg, current_language
from ..messages import error_text

WATCHED = ("skp", "rhk", "indikator", "perilaku_kerja", "lampiran_item", "core_value")


def local_time(at: str) -> str:
    """A journal time (ISO, UTC) as this computer's local "dd-mm-yyyy hh:mm"."""
    try:
        return dt.datetime.fromisoformat(at).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return at


class SkpHistoryPanel(QWidget):
    def __init__(self, history: SkpHistoryService, events: AppEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = history
        self._skp_id: str | None = None
        self._stale = True
        self.history: SkpHistory | None = None
        self.setObjectName("skpHistoryPanel")
        steps_title = QLabel(self.tr("Workflow steps"), self)
        self.steps_view = QTreeWidget(self)
        self.steps_view.setObjectName("historySteps")
        self.steps_view.setRootIsDecorated(False)
        self.steps_view.setHeaderLabels([self.tr("When"), self.tr("Step"), self.tr("By"),
                                         self.tr("Note")])
        self.steps_view.setColumnWidth(0, 130)
        self.steps_view.setColumnWidth(2, 220)
        self.changes_title = QLabel(self)
        self.changes_title.setObjectName("historyChangesTitle")
        self.changes_title.setWordWrap(True)
        self.changes_view = QTreeWidget(self)
        self.changes_view.setObjectName("historyChanges")
        self.changes_view.setHeaderLabels([self.tr("Part"), self.tr("Change"), self.tr("Text"),
                                           self.tr("Detail")])
        self.changes_view.setColumnWidth(2, 260)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        steps_title.setBuddy(self.steps_view)
        layout = QVBoxLayout(self)
        layout.addWidget(steps_title)
        layout.addWidget(self.steps_view, 1)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes_view, 1)
        layout.addWidget(self.error_label)
        if events is not None:
            events.changes_applied.connect(self._on_changes)

    def set_skp(self, skp: Skp | None) -> None:
        self._skp_id = skp.id if skp is not None else None
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if any(changes.affects(entity) for entity in WATCHED):
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._stale = False
        self.steps_view.clear()
        self.changes_view.clear()
        self.error_label.setVisible(False)
        self.history = None
        if self._skp_id is None:
            self.changes_title.setText("")
            return
        try:
            self.history = self._service.history(self._skp_id)
        except DomainError as error:
            self.error_label.setText(error_text(error))
            self.error_label.setVisible(True)
            return
        self._show(self.history)

    def _show(self, history: SkpHistory) -> None:
        lang = current_language()
        for step in history.steps:
            who = step.who.label
            if step.who.reason:
                who = arg(self.tr("%1 — reason: %2"), who, step.who.reason)
            item = QTreeWidgetItem([local_time(step.at), STEP_LABELS[step.action].get(lang), who,
                                    step.note])
            item.setToolTip(2, f"{who}\n{step.who.os_user}")
            self.steps_view.addTopLevelItem(item)
        if history.last_approval is None:
            self.changes_title.setText(NO_APPROVAL.get(lang))
            return
        since = local_time(history.last_approval.at)
        if not history.since_approval:
            self.changes_title.setText(arg(self.tr("Approved %1. %2"), since,
                                           NO_CHANGE.get(lang)))
            return
        self.changes_title.setText(arg(self.tr("Changes since the approval of %1:"), since))
        for change in history.since_approval:
            detail = "; ".join(
                f"{column_label(k, lang)}: {value_text(a)} → {value_text(b)}"
                for k, (a, b) in change.fields.items()) if change.change == "changed" else ""
            item = QTreeWidgetItem([PART_LABELS[change.entity].get(lang),
                                    CHANGE_LABELS[change.change].get(lang), change.label, detail])
            item.setToolTip(2, change.label)
            item.setToolTip(3, detail)
            self.changes_view.addTopLevelItem(item)

    def step_rows(self) -> list[list[str]]:
        """The steps as shown (tests read them)."""
        view = self.steps_view
        return [[view.topLevelItem(r).text(c) for c in range(view.columnCount())]
                for r in range(view.topLevelItemCount())]

    def change_rows(self) -> list[list[str]]:
        view = self.changes_view
        return [[view.topLevelItem(r).text(c) for c in range(view.columnCount())]
                for r in range(view.topLevelItemCount())]
