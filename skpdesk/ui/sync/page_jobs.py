"""What the pages of the sync dialogs share: one job at a time on the database worker, its
outcome (or the sentence of its refusal) in the page's message label, buttons off meanwhile."""

from __future__ import annotations

from typing import Any, Callable

from skpdesk.domain.errors import DomainError

from ..messages import error_text

ERROR_STYLE = "color: #a40000;"  # a refusal is said in words; the colour only underlines it


class PageJobs:
    """Mixin for a page with `_tasks` (TaskRunner), `message_label` (QLabel) and
    `_update_buttons()`; `busy` is True while its job runs."""

    busy = False

    def _run(self, fn: Callable[[], Any], on_success: Callable[[Any], Any]) -> None:
        self.busy = True
        self._update_buttons()
        self.show_message("")
        self._tasks.run(fn, on_success, self._failed, on_done=self._idle, owner=self)

    def _idle(self) -> None:
        self.busy = False
        self._update_buttons()

    def _failed(self, error: DomainError) -> None:
        self.show_message(error_text(error), error=True)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")

    def message(self) -> str:
        return self.message_label.text()
