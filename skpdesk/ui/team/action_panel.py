"""The "Perlu tindakan" dock: what waits for the pegawai using the app, one heading per source
(`services.action_items.ACTION_SOURCES`) with its count, each entry opening the place to act.

The items are collected on the database worker (`TaskRunner`), at start, when the acting pegawai
or the year changes, and after every write that can change them (AppEvents). A collection asked
for while one runs is run once after it (never two in flight, never a stale answer shown).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from skpdesk.domain.changes import Changes
from skpdesk.services.action_items import ActionGroup, ActionItemsService, ActionTarget
from skpdesk.services.dialog.reminders import RULES as REMINDER_RULES

from ..events import AppEvents
from ..tasks import TaskRunner

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # a heading's source key
# entities whose writes change the items (the reminders of issue 10: dialogs, their
# participants, follow-ups, B.1.8 answers and the cadence setting)
REFRESH_ON = ("skp", "rhk", "pegawai", "unit_kerja", "dialog_kinerja", "dialog_peserta",
              "tindak_lanjut", "umpan_balik_bimbingan", "office_setting",
              # issue 11: bukti to verify, realisasi missing before a batas pengisian
              "bukti_dukung", "realisasi", "batas_periode", "periode_tahun",
              # issue 12: evaluations to set, keberatan to decide
              "evaluasi", "keberatan")
# The sources that are reminders (`services.reminders`): counted in the status bar.
REMINDER_KEYS = frozenset(REMINDER_RULES)


class ActionPanelWidget(QWidget):
    """The list itself (the dock holds it); `target_activated` carries an ActionTarget."""

    target_activated = Signal(object)
    loaded = Signal()  # a collection arrived (tests, diagnostics)

    def __init__(self, actions: ActionItemsService, tasks: TaskRunner,
                 events: AppEvents | None = None, *, me_id: str | None = None, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions, self._tasks = actions, tasks
        self._me_id, self._year = me_id, int(year)
        self._running = False
        self._again = False
        self.groups: list[ActionGroup] = []
        self.hint = QLabel(self)
        self.hint.setObjectName("actionHint")
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("actionTree")
        self.tree.setAccessibleName(self.tr("Needs action"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        if events is not None:
            events.changes_applied.connect(self._on_changes)
        self.refresh()

    def set_me(self, pegawai_id: str | None) -> None:
        if pegawai_id != self._me_id:
            self._me_id = pegawai_id
            self.refresh()

    def set_year(self, year: int) -> None:
        if int(year) != self._year:
            self._year = int(year)
            self.refresh()

    def refresh(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        me_id, year = self._me_id, self._year
        self._tasks.run(lambda: self._actions.collect(me_id, year), self._show,
                        on_done=self._done, owner=self)

    def _done(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.refresh()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if any(changes.affects(kind) for kind in REFRESH_ON):
            self.refresh()

    def _show(self, groups: list[ActionGroup]) -> None:
        self.groups = groups
        self.tree.clear()
        if not self._me_id:
            self.hint.setText(self.tr("Choose who you are (Settings › I am…) to see what "
                                      "waits for you."))
        else:
            total = sum(len(g.items) for g in groups)
            self.hint.setText(self.tr("%n item(s) for %1", "", total).replace(
                "%1", str(self._year)) if total else
                self.tr("Nothing waits for you in %1.").replace("%1", str(self._year)))
        for group in groups:
            if not group.items:
                continue
            heading = QTreeWidgetItem([f"{self.source_label(group)} ({len(group.items)})"])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setData(0, GROUP_ROLE, group.key)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for item in group.items:
                text = f"{item.title} — {item.detail}" if item.detail else item.title
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                child.setData(0, TARGET_ROLE, item.target)
                heading.addChild(child)
            self.tree.addTopLevelItem(heading)
            heading.setExpanded(True)
        self.loaded.emit()

    def source_label(self, group: ActionGroup) -> str:
        """The translated heading of a known source (a later source shows its own label)."""
        return {"awaiting_approval": self.tr("SKP waiting for my approval"),
                "without_skp": self.tr("Team members without an SKP"),
                "returned": self.tr("Returned SKP waiting for the employee"),
                "orphan_rhk": self.tr("Team RHK without a supervisor's RHK"),
                "followup_overdue": self.tr("Follow-ups past their due date"),
                "followup_due_soon": self.tr("Follow-ups due within 7 days"),
                "no_dialog": self.tr("Team members long without a performance dialogue"),
                "skp_not_approved": self.tr("Team SKP not approved after January"),
                "b18_missing": self.tr("Coaching feedback (B.1.8) not filled in"),
                "realisasi_due": self.tr("Results incomplete before the filling deadline"),
                "evidence_verify": self.tr("Evidence waiting for my verification"),
                "evaluation_due": self.tr("Performance evaluations not yet set"),
                "keberatan_decide": self.tr("Objections waiting for my decision"),
                "unsigned_prints": self.tr("Printed documents without a signed scan")}.get(
                    group.key, group.label)

    def reminder_count(self) -> int:
        """The reminder items shown (status bar "Pengingat: N")."""
        return sum(len(g.items) for g in self.groups if g.key in REMINDER_KEYS)

    def select_first_reminder(self) -> None:
        """Select the first reminder item (the status bar's count was clicked)."""
        for row in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(row)
            if heading.data(0, GROUP_ROLE) in REMINDER_KEYS and heading.childCount():
                self.tree.setCurrentItem(heading.child(0))
                break
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if isinstance(target, ActionTarget):
            self.target_activated.emit(target)

    def items(self) -> list[tuple[str, ActionTarget]]:
        """(source key, target) of every entry shown (tests)."""
        return [(g.key, i.target) for g in self.groups for i in g.items]


class ActionDock(QGroupBox):
    """The titled pane that holds the panel under the team tree."""

    def __init__(self, panel: ActionPanelWidget, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Needs action"), parent)
        self.setObjectName("actionDock")
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(panel)
