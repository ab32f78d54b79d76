"""Undoable edits of one SKP: `QUndoCommand`s whose redo()/undo() call `SkpService`.

Each command knows how to do its edit (`apply`) and how to take it back (`revert`); both are
plain service calls and return the `Changes` they made, so they run on the database worker and
can be tested without any widget. `skp_undo_session.SkpUndoSession` (one per open SKP, owning
its `QUndoStack`) runs them through the `TaskRunner`, so that a refused edit, undo or redo leaves
the database and the stack as they were. Pushed on a plain `QUndoStack`, redo()/undo() call the
services directly and keep a refusal in `error`.

Rows re-created by an undo (a deleted RHK) or by a redo (of an add) get new ids. `IdMap` links
each earlier id to the current one, so commands further down the stack still find their row.
A command's service calls that belong together run in one job; when a later call fails, the
earlier ones are taken back, so a failed command changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError
from skpdesk.domain.skp import Approach, Indicator, LampiranItem, LampiranSection, Rhk, RhkKind
from skpdesk.services.outcome import Outcome
from skpdesk.services.skp import SkpService


class IdMap:
    """First id of a row -> the id of its current incarnation."""

    def __init__(self) -> None:
        self._next: dict[str, str] = {}

    def resolve(self, row_id: str) -> str:
        seen = set()
        while row_id in self._next and row_id not in seen:
            seen.add(row_id)
            row_id = self._next[row_id]
        return row_id

    def renew(self, row_id: str, new_id: str) -> None:
        """`row_id` (any earlier id) was re-created as `new_id`."""
        current = self.resolve(row_id)
        if current != new_id:
            self._next[current] = new_id


@dataclass
class CommandContext:
    skp: SkpService
    ids: IdMap = field(default_factory=IdMap)


class SkpCommand(QUndoCommand):
    """Base: `apply()` does the edit, `revert()` takes it back; both return the Changes."""

    def __init__(self, ctx: CommandContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.skip_next = False  # the session already ran the service calls of the next redo/undo
        self.error: DomainError | None = None  # of the last direct redo()/undo()

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        self._direct(self.apply)

    def undo(self) -> None:
        self._direct(self.revert)

    def _direct(self, work: Callable[[], Changes]) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        try:
            work()
            self.error = None
        except DomainError as error:  # a stack used without a session: keep the refusal
            self.error = error

    # helpers for subclasses
    @property
    def svc(self) -> SkpService:
        return self.ctx.skp

    def rid(self, row_id: str | None) -> str | None:
        return self.ctx.ids.resolve(row_id) if row_id else row_id


def _merge(*outcomes: Outcome) -> Changes:
    changes = Changes()
    for outcome in outcomes:
        changes.merge(outcome.changes)
    return changes


def _undoing(steps: list[Callable[[], Any]], work: Callable[[], Changes]) -> Changes:
    """Run `work`; if it fails, run the compensating `steps` it registered (newest first)."""
    try:
        return work()
    except Exception:
        for step in reversed(steps):
            try:
                step()
            except DomainError:
                pass
        raise


# --- RHK
def rhk_fields(rhk: Rhk) -> dict[str, Any]:
    return {"text": rhk.text, "kind": rhk.kind, "parent_rhk_id": rhk.parent_rhk_id,
            "perspective": rhk.perspective, "assignment_from": rhk.assignment_from}


class AddRhkCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, skp_id: str, text: str, *, kind: RhkKind,
                 parent_rhk_id: str | None = None, perspective=None, assignment_from: str = "",
                 label: str = "") -> None:
        super().__init__(ctx, label or "RHK")
        self.skp_id = skp_id
        self.fields = {"text": text, "kind": kind, "parent_rhk_id": parent_rhk_id,
                       "perspective": perspective, "assignment_from": assignment_from}
        self.rhk_id: str | None = None  # the first id; later incarnations through ctx.ids

    def apply(self) -> Changes:
        out = self.svc.add_rhk(self.skp_id, **self.fields)
        if self.rhk_id is None:
            self.rhk_id = out.value.id
        else:
            self.ctx.ids.renew(self.rhk_id, out.value.id)
        return out.changes

    def revert(self) -> Changes:
        return self.svc.delete_rhk(self.rid(self.rhk_id)).changes


class EditRhkCommand(SkpCommand):
    """Change some fields of an RHK; `old`/`new` hold only the changed ones."""

    def __init__(self, ctx: CommandContext, rhk: Rhk, new: dict[str, Any],
                 label: str = "") -> None:
        super().__init__(ctx, label or "RHK")
        self.rhk_id = rhk.id
        self.position = rhk.position
        old = rhk_fields(rhk)
        self.new = {k: v for k, v in new.items() if old[k] != v}
        self.old = {k: old[k] for k in self.new}

    @property
    def changes_anything(self) -> bool:
        return bool(self.new)

    def apply(self) -> Changes:
        return self.svc.update_rhk(self.rid(self.rhk_id), **self.new).changes

    def revert(self) -> Changes:
        rhk_id = self.rid(self.rhk_id)
        changes = self.svc.update_rhk(rhk_id, **self.old).changes
        if "kind" in self.old:  # back into its old section at its old place
            changes.merge(self.svc.move_rhk(rhk_id, self.position).changes)
        return changes


class DeleteRhkCommand(SkpCommand):
    """Delete an RHK with its indicators; undo re-creates both, at the same place."""

    def __init__(self, ctx: CommandContext, rhk: Rhk, label: str = "") -> None:
        super().__init__(ctx, label or "RHK")
        self.rhk = rhk

    def apply(self) -> Changes:
        return self.svc.delete_rhk(self.rid(self.rhk.id)).changes

    def revert(self) -> Changes:
        steps: list[Callable[[], Any]] = []

        def work() -> Changes:
            r = self.rhk
            added = self.svc.add_rhk(r.skp_id, r.text, kind=r.kind, parent_rhk_id=r.parent_rhk_id,
                                     perspective=r.perspective, assignment_from=r.assignment_from)
            new_id = added.value.id
            steps.append(lambda: self.svc.delete_rhk(new_id))
            outcomes = [added, self.svc.move_rhk(new_id, r.position)]
            new_indicators = []
            for ind in r.indicators:
                out = self.svc.add_indicator(new_id, ind.text, aspect=ind.aspect,
                                             target_value=ind.target_value,
                                             target_unit=ind.target_unit)
                outcomes.append(out)
                new_indicators.append((ind.id, _newest(out.value.indicators).id))
            self.ctx.ids.renew(r.id, new_id)
            for old_id, new_ind in new_indicators:
                self.ctx.ids.renew(old_id, new_ind)
            return _merge(*outcomes)

        return _undoing(steps, work)


class MoveRhkCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, rhk_id: str, old_position: int, new_position: int,
                 label: str = "") -> None:
        super().__init__(ctx, label or "RHK")
        self.rhk_id, self.old_position, self.new_position = rhk_id, old_position, new_position

    def apply(self) -> Changes:
        return self.svc.move_rhk(self.rid(self.rhk_id), self.new_position).changes

    def revert(self) -> Changes:
        return self.svc.move_rhk(self.rid(self.rhk_id), self.old_position).changes


# --- indikator
def _newest(indicators: tuple[Indicator, ...]) -> Indicator:
    return max(indicators, key=lambda i: i.position)


def indicator_fields(ind: Indicator) -> dict[str, Any]:
    return {"text": ind.text, "aspect": ind.aspect, "target_value": ind.target_value,
            "target_unit": ind.target_unit}


class AddIndicatorCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, rhk_id: str, text: str, *, aspect=None,
                 target_value: str = "", target_unit: str = "", label: str = "") -> None:
        super().__init__(ctx, label or "IKI")
        self.rhk_id = rhk_id
        self.fields = {"text": text, "aspect": aspect, "target_value": target_value,
                       "target_unit": target_unit}
        self.indicator_id: str | None = None

    def apply(self) -> Changes:
        out = self.svc.add_indicator(self.rid(self.rhk_id), **self.fields)
        new_id = _newest(out.value.indicators).id
        if self.indicator_id is None:
            self.indicator_id = new_id
        else:
            self.ctx.ids.renew(self.indicator_id, new_id)
        return out.changes

    def revert(self) -> Changes:
        return self.svc.delete_indicator(self.rid(self.indicator_id)).changes


class EditIndicatorCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, indicator: Indicator, new: dict[str, Any],
                 label: str = "") -> None:
        super().__init__(ctx, label or "IKI")
        self.indicator_id = indicator.id
        old = indicator_fields(indicator)
        self.new = {k: v for k, v in new.items() if old[k] != v}
        self.old = {k: old[k] for k in self.new}

    @property
    def changes_anything(self) -> bool:
        return bool(self.new)

    def apply(self) -> Changes:
        return self.svc.update_indicator(self.rid(self.indicator_id), **self.new).changes

    def revert(self) -> Changes:
        return self.svc.update_indicator(self.rid(self.indicator_id), **self.old).changes


class DeleteIndicatorCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, indicator: Indicator, label: str = "") -> None:
        super().__init__(ctx, label or "IKI")
        self.indicator = indicator

    def apply(self) -> Changes:
        return self.svc.delete_indicator(self.rid(self.indicator.id)).changes

    def revert(self) -> Changes:
        steps: list[Callable[[], Any]] = []

        def work() -> Changes:
            ind = self.indicator
            added = self.svc.add_indicator(self.rid(ind.rhk_id), ind.text, aspect=ind.aspect,
                                           target_value=ind.target_value,
                                           target_unit=ind.target_unit)
            new_id = _newest(added.value.indicators).id
            steps.append(lambda: self.svc.delete_indicator(new_id))
            moved = self.svc.move_indicator(new_id, ind.position)
            self.ctx.ids.renew(ind.id, new_id)
            return _merge(added, moved)

        return _undoing(steps, work)


class MoveIndicatorCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, indicator_id: str, old_position: int,
                 new_position: int, label: str = "") -> None:
        super().__init__(ctx, label or "IKI")
        self.indicator_id = indicator_id
        self.old_position, self.new_position = old_position, new_position

    def apply(self) -> Changes:
        return self.svc.move_indicator(self.rid(self.indicator_id), self.new_position).changes

    def revert(self) -> Changes:
        return self.svc.move_indicator(self.rid(self.indicator_id), self.old_position).changes


# --- SKP, perilaku kerja
class SetApproachCommand(SkpCommand):
    """Change the pendekatan; undo also gives back the aspek that kualitatif cleared."""

    def __init__(self, ctx: CommandContext, skp, approach: Approach, label: str = "") -> None:
        super().__init__(ctx, label or "SKP")
        self.skp_id = skp.id
        self.old, self.new = skp.approach, approach
        self.aspects = [(ind.id, ind.aspect) for r in skp.rhk for ind in r.indicators
                        if ind.aspect is not None]

    def apply(self) -> Changes:
        return self.svc.set_approach(self.skp_id, self.new).changes

    def revert(self) -> Changes:
        changes = self.svc.set_approach(self.skp_id, self.old).changes
        if self.new is Approach.KUALITATIF:
            for ind_id, aspect in self.aspects:
                changes.merge(self.svc.update_indicator(self.rid(ind_id), aspect=aspect).changes)
        return changes


class SetExpectationCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, skp_id: str, core_value_id: str, old: str, new: str,
                 label: str = "") -> None:
        super().__init__(ctx, label or "Ekspektasi")
        self.skp_id, self.core_value_id, self.old, self.new = skp_id, core_value_id, old, new

    def apply(self) -> Changes:
        return self.svc.set_expectation(self.skp_id, self.core_value_id, self.new).changes

    def revert(self) -> Changes:
        return self.svc.set_expectation(self.skp_id, self.core_value_id, self.old).changes


# --- lampiran
def _last_in(skp, section: LampiranSection) -> LampiranItem:
    return max(skp.lampiran_of(section), key=lambda i: i.position)


class AddLampiranCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, skp_id: str, section: LampiranSection, text: str,
                 label: str = "") -> None:
        super().__init__(ctx, label or "Lampiran")
        self.skp_id, self.section, self.text_value = skp_id, section, text
        self.item_id: str | None = None

    def apply(self) -> Changes:
        out = self.svc.add_lampiran(self.skp_id, self.section, self.text_value)
        new_id = _last_in(out.value, self.section).id
        if self.item_id is None:
            self.item_id = new_id
        else:
            self.ctx.ids.renew(self.item_id, new_id)
        return out.changes

    def revert(self) -> Changes:
        return self.svc.delete_lampiran(self.rid(self.item_id)).changes


class EditLampiranCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, item: LampiranItem, new_text: str,
                 label: str = "") -> None:
        super().__init__(ctx, label or "Lampiran")
        self.item_id, self.old, self.new = item.id, item.text, new_text

    def apply(self) -> Changes:
        return self.svc.update_lampiran(self.rid(self.item_id), self.new).changes

    def revert(self) -> Changes:
        return self.svc.update_lampiran(self.rid(self.item_id), self.old).changes


class DeleteLampiranCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, item: LampiranItem, label: str = "") -> None:
        super().__init__(ctx, label or "Lampiran")
        self.item = item

    def apply(self) -> Changes:
        return self.svc.delete_lampiran(self.rid(self.item.id)).changes

    def revert(self) -> Changes:
        steps: list[Callable[[], Any]] = []

        def work() -> Changes:
            item = self.item
            added = self.svc.add_lampiran(item.skp_id, item.section, item.text)
            new_id = _last_in(added.value, item.section).id
            steps.append(lambda: self.svc.delete_lampiran(new_id))
            moved = self.svc.move_lampiran(new_id, item.position)
            self.ctx.ids.renew(item.id, new_id)
            return _merge(added, moved)

        return _undoing(steps, work)


class MoveLampiranCommand(SkpCommand):
    def __init__(self, ctx: CommandContext, item_id: str, old_position: int, new_position: int,
                 label: str = "") -> None:
        super().__init__(ctx, label or "Lampiran")
        self.item_id, self.old_position, self.new_position = item_id, old_position, new_position

    def apply(self) -> Changes:
        return self.svc.move_lampiran(self.rid(self.item_id), self.new_position).changes

    def revert(self) -> Changes:
        return self.svc.move_lampiran(self.rid(self.item_id), self.old_position).changes
