"""One bukti dukung in the list of a cell: its thumbnail, name, size and type, description,
status (with the reason of a rejection, or "menunggu lampiran" while its file has not arrived),
who added it and when, "versi ke-n" when it replaces an earlier one, and its buttons.

The card only shows what it is given (`EvidenceEntry`, read by `EvidenceListWidget`) and emits
what the user asked for; the list runs the services.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from skpdesk.domain.evidence import (FILE_TYPES, STATUS_LABELS, WAITING_FOR_FILE, Evidence,
                                     EvidenceKind, EvidenceStatus)

from ..i18n import arg
from .thumbnails import LINK_ICON, THUMB_SIZE, WAITING_ICON, type_icon

STATUS_COLOURS = {EvidenceStatus.MENUNGGU: "#8a6d00", EvidenceStatus.DITERIMA: "#1b5e20",
                  EvidenceStatus.DITOLAK: "#b00020"}
WAITING_COLOUR = "#616161"
OPENABLE_SCHEMES = ("http", "https", "mailto", "file")
_EXT_BY_MIME = {mime: ext for mime, ext in FILE_TYPES.values()}


@dataclass(frozen=True)
class EvidenceEntry:
    """What a card shows: the bukti, its file in the store (None: a link, or the file has not
    arrived), its version number in the chain and whether the acting pegawai may verify it
    and replace it."""
    evidence: Evidence
    path: Path | None
    version: int
    can_verify: bool
    can_write: bool = True

    @property
    def waiting(self) -> bool:
        return self.evidence.kind is EvidenceKind.FILE and not self.evidence.available

    @property
    def link_url(self) -> QUrl | None:
        """The link as a URL the system can open (http, https, mailto, file), else None: a
        reference text ("SK No. 12/2026, arsip TU") is shown, not opened."""
        if self.evidence.kind is not EvidenceKind.LINK:
            return None
        link = self.evidence.link.strip()
        if link.lower().startswith("www."):
            link = f"https://{link}"
        url = QUrl(link)
        if url.isValid() and url.scheme().lower() in OPENABLE_SCHEMES:
            return url
        return None


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def status_text(evidence: Evidence, waiting: bool) -> str:
    """"Ditolak: <reason>" / "Diterima" / "Menunggu verifikasi" ("menunggu lampiran" first
    while the file is missing: the verifier cannot judge a file that is not here)."""
    label = STATUS_LABELS[evidence.status]
    if evidence.status_reason:
        label = f"{label}: {evidence.status_reason}"
    return f"{WAITING_FOR_FILE} · {label}" if waiting else label


class EvidenceCard(QFrame):
    """One card. Its buttons carry no Alt-letter mnemonic: every card of the list has the same
    buttons, and five "Alt+B" in one window would only cycle between them."""

    open_requested = Signal(str)      # evidence id
    accept_requested = Signal(str)
    reject_requested = Signal(str)
    replace_requested = Signal(str)
    history_requested = Signal(str)

    def __init__(self, entry: EvidenceEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        evidence = entry.evidence
        self.setObjectName(f"evidenceCard_{evidence.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("evidenceThumbnail")
        self.thumbnail.setFixedSize(THUMB_SIZE, THUMB_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.has_thumbnail = False  # True once a rendered picture replaced the type icon
        self.selected = False
        self.thumbnail.setPixmap(self._icon())

        self.name_label = self._label("evidenceName", self._name_html())
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.facts_label = self._label("evidenceFacts", self._facts())
        self.description_label = self._label("evidenceDescription", evidence.description)
        self.description_label.setVisible(bool(evidence.description))
        self.status_label = self._label("evidenceStatus", status_text(evidence, entry.waiting))
        colour = WAITING_COLOUR if entry.waiting else STATUS_COLOURS[evidence.status]
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.added_label = self._label("evidenceAdded", arg(
            self.tr("Added by %1 on %2"), evidence.added_by_name or "-",
            evidence.added_on.strftime("%d-%m-%Y")))

        self.open_button = self._button(self.tr("Open"), "openEvidence", self.open_requested)
        self.accept_button = self._button(self.tr("Accept"), "acceptEvidence",
                                          self.accept_requested)
        self.reject_button = self._button(self.tr("Reject…"), "rejectEvidence",
                                          self.reject_requested)
        self.replace_button = self._button(self.tr("Replace…"), "replaceEvidence",
                                           self.replace_requested)
        self.history_button = self._button(self.tr("History"), "evidenceHistory",
                                           self.history_requested)
        self._enable_buttons()

        buttons = QHBoxLayout()
        for button in (self.open_button, self.accept_button, self.reject_button,
                       self.replace_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        for label in (self.name_label, self.facts_label, self.description_label,
                      self.status_label, self.added_label):
            text.addWidget(label)
        text.addStretch(1)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.setToolTip(self._tooltip())

    # --- parts
    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    def _button(self, text: str, name: str, signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: signal.emit(self.entry.evidence.id))
        return button

    def _icon(self) -> QPixmap:
        evidence = self.entry.evidence
        if evidence.kind is EvidenceKind.LINK:
            return type_icon("", look=LINK_ICON)
        if self.entry.waiting:
            return type_icon("", look=WAITING_ICON)
        return type_icon(_EXT_BY_MIME.get(evidence.mime, Path(evidence.file_ref).suffix))

    def _name_html(self) -> str:
        evidence = self.entry.evidence
        name = evidence.original_name or evidence.link
        return f"<b>{html.escape(name)}</b>"

    def _facts(self) -> str:
        evidence = self.entry.evidence
        if evidence.kind is EvidenceKind.LINK:
            facts = [self.tr("Link or reference")]
            if evidence.original_name and evidence.link != evidence.original_name:
                facts.append(evidence.link)
        else:
            facts = [size_text(evidence.size),
                     _EXT_BY_MIME.get(evidence.mime, "").lstrip(".").upper() or evidence.mime]
        if self.entry.version > 1:
            facts.append(arg(self.tr("version %1"), self.entry.version))
        return " · ".join(fact for fact in facts if fact)

    def _tooltip(self) -> str:
        evidence = self.entry.evidence
        if evidence.kind is EvidenceKind.LINK:
            return evidence.link
        return f"SHA-256 {evidence.sha256}"

    def _enable_buttons(self) -> None:
        entry, evidence = self.entry, self.entry.evidence
        self.open_button.setEnabled(entry.path is not None or entry.link_url is not None)
        # a decision may be changed later; a file not here yet cannot be judged to be good
        self.accept_button.setEnabled(entry.can_verify and not entry.waiting
                                      and evidence.status is not EvidenceStatus.DITERIMA)
        self.reject_button.setEnabled(entry.can_verify
                                      and evidence.status is not EvidenceStatus.DITOLAK)
        self.accept_button.setVisible(entry.can_verify)
        self.reject_button.setVisible(entry.can_verify)
        self.replace_button.setEnabled(entry.can_write
                                       and evidence.status is not EvidenceStatus.DITERIMA)
        self.replace_button.setVisible(entry.can_write)

    def set_selected(self, selected: bool) -> None:
        """Framed when the list brings this bukti forward."""
        self.selected = selected
        self.setStyleSheet(f"#{self.objectName()} {{ border: 2px solid #1565c0; }}"
                           if selected else "")
        if selected:
            first = next((b for b in (self.accept_button, self.open_button, self.history_button)
                          if b.isVisibleTo(self) and b.isEnabled()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the list hands the rendered thumbnail over
    def set_thumbnail(self, image: QImage | None) -> None:
        if image is None or image.isNull() or not shiboken6.isValid(self):
            return  # no picture: the type icon stays
        self.thumbnail.setPixmap(QPixmap.fromImage(image))
        self.has_thumbnail = True

    def texts(self) -> list[str]:
        """The visible lines (tests)."""
        return [label.text() for label in (self.name_label, self.facts_label,
                                           self.description_label, self.status_label,
                                           self.added_label) if not label.isHidden()]
