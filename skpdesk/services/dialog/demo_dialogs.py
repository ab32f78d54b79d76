"""The demo office's year of dialogs (issue 10), written through the services as the people would.

After `DemoService.fill` has written the office, a few teams get a realistic year up to the
demo's "today": penetapan ekspektasi in January, a pemantauan per quarter whose open
follow-ups carry over and are settled in the next one, umpan balik on an RHK and a core value
per quarter, a coaching with its B.1.8 and B.1.9, a mentoring whose B.1.8 is still missing, a
confidential konseling, a team dialog with an addendum, a corrected feedback and a draft.
Some follow-ups are done or dropped, some open, some overdue and one due within the week, so
reminders, search and the timeline have something to show on the first start.

Every write is a service call made by the person who would make it (`act_as_id`): the pejabat
penilai writes, leads, closes and gives feedback; the pegawai answers B.1.8. Only a few teams
get a year (MAX_TEAMS x MAX_MEMBERS pegawai): the generated 2,000 office stays quick to make.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from skpdesk.domain.dialog import B18_STATEMENTS, CompetencyItem, period_of

from . import demo_dialog_data as T
from ..acting import ActingService
from .coaching import CoachingService
from .dialogs import DialogInput, DialogService, FollowUpInput
from .feedback import FeedbackService

MAX_TEAMS = 2
MAX_MEMBERS = 3
# Quarterly pemantauan, (month, day) of each; a date after the demo's today is not written.
_PEMANTAUAN = ((3, 24), (6, 23), (9, 22), (12, 15))


@dataclass
class DialogYearReport:
    dialogs: int = 0
    follow_ups: int = 0
    feedback: int = 0
    b18: int = 0
    b19: int = 0


def demo_today(year: int, today: dt.date | None = None) -> dt.date:
    """The demo's "today": the real today in the current year, the year's last working weeks
    for a past year, the end of February for a year still to come (a planning demo)."""
    today = today or dt.date.today()
    if year < today.year:
        return dt.date(year, 12, 20)
    if year > today.year:
        return dt.date(year, 2, 27)
    return max(today, dt.date(year, 1, 20))


@dataclass(frozen=True)
class Member:
    pegawai_id: str
    first_name: str
    skp_id: str
    rhk_ids: tuple[str, ...]
    rhk_text: str


class DialogYear:
    """Writes the year for teams of (penilai id, [Member]) through the services."""

    def __init__(self, db, actor: str, rng: random.Random, year: int, today: dt.date,
                 value_ids: list[str]) -> None:
        self._acting = ActingService(db, actor)
        self._dialogs = DialogService(db, actor)
        self._feedback = FeedbackService(db, actor)
        self._coaching = CoachingService(db, actor)
        self.rng = rng
        self.year = year
        self.today = today
        self.values = value_ids
        self.report = DialogYearReport()
        self._bimbingan_count = 0

    # --- small steps, each one service call by the person who makes it
    def _day(self, month: int, day: int) -> dt.date | None:
        when = dt.date(self.year, month, min(day, 28))
        return when if when <= self.today else None

    def _text(self, options: list[str], m: Member) -> str:
        rhk = m.rhk_text if len(m.rhk_text) <= 60 else m.rhk_text[:57].rstrip() + "..."
        return self.rng.choice(options).format(rhk=rhk.lower(), name=m.first_name)

    def _add(self, penilai: str, kind: str, when: dt.date, members: list[Member],
             follow_ups: list[tuple[str, Member, dt.date]] = (), *, hour: int = 9) -> str:
        self._acting.act_as_id(penilai)
        first = members[0]
        online = kind == "umpan_balik" and self.rng.random() < 0.5
        dialog = self._dialogs.add(DialogInput(
            held_on=when, kind=kind, participant_ids=tuple(m.pegawai_id for m in members),
            start_time=f"{hour:02d}:{self.rng.choice(('00', '30'))}",
            duration_min=self.rng.choice((30, 45, 60, 90)),
            place="" if online else self.rng.choice(T.PLACES), online=online,
            agenda=tuple(T.AGENDA[kind]), notes=self._text(T.NOTES[kind], first),
            rhk_ids=first.rhk_ids[:1], core_value_ids=(self.rng.choice(self.values),),
            follow_ups=tuple(FollowUpInput(text, m.pegawai_id, due) for text, m, due in follow_ups),
        )).value
        self.report.dialogs += 1
        self.report.follow_ups += len(follow_ups)
        return dialog.id

    def _close(self, penilai: str, dialog_id: str, settle: dict[str, tuple[str, str]] | None = None):
        self._acting.act_as_id(penilai)
        return self._dialogs.close(dialog_id, settle or None).value

    def _feedback_on(self, penilai: str, m: Member, when: dt.date, dialog_id: str | None) -> str:
        self._acting.act_as_id(penilai)
        period = period_of(when, quarter=True)
        first = self._feedback.add(m.skp_id, rhk_id=self.rng.choice(m.rhk_ids), period=period,
                                   text=self.rng.choice(T.FEEDBACK_RHK), given_on=when,
                                   dialog_id=dialog_id).value
        self._feedback.add(m.skp_id, core_value_id=self.rng.choice(self.values), period=period,
                           text=self.rng.choice(T.FEEDBACK_VALUE), given_on=when, dialog_id=dialog_id)
        self.report.feedback += 2
        return first.id

    def _follow_up(self, m: Member, due: dt.date) -> tuple[str, Member, dt.date]:
        return self._text(T.FOLLOW_UPS, m), m, due

    # --- the year of one team
    def team(self, penilai: str, members: list[Member]) -> None:
        for i, m in enumerate(members):
            self._member(penilai, m, i)
        when = self._day(11, 10) if self.today.month >= 12 else self.today - dt.timedelta(days=20)
        if when is not None and when.year == self.year and len(members) > 1:
            # the third member stays out: the one without a dialog for longer than the cadence
            team_dialog = self._add(penilai, "umpan_balik", when, members[:2], hour=13)
            self._close(penilai, team_dialog)
            self._acting.act_as_id(penilai)
            self._dialogs.add_addendum(team_dialog, self.rng.choice(T.ADDENDA))

    def _member(self, penilai: str, m: Member, index: int) -> None:
        start = self._day(1, 8 + index)
        if start is None:
            return
        first = self._add(penilai, "penetapan_ekspektasi", start, [m],
                          [self._follow_up(m, start + dt.timedelta(days=21))])
        closed = self._close(penilai, first)
        self._acting.act_as_id(penilai)
        self._dialogs.set_follow_up_status(closed.follow_ups[0].id, "done",
                                           self.rng.choice(T.STATUS_NOTES["done"]),
                                           today=start + dt.timedelta(days=18))
        # The third member of a team has no pemantauan after the first quarter: the "no dialog
        # for longer than the cadence" reminder has someone to name.
        quarters = _PEMANTAUAN if index < 2 else _PEMANTAUAN[:1]
        corrected = False
        for q, (month, day) in enumerate(quarters):
            when = self._day(month, day + index)
            if when is None:
                break
            earlier = self._dialogs.follow_ups(m.pegawai_id, open_only=True, today=when)
            dialog_id = self._add(penilai, "pemantauan", when, [m],
                                  [self._follow_up(m, when + dt.timedelta(days=d)) for d in (14, 45)])
            # Earlier open follow-ups are settled when this dialog closes (on its date), one done
            # and one dropped at most; the rest carry over, and some of them become overdue.
            self._close(penilai, dialog_id, {f.id: (status, self.rng.choice(T.STATUS_NOTES[status]))
                                             for f, status in zip(earlier, ("done", "dropped"))})
            fb = self._feedback_on(penilai, m, when, dialog_id)
            if not corrected and index == 0:
                self._acting.act_as_id(penilai)
                self._feedback.correct(fb, T.FEEDBACK_RHK[0] + T.FEEDBACK_CORRECTION)
                self.report.feedback += 1
                corrected = True
        self._bimbingan(penilai, m, index)
        if index == 0:  # a draft in progress, with a follow-up due within the week
            when = self.today - dt.timedelta(days=2)
            if when.year == self.year and when > start:
                self._add(penilai, "pemantauan", when, [m],
                          [self._follow_up(m, self.today + dt.timedelta(days=5))], hour=10)

    def _bimbingan(self, penilai: str, m: Member, index: int) -> None:
        # The modes in turn across the demo's members, so each appears even in small teams.
        kind = ("coaching", "mentoring", "konseling")[self._bimbingan_count % 3]
        self._bimbingan_count += 1
        when = self._day(5, 12 + index) or self._day(2, 10 + index)
        if when is None:
            return
        dialog_id = self._add(penilai, kind, when, [m],
                              [self._follow_up(m, when + dt.timedelta(days=30))], hour=14)
        self._close(penilai, dialog_id)
        if kind == "coaching":  # B.1.8 by the pegawai a few days later
            self._acting.act_as_id(m.pegawai_id)
            responses = [self.rng.choice((1, 1, 2, 2, 2, 3)) for _ in B18_STATEMENTS]
            comments = [T.B18_COMMENTS.get(n, "") for n in range(1, len(B18_STATEMENTS) + 1)]
            self._coaching.record_feedback(dialog_id, m.pegawai_id, responses, comments,
                                           answered_on=min(when + dt.timedelta(days=3), self.today))
            self.report.b18 += 1
        if kind in ("coaching", "mentoring"):  # B.1.9 by the leader; mentoring's B.1.8 missing
            self._acting.act_as_id(penilai)
            items = [CompetencyItem(name, self.rng.choice((3, 3, 4, 4, 5)), reason)
                     for name, reason in self.rng.sample(T.COMPETENCIES, 3)]
            self._coaching.record_competency(dialog_id, m.pegawai_id, items,
                                             evaluated_on=min(when + dt.timedelta(days=5), self.today))
            self.report.b19 += 1
