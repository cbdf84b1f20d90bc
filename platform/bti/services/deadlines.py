"""Deadlines: started by events from the municipality's guide, met by later events.

A level's :class:`bti.guide.DeadlineRule` says which event starts a deadline (``trigger``),
how many days it runs, and which event meets it (``met_by``). Computed in local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, select

from bti import clock
from bti.models import Case, Deadline
from bti.plugins import Municipality
from bti.rules.deadlines import due_at, is_overdue, local_today


def start(
    session: Session,
    *,
    municipality: Municipality,
    case: Case,
    trigger: str,
    owner_id: int,
    on: date | None = None,
    now: datetime | None = None,
    kind: str = "",
) -> list[Deadline]:
    """Create the deadlines the case's current level starts on ``trigger`` (of ``kind``,
    for a meeting: a rule's ``meeting_held:<kind>`` starts on that kind only)."""
    tz = municipality.profile.timezone
    start_day = on or local_today(now or clock.now(), tz)
    level = municipality.level(case.level)
    created = []
    for rule in level.deadlines:
        if not matches(rule.trigger, trigger, kind):
            continue
        if _open(session, case.id, rule.code):
            continue  # one open deadline per rule; a repeated trigger does not move it
        deadline = Deadline(
            case_id=case.id,
            code=rule.code,
            due_at=due_at(start_day, rule.days, tz, working_days=rule.working_days),
            remind_at=due_at(start_day, rule.remind_days, tz) if rule.remind_days else None,
            owner_id=owner_id,
            met_by=rule.met_by,
        )
        session.add(deadline)
        created.append(deadline)
    session.flush()
    return created


def matches(pattern: str, event: str, kind: str = "") -> bool:
    """Whether ``event`` (of ``kind``) is the one ``pattern`` names: ``meeting_held`` is
    any meeting, ``meeting_held:oppfolgingsmote`` only a follow-up meeting."""
    name, _, wanted = pattern.partition(":")
    return name == event and (not wanted or wanted == kind)


def meet(
    session: Session, *, case: Case, event: str, now: datetime | None = None, kind: str = ""
) -> int:
    """Mark the case's open deadlines that ``event`` (of ``kind``) meets; how many."""
    met = 0
    for deadline in session.exec(
        select(Deadline).where(
            Deadline.case_id == case.id,
            Deadline.met_at.is_(None),
            Deadline.met_by.startswith(event),
        )
    ):
        if not matches(deadline.met_by, event, kind):
            continue
        deadline.met_at = now or clock.now()
        session.add(deadline)
        met += 1
    session.flush()
    return met


def close_all(session: Session, *, case: Case, now: datetime | None = None) -> None:
    """A closed case owes nothing more."""
    for deadline in session.exec(
        select(Deadline).where(Deadline.case_id == case.id, Deadline.met_at.is_(None))
    ):
        deadline.met_at = now or clock.now()
        session.add(deadline)


def open_for_case(session: Session, case_id: str) -> list[Deadline]:
    return list(
        session.exec(
            select(Deadline)
            .where(Deadline.case_id == case_id, Deadline.met_at.is_(None))
            .order_by(Deadline.due_at)
        )
    )


@dataclass(frozen=True)
class NextDeadline:
    """A case's next open deadline, as a summary or a list shows it."""

    code: str  # name it with ``municipality.deadline_label(code)``
    due_at: datetime
    owner_id: int
    overdue: bool


def next_open_id(case_id: ColumnElement) -> ColumnElement:
    """The id of the next open deadline of the case ``case_id`` names (soonest due first),
    as a correlated scalar subquery: a list joins ``Deadline`` on it and reads one deadline
    per case through the ``case_id`` index, whatever the number of cases."""
    # An alias, so the subquery stays its own when the outer query joins Deadline too.
    inner = aliased(Deadline)
    return (
        select(inner.id)
        .where(inner.case_id == case_id, inner.met_at.is_(None))
        .order_by(inner.due_at, inner.id)
        .limit(1)
        .correlate_except(inner)
        .scalar_subquery()
    )


def next_open(session: Session, *, case_id: str, now: datetime) -> NextDeadline | None:
    """The case's next open deadline and whether it has run out at ``now``; ``None`` when
    the case owes nothing. One query. The caller has read the case through ``get_case``."""
    deadline = session.exec(
        select(Deadline)
        .where(Deadline.case_id == case_id, Deadline.met_at.is_(None))
        .order_by(Deadline.due_at, Deadline.id)
        .limit(1)
    ).first()
    if deadline is None:
        return None
    return NextDeadline(
        code=deadline.code,
        due_at=deadline.due_at,
        owner_id=deadline.owner_id,
        overdue=is_overdue(deadline.due_at, now),
    )


def overdue(
    session: Session, *, owner_id: int, now: datetime | None = None, limit: int = 100
) -> list[Deadline]:
    """The owner's deadlines that have run out and are not met, oldest first."""
    return list(
        session.exec(
            select(Deadline)
            .where(
                Deadline.owner_id == owner_id,
                Deadline.met_at.is_(None),
                Deadline.due_at <= (now or clock.now()),
            )
            .order_by(Deadline.due_at)
            .limit(limit)
        )
    )


def _open(session: Session, case_id: str, code: str) -> bool:
    return (
        session.exec(
            select(Deadline.id).where(
                Deadline.case_id == case_id, Deadline.code == code, Deadline.met_at.is_(None)
            )
        ).first()
        is not None
    )
