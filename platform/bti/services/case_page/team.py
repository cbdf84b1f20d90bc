"""The case page's section for the standing team: refer the case (the meldeskjema), where
the referral is, the meeting, the action plan and its evaluation by the person coordinating
the follow-up. Read inside the page's one audited read; shown only where the municipality
has teams."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from bti.case_panels import CaseRead
from bti.models import ActionPlanItem, ReferralStatus, StaffUser, TeamMeeting, TeamRecord
from bti.services import guardians
from bti.services.teams import plan as plan_service
from bti.services.teams import referrals


@dataclass(frozen=True)
class TeamSection:
    may_refer: bool  # at the first level, not referred, guardians not kept out
    team_options: list[tuple[int, str]]
    proposed_team: int | None
    participants: list[tuple[int, str]]  # others on the case, to invite by agreement
    referral: object | None  # the latest referral (TeamReferral)
    team: TeamRecord | None
    meeting_day: TeamMeeting | None
    discussion: object | None
    plan: list[ActionPlanItem]
    follow_up_coordinator: str
    follow_up_at: datetime | None
    evaluates_plan: bool  # the user coordinates the follow-up and has not evaluated yet
    plan_evaluation: dict[str, str]
    questions: dict
    kept_out: bool

    @property
    def quiet(self) -> bool:
        return self.referral is None and not self.may_refer

    @property
    def waiting(self) -> bool:
        return self.referral is not None and self.referral.status in (
            ReferralStatus.RECEIVED,
            ReferralStatus.SCHEDULED,
            ReferralStatus.INVITED,
        )


def read(ctx: CaseRead) -> TeamSection | None:
    if not ctx.municipality.teams:
        return None
    session, case = ctx.session, ctx.case
    found = plan_service.latest(session, case_id=case.id)
    referral = found.referral if found else None
    discussion = found.discussion if found else None
    open_referral = referral is not None and referral.status in referrals.OPEN_STATUSES
    first = ctx.municipality.levels[0].number
    kept_out = guardians.excluded(case)
    may_refer = ctx.is_open and case.level == first and not open_referral and not kept_out
    options, proposed = ([], None)
    if may_refer:
        options, proposed = referrals.team_options(
            session, subject=ctx.subject, unit_id=case.unit_id, today=ctx.today
        )
    plan = []
    if discussion is not None and discussion.closed_at is not None:
        plan = list(
            session.exec(
                select(ActionPlanItem)
                .where(
                    ActionPlanItem.case_id == case.id,
                    ActionPlanItem.created_at >= referral.referred_at,
                )
                .order_by(ActionPlanItem.id)
            )
        )
    coordinator_id = discussion.follow_up_coordinator_id if discussion else None
    coordinator = session.get(StaffUser, coordinator_id) if coordinator_id else None
    evaluation = found.evaluation if found else {}
    return TeamSection(
        may_refer=may_refer,
        team_options=[(o.id, o.label) for o in options],
        proposed_team=proposed,
        participants=[
            (p.user_id, ctx.name(p.user_id)) for p in ctx.people if p.user_id != ctx.actor.user_id
        ],
        referral=referral,
        team=session.get(TeamRecord, referral.team_id) if referral else None,
        meeting_day=session.get(TeamMeeting, referral.team_meeting_id)
        if referral and referral.team_meeting_id
        else None,
        discussion=discussion,
        plan=plan,
        follow_up_coordinator=coordinator.display_name if coordinator else "",
        follow_up_at=discussion.follow_up_at if discussion else None,
        evaluates_plan=bool(
            discussion
            and discussion.closed_at
            and coordinator_id == ctx.actor.user_id
            and not evaluation
        ),
        plan_evaluation=evaluation,
        questions=plan_service.QUESTIONS,
        kept_out=kept_out,
    )
