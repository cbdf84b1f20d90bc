"""The team's documents to print (the seed's Vedlegg 2–4 and the protocol): the meldeskjema,
the invitation to the team's meeting, the action plan and the anonymised protocol.

Each is read through the team's access check (:func:`bti.services.teams.access.
get_referral`): the team and the referrer; the action plan also from the case, by those
taking part in it (it is the case's, archived in the local service). The protocol carries
no name, birth date or other identifying detail: it is the team's archive.
"""

from __future__ import annotations

import json

from sqlmodel import Session, select

from bti import clock
from bti.i18n import gettext as _
from bti.labels import capitalised, unit_kind
from bti.models import (
    ActionPlanItem,
    Case,
    StaffUser,
    Subject,
    TeamDiscussion,
    TeamMeeting,
    TeamRecord,
    TeamReferral,
    TeamReferralGuest,
    Unit,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import guardians
from bti.services.access import get_case
from bti.services.consents import has_valid
from bti.services.printouts import Printout, display_names
from bti.services.teams import plan as plan_service
from bti.services.teams.access import MEMBER, READ, get_referral
from bti.services.teams.referrals import CASE_TYPES


def _printout(session: Session, case: Case, data: dict) -> Printout:
    return Printout(
        case=case,
        subject=session.get(Subject, case.subject_id),
        guardians_kept_out=guardians.excluded(case),
        hide=guardians.Hider(session, case),
        data=data,
    )


def _types(referral: TeamReferral) -> list[str]:
    return [str(CASE_TYPES[t]) for t in referral.case_types.split(",") if t in CASE_TYPES]


def referral_form(
    session: Session, *, municipality: Municipality, by: Actor, referral_id: int
) -> Printout:
    """«Melding av sak til Tidlig innsatsteam» with what the referral holds."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.print_referral", needs=READ
    )
    referral, team = reached.referral, reached.team
    case = session.get(Case, referral.case_id)
    unit = session.get(Unit, referral.unit_id) if referral.unit_id else None
    guests = list(
        session.exec(
            select(StaffUser.display_name)
            .join(TeamReferralGuest, TeamReferralGuest.user_id == StaffUser.id)
            .where(TeamReferralGuest.referral_id == referral.id)
        )
    )
    on = clock.today(municipality)
    data = {
        "referral": referral,
        "team": team,
        "referrer": display_names(session, [referral.referred_by_id]).get(
            referral.referred_by_id, ""
        ),
        "unit": unit.name if unit else "",
        "guardians": [g for g in guardians.to_involve(session, case=case)],
        "guests": guests,
        "types": _types(referral),
        "consent_attached": has_valid(session, case_id=case.id, on=on),
        "back_url": ("teams.discussion", {"referral_id": referral.id}),
    }
    return _printout(session, case, data)


def invitation(
    session: Session, *, municipality: Municipality, by: Actor, referral_id: int
) -> Printout:
    """«Innkalling til møte i Tidlig innsatsteam»: regarding whom, when, where, and whom to
    ask (the team's chair)."""
    from bti.web.formatting import end_time, local_moment  # in the reader's language

    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.print_invitation", needs=READ
    )
    referral, team = reached.referral, reached.team
    case = session.get(Case, referral.case_id)
    day = session.get(TeamMeeting, referral.team_meeting_id) if referral.team_meeting_id else None
    chair = session.get(StaffUser, team.coordinator_id) if team.coordinator_id else None
    data = {
        "referral": referral,
        "team": team,
        "starts": local_moment(referral.starts_at) if referral.starts_at else None,
        "ends": end_time(referral.starts_at, _ends(referral)) if referral.starts_at else "",
        "place": day.place if day else "",
        "chair": chair.display_name if chair else "",
        "back_url": ("teams.discussion", {"referral_id": referral.id}),
    }
    return _printout(session, case, data)


def _ends(referral: TeamReferral):
    """When the case's own time on the meeting day ends (not the whole day)."""
    from datetime import timedelta

    return referral.starts_at + timedelta(minutes=referral.minutes or 0)


def _plan_data(session: Session, referral: TeamReferral, case: Case) -> dict:
    from bti.web.formatting import local_moment

    discussion = session.exec(
        select(TeamDiscussion).where(TeamDiscussion.referral_id == referral.id)
    ).first()
    items = list(
        session.exec(
            select(ActionPlanItem)
            .where(
                ActionPlanItem.case_id == case.id, ActionPlanItem.created_at >= referral.referred_at
            )
            .order_by(ActionPlanItem.id)
        )
    )
    coordinator = discussion.follow_up_coordinator_id if discussion else None
    return {
        "referral": referral,
        "discussion": discussion,
        "items": items,
        "follow_up": local_moment(discussion.follow_up_at)
        if discussion and discussion.follow_up_at
        else None,
        "coordinator": display_names(session, [coordinator]).get(coordinator, ""),
        "questions": plan_service.QUESTIONS,
        "answers": json.loads(discussion.plan_evaluation)
        if discussion and discussion.plan_evaluation
        else {},
    }


def action_plan(
    session: Session, *, municipality: Municipality, by: Actor, referral_id: int
) -> Printout:
    """«Handlingsplan» from the team's page."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.print_plan", needs=READ
    )
    case = session.get(Case, reached.referral.case_id)
    data = _plan_data(session, reached.referral, case)
    data["back_url"] = ("teams.discussion", {"referral_id": reached.referral.id})
    return _printout(session, case, data)


def action_plan_of_case(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> Printout:
    """«Handlingsplan» from the case page, for those taking part in the case."""
    case = get_case(session, by=by, case_id=case_id, action="case.print")
    found = plan_service.latest(session, case_id=case.id)
    if found is None:
        from bti.errors import NotFound

        raise NotFound("plan")
    return _printout(session, case, _plan_data(session, found.referral, case))


def protocol(
    session: Session, *, municipality: Municipality, by: Actor, referral_id: int
) -> Printout:
    """The anonymised protocol: the case number, the team, the date, the age group, the
    kind of service that referred, what the case was about, whether the family took part,
    and the protocol's text. No name or birth date: the subject is not passed on."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.print_protocol", needs=MEMBER
    )
    referral, team = reached.referral, reached.team
    discussion = session.exec(
        select(TeamDiscussion).where(TeamDiscussion.referral_id == referral.id)
    ).first()
    case = session.get(Case, referral.case_id)
    unit = session.get(Unit, referral.unit_id) if referral.unit_id else None
    data = {
        "anonymised": True,
        "referral": referral,
        "team": team,
        "age_group": age_group(team),
        "meeting_on": referral.starts_at,
        "service": capitalised(unit_kind(unit.kind)) if unit else "",
        "types": _types(referral),
        "took_part": bool(
            discussion and (discussion.guardians_present or discussion.youth_present)
        ),
        "discussion": discussion,
        "back_url": ("teams.discussion", {"referral_id": referral.id}),
    }
    return Printout(
        case=case, subject=None, guardians_kept_out=True, hide=lambda text: text, data=data
    )


def age_group(team: TeamRecord) -> str:
    return _(
        "%(min)s–%(max)s years",
        min=team.min_age,
        max=team.max_age + 1 if team.max_age == 0 else team.max_age,
    )
