"""What waits for a user on «Mine saker» besides the list: offers of the baton to answer,
the tasks waiting for a unit's leaders, the meetings they are invited to, and deadlines that
have run out — their own, and, for a leader, those on cases of the units they lead («Frist for
å ta en beslutning 14 dager etter at bekymring oppstår», Tromsø nivå 0 trinn 4). Each list
is bounded, filtered by the access policy and audited as one event, like the case list
itself.

Each list is read in a fixed number of statements whatever the municipality's size: where
a user reaches rows two ways (organiser or invitee, owner or leader of the case's unit), the
ids come from a ``UNION`` of two lookups each served by an index, not an ``OR`` across two
tables that none serves; the access policy is applied to the whole list at once
(:func:`bti.services.access.visible_to`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar

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
    StaffUser,
    Subject,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, refusals, unit_overview
from bti.services.access import Page, my_cases, visible_to

W = TypeVar("W", bound="Waiting")

#: How many offers and meetings the page shows at most; and overdue deadlines.
SHOWN, OVERDUE_SHOWN = 10, 20

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


def offers_to_answer(session: Session, *, by: Actor, limit: int = SHOWN) -> list[Offer]:
    """Offers of the baton made to ``by`` by the case's current stafettholder, still open,
    oldest first (they have waited longest)."""
    return _shown(session, by, OFFERS, _offers(session, by, limit))


def _offers(session: Session, by: Actor, limit: int) -> list[Offer]:
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
    return [Offer(case, subject, handover) for handover, case, subject in rows]


def upcoming_meetings(
    session: Session, *, by: Actor, now: datetime, limit: int = SHOWN
) -> list[Upcoming]:
    """Meetings not yet held that ``by`` organises or is invited to, starting from a little
    before ``now``, soonest first."""
    return _shown(session, by, MEETINGS, _meetings(session, by, now, limit))


def _meetings(session: Session, by: Actor, now: datetime, limit: int) -> list[Upcoming]:
    upcoming = (
        Meeting.held_at.is_(None),
        Meeting.cancelled_at.is_(None),
        Meeting.starts_at >= now - STILL_GOING_ON,
    )
    organised = select(Meeting.id).where(Meeting.organiser_id == by.user_id, *upcoming)
    invited = (
        select(Meeting.id)
        .join(MeetingInvitee, MeetingInvitee.meeting_id == Meeting.id)
        .where(MeetingInvitee.user_id == by.user_id, *upcoming)
    )
    rows = session.exec(
        select(Meeting, Case, Subject)
        .join(Case, Case.id == Meeting.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .where(Meeting.id.in_(sa.union(organised, invited)), Case.status == CaseStatus.OPEN)
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(limit)
    ).all()
    return [Upcoming(case, subject, meeting) for meeting, case, subject in rows]


def overdue_deadlines(
    session: Session, *, by: Actor, now: datetime, limit: int = OVERDUE_SHOWN
) -> list[Overdue]:
    """Deadlines run out and not met on open cases: those ``by`` owns, and those on cases of
    a unit ``by`` leads (the employee and their leader both see them), oldest first."""
    return _shown(session, by, OVERDUE, _overdue(session, by, now, limit))


def _overdue(session: Session, by: Actor, now: datetime, limit: int) -> list[Overdue]:
    run_out = (Deadline.met_at.is_(None), Deadline.due_at <= now)
    found = select(Deadline.id).where(Deadline.owner_id == by.user_id, *run_out)
    led = unit_overview.led_unit_ids(by)
    if led:  # the leader's branch only for a leader
        in_led_units = (
            select(Deadline.id)
            .join(Case, Case.id == Deadline.case_id)
            .where(Case.unit_id.in_(led), Case.status == CaseStatus.OPEN, *run_out)
        )
        found = sa.union(found, in_led_units)
    rows = session.exec(
        select(Deadline, Case, Subject)
        .join(Case, Case.id == Deadline.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .where(Deadline.id.in_(found), Case.status == CaseStatus.OPEN)
        .order_by(Deadline.due_at, Deadline.id)
        .limit(limit)
    ).all()
    return [Overdue(c, s, d, d.owner_id == by.user_id) for d, c, s in rows]


#: The audit action of each list.
OFFERS, MEETINGS, OVERDUE = "handover.list", "meeting.list", "deadline.list"


def _shown(
    session: Session, by: Actor, action: str, items: list[W], seen: set[str] | None = None
) -> list[W]:
    """Those of ``items`` whose case ``by`` may see, in their order, audited as one
    ``action`` event with their count. ``seen`` is what :func:`visible_to` said of a list
    holding them, where the caller asked once for several lists."""
    if seen is None:
        seen = visible_to(session, by=by, cases=[item.case for item in items])
    shown = [item for item in items if item.case.id in seen]
    audit.record(session, actor=by, action=action, detail=f"count={len(shown)}")
    return shown


@dataclass(frozen=True)
class MyPage:
    """Everything «Mine saker» shows, read in one transaction: one page of the user's cases
    with each case's subject and next open deadline, and what waits for the user."""

    listing: Page
    subjects: dict[int, Subject]
    next_deadline: dict[str, Deadline]
    offers: list[Offer]
    meetings: list[Upcoming]
    overdue: list[Overdue]
    names: dict[int, str]  # staff user id -> display name, for those the page names
    #: The user leads a unit: the page links to «Min enhet» (``unit_overview.my_unit``).
    leads_unit: bool = False
    #: Tasks for the leaders of the user's units (``refusals.open_tasks``).
    tasks: list = field(default_factory=list)


def my_page(
    session: Session,
    *,
    by: Actor,
    now: datetime,
    page: int = 1,
    per_page: int = 25,
    status: CaseStatus = CaseStatus.OPEN,
    level: int | None = None,
    municipality: Municipality | None = None,
) -> MyPage:
    """«Mine saker» for ``by``: the paginated list (:func:`bti.services.access.my_cases`)
    and the offers, meetings and overdue deadlines beside it, each list audited."""
    listing = my_cases(session, by=by, page=page, per_page=per_page, status=status, level=level)
    subject_ids = [case.subject_id for case in listing.items]
    subjects = {s.id: s for s in session.exec(select(Subject).where(Subject.id.in_(subject_ids)))}
    next_deadline: dict[str, Deadline] = {}
    for deadline in session.exec(
        select(Deadline)
        .where(Deadline.case_id.in_([case.id for case in listing.items]), Deadline.met_at.is_(None))
        .order_by(Deadline.due_at)
    ):
        next_deadline.setdefault(deadline.case_id, deadline)
    # What waits for the user, filtered by the access policy together (two queries).
    offers, meetings, overdue = (
        _offers(session, by, SHOWN),
        _meetings(session, by, now, SHOWN),
        _overdue(session, by, now, OVERDUE_SHOWN),
    )
    seen = visible_to(session, by=by, cases=[item.case for item in [*offers, *meetings, *overdue]])
    offers = _shown(session, by, OFFERS, offers, seen)
    meetings = _shown(session, by, MEETINGS, meetings, seen)
    overdue = _shown(session, by, OVERDUE, overdue, seen)
    named = [offer.handover.from_user_id for offer in offers] + [
        item.deadline.owner_id for item in overdue
    ]
    names = {
        user.id: user.display_name
        for user in session.exec(select(StaffUser).where(StaffUser.id.in_(named)))
    }
    return MyPage(
        listing,
        subjects,
        next_deadline,
        offers,
        meetings,
        overdue,
        names,
        leads_unit=unit_overview.leads_a_unit(by),
        tasks=(
            refusals.open_tasks(session, municipality=municipality, by=by)
            if municipality is not None and unit_overview.leads_a_unit(by)
            else []
        ),
    )
