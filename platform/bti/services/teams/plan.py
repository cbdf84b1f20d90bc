"""The action plan after the meeting (handlingsplan), and its evaluation by the person who
coordinates the follow-up («Evaluering v/koordineringsansvarlig»).

The plan is the case's: it is archived in the child's (or the pregnant woman's) record in
the local service, not in the team («arkiveres ikke i TIT»). The guardians or youth and the
professionals get a copy (the printout, and the citizen view where the municipality has one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import ReferralStatus, TeamDiscussion, TeamReferral
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, versions
from bti.services.access import get_case, refusal

#: «Stikkord til tema for oppfølgingssamtale», the seed's five questions.
QUESTIONS = {
    "goal": _l("How did you reach the goal?"),
    "why_not": _l("What may be the reason we did not reach the goal?"),
    "service": _l("Which service followed up the case?"),
    "used": _l("Were the suggested measures used?"),
    "effect": _l("What has the effect of the advice and measures been?"),
}


@dataclass(frozen=True)
class TeamOnCase:
    """The latest referral of a case to a team, and what its meeting recorded."""

    referral: TeamReferral
    discussion: TeamDiscussion | None

    @property
    def evaluation(self) -> dict[str, str]:
        if self.discussion is None or not self.discussion.plan_evaluation:
            return {}
        return json.loads(self.discussion.plan_evaluation)


def latest(session: Session, *, case_id: str) -> TeamOnCase | None:
    referral = session.exec(
        select(TeamReferral)
        .where(TeamReferral.case_id == case_id, TeamReferral.status != ReferralStatus.WITHDRAWN)
        .order_by(TeamReferral.id.desc())
    ).first()
    if referral is None:
        return None
    discussion = session.exec(
        select(TeamDiscussion).where(TeamDiscussion.referral_id == referral.id)
    ).first()
    return TeamOnCase(referral, discussion)


def evaluate(
    session: Session,
    *,
    municipality: Municipality | None = None,
    by: Actor,
    case_id: str,
    answers: dict[str, str],
    version: int | None = None,
) -> TeamDiscussion:
    """The person coordinating the follow-up evaluates the action plan with the seed's
    questions; every question is answered."""
    case = get_case(session, by=by, case_id=case_id, action="case.team_plan_evaluated")
    found = latest(session, case_id=case.id)
    discussion = found.discussion if found else None
    if discussion is None or discussion.closed_at is None:
        raise refusal(
            session, by=by, case_id=case.id, reason="no_team_plan",
            message=_l("The case has no action plan from the team to evaluate."),
        )  # fmt: skip
    if discussion.follow_up_coordinator_id != by.user_id:
        raise refusal(
            session, by=by, case_id=case.id, reason="not_follow_up_coordinator",
            message=_l("The person coordinating the follow-up evaluates the action plan."),
        )  # fmt: skip
    versions.claim(session, discussion, seen=version, by=by, case_id=case.id)
    cleaned = {code: (answers.get(code) or "").strip() for code in QUESTIONS}
    for code, text in cleaned.items():
        if not text:
            raise InvalidInput(code, _l("Answer the question."))
    discussion.plan_evaluation = json.dumps(cleaned, ensure_ascii=False)
    discussion.plan_evaluated_at = clock.now()
    discussion.plan_evaluated_by_id = by.user_id
    session.add(discussion)
    session.flush()
    audit.record(
        session, actor=by, action="case.team_plan_evaluated", case_ref=case.id,
        detail=f"referral={found.referral.id}",
    )  # fmt: skip
    return discussion
