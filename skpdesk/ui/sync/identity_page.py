"""The "Identity" page of the Sinkronisasi dialog: who this replica is, and whom it trusts.

- This replica's name and key fingerprint ("ABCD-EF01-2345-6789"), and "Save identity file…"
  (a `.skpid` holding only public keys) to carry to the other computer.
- The peers: add one from its `.skpid` (the file is read first and its name and fingerprint
  shown; the person compares the fingerprint with the one the other computer shows and ticks
  that they did before it is pinned; "this is the office's central copy" marks it central), and
  revoke one (its bundles are refused from then on, both ways).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from .. import ui_settings
from ..i18n import arg
from ..tasks import TaskRunner
from .page_jobs import PageJobs
from .peer_model import COL_NAME, PEER_LIST_COLUMNS, PeerTableModel
from .sync_backend import IDENTITY_SUFFIX, IdentityInfo, PeerCard, PeerRow, SyncBackend

KEY_IDENTITY_FOLDER = "sync/identity_folder"


def fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    return font


class IdentityPage(PageJobs, QWidget):
    peers_changed = Signal()  # a peer was added or revoked: the dialog reloads the peers

    def __init__(self, backend: SyncBackend, tasks: TaskRunner, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tasks = tasks
        self._settings = settings
        self._identity: IdentityInfo | None = None
        self.busy = False
        self.peer_dialog: AddPeerDialog | None = None  # open while a peer is being added
        # Hooks (tests replace them): file choosers and the revoke question.
        self.ask_save_path: Callable[[str], str] = self._native_save_path
        self.ask_open_path: Callable[[str], str] = self._native_open_path
        self.confirm_revoke: Callable[[PeerRow], bool] = self._native_confirm_revoke
        self.setObjectName("syncIdentityPage")

        self.name_label = QLabel(self)
        self.name_label.setObjectName("identityName")
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setObjectName("identityFingerprint")
        self.fingerprint_label.setFont(fingerprint_font())
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_label = QLabel(self)
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save identity &file (.skpid)…"), self)
        self.save_button.setObjectName("saveIdentity")
        self.save_button.setAutoDefault(False)

        self.peers = PeerTableModel(self)
        self.peer_view = QTableView(self)
        self.peer_view.setObjectName("peerList")
        self.peer_view.setModel(self.peers)
        self.peer_view.setAccessibleName(self.tr("Peers"))
        self.peer_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peer_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peer_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peer_view.verticalHeader().setVisible(False)
        for column in range(self.peers.columnCount()):
            self.peer_view.setColumnHidden(column, column not in PEER_LIST_COLUMNS)
        self.peer_view.horizontalHeader().setSectionResizeMode(
            COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add a peer from its .skpid file…"), self)
        self.add_button.setObjectName("addPeer")
        self.add_button.setAutoDefault(False)
        self.revoke_button = QPushButton(self.tr("Re&voke…"), self)
        self.revoke_button.setObjectName("revokePeer")
        self.revoke_button.setAutoDefault(False)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("identityMessage")
        self.message_label.setWordWrap(True)

        me = QFormLayout()
        me.addRow(self.tr("This computer:"), self.name_label)
        me.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        me.addRow(self.tr("Device id:"), self.device_label)
        hint = QLabel(self.tr(
            "Give the identity file to the other computer, and compare this fingerprint with "
            "the one it shows when it adds this computer."), self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(me)
        layout.addWidget(hint)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Peers (bundles are accepted only from these):"), self))
        layout.addWidget(self.peer_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

        self.save_button.clicked.connect(self.save_identity)
        self.add_button.clicked.connect(self.add_peer)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.peer_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self._update_buttons()

    # --- filled by the dialog
    def set_identity(self, identity: IdentityInfo) -> None:
        self._identity = identity
        self.name_label.setText(identity.name)
        self.fingerprint_label.setText(identity.fingerprint)
        self.device_label.setText(identity.device_id)

    def set_peers(self, peers: list[PeerRow]) -> None:
        self.peers.set_peers(peers)
        self._update_buttons()

    # --- identity file
    def save_identity(self) -> None:
        if self.busy or self._identity is None:
            return
        folder = ui_settings.read_str(self._settings, KEY_IDENTITY_FOLDER, str(Path.home()))
        path = self.ask_save_path(str(Path(folder) / f"{_file_stem(self._identity.name)}"
                                                     f"{IDENTITY_SUFFIX}"))
        if not path:
            return
        if not path.lower().endswith(IDENTITY_SUFFIX):
            path += IDENTITY_SUFFIX
        self._settings.setValue(KEY_IDENTITY_FOLDER, str(Path(path).parent))
        self._run(lambda: self._backend.write_identity(path),
                  lambda written: self.show_message(arg(self.tr(
                      "Identity saved as %1. It holds no secret; give it to the other "
                      "computer."), written)))

    # --- peers
    def add_peer(self) -> None:
        if self.busy:
            return
        folder = ui_settings.read_str(self._settings, KEY_IDENTITY_FOLDER, str(Path.home()))
        path = self.ask_open_path(folder)
        if not path:
            return
        self._settings.setValue(KEY_IDENTITY_FOLDER, str(Path(path).parent))
        self._run(lambda: self._backend.read_peer_file(path), self._confirm_peer)

    def _confirm_peer(self, card: PeerCard) -> None:
        dialog = AddPeerDialog(card, self)
        self.peer_dialog = dialog
        dialog.accepted.connect(lambda: self._pin(card, dialog.central_box.isChecked()))
        dialog.finished.connect(lambda _r: self._peer_dialog_closed(dialog))
        dialog.open()

    def _peer_dialog_closed(self, dialog: "AddPeerDialog") -> None:
        if self.peer_dialog is dialog:
            self.peer_dialog = None
        dialog.deleteLater()

    def _pin(self, card: PeerCard, central: bool) -> None:
        self._run(lambda: self._backend.add_peer(card.path, central=central),
                  lambda peer: self._changed(arg(self.tr("%1 was added as a peer."), peer.name)))

    def selected_peer(self) -> PeerRow | None:
        return self.peers.peer(self.peer_view.currentIndex())

    def select_peer(self, device_id: str) -> bool:
        index = self.peers.find(device_id)
        if index.isValid():
            self.peer_view.setCurrentIndex(index)
        return index.isValid()

    def revoke_selected(self) -> None:
        peer = self.selected_peer()
        if self.busy or peer is None or peer.revoked or not self.confirm_revoke(peer):
            return
        self._run(lambda: self._backend.revoke(peer.device_id),
                  lambda _r: self._changed(arg(self.tr(
                      "%1 was revoked: its bundles are refused from now on."), peer.name)))

    def _native_confirm_revoke(self, peer: PeerRow) -> bool:
        answer = QMessageBox.question(self, self.tr("Revoke peer"), arg(self.tr(
            "Revoke %1? Bundles from it are refused from now on and no bundle is made for it. "
            "Do this when that computer is lost or no longer used."), peer.name))
        return answer == QMessageBox.StandardButton.Yes

    def _changed(self, text: str) -> None:
        self.show_message(text)
        self.peers_changed.emit()

    def _update_buttons(self) -> None:
        idle = not self.busy
        peer = self.selected_peer()
        self.save_button.setEnabled(idle and self._identity is not None)
        self.add_button.setEnabled(idle)
        self.revoke_button.setEnabled(idle and peer is not None and not peer.revoked)

    def _native_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the identity file"), suggested,
            self.tr("SKP Desk identity (*.skpid)"))
        return path

    def _native_open_path(self, folder: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the peer's identity file"), folder,
            self.tr("SKP Desk identity (*.skpid);;All files (*)"))
        return path


def _file_stem(name: str) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    return stem[:40] or "skpdesk"


class AddPeerDialog(QDialog):
    """The peer's name, office and fingerprint, to compare before it is pinned."""

    def __init__(self, card: PeerCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("addPeerDialog")
        self.setWindowTitle(self.tr("Add a peer"))
        intro = QLabel(self.tr(
            "Compare this fingerprint with the one shown on the other computer (Synchronisation "
            "› Identity). Add it only if they are the same: a different one means the file is "
            "not from that computer."), self)
        intro.setWordWrap(True)
        self.fingerprint_label = QLabel(card.fingerprint, self)
        self.fingerprint_label.setObjectName("peerFingerprint")
        self.fingerprint_label.setFont(fingerprint_font())
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compared_box = QCheckBox(self.tr("I &compared the fingerprint: it is the same"), self)
        self.compared_box.setObjectName("peerCompared")
        self.central_box = QCheckBox(self.tr("This is the office's c&entral copy"), self)
        self.central_box.setObjectName("peerCentral")
        self.central_box.setToolTip(self.tr(
            "Tick this on a laptop when adding the central copy of the office (the pengelola "
            "kinerja's computer). A new laptop joins from the central copy."))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), QLabel(card.name, self))
        form.addRow(self.tr("Office:"), QLabel(card.office_name or self.tr("(none yet)"), self))
        form.addRow(self.tr("Device id:"), QLabel(card.device_id, self))
        form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("&Add peer"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("confirmAddPeer")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.compared_box)
        layout.addWidget(self.central_box)
        layout.addWidget(self.buttons)
        self.compared_box.toggled.connect(self.add_button.setEnabled)
        self.add_button.setEnabled(False)
        self.compared_box.setFocus()

    def accept(self) -> None:
        if self.compared_box.isChecked():  # never pinned without the comparison
            super().accept()
