"""The numbered steps (trinn) of a level as a checklist on the case: which are done, by
whom and when.

Sources: Tromsø's guide walks each level in numbered trinn, ending in a decision («Trinn 4:
Oppsummer og ta beslutning …», «Trinn 6: Ta beslutning», «Trinn 7: På bakgrunn av
evalueringa, ta beslutning om videre arbeid»), and a level can be walked again: «Fortsett
fra trinn 4-7 så lenge behovet er til stede» (nivå 2), «Fortsett på trinn 1-4» (nivå 3).

A level whose guide says ``checklist`` keeps its steps here. A step is ticked by hand, or by
the event the guide ties it to (``Step.done_when``: the stafettlogg opened, measures set, an
evaluation, a decision). The decision step is done only by recording a decision. A round
starts when the case enters the level; a decision that keeps the case at the level with
``Outcome.repeat_from`` starts a new round from that step, so those steps are open again
while the earlier ticks stay on record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.guide import Level, Step
from bti.i18n import lazy_gettext as _l
from bti.models import Case, CaseStep, Decision
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.levels import find_outcome
from bti.services import audit
from bti.services.access import get_case, refusal
from bti.services.guards import require_open

DECISION = "decision"


@dataclass(frozen=True)
class StepState:
    """One step of the case's current level and whether it is done in this round."""

    number: int
    step: Step
    done: CaseStep | None

    @property
    def by_hand(self) -> bool:
        """Whether a person ticks it (the decision step is done by deciding)."""
        return self.step.done_when != DECISION


def checklist(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> list[StepState]:
    """The checklist of the case as ``by`` may read it (audited as a read of the case)."""
    case = get_case(session, by=by, case_id=case_id, action="steps.read")
    return states(session, municipality=municipality, case=case)


def states(
    session: Session,
    *,
    municipality: Municipality,
    case: Case,
    decisions: Sequence[Decision] | None = None,
) -> list[StepState]:
    """The steps of the case's level in order, each with its tick in this round; empty when
    the level is not a checklist. No audit event: the caller has read the case. The case's
    ``decisions`` (in the order taken), where the caller has them, spare reading them."""
    level = municipality.level(case.level)
    if not level.checklist:
        return []
    ticks = _ticks_this_round(
        session, municipality=municipality, case=case, level=level, decisions=decisions
    )
    return [
        StepState(number, step, ticks.get(number))
        for number, step in enumerate(level.steps, start=1)
    ]


def tick(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, step: int
) -> CaseStep:
    """Tick a step of the case's current level off as done by ``by``, now. A step already
    done in this round keeps its first tick."""
    case = get_case(session, by=by, case_id=case_id, action="steps.tick")
    require_open(session, by=by, case=case)
    level = municipality.level(case.level)
    if not level.checklist or not 1 <= (step or 0) <= len(level.steps):
        raise InvalidInput("step", _l("Choose a step of the case's level."))
    if level.steps[step - 1].done_when == DECISION:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="step_done_by_decision",
            message=_l("This step is done by recording the decision below."),
        )
    done = _ticks_this_round(session, municipality=municipality, case=case, level=level)
    if step in done:
        return done[step]
    check = CaseStep(case_id=case.id, level=case.level, step=step, done_by_id=by.user_id)
    session.add(check)
    session.flush()
    audit.record(session, actor=by, action="steps.ticked", case_ref=case.id, detail=str(step))
    return check


def record_event(
    session: Session,
    *,
    municipality: Municipality,
    case: Case,
    event: str,
    by_user_id: int,
    at: datetime | None = None,
) -> list[CaseStep]:
    """Tick the steps of the case's level that ``event`` does (``Step.done_when``), unless
    they are done in this round already."""
    level = municipality.level(case.level)
    if not level.checklist:
        return []
    done = _ticks_this_round(session, municipality=municipality, case=case, level=level)
    ticked = []
    for number, step in enumerate(level.steps, start=1):
        if step.done_when == event and number not in done:
            check = CaseStep(
                case_id=case.id,
                level=case.level,
                step=number,
                done_by_id=by_user_id,
                done_at=at or clock.now(),
            )
            session.add(check)
            ticked.append(check)
    session.flush()
    return ticked


def open_before_decision(session: Session, *, municipality: Municipality, case: Case) -> list[int]:
    """The numbers of the steps before the decision step not yet done in this round: the
    decision is still allowed (the guide orders the work, it does not forbid a decision),
    but the person deciding is told."""
    return open_before(states(session, municipality=municipality, case=case))


def open_before(states: Iterable[StepState]) -> list[int]:
    """:func:`open_before_decision` from the case's :func:`states`, already read."""
    open_steps = []
    for state in states:
        if state.step.done_when == DECISION:
            break
        if state.done is None:
            open_steps.append(state.number)
    return open_steps


# ---------------------------------------------------------------------------------------------
# Rounds
# ---------------------------------------------------------------------------------------------


def _ticks_this_round(
    session: Session,
    *,
    municipality: Municipality,
    case: Case,
    level: Level,
    decisions: Sequence[Decision] | None = None,
) -> dict[int, CaseStep]:
    """The first tick of each step made in the current round of ``level``."""
    if decisions is None:
        decisions = session.exec(
            select(Decision)
            .where(Decision.case_id == case.id)
            .order_by(Decision.decided_at, Decision.id)
        ).all()
    entered, restarts = _round_bounds(decisions, level=level)
    ticks: dict[int, CaseStep] = {}
    for check in session.exec(
        select(CaseStep)
        .where(CaseStep.case_id == case.id, CaseStep.level == level.number)
        .order_by(CaseStep.done_at, CaseStep.id)
    ):
        since = entered
        for from_step, at in restarts:
            if check.step >= from_step and (since is None or at > since):
                since = at
        if since is not None and check.done_at <= since:
            continue
        ticks.setdefault(check.step, check)
    return ticks


def _round_bounds(
    decisions: Sequence[Decision], *, level: Level
) -> tuple[datetime | None, list[tuple[int, datetime]]]:
    """When the case last entered ``level`` by a decision (``None``: it began there), and
    the later decisions at the level that began a new round from a step (``decisions``: the
    case's, in the order taken)."""
    entered = None
    for decision in decisions:
        if decision.to_level == level.number and decision.from_level != level.number:
            entered = decision.decided_at
    restarts = []
    for decision in decisions:
        if decision.from_level != level.number or (entered and decision.decided_at <= entered):
            continue
        outcome = find_outcome(level, decision.outcome)
        if outcome is not None and outcome.repeat_from and decision.to_level == level.number:
            restarts.append((outcome.repeat_from, decision.decided_at))
    return entered, restarts
