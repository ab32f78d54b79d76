"""Add, edit or move one pegawai, with exactly the staff import's rules.

Every field is checked first with `staff.validate_pegawai` (the function the import runs on
each row), each broken rule shown under its own field in the catalogue's sentence; the
references (atasan, Atasan Pejabat Penilai, duplicate NIP, cycles) are then checked by the
service itself in the save, on the worker, and a refusal lands under its field too. Nothing is
written unless every rule holds.

Editing saves only the columns the user changed (`StaffService.edit`), so an atasan without a
NIP (a Bupati) stays when the atasan field is not touched, and a copy that someone else changed
meanwhile is refused (RECORD_CHANGED) instead of overwriting their change. "Move" is the same
dialog with the unit and atasan fields first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.identifiers import clean_nip
from skpdesk.domain.people import (JENJANG_FUNGSIONAL, POSITION_KIND_LABELS, AsnType, Pegawai,
                                   PegawaiInput, PositionKind)
from skpdesk.services.staff import StaffService, validate_pegawai

from ..field_errors import BusyDialogMixin, FieldErrorsMixin, error_label, fill_rank_combo
from ..i18n import arg
from ..tasks import TaskRunner

MODE_ADD, MODE_EDIT, MODE_MOVE = "add", "edit", "move"


def _nip(value: str | None) -> str:
    return value or ""


class PegawaiDialog(FieldErrorsMixin, BusyDialogMixin, QDialog):
    def __init__(self, staff: StaffService, tasks: TaskRunner, *, pegawai: Pegawai | None = None,
                 mode: str = MODE_ADD, unit_paths: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode != MODE_ADD and pegawai is None:
            raise ValueError("editing or moving needs the pegawai as read")
        self._staff = staff
        self.tasks = tasks
        self.base = pegawai
        self.mode = mode
        self.busy = False
        self.saved: Pegawai | None = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.setObjectName("PegawaiDialog")
        self.setWindowTitle({MODE_ADD: self.tr("Add employee"), MODE_EDIT: self.tr("Edit employee"),
                             MODE_MOVE: self.tr("Move employee")}[mode])

        self.name_edit = self._line("nama", 200)
        self.front_title_edit = self._line("gelar_depan", 50)
        self.back_title_edit = self._line("gelar_belakang", 100)
        self.asn_combo = self._combo("jenis_asn")
        self.asn_combo.addItem("PNS", AsnType.PNS.value)
        self.asn_combo.addItem("PPPK", AsnType.PPPK.value)
        self.asn_combo.addItem(self.tr("Non-ASN (e.g. a regent)"), AsnType.NON_ASN.value)
        self.nip_edit = self._line("nip", 40)
        self.rank_combo = self._combo("golongan")
        self.position_edit = self._line("jabatan", 300)
        self.kind_combo = self._combo("jenis_jabatan")
        self.kind_combo.addItem(self.tr("— choose —"), "")
        for kind in PositionKind:
            self.kind_combo.addItem(POSITION_KIND_LABELS[kind], kind.value)
        self.jenjang_combo = self._combo("jenjang")
        self.jenjang_combo.addItem("—", "")
        for jenjang in JENJANG_FUNGSIONAL:
            self.jenjang_combo.addItem(jenjang, jenjang)
        self.unit_edit = self._line("unit", 500)
        self.unit_edit.setToolTip(self.tr("Separate levels with a slash, e.g. "
                                          "Sekretariat/Subbagian Umum. A new unit is created."))
        if unit_paths:
            completer = QCompleter(sorted(unit_paths), self.unit_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.unit_edit.setCompleter(completer)
        self.supervisor_edit = self._line("nip_atasan", 40)
        self.supervisor_edit.setPlaceholderText(self.tr("NIP of the direct supervisor"))
        self.appraiser_edit = self._line("nip_atasan_penilai", 40)
        self.appraiser_edit.setPlaceholderText(self.tr("only when not the supervisor's "
                                                       "supervisor"))
        self.supervisor_name = QLabel(self)
        self.supervisor_name.setObjectName("supervisorName")
        self.supervisor_name.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [(self.tr("Na&me:"), "nama"), (self.tr("Title &before the name:"), "gelar_depan"),
                (self.tr("Title a&fter the name:"), "gelar_belakang"),
                (self.tr("ASN t&ype:"), "jenis_asn"), (self.tr("N&IP:"), "nip"),
                (self.tr("&Grade:"), "golongan"), (self.tr("&Position:"), "jabatan"),
                (self.tr("Position &type:"), "jenis_jabatan"),
                (self.tr("Functional &level:"), "jenjang"), (self.tr("&Work unit:"), "unit"),
                (self.tr("S&upervisor's NIP:"), "nip_atasan"),
                (self.tr("&Appraiser's supervisor's NIP:"), "nip_atasan_penilai")]
        if mode == MODE_MOVE:  # moving: where to first
            rows = rows[9:] + rows[:9]
        for label, key in rows:
            self._row(form, label, key)
            if key == "nip_atasan":
                form.addRow("", self.supervisor_name)

        self.general_error = error_label(self, "generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.asn_combo.currentIndexChanged.connect(self._asn_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.supervisor_edit.editingFinished.connect(self._show_supervisor_name)
        if pegawai is not None:
            self._fill(pegawai)
        else:
            self._asn_changed()
            self._kind_changed()
        self.setMinimumWidth(560)
        (self.unit_edit if mode == MODE_MOVE else self.name_edit).setFocus()

    def _fill(self, p: Pegawai) -> None:
        self.name_edit.setText(p.name)
        self.front_title_edit.setText(p.front_title)
        self.back_title_edit.setText(p.back_title)
        self.asn_combo.setCurrentIndex(max(self.asn_combo.findData(p.asn_type.value), 0))
        self._asn_changed()
        self.rank_combo.setCurrentIndex(max(self.rank_combo.findData(p.rank_code or ""), 0))
        self.nip_edit.setText(_nip(p.nip))
        self.position_edit.setText(p.position)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(p.position_kind.value), 0))
        self._kind_changed()
        self.jenjang_combo.setCurrentIndex(max(self.jenjang_combo.findData(p.jenjang or ""), 0))
        self.unit_edit.setText(p.unit_path)
        self.supervisor_edit.setText(_nip(p.supervisor_nip))
        appraiser = self._staff.get(p.appraiser_override_id) if p.appraiser_override_id else None
        self.appraiser_edit.setText(_nip(appraiser.nip) if appraiser else "")
        self._initial = self.columns()
        if p.supervisor_id and not p.supervisor_nip:  # a Bupati: shown by name, kept as is
            self.supervisor_edit.setPlaceholderText(
                arg(self.tr("%1 (no NIP; kept unless you type a NIP)"), p.supervisor_name or ""))
        self._show_supervisor_name()

    # --- input
    def columns(self) -> dict[str, str]:
        """The form by staff-file column (the names `StaffService.edit` and the errors use)."""
        return {"nama": self.name_edit.text(), "gelar_depan": self.front_title_edit.text(),
                "gelar_belakang": self.back_title_edit.text(),
                "jenis_asn": self.asn_combo.currentData() or "", "nip": self.nip_edit.text(),
                "golongan": self.rank_combo.currentData() or "",
                "jabatan": self.position_edit.text(),
                "jenis_jabatan": self.kind_combo.currentData() or "",
                "jenjang": self.jenjang_combo.currentData() or "", "unit": self.unit_edit.text(),
                "nip_atasan": self.supervisor_edit.text(),
                "nip_atasan_penilai": self.appraiser_edit.text()}

    def pegawai_input(self) -> PegawaiInput:
        c = self.columns()
        return PegawaiInput(name=c["nama"], asn_type=c["jenis_asn"], nip=c["nip"],
                            front_title=c["gelar_depan"], back_title=c["gelar_belakang"],
                            rank=c["golongan"], position=c["jabatan"],
                            position_kind=c["jenis_jabatan"], jenjang=c["jenjang"],
                            unit_path=c["unit"], supervisor_nip=c["nip_atasan"],
                            appraiser_nip=c["nip_atasan_penilai"])

    def changed_columns(self) -> dict[str, str]:
        """What an edit changes: the columns whose text differs from the pegawai as shown."""
        now = self.columns()
        return {k: v for k, v in now.items() if v.strip() != self._initial.get(k, "").strip()}

    def check(self) -> list[DomainError]:
        """The import's field rules on the form (references are the service's), shown."""
        errors = validate_pegawai(self.pegawai_input())[1]
        self.show_errors(errors)
        return errors

    # --- saving
    def accept(self) -> None:
        if self.busy or self.check():
            return
        if self.base is None:
            inp = self.pegawai_input()
            job = lambda: self._staff.add(inp)  # noqa: E731 - one call on the worker
        else:
            changes = self.changed_columns()
            if not changes:
                super().accept()
                return
            base = self.base
            job = lambda: self._staff.edit(base, changes)  # noqa: E731
        self._set_busy(True)
        self.tasks.run(job, self._done, self.show_error, on_done=lambda: self._set_busy(False),
                       initiator=self)

    def _done(self, outcome) -> None:
        self.saved = outcome.value
        super().accept()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)

    # --- reactions
    def _asn_changed(self, *_args) -> None:
        fill_rank_combo(self.rank_combo, self.asn_combo.currentData(), self.tr("— choose —"),
                        self.tr("— none —"))

    def _kind_changed(self, *_args) -> None:
        fungsional = self.kind_combo.currentData() == PositionKind.FUNGSIONAL.value
        if not fungsional:
            self.jenjang_combo.setCurrentIndex(0)
        self.jenjang_combo.setEnabled(fungsional)

    def _show_supervisor_name(self) -> None:
        """The atasan's name under the NIP typed, so a wrong NIP is seen before saving."""
        nip = clean_nip(self.supervisor_edit.text())
        if not nip:
            self.supervisor_name.setText("")
            return
        try:
            found = self._staff.by_nip(nip)
        except DomainError:
            self.supervisor_name.setText(self.tr("No employee has this NIP."))
            return
        self.supervisor_name.setText(arg(self.tr("Supervisor: %1, %2"), found.full_name,
                                         found.position))

    @classmethod
    def ask(cls, staff: StaffService, tasks: TaskRunner, *, pegawai: Pegawai | None = None,
            mode: str = MODE_ADD, unit_paths: list[str] | None = None,
            parent: QWidget | None = None) -> Pegawai | None:
        """Show the dialog; the pegawai saved, or None when cancelled."""
        dialog = cls(staff, tasks, pegawai=pegawai, mode=mode, unit_paths=unit_paths,
                     parent=parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
