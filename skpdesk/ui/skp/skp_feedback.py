"""Umpan balik berkelanjutan in the SKP tab: a `FeedbackPane` under the RHK tree and one under
the core values, following the selected row, and the "Beri umpan balik…" dialog.

The panes cost the RHK tree a few rows, so they are shown by the "Umpan balik" button of the
tab's top bar: on by default only while the tab is tall enough (`AUTO_SHOW_MIN_HEIGHT`; at
1024 × 700 the tree keeps its three RHK), and once the user presses the button, their choice.

The SKP's current feedback is read once per SKP shown (a short read on the GUI thread, like the
SKP itself) and grouped by RHK and by core value; giving feedback runs
`FeedbackService.add` on the worker and shows a refusal in the open dialog. Feedback is not part
of the SKP's content: it may be given on an approved (read-only) SKP, so the button follows the
SKP being shown, not its status; who may give it is the service's rule.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from skpdesk.domain.changes import Changes
from skpdesk.domain.dialog import Feedback
from skpdesk.domain.errors import DomainError
from skpdesk.domain.skp import Skp
from skpdesk.services.dialog.feedback import rhk_label

from ..i18n import arg
from .feedback_dialog import RHK_TARGET, VALUE_TARGET, FeedbackDialog
from .feedback_pane import FeedbackPane
from .form_dialog import FormDialog

if TYPE_CHECKING:
    from .skp_tab import SkpTabWidget

FEEDBACK_ENTITY = "umpan_balik"  # the table whose writes change what the panes show
AUTO_SHOW_MIN_HEIGHT = 760  # the tab's height from which the panes show until the user says


class SkpFeedback(QObject):
    def __init__(self, service, tab: "SkpTabWidget") -> None:
        super().__init__(tab)
        self._service = service
        self._tab = tab
        self._skp: Skp | None = None
        self._by_rhk: dict[str, list[Feedback]] = {}
        self._by_value: dict[str, list[Feedback]] = {}
        self.rhk_pane = FeedbackPane("rhkFeedback", tab.rhk_editor)
        self.value_pane = FeedbackPane("valueFeedback", tab.behaviour_view)
        tab.rhk_editor.add_detail_pane(self.rhk_pane)
        tab.behaviour_view.add_detail_pane(self.value_pane)
        tab.rhk_editor.tree.selectionModel().currentChanged.connect(lambda *_: self._show_rhk())
        tab.behaviour_view.table.currentCellChanged.connect(lambda *_: self._show_value())
        self.rhk_pane.give_requested.connect(lambda: self.give(self.rhk_target()))
        self.value_pane.give_requested.connect(lambda: self.give(self.value_target()))
        self.toggle_action = QAction(self.tr("Feedbac&k"), tab)
        self.toggle_action.setObjectName("feedbackToggle")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(self.tr(
            "Show the feedback on the selected RHK or work behaviour under the table"))
        self.toggle_action.toggled.connect(self._set_panes_visible)
        self.toggle_action.triggered.connect(self._chosen)
        self._user_chose = False
        tab.add_tool_action(self.toggle_action)
        self._set_panes_visible(False)
        tab.installEventFilter(self)

    # --- showing the panes
    def panes_shown(self) -> bool:
        return self.toggle_action.isChecked()

    def show_panes(self, shown: bool = True) -> None:
        """Show or hide the panes as the user's choice (the button does this)."""
        self._user_chose = True
        self.toggle_action.setChecked(shown)

    def _chosen(self, _checked: bool) -> None:
        self._user_chose = True

    def _set_panes_visible(self, shown: bool) -> None:
        self.rhk_pane.setVisible(shown)
        self.value_pane.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Until the user chooses, the panes follow the room there is.
        if watched is self._tab and event.type() == QEvent.Type.Resize and not self._user_chose:
            self.toggle_action.setChecked(self._tab.height() >= AUTO_SHOW_MIN_HEIGHT)
        return False

    # --- reading
    def set_skp(self, skp: Skp | None) -> None:
        self._skp = skp
        self._by_rhk, self._by_value = defaultdict(list), defaultdict(list)
        if skp is not None:
            try:
                current = self._service.for_skp(skp.id)
            except DomainError:  # e.g. a database that cannot be read now: nothing shown
                current = []
            for entry in current:  # newest first, as the service returns them
                if entry.rhk_id:
                    self._by_rhk[entry.rhk_id].append(entry)
                elif entry.core_value_id:
                    self._by_value[entry.core_value_id].append(entry)
        self._show_rhk()
        self._show_value()

    def affected_by(self, changes: Changes) -> bool:
        return changes.affects(FEEDBACK_ENTITY)

    def reload(self) -> None:
        self.set_skp(self._skp)

    def of_rhk(self, rhk_id: str) -> list[Feedback]:
        return list(self._by_rhk.get(rhk_id, ()))

    def of_value(self, core_value_id: str) -> list[Feedback]:
        return list(self._by_value.get(core_value_id, ()))

    # --- the selected targets
    def rhk_target(self) -> tuple[str, str] | None:
        rhk = self._tab.rhk_editor.current_rhk() if self._skp is not None else None
        return (RHK_TARGET, rhk.id) if rhk is not None else None

    def value_target(self) -> tuple[str, str] | None:
        row = self._tab.behaviour_view.table.currentRow()
        behaviours = self._skp.behaviours if self._skp is not None else ()
        if not 0 <= row < len(behaviours):
            return None
        return VALUE_TARGET, behaviours[row].core_value.id

    def _show_rhk(self) -> None:
        target = self.rhk_target()
        if target is None or self._skp is None:
            self.rhk_pane.show_feedback("", ())
            return
        self.rhk_pane.show_feedback(rhk_label(self._skp, target[1]), self.of_rhk(target[1]),
                                    can_give=True)

    def _show_value(self) -> None:
        target = self.value_target()
        if target is None or self._skp is None:
            self.value_pane.show_feedback("", ())
            return
        value = next(b.core_value for b in self._skp.behaviours if b.core_value.id == target[1])
        self.value_pane.show_feedback(arg(self.tr("%1. %2"), value.number, value.name),
                                      self.of_value(target[1]), can_give=True)

    # --- giving
    def give(self, target: tuple[str, str] | None = None) -> FeedbackDialog | None:
        """Open "Beri umpan balik" for `target` (the selected RHK or value by default)."""
        skp = self._skp
        if skp is None:
            return None
        dialog = FeedbackDialog(skp, target, parent=self._tab)
        self._tab.open_dialog(dialog, lambda values, dlg: self._add(skp.id, values, dlg))
        return dialog

    def _add(self, skp_id: str, values: dict[str, Any], dialog: FormDialog) -> None:
        service = self._service

        def add():
            return service.add(skp_id, rhk_id=values["rhk_id"],
                               core_value_id=values["core_value_id"], period=values["period"],
                               text=values["text"], given_on=values["given_on"])

        def added(_outcome) -> None:
            dialog.succeeded()
            self.reload()

        self._tab.run_task(add, added, dialog.failed)
