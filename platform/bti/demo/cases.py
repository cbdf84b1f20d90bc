"""Turn each :class:`~bti.demo.scenarios.CaseScenario` into a case with its history.

A case's history is a timeline between the day it was opened and today (or the day it
closed): at every level a meeting, then the decision that moved it on, each decision taken
from the municipality's own level definitions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bti.demo import consents, records
from bti.demo.context import DemoContext
from bti.demo.organisation import STAFF, unit_for
from bti.demo.scenarios import CaseScenario
from bti.guide import Level, Outcome
from bti.models import (
    BarnevernReport,
    Case,
    CaseParticipant,
    CaseStatus,
    Consent,
    ConsentStatus,
    Deadline,
    Decision,
    HandOver,
    HandOverStatus,
    Meeting,
    MeetingKind,
    ParticipantRole,
    Role,
    StaffUser,
    Subject,
    SubjectKind,
    Unit,
)

# The meeting held at each level before its decision.
MEETING_AT_LEVEL = {
    0: MeetingKind.UNDRINGSSAMTALE,
    1: MeetingKind.OPPFOLGINGSMOTE,
    2: MeetingKind.SAMARBEIDSMOTE,
    3: MeetingKind.EVALUERINGSMOTE,
}
# Used where a level's guide names no deadline of its own.
DEFAULT_DEADLINE_CODE = "follow_up"
ADULT_AGE = 18
BARNEVERN_REVIEW_DAYS = 7  # barnevern reviews a report within a week (barnevernsloven)

_LEADER_KEYS = frozenset(
    spec.key for spec in STAFF if any(role is Role.LEDER for _unit, role in spec.memberships)
)


@dataclass
class CaseInProgress:
    """A case while its history is being written, with who and what it involves."""

    ctx: DemoContext
    scenario: CaseScenario
    case: Case
    people: dict[str, StaffUser]
    units: dict[str, Unit]
    participants: list[CaseParticipant] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    consent: Consent | None = None

    @property
    def subject(self) -> Subject:
        return self.ctx.subjects[self.scenario.subject]

    @property
    def age(self) -> int:
        return self.ctx.ages[self.scenario.subject]

    @property
    def is_child(self) -> bool:
        """Under 18 and not the pregnant woman: the one whose voice meetings record."""
        return self.subject.kind != SubjectKind.GRAVID and self.age < ADULT_AGE

    @property
    def opener(self) -> StaffUser:
        return self.people[self.scenario.opener]

    @property
    def holder(self) -> StaffUser:
        """Whoever holds the baton, or else the one who opened the case."""
        return self.people[self.scenario.stafettholder or self.scenario.opener]


def create_cases(ctx: DemoContext, scenarios: tuple[CaseScenario, ...]) -> None:
    for scenario in scenarios:
        create_case(ctx, scenario)


def create_case(ctx: DemoContext, scenario: CaseScenario) -> Case:
    """One case with participants, then its timeline, follow-up and deadlines."""
    work = _open(ctx, scenario)
    _add_participants(work)
    if scenario.acute:
        _report_acute(work)
    else:
        _walk_levels(work)
        records.create_action_plan(work)
        _plan_next_meeting(work)
    records.create_stafettlogg(work)
    _add_open_deadlines(work)
    _add_handover(work)
    ctx.session.flush()
    return work.case


def _open(ctx: DemoContext, scenario: CaseScenario) -> CaseInProgress:
    subject = ctx.subjects[scenario.subject]
    small = ctx.ages[scenario.subject] < 6 or subject.kind == SubjectKind.GRAVID
    keys = (scenario.opener, *scenario.others, scenario.stafettholder)
    people = {key: ctx.staff[key] for key in keys if key}
    units = {key: unit_for(ctx, key, small_child=small) for key in people}
    opened = ctx.local(ctx.today - timedelta(days=scenario.days_ago), 8 + ctx.rng.randint(0, 6))
    case = Case(
        subject_id=subject.id,
        unit_id=units[scenario.opener].id,
        concern=scenario.concern,
        concern_arose_on=opened.date() - timedelta(days=ctx.rng.randint(7, 60)),
        acute=scenario.acute,
        stafettholder_id=people[scenario.stafettholder].id if scenario.stafettholder else None,
        opened_by_id=people[scenario.opener].id,
        opened_at=opened,
    )
    ctx.save(case)
    return CaseInProgress(ctx, scenario, case, people, units)


def _add_participants(work: CaseInProgress) -> None:
    """The opener keeps samtidighetsansvar (OPENED_BY) even when also holding the baton."""
    scenario, case = work.scenario, work.case
    joined = case.opened_at + timedelta(days=min(7, scenario.days_ago / 3))
    rows = [_participant(work, scenario.opener, ParticipantRole.OPENED_BY, case.opened_at)]
    for key in work.people:
        if key == scenario.stafettholder:
            rows.append(_participant(work, key, ParticipantRole.STAFETTHOLDER, joined))
        elif key != scenario.opener:
            role = ParticipantRole.LEADER if key in _LEADER_KEYS else ParticipantRole.PARTICIPANT
            rows.append(_participant(work, key, role, joined))
    work.ctx.save(*rows)
    work.participants = rows


def _participant(
    work: CaseInProgress, key: str, role: ParticipantRole, joined: datetime
) -> CaseParticipant:
    return CaseParticipant(
        case_id=work.case.id,
        user_id=work.people[key].id,
        unit_id=work.units[key].id,
        role=role,
        joined_at=joined,
    )


def _timeline(work: CaseInProgress) -> list[tuple]:
    """The steps of the case's history in order: meetings, then the decision leaving a
    level; a closing decision last."""
    scenario = work.scenario
    steps: list[tuple] = []
    for index, level in enumerate(scenario.path):
        if not scenario.fresh:
            steps.append(("meeting", MEETING_AT_LEVEL[level]))
        if index + 1 < len(scenario.path):
            steps.append(("decide", scenario.path[index + 1]))
    if scenario.transition:
        steps.append(("meeting", MeetingKind.OVERGANGSMOTE))
    if scenario.closed:
        steps.append(("close",))
    return steps


def _walk_levels(work: CaseInProgress) -> None:
    ctx, case = work.ctx, work.case
    steps = _timeline(work)
    # A closed case ended some weeks ago; an open one has its last step yesterday.
    end = ctx.days_ago(max(1.0, work.scenario.days_ago * (0.2 if work.scenario.closed else 0.02)))
    span = (end - case.opened_at) / (len(steps) + 1)
    for number, step in enumerate(steps, start=1):
        at = case.opened_at + span * number
        if step[0] == "meeting":
            work.meetings.append(records.create_meeting(work, step[1], at, held=True))
        elif step[0] == "decide":
            _before_decision(work, step[1], at)
            decide(work, to_level=step[1], at=at)
        else:
            decide(work, close=True, at=at)
    if work.consent is None and work.scenario.consent_status is not None:
        work.consent = consents.create_consent(work, work.scenario.consent_status, at=end)


def _before_decision(work: CaseInProgress, to_level: int, at: datetime) -> None:
    """Consent comes before other services are brought in, and is withdrawn before a
    case steps back down for that reason."""
    status = work.scenario.consent_status
    if status is None:
        return
    if to_level >= 2 and work.consent is None:
        initial = ConsentStatus.GIVEN if status is ConsentStatus.WITHDRAWN else status
        work.consent = consents.create_consent(work, initial, at=at - timedelta(days=2))
    elif to_level < work.case.level and status is ConsentStatus.WITHDRAWN and work.consent:
        consents.withdraw_consent(work, work.consent, at=at - timedelta(days=1))


def _report_acute(work: CaseInProgress) -> None:
    """Straight to barnevern: a decision that reports, no guardians, no consent."""
    case = work.case
    case.reported_to_barnevern_at = case.opened_at + timedelta(hours=2)
    work.ctx.save(
        BarnevernReport(
            case_id=case.id,
            reported_by_id=case.opened_by_id,
            recipient="Barnevernstjenesten, mottak",
            police_notified=False,
            reported_at=case.reported_to_barnevern_at,
        )
    )
    decide(work, report=True, at=case.opened_at + timedelta(hours=1))
    work.ctx.save(
        Deadline(
            case_id=case.id,
            code="barnevern_review",
            due_at=case.reported_to_barnevern_at + timedelta(days=BARNEVERN_REVIEW_DAYS),
            remind_at=case.reported_to_barnevern_at + timedelta(days=BARNEVERN_REVIEW_DAYS - 2),
            owner_id=work.holder.id,
        )
    )


def level_definition(work: CaseInProgress, number: int) -> Level | None:
    try:
        return work.ctx.municipality.level(number)
    except KeyError:
        return None


def pick_outcome(
    level: Level | None, *, to_level: int | None = None, close: bool = False, report: bool = False
) -> Outcome | None:
    """The level's own outcome that closes, reports, or leads to ``to_level``."""
    for outcome in level.outcomes if level else ():
        if report or close:
            if (report and outcome.reports_to_barnevern) or (close and outcome.closes_case):
                return outcome
        elif outcome.to_level == to_level and not (
            outcome.closes_case or outcome.reports_to_barnevern
        ):
            return outcome
    return None


def decide(
    work: CaseInProgress,
    *,
    at: datetime,
    to_level: int | None = None,
    close: bool = False,
    report: bool = False,
) -> Decision | None:
    """Record a decision the guide allows at the case's current level, and apply it.

    A guide without such an outcome gets no decision, and the case stays where it is.
    """
    case = work.case
    from_level = case.level
    definition = level_definition(work, from_level)
    outcome = pick_outcome(definition, to_level=to_level, close=close, report=report)
    if outcome is None:
        return None
    # The reporter reports; from level 2 the stafettholder decides.
    by = work.holder if from_level >= 2 and not report else work.opener
    decision = Decision(
        case_id=case.id,
        from_level=from_level,
        outcome=outcome.code,
        to_level=outcome.to_level,
        rationale=records.rationale(from_level, outcome),
        decided_by_id=by.id,
        decided_at=at,
    )
    if outcome.to_level is not None:
        case.level = outcome.to_level
    if outcome.closes_case:
        _close(work, at)
    code = definition.deadlines[0].code if definition and definition.deadlines else "decision"
    met = Deadline(
        case_id=case.id, code=code, due_at=at + timedelta(days=2), owner_id=by.id, met_at=at
    )
    work.ctx.save(decision, met)
    return decision


def _close(work: CaseInProgress, at: datetime) -> None:
    """Everyone's own part ends with the case, and so does the consent's period."""
    work.case.status = CaseStatus.CLOSED
    work.case.closed_at = at
    for participant in work.participants:
        participant.own_part_closed_at = at
    if work.consent is not None:
        work.consent.valid_to = at.date()


def _plan_next_meeting(work: CaseInProgress) -> None:
    if work.case.status is CaseStatus.CLOSED:
        return
    level = work.case.level
    kind = MEETING_AT_LEVEL[0] if level == 0 else MeetingKind.OPPFOLGINGSMOTE
    if level == 3:
        kind = MeetingKind.EVALUERINGSMOTE
    day = work.ctx.today + timedelta(days=work.ctx.rng.randint(3, 20))
    while day.weekday() >= 5:  # staff meet on working days
        day += timedelta(days=1)
    hour = work.ctx.rng.choice((9, 10, 12, 13, 14))
    work.meetings.append(records.create_meeting(work, kind, work.ctx.local(day, hour), held=False))


def _deadline_code(work: CaseInProgress) -> str:
    definition = level_definition(work, work.case.level)
    if definition and definition.deadlines:
        return definition.deadlines[0].code
    return DEFAULT_DEADLINE_CODE


def _add_open_deadlines(work: CaseInProgress) -> None:
    """An open case has a deadline ahead; an ``overdue`` one also one that has passed."""
    ctx, case = work.ctx, work.case
    if case.status is CaseStatus.CLOSED or work.scenario.acute:
        return
    dues = [ctx.now + timedelta(days=ctx.rng.randint(5, 21))]
    if work.scenario.overdue:
        dues.append(ctx.now - timedelta(days=ctx.rng.randint(3, 10)))
    ctx.save(
        *(
            Deadline(
                case_id=case.id,
                code=_deadline_code(work),
                due_at=due,
                remind_at=due - timedelta(days=2),
                owner_id=work.holder.id,
            )
            for due in dues
        )
    )


def _add_handover(work: CaseInProgress) -> None:
    """Offered a few days ago; answered the day after where it has been answered. An
    accepted hand-over is why ``to_key`` is the stafettholder now."""
    plan = work.scenario.handover
    if plan is None:
        return
    offered = work.ctx.days_ago(3 if plan.status is HandOverStatus.OFFERED else 20)
    answered = None if plan.status is HandOverStatus.OFFERED else offered + timedelta(days=1)
    work.ctx.save(
        HandOver(
            case_id=work.case.id,
            from_user_id=work.people[plan.from_key].id,
            to_user_id=work.people[plan.to_key].id,
            status=plan.status,
            note=records.handover_note(plan.status),
            offered_at=offered,
            answered_at=answered,
        )
    )
