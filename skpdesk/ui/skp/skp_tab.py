"""The "SKP" workspace tab: the selected pegawai's SKP of a year, edited in place.

Top: the year (for a pegawai with several SKPs), undo/redo, the workflow buttons the status
allows and the read-only banner. Below: the identity block (`SkpHeaderView`) and three pages:
Hasil Kerja (`RhkEditor`), Perilaku Kerja (`BehaviourView`) and Lampiran (`LampiranView`).
Without an SKP for the year the tab offers "Buat SKP" and "Salin dari tahun lalu".

Every edit is saved as it is made: one command (`skp_commands`) through the `TaskRunner`, kept
on the undo stack of that SKP (one `SkpUndoSession` per SKP opened in this tab; Ctrl+Z and
Ctrl+Shift+Z). Workflow transitions are not undoable: the stack is cleared after one; Ajukan and
Setujui are confirmed first (`WorkflowDialog`), a pengelola kinerja acting atas nama gives the
reason there, and every step's result is announced by `status_message` (the status bar). The tab
adds no business rule: the services refuse, and the refusal is shown as the translated sentence
(in the open dialog, else in the message bar above the SKP); a refused action changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QStackedWidget, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.domain.skp import Approach, CopiedSkp, Skp
from skpdesk.services.skp import SkpService
from skpdesk.services.skp_document import person_block
from skpdesk.services.skp_history import SkpHistoryService
from skpdesk.services.staff import StaffService

from ..events import AppEvents
from ..i18n import arg
from ..messages import error_text
from ..signed_scan_label import SignedScanLabel
from ..sync_marks import SyncMarks
from ..tasks import TaskRunner
from .behaviour_view import BehaviourView
from .form_dialog import ERROR_STYLE, FormDialog, TextDialog
from .lampiran_view import LampiranView
from .rhk_editor import RhkEditor
from .skp_commands import CommandContext, SetApproachCommand, SkpCommand
from .skp_create_page import SkpCreatePage
from .skp_header_view import ATASAN_PENILAI, PEGAWAI, PENILAI, SkpHeaderView
from .skp_undo_session import SkpUndoSession
from .workflow_bar import WorkflowBar
from .workflow_dialog import WorkflowDialog

YEARS_BACK = 5  # SKP years looked for before this year (and one after)
WATCHED = ("skp", "rhk", "indikator", "perilaku_kerja", "lampiran_item", "pegawai", "core_value",
           "unit_kerja")
PAGE_EMPTY, PAGE_CREATE, PAGE_EDITOR = range(3)
INNER_HASIL, INNER_PERILAKU, INNER_LAMPIRAN = range(3)


class SkpTabWidget(QWidget):
    status_message = Signal(str)  # the result of a workflow step, done or refused

    # The year this tab moved to by itself (picked in its box, a new SKP for next year, a copy):
    # the main window makes it the year of the whole window (one year selector, issue 9).
    year_selected = Signal(int)
    def __init__(self, skp: SkpService, staff: StaffService, tasks: TaskRunner,
                 events: AppEvents | None = None, *, pegawai_id: str | None = None,
                 marks: SyncMarks | None = None, history: SkpHistoryService | None = None,
                 feedback=None, scans=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._skp_service = skp
        self._history_service = history
        self._events = events
        self._marks = marks
        self._staff = staff
        self._tasks = tasks
        self._pegawai_id: str | None = None
        self._pegawai_name = ""
        self._year = dt.date.today().year
        self._skp: Skp | None = None
        self._sessions: dict[str, SkpUndoSession] = {}
        self._stale = False
        self.dialog: FormDialog | None = None  # the edit dialog now open (tests drive it)
        self._build()
        # issue 13: "Ditandatangani, pindaian tanggal …" under the header (none without scans)
        self.signed_scan = SignedScanLabel(scans, tasks, ("skp",), events, self)
        self.header.parentWidget().layout().insertWidget(1, self.signed_scan)
        # Umpan balik beside each RHK and core value (`skp_feedback.py`), with the
        # FeedbackService (issue 10); a tab made without it shows none.
        self.feedback = None
        if feedback is not None:
            from .skp_feedback import SkpFeedback
            self.feedback = SkpFeedback(feedback, self)
        if events is not None:
            events.changes_applied.connect(self._on_changes)
        if marks is not None:
            marks.changed.connect(self._update_sync_banner)
            self.rhk_editor.model.set_marks(marks)
        self.set_pegawai(pegawai_id)

    # --- building
    def _build(self) -> None:
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        year_label = QLabel(self.tr("Year:"), self)
        year_label.setBuddy(self.year_combo)
        self._year_label = year_label
        self.year_combo.activated.connect(lambda i: self.select_year(self.year_combo.itemData(i)))
        self.new_action = self._action(self.tr("&New SKP…"), ["Ctrl+Shift+N"], self.show_create)
        self.undo_action = self._action(self.tr("&Undo"), ["Ctrl+Z"], self.undo)
        self.redo_action = self._action(self.tr("&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)
        self.add_rhk_action = self._action(self.tr("Add RHK"), ["Ctrl+N"], self._add_rhk_anywhere)
        self.workflow = WorkflowBar(self)
        self.workflow.action_requested.connect(self.request_transition)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        self.tool_buttons = []
        for action in (self.new_action, self.undo_action, self.redo_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            top.addWidget(button)
            self.tool_buttons.append(button)
        top.addWidget(self.workflow, 1)
        self._top_bar = top

        self.message_bar = QFrame(self)
        self.message_bar.setObjectName("skpMessageBar")
        self.message_label = QLabel(self.message_bar)
        self.message_label.setObjectName("skpMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self.message_bar)
        close.setText(self.tr("Close"))
        close.clicked.connect(self.clear_message)
        bar = QHBoxLayout(self.message_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.message_label, 1)
        bar.addWidget(close)
        self.message_bar.setVisible(False)

        # "Ada konflik sinkronisasi pada SKP ini — tinjau": shown while the SKP (or one of its
        # rows) has an open sync conflict; the button opens the "Perlu ditinjau" queue.
        self.sync_banner = QFrame(self)
        self.sync_banner.setObjectName("skpSyncBanner")
        self.sync_banner.setStyleSheet("#skpSyncBanner { background: #fff4d6; }")
        self.sync_label = QLabel(self.tr("There is a sync conflict in this SKP; what is shown is "
                                         "provisional until it is reviewed."), self.sync_banner)
        self.sync_label.setWordWrap(True)
        self.sync_review_button = QToolButton(self.sync_banner)
        self.sync_review_button.setObjectName("skpSyncReview")
        self.sync_review_button.setText(self.tr("Rev&iew…"))
        self.sync_review_button.clicked.connect(self._review_sync)
        sync_row = QHBoxLayout(self.sync_banner)
        sync_row.setContentsMargins(6, 3, 6, 3)
        sync_row.addWidget(self.sync_label, 1)
        sync_row.addWidget(self.sync_review_button)
        self.sync_banner.setVisible(False)

        self.empty_label = QLabel(self.tr("Choose an employee from the list on the left."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_page = SkpCreatePage(self)
        self.create_page.previous_exists = lambda year: bool(
            self._pegawai_id and self._skp_service.find(self._pegawai_id, year) is not None)
        self.create_page.create_requested.connect(self.create_skp)
        self.create_page.copy_requested.connect(self.copy_from_last_year)
        # The "SKP baru" year is the tab's year: changing one changes the other.
        self.create_page.year_spin.valueChanged.connect(self._create_year_changed)
        self.header = SkpHeaderView(self)
        self.header.approach_combo.activated.connect(self._approach_chosen)
        self.rhk_editor = RhkEditor(self, self)
        self.rhk_editor.model.parent_ids_of = lambda skp: {  # orphan RHK get a warning
            r.id for r in self._skp_service.parent_candidates(skp.id)}
        self.behaviour_view = BehaviourView(self, self)
        self.lampiran_view = LampiranView(self, self)
        self.inner_tabs = QTabWidget(self)
        self.inner_tabs.addTab(self.rhk_editor, self.tr("&Work results"))
        self.inner_tabs.addTab(self.behaviour_view, self.tr("Work &behaviour"))
        self.inner_tabs.addTab(self.lampiran_view, self.tr("Atta&chment"))
        # History (`history_panel.py`): the workflow steps and changes since the last approval.
        self.history_panel = None
        if self._history_service is not None:
            from .history_panel import SkpHistoryPanel
            self.history_panel = SkpHistoryPanel(self._history_service, self._events, self)
            self.inner_tabs.addTab(self.history_panel, self.tr("Histor&y"))
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.header)
        editor_layout.addWidget(self.inner_tabs, 1)
        self.pages = QStackedWidget(self)
        for page in (self.empty_label, self.create_page, editor):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.workflow.banner)
        layout.addWidget(self.workflow.note_label)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.sync_banner)
        layout.addWidget(self.pages, 1)
        QWidget.setTabOrder(self.year_combo, self.tool_buttons[0])
        for before, after in zip(self.tool_buttons, self.tool_buttons[1:]):
            QWidget.setTabOrder(before, after)

    def add_tool_action(self, action: QAction) -> QToolButton:
        """A button in the top bar, after undo/redo, for an action owned elsewhere (File > Print
        SKP… adds itself here: `print_actions.install_print_actions`)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._top_bar.insertWidget(self._top_bar.indexOf(self.workflow), button)
        QWidget.setTabOrder(self.tool_buttons[-1], button)
        self.tool_buttons.append(button)
        return button

    def _action(self, text: str, keys: list[str], slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- what is shown
    @property
    def skp(self) -> Skp | None:
        return self._skp

    @property
    def pegawai_id(self) -> str | None:
        return self._pegawai_id

    @property
    def year(self) -> int:
        return self._year

    @property
    def session(self) -> SkpUndoSession | None:
        if self._skp is None:
            return None
        session = self._sessions.get(self._skp.id)
        if session is None:
            session = SkpUndoSession(self._skp_service, self._tasks, self._skp.id, initiator=self,
                                     parent=self)
            session.applied.connect(self.reload)
            session.refused.connect(lambda error: self.show_error(error_text(error)))
            session.state_changed.connect(self._update_undo)  # never from a dying stack
            self._sessions[self._skp.id] = session
        return session

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo stack of the SKP shown (one per SKP opened in this tab)."""
        session = self.session
        return session.stack if session else None

    @property
    def command_context(self) -> CommandContext:
        return self.session.ctx

    def set_pegawai(self, pegawai_id: str | None) -> None:
        self._pegawai_id = pegawai_id
        self._pegawai_name = ""
        if pegawai_id:
            try:
                self._pegawai_name = self._staff.get(pegawai_id).full_name
            except DomainError:
                self._pegawai_id = None
        self.clear_message()
        self._fill_years()  # the year stays: it is the window's year, not the pegawai's
        self.reload()

    def _fill_years(self) -> list[int]:
        """Years with an SKP of the pegawai (and this year, to create one)."""
        years: set[int] = set()
        if self._pegawai_id:
            this_year = dt.date.today().year
            years = {y for y in range(this_year - YEARS_BACK, this_year + 2)
                     if self._skp_service.find(self._pegawai_id, y) is not None}
            years |= {this_year, self._year}
            if self._skp is not None and self._skp.pegawai_id == self._pegawai_id:
                years.add(self._skp.year)
        self.year_combo.clear()
        for year in sorted(years):
            self.year_combo.addItem(str(year), year)
        return sorted(years)

    def select_year(self, year: int) -> None:
        if self.year_combo.findData(year) < 0:
            self._fill_years()
            if self.year_combo.findData(year) < 0:
                self.year_combo.addItem(str(year), year)
        changed = int(year) != self._year
        self._year = int(year)
        self.clear_message()
        self.reload()
        if changed:
            self.year_selected.emit(self._year)

    def set_year_selector_visible(self, visible: bool) -> None:
        """Hide the tab's own year box when a window's Tahun box drives the year."""
        self.year_combo.setVisible(visible)
        self._year_label.setVisible(visible)

    def _create_year_changed(self, year: int) -> None:
        if self.pages.currentIndex() == PAGE_CREATE and self._pegawai_id and year != self._year:
            self.select_year(year)

    def reload(self) -> None:
        """Show the SKP of the pegawai and year as the database has it now."""
        self._stale = False
        self._skp = (self._skp_service.find(self._pegawai_id, self._year)
                     if self._pegawai_id else None)
        self.year_combo.setEnabled(self._pegawai_id is not None)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self._year))
        if self._pegawai_id is None:
            self.pages.setCurrentIndex(PAGE_EMPTY)
        elif self._skp is None:
            self.create_page.show_for(self._pegawai_name, self._year)
            self.pages.setCurrentIndex(PAGE_CREATE)
        else:
            self.header.show_people(self._people(self._skp))
            self.header.show_skp(self._skp)
            self.pages.setCurrentIndex(PAGE_EDITOR)
        for view in (self.rhk_editor, self.behaviour_view, self.lampiran_view,
                     self.history_panel):
            if view is not None:
                view.set_skp(self._skp)
        if self.feedback is not None:
            self.feedback.set_skp(self._skp)
        self.workflow.show_skp(self._skp)
        self.signed_scan.show_record(self._skp.id if self._skp else None)
        self.new_action.setEnabled(self._pegawai_id is not None)
        self.add_rhk_action.setEnabled(self._skp is not None and not self._skp.read_only)
        self._update_undo()
        self._update_sync_banner()

    def sync_conflict_shown(self) -> bool:
        return not self.sync_banner.isHidden()

    def _update_sync_banner(self) -> None:
        skp = self._skp
        self.sync_banner.setVisible(bool(skp is not None and self._marks is not None
                                         and self._marks.skp_has_conflict(skp.id)))

    def _review_sync(self) -> None:
        if self._marks is not None and self._skp is not None:
            self._marks.request_review(self._skp.id)

    def _people(self, skp: Skp) -> dict[str, Any]:
        try:
            pegawai = self._staff.get(skp.pegawai_id)
        except DomainError:
            return {}
        # the window shows a PPPK's golongan (paper leaves it empty by default, issue 13)
        people: dict[str, Any] = {PEGAWAI: person_block(pegawai, position=skp.position,
                                                        unit_path=skp.unit_path,
                                                        show_pppk_rank=True)}
        penilai_id = skp.appraiser_id or pegawai.supervisor_id
        try:
            people[PENILAI] = (person_block(self._staff.get(penilai_id), show_pppk_rank=True)
                               if penilai_id else None)
        except DomainError:
            people[PENILAI] = None
        atasan = self._staff.appraiser_of(pegawai)
        people[ATASAN_PENILAI] = person_block(atasan, show_pppk_rank=True) if atasan else None
        return people

    def _update_undo(self) -> None:
        stack = self._sessions.get(self._skp.id).stack if (
            self._skp is not None and self._skp.id in self._sessions) else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setToolTip(arg(self.tr("Undo %1"), stack.undoText()) if stack and
                                    stack.canUndo() else self.tr("Nothing to undo"))
        self.redo_action.setToolTip(arg(self.tr("Redo %1"), stack.redoText()) if stack and
                                    stack.canRedo() else self.tr("Nothing to redo"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_years()
            self.reload()

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self._pegawai_id is None:
            return
        if any(changes.affects(entity) for entity in WATCHED) or (
                self.feedback is not None and self.feedback.affected_by(changes)):
            if self.isVisible():
                self._fill_years()
                self.reload()
            else:
                self._stale = True

    # --- messages
    def show_error(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setAccessibleDescription(text)
        self.message_bar.setVisible(True)

    def clear_message(self) -> None:
        self.message_label.clear()
        self.message_bar.setVisible(False)

    def message(self) -> str:
        return self.message_label.text() if not self.message_bar.isHidden() else ""

    # --- edits (the SkpEditorHost of the views)
    def execute(self, command: SkpCommand, dialog: FormDialog | None = None,
                select: Callable[[], Any] | None = None) -> None:
        session = self.session
        if session is None:
            return

        def succeeded() -> None:
            self.clear_message()
            if dialog is not None:
                dialog.succeeded()
            if select is not None:
                select()

        def failed(error: DomainError) -> None:
            if dialog is not None:
                dialog.failed(error)
            else:
                self.show_error(error_text(error))

        session.execute(command, succeeded, failed)

    def open_dialog(self, dialog: FormDialog,
                    on_submit: Callable[[dict[str, Any], FormDialog], None]) -> None:
        self.dialog = dialog
        dialog.submitted.connect(lambda values: on_submit(values, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def run_task(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[DomainError], None]) -> None:
        """A write that is not an SKP edit (umpan balik) on the worker, as this tab's."""
        self._tasks.run(fn, on_success, on_failure, initiator=self)

    def undo(self) -> None:
        session = self.session
        if session is not None:
            self.clear_message()
            session.undo()

    def redo(self) -> None:
        session = self.session
        if session is not None:
            self.clear_message()
            session.redo()

    def _add_rhk_anywhere(self) -> None:
        if self._skp is not None:
            self.inner_tabs.setCurrentIndex(INNER_HASIL)
            self.rhk_editor.add_rhk()

    def _approach_chosen(self, index: int) -> None:
        approach = Approach(self.header.approach_combo.itemData(index))
        if self._skp is None or approach is self._skp.approach:
            return
        self.execute(SetApproachCommand(self.command_context, self._skp, approach,
                                        self.tr("Change approach")))
        self.header.show_skp(self._skp)  # back to the stored value if the service refused

    # --- workflow, create, copy (not undoable)
    def request_transition(self, action: str) -> None:
        skp = self._skp
        if skp is None:
            return
        try:
            permission = self._skp_service.allowed(skp.id)[action]
        except DomainError as error:
            self._failure(None)(error)
            return
        if not permission.allowed:
            # The service refuses with the sentence naming the rule; no dialog to fill first.
            self._transition(skp.id, action, "", None)
            return
        if permission.on_behalf or action in ("submit", "approve"):
            penilai = self._penilai_name(skp)
            behalf = None
            if permission.on_behalf:
                behalf = self._pegawai_name if action == "submit" else (penilai or "-")
            dialog = WorkflowDialog(action, pegawai=self._pegawai_name, penilai=penilai,
                                    year=skp.year, on_behalf_of=behalf, parent=self)
            self.open_dialog(dialog, lambda values, dlg: self._transition(
                skp.id, action, values["text"], dlg, values["reason"]))
            return
        if action == "return":
            dialog = TextDialog(self.tr("Return to Draft"), self.tr("&Note for the employee"),
                                parent=self)
        elif action == "reopen":
            dialog = TextDialog(self.tr("Reopen the approved SKP"), self.tr("&Reason"),
                                parent=self)
        else:
            self._transition(skp.id, action, "", None)
            return
        self.open_dialog(dialog, lambda values, dlg: self._transition(skp.id, action,
                                                                      values["text"], dlg))

    def _transition(self, skp_id: str, action: str, note: str, dialog: FormDialog | None,
                    reason: str = "") -> None:
        service = self._skp_service
        call = {"submit": service.submit, "approve": service.approve,
                "return": service.return_to_draft, "reopen": service.reopen}[action]
        name = self._pegawai_name

        def succeeded(outcome) -> None:
            session = self._sessions.get(skp_id)
            if session is not None:
                session.stack.clear()  # a transition is not undoable; older edits neither
            self.clear_message()
            if dialog is not None:
                dialog.succeeded()
            self.status_message.emit(self._done_text(action, name, outcome.value))
            self.reload()

        self._tasks.run(lambda: call(skp_id, note, on_behalf_reason=reason), succeeded,
                        self._failure(dialog, status=True), initiator=self)

    def _penilai_name(self, skp: Skp) -> str | None:
        try:
            penilai_id = skp.appraiser_id or self._staff.get(skp.pegawai_id).supervisor_id
            return self._staff.get(penilai_id).full_name if penilai_id else None
        except DomainError:
            return None

    def _done_text(self, action: str, name: str, skp: Skp) -> str:
        if action == "submit":
            return arg(self.tr("SKP %1 of %2 submitted to %3."), str(skp.year), name,
                       self._penilai_name(skp) or "-")
        return arg({"approve": self.tr("SKP %1 of %2 approved."),
                    "return": self.tr("SKP %1 of %2 returned to Draft."),
                    "reopen": self.tr("SKP %1 of %2 reopened as Draft.")}[action],
                   str(skp.year), name)

    def _failure(self, dialog: FormDialog | None,
                 status: bool = False) -> Callable[[DomainError], None]:
        def failed(error: DomainError) -> None:
            text = error_text(error)
            if dialog is not None:
                dialog.failed(error)
            else:
                self.show_error(text)
            if status:
                self.status_message.emit(text)
        return failed

    def show_create(self) -> None:
        if self._pegawai_id is None:
            return
        year = self._year + 1 if self._skp else self._year
        if year != self._year and self._skp_service.find(self._pegawai_id, year) is None:
            self.select_year(year)  # the window's year follows the new SKP's year
        self._skp = None  # nothing shown to act on until a year is chosen or the SKP made
        for view in (self.rhk_editor, self.behaviour_view, self.lampiran_view):
            view.set_skp(None)
        if self.feedback is not None:
            self.feedback.set_skp(None)
        self.workflow.show_skp(None)
        self.add_rhk_action.setEnabled(False)
        self._update_undo()
        self.create_page.show_for(self._pegawai_name, year)
        self.pages.setCurrentIndex(PAGE_CREATE)
        self.create_page.setFocus()

    def create_skp(self, year: int, approach: Approach) -> None:
        pegawai_id = self._pegawai_id
        if pegawai_id is None:
            return
        self._tasks.run(lambda: self._skp_service.create(pegawai_id, year, approach=approach),
                        lambda outcome: self._created(outcome.value), self._failure(None),
                        initiator=self)

    def copy_from_last_year(self, year: int) -> None:
        pegawai_id = self._pegawai_id
        if pegawai_id is None:
            return
        self._tasks.run(lambda: self._skp_service.copy_from_last_year(pegawai_id, year),
                        lambda outcome: self._copied(outcome.value), self._failure(None),
                        initiator=self)

    def _copied(self, copied: CopiedSkp) -> None:
        self._created(copied.skp)
        if copied.lost_links:  # say which RHK intervene nothing now (never silently empty)
            self.show_error(self.create_page.lost_links_text(copied.lost_links, copied.skp.year))

    def _created(self, skp: Skp) -> None:
        self.clear_message()
        if skp.pegawai_id == self._pegawai_id:
            self._fill_years()
            self.select_year(skp.year)
