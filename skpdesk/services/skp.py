"""Planning an SKP: create, edit RHK/indikator/perilaku/lampiran, the workflow, copy last year.

Every edit is refused on a non-draft SKP (`SKP_READ_ONLY`); storage enforces the same rule again.
The intervened RHK must belong to the supervisor's SKP of the same year (`parent_candidates`).
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import AsnType, PositionKind
from skpdesk.domain.skp import (TRANSITIONS, Approach, Aspect, CopiedSkp, LampiranSection, LostLink,
                                LostLinkReason, Perspective, Rhk, RhkKind, Skp, SkpForm, SkpStatus)

from skpdesk.domain.acting import Permission

from . import fields as F
from .acting import check_workflow_step, permissions
from .evidence.plans import refuse_delete_with_records
from .outcome import Outcome

MAX_TEXT = 4000


class SkpService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- reads
    def get(self, skp_id: str) -> Skp:
        with self._db.reader() as uow:
            skp = uow.skp.load(skp_id)
        if skp is None:
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id)
        return skp

    def find(self, pegawai_id: str, year: int) -> Skp | None:
        with self._db.reader() as uow:
            summary = uow.skp.find(pegawai_id, year)
            return uow.skp.load(summary.id) if summary else None

    def for_pegawai(self, pegawai_id: str, year: int) -> Skp:
        skp = self.find(pegawai_id, year)
        if skp is None:
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(year))
        return skp

    def rhk(self, rhk_id: str) -> Rhk:
        """One RHK with its indicators (RHK_NOT_FOUND names the id)."""
        with self._db.reader() as uow:
            return self._rhk(uow, rhk_id)

    def parent_candidates(self, skp_id: str) -> list[Rhk]:
        """The supervisor's Utama RHK of the same year: the list an RHK's parent is picked from."""
        with self._db.reader() as uow:
            return self._candidates(uow, self._load(uow, skp_id))

    @staticmethod
    def _candidates(uow, skp: Skp) -> list[Rhk]:
        pegawai = uow.people.get(skp.pegawai_id)
        if pegawai is None or pegawai.supervisor_id is None:
            return []
        summary = uow.skp.find(pegawai.supervisor_id, skp.year)
        if summary is None:
            return []
        return [r for r in uow.skp.load(summary.id).rhk if r.kind is RhkKind.UTAMA]

    # --- helpers
    @staticmethod
    def _load(uow, skp_id: str) -> Skp:
        skp = uow.skp.load(skp_id)
        if skp is None:
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id)
        return skp

    def _editable(self, uow, skp_id: str) -> Skp:
        skp = self._load(uow, skp_id)
        if skp.status is not SkpStatus.DRAFT:
            raise DomainError(ErrorCode.SKP_READ_ONLY, field="status", status=skp.status.value)
        return skp

    def _rhk(self, uow, rhk_id: str) -> Rhk:
        rhk = uow.skp.rhk(rhk_id)
        if rhk is None:
            raise DomainError(ErrorCode.RHK_NOT_FOUND, field="rhk", value=rhk_id)
        return rhk

    def _done(self, uow, skp_id: str) -> Outcome[Skp]:
        uow.flush()
        skp = uow.skp.load(skp_id)
        return Outcome(skp, uow.changes)

    # --- create
    def create(self, pegawai_id: str, year: int, *, approach: str | Approach = Approach.KUANTITATIF,
               period_start: dt.date | str | None = None,
               period_end: dt.date | str | None = None) -> Outcome[Skp]:
        year = F.year(year, "tahun")
        approach = F.choice(approach, Approach, "pendekatan")
        start = F.date(period_start, "periode_awal") if period_start else dt.date(year, 1, 1)
        end = F.date(period_end, "periode_akhir") if period_end else dt.date(year, 12, 31)
        if start > end or start.year != year or end.year != year:
            raise DomainError(ErrorCode.SKP_PERIOD_INVALID, field="periode_awal",
                              start=start.isoformat(), end=end.isoformat(), year=year)
        with self._db.unit_of_work(self._actor) as uow:
            skp_id = self._create(uow, pegawai_id, year, approach, start, end)
            result = self._done(uow, skp_id)
        return result

    def _create(self, uow, pegawai_id, year, approach, start, end) -> str:
        pegawai = uow.people.get(pegawai_id)
        if pegawai is None:
            raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=pegawai_id)
        if pegawai.asn_type is AsnType.NON_ASN:
            raise DomainError(ErrorCode.SKP_NOT_ALLOWED_FOR_NON_ASN, field="jenis_asn", name=pegawai.name)
        clash = uow.skp.overlapping(pegawai_id, start, end)
        if clash is not None:
            raise DomainError(ErrorCode.SKP_EXISTS, field="periode_awal", year=year,
                              start=clash.period_start.isoformat(), end=clash.period_end.isoformat())
        form = SkpForm.JPT if pegawai.position_kind is PositionKind.JPT else SkpForm.JA_JF
        skp_id = uow.skp.create({
            "pegawai_id": pegawai_id, "appraiser_id": pegawai.supervisor_id, "year": year,
            "period_start": start, "period_end": end, "approach": approach.value, "form": form.value,
            "position": pegawai.position, "unit_path": pegawai.unit_path,
            "status": SkpStatus.DRAFT.value})
        for value in uow.office.core_values():
            uow.skp.set_behaviour(skp_id, value.id, "")
        return skp_id

    def set_approach(self, skp_id: str, approach: str | Approach) -> Outcome[Skp]:
        approach = F.choice(approach, Approach, "pendekatan")
        with self._db.unit_of_work(self._actor) as uow:
            skp = self._editable(uow, skp_id)
            uow.skp.update(skp_id, {"approach": approach.value})
            if approach is Approach.KUALITATIF:
                # Kualitatif indicators carry no aspek; the old values stay in the journal.
                for rhk in skp.rhk:
                    for ind in rhk.indicators:
                        if ind.aspect is not None:
                            uow.skp.update_indicator(ind.id, {"aspect": None})
            return self._done(uow, skp_id)

    # --- RHK
    def _rhk_fields(self, uow, skp: Skp, kind: RhkKind, text: str, parent_rhk_id: str | None,
                    perspective, assignment_from: str) -> dict:
        text = F.text(text, "rhk", max_len=MAX_TEXT)
        persp = F.choice(perspective, Perspective, "perspektif", required=False)
        if persp is not None and skp.form is not SkpForm.JPT:
            raise DomainError(ErrorCode.RHK_PERSPECTIVE_JPT_ONLY, field="perspektif")
        assignment = F.text(assignment_from, "penugasan_dari", max_len=200, required=False)
        if assignment and skp.form is not SkpForm.JPT:
            raise DomainError(ErrorCode.RHK_PERSPECTIVE_JPT_ONLY, field="penugasan_dari")
        if parent_rhk_id:
            if kind is RhkKind.TAMBAHAN:
                raise DomainError(ErrorCode.RHK_PARENT_FOR_TAMBAHAN, field="rhk_intervensi")
            if parent_rhk_id not in {r.id for r in self._candidates(uow, skp)}:
                raise DomainError(ErrorCode.RHK_PARENT_NOT_SUPERVISOR, field="rhk_intervensi",
                                  value=parent_rhk_id)
        return {"kind": kind.value, "text": text, "parent_rhk_id": parent_rhk_id or None,
                "perspective": persp.value if persp else None, "assignment_from": assignment}

    def add_rhk(self, skp_id: str, text: str, *, kind: str | RhkKind = RhkKind.UTAMA,
                parent_rhk_id: str | None = None, perspective: str | Perspective | None = None,
                assignment_from: str = "") -> Outcome[Rhk]:
        kind = F.choice(kind, RhkKind, "jenis_rhk")
        with self._db.unit_of_work(self._actor) as uow:
            skp = self._editable(uow, skp_id)
            fields = self._rhk_fields(uow, skp, kind, text, parent_rhk_id, perspective, assignment_from)
            fields["position"] = len(skp.rhk_of(kind)) + 1
            rhk_id = uow.skp.add_rhk(skp_id, fields)
            uow.flush()
            rhk = uow.skp.rhk(rhk_id)
        return Outcome(rhk, uow.changes)

    def update_rhk(self, rhk_id: str, *, text: str | None = None, kind: str | RhkKind | None = None,
                   parent_rhk_id: str | None | type[...] = ..., perspective=...,
                   assignment_from: str | None = None) -> Outcome[Rhk]:
        """Change any of the given fields; `...` (the default) leaves a field as it is."""
        with self._db.unit_of_work(self._actor) as uow:
            rhk = self._rhk(uow, rhk_id)
            skp = self._editable(uow, rhk.skp_id)
            new_kind = F.choice(kind, RhkKind, "jenis_rhk") if kind is not None else rhk.kind
            fields = self._rhk_fields(
                uow, skp, new_kind, rhk.text if text is None else text,
                rhk.parent_rhk_id if parent_rhk_id is ... else parent_rhk_id,
                rhk.perspective if perspective is ... else perspective,
                rhk.assignment_from if assignment_from is None else assignment_from)
            if new_kind is not rhk.kind:
                fields["position"] = len(skp.rhk_of(new_kind)) + 1
            uow.skp.update_rhk(rhk_id, fields)
            if new_kind is not rhk.kind:
                self._renumber(uow.skp.rhk_ids(skp.id, rhk.kind.value), uow.skp.update_rhk)
            uow.flush()
            result = uow.skp.rhk(rhk_id)
        return Outcome(result, uow.changes)

    def delete_rhk(self, rhk_id: str) -> Outcome[None]:
        with self._db.unit_of_work(self._actor) as uow:
            rhk = self._rhk(uow, rhk_id)
            skp = self._editable(uow, rhk.skp_id)
            children = uow.skp.rhk_intervening(rhk_id)
            if children:
                raise DomainError(ErrorCode.RHK_IN_USE, field="rhk", count=len(children))
            refuse_delete_with_records(uow, rhk)
            uow.skp.delete_rhk(rhk_id)
            uow.flush()
            self._renumber(uow.skp.rhk_ids(skp.id, rhk.kind.value), uow.skp.update_rhk)
        return Outcome(None, uow.changes)

    def move_rhk(self, rhk_id: str, new_position: int) -> Outcome[Skp]:
        """Move an RHK within its section (A. Utama or B. Tambahan); positions count from 1."""
        with self._db.unit_of_work(self._actor) as uow:
            rhk = self._rhk(uow, rhk_id)
            self._editable(uow, rhk.skp_id)
            ids = uow.skp.rhk_ids(rhk.skp_id, rhk.kind.value)
            self._renumber(self._moved(ids, rhk_id, new_position), uow.skp.update_rhk)
            return self._done(uow, rhk.skp_id)

    @staticmethod
    def _moved(ids: list[str], item_id: str, new_position: int) -> list[str]:
        ids = [i for i in ids if i != item_id]
        index = min(max(int(new_position), 1), len(ids) + 1) - 1
        ids.insert(index, item_id)
        return ids

    @staticmethod
    def _renumber(ids: list[str], update) -> None:
        for position, item_id in enumerate(ids, start=1):
            update(item_id, {"position": position})

    # --- indikator
    def _indicator_fields(self, skp: Skp, text: str, aspect, target_value: str, target_unit: str) -> dict:
        text = F.text(text, "indikator", max_len=MAX_TEXT)
        asp = F.choice(aspect, Aspect, "aspek", required=False)
        needs_aspect = skp.form is SkpForm.JA_JF and skp.approach is Approach.KUANTITATIF
        if needs_aspect and asp is None:
            raise DomainError(ErrorCode.INDICATOR_ASPECT_REQUIRED, field="aspek")
        if not needs_aspect and asp is not None:
            raise DomainError(ErrorCode.INDICATOR_ASPECT_NOT_ALLOWED, field="aspek",
                              form=skp.form.value, approach=skp.approach.value)
        return {"text": text, "aspect": asp.value if asp else None,
                "target_value": F.text(target_value, "target", max_len=100, required=False),
                "target_unit": F.text(target_unit, "satuan", max_len=100, required=False)}

    def add_indicator(self, rhk_id: str, text: str, *, aspect=None, target_value: str = "",
                      target_unit: str = "") -> Outcome[Rhk]:
        with self._db.unit_of_work(self._actor) as uow:
            rhk = self._rhk(uow, rhk_id)
            skp = self._editable(uow, rhk.skp_id)
            fields = self._indicator_fields(skp, text, aspect, target_value, target_unit)
            fields["position"] = len(rhk.indicators) + 1
            uow.skp.add_indicator(rhk_id, fields)
            uow.flush()
            result = uow.skp.rhk(rhk_id)
        return Outcome(result, uow.changes)

    def update_indicator(self, indicator_id: str, *, text: str | None = None, aspect=...,
                         target_value: str | None = None, target_unit: str | None = None) -> Outcome[Rhk]:
        with self._db.unit_of_work(self._actor) as uow:
            ind = uow.skp.indicator(indicator_id)
            if ind is None:
                raise DomainError(ErrorCode.INDICATOR_NOT_FOUND, field="indikator", value=indicator_id)
            rhk = self._rhk(uow, ind.rhk_id)
            skp = self._editable(uow, rhk.skp_id)
            fields = self._indicator_fields(
                skp, ind.text if text is None else text, ind.aspect if aspect is ... else aspect,
                ind.target_value if target_value is None else target_value,
                ind.target_unit if target_unit is None else target_unit)
            uow.skp.update_indicator(indicator_id, fields)
            uow.flush()
            result = uow.skp.rhk(rhk.id)
        return Outcome(result, uow.changes)

    def delete_indicator(self, indicator_id: str) -> Outcome[Rhk]:
        with self._db.unit_of_work(self._actor) as uow:
            ind = uow.skp.indicator(indicator_id)
            if ind is None:
                raise DomainError(ErrorCode.INDICATOR_NOT_FOUND, field="indikator", value=indicator_id)
            rhk = self._rhk(uow, ind.rhk_id)
            self._editable(uow, rhk.skp_id)
            refuse_delete_with_records(uow, rhk, ind)
            uow.skp.delete_indicator(indicator_id)
            uow.flush()
            self._renumber(uow.skp.indicator_ids(rhk.id), uow.skp.update_indicator)
            uow.flush()
            result = uow.skp.rhk(rhk.id)
        return Outcome(result, uow.changes)

    def move_indicator(self, indicator_id: str, new_position: int) -> Outcome[Rhk]:
        with self._db.unit_of_work(self._actor) as uow:
            ind = uow.skp.indicator(indicator_id)
            if ind is None:
                raise DomainError(ErrorCode.INDICATOR_NOT_FOUND, field="indikator", value=indicator_id)
            rhk = self._rhk(uow, ind.rhk_id)
            self._editable(uow, rhk.skp_id)
            ids = self._moved(uow.skp.indicator_ids(rhk.id), indicator_id, new_position)
            self._renumber(ids, uow.skp.update_indicator)
            uow.flush()
            result = uow.skp.rhk(rhk.id)
        return Outcome(result, uow.changes)

    # --- perilaku kerja
    def set_expectation(self, skp_id: str, core_value_id: str, expectation: str) -> Outcome[Skp]:
        """Ekspektasi khusus pimpinan for one BerAKHLAK value (empty text clears it)."""
        text = F.text(expectation, "ekspektasi", max_len=MAX_TEXT, required=False)
        with self._db.unit_of_work(self._actor) as uow:
            self._editable(uow, skp_id)
            if not any(v.id == core_value_id for v in uow.office.core_values()):
                raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field="perilaku", value=core_value_id)
            uow.skp.set_behaviour(skp_id, core_value_id, text)
            return self._done(uow, skp_id)

    # --- lampiran
    def add_lampiran(self, skp_id: str, section: str | LampiranSection, text: str) -> Outcome[Skp]:
        section = F.choice(section, LampiranSection, "bagian_lampiran")
        text = F.text(text, "lampiran", max_len=MAX_TEXT)
        with self._db.unit_of_work(self._actor) as uow:
            skp = self._editable(uow, skp_id)
            uow.skp.add_lampiran(skp_id, section.value, len(skp.lampiran_of(section)) + 1, text)
            return self._done(uow, skp_id)

    def _lampiran(self, uow, item_id: str):
        item = uow.skp.lampiran_item(item_id)
        if item is None:
            raise DomainError(ErrorCode.LAMPIRAN_ITEM_NOT_FOUND, field="lampiran", value=item_id)
        self._editable(uow, item.skp_id)
        return item

    def update_lampiran(self, item_id: str, text: str) -> Outcome[Skp]:
        text = F.text(text, "lampiran", max_len=MAX_TEXT)
        with self._db.unit_of_work(self._actor) as uow:
            item = self._lampiran(uow, item_id)
            uow.skp.update_lampiran(item_id, {"text": text})
            return self._done(uow, item.skp_id)

    def delete_lampiran(self, item_id: str) -> Outcome[Skp]:
        with self._db.unit_of_work(self._actor) as uow:
            item = self._lampiran(uow, item_id)
            uow.skp.delete_lampiran(item_id)
            uow.flush()
            self._renumber(uow.skp.lampiran_ids(item.skp_id, item.section.value), uow.skp.update_lampiran)
            return self._done(uow, item.skp_id)

    def move_lampiran(self, item_id: str, new_position: int) -> Outcome[Skp]:
        with self._db.unit_of_work(self._actor) as uow:
            item = self._lampiran(uow, item_id)
            ids = self._moved(uow.skp.lampiran_ids(item.skp_id, item.section.value), item_id, new_position)
            self._renumber(ids, uow.skp.update_lampiran)
            return self._done(uow, item.skp_id)

    # --- workflow
    # Each step checks the acting pegawai's role (`domain.acting.workflow_permission`): the
    # pegawai or the penilai submits, only the penilai approves, returns or reopens, and a
    # pengelola kinerja may act for them with `on_behalf_reason` (journaled as "atas nama";
    # ignored when the acting pegawai may take the step in their own right).
    def allowed(self, skp_id: str) -> dict[str, Permission]:
        """submit/approve/return/reopen -> may the acting pegawai take that step on this SKP
        (by role only; whether the status allows it is `domain.skp.TRANSITIONS`)."""
        with self._db.reader() as uow:
            return permissions(uow, self._load(uow, skp_id))

    def submit(self, skp_id: str, note: str = "", *, on_behalf_reason: str = "") -> Outcome[Skp]:
        return self._transition(skp_id, "submit", note, on_behalf_reason)

    def approve(self, skp_id: str, note: str = "", *, on_behalf_reason: str = "") -> Outcome[Skp]:
        return self._transition(skp_id, "approve", note, on_behalf_reason)

    def return_to_draft(self, skp_id: str, note: str, *, on_behalf_reason: str = "") -> Outcome[Skp]:
        """Kembalikan: back to Draft with a note for the pegawai."""
        return self._transition(skp_id, "return", note, on_behalf_reason)

    def reopen(self, skp_id: str, reason: str, *, on_behalf_reason: str = "") -> Outcome[Skp]:
        """Buka kembali an approved SKP; the reason is kept on the SKP and in the journal."""
        return self._transition(skp_id, "reopen", reason, on_behalf_reason)

    def _transition(self, skp_id: str, action: str, note: str, on_behalf_reason: str = "") -> Outcome[Skp]:
        source, target, note_required = TRANSITIONS[action]
        note = F.text(note, "catatan", max_len=MAX_TEXT, required=False)
        if note_required and not note:
            raise DomainError(ErrorCode.SKP_NOTE_REQUIRED, field="catatan", action=action)
        reason = F.text(on_behalf_reason, "alasan_atas_nama", max_len=MAX_TEXT, required=False)
        with self._db.unit_of_work(self._actor) as uow:
            skp = self._load(uow, skp_id)
            if skp.status is not source:
                raise DomainError(ErrorCode.SKP_TRANSITION_NOT_ALLOWED, field="status", action=action,
                                  status=skp.status.value)
            check_workflow_step(uow, skp, action, reason)
            if action == "submit":
                problems = completeness_problems(skp)
                if problems:
                    raise DomainError(ErrorCode.SKP_INCOMPLETE, field="skp", problems=problems)
            fields = {"status": target.value, "status_note": note}
            if action in ("return", "reopen"):
                # Back to draft starts a new epoch: edits made elsewhere against the submitted
                # or approved SKP stay frozen instead of overwriting it (sync design §2).
                fields["epoch"] = uow.skp.next_epoch(skp_id)
            uow.skp.update(skp_id, fields)
            return self._done(uow, skp_id)

    # --- copy
    def copy_from_last_year(self, pegawai_id: str,
                            year: int | None = None) -> Outcome[CopiedSkp]:
        """A new draft for `year` (default: this year) from the pegawai's SKP of the year before.

        Links to the supervisor's RHK are carried over where the supervisor's SKP for the new
        year has an Utama RHK with the same text; the others are left for the user to pick, and
        the result names each of them with the reason (`CopiedSkp.lost_links`), so the window
        and the CLI can say which RHK lost their link instead of leaving them silently empty.
        """
        year = F.year(year if year is not None else dt.date.today().year, "tahun")
        with self._db.unit_of_work(self._actor) as uow:
            prev_summary = uow.skp.find(pegawai_id, year - 1)
            if prev_summary is None:
                raise DomainError(ErrorCode.SKP_NO_PREVIOUS, field="tahun", year=year - 1)
            prev = uow.skp.load(prev_summary.id)
            new_id = self._create(uow, pegawai_id, year, prev.approach, dt.date(year, 1, 1),
                                  dt.date(year, 12, 31))
            uow.flush()
            new = uow.skp.load(new_id)
            by_text = {r.text: r.id for r in self._candidates(uow, new)}
            lost: list[LostLink] = []
            for rhk in prev.rhk:
                parent = by_text.get(rhk.parent_rhk_text) if rhk.parent_rhk_text else None
                if rhk.parent_rhk_text and rhk.kind is RhkKind.UTAMA and parent is None:
                    lost.append(LostLink(rhk.kind, rhk.position, rhk.text, rhk.parent_rhk_text,
                                         self._lost_reason(uow, new)))
                rid = uow.skp.add_rhk(new_id, {
                    "kind": rhk.kind.value, "position": rhk.position, "text": rhk.text,
                    "parent_rhk_id": parent if rhk.kind is RhkKind.UTAMA else None,
                    "perspective": rhk.perspective.value if rhk.perspective else None,
                    "assignment_from": rhk.assignment_from})
                for ind in rhk.indicators:
                    uow.skp.add_indicator(rid, {
                        "position": ind.position, "aspect": ind.aspect.value if ind.aspect else None,
                        "text": ind.text, "target_value": ind.target_value,
                        "target_unit": ind.target_unit})
            for beh in prev.behaviours:
                if beh.expectation:
                    uow.skp.set_behaviour(new_id, beh.core_value.id, beh.expectation)
            for item in prev.lampiran:
                uow.skp.add_lampiran(new_id, item.section.value, item.position, item.text)
            done = self._done(uow, new_id)
            return Outcome(CopiedSkp(done.value, tuple(lost)), done.changes)

    @staticmethod
    def _lost_reason(uow, skp: Skp) -> LostLinkReason:
        pegawai = uow.people.get(skp.pegawai_id)
        if pegawai is None or pegawai.supervisor_id is None:
            return LostLinkReason.NO_SUPERVISOR
        if uow.skp.find(pegawai.supervisor_id, skp.year) is None:
            return LostLinkReason.NO_SUPERVISOR_SKP
        return LostLinkReason.NO_MATCHING_RHK


def completeness_problems(skp: Skp) -> list[dict]:
    """What keeps a draft from being submitted, as (rule, where) records for the message."""
    problems: list[dict] = []
    if not skp.rhk_of(RhkKind.UTAMA):
        problems.append({"rule": "no_utama_rhk"})
    for rhk in skp.rhk:
        label = f"{'A' if rhk.kind is RhkKind.UTAMA else 'B'}.{rhk.position}"
        if not rhk.indicators:
            problems.append({"rule": "rhk_without_indicator", "rhk": label})
        if skp.approach is Approach.KUANTITATIF:
            for ind in rhk.indicators:
                if not ind.target_value:
                    problems.append({"rule": "indicator_without_target", "rhk": label,
                                     "indicator": ind.position})
                if skp.form is SkpForm.JA_JF and ind.aspect is None:
                    # e.g. after switching a kualitatif draft to kuantitatif
                    problems.append({"rule": "indicator_without_aspect", "rhk": label,
                                     "indicator": ind.position})
    return problems
