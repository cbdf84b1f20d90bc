"""What waits for a user on «Mine saker» besides the list: offers of the baton to answer,
the meetings they are invited to, and deadlines that have run out — their own, and, for a
leader, those on cases of the units they lead («Frist for å ta en beslutning 14 dager etter
at bekymring oppstår», Tromsø nivå 0 trinn 4). Each list is bounded, filtered by the access
policy and audited as one event, like the case list itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.models import (
    Case,
    CaseStatus,
    Deadline,
    HandOver,
    HandOverStatus,
    Meeting,
    MeetingInvitee,
    Role,
    Subject,
)
from bti.rules.access import Actor
from bti.services import audit
from bti.services.access import may_see

# A meeting that began less than this long ago is still "upcoming": it may be going on now.
STILL_GOING_ON = timedelta(hours=2)


@dataclass(frozen=True)
class Waiting:
    case: Case
    subject: Subject


@dataclass(frozen=True)
class Offer(Waiting):
    handover: HandOver


@dataclass(frozen=True)
class Upcoming(Waiting):
    meeting: Meeting


@dataclass(frozen=True)
class Overdue(Waiting):
    deadline: Deadline
    #: The user owns the deadline; otherwise they see it as leader of the case's unit.
    own: bool


def offers_to_answer(session: Session, *, by: Actor, limit: int = 10) -> list[Offer]:
    """Offers of the baton made to ``by`` by the case's current stafettholder, still open,
    oldest first (they have waited longest)."""
    rows = session.exec(
        select(HandOver, Case, Subject)
        .join(Case, Case.id == HandOver.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .where(
            HandOver.to_user_id == by.user_id,
            HandOver.status == HandOverStatus.OFFERED,
            HandOver.from_user_id == Case.stafettholder_id,
            Case.status == CaseStatus.OPEN,
        )
        .order_by(HandOver.offered_at, HandOver.id)
        .limit(limit)
    ).all()
    offers = [Offer(case, subject, handover) for handover, case, subject in rows]
    offers = [o for o in offers if may_see(session, by=by, case=o.case)]
    audit.record(session, actor=by, action="handover.list", detail=f"count={len(offers)}")
    return offers


def upcoming_meetings(
    session: Session, *, by: Actor, now: datetime, limit: int = 10
) -> list[Upcoming]:
    """Meetings not yet held that ``by`` organises or is invited to, starting from a little
    before ``now``, soonest first."""
    invited = select(MeetingInvitee.meeting_id).where(MeetingInvitee.user_id == by.user_id)
    rows = session.exec(
        select(Meeting, Case, Subject)
        .join(Case, Case.id == Meeting.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .where(
            sa.or_(Meeting.organiser_id == by.user_id, Meeting.id.in_(invited)),
            Meeting.held_at.is_(None),
            Meeting.starts_at >= now - STILL_GOING_ON,
            Case.status == CaseStatus.OPEN,
        )
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(limit)
    ).all()
    meetings = [Upcoming(case, subject, meeting) for meeting, case, subject in rows]
    meetings = [m for m in meetings if may_see(session, by=by, case=m.case)]
    audit.record(session, actor=by, action="meeting.list", detail=f"count={len(meetings)}")
    return meetings


def overdue_deadlines(
    session: Session, *, by: Actor, now: datetime, limit: int = 20
) -> list[Overdue]:
    """Deadlines run out and not met on open cases: those ``by`` owns, and those on cases of
    a unit ``by`` leads (the employee and their leader both see them), oldest first."""
    led = [post.unit_id for post in by.posts if post.role == Role.LEDER]
    rows = session.exec(
        select(Deadline, Case, Subject)
        .join(Case, Case.id == Deadline.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .where(
            sa.or_(Deadline.owner_id == by.user_id, Case.unit_id.in_(led)),
            Deadline.met_at.is_(None),
            Deadline.due_at <= now,
            Case.status == CaseStatus.OPEN,
        )
        .order_by(Deadline.due_at, Deadline.id)
        .limit(limit)
    ).all()
    found = [
        Overdue(case, subject, deadline, deadline.owner_id == by.user_id)
        for deadline, case, subject in rows
    ]
    found = [o for o in found if may_see(session, by=by, case=o.case)]
    audit.record(session, actor=by, action="deadline.list", detail=f"count={len(found)}")
    return found
