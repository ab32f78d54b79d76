"""Pengaturan kantor: the instansi's name and city, the logo, the print settings, the dialog
kinerja settings (the B.1.8 response scale and the days without a dialog before a reminder) and
the pengelola kinerja (admins: `roles.pengelola_kinerja`, the NIPs of pegawai picked from a list).

Everything typed is checked before anything is saved (the services' own rules: `fields.text`
for the name and city, `checked_logo` for the logo file); only then the worker saves the parts
that changed, with the services the CLI's `office set` uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from skpdesk.domain.changes import Changes
from skpdesk.domain.coaching_rules import (CADENCE_MAX_DAYS, CADENCE_MIN_DAYS, cadence_or_default,
                                           checked_cadence, checked_scale, scale_text)
from skpdesk.domain.dialog import SETTING_B18_SCALE, SETTING_DIALOG_CADENCE
from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import Pegawai
from skpdesk.domain.settings import OFFICE_SETTINGS
from skpdesk.services import fields as F
from skpdesk.services.office import OfficeService, checked_logo
from skpdesk.services.outcome import Outcome
from skpdesk.services.staff import StaffService

from .. import ui_settings
from ..field_errors import BusyDialogMixin, FieldErrorsMixin, error_label
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner
KEY_ADMINS = "roles.pengelola_kinerja"
KEY_LABEL = "print.intervened_label"
KEY_PLACE_DATE = "print.place_date"
PICK_LIMIT = 50  # pegawai listed per search in the admin picker
# the error fields of the two dialog settings (as `coaching_rules` names them)
FIELD_SCALE, FIELD_CADENCE = "skala_b18", "siklus_dialog"


@dataclass(frozen=True)
class OfficeEdit:
    """What the dialog saves: only the parts that differ from what was shown."""

    name: str | None = None
    city: str | None = None
    logo: Path | None = None
    settings: tuple[tuple[str, str], ...] = ()


def admin_nips(value: str) -> list[str]:
    return [n.strip() for n in (value or "").split(",") if n.strip()]


class OfficeDialog(FieldErrorsMixin, BusyDialogMixin, QDialog):
    def __init__(self, office: OfficeService, staff: StaffService, tasks: TaskRunner,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = office
        self._staff = staff
        self._settings = settings
        self.tasks = tasks
        self.busy = False
        self.saved = False
        self.logo_path: Path | None = None  # a new logo chosen (saved with the rest)
        # tests replace it; the folder starts where the last logo was chosen
        self.ask_logo_path: Callable[[str], str] = self._native_logo_path
        self.setObjectName("OfficeDialog")
        self.setWindowTitle(self.tr("Office settings"))
        instansi = office.instansi()
        self._stored = office.settings()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        self.office_box = QGroupBox(self.tr("Office"), self)
        office_form = QFormLayout(self.office_box)
        self.instansi_edit = QLineEdit(instansi.name if instansi else "", self)
        self.instansi_edit.setMaxLength(200)
        self.city_edit = QLineEdit(instansi.city if instansi else "", self)
        self.city_edit.setMaxLength(100)
        self.city_edit.setToolTip(self.tr("Printed with the date above the signatures."))
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("logoPath")
        self.logo_label.setWordWrap(True)
        self.logo_label.setText(instansi.logo_path if instansi and instansi.logo_path
                                else self.tr("(no logo)"))
        self.logo_button = QPushButton(self.tr("C&hoose logo…"), self)
        self.logo_button.clicked.connect(self.choose_logo)
        logo_cell = QWidget(self)
        logo_row = QHBoxLayout(logo_cell)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        self.fields.update(instansi=self.instansi_edit, kota=self.city_edit, logo=logo_cell)
        self._row(office_form, self.tr("Office &name:"), "instansi")
        self._row(office_form, self.tr("&City:"), "kota")
        self._row(office_form, self.tr("&Logo:"), "logo", buddy=self.logo_button)

        self.print_box = QGroupBox(self.tr("Printing"), self)
        print_form = QFormLayout(self.print_box)
        self.label_combo = QComboBox(self)
        for choice in OFFICE_SETTINGS[KEY_LABEL].choices:
            self.label_combo.addItem(choice, choice)
        self.label_combo.setCurrentIndex(max(self.label_combo.findData(self._stored[KEY_LABEL]), 0))
        self.place_combo = QComboBox(self)
        for value, text in (("city_date", self.tr("City and print date")),
                            ("city_blank", self.tr("City, date left blank for handwriting")),
                            ("blank", self.tr("Both left blank"))):
            self.place_combo.addItem(text, value)
        self.place_combo.setCurrentIndex(
            max(self.place_combo.findData(self._stored[KEY_PLACE_DATE]), 0))
        self.fields.update({KEY_LABEL: self.label_combo, KEY_PLACE_DATE: self.place_combo})
        self._row(print_form, self.tr("Column label of the &intervened RHK:"), KEY_LABEL)
        self._row(print_form, self.tr("&Place and date line:"), KEY_PLACE_DATE)

        self.dialog_box = QGroupBox(self.tr("Performance dialogues"), self)
        dialog_form = QFormLayout(self.dialog_box)
        self.scale_edit = QLineEdit(self._stored[SETTING_B18_SCALE], self)
        self.scale_edit.setObjectName("b18Scale")
        self.scale_edit.setMaxLength(500)
        self.scale_edit.setToolTip(self.tr(
            "The answers of the B.1.8 coaching feedback form, best first, separated by \";\" "
            "(2 to 7). The regulation does not give a scale; answers already given keep theirs."))
        self.cadence_spin = QSpinBox(self)
        self.cadence_spin.setObjectName("dialogCadence")
        self.cadence_spin.setRange(CADENCE_MIN_DAYS, CADENCE_MAX_DAYS)
        self.cadence_spin.setValue(cadence_or_default(self._stored[SETTING_DIALOG_CADENCE]))
        self.cadence_spin.setSuffix(self.tr(" days"))
        self.cadence_spin.setToolTip(self.tr(
            "A team member without a performance dialogue for longer than this appears in the "
            "reminders (92 days: one per quarter)."))
        self.fields.update({FIELD_SCALE: self.scale_edit, FIELD_CADENCE: self.cadence_spin})
        self._row(dialog_form, self.tr("B.1.8 response scal&e:"), FIELD_SCALE)
        self._row(dialog_form, self.tr("Remind after days &without a dialogue:"), FIELD_CADENCE)

        self.admin_box = QGroupBox(self.tr("Performance administrators (pengelola kinerja)"), self)
        admin_layout = QVBoxLayout(self.admin_box)
        hint = QLabel(self.tr("They may act for another employee (atas nama), with a reason "
                              "that is kept in the journal."), self)
        hint.setWordWrap(True)
        self.admin_list = QListWidget(self)
        self.admin_list.setObjectName("adminList")
        self.admin_search = QLineEdit(self)
        self.admin_search.setObjectName("adminSearch")
        self.admin_search.setPlaceholderText(self.tr("Search an employee by name or NIP"))
        self.admin_results = QListWidget(self)
        self.admin_results.setObjectName("adminResults")
        self.add_admin_button = QPushButton(self.tr("&Add"), self)
        self.remove_admin_button = QPushButton(self.tr("&Remove"), self)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_admin_button)
        buttons_row.addWidget(self.remove_admin_button)
        buttons_row.addStretch(1)
        admin_layout.addWidget(hint)
        admin_layout.addWidget(self.admin_list)
        admin_layout.addWidget(self.admin_search)
        admin_layout.addWidget(self.admin_results)
        admin_layout.addLayout(buttons_row)
        self.admin_search.textChanged.connect(self._search_admins)
        self.add_admin_button.clicked.connect(self.add_selected_admin)
        self.remove_admin_button.clicked.connect(self.remove_selected_admin)
        self.admin_results.itemDoubleClicked.connect(lambda _item: self.add_selected_admin())
        for nip in admin_nips(self._stored[KEY_ADMINS]):
            try:
                self._add_admin_item(staff.by_nip(nip))
            except DomainError:  # a NIP nobody has (any more): kept visible, can be removed
                item = QListWidgetItem(arg(self.tr("%1 (unknown NIP)"), nip), self.admin_list)
                item.setData(Qt.ItemDataRole.UserRole, nip)

        self.general_error = error_label(self, "generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office_box)
        layout.addWidget(self.print_box)
        layout.addWidget(self.dialog_box)
        layout.addWidget(self.admin_box, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._search_admins("")

    # --- admins
    def admins(self) -> list[str]:
        return [self.admin_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.admin_list.count())]

    def _add_admin_item(self, p: Pegawai) -> None:
        item = QListWidgetItem(f"{p.full_name} — {p.nip}", self.admin_list)
        item.setData(Qt.ItemDataRole.UserRole, p.nip)

    def _search_admins(self, text: str) -> None:
        self.admin_results.clear()
        for p in self._staff.list(search=text or None, limit=PICK_LIMIT):
            if not p.nip or not p.is_active:  # an admin is named by NIP and still works here
                continue
            item = QListWidgetItem(f"{p.full_name} — {p.nip} — {p.position}", self.admin_results)
            item.setData(Qt.ItemDataRole.UserRole, p)

    def add_selected_admin(self) -> None:
        item = self.admin_results.currentItem()
        if item is None:
            return
        p = item.data(Qt.ItemDataRole.UserRole)
        if p.nip not in self.admins():
            self._add_admin_item(p)

    def remove_selected_admin(self) -> None:
        row = self.admin_list.currentRow()
        if row >= 0:
            self.admin_list.takeItem(row)

    # --- logo
    def choose_logo(self) -> None:
        start = ui_settings.last_folder(self._settings, ui_settings.FOLDER_LOGO)
        path = self.ask_logo_path(start)
        if not path:
            return
        ui_settings.remember_folder(self._settings, ui_settings.FOLDER_LOGO, Path(path).parent)
        self.errors["logo"].setVisible(False)
        try:
            checked_logo(Path(path))
        except DomainError as error:
            self.logo_path = None
            self.errors["logo"].setText(error_text(error))
            self.errors["logo"].setVisible(True)
            return
        self.logo_path = Path(path)
        self.logo_label.setText(str(path))

    def _native_logo_path(self, folder: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the office logo"), folder, self.tr("Images (*.png *.jpg *.jpeg)"))
        return path

    # --- saving
    def edit(self) -> tuple[OfficeEdit, list[DomainError]]:
        """What changed, and every broken rule of the form."""
        errors: list[DomainError] = []
        values = {}
        for key, edit, max_len in (("instansi", self.instansi_edit, 200),
                                   ("kota", self.city_edit, 100)):
            try:
                values[key] = F.text(edit.text(), key, max_len=max_len)
            except DomainError as error:
                errors.append(error)
        instansi = self._office.instansi()
        name = values.get("instansi")
        city = values.get("kota")
        wanted = {KEY_LABEL: self.label_combo.currentData(),
                  KEY_PLACE_DATE: self.place_combo.currentData(),
                  KEY_ADMINS: ",".join(self.admins())}
        # The two dialog settings are checked with the service's own rules before anything is
        # saved (the parts are saved one by one: a refusal after the first would half-save).
        try:
            wanted[SETTING_B18_SCALE] = scale_text(checked_scale(self.scale_edit.text(),
                                                                 FIELD_SCALE))
        except DomainError as error:
            errors.append(error)
        try:
            wanted[SETTING_DIALOG_CADENCE] = str(checked_cadence(self.cadence_spin.value(),
                                                                 FIELD_CADENCE))
        except DomainError as error:
            errors.append(error)
        settings = tuple((k, v) for k, v in wanted.items() if v != self._stored[k])
        return OfficeEdit(name=name if instansi is None or name != instansi.name else None,
                          city=city if instansi is None or city != instansi.city else None,
                          logo=self.logo_path, settings=settings), errors

    def accept(self) -> None:
        if self.busy:
            return
        change, errors = self.edit()
        self.show_errors(errors, keep=("logo",))
        if errors:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.tasks.run(lambda: self._save(change), self._done, self.show_error,
                       on_done=self._idle, initiator=self)

    def _save(self, change: OfficeEdit) -> Outcome[None]:
        """On the worker: each part with the service `office set` uses (the views refresh from
        the changes of all of them)."""
        changes = Changes()
        if change.name is not None or change.city is not None:
            changes.merge(self._office.update_instansi(name=change.name, city=change.city).changes)
        if change.logo is not None:
            changes.merge(self._office.set_logo(change.logo).changes)
        for key, value in change.settings:
            changes.merge(self._office.set_setting(key, value).changes)
        return Outcome(None, changes)

    def _done(self, _outcome: Outcome[None]) -> None:
        self.saved = True
        super().accept()

    def _idle(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    @classmethod
    def ask(cls, office: OfficeService, staff: StaffService, tasks: TaskRunner,
            settings: QSettings | None = None, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when something was saved."""
        dialog = cls(office, staff, tasks, settings, parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
