"""Parts 4 and 5 of the team's meeting: the avrunding (the summary, the family's view, the
action plan, who coordinates the follow-up and when, the family's immediate feedback), the
family leaving, and the metarefleksjon, held by the fixed members alone (see
:mod:`.meeting` for the whole meeting)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    ActionPlanItem,
    Case,
    Meeting,
    MeetingInvitee,
    MeetingKind,
    ReferralStatus,
    TeamDiscussion,
    TeamEvaluation,
    TeamReferral,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, guardians
from bti.services.cases.deciding import record_step
from bti.services.teams import roster
from bti.services.teams.meeting import PlanRow, _people, _presented, _save, _writable
from bti.services.teams.referrals import DISCUSSED, next_level


def record_closing(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    referral_id: int,
    summary: str,
    family_view: str,
    plan: Sequence[PlanRow],
    follow_up_coordinator_id: int | None,
    follow_up_at: datetime | None,
    follow_up_place: str,
    family_feedback: str,
    version: int | None = None,
) -> TeamDiscussion:
    """Part 4, avrunding: the summary, the family's view, the action plan (at least one
    measure, each with who is responsible and when it is followed up), who coordinates the
    follow-up in the local service and when the follow-up meeting is. The case's meeting is
    registered as held, the follow-up meeting is planned at the local service, the family's
    evaluation is opened, and the case moves on to follow-up under the action plan."""
    reached, discussion = _writable(session, by, referral_id, "team.closing", version=version)
    referral = reached.referral
    _presented(discussion)
    if discussion.closed_at is not None:
        raise InvalidInput("summary", _l("The avrunding is already recorded."))
    summary = (summary or "").strip()
    if not summary:
        raise InvalidInput("summary", _l("Summarise the main measures agreed."))
    view = (family_view or "").strip()
    if (discussion.guardians_present or discussion.youth_present) and not view:
        raise InvalidInput(
            "family_view", _l("Write the guardians' or the youth's view on the measures.")
        )
    rows = [r for r in plan if r.goal.strip() or r.measure.strip() or r.responsible.strip()]
    if not rows:
        raise InvalidInput(
            "plan", _l("The meeting ends with an action plan: write at least one measure.")
        )
    for row in rows:
        if not (row.goal.strip() and row.measure.strip() and row.responsible.strip()):
            raise InvalidInput(
                "plan", _l("Each measure needs a goal, the measure and who is responsible.")
            )
    case = session.get(Case, referral.case_id)
    if follow_up_coordinator_id not in {uid for uid, _n in _people(session, case)}:
        raise InvalidInput(
            "follow_up_coordinator_id",
            _l("Choose who in the local service coordinates the follow-up (someone taking "
               "part in the case)."),
        )  # fmt: skip
    if follow_up_at is None:
        raise InvalidInput(
            "follow_up_at", _l("Give the time of the follow-up meeting at the local service.")
        )
    follow_up_utc = roster.in_utc(municipality, follow_up_at)
    if follow_up_utc <= clock.now():
        raise InvalidInput("follow_up_at", _l("The follow-up meeting must be after this meeting."))
    place = (follow_up_place or "").strip()
    if not place:
        raise InvalidInput("follow_up_place", _l("Say where the follow-up meeting is held."))

    now = clock.now()
    discussion.summary, discussion.family_view = summary, view
    discussion.follow_up_coordinator_id = follow_up_coordinator_id
    discussion.follow_up_at, discussion.follow_up_place = follow_up_utc, place[:200]
    discussion.family_feedback = (family_feedback or "").strip()
    discussion.closed_at = now
    _save(session, discussion)
    session.add_all(
        ActionPlanItem(
            case_id=case.id, goal=r.goal.strip(), measure=r.measure.strip(),
            responsible_text=r.responsible.strip()[:160], follow_up_on=r.follow_up_on,
        )
        for r in rows
    )  # fmt: skip
    _held(session, referral, discussion, now)
    _follow_up_meeting(session, case, discussion)
    session.add(TeamEvaluation(referral_id=referral.id, token=secrets.token_urlsafe(24)))
    referral.status = ReferralStatus.DISCUSSED
    session.add(referral)
    record_step(
        session, municipality=municipality, by=by, case=case, outcome=DISCUSSED,
        to_level=next_level(municipality, case.level),
    )  # fmt: skip
    session.flush()
    audit.record(
        session, actor=by, action="case.team_discussed", case_ref=case.id,
        detail=f"referral={referral.id}",
    )  # fmt: skip
    return discussion


def _held(
    session: Session, referral: TeamReferral, discussion: TeamDiscussion, now: datetime
) -> None:
    """The case's meeting in the team is registered as held, with who came."""
    meeting = session.get(Meeting, referral.meeting_id) if referral.meeting_id else None
    if meeting is None:
        return
    meeting.held_at = now
    meeting.guardians_present = bool(discussion.guardians_present)
    meeting.child_present = bool(discussion.youth_present)
    session.add(meeting)
    for invitee in session.exec(
        select(MeetingInvitee).where(MeetingInvitee.meeting_id == meeting.id)
    ):
        if invitee.guardian_id is not None:
            invitee.attended = bool(discussion.guardians_present)
        elif invitee.is_subject:
            invitee.attended = bool(discussion.youth_present)
        elif invitee.user_id == referral.referred_by_id:
            invitee.attended = bool(discussion.referrer_present)
        session.add(invitee)


def _follow_up_meeting(session: Session, case: Case, discussion: TeamDiscussion) -> None:
    """«Tidspunkt for oppfølgingsmøte på lokalt tjenestested skal oppføres i
    handlingsplanen»: the meeting is planned on the case, organised by the person who
    coordinates the follow-up, with the guardians invited."""
    meeting = Meeting(
        case_id=case.id,
        kind=MeetingKind.OPPFOLGINGSMOTE,
        starts_at=discussion.follow_up_at,
        place=discussion.follow_up_place,
        agenda=discussion.summary,
        organiser_id=discussion.follow_up_coordinator_id,
    )
    session.add(meeting)
    session.flush()
    session.add(MeetingInvitee(meeting_id=meeting.id, user_id=discussion.follow_up_coordinator_id))
    session.add_all(
        MeetingInvitee(meeting_id=meeting.id, guardian_id=g.id)
        for g in guardians.to_involve(session, case=case)
    )


def family_left(
    session: Session, *, by: Actor, referral_id: int, version: int | None = None
) -> TeamDiscussion:
    """The referrer and the guardians or youth have left the room."""
    _reached, discussion = _writable(session, by, referral_id, "team.family_left", version=version)
    if discussion.closed_at is None:
        raise InvalidInput("referral", _l("Record the avrunding before the family leaves."))
    discussion.family_left_at = clock.now()
    return _save(session, discussion)


def record_reflection(
    session: Session, *, by: Actor, referral_id: int, text: str, version: int | None = None
) -> TeamDiscussion:
    """Part 5, metarefleksjon: the fixed members' feedback to each other, held after the
    referrer and the guardians or youth have left; never recorded while one of them is still
    marked present."""
    _reached, discussion = _writable(session, by, referral_id, "team.reflection", version=version)
    someone_there = bool(
        discussion.guardians_present or discussion.youth_present or discussion.referrer_present
    )
    if someone_there and discussion.family_left_at is None:
        raise InvalidInput("reflection", STILL_PRESENT)
    text = (text or "").strip()
    if not text:
        raise InvalidInput(
            "reflection", _l("Write how the meeting worked, and what could be done differently.")
        )
    discussion.reflection = text
    discussion.reflection_at = clock.now()
    return _save(session, discussion)


STILL_PRESENT = _l(
    "The metarefleksjon is held after the referrer and the guardians or youth have left. "
    "Record that they have left first."
)
