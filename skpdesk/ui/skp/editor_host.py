"""What the parts of the SKP editor (RHK table, perilaku kerja, lampiran) need from the tab that
owns them: the SKP shown, the command context of its undo stack, a way to run an edit and a way
to open an edit dialog. `SkpTabWidget` implements it; tests may pass a small fake.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol

from skpdesk.domain.skp import Skp

from .form_dialog import FormDialog
from .skp_commands import CommandContext, SkpCommand


class SkpEditorHost(Protocol):
    @property
    def skp(self) -> Skp | None: ...

    @property
    def command_context(self) -> CommandContext: ...

    def execute(self, command: SkpCommand, dialog: FormDialog | None = None,
                select: Callable[[], Any] | None = None) -> None:
        """Run a new edit; a refusal goes to `dialog` (or the tab's message bar); `select()`
        runs after success (e.g. to select the new row)."""

    def open_dialog(self, dialog: FormDialog,
                    on_submit: Callable[[dict[str, Any], FormDialog], None]) -> None: ...
