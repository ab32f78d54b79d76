"""Showing failures to the user: a broken rule (`DomainError`) or an unexpected error.

`ErrorReporter` is what `TaskRunner` calls; the default one queues message boxes (one at a
time, never a nested event loop: `message_boxes.py`), tests pass a `RecordingReporter` (or
any object with the two methods) to read what would have been shown.
"""

from __future__ import annotations

import logging
import traceback
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skpdesk.domain.errors import DomainError

from .i18n import arg
from .message_boxes import message_boxes
from .messages import error_text

log = logging.getLogger("skpdesk.ui")


class ErrorReporter(Protocol):
    def domain_error(self, error: DomainError) -> None: ...

    def unexpected_error(self, error: BaseException) -> None: ...


def domain_error_box(parent: QWidget | None, error: DomainError) -> QMessageBox:
    """A warning box with the translated sentence for a broken rule (not yet shown)."""
    return QMessageBox(QMessageBox.Icon.Warning,
                       QCoreApplication.translate("ErrorDialogs", "SKP Desk"), error_text(error),
                       QMessageBox.StandardButton.Ok, parent)


def unexpected_error_box(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A box for a bug or an environment problem; the traceback is in "Show Details..."."""
    text = arg(QCoreApplication.translate("ErrorDialogs", "An unexpected error occurred: %1"),
               f"{type(error).__name__}: {error}")
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("ErrorDialogs", "SKP Desk"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(QCoreApplication.translate(
        "ErrorDialogs", "The details are written to the log file (logs/skpdesk.log beside the "
                        "database)."))
    box.setDetailedText("".join(traceback.format_exception(error)))
    return box


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    """The box of a broken rule, modal at once: only for an answer to the user's own action
    (from a delivery or a paint, use `MessageBoxReporter`, which queues it)."""
    domain_error_box(parent, error).exec()


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> None:
    """The box of an unexpected error, modal at once (see `show_domain_error`)."""
    unexpected_error_box(parent, error).exec()


class MessageBoxReporter:
    """The default reporter: message boxes over `parent` (which may change, e.g. a new window).

    Non-blocking: each box waits its turn in the application's `message_boxes()` queue and opens
    with `open()` from the event loop, so a job delivered while a box is open never runs inside
    that box's event loop and two failures in a row show two boxes one after the other. The
    same refusal waiting or shown already is not queued twice.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def _live_parent(self) -> QWidget | None:
        # the window may have been deleted (File > Open database) before the box's turn came
        parent = self.parent
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def domain_error(self, error: DomainError) -> None:
        message_boxes().show(lambda: domain_error_box(self._live_parent(), error),
                             key=("refusal", error.code, repr(sorted(error.params.items()))))

    def unexpected_error(self, error: BaseException) -> None:
        message_boxes().show(lambda: unexpected_error_box(self._live_parent(), error))


class RecordingReporter:
    """Keeps what would have been shown (for tests)."""

    def __init__(self) -> None:
        self.domain_errors: list[DomainError] = []
        self.unexpected_errors: list[BaseException] = []

    def domain_error(self, error: DomainError) -> None:
        self.domain_errors.append(error)

    def unexpected_error(self, error: BaseException) -> None:
        self.unexpected_errors.append(error)
