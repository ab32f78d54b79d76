""""Sign digitally…" for a PDF being saved (issue 13, docs/signing.md): the key file (PKCS#12,
.p12/.pfx), its password and an optional reason. The last key file is remembered in QSettings
(never the password). Print SKP's "Save as PDF, sign digitally…" (`print_actions.py`) asks here,
then the print job opens the key before writing anything (a wrong password writes no file) and
signs the saved PDF (`PdfSignatureService`).

It sits in `ui/printing` (not `ui/paper`) because the print dialogs use it and ui features do
not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QWidget)

KEY_SETTING = "signing/last_key_file"


@dataclass(frozen=True)
class SigningChoice:
    key_file: str
    password: str
    reason: str = ""


class SigningDialog(QDialog):
    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("signingDialog")
        self.setWindowTitle(self.tr("Sign digitally"))
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("signingKeyFile")
        if settings is not None:
            self.key_edit.setText(str(settings.value(KEY_SETTING, "") or ""))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(browse)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("signingPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("signingReason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. Approving the SKP (optional)"))
        form = QFormLayout(self)
        key_label = QLabel(self.tr("&Key file (.p12/.pfx):"), self)
        key_label.setBuddy(self.key_edit)  # the row is a layout: QFormLayout sets no buddy
        form.addRow(key_label, key_row)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.key_edit.textChanged.connect(self._update)
        form.addRow(self.buttons)
        self._update()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the key file"),
                                              self.key_edit.text(),
                                              self.tr("Key files (*.p12 *.pfx)"))
        if path:
            self.key_edit.setText(path)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.key_edit.text().strip()))

    def choice(self) -> SigningChoice:
        key = self.key_edit.text().strip()
        if self.settings is not None and key:
            self.settings.setValue(KEY_SETTING, key)
        return SigningChoice(key, self.password_edit.text(), self.reason_edit.text().strip())


def sign_saved(services, path, signing: SigningChoice | None, key=None, location: str = ""):
    """Runs on the worker after the PDF is saved: sign it in place (atomically replaced)."""
    if signing is None:
        return None
    if key is None:
        key = services.pdf_signatures.check_key(signing.key_file, signing.password)
    return services.pdf_signatures.sign(path, path, key=key, reason=signing.reason,
                                        location=location)
