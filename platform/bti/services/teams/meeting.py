"""The six parts of the team's meeting («Møtestruktur»), recorded part by part on the case's
place in the meeting day.

1. Presentasjon: confidentiality is stated; who is there (the guardians, the youth, the
   referrer) is recorded for every case.
2. Framlegg: the case put forward and the measures already tried.
3. Drøfting.
4. Avrunding: the summary, the family's view, the action plan, who coordinates the
   follow-up, the follow-up meeting at the local service, the family's immediate feedback.
   The case moves on to follow-up in the local service.
5. Metarefleksjon: the fixed members only, after the referrer and the family have left. It
   is kept in the team's record alone: never in the case's minutes, printouts or the
   citizen view.
6. Protokoll: finalised by the chair (:mod:`.protocol`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    ActionPlanItem,
    Case,
    CaseParticipant,
    ReferralStatus,
    Subject,
    TeamDiscussion,
    TeamEvaluation,
    TeamMeeting,
    TeamRecord,
    TeamReferral,
    Unit,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, versions
from bti.services.teams import roster
from bti.services.teams.access import MEMBER, READ, get_referral


@dataclass(frozen=True)
class PlanRow:
    goal: str
    measure: str
    responsible: str
    follow_up_on: date | None


@dataclass(frozen=True)
class DiscussionRead:
    referral: TeamReferral
    team: TeamRecord
    role: str | None  # None: the referrer, who reads
    case: Case
    subject: Subject
    unit_name: str
    day: TeamMeeting | None
    discussion: TeamDiscussion | None
    plan: list[ActionPlanItem]
    agenda: tuple
    people: list[tuple[int, str]]  # those taking part in the case (to coordinate follow-up)
    evaluation: TeamEvaluation | None
    may_record: bool
    may_chair: bool
    sees_reflection: bool


def read(
    session: Session, *, municipality: Municipality, by: Actor, referral_id: int
) -> DiscussionRead:
    """The case's place in the meeting: what the team sees, part by part. The referrer
    reads it too, without the metarefleksjon."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.discussion_read", needs=READ
    )
    referral, team, role = reached.referral, reached.team, reached.role
    case = session.get(Case, referral.case_id)
    subject = session.get(Subject, case.subject_id)
    unit = session.get(Unit, referral.unit_id) if referral.unit_id else None
    discussion = _discussion(session, referral)
    people = _people(session, case)
    plan = list(
        session.exec(
            select(ActionPlanItem)
            .where(
                ActionPlanItem.case_id == case.id, ActionPlanItem.created_at >= referral.referred_at
            )
            .order_by(ActionPlanItem.id)
        )
    )
    evaluation = session.exec(
        select(TeamEvaluation).where(TeamEvaluation.referral_id == referral.id)
    ).first()
    if role is None and discussion is not None:
        discussion = _without_reflection(discussion)
    return DiscussionRead(
        referral=referral,
        team=team,
        role=role,
        case=case,
        subject=subject,
        unit_name=unit.name if unit else "",
        day=session.get(TeamMeeting, referral.team_meeting_id)
        if referral.team_meeting_id
        else None,
        discussion=discussion,
        plan=plan,
        agenda=municipality.team_agenda,
        people=people,
        evaluation=evaluation,
        may_record=(role is not None and referral.status == ReferralStatus.INVITED)
        or (role is not None and referral.status == ReferralStatus.DISCUSSED),
        may_chair=roster.chairs(role),
        sees_reflection=role is not None,
    )


def _without_reflection(discussion: TeamDiscussion) -> TeamDiscussion:
    copy = TeamDiscussion.model_validate(discussion.model_dump())
    copy.reflection = ""
    return copy


def _people(session: Session, case: Case) -> list[tuple[int, str]]:
    from bti.models import StaffUser

    rows = session.exec(
        select(StaffUser.id, StaffUser.display_name)
        .join(CaseParticipant, CaseParticipant.user_id == StaffUser.id)
        .where(CaseParticipant.case_id == case.id, CaseParticipant.own_part_closed_at.is_(None))
        .order_by(StaffUser.display_name)
    ).all()
    return list(dict.fromkeys((uid, name) for uid, name in rows))


def _discussion(session: Session, referral: TeamReferral) -> TeamDiscussion | None:
    return session.exec(
        select(TeamDiscussion).where(TeamDiscussion.referral_id == referral.id)
    ).first()


def _writable(
    session: Session,
    by: Actor,
    referral_id: int,
    action: str,
    needs: str = MEMBER,
    version: int | None = None,
):
    """The referral reached and its discussion, at the next version: ``version`` is the
    discussion's as the user's form showed it (0 before anything was recorded), and a save
    from an older one is refused (:mod:`bti.services.versions`)."""
    reached = get_referral(session, by=by, referral_id=referral_id, action=action, needs=needs)
    if reached.referral.status not in (ReferralStatus.INVITED, ReferralStatus.DISCUSSED):
        raise InvalidInput(
            "referral", _l("The case is not on a meeting day with invitations sent.")
        )
    case_ref = reached.referral.case_id
    discussion = _discussion(session, reached.referral)
    if discussion is not None:
        versions.claim(session, discussion, seen=version, by=by, case_id=case_ref)
        return reached, discussion
    discussion = TeamDiscussion(referral_id=reached.referral.id, recorded_by_id=by.user_id)
    try:
        # Two first saves at once: the referral's one discussion is unique, the second fails.
        session.add(discussion)
        session.flush()
    except IntegrityError:
        raise versions.changed(session, by=by, case_id=case_ref, current=1) from None
    return reached, discussion


def _save(session: Session, discussion: TeamDiscussion) -> TeamDiscussion:
    session.add(discussion)
    session.flush()
    return discussion


def record_presentation(
    session: Session,
    *,
    by: Actor,
    referral_id: int,
    confidentiality_stated: bool,
    guardians_present: bool | None,
    youth_present: bool | None,
    referrer_present: bool | None,
    version: int | None = None,
) -> TeamDiscussion:
    """Part 1: confidentiality stated, and who is there — recorded for every case."""
    _reached, discussion = _writable(session, by, referral_id, "team.presentation", version=version)
    if not confidentiality_stated:
        raise InvalidInput(
            "confidentiality_stated", _l("The chair states the duty of confidentiality first.")
        )
    if guardians_present is None:
        raise InvalidInput("guardians_present", _l("Say whether the guardians took part."))
    if referrer_present is None:
        raise InvalidInput("referrer_present", _l("Say whether the referrer took part."))
    discussion.confidentiality_stated = True
    discussion.guardians_present = guardians_present
    discussion.youth_present = bool(youth_present)
    discussion.referrer_present = referrer_present
    return _save(session, discussion)


def record_case(
    session: Session,
    *,
    by: Actor,
    referral_id: int,
    presentation: str,
    earlier_measures: str,
    version: int | None = None,
) -> TeamDiscussion:
    """Part 2: the case put forward, and the measures already tried («Det redegjøres for
    tiltak som allerede er iverksatt»)."""
    _reached, discussion = _writable(session, by, referral_id, "team.case", version=version)
    _presented(discussion)
    text = (presentation or "").strip()
    if not text:
        raise InvalidInput("presentation", _l("Write the main points of the case as put forward."))
    discussion.presentation = text
    discussion.earlier_measures = (earlier_measures or "").strip()
    return _save(session, discussion)


def record_discussion(
    session: Session, *, by: Actor, referral_id: int, text: str, version: int | None = None
) -> TeamDiscussion:
    """Part 3: the discussion, the summaries written on the board."""
    _reached, discussion = _writable(session, by, referral_id, "team.discussion", version=version)
    _presented(discussion)
    text = (text or "").strip()
    if not text:
        raise InvalidInput("discussion", _l("Write the summaries from the discussion."))
    discussion.discussion = text
    return _save(session, discussion)


def _presented(discussion: TeamDiscussion) -> None:
    if not discussion.confidentiality_stated:
        raise InvalidInput(
            "referral", _l("Record the presentation first: confidentiality, and who is there.")
        )


@dataclass(frozen=True)
class Overview:
    teams: list[tuple[TeamRecord, str]]  # the teams the user sits in, with their place
    cases: list[tuple[TeamReferral, TeamRecord, str]]  # on a meeting day, invitations sent
    administered: list[TeamRecord]  # every team, for an administrator


def overview(session: Session, *, by: Actor, limit: int = 20) -> Overview:
    """The user's teams, and the cases on their meeting days with invitations sent: the
    cases to discuss. One audit event for the list."""
    teams = roster.my_teams(session, user_id=by.user_id)
    cases = []
    for team, role in teams:
        cases += [
            (referral, team, role)
            for referral in session.exec(
                select(TeamReferral)
                .where(
                    TeamReferral.team_id == team.id,
                    TeamReferral.status.in_((ReferralStatus.INVITED, ReferralStatus.DISCUSSED)),
                )
                .order_by(TeamReferral.starts_at)
                .limit(limit)
            )
        ]
    administered = roster.teams(session) if roster.administers(by) else []
    audit.record(session, actor=by, action="team.overview", detail=f"count={len(cases)}")
    return Overview(teams, cases, administered)


# Parts 4 and 5, the avrunding and the metarefleksjon (see :mod:`.closing`).
from bti.services.teams.closing import (  # noqa: E402
    STILL_PRESENT,
    family_left,
    record_closing,
    record_reflection,
)

__all__ = [
    "STILL_PRESENT",
    "DiscussionRead",
    "Overview",
    "PlanRow",
    "family_left",
    "overview",
    "read",
    "record_case",
    "record_closing",
    "record_discussion",
    "record_presentation",
    "record_reflection",
]
