"""The chair's queue and meeting plan («Koordinators rolle og ansvar», «Forberedelse»):
referrals with their urgency, meeting days, the cases on each with their time, whether an
interpreter is needed, the check that written consent is in place, the minute-taker, and
the written invitations to everyone.

Only the team's chair (coordinator) and fixed deputy run it. Lists are paginated in the
database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    ReferralStatus,
    StaffUser,
    Subject,
    TeamMeeting,
    TeamRecord,
    TeamReferral,
    Unit,
    Urgency,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import versions
from bti.services.consents import subject_age
from bti.services.paging import Paged
from bti.services.teams import roster
from bti.services.teams.access import CHAIR, get_referral, get_team

WAITING = (ReferralStatus.RECEIVED, ReferralStatus.SCHEDULED, ReferralStatus.INVITED)


@dataclass(frozen=True)
class QueueItem:
    referral: TeamReferral
    subject: Subject
    unit_name: str
    age: int | None
    consent: ConsentCheck


@dataclass(frozen=True)
class DayItem:
    day: TeamMeeting
    referrals: list[TeamReferral]
    minutes_used: int
    minutes_total: int


@dataclass(frozen=True)
class Queue(Paged):
    team: TeamRecord
    role: str
    items: list[QueueItem]
    total: int
    page: int
    per_page: int
    days: list[DayItem]
    other_teams: list[tuple[int, str]]  # where the chair may send a referral on
    fixed_members: list[tuple[int, str]]  # among whom the minute-taker is chosen


def queue(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    team_id: int,
    page: int = 1,
    per_page: int = 20,
) -> Queue:
    """The referrals waiting for the team, the urgent first, and its coming meeting days.
    One audit event for the list."""
    team, role = get_team(session, by=by, team_id=team_id, action="team.queue", chair=True)
    page = max(1, page)
    rows = session.exec(waiting(team.id).offset((page - 1) * per_page).limit(per_page)).all()
    if rows:
        total = rows[0][3]
    else:  # an empty queue, or a page past its end
        total = session.exec(
            select(sa.func.count(TeamReferral.id)).where(*_waiting_for(team.id))
        ).one()
    today = clock.today(municipality)
    checks = consent_checks(
        session, municipality=municipality, referrals=[r for r, *_rest in rows], team=team, on=today
    )
    items = [
        QueueItem(r, s, name or "", subject_age(s, today), checks[r.id])
        for r, s, name, _total in rows
    ]
    others = [(t.id, t.name) for t in roster.teams(session) if t.id != team.id]
    fixed = roster.fixed_member_ids(session, team=team)
    names = {
        uid: name
        for uid, name in session.exec(
            select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(fixed or [-1]))
        ).all()
    }
    members = [(uid, names.get(uid, "")) for uid in fixed]
    return Queue(team, role, items, total, page, per_page, _days(session, team), others, members)


def _waiting_for(team_id: int) -> tuple:
    return (TeamReferral.team_id == team_id, TeamReferral.status.in_(WAITING))


def waiting(team_id: int) -> sa.Select:
    """The referrals waiting for the team, urgent first, then as they came, with each its
    subject, its unit's name and the number waiting in all (a window count): one page of
    the queue is one statement, read through the ``(team_id, status)`` index."""
    urgent_first = sa.case((TeamReferral.urgency == Urgency.URGENT, 0), else_=1)
    return (
        select(TeamReferral, Subject, Unit.name, sa.func.count().over())
        .join(Case, Case.id == TeamReferral.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .outerjoin(Unit, Unit.id == TeamReferral.unit_id)
        .where(*_waiting_for(team_id))
        .order_by(urgent_first, TeamReferral.referred_at, TeamReferral.id)
    )


def _days(session: Session, team: TeamRecord) -> list[DayItem]:
    """The team's next six meeting days, each with the cases on it (one query for all)."""
    days = session.exec(
        select(TeamMeeting)
        .where(TeamMeeting.team_id == team.id, TeamMeeting.ends_at >= clock.now())
        .order_by(TeamMeeting.starts_at)
        .limit(6)
    ).all()
    on_day: dict[int, list[TeamReferral]] = {day.id: [] for day in days}
    if days:
        for referral in session.exec(
            select(TeamReferral)
            .where(
                TeamReferral.team_meeting_id.in_(on_day),
                TeamReferral.status != ReferralStatus.WITHDRAWN,
            )
            .order_by(TeamReferral.starts_at, TeamReferral.id)
        ):
            on_day[referral.team_meeting_id].append(referral)
    out = []
    for day in days:
        on_it = on_day[day.id]
        total = int((day.ends_at - day.starts_at).total_seconds() // 60)
        out.append(DayItem(day, on_it, sum(r.minutes or 0 for r in on_it), total))
    return out


def assess(
    session: Session,
    *,
    by: Actor,
    referral_id: int,
    urgency: str,
    note: str = "",
    version: int | None = None,
) -> TeamReferral:
    """The chair assesses the urgency («hastegrad vurderes»); ``version`` is the referral's
    as the form showed it (:mod:`bti.services.versions`): the chair and the deputy do not
    write over each other's assessment."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.assess", needs=CHAIR
    )
    versions.claim(session, reached.referral, seen=version, by=by, case_id=reached.referral.case_id)
    if urgency not in (Urgency.URGENT, Urgency.ORDINARY):
        raise InvalidInput("urgency", _l("Choose how urgent the case is."))
    referral = reached.referral
    referral.urgency = urgency
    referral.urgency_note = (note or "").strip()[:400]
    referral.assessed_by_id = by.user_id
    referral.assessed_at = clock.now()
    session.add(referral)
    session.flush()
    return referral


def plan_day(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    team_id: int,
    starts_at: datetime | None,
    place: str = "",
) -> TeamMeeting:
    """A meeting day of the team; it lasts the team's hours («Hver 14. dag 4 timer»)."""
    team, _role = get_team(session, by=by, team_id=team_id, action="team.plan_day", chair=True)
    if starts_at is None:
        raise InvalidInput("starts_at", _l("Give the date and time of the meeting."))
    starts = roster.in_utc(municipality, starts_at)
    if starts <= clock.now():
        raise InvalidInput("starts_at", _l("A meeting cannot be planned in the past."))
    place = (place or team.place or "").strip()
    if not place:
        raise InvalidInput("place", _l("Say where the meeting is held."))
    day = TeamMeeting(
        team_id=team.id,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=int(team.meeting_hours * 60)),
        place=place[:200],
        created_by_id=by.user_id,
    )
    session.add(day)
    session.flush()
    return day


def choose_minute_taker(
    session: Session, *, by: Actor, team_meeting_id: int, user_id: int | None
) -> TeamMeeting:
    """Who takes the minutes at a meeting day: one of the team's fixed members."""
    day = session.get(TeamMeeting, team_meeting_id) if team_meeting_id else None
    team, _role = get_team(
        session, by=by, team_id=day.team_id if day else None, action="team.minute_taker",
        chair=True,
    )  # fmt: skip
    if user_id not in roster.fixed_member_ids(session, team=team):
        raise InvalidInput("user_id", _l("Choose one of the team's fixed members."))
    day.minute_taker_id = user_id
    session.add(day)
    session.flush()
    return day


def place(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    referral_id: int,
    team_meeting_id: int | None,
    starts_at: time | None,
    minutes: int | None,
    interpreter_needed: bool = False,
    interpreter_language: str = "",
) -> TeamReferral:
    """Put a case on a meeting day, at a time, with the minutes set aside for it and
    whether an interpreter is needed. The team follows from the subject's age on the
    meeting date: a day of a team that does not serve that age is refused."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.place", needs=CHAIR
    )
    referral = reached.referral
    if referral.status not in (ReferralStatus.RECEIVED, ReferralStatus.SCHEDULED):
        raise InvalidInput(
            "team_meeting_id", _l("The invitations are sent: the case keeps its place.")
        )
    day = session.get(TeamMeeting, team_meeting_id) if team_meeting_id else None
    if day is None or day.team_id != reached.team.id:
        raise InvalidInput("team_meeting_id", _l("Choose one of the team's meeting days."))
    case = session.get(Case, referral.case_id)
    subject = session.get(Subject, case.subject_id)
    meeting_on = day.starts_at.astimezone(municipality.profile.tz).date()
    if not roster.serves(reached.team, subject, meeting_on):
        right = roster.team_for(session, subject=subject, on=meeting_on, unit_id=case.unit_id)
        raise InvalidInput(
            "team_meeting_id",
            _l("On that day the child is %(age)s and belongs to another team: %(team)s.",
               age=subject_age(subject, meeting_on),
               team=right.team.name if right.team else _l("ask the administrator")),
        )  # fmt: skip
    if minutes is None or not 10 <= minutes <= 120:
        raise InvalidInput("minutes", _l("Set aside between 10 and 120 minutes for the case."))
    if starts_at is None:
        raise InvalidInput("starts_at", _l("Give the time the case starts."))
    local_day = day.starts_at.astimezone(municipality.profile.tz)
    start = datetime.combine(local_day.date(), starts_at, tzinfo=municipality.profile.tz)
    start = start.astimezone(UTC)
    end = start + timedelta(minutes=minutes)
    if start < day.starts_at or end > day.ends_at:
        raise InvalidInput("starts_at", _l("The case must fit within the meeting day."))
    for other in session.exec(
        select(TeamReferral).where(
            TeamReferral.team_meeting_id == day.id,
            TeamReferral.id != referral.id,
            TeamReferral.status != ReferralStatus.WITHDRAWN,
        )
    ):
        o_start = other.starts_at
        if start < o_start + timedelta(minutes=other.minutes or 0) and o_start < end:
            raise InvalidInput("starts_at", _l("Another case has that time."))
    check = consent_check(
        session, municipality=municipality, referral=referral, team=reached.team,
        on=clock.today(municipality),
    )  # fmt: skip
    if not check.may_discuss:
        raise InvalidInput(
            "referral", GUESTS_NEED_CONSENT if check.guests_missing else CONSENT_NEEDED
        )
    language = (interpreter_language or "").strip()
    if interpreter_needed and not language:
        raise InvalidInput("interpreter_language", _l("Say which language the interpreter is for."))
    referral.team_meeting_id = day.id
    referral.starts_at = start
    referral.minutes = minutes
    referral.interpreter_needed = bool(interpreter_needed)
    referral.interpreter_language = language[:80] if interpreter_needed else ""
    referral.status = ReferralStatus.SCHEDULED
    session.add(referral)
    session.flush()
    return referral


def move_to_team(
    session: Session, *, municipality: Municipality, by: Actor, referral_id: int, team_id: int
) -> TeamReferral:
    """The chair sends a referral on to another team (the child changes age band before the
    meeting, or the case belongs to another part of the municipality)."""
    reached = get_referral(session, by=by, referral_id=referral_id, action="team.move", needs=CHAIR)
    referral = reached.referral
    target = session.get(TeamRecord, team_id) if team_id else None
    if target is None or target.id == reached.team.id:
        raise InvalidInput("team_id", _l("Choose another team."))
    if referral.status not in (ReferralStatus.RECEIVED, ReferralStatus.SCHEDULED):
        raise InvalidInput("team_id", _l("The invitations are sent: the case keeps its place."))
    referral.team_id = target.id
    referral.team_meeting_id = None
    referral.starts_at = None
    referral.status = ReferralStatus.RECEIVED
    session.add(referral)
    session.flush()
    return referral


# -- the consent check and the invitations ------------------------------------------------------


# The consent check and the invitations, read with the queue (see :mod:`.invitations`).
from bti.services.teams.invitations import (  # noqa: E402
    CONSENT_NEEDED,
    GUESTS_NEED_CONSENT,
    TEAM_MEETING_KIND,
    ConsentCheck,
    consent_check,
    consent_checks,
    invite,
)

__all__ = [
    "CONSENT_NEEDED",
    "GUESTS_NEED_CONSENT",
    "TEAM_MEETING_KIND",
    "ConsentCheck",
    "assess",
    "choose_minute_taker",
    "consent_check",
    "consent_checks",
    "invite",
    "move_to_team",
    "place",
    "plan_day",
    "queue",
]
