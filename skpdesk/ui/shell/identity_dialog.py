""""I am…": the supervisor using this laptop picks themself from the office's pegawai.

The choice is stored per database by the caller (`ActingService`, `local_state.acting_pegawai_id`):
another database has its own. The main window then lists "My direct reports" first, shows who
is acting in the status bar, and the workflow steps are checked against that pegawai's role.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from skpdesk.services.staff import StaffService

from ..team.team_panel import TeamPanelWidget


class IdentityDialog(QDialog):
    def __init__(self, staff: StaffService, current_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.resize(640, 480)
        intro = QLabel(self.tr("Choose yourself from the list: the employee who uses SKP Desk on "
                               "this database. Your direct reports are then listed first, and "
                               "submitting, approving, returning and reopening an SKP are checked "
                               "against your role."), self)
        intro.setWordWrap(True)
        self.team = TeamPanelWidget(staff, parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.team, 1)
        layout.addWidget(self.buttons)
        self.team.pegawai_selected.connect(self._update_ok)
        self.team.pegawai_activated.connect(lambda _pid: self.accept())
        if current_id:
            self.team.select_pegawai(current_id)
        self._update_ok()
        self.team.search_edit.setFocus()

    def selected_id(self) -> str | None:
        return self.team.current_pegawai_id()

    def _update_ok(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected_id() is not None)

    @classmethod
    def ask(cls, staff: StaffService, current_id: str | None = None,
            parent: QWidget | None = None) -> str | None:
        """Show the dialog; the chosen pegawai id, or None when cancelled."""
        dialog = cls(staff, current_id, parent)
        try:
            return dialog.selected_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
