"""The dialog kinerja editor (a QDialog): write a draft, save it, close it (read-only after).

Fields: kind, date, time, duration, place or daring; participants (one pegawai, or several for a
team dialog); who led it (the pejabat penilai, another pegawai, or an external person by name
and role: "pihak lain yang diberikan penugasan khusus"); agenda items; notes; the RHK and core
values discussed (checkable, from the first participant's SKP of the dialog's year); the
follow-ups agreed (`FollowUpTable`); the OPEN FOLLOW-UPS OF EARLIER DIALOGS with these pegawai,
each settled here as done or dropped (`EarlierFollowUpsTable`); confidential.

"Simpan" saves the draft; "Tutup dialog" asks for confirmation and closes it (saving first):
the services then refuse every edit (DIALOG_CLOSED), so the editor opens a closed dialog
read-only, with "Tambah adendum". All rules are the service's: a refusal is shown under the
field it names (`FieldErrorsMixin`) and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from skpdesk.domain.changes import Changes
from skpdesk.domain.dialog import DIALOG_KIND_LABELS, ONLINE_PLACE, Dialog, DialogKind
from skpdesk.domain.errors import DomainError
from skpdesk.services.outcome import Outcome

from ..field_errors import BusyDialogMixin, FieldErrorsMixin, error_label
from ..i18n import arg
from ..tasks import TaskRunner
from .dialog_templates import DialogTemplate
from .follow_up_tables import (DATE_FORMAT, EarlierFollowUpsTable, FollowUpTable, pydate,
                               qdate)
from .pegawai_picker import PegawaiPicker, person_text
from .timeline_model import date_text

# The service's field names of a follow-up's parts (`services.dialogs`).
FOLLOW_UP_FIELDS = ("pemilik_tindak_lanjut", "batas_waktu", "rhk", "perilaku")
LEAD_PENILAI, LEAD_PEGAWAI, LEAD_EXTERNAL = "penilai", "pegawai", "external"
ID_ROLE = Qt.ItemDataRole.UserRole


class DialogEditor(FieldErrorsMixin, BusyDialogMixin, QDialog):
    saved = Signal(object)  # the Dialog as saved (or closed)

    def __init__(self, services, tasks: TaskRunner, *, pegawai_id: str | None = None,
                 dialog: Dialog | None = None, template: DialogTemplate | None = None,
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DialogEditor")
        self._services = services
        self.tasks = tasks
        self.busy = False
        self.dialog = dialog
        self.today = today or dt.date.today()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._lead_pegawai_id: str | None = None
        self.confirm_box: QMessageBox | None = None
        self._read_only = False
        self.result_dialog: Dialog | None = None
        self.setWindowTitle(self.tr("Performance dialog") if dialog is None or dialog.is_draft
                            else self.tr("Performance dialog (closed)"))
        self._build()
        if dialog is not None:
            self._load(dialog)
        else:
            self._start(pegawai_id, template)
        self.set_read_only(dialog is not None and not dialog.is_draft)
        self._year = self.held_on().year
        # The RHK offered are those of the SKP of the dialog's year.
        self.date_edit.dateChanged.connect(self._date_changed)
        self.resize(900, 760)

    # --- building
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = self._combo("jenis_dialog")
        for kind in DialogKind:
            self.kind_combo.addItem(DIALOG_KIND_LABELS[kind], kind.value)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("field_tanggal_dialog")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDate(qdate(self.today))
        self.fields["tanggal_dialog"] = self.date_edit
        self.time_edit = self._line("jam_mulai", 5, "HH:MM")
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("field_durasi")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText("—")
        self.fields["durasi"] = self.duration_spin
        self.place_edit = self._line("tempat", 200)
        self.online_check = QCheckBox(self.tr("Onl&ine (daring)"), self)
        self.online_check.setObjectName("field_online")

        self.participant_list = QListWidget(self)
        self.participant_list.setObjectName("field_peserta")
        self.participant_list.setMaximumHeight(80)
        self.fields["peserta"] = self.participant_list
        self.add_participant_button = QPushButton(self.tr("Add parti&cipant…"), self)
        self.add_participant_button.clicked.connect(self._pick_participant)
        self.remove_participant_button = QPushButton(self.tr("Remove"), self)
        self.remove_participant_button.clicked.connect(self._remove_participant)

        self.lead_combo = self._combo("dipimpin_oleh")
        self.lead_combo.addItem(self.tr("The appraiser (pejabat penilai)"), LEAD_PENILAI)
        self.lead_combo.addItem(self.tr("Another employee…"), LEAD_PEGAWAI)
        self.lead_combo.addItem(self.tr("Someone from outside (name and role)"), LEAD_EXTERNAL)
        self.lead_combo.activated.connect(self._lead_chosen)
        self.lead_label = QLabel(self)
        self.lead_label.setObjectName("leadName")
        self.lead_name_edit = self._line("nama_pemimpin", 200, self.tr("name"))
        self.lead_role_edit = self._line("peran_pemimpin", 200, self.tr("role, e.g. Widyaiswara"))

        self.agenda_list = QListWidget(self)
        self.agenda_list.setObjectName("field_agenda")
        self.agenda_list.setMaximumHeight(100)
        self.fields["agenda"] = self.agenda_list
        self.add_agenda_button = QPushButton(self.tr("Add a&genda item"), self)
        self.add_agenda_button.clicked.connect(lambda: self.add_agenda_item("", edit=True))
        self.remove_agenda_button = QPushButton(self.tr("Remove item"), self)
        self.remove_agenda_button.clicked.connect(
            lambda: self.agenda_list.takeItem(self.agenda_list.currentRow()))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("field_catatan_dialog")
        self.notes_edit.setMinimumHeight(90)
        self.fields["catatan_dialog"] = self.notes_edit

        self.rhk_list = QListWidget(self)
        self.rhk_list.setObjectName("field_rhk_dibahas")
        self.rhk_list.setMaximumHeight(90)
        self.fields["rhk_dibahas"] = self.rhk_list
        self.value_list = QListWidget(self)
        self.value_list.setObjectName("field_nilai_dibahas")
        self.value_list.setMaximumHeight(90)
        self.fields["nilai_dibahas"] = self.value_list

        self.follow_ups = FollowUpTable(self)
        self.follow_ups.today = self.today
        self.follow_ups.setMinimumHeight(110)
        self.fields["tindak_lanjut"] = self.follow_ups
        self.add_follow_up_button = QPushButton(self.tr("Add &follow-up"), self)
        self.add_follow_up_button.clicked.connect(lambda: self.follow_ups.add_row())
        self.remove_follow_up_button = QPushButton(self.tr("Remove follow-up"), self)
        self.remove_follow_up_button.clicked.connect(
            lambda: self.follow_ups.remove_row(self.follow_ups.currentRow()))
        self.earlier = EarlierFollowUpsTable(self)
        self.earlier.setMinimumHeight(90)
        self.earlier_box = QGroupBox(self.tr("Open follow-ups of earlier dialogs"), self)
        self.earlier_box.setObjectName("earlierBox")
        QVBoxLayout(self.earlier_box).addWidget(self.earlier)
        self.confidential_check = QCheckBox(
            self.tr("Confidentia&l: only the participants, the leader and the writer read it"),
            self)
        self.confidential_check.setObjectName("field_rahasia")
        self.fields["rahasia"] = self.confidential_check

        self._row(form, self.tr("&Kind:"), "jenis_dialog")
        self._row(form, self.tr("&Date:"), "tanggal_dialog")
        self._row(form, self.tr("&Time:"), "jam_mulai")
        self._row(form, self.tr("D&uration:"), "durasi")
        place_row = QWidget(self)
        place_box = QHBoxLayout(place_row)
        place_box.setContentsMargins(0, 0, 0, 0)
        place_box.addWidget(self.place_edit, 1)
        place_box.addWidget(self.online_check)
        self.fields["place_row"] = place_row
        self._row(form, self.tr("&Place:"), "place_row", buddy=self.place_edit)
        self.errors["tempat"] = self.errors.pop("place_row")
        self.fields.pop("place_row")
        participants = self._beside(self.participant_list, self.add_participant_button,
                                    self.remove_participant_button)
        self._wrapped_row(form, self.tr("&Employees:"), "peserta", participants)
        lead = QWidget(self)
        lbox = QVBoxLayout(lead)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.lead_combo)
        lbox.addWidget(self.lead_label)
        ext = QHBoxLayout()
        ext.addWidget(self.lead_name_edit, 1)
        ext.addWidget(self.lead_role_edit, 1)
        lbox.addLayout(ext)
        self._wrapped_row(form, self.tr("Led &by:"), "dipimpin_oleh", lead, buddy=self.lead_combo)
        self.errors["peran_pemimpin"] = error_label(self, "error_peran_pemimpin")
        lbox.addWidget(self.errors["peran_pemimpin"])
        agenda = self._beside(self.agenda_list, self.add_agenda_button, self.remove_agenda_button)
        self._wrapped_row(form, self.tr("&Agenda:"), "agenda", agenda, buddy=self.agenda_list)
        self._row(form, self.tr("&Notes:"), "catatan_dialog")
        topics = QWidget(self)
        tbox = QHBoxLayout(topics)
        tbox.setContentsMargins(0, 0, 0, 0)
        tbox.addWidget(self.rhk_list, 1)
        tbox.addWidget(self.value_list, 1)
        self._wrapped_row(form, self.tr("&RHK and core values discussed:"), "rhk_dibahas", topics,
                          buddy=self.rhk_list)
        self.errors["nilai_dibahas"] = error_label(self, "error_nilai_dibahas")
        form.addRow("", self.errors["nilai_dibahas"])
        fu = QWidget(self)
        fbox = QVBoxLayout(fu)
        fbox.setContentsMargins(0, 0, 0, 0)
        fbox.addWidget(self.follow_ups)
        frow = QHBoxLayout()
        frow.addWidget(self.add_follow_up_button)
        frow.addWidget(self.remove_follow_up_button)
        frow.addStretch(1)
        fbox.addLayout(frow)
        self._wrapped_row(form, self.tr("F&ollow-ups agreed:"), "tindak_lanjut", fu,
                          buddy=self.follow_ups)
        # The service names the follow-up's part that broke a rule; all show under the table.
        for key in FOLLOW_UP_FIELDS:
            self.errors[key] = self.errors["tindak_lanjut"]
            self.fields[key] = self.follow_ups
        form.addRow(self.earlier_box)
        self._row(form, "", "rahasia")

        self.general_error = error_label(self, "generalError")
        self.closed_label = QLabel(self)
        self.closed_label.setObjectName("closedLabel")
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save draft"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveDraft")
        self.close_dialog_button = self.buttons.addButton(self.tr("Close t&he dialog…"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.close_dialog_button.setObjectName("closeDialog")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.close_dialog_button.clicked.connect(self.ask_close)
        self.cancel_button.clicked.connect(self.reject)

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.closed_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _beside(self, widget: QWidget, *buttons: QPushButton) -> QWidget:
        """`widget` with a column of buttons at its right."""
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1)
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        box.addLayout(column)
        return row

    def _wrapped_row(self, form: QFormLayout, text: str, key: str, widget: QWidget, *,
                     buddy: QWidget | None = None) -> None:
        """`_row` for a compound field: `widget` is shown, `self.fields[key]` keeps the control
        that gets the focus when the service names `key`."""
        control = self.fields[key]
        self.fields[key] = widget
        self._row(form, text, key, buddy=buddy or control)
        self.fields[key] = control

    # --- filling
    def _start(self, pegawai_id: str | None, template: DialogTemplate | None) -> None:
        if template is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(template.kind.value))
            for item in template.agenda:
                self.add_agenda_item(item)
            self.confidential_check.setChecked(template.confidential)
        if pegawai_id:
            self.add_participant(pegawai_id)
        self._lead_chosen()

    def _load(self, dialog: Dialog) -> None:
        if dialog.kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(dialog.kind.value))
        self.date_edit.setDate(qdate(dialog.held_on))
        self.time_edit.setText(dialog.start_time)
        self.duration_spin.setValue(dialog.duration_min or 0)
        self.online_check.setChecked(dialog.online)
        self.place_edit.setText("" if dialog.online and dialog.place == ONLINE_PLACE
                                else dialog.place)
        for person in dialog.participants:
            self._append_participant(person.pegawai_id, person.name, person.nip)
        lead = dialog.led_by
        if lead is not None and lead.pegawai_id is None:
            self.lead_combo.setCurrentIndex(self.lead_combo.findData(LEAD_EXTERNAL))
            self.lead_name_edit.setText(lead.name)
            self.lead_role_edit.setText(lead.role)
        elif lead is not None and lead.pegawai_id != self._penilai_id():
            self.lead_combo.setCurrentIndex(self.lead_combo.findData(LEAD_PEGAWAI))
            self._lead_pegawai_id = lead.pegawai_id
        for item in dialog.agenda:
            self.add_agenda_item(item)
        self.notes_edit.setPlainText(dialog.notes)
        self.confidential_check.setChecked(dialog.confidential)
        self._refresh_choices()
        chosen = {t.rhk_id for t in dialog.topics} | {t.core_value_id for t in dialog.topics}
        for widget in (self.rhk_list, self.value_list):
            for row in range(widget.count()):
                item = widget.item(row)
                if item.data(ID_ROLE) in chosen:
                    item.setCheckState(Qt.CheckState.Checked)
        for follow_up in dialog.follow_ups:
            self.follow_ups.add_follow_up(follow_up)
        self._show_lead()
        if not dialog.is_draft:
            self.closed_label.setText(arg(self.tr(
                "This dialog was closed on %1: it can no longer be changed. Corrections are "
                "added as an addendum."), date_text(dialog.closed_at)))
            self.closed_label.setVisible(True)

    def _date_changed(self, *_args) -> None:
        if self.held_on().year != self._year:
            self._year = self.held_on().year
            self._refresh_choices()

    def add_agenda_item(self, text: str, *, edit: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text, self.agenda_list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if edit:
            self.agenda_list.setCurrentItem(item)
            self.agenda_list.editItem(item)
        return item

    # --- participants and leader
    def participant_ids(self) -> list[str]:
        return [self.participant_list.item(r).data(ID_ROLE)
                for r in range(self.participant_list.count())]

    def add_participant(self, pegawai_id: str) -> None:
        if pegawai_id in self.participant_ids():
            return
        pegawai = self._services.staff.get(pegawai_id)
        self._append_participant(pegawai.id, pegawai.full_name, pegawai.nip)
        self._refresh_choices()
        self._show_lead()

    def _append_participant(self, pegawai_id, name: str, nip: str | None) -> None:
        item = QListWidgetItem(f"{name} ({nip})" if nip else name, self.participant_list)
        item.setData(ID_ROLE, pegawai_id)

    def _pick_participant(self) -> None:
        chosen = PegawaiPicker.ask(self._services.staff, self, exclude=set(self.participant_ids()),
                                   title=self.tr("Add a participant"))
        if chosen:
            self.add_participant(chosen)
            self.earlier_reload()

    def _remove_participant(self) -> None:
        row = self.participant_list.currentRow()
        if row >= 0:
            self.participant_list.takeItem(row)
            self._refresh_choices()
            self._show_lead()
            self.earlier_reload()

    def _penilai_id(self) -> str | None:
        ids = self.participant_ids()
        if not ids:
            return None
        penilai = self._services.staff.appraiser_of(self._services.staff.get(ids[0]))
        return penilai.id if penilai is not None else None

    def set_lead_pegawai(self, pegawai_id: str | None) -> None:
        self.lead_combo.setCurrentIndex(self.lead_combo.findData(LEAD_PEGAWAI))
        self._lead_pegawai_id = pegawai_id
        self._refresh_choices()
        self._show_lead()

    def _lead_chosen(self, *_args) -> None:
        if self.lead_combo.currentData() == LEAD_PEGAWAI and not self._read_only:
            chosen = PegawaiPicker.ask(self._services.staff, self, title=self.tr("Who led it?"))
            if chosen:
                self._lead_pegawai_id = chosen
            elif self._lead_pegawai_id is None:
                self.lead_combo.setCurrentIndex(self.lead_combo.findData(LEAD_PENILAI))
        self._refresh_choices()
        self._show_lead()

    def _show_lead(self) -> None:
        mode = self.lead_combo.currentData()
        external = mode == LEAD_EXTERNAL
        self.lead_name_edit.setVisible(external)
        self.lead_role_edit.setVisible(external)
        lead_id = self._penilai_id() if mode == LEAD_PENILAI else self._lead_pegawai_id
        if external:
            self.lead_label.setText("")
        elif lead_id:
            self.lead_label.setText(person_text(self._services.staff.get(lead_id)))
        else:
            self.lead_label.setText(self.tr("(no appraiser recorded)"))

    def _refresh_choices(self) -> None:
        """Owners of follow-ups (participants, then the leader) and the RHK/core values of the
        first participant's SKP of the dialog's year."""
        staff = self._services.staff
        owners = []
        for pegawai_id in self.participant_ids():
            owners.append((pegawai_id, staff.get(pegawai_id).full_name))
        mode = self.lead_combo.currentData()
        lead_id = self._penilai_id() if mode == LEAD_PENILAI else (
            self._lead_pegawai_id if mode == LEAD_PEGAWAI else None)
        if lead_id and lead_id not in dict(owners):
            owners.append((lead_id, staff.get(lead_id).full_name))
        self.follow_ups.set_owner_choices(owners)
        checked = self._checked(self.rhk_list) | self._checked(self.value_list)
        self.rhk_list.clear()
        self.value_list.clear()
        links = []
        ids = self.participant_ids()
        skp = self._services.skp.find(ids[0], self.held_on().year) if ids else None
        for rhk in (skp.rhk if skp else ()):
            label = arg(self.tr("RHK %1: %2"), rhk.position, rhk.text)
            self._check_item(self.rhk_list, label, rhk.id, rhk.id in checked)
            links.append((label, rhk.id, None))
        for value in self._services.office.core_values():
            label = f"{value.number}. {value.name}"
            self._check_item(self.value_list, label, value.id, value.id in checked)
            links.append((label, None, value.id))
        self.follow_ups.set_link_choices(links)

    @staticmethod
    def _check_item(widget: QListWidget, label: str, item_id: str, checked: bool) -> None:
        item = QListWidgetItem(label, widget)
        item.setData(ID_ROLE, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def _checked(widget: QListWidget) -> set[str]:
        return {widget.item(r).data(ID_ROLE) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked}

    def check_topic(self, item_id: str) -> None:
        for widget in (self.rhk_list, self.value_list):
            for row in range(widget.count()):
                if widget.item(row).data(ID_ROLE) == item_id:
                    widget.item(row).setCheckState(Qt.CheckState.Checked)

    def earlier_reload(self) -> None:
        """The open follow-ups of earlier dialogs with the participants (not this one's)."""
        ids = self.participant_ids()
        found = self._services.dialogs.open_follow_ups_before(
            ids, self.dialog.id if self.dialog else None) if ids else []
        self.earlier.set_follow_ups(found)
        self.earlier_box.setVisible(bool(found))

    # --- reading the form
    def held_on(self) -> dt.date:
        return pydate(self.date_edit.date())

    def dialog_input(self, new_follow_ups_only: bool):
        from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
        mode = self.lead_combo.currentData()
        follow_ups = tuple(
            FollowUpInput(text=row.text, owner_id=row.owner_id or "", due_on=row.due_on,
                          rhk_id=row.rhk_id, core_value_id=row.core_value_id)
            for row in self.follow_ups.rows() if not (new_follow_ups_only and row.id))
        agenda = tuple(t for t in (self.agenda_list.item(r).text().strip()
                                   for r in range(self.agenda_list.count())) if t)
        return DialogInput(
            held_on=self.held_on(), kind=self.kind_combo.currentData(),
            participant_ids=tuple(self.participant_ids()),
            start_time=self.time_edit.text().strip(),
            duration_min=self.duration_spin.value() or None,
            place=self.place_edit.text().strip(),  # online: the meeting's room or link, if any
            online=self.online_check.isChecked(),
            led_by_id=self._lead_pegawai_id if mode == LEAD_PEGAWAI else None,
            led_by_name=self.lead_name_edit.text().strip() if mode == LEAD_EXTERNAL else "",
            led_by_role=self.lead_role_edit.text().strip() if mode == LEAD_EXTERNAL else "",
            agenda=agenda, notes=self.notes_edit.toPlainText().strip(),
            rhk_ids=tuple(sorted(self._checked(self.rhk_list))),
            core_value_ids=tuple(sorted(self._checked(self.value_list))),
            confidential=self.confidential_check.isChecked(), follow_ups=follow_ups)

    # --- saving
    def save(self) -> None:
        self._submit(close=False)

    def ask_close(self) -> None:
        """Ask before closing (no nested event loop: the answer arrives by `finished`)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the dialog"), self.tr(
            "Close this dialog? It is saved and becomes read-only: nothing in it can be changed "
            "afterwards, corrections are added as an addendum. The follow-ups of earlier "
            "dialogs marked here are settled by this dialog."), parent=self)
        box.setObjectName("confirmClose")
        self.confirm_yes = box.addButton(self.tr("Close t&he dialog"),
                                         QMessageBox.ButtonRole.YesRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._confirmed(box))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        yes = box.clickedButton() is self.confirm_yes
        self.confirm_box = None
        box.deleteLater()
        if yes:
            self._submit(close=True)

    def _submit(self, *, close: bool) -> None:
        if self.busy or self._read_only:
            return
        existing = self.dialog
        inp = self.dialog_input(new_follow_ups_only=existing is not None)
        changed = self._changed_follow_ups() if existing is not None else []
        removed = list(self.follow_ups.removed_ids)
        settled = self.earlier.chosen()
        self._job_state: dict[str, str] = {}
        work = _save_job(self._services.dialogs, existing.id if existing else None, inp,
                         changed, removed, settled, close, self.today, self._job_state)
        self.busy = True
        self.buttons.setEnabled(False)
        self.tasks.run(work, self._saved, self._refused, on_done=self._done, owner=self)

    def _changed_follow_ups(self) -> list[tuple[str, object]]:
        from skpdesk.services.dialog.dialogs import FollowUpInput
        changed = []
        for row in self.follow_ups.rows():
            if row.id and self.follow_ups.originals.get(row.id) != row:
                changed.append((row.id, FollowUpInput(
                    text=row.text, owner_id=row.owner_id or "", due_on=row.due_on,
                    rhk_id=row.rhk_id, core_value_id=row.core_value_id)))
        return changed

    def _saved(self, outcome: Outcome) -> None:
        self.result_dialog = outcome.value
        self.saved.emit(outcome.value)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        created = self._job_state.get("created")
        if created and self.dialog is None:
            # The dialog was added before a later step was refused: saving again updates it
            # instead of adding a second one.
            self.dialog = self._services.dialogs.get(created)
            self.follow_ups.clear_rows()
            for follow_up in self.dialog.follow_ups:
                self.follow_ups.add_follow_up(follow_up)
        self.show_error(error)

    def _done(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    # --- read-only
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.kind_combo, self.date_edit, self.duration_spin, self.online_check,
                       self.lead_combo, self.confidential_check, self.add_participant_button,
                       self.remove_participant_button, self.add_agenda_button,
                       self.remove_agenda_button, self.add_follow_up_button,
                       self.remove_follow_up_button):
            widget.setEnabled(not read_only)
        for edit in (self.time_edit, self.place_edit, self.lead_name_edit, self.lead_role_edit):
            edit.setReadOnly(read_only)
        self.notes_edit.setReadOnly(read_only)
        flags_off = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        for widget in (self.agenda_list, self.rhk_list, self.value_list):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setFlags(item.flags() & ~flags_off if read_only else item.flags())
        self.follow_ups.set_read_only(read_only)
        self.earlier.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        self.close_dialog_button.setVisible(not read_only)
        self.cancel_button.setText(self.tr("Close") if read_only else self.tr("Cancel"))
        if read_only:
            self.earlier_box.setVisible(False)
        else:
            self.earlier_reload()


def _save_job(dialogs, dialog_id: str | None, inp, changed, removed, settled,
              close: bool, today: dt.date, state: dict[str, str]) -> Callable[[], Outcome]:
    """The worker's part of Simpan / Tutup dialog: one call per service operation (each its own
    unit of work); the first refusal stops the rest and is shown under its field."""
    def work() -> Outcome:
        changes = Changes()
        if dialog_id is None:
            outcome = dialogs.add(inp)
            current = state["created"] = outcome.value.id
        else:
            outcome = dialogs.update(dialog_id, inp)
            current = dialog_id
        changes.merge(outcome.changes)
        for follow_up_id in removed:
            dialogs.delete_follow_up(follow_up_id)
            changes.add("tindak_lanjut", follow_up_id)
        for follow_up_id, follow_up in changed:
            changes.merge(dialogs.update_follow_up(follow_up_id, follow_up).changes)
        if close:
            changes.merge(dialogs.close(current, close_follow_ups=settled or None).changes)
        else:
            for follow_up_id, (status, note) in settled.items():
                changes.merge(dialogs.set_follow_up_status(
                    follow_up_id, status, note, in_dialog_id=current, today=today).changes)
        changes.add("dialog_kinerja", current)
        return Outcome(dialogs.get(current), changes)
    return work
