"""Start a new office: the instansi (name, city) and "me", the supervisor using this computer.

Nothing is half-written: every field is checked first, with the same rules the services apply
(`fields.text` for the office, `staff.validate_pegawai` for me), and each broken rule is shown
under its own field, in the sentence of `messages.error_text`. Only then the worker creates the
office (`OfficeService.init_office`) and me (`StaffService.add`); my pegawai id is stored as this
computer's identity (`ui_settings.set_identity`).

With `identity_optional=True` (the welcome screen's "import the staff list" path) a check box
"I am in the staff file" skips my own data: the user picks themself after the import.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QLabel, QVBoxLayout, QWidget)

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import (JENJANG_FUNGSIONAL, AsnType, Instansi, Pegawai, PegawaiInput,
                                   PositionKind)
from skpdesk.services import fields as F
from skpdesk.services.office import OfficeService
from skpdesk.services.staff import StaffService, validate_pegawai

from .. import ui_settings
from ..field_errors import (ERROR_STYLE, BusyDialogMixin, FieldErrorsMixin, error_label,
                            fill_rank_combo)
from ..i18n import position_kind_label
from ..tasks import TaskRunner

OFFICE_NAME_MAX = 200  # as OfficeService.init_office checks them
CITY_MAX = 100


@dataclass(frozen=True)
class NewOffice:
    """What the dialog created: the office, me (None when skipped) and the changes."""

    instansi: Instansi
    pegawai: Pegawai | None
    changes: Changes


class NewOfficeDialog(FieldErrorsMixin, BusyDialogMixin, QDialog):
    def __init__(self, office: OfficeService, staff: StaffService, settings: QSettings,
                 tasks: TaskRunner, parent: QWidget | None = None, *,
                 identity_optional: bool = False) -> None:
        super().__init__(parent)
        self._office = office
        self._staff = staff
        self._settings = settings
        self.tasks = tasks
        self.busy = False
        self.result_office: NewOffice | None = None
        self._created: Instansi | None = None  # the office, once made (a retry only renames it)
        self.setObjectName("NewOfficeDialog")
        self.setWindowTitle(self.tr("New office"))
        self.fields: dict[str, QWidget] = {}  # error field key -> input widget
        self.errors: dict[str, QLabel] = {}  # error field key -> its error label

        intro = QLabel(self.tr(
            "SKP Desk keeps the data of one office (instansi). Enter its name and city, and your "
            "own data: you are the supervisor (Pejabat Penilai Kinerja) who uses SKP Desk on "
            "this computer."), self)
        if identity_optional:
            intro.setText(intro.text() + " " + self.tr(
                "Next you choose the staff file to import."))
        intro.setWordWrap(True)

        # --- the office
        self.office_box = QGroupBox(self.tr("Office"), self)
        office_form = self._form(self.office_box)
        self.instansi_edit = self._line("instansi", OFFICE_NAME_MAX, self.tr(
            "e.g. Dinas Komunikasi dan Informatika Kabupaten Gunungkidul"))
        self.city_edit = self._line("kota", CITY_MAX, self.tr("e.g. Wonosari"))
        self.city_edit.setToolTip(self.tr("Printed with the date above the signatures."))
        self._row(office_form, self.tr("Office &name:"), "instansi")
        self._row(office_form, self.tr("&City:"), "kota")

        # --- me
        self.me_box = QGroupBox(self.tr("You, the supervisor using this computer"), self)
        me_form = self._form(self.me_box)
        self.skip_identity_check = QCheckBox(self.tr(
            "I am in the staff &file: I choose myself after the import"), self)
        self.skip_identity_check.setVisible(identity_optional)
        self.skip_identity_check.setChecked(identity_optional)
        self.name_edit = self._line("nama", 200, self.tr("Full name without titles"))
        self.front_title_edit = self._line("gelar_depan", 50, self.tr("e.g. Dr. (may be empty)"))
        self.back_title_edit = self._line("gelar_belakang", 100,
                                          self.tr("e.g. S.Kom., M.T. (may be empty)"))
        self.nip_edit = self._line("nip", 40, self.tr("18 digits"))
        self.asn_combo = self._combo("jenis_asn")
        self.asn_combo.addItem("PNS", AsnType.PNS.value)
        self.asn_combo.addItem("PPPK", AsnType.PPPK.value)
        self.asn_combo.addItem(self.tr("Non-ASN (e.g. a regent)"), AsnType.NON_ASN.value)
        self.rank_combo = self._combo("golongan")
        self.position_edit = self._line("jabatan", 300, self.tr("e.g. Kepala Bidang Aplikasi "
                                                                "Informatika"))
        self.kind_combo = self._combo("jenis_jabatan")
        self.kind_combo.addItem(self.tr("— choose —"), "")
        for kind in PositionKind:
            self.kind_combo.addItem(position_kind_label(kind), kind.value)
        self.jenjang_combo = self._combo("jenjang")
        self.jenjang_combo.addItem("—", "")
        for jenjang in JENJANG_FUNGSIONAL:
            self.jenjang_combo.addItem(jenjang, jenjang)
        self.unit_edit = self._line("unit", 500, self.tr("e.g. Bidang Aplikasi Informatika"))
        self.unit_edit.setToolTip(self.tr("Your work unit; separate levels with a slash, e.g. "
                                          "Sekretariat/Subbagian Umum."))
        me_form.addRow(self.skip_identity_check)
        for label, key in ((self.tr("Na&me:"), "nama"),
                           (self.tr("Title &before the name:"), "gelar_depan"),
                           (self.tr("Title &after the name:"), "gelar_belakang"),
                           (self.tr("ASN t&ype:"), "jenis_asn"),
                           (self.tr("N&IP:"), "nip"),
                           (self.tr("&Grade:"), "golongan"),
                           (self.tr("&Position:"), "jabatan"),
                           (self.tr("Position &type:"), "jenis_jabatan"),
                           (self.tr("Functional &level:"), "jenjang"),
                           (self.tr("&Work unit:"), "unit")):
            self._row(me_form, label, key)

        self.general_error = error_label(self, "generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create the &office"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.office_box)
        layout.addWidget(self.me_box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        order = [self.instansi_edit, self.city_edit, self.skip_identity_check, self.name_edit,
                 self.front_title_edit, self.back_title_edit, self.asn_combo, self.nip_edit,
                 self.rank_combo, self.position_edit, self.kind_combo, self.jenjang_combo,
                 self.unit_edit, self.ok_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self.asn_combo.currentIndexChanged.connect(self._asn_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.skip_identity_check.toggled.connect(self._identity_toggled)
        self._asn_changed()
        self._kind_changed()
        self._identity_toggled(self.skip_identity_check.isChecked())
        self.setMinimumWidth(560)
        self.instansi_edit.setFocus()

    # --- building helpers
    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    # --- input
    @property
    def identity_wanted(self) -> bool:
        return not self.skip_identity_check.isChecked()

    def pegawai_input(self) -> PegawaiInput:
        return PegawaiInput(
            name=self.name_edit.text(), asn_type=self.asn_combo.currentData() or "",
            nip=self.nip_edit.text(), front_title=self.front_title_edit.text(),
            back_title=self.back_title_edit.text(), rank=self.rank_combo.currentData() or "",
            position=self.position_edit.text(), position_kind=self.kind_combo.currentData() or "",
            jenjang=self.jenjang_combo.currentData() or "", unit_path=self.unit_edit.text())

    def check(self) -> list[DomainError]:
        """Every broken rule of the form (empty: it can be saved), shown under its field."""
        errors: list[DomainError] = []
        for value, key, max_len in ((self.instansi_edit.text(), "instansi", OFFICE_NAME_MAX),
                                    (self.city_edit.text(), "kota", CITY_MAX)):
            try:
                F.text(value, key, max_len=max_len)
            except DomainError as error:
                errors.append(error)
        if self.identity_wanted:
            errors.extend(validate_pegawai(self.pegawai_input())[1])
        self.show_errors(errors)
        return errors

    # --- saving
    def accept(self) -> None:
        if self.busy:
            return
        if self.check():
            return
        name, city = self.instansi_edit.text(), self.city_edit.text()
        me = self.pegawai_input() if self.identity_wanted else None
        self._set_busy(True)
        self.tasks.run(lambda: self._create(name, city, me), self._done, self._failed,
                       on_done=lambda: self._set_busy(False), initiator=self)

    def _create(self, name: str, city: str, me: PegawaiInput | None) -> NewOffice:
        """On the worker: the office (once), then me."""
        changes = Changes()
        if self._created is None:
            outcome = self._office.init_office(name, city)
        else:  # a retry after my data was refused: the office exists, keep what was typed
            outcome = self._office.update_instansi(name=name, city=city)
        self._created = outcome.value
        changes.merge(outcome.changes)
        pegawai = None
        if me is not None:
            added = self._staff.add(me)
            changes.merge(added.changes)
            pegawai = added.value
        return NewOffice(self._created, pegawai, changes)

    def _done(self, result: NewOffice) -> None:
        self.result_office = result
        if result.pegawai is not None:
            ui_settings.set_identity(self._settings, result.pegawai.id)
        super().accept()

    def _failed(self, error: DomainError) -> None:
        self.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self.buttons.setEnabled(not busy)

    # --- reactions
    def _asn_changed(self, *_args) -> None:
        asn = self.asn_combo.currentData()
        fill_rank_combo(self.rank_combo, asn, self.tr("— choose —"), self.tr("— none —"))
        self.rank_combo.setEnabled(self.rank_combo.isEnabled() and self.identity_wanted)
        self.nip_edit.setPlaceholderText(self.tr("may be empty (or NRP/NIK)")
                                         if asn == AsnType.NON_ASN.value else self.tr("18 digits"))

    def _kind_changed(self, *_args) -> None:
        fungsional = self.kind_combo.currentData() == PositionKind.FUNGSIONAL.value
        if not fungsional:
            self.jenjang_combo.setCurrentIndex(0)
        self.jenjang_combo.setEnabled(fungsional and self.identity_wanted)

    def _identity_toggled(self, skipped: bool) -> None:
        for key, widget in self.fields.items():
            if key not in ("instansi", "kota"):
                widget.setEnabled(not skipped)
                if skipped:
                    self.errors[key].setVisible(False)
        if not skipped:
            self._asn_changed()
            self._kind_changed()

    @classmethod
    def ask(cls, office: OfficeService, staff: StaffService, settings: QSettings,
            tasks: TaskRunner, parent: QWidget | None = None, *,
            identity_optional: bool = False) -> NewOffice | None:
        """Show the dialog; what it created, or None when cancelled."""
        dialog = cls(office, staff, settings, tasks, parent, identity_optional=identity_optional)
        try:
            dialog.exec()
            return dialog.result_office
        finally:
            dialog.deleteLater()
