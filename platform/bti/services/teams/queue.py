"""The chair's queue and meeting plan («Koordinators rolle og ansvar», «Forberedelse»):
referrals with their urgency, meeting days, the cases on each with their time, whether an
interpreter is needed, the check that written consent is in place, the minute-taker, and
the written invitations to everyone.

Only the team's chair (coordinator) and fixed deputy run it. Lists are paginated in the
database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    Meeting,
    MeetingInvitee,
    ReferralStatus,
    StaffUser,
    Subject,
    TeamMeeting,
    TeamRecord,
    TeamReferral,
    TeamReferralGuest,
    Unit,
    Urgency,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, guardians
from bti.services.cases.deciding import record_step
from bti.services.consents import covers, has_valid, subject_age
from bti.services.teams import roster
from bti.services.teams.access import CHAIR, get_referral, get_team
from bti.services.teams.referrals import INVITED

#: The meeting kind of the case's meeting in the team (its invitations, its attendance).
TEAM_MEETING_KIND = "tit"

#: From this age the youth is invited and may speak in their own case («Ungdom over 15 år
#: har rett til å være med og uttale seg om sin egen sak»).
YOUTH_ATTENDS_FROM = 15

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
class Queue:
    team: TeamRecord
    role: str
    items: list[QueueItem]
    total: int
    page: int
    per_page: int
    days: list[DayItem]
    other_teams: list[tuple[int, str]]  # where the chair may send a referral on
    fixed_members: list[tuple[int, str]]  # among whom the minute-taker is chosen

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


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
    waiting = select(TeamReferral).where(
        TeamReferral.team_id == team.id, TeamReferral.status.in_(WAITING)
    )
    total = session.exec(select(sa.func.count()).select_from(waiting.subquery())).one()
    page = max(1, page)
    urgent_first = sa.case((TeamReferral.urgency == Urgency.URGENT, 0), else_=1)
    rows = session.exec(
        select(TeamReferral, Subject, Unit.name)
        .join(Case, Case.id == TeamReferral.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .outerjoin(Unit, Unit.id == TeamReferral.unit_id)
        .where(TeamReferral.team_id == team.id, TeamReferral.status.in_(WAITING))
        .order_by(urgent_first, TeamReferral.referred_at, TeamReferral.id)
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    today = clock.today(municipality)
    items = [
        QueueItem(
            r, s, name or "", subject_age(s, today),
            consent_check(session, municipality=municipality, referral=r, team=team, on=today),
        )
        for r, s, name in rows
    ]  # fmt: skip
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


def _days(session: Session, team: TeamRecord) -> list[DayItem]:
    days = session.exec(
        select(TeamMeeting)
        .where(TeamMeeting.team_id == team.id, TeamMeeting.ends_at >= clock.now())
        .order_by(TeamMeeting.starts_at)
        .limit(6)
    ).all()
    out = []
    for day in days:
        on_it = list(
            session.exec(
                select(TeamReferral)
                .where(
                    TeamReferral.team_meeting_id == day.id,
                    TeamReferral.status != ReferralStatus.WITHDRAWN,
                )
                .order_by(TeamReferral.starts_at)
            )
        )
        total = int((_utc(day.ends_at) - _utc(day.starts_at)).total_seconds() // 60)
        out.append(DayItem(day, on_it, sum(r.minutes or 0 for r in on_it), total))
    return out


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _local(municipality: Municipality, moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=municipality.profile.tz)
    return moment.astimezone(UTC)


def next_meeting_date(team: TeamRecord, after: date) -> date:
    """The team's next meeting weekday after ``after``."""
    ahead = (team.weekday - after.weekday()) % 7 or 7
    return after + timedelta(days=ahead)


def assess(
    session: Session, *, by: Actor, referral_id: int, urgency: str, note: str = ""
) -> TeamReferral:
    """The chair assesses the urgency («hastegrad vurderes»)."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.assess", needs=CHAIR
    )
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
    starts = _local(municipality, starts_at)
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
    meeting_on = _utc(day.starts_at).astimezone(municipality.profile.tz).date()
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
    local_day = _utc(day.starts_at).astimezone(municipality.profile.tz)
    start = datetime.combine(local_day.date(), starts_at, tzinfo=municipality.profile.tz)
    start = start.astimezone(UTC)
    end = start + timedelta(minutes=minutes)
    if start < _utc(day.starts_at) or end > _utc(day.ends_at):
        raise InvalidInput("starts_at", _l("The case must fit within the meeting day."))
    for other in session.exec(
        select(TeamReferral).where(
            TeamReferral.team_meeting_id == day.id,
            TeamReferral.id != referral.id,
            TeamReferral.status != ReferralStatus.WITHDRAWN,
        )
    ):
        o_start = _utc(other.starts_at)
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


@dataclass(frozen=True)
class ConsentCheck:
    """Whether the case may be discussed: a written consent covering the team's services,
    or the family attending themselves; and whether each guest is covered."""

    written: bool
    family_attends: bool
    missing: tuple[str, ...]  # fixed services not covered by a valid consent
    guests_missing: tuple[str, ...]  # guests' services not covered

    @property
    def may_discuss(self) -> bool:
        return (
            self.family_attends or (self.written and not self.missing)
        ) and not self.guests_missing


def consent_check(
    session: Session,
    *,
    municipality: Municipality,
    referral: TeamReferral,
    team: TeamRecord,
    on: date,
) -> ConsentCheck:
    case = session.get(Case, referral.case_id)
    own = session.get(Unit, case.unit_id).kind if case.unit_id else None
    definition = roster.definition(municipality, team)
    seats = [s.service for s in definition.seats if not s.from_referring_unit] if definition else []
    needed = [s for s in dict.fromkeys(seats) if s != own]
    missing = tuple(s for s in needed if not covers(session, case_id=case.id, service=s, on=on))
    guest_kinds = _guest_kinds(session, referral)
    guests_missing = tuple(
        k
        for k in guest_kinds
        if k != own and not covers(session, case_id=case.id, service=k, on=on)
    )
    return ConsentCheck(
        written=has_valid(session, case_id=case.id, on=on),
        family_attends=referral.family_attends,
        missing=missing,
        guests_missing=guests_missing,
    )


def _guest_kinds(session: Session, referral: TeamReferral) -> list[str]:
    from bti.models import CaseParticipant

    kinds = session.exec(
        select(Unit.kind)
        .join(CaseParticipant, CaseParticipant.unit_id == Unit.id)
        .join(TeamReferralGuest, TeamReferralGuest.user_id == CaseParticipant.user_id)
        .where(
            TeamReferralGuest.referral_id == referral.id,
            CaseParticipant.case_id == referral.case_id,
        )
    ).all()
    return [str(k) for k in dict.fromkeys(kinds)]


def invite(session: Session, *, municipality: Municipality, by: Actor, referral_id: int) -> Meeting:
    """Send the written invitations («Sende skriftlig møteinnkalling til alle deltakere»):
    the fixed members, the guests agreed with the family, the referrer, the guardians and,
    from 15, the youth. Refused without a place on a meeting day, or without the written
    consent where the family does not attend themselves; a guest who is not a fixed member
    needs the family's consent to their service. The case moves to the meeting's level."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.invite", needs=CHAIR
    )
    referral, team = reached.referral, reached.team
    if referral.status != ReferralStatus.SCHEDULED or referral.team_meeting_id is None:
        raise InvalidInput("referral", _l("Put the case on a meeting day first."))
    case = session.get(Case, referral.case_id)
    if guardians.excluded(case):
        raise InvalidInput(
            "referral",
            _l("The case has been reported to barnevern and the guardians are kept out: it "
               "cannot be discussed in the team."),
        )  # fmt: skip
    check = consent_check(
        session, municipality=municipality, referral=referral, team=team,
        on=clock.today(municipality),
    )  # fmt: skip
    if check.guests_missing:
        raise InvalidInput("referral", GUESTS_NEED_CONSENT)
    if not check.may_discuss:
        raise InvalidInput("referral", CONSENT_NEEDED)
    day = session.get(TeamMeeting, referral.team_meeting_id)
    subject = session.get(Subject, case.subject_id)
    staff = roster.fixed_member_ids(session, team=team)
    staff += list(
        session.exec(
            select(TeamReferralGuest.user_id).where(TeamReferralGuest.referral_id == referral.id)
        )
    )
    staff.append(referral.referred_by_id)
    staff = list(dict.fromkeys(staff))
    meeting = Meeting(
        case_id=case.id,
        kind=TEAM_MEETING_KIND,
        starts_at=referral.starts_at,
        ends_at=_utc(referral.starts_at) + timedelta(minutes=referral.minutes or 0),
        place=day.place,
        agenda=", ".join(str(part.title) for part in municipality.team_agenda),
        organiser_id=by.user_id,
    )
    session.add(meeting)
    session.flush()
    session.add_all(MeetingInvitee(meeting_id=meeting.id, user_id=uid) for uid in staff)
    session.add_all(
        MeetingInvitee(meeting_id=meeting.id, guardian_id=g.id)
        for g in guardians.to_involve(session, case=case)
    )
    age = subject_age(subject, clock.today(municipality))
    if age is not None and age >= YOUTH_ATTENDS_FROM:
        session.add(MeetingInvitee(meeting_id=meeting.id, is_subject=True))
    referral.meeting_id = meeting.id
    referral.invited_at = clock.now()
    referral.status = ReferralStatus.INVITED
    session.add(referral)
    record_step(
        session, municipality=municipality, by=by, case=case, outcome=INVITED,
        to_level=_level_after(municipality, case.level),
    )  # fmt: skip
    session.flush()
    audit.record(
        session, actor=by, action="case.team_invited", case_ref=case.id,
        detail=f"referral={referral.id}",
    )  # fmt: skip
    return meeting


def _level_after(municipality: Municipality, level: int) -> int:
    after = [lvl.number for lvl in municipality.levels if lvl.number > level]
    return after[0] if after else level


CONSENT_NEEDED = _l(
    "No case is put on the team's agenda without a written consent to discuss it in the "
    "team, covering the team's services, unless the guardians or the youth attend themselves."
)
GUESTS_NEED_CONSENT = _l(
    "Someone invited who is not a fixed member of the team needs the guardians' consent: "
    "the consent must name their service."
)
