"""The case page's summary: «where are we, and what do I do next?» in the first screen.

The child and their age, the level and what the guide says it is for, the stafettholder,
the consent in force (until when, which services), the next deadline (and whether it has
passed), the next meeting, what waits for the viewer now, and the guide's next step at this
level in the municipality's own words. Read inside the page's one audited ``case.read``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bti.case_panels import CaseRead
from bti.i18n import lazy_gettext as _l
from bti.labels import capitalised, unit_kind, unit_label
from bti.rules.deadlines import is_overdue
from bti.services import guardians


@dataclass(frozen=True)
class ConsentState:
    in_force: bool
    until: date | None = None
    services: tuple[str, ...] = ()
    waiting: bool = False  # a consent is registered and waits for signatures


@dataclass(frozen=True)
class NextDeadline:
    label: str
    due_at: datetime
    overdue: bool
    more_overdue: int = 0  # other open deadlines that have passed too


@dataclass(frozen=True)
class NextMeeting:
    id: int
    kind: str
    starts_at: datetime


@dataclass(frozen=True)
class ToDo:
    """Something the case waits for, with the section where it is done."""

    text: Any
    anchor: str


@dataclass(frozen=True)
class SummaryPanel:
    age: int | None
    unit: str
    level: Any
    holder: str
    offered_to: str
    guardians: tuple[str, ...]  # «Siv Knudsen (mor)»; none while a report keeps them out
    consent: ConsentState
    deadline: NextDeadline | None
    meeting: NextMeeting | None
    to_register: int  # meetings that have started and are not registered as held
    todo: tuple[ToDo, ...]
    next_steps: tuple[Any, ...]  # the guide's steps still ahead at this level
    checklist: bool  # the steps are a checklist: ``next_steps`` starts with the next one
    reported_at: datetime | None
    guardians_kept_out: bool
    closed: bool


def read(ctx: CaseRead) -> SummaryPanel:
    case, now = ctx.case, ctx.now
    level = ctx.municipality.level(case.level)
    unit = ctx.unit(case.unit_id)
    pending = ctx.pending_handover
    consent = _consent(ctx)
    deadline = _deadline(ctx)
    waiting = [
        m for m in ctx.meetings if m.held_at is None and not m.on_hold and m.cancelled_at is None
    ]
    meeting = next((m for m in waiting if m.starts_at > now), None)
    to_register = sum(1 for m in waiting if m.starts_at <= now)
    ahead, checklist = _steps_ahead(ctx, level)
    return SummaryPanel(
        age=ctx.age,
        unit=unit_label(unit.name, unit.kind) if unit else "",
        level=level,
        holder=ctx.name(case.stafettholder_id),
        offered_to=ctx.name(pending.to_user_id) if pending else "",
        guardians=tuple(
            f"{g.name} ({g.relation})" if g.relation else g.name for g in ctx.guardians
        ),
        consent=consent,
        deadline=deadline,
        meeting=NextMeeting(
            meeting.id, str(ctx.municipality.meeting_kind_label(meeting.kind)), meeting.starts_at
        )
        if meeting
        else None,
        to_register=to_register,
        todo=tuple(_todo(ctx, pending, consent, deadline, to_register)) if ctx.is_open else (),
        next_steps=ahead,
        checklist=checklist,
        reported_at=case.reported_to_barnevern_at,
        guardians_kept_out=guardians.excluded(case),
        closed=not ctx.is_open,
    )


def _consent(ctx: CaseRead) -> ConsentState:
    valid = ctx.valid_consents
    waiting = ctx.consents.waiting
    if not valid:
        return ConsentState(in_force=False, waiting=waiting)
    services: set[str] = set()
    for consent in valid:
        services.update(ctx.consents.services_of(consent.id))
    return ConsentState(
        in_force=True,
        until=max(c.valid_to for c in valid),
        services=tuple(sorted(capitalised(unit_kind(s)) for s in services)),
        waiting=waiting,
    )


def _deadline(ctx: CaseRead) -> NextDeadline | None:
    open_ = ctx.open_deadlines
    if not open_:
        return None
    first = open_[0]
    passed = sum(1 for d in open_ if is_overdue(d.due_at, ctx.now))
    return NextDeadline(
        label=str(ctx.municipality.deadline_label(first.code)),
        due_at=first.due_at,
        overdue=is_overdue(first.due_at, ctx.now),
        more_overdue=max(passed - 1, 0),
    )


def _steps_ahead(ctx: CaseRead, level) -> tuple[tuple[Any, ...], bool]:
    """The steps still ahead: on a checklist level those not done, in order; otherwise the
    level's steps as the guide lists them (guidance, not tracked)."""
    if level.checklist:
        return tuple(state.step for state in ctx.step_states if not state.done), True
    return tuple(level.steps), False


def _todo(ctx: CaseRead, pending, consent: ConsentState, deadline, to_register: int):
    """What the case waits for now, most pressing first."""
    if pending is not None and pending.to_user_id == ctx.actor.user_id:
        yield ToDo(_l("You are offered the baton: answer the offer."), "people")
    if deadline is not None and deadline.overdue:
        yield ToDo(
            _l("The deadline «%(label)s» has passed.", label=deadline.label),
            "deadlines",
        )
    if to_register:
        yield ToDo(_l("Register the meeting that has been held."), "meetings")
    if consent.waiting:
        yield ToDo(_l("A consent waits for signatures."), "consent")
