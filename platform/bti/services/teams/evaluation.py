"""The family's evaluation of the team («Brukerevaluering»): how it was to take part,
whether the action plan was followed up, whether the measures helped. The team's chair is
responsible for it. Staff fill it in with the guardians or youth, or they answer through a
link that carries a random token and no name; it is answered once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import TeamEvaluation
from bti.rules.access import Actor
from bti.services import audit
from bti.services.teams.access import CHAIR, get_referral

ANSWERS = {
    "yes": _l("Yes"),
    "partly": _l("Partly"),
    "no": _l("No"),
}


@dataclass(frozen=True)
class Answers:
    experience: int | None
    experience_text: str
    plan_followed: str
    measures_helped: str
    comment: str


def _check(answers: Answers) -> Answers:
    if answers.experience not in (1, 2, 3, 4, 5):
        raise InvalidInput("experience", _l("Choose how it was to take part, from 1 to 5."))
    if answers.plan_followed not in ANSWERS:
        raise InvalidInput("plan_followed", _l("Say whether the action plan was followed up."))
    if answers.measures_helped not in ANSWERS:
        raise InvalidInput("measures_helped", _l("Say whether the measures helped."))
    return answers


def _store(evaluation: TeamEvaluation, answers: Answers, via: str) -> None:
    evaluation.experience = answers.experience
    evaluation.experience_text = answers.experience_text.strip()
    evaluation.plan_followed = answers.plan_followed
    evaluation.measures_helped = answers.measures_helped
    evaluation.comment = answers.comment.strip()
    evaluation.answered_at = clock.now()
    evaluation.answered_via = via


def with_staff(
    session: Session, *, by: Actor, referral_id: int, answers: Answers
) -> TeamEvaluation:
    """The chair records the evaluation filled in with the guardians or youth."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.evaluation", needs=CHAIR
    )
    evaluation = session.exec(
        select(TeamEvaluation).where(TeamEvaluation.referral_id == reached.referral.id)
    ).first()
    if evaluation is None:
        raise InvalidInput("experience", _l("The evaluation opens when the avrunding is recorded."))
    if evaluation.answered_at is not None:
        raise InvalidInput("experience", _l("The evaluation has already been answered."))
    _store(evaluation, _check(answers), "staff")
    evaluation.recorded_by_id = by.user_id
    session.add(evaluation)
    session.flush()
    return evaluation


def by_token(session: Session, *, token: str) -> TeamEvaluation:
    """The evaluation a link opens; :class:`NotFound` for an unknown token. The session is
    the link's municipality's."""
    evaluation = (
        session.exec(select(TeamEvaluation).where(TeamEvaluation.token == token)).first()
        if token and len(token) <= 48
        else None
    )
    if evaluation is None:
        audit.record_denial(session, actor=None, action="team.evaluation_link")
        raise NotFound("evaluation")
    return evaluation


def answer_by_link(session: Session, *, token: str, answers: Answers) -> TeamEvaluation:
    """The guardians or youth answer through the link; once."""
    evaluation = by_token(session, token=token)
    if evaluation.answered_at is not None:
        raise InvalidInput(
            "experience", _l("Thank you: this evaluation has already been answered.")
        )
    _store(evaluation, _check(answers), "link")
    session.add(evaluation)
    session.flush()
    audit.record(
        session, actor=None, action="team.evaluation_answered", detail=f"evaluation={evaluation.id}"
    )
    return evaluation
