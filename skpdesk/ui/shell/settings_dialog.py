"""Settings of this computer: for now the language of the program (applies at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout, QWidget)

from ..i18n import LANGUAGES, configured_language, set_configured_language


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self._initial = configured_language(settings)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._initial))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        self.restart_note = QLabel(self.tr("A new language applies after SKP Desk is closed and "
                                           "opened again."), self)
        self.restart_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(language_label, self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(self.buttons)

    def chosen_language(self) -> str:
        return self.language_combo.currentData()

    def accept(self) -> None:
        set_configured_language(self._settings, self.chosen_language())
        super().accept()

    def language_changed(self) -> bool:
        return self.chosen_language() != self._initial

    @classmethod
    def ask(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the user saved a different language."""
        dialog = cls(settings, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.language_changed()
        finally:
            dialog.deleteLater()
