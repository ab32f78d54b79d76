"""Showing failures to the user: a broken rule (`DomainError`) or an unexpected error.

`ErrorReporter` is what `TaskRunner` calls; the default one opens message boxes, tests pass a
`RecordingReporter` (or any object with the two methods) so no modal box blocks them.
"""

from __future__ import annotations

import logging
import traceback
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skpdesk.domain.errors import DomainError

from .i18n import arg
from .messages import error_text

log = logging.getLogger("skpdesk.ui")


class ErrorReporter(Protocol):
    def domain_error(self, error: DomainError) -> None: ...

    def unexpected_error(self, error: BaseException) -> None: ...


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    """A warning box with the translated sentence for a broken rule."""
    QMessageBox.warning(parent, QCoreApplication.translate("ErrorDialogs", "SKP Desk"),
                        error_text(error))


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> None:
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
    box.exec()


class MessageBoxReporter:
    """The default reporter: message boxes over `parent` (which may change, e.g. a new window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def domain_error(self, error: DomainError) -> None:
        show_domain_error(self.parent, error)

    def unexpected_error(self, error: BaseException) -> None:
        show_unexpected_error(self.parent, error)


class RecordingReporter:
    """Keeps what would have been shown (for tests)."""

    def __init__(self) -> None:
        self.domain_errors: list[DomainError] = []
        self.unexpected_errors: list[BaseException] = []

    def domain_error(self, error: DomainError) -> None:
        self.domain_errors.append(error)

    def unexpected_error(self, error: BaseException) -> None:
        self.unexpected_errors.append(error)
