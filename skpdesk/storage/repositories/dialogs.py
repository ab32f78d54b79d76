"""Dialog kinerja, its participants, topics, addenda and tindak lanjut <-> `domain.dialog` values.

Rows come back whole (never redacted): `services.dialogs` applies the confidentiality rule for
the acting reader. Listing queries return ids in SQL order and load the values in a few
queries per batch, so a pegawai with years of dialogs stays quick.

Participants use a derived id (`natural_id("<dialog>/peserta/<pegawai>")`): the same person
added to one dialog on two replicas is one row.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import attributes

from skpdesk.domain.dialog import (ONLINE_PLACE, Addendum, Dialog, DialogKind, FollowUp,
                                   FollowUpStatus, PersonRef, Topic)
from skpdesk.domain.ids import natural_id
from skpdesk.domain.people import titled_name

from ..tables import (CoachingFeedbackRow, CompetencyEvaluationRow, CoreValueRow,
                      DialogAddendumRow, DialogParticipantRow, DialogRow, DialogTopicRow,
                      FeedbackRow, FollowUpRow, PegawaiRow, RhkRow, SkpRow)
from .base import RepositoryBase

# The dialog's content: what closing "seals" (journaled again with its value, so a draft edit
# made concurrently on another replica meets the closing write as a value conflict).
SEALED_FIELDS = ("held_on", "start_time", "duration_min", "place", "online", "kind", "led_by_id",
                 "led_by_name", "led_by_role", "agenda", "notes", "confidential")


def participant_row_id(dialog_id: str, pegawai_id: str) -> str:
    return natural_id(f"{dialog_id}/peserta/{pegawai_id}")


def rhk_label(position: int, kind: str, text: str) -> str:
    """"RHK 2: Tersedianya ..." (Tambahan RHK say so)."""
    prefix = "RHK" if kind == "utama" else "RHK Tambahan"
    return f"{prefix} {position}: {text}"


class DialogRepository(RepositoryBase):
    # --- people as records name them
    def _people(self, ids: Iterable[str | None]) -> dict[str, PersonRef]:
        wanted = sorted({i for i in ids if i})
        found: dict[str, PersonRef] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for r in self._s.execute(select(PegawaiRow.id, PegawaiRow.nip, PegawaiRow.name,
                                            PegawaiRow.front_title, PegawaiRow.back_title)
                                     .where(PegawaiRow.id.in_(chunk))).all():
                found[r.id] = PersonRef(titled_name(r.name, r.front_title, r.back_title), r.id, r.nip)
        return found

    def person(self, pegawai_id: str | None) -> PersonRef | None:
        return self._people([pegawai_id]).get(pegawai_id) if pegawai_id else None

    # --- dialogs: reads
    def exists(self, dialog_id: str) -> bool:
        return self._s.get(DialogRow, dialog_id) is not None

    def load(self, dialog_id: str) -> Dialog | None:
        found = self.load_many([dialog_id])
        return found[0] if found else None

    def load_many(self, dialog_ids: list[str]) -> list[Dialog]:
        """Whole dialogs in the order given (unknown ids left out)."""
        loaded: dict[str, Dialog] = {}
        for start in range(0, len(dialog_ids), 500):
            loaded.update(self._load_chunk(dialog_ids[start:start + 500]))
        return [loaded[i] for i in dialog_ids if i in loaded]

    def _load_chunk(self, ids: list[str]) -> dict[str, Dialog]:
        rows = self._s.execute(select(DialogRow).where(DialogRow.id.in_(ids))).scalars().all()
        if not rows:
            return {}
        parts = self._s.execute(
            select(DialogParticipantRow.dialog_id, DialogParticipantRow.pegawai_id)
            .where(DialogParticipantRow.dialog_id.in_(ids))
            .order_by(DialogParticipantRow.created_at, DialogParticipantRow.id)).all()
        topics = self._s.execute(select(DialogTopicRow).where(DialogTopicRow.dialog_id.in_(ids))
                                 .order_by(DialogTopicRow.created_at, DialogTopicRow.id)).scalars().all()
        addenda = self._s.execute(select(DialogAddendumRow)
                                  .where(DialogAddendumRow.dialog_id.in_(ids))
                                  .order_by(DialogAddendumRow.written_at, DialogAddendumRow.id)
                                  ).scalars().all()
        follow_rows = self._s.execute(select(FollowUpRow).where(FollowUpRow.dialog_id.in_(ids))
                                      .order_by(FollowUpRow.created_at, FollowUpRow.id)
                                      ).scalars().all()
        people = self._people([p.pegawai_id for p in parts] + [r.led_by_id for r in rows]
                              + [r.author_id for r in rows] + [f.owner_id for f in follow_rows])
        labels = self.topic_labels([t.rhk_id for t in topics], [t.core_value_id for t in topics])
        by_dialog: dict[str, dict[str, list]] = {i: {"p": [], "t": [], "a": [], "f": []} for i in ids}
        for p in parts:
            by_dialog[p.dialog_id]["p"].append(
                people.get(p.pegawai_id) or PersonRef("?", p.pegawai_id, None))
        seen_topics: set[tuple[str, str | None, str | None]] = set()
        for t in topics:
            # The same topic added on two replicas before they synced is two rows: shown once.
            if (t.dialog_id, t.rhk_id, t.core_value_id) in seen_topics:
                continue
            seen_topics.add((t.dialog_id, t.rhk_id, t.core_value_id))
            key = t.rhk_id or t.core_value_id
            by_dialog[t.dialog_id]["t"].append(Topic(t.id, t.rhk_id, t.core_value_id,
                                                     labels.get(key, "")))
        for a in addenda:
            author = people.get(a.author_id) if a.author_id else None
            if author is None and a.author_name:
                author = PersonRef(a.author_name, a.author_id)
            by_dialog[a.dialog_id]["a"].append(Addendum(a.id, a.dialog_id, a.written_at, author,
                                                        a.text))
        for f in follow_rows:
            by_dialog[f.dialog_id]["f"].append(self._follow_up(f, people))
        result = {}
        for r in rows:
            got = by_dialog[r.id]
            led_by = None
            if r.led_by_id:
                led_by = people.get(r.led_by_id) or PersonRef(r.led_by_name or "?", r.led_by_id)
            elif r.led_by_name:
                led_by = PersonRef(r.led_by_name, None, None, r.led_by_role or "")
            author = people.get(r.author_id) if r.author_id else None
            if author is None and r.author_name:
                author = PersonRef(r.author_name, r.author_id)
            online = bool(r.online)
            result[r.id] = Dialog(
                id=r.id, held_on=r.held_on, start_time=r.start_time or "",
                duration_min=r.duration_min, place=(r.place or ONLINE_PLACE) if online else (r.place or ""),
                online=online, kind=_kind(r.kind), participants=tuple(got["p"]), led_by=led_by,
                agenda=tuple(_agenda(r.agenda)), notes=r.notes or "", topics=tuple(got["t"]),
                follow_ups=tuple(got["f"]), addenda=tuple(got["a"]),
                confidential=bool(r.confidential), author=author, closed_at=r.closed_at,
                closed_by=r.closed_by or "")
        return result

    def topic_labels(self, rhk_ids: Iterable[str | None],
                     core_value_ids: Iterable[str | None]) -> dict[str, str]:
        """id -> "RHK 2: ..." for RHK, the value's name for core values (missing ids left out)."""
        labels: dict[str, str] = {}
        rhk = sorted({i for i in rhk_ids if i})
        if rhk:
            for r in self._s.execute(select(RhkRow.id, RhkRow.position, RhkRow.kind, RhkRow.text)
                                     .where(RhkRow.id.in_(rhk))).all():
                labels[r.id] = rhk_label(r.position, r.kind, r.text)
        values = sorted({i for i in core_value_ids if i})
        if values:
            for r in self._s.execute(select(CoreValueRow.id, CoreValueRow.name)
                                     .where(CoreValueRow.id.in_(values))).all():
                labels[r.id] = r.name
        return labels

    def rhk_owner(self, rhk_id: str) -> tuple[str, int] | None:
        """(pegawai id, year) of the SKP an RHK belongs to, or None for an unknown RHK."""
        row = self._s.execute(select(SkpRow.pegawai_id, SkpRow.year)
                              .join(RhkRow, RhkRow.skp_id == SkpRow.id)
                              .where(RhkRow.id == rhk_id)).first()
        return (row.pegawai_id, row.year) if row else None

    def core_value_exists(self, core_value_id: str) -> bool:
        return self._s.get(CoreValueRow, core_value_id) is not None

    def ids_for_pegawai(self, pegawai_id: str, year: int | None = None) -> list[str]:
        """Dialogs the pegawai took part in, newest first."""
        stmt = (select(DialogRow.id).join(DialogParticipantRow,
                                          DialogParticipantRow.dialog_id == DialogRow.id)
                .where(DialogParticipantRow.pegawai_id == pegawai_id))
        if year is not None:
            stmt = stmt.where(DialogRow.held_on >= dt.date(year, 1, 1),
                              DialogRow.held_on <= dt.date(year, 12, 31))
        stmt = stmt.order_by(DialogRow.held_on.desc(), DialogRow.start_time.desc(),
                             DialogRow.id.desc())
        return list(dict.fromkeys(self._s.execute(stmt).scalars()))

    def participant_ids(self, dialog_id: str) -> list[str]:
        return list(self._s.execute(
            select(DialogParticipantRow.pegawai_id)
            .where(DialogParticipantRow.dialog_id == dialog_id)
            .order_by(DialogParticipantRow.created_at, DialogParticipantRow.id)).scalars())

    # --- dialogs: writes
    def add(self, fields: dict[str, Any]) -> str:
        fields = dict(fields)
        fields["agenda"] = _agenda_text(fields.get("agenda", ()))
        return self._add(DialogRow, **fields).id

    def update(self, dialog_id: str, fields: dict[str, Any]) -> bool:
        fields = dict(fields)
        if "agenda" in fields:
            fields["agenda"] = _agenda_text(fields["agenda"])
        return self._update(self._s.get(DialogRow, dialog_id), fields)

    def close(self, dialog_id: str, closed_at: str, closed_by: str) -> None:
        """Mark the dialog closed and journal its content once more with the current values
        (flag_modified: the journal hook writes a field even when its value is unchanged), so
        a concurrent draft edit elsewhere becomes a value conflict instead of a silent change."""
        row = self._s.get(DialogRow, dialog_id)
        row.closed_at = closed_at
        row.closed_by = closed_by
        for key in SEALED_FIELDS:
            attributes.flag_modified(row, key)
        sealed = self._s.info.setdefault("sealed", {})
        sealed[(DialogRow.__tablename__, dialog_id)] = frozenset(SEALED_FIELDS)
        self._changes.add(DialogRow.__tablename__, dialog_id)
        try:
            self._s.flush()
        finally:
            sealed.pop((DialogRow.__tablename__, dialog_id), None)

    def delete(self, dialog_id: str) -> None:
        """The dialog and every row that belongs to it (children first)."""
        for row_cls in (FollowUpRow, DialogTopicRow, DialogParticipantRow, DialogAddendumRow):
            for row in self._s.execute(select(row_cls).where(row_cls.dialog_id == dialog_id)).scalars():
                self._delete(row)
        self._delete(self._s.get(DialogRow, dialog_id))

    def set_participants(self, dialog_id: str, pegawai_ids: list[str]) -> None:
        current = {r.pegawai_id: r for r in self._s.execute(
            select(DialogParticipantRow).where(DialogParticipantRow.dialog_id == dialog_id)).scalars()}
        for pegawai_id, row in current.items():
            if pegawai_id not in pegawai_ids:
                self._delete(row)
        for pegawai_id in pegawai_ids:
            if pegawai_id not in current:
                self._add(DialogParticipantRow, key_id=participant_row_id(dialog_id, pegawai_id),
                          dialog_id=dialog_id, pegawai_id=pegawai_id)

    def set_topics(self, dialog_id: str, rhk_ids: list[str], core_value_ids: list[str]) -> None:
        current = list(self._s.execute(select(DialogTopicRow)
                                       .where(DialogTopicRow.dialog_id == dialog_id)).scalars())
        keep = set()
        for row in current:
            key = ("rhk", row.rhk_id) if row.rhk_id else ("value", row.core_value_id)
            wanted = row.rhk_id in rhk_ids if row.rhk_id else row.core_value_id in core_value_ids
            if wanted and key not in keep:
                keep.add(key)
            else:
                self._delete(row)
        for rhk_id in rhk_ids:
            if ("rhk", rhk_id) not in keep:
                self._add(DialogTopicRow, dialog_id=dialog_id, rhk_id=rhk_id, core_value_id=None)
        for value_id in core_value_ids:
            if ("value", value_id) not in keep:
                self._add(DialogTopicRow, dialog_id=dialog_id, rhk_id=None, core_value_id=value_id)

    def add_addendum(self, fields: dict[str, Any]) -> str:
        return self._add(DialogAddendumRow, **fields).id

    # --- tindak lanjut
    def _follow_up(self, f: FollowUpRow, people: dict[str, PersonRef]) -> FollowUp:
        return FollowUp(id=f.id, dialog_id=f.dialog_id, text=f.text,
                        owner=people.get(f.owner_id) or PersonRef("?", f.owner_id),
                        due_on=f.due_on, status=_status(f.status), status_note=f.status_note or "",
                        status_on=f.status_on, rhk_id=f.rhk_id, core_value_id=f.core_value_id,
                        closed_in_dialog_id=f.closed_in_dialog_id)

    def follow_up(self, follow_up_id: str) -> FollowUp | None:
        row = self._s.get(FollowUpRow, follow_up_id)
        if row is None:
            return None
        return self._follow_up(row, self._people([row.owner_id]))

    def follow_ups_by_ids(self, ids: list[str]) -> list[FollowUp]:
        rows: dict[str, FollowUpRow] = {}
        for start in range(0, len(ids), 500):
            for r in self._s.execute(select(FollowUpRow)
                                     .where(FollowUpRow.id.in_(ids[start:start + 500]))).scalars():
                rows[r.id] = r
        people = self._people(r.owner_id for r in rows.values())
        return [self._follow_up(rows[i], people) for i in ids if i in rows]

    def add_follow_up(self, fields: dict[str, Any]) -> str:
        return self._add(FollowUpRow, **fields).id

    def update_follow_up(self, follow_up_id: str, fields: dict[str, Any]) -> bool:
        return self._update(self._s.get(FollowUpRow, follow_up_id), fields)

    def delete_follow_up(self, follow_up_id: str) -> None:
        self._delete(self._s.get(FollowUpRow, follow_up_id))

    def follow_up_ids(self, pegawai_id: str | None = None, *, open_only: bool = False,
                      overdue_before: dt.date | None = None) -> list[str]:
        """Follow-ups owned by the pegawai or agreed in dialogs with them (all when None);
        `overdue_before`: only open ones due before that day. Ordered by due date."""
        stmt = select(FollowUpRow.id).join(DialogRow, DialogRow.id == FollowUpRow.dialog_id)
        if pegawai_id is not None:
            with_them = select(DialogParticipantRow.dialog_id).where(
                DialogParticipantRow.pegawai_id == pegawai_id)
            stmt = stmt.where(or_(FollowUpRow.owner_id == pegawai_id,
                                  FollowUpRow.dialog_id.in_(with_them)))
        if open_only or overdue_before is not None:
            stmt = stmt.where(FollowUpRow.status == FollowUpStatus.OPEN.value)
        if overdue_before is not None:
            stmt = stmt.where(FollowUpRow.due_on < overdue_before)
        stmt = stmt.order_by(FollowUpRow.due_on.is_(None), FollowUpRow.due_on, DialogRow.held_on,
                             FollowUpRow.id)
        return list(self._s.execute(stmt).scalars())

    def open_follow_up_ids_before(self, pegawai_ids: list[str], held_on: dt.date | None,
                                  exclude_dialog_id: str | None) -> list[str]:
        """Open follow-ups of dialogs held on or before `held_on` (any date when None) with any
        of the pegawai (as participant or owner), except those of `exclude_dialog_id`."""
        if not pegawai_ids:
            return []
        with_them = select(DialogParticipantRow.dialog_id).where(
            DialogParticipantRow.pegawai_id.in_(pegawai_ids))
        stmt = (select(FollowUpRow.id).join(DialogRow, DialogRow.id == FollowUpRow.dialog_id)
                .where(FollowUpRow.status == FollowUpStatus.OPEN.value,
                       or_(FollowUpRow.owner_id.in_(pegawai_ids),
                           FollowUpRow.dialog_id.in_(with_them))))
        if held_on is not None:
            stmt = stmt.where(DialogRow.held_on <= held_on)
        if exclude_dialog_id is not None:
            stmt = stmt.where(FollowUpRow.dialog_id != exclude_dialog_id)
        stmt = stmt.order_by(FollowUpRow.due_on.is_(None), FollowUpRow.due_on, DialogRow.held_on,
                             FollowUpRow.id)
        return list(self._s.execute(stmt).scalars())

    # --- other records of the timeline (read only here; written by their own services)
    def feedback_for_pegawai(self, pegawai_id: str, start: dt.date | None,
                             end: dt.date | None) -> list[dict[str, Any]]:
        """Current umpan balik (not superseded) on the pegawai's SKPs, as plain dicts."""
        newer = select(FeedbackRow.supersedes_id).where(FeedbackRow.supersedes_id.is_not(None))
        stmt = (select(FeedbackRow.id, FeedbackRow.given_on, FeedbackRow.created_at,
                       FeedbackRow.target_label, FeedbackRow.text, FeedbackRow.dialog_id,
                       FeedbackRow.period)
                .join(SkpRow, SkpRow.id == FeedbackRow.skp_id)
                .where(SkpRow.pegawai_id == pegawai_id, FeedbackRow.id.not_in(newer)))
        stmt = _between(stmt, FeedbackRow.given_on, start, end)
        return [dict(r._mapping) for r in self._s.execute(stmt).all()]

    def coaching_for_pegawai(self, pegawai_id: str, start: dt.date | None,
                             end: dt.date | None) -> list[dict[str, Any]]:
        """Current B.1.8 answers of the pegawai (plain dicts)."""
        t = CoachingFeedbackRow
        newer = select(t.supersedes_id).where(t.supersedes_id.is_not(None))
        stmt = (select(t.id, t.dialog_id, t.answered_on.label("on"), t.created_at)
                .where(t.pegawai_id == pegawai_id, t.id.not_in(newer)))
        return [dict(r._mapping) for r in self._s.execute(_between(stmt, t.answered_on, start, end))]

    def competency_for_pegawai(self, pegawai_id: str, start: dt.date | None,
                               end: dt.date | None) -> list[dict[str, Any]]:
        """Current B.1.9 evaluations of the pegawai (plain dicts)."""
        t = CompetencyEvaluationRow
        newer = select(t.supersedes_id).where(t.supersedes_id.is_not(None))
        stmt = (select(t.id, t.dialog_id, t.evaluated_on.label("on"), t.created_at, t.items)
                .where(t.pegawai_id == pegawai_id, t.id.not_in(newer)))
        return [dict(r._mapping) for r in self._s.execute(_between(stmt, t.evaluated_on, start, end))]

    def skp_ids_of(self, pegawai_id: str) -> list[tuple[str, int]]:
        return [(r.id, r.year) for r in self._s.execute(
            select(SkpRow.id, SkpRow.year).where(SkpRow.pegawai_id == pegawai_id)
            .order_by(SkpRow.period_start)).all()]


def _between(stmt, column, start: dt.date | None, end: dt.date | None):
    if start is not None:
        stmt = stmt.where(column >= start)
    if end is not None:
        stmt = stmt.where(column <= end)
    return stmt


def _kind(value: str) -> DialogKind | None:
    try:
        return DialogKind(value)
    except ValueError:
        return None  # a kind written by a newer release: shown without a label


def _status(value: str) -> FollowUpStatus:
    try:
        return FollowUpStatus(value)
    except ValueError:
        return FollowUpStatus.OPEN


def _agenda(text: str | None) -> list[str]:
    try:
        items = json.loads(text or "[]")
    except (TypeError, ValueError):
        return [text] if text else []  # not JSON (damaged or hand-written): keep it readable
    return [str(i) for i in items] if isinstance(items, list) else [str(items)]


def _agenda_text(items) -> str:
    return json.dumps(list(items), ensure_ascii=False)
