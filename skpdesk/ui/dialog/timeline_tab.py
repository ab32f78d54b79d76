"""The "Dialog & umpan balik" workspace tab: the selected pegawai's timeline (dialogs, umpan
balik, tindak lanjut, B.1.8/B.1.9 and SKP workflow steps, newest first), filtered by kind and by
period of the window's year, a detail pane for the selected entry, and "Dialog baru" with a
template per kind.

Reads and writes go through `Services.dialogs` (and `coaching`, `feedback` when present) on the
`TaskRunner`; the services apply confidentiality for the acting pegawai ("Saya adalah"), so a
confidential dialog of others arrives redacted and the tab only shows what it got. The main
window calls `show_dialog(id)` / `new_dialog()` for its "dialog" / "new_dialog" targets
(`MainWindow.open_target`); the tab is found by its objectName "dialogTab".
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QMenu, QPushButton, QSplitter, QTableView, QTextBrowser,
                               QToolButton, QVBoxLayout, QWidget)

from skpdesk.domain.dialog import (BIMBINGAN_KINDS, DIALOG_KIND_LABELS, FOLLOW_UP_STATUS_LABELS,
                                   ONLINE_PLACE, TIMELINE_KIND_LABELS, Dialog, DialogKind,
                                   TimelineEntry, TimelineKind, period_bounds, period_label)
from skpdesk.domain.errors import DomainError

from ..events import AppEvents
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
from .dialog_templates import template_for
from .timeline_model import TimelineModel, date_text

# Tables whose change may change what the tab shows.
WATCHED = ("dialog_kinerja", "dialog_peserta", "dialog_topik", "dialog_adendum", "tindak_lanjut",
           "umpan_balik", "umpan_balik_bimbingan", "evaluasi_kompetensi", "skp", "pegawai")
ALL = ""


def _e(text: str | None) -> str:
    return html.escape(text or "")


class DialogTabWidget(QWidget):
    status_message = Signal(str)

    def __init__(self, services, tasks: TaskRunner, events: AppEvents | None = None, *,
                 pegawai_id: str | None = None, year: int | None = None,
                 today: dt.date | None = None, settings=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogTab")
        self._services = services
        self._tasks = tasks
        self._pegawai_id: str | None = None
        self.year = year or dt.date.today().year
        self.today = today
        self.editor = None        # the dialog editor now open (tests drive it)
        self.child_dialog = None  # the addendum / B.1.8 / B.1.9 dialog now open
        self._pending_dialog_id: str | None = None
        self.current_dialog: Dialog | None = None
        self._settings = settings  # QSettings: the last folder of printed PDFs
        self.printer = None         # DialogPrinter, made on the first print
        self._build()
        if events is not None:
            events.changes_applied.connect(self._on_changes)
        self.set_pegawai(pegawai_id)

    # --- building
    def _build(self) -> None:
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        for kind in TimelineKind:
            self.kind_filter.addItem(TIMELINE_KIND_LABELS[kind], kind.value)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_filter)
        self.period_filter = QComboBox(self)
        self.period_filter.setObjectName("periodFilter")
        period_label_ = QLabel(self.tr("Pe&riod:"), self)
        period_label_.setBuddy(self.period_filter)
        self._fill_periods()
        self.kind_filter.activated.connect(lambda _i: self.reload())
        self.period_filter.activated.connect(lambda _i: self.reload())

        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newDialogButton")
        self.new_button.setText(self.tr("&New dialog"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self.new_button)
        self.new_actions: dict[DialogKind, QAction] = {}
        for kind in DialogKind:
            action = self.new_menu.addAction(DIALOG_KIND_LABELS[kind])
            action.triggered.connect(lambda _checked=False, k=kind: self.new_dialog(k))
            self.new_actions[kind] = action
        self.new_button.setMenu(self.new_menu)

        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_filter)
        top.addWidget(period_label_)
        top.addWidget(self.period_filter)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.model = TimelineModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_row(
            cur.row()))
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setWordWrap(True)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("dialogDetail")
        self.detail.setOpenLinks(False)
        self.open_button = self._button(self.tr("&Open"), "openDialog", self.open_current)
        self.addendum_button = self._button(self.tr("A&ddendum…"), "addAddendum",
                                            self.add_addendum)
        self.b18_button = self._button(self.tr("B.1.&8 feedback…"), "enterB18", self.enter_b18)
        self.b19_button = self._button(self.tr("B.1.&9 competencies…"), "enterB19",
                                       self.enter_b19)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printDialogButton")
        self.print_button.setText(self.tr("&Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        self.print_notes_action = self.print_menu.addAction(self.tr("Dialog record (catatan)"))
        self.print_b18_action = self.print_menu.addAction(self.tr("B.1.8 coaching feedback"))
        self.print_b19_action = self.print_menu.addAction(self.tr("B.1.9 competency evaluation"))
        self.print_notes_action.triggered.connect(lambda: self.print_form("dialog"))
        self.print_b18_action.triggered.connect(lambda: self.print_form("b18"))
        self.print_b19_action.triggered.connect(lambda: self.print_form("b19"))
        self.print_button.setMenu(self.print_menu)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("dialogTabMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setVisible(False)

        buttons = QHBoxLayout()
        for button in (self.open_button, self.addendum_button, self.b18_button, self.b19_button,
                       self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(buttons)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _fill_periods(self) -> None:
        current = self.period_filter.currentData()
        self.period_filter.clear()
        self.period_filter.addItem(arg(self.tr("Whole year %1"), self.year), ALL)
        for quarter in range(1, 5):
            code = f"{self.year:04d}-Q{quarter}"
            self.period_filter.addItem(period_label(code), code)
        for month in range(1, 13):
            code = f"{self.year:04d}-{month:02d}"
            self.period_filter.addItem(period_label(code), code)
        index = self.period_filter.findData(
            f"{self.year:04d}{current[4:]}" if current else ALL)
        self.period_filter.setCurrentIndex(max(index, 0))

    # --- the window's extension points
    def set_pegawai(self, pegawai_id: str | None) -> None:
        self._pegawai_id = pegawai_id
        self.current_dialog = None
        self.new_button.setEnabled(pegawai_id is not None)
        self.reload()

    def set_me(self, _me_id: str | None) -> None:
        """Another "Saya adalah": what may be read changes (confidential dialogs)."""
        self.current_dialog = None
        self.reload()

    def pegawai_id(self) -> str | None:
        return self._pegawai_id

    def select_year(self, year: int) -> None:
        self.year = int(year)
        self._fill_periods()
        self.reload()

    def set_kind_filter(self, kind: TimelineKind | str | None) -> None:
        value = TimelineKind(kind).value if kind else ALL
        self.kind_filter.setCurrentIndex(self.kind_filter.findData(value))
        self.reload()

    def set_period_filter(self, code: str | None) -> None:
        self.period_filter.setCurrentIndex(max(self.period_filter.findData(code or ALL), 0))
        self.reload()

    def show_dialog(self, dialog_id: str) -> None:
        """Select the dialog in the timeline (clearing the filters when they hide it) and show
        it in the detail pane."""
        row = self.model.row_of(dialog_id=dialog_id)
        if row < 0 and (self.kind_filter.currentData() or self.period_filter.currentData()):
            self.kind_filter.setCurrentIndex(0)
            self.period_filter.setCurrentIndex(0)
            self._pending_dialog_id = dialog_id
            self.reload()
            return
        if row < 0:
            # Another year's dialog, or not in this pegawai's timeline: show it anyway.
            self._pending_dialog_id = None
            self._load_detail(dialog_id)
            return
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_row(row)

    def new_dialog(self, kind: DialogKind | str = DialogKind.PEMANTAUAN) -> None:
        """Open the editor on a new dialog of `kind` with the selected pegawai, from the
        kind's template (agenda, konseling confidential)."""
        from .dialog_editor import DialogEditor
        if self._pegawai_id is None:
            return
        editor = DialogEditor(self._services, self._tasks, pegawai_id=self._pegawai_id,
                              template=template_for(kind), today=self.today, parent=self)
        self._open_editor(editor)

    def open_current(self) -> None:
        """Open the selected entry's dialog in the editor (read-only once closed)."""
        from .dialog_editor import DialogEditor
        dialog = self.current_dialog
        if dialog is None or dialog.redacted:
            return
        editor = DialogEditor(self._services, self._tasks, dialog=dialog, today=self.today,
                              parent=self)
        editor.addendum_requested = self.add_addendum
        self._open_editor(editor)

    def _open_editor(self, editor) -> None:
        self.editor = editor
        editor.saved.connect(lambda d: self._after_save(d))
        editor.finished.connect(lambda _r: self._editor_closed(editor))
        editor.open()

    def _editor_closed(self, editor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _after_save(self, dialog: Dialog) -> None:
        self.status_message.emit(arg(self.tr("Dialog of %1 saved."), date_text(dialog.held_on))
                                 if dialog.is_draft else
                                 arg(self.tr("Dialog of %1 closed."), date_text(dialog.held_on)))
        self._pending_dialog_id = dialog.id
        self.reload()

    # --- reading
    def reload(self) -> None:
        pegawai_id = self._pegawai_id
        if pegawai_id is None:
            self.model.set_entries([])
            self._after_reload()
            return
        kind = self.kind_filter.currentData()
        period = self.period_filter.currentData()
        if period:
            start, end = period_bounds(period)
        else:
            start, end = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        kinds = {TimelineKind(kind)} if kind else None
        dialogs = self._services.dialogs
        self._tasks.run(lambda: dialogs.timeline(pegawai_id, kinds=kinds, start=start, end=end),
                        lambda entries: self._loaded(pegawai_id, entries), self._show_refusal,
                        owner=self)

    def _loaded(self, pegawai_id: str, entries: list[TimelineEntry]) -> None:
        if pegawai_id != self._pegawai_id:
            return  # another pegawai was chosen meanwhile
        selected = self.current_dialog.id if self.current_dialog else None
        self.model.set_entries(entries)
        self._after_reload()
        wanted = self._pending_dialog_id or selected
        self._pending_dialog_id = None
        if wanted:
            self.show_dialog(wanted)

    def _after_reload(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if self._pegawai_id is None:
            self.empty_label.setText(self.tr("Choose an employee from the list on the left."))
        else:
            self.empty_label.setText(self.tr("Nothing recorded in this period. \"New dialog\" "
                                             "starts one from a template."))
        self.current_dialog = None
        self.detail.clear()
        self._update_buttons()

    def _show_row(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            return
        if entry.dialog_id:
            self._load_detail(entry.dialog_id)
        else:
            self.current_dialog = None
            self.detail.setHtml(self._entry_html(entry))
            self._update_buttons()

    def _load_detail(self, dialog_id: str) -> None:
        dialogs = self._services.dialogs
        self._tasks.run(lambda: dialogs.get(dialog_id), self._show_detail, self._show_refusal,
                        owner=self)

    def _show_detail(self, dialog: Dialog) -> None:
        self.current_dialog = dialog
        self.detail.setHtml(self.dialog_html(dialog))
        self._update_buttons()

    def _update_buttons(self) -> None:
        dialog = self.current_dialog
        readable = dialog is not None and not dialog.redacted
        self.open_button.setEnabled(readable)
        self.addendum_button.setEnabled(readable and not dialog.is_draft)
        bimbingan = readable and dialog.kind in BIMBINGAN_KINDS
        coaching = getattr(self._services, "coaching", None) is not None
        self.b18_button.setEnabled(bimbingan and coaching)
        self.b19_button.setEnabled(bimbingan and coaching)
        printing = getattr(self._services, "coaching_document", None) is not None
        self.print_button.setEnabled(readable and printing)
        self.print_b18_action.setEnabled(bimbingan and printing)
        self.print_b19_action.setEnabled(bimbingan and printing)

    def _on_changes(self, changes, _initiator) -> None:
        if any(changes.affects(table) for table in WATCHED):
            self.reload()

    def _show_refusal(self, error: DomainError) -> None:
        self.message_label.setText(error_text(error))
        self.message_label.setVisible(True)

    def _entry_html(self, entry: TimelineEntry) -> str:
        return (f"<h3>{_e(entry.title)}</h3><p>{_e(TIMELINE_KIND_LABELS[entry.kind])}, "
                f"{_e(date_text(entry.on))}</p><p>{_e(entry.detail)}</p>")

    # --- actions on the shown dialog (filled in by the addendum and coaching modules)
    def add_addendum(self) -> None:
        from .addendum_dialog import AddendumDialog
        dialog = self.current_dialog
        if dialog is None or dialog.redacted or dialog.is_draft:
            return
        self._open_child(AddendumDialog(self._services.dialogs, self._tasks, dialog, self))

    def enter_b18(self) -> None:
        from .coaching_dialogs import B18Dialog
        dialog = self.current_dialog
        if dialog is None or dialog.redacted:
            return
        self._open_child(B18Dialog(self._services, self._tasks, dialog, self))

    def enter_b19(self) -> None:
        from .coaching_dialogs import B19Dialog
        dialog = self.current_dialog
        if dialog is None or dialog.redacted:
            return
        self._open_child(B19Dialog(self._services, self._tasks, dialog, self))

    def _open_child(self, child) -> None:
        self.child_dialog = child
        child.finished.connect(lambda _r: self._child_closed(child))
        child.open()

    def _child_closed(self, child) -> None:
        if self.child_dialog is child:
            self.child_dialog = None
        child.deleteLater()

    def print_form(self, form: str) -> None:
        """"dialog" (catatan dialog kinerja), "b18" or "b19" of the shown dialog, as PDF."""
        if self.current_dialog is None or self.current_dialog.redacted:
            return
        if self.printer is None:
            from .dialog_printing import DialogPrinter
            self.printer = DialogPrinter(self._services, self._tasks, self, self._settings)
        self.message_label.setVisible(False)
        self.printer.print_form(form, self.current_dialog, self._pegawai_id,
                                on_done=self.status_message.emit, on_refused=self._show_refusal)

    def dialog_html(self, dialog: Dialog) -> str:
        """The detail pane's text of a dialog (what the reader may see of it)."""
        people = ", ".join(_e(p.name) for p in dialog.participants)
        if dialog.redacted:
            title = self.tr("Confidential dialog")
            note = self.tr("This dialog is confidential: only its participants, the person who "
                           "led it and the person who wrote it can read it.")
            return (f"<h3>{_e(title)}</h3><p>{_e(date_text(dialog.held_on))} — {people}</p>"
                    f"<p><i>{_e(note)}</i></p>")
        kind = DIALOG_KIND_LABELS.get(dialog.kind, "") if dialog.kind else ""
        when = date_text(dialog.held_on)
        if dialog.start_time:
            when += f" {dialog.start_time}"
        if dialog.duration_min:
            when += " " + arg(self.tr("(%1 min)"), dialog.duration_min)
        place = ONLINE_PLACE if dialog.online else dialog.place
        if dialog.is_draft:
            status = self.tr("Draft")
        else:
            status = arg(self.tr("Closed on %1"), date_text(dialog.closed_at))
        if dialog.confidential:
            status += " — " + self.tr("confidential")
        where = f", {_e(place)}" if place else ""
        employees = self.tr("Employees:")
        parts = [f"<h3>{_e(kind)}</h3>", f"<p><b>{_e(when)}</b>{where} — {_e(status)}</p>",
                 f"<p>{_e(employees)} {people}</p>"]
        if dialog.led_by is not None:
            lead = dialog.led_by.name + (f" ({dialog.led_by.role})" if dialog.led_by.role else "")
            led_by = self.tr("Led by:")
            parts.append(f"<p>{_e(led_by)} {_e(lead)}</p>")
        if dialog.agenda:
            items = "".join(f"<li>{_e(a)}</li>" for a in dialog.agenda)
            heading = self.tr("Agenda")
            parts.append(f"<p><b>{_e(heading)}</b></p><ol>{items}</ol>")
        if dialog.notes:
            notes = _e(dialog.notes).replace("\n", "<br>")
            heading = self.tr("Notes")
            parts.append(f"<p><b>{_e(heading)}</b></p><p>{notes}</p>")
        if dialog.topics:
            topics = "; ".join(_e(t.label) for t in dialog.topics)
            heading = self.tr("Discussed:")
            parts.append(f"<p><b>{_e(heading)}</b> {topics}</p>")
        if dialog.follow_ups:
            rows = []
            for f in dialog.follow_ups:
                state = FOLLOW_UP_STATUS_LABELS[f.status] + (f": {f.status_note}"
                                                            if f.status_note else "")
                rows.append(f"<li>{_e(f.text)} — {_e(f.owner.name)}, {_e(date_text(f.due_on))}"
                            f" [{_e(state)}]</li>")
            heading = self.tr("Follow-ups")
            parts.append(f"<p><b>{_e(heading)}</b></p><ul>{''.join(rows)}</ul>")
        if dialog.addenda:
            rows = [f"<li>{_e(date_text(a.written_at))} {_e(a.author.name if a.author else '')}: "
                    f"{_e(a.text)}</li>" for a in dialog.addenda]
            heading = self.tr("Addenda")
            parts.append(f"<p><b>{_e(heading)}</b></p><ul>{''.join(rows)}</ul>")
        return "".join(parts)
