"""Turn each :class:`~bti.demo.scenarios.CaseScenario` into a case with its history.

A case's history is a timeline between the day it was opened and today (or the day it
closed): at every level its meetings, then the decision that moved it on, each decision
taken from the municipality's own level definitions — the outcome is looked up by where it
leads, never by a code of its own, so every guide's decisions carry that guide's codes.

Deadlines follow the guide as the services keep them (:mod:`bti.services.deadlines`):
started by the events its rules name (measures agreed, a meeting of a kind held, a level
entered) and met by later ones. A guide that sets no deadlines gets the demo's own: a
follow-up ahead, and on ``overdue`` cases one that has passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise

from bti.demo import consents, records
from bti.demo.context import DemoContext
from bti.demo.organisation import STAFF, unit_for
from bti.demo.scenarios import NATIONAL, STORIES, CaseScenario, Story
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
    DecisionService,
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
    UnitKind,
)
from bti.plugins import Municipality
from bti.rules.levels import needs_consent
from bti.services import consents as consent_rules
from bti.services import deadlines

# Used where the guide names no deadlines at all.
DEFAULT_DEADLINE_CODE = "follow_up"
ADULT_AGE = 18
BARNEVERN_REVIEW_DAYS = 7  # barnevern reviews a report within a week (barnevernsloven)

_LEADER_KEYS = frozenset(
    spec.key for spec in STAFF if any(role is Role.LEDER for _unit, role in spec.memberships)
)


class DemoScenarioError(RuntimeError):
    """A scenario asks for something its municipality's guide or rules do not allow."""


@dataclass
class CaseInProgress:
    """A case while its history is being written, with who and what it involves.

    ``pending`` are the people who join later, when a decision brings in their service;
    ``held_at_level`` the level the case was at when each meeting was held.
    """

    ctx: DemoContext
    story: Story
    scenario: CaseScenario
    case: Case
    people: dict[str, StaffUser]
    units: dict[str, Unit]
    participants: list[CaseParticipant] = field(default_factory=list)
    participant_of: dict[str, CaseParticipant] = field(default_factory=dict)
    pending: set[str] = field(default_factory=set)
    meetings: list[Meeting] = field(default_factory=list)
    held_at_level: dict[int, int] = field(default_factory=dict)
    consent: Consent | None = None
    consents: list[Consent] = field(default_factory=list)
    measures_at: datetime | None = None

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

    @property
    def guide_sets_deadlines(self) -> bool:
        return any(level.deadlines for level in self.ctx.municipality.levels)

    @property
    def consent_status(self) -> ConsentStatus | None:
        """The consent the case ends up with: the scenario's, or else a given one if the
        case takes a decision the guide says needs a consent."""
        scenario = self.scenario
        if scenario.acute:  # the acute path never involves the guardians
            return None
        if scenario.consent is None and _path_needs_consent(self.ctx.municipality, scenario):
            return ConsentStatus.GIVEN
        return scenario.consent

    def local_day(self, at: datetime) -> date:
        return at.astimezone(self.ctx.municipality.profile.tz).date()

    def unit_of(self, key: str) -> Unit:
        """The unit a staff key in the case acts for, or the unit with that key."""
        return self.units[key] if key in self.units else self.ctx.units[key]


# --- which story a municipality gets -----------------------------------------------------


def story_for(municipality: Municipality) -> Story:
    """The first story (:data:`bti.demo.scenarios.STORIES`) whose every case the guide can
    walk: each move between levels, each closing, report and extra service is a decision
    the guide has, and each meeting kind and form is one the municipality knows. The
    national story where none fits (its moves the guide lacks are then left out)."""
    for story in STORIES:
        if _walkable(municipality, story):
            return story
    return NATIONAL


def _walkable(municipality: Municipality, story: Story) -> bool:
    kinds = {kind.code for kind in municipality.meeting_kinds}
    wanted = {k for level in story.meetings for k in level} | set(story.planned)
    if any(s.transition for s in story.cases):
        wanted.add(MeetingKind.OVERGANGSMOTE)
    if not wanted <= kinds or len(story.meetings) < len(municipality.levels):
        return False
    return all(_case_walkable(municipality, scenario) for scenario in story.cases)


def _case_walkable(municipality: Municipality, scenario: CaseScenario) -> bool:
    try:
        if scenario.acute:
            return pick_outcome(municipality.level(0), report=True) is not None
        for here, there in pairwise(scenario.path):
            if pick_outcome(municipality.level(here), to_level=there) is None:
                return False
        last = municipality.level(scenario.path[-1])
    except KeyError:
        return False
    if scenario.closed and pick_outcome(last, close=True) is None:
        return False
    if scenario.more_services and pick_outcome(last, more=True) is None:
        return False
    return all(municipality.fillable_form(form.kind) for form in scenario.documents)


def _path_needs_consent(municipality: Municipality, scenario: CaseScenario) -> bool:
    for here, there in pairwise(scenario.path):
        try:
            outcome = pick_outcome(municipality.level(here), to_level=there)
        except KeyError:
            continue
        if outcome is not None and needs_consent(outcome):
            return True
    return bool(scenario.more_services)


# --- building a case ---------------------------------------------------------------------


def create_cases(ctx: DemoContext, story: Story) -> None:
    for scenario in story.cases:
        create_case(ctx, story, scenario)


def create_case(ctx: DemoContext, story: Story, scenario: CaseScenario) -> Case:
    """One case with participants, then its timeline, follow-up and deadlines."""
    work = _open(ctx, story, scenario)
    _add_participants(work)
    _deadline_started(work, "case_opened", work.case.opened_at, on=work.case.concern_arose_on)
    if scenario.acute:
        _report_acute(work)
    else:
        _walk_levels(work)
        records.fill_in_forms(work)
        records.create_action_plan(work)
        _plan_next_meeting(work)
    records.clarify_coordinator(work, [offered_at(ctx, plan) for plan in scenario.handovers])
    records.create_stafettlogg(work)
    _add_open_deadlines(work)
    _add_handovers(work)
    ctx.session.flush()
    return work.case


def _open(ctx: DemoContext, story: Story, scenario: CaseScenario) -> CaseInProgress:
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
    work = CaseInProgress(ctx, story, scenario, case, people, units)
    # Those a later decision brings in join then (never the opener or the stafettholder).
    later = {key for _level, keys in scenario.names for key in keys} | set(scenario.more_services)
    work.pending = {k for k in later if k in people} - {scenario.opener, scenario.stafettholder}
    return work


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
    keys = {user.id: key for key, user in work.people.items()}
    work.participant_of = {keys[row.user_id]: row for row in rows}


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
    """The steps of the case's history in order: the meetings at each level, then the
    decision leaving it; an open case has held only the first meeting of its present level
    (the next is planned); a decision bringing in more services, or closing, comes last."""
    story, scenario = work.story, work.scenario
    last = len(scenario.path) - 1
    steps: list[tuple] = []
    for index, level in enumerate(scenario.path):
        if not scenario.fresh:
            kinds = story.meetings[level]
            settled = index < last or scenario.closed or scenario.more_services
            steps += [("meeting", kind) for kind in (kinds if settled else kinds[:1])]
        if index < last:
            steps.append(("decide", scenario.path[index + 1]))
    if scenario.more_services:
        steps.append(("more",))
    if scenario.transition:
        steps.append(("meeting", MeetingKind.OVERGANGSMOTE))
    if scenario.closed:
        steps.append(("close",))
    return steps


def _walk_levels(work: CaseInProgress) -> None:
    ctx, case, scenario = work.ctx, work.case, work.scenario
    steps = _timeline(work)
    if scenario.quiet_days is not None:
        # The last step that many days ago, the others spread evenly before it.
        end = ctx.days_ago(scenario.quiet_days)
        span = (end - case.opened_at) / len(steps)
    else:
        # A closed case ended some weeks ago; an open one has its last step yesterday.
        end = ctx.days_ago(max(1.0, scenario.days_ago * (0.2 if scenario.closed else 0.02)))
        span = (end - case.opened_at) / (len(steps) + 1)
    previous = case.opened_at
    for number, step in enumerate(steps, start=1):
        at = previous = _working_hours(ctx, case.opened_at + span * number, after=previous)
        if step[0] == "meeting":
            _hold_meeting(work, step[1], at)
        elif step[0] == "decide":
            decide(work, to_level=step[1], at=at)
        elif step[0] == "more":
            _bring_in_more_services(work, at)
        else:
            decide(work, close=True, at=at)
    status = work.consent_status
    if work.consent is None and status is not None:
        work.consent = consents.create_consent(work, status, at=end)
        work.consents.append(work.consent)
    elif status is ConsentStatus.WITHDRAWN and work.consent.status is ConsentStatus.GIVEN:
        consents.withdraw_consent(work, work.consent, at=end)


def _working_hours(ctx: DemoContext, at: datetime, *, after: datetime) -> datetime:
    """``at`` moved back to working hours (09–15 local time, Monday to Friday), when staff
    meet and decide; left as it is where that would put it before ``after``."""
    local = at.astimezone(ctx.municipality.profile.tz)
    day, hour = local.date(), local.hour
    if not 9 <= hour < 15:  # earlier that day, or the day before
        day, hour = (day - timedelta(days=1) if hour < 9 else day), 9 + hour % 6
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    moved = ctx.local(day, hour, 0 if local.minute < 30 else 30)
    return moved if moved > after else at


def _hold_meeting(work: CaseInProgress, kind: str, at: datetime) -> None:
    """A held meeting meets the deadlines waiting for it and starts those it triggers; the
    first one from level 1 agrees the measures where the story says so."""
    meeting = records.create_meeting(work, kind, at, held=True)
    work.meetings.append(meeting)
    work.held_at_level[meeting.id] = work.case.level
    _deadline_met(work, "meeting_held", meeting.held_at, kind=kind)
    _deadline_started(work, "meeting_held", meeting.held_at, kind=kind)
    if work.story.measures_at_meeting and work.measures_at is None and work.case.level >= 1:
        work.measures_at = meeting.held_at
        _deadline_started(work, "measures_set", meeting.held_at)


def _bring_in_more_services(work: CaseInProgress, at: datetime) -> None:
    """A new consent naming the services brought in, then the decision that names them."""
    units = [work.unit_of(key) for key in work.scenario.more_services]
    consent = consents.create_consent(
        work, ConsentStatus.GIVEN, at=at - timedelta(days=2), units=units
    )
    work.consents.append(consent)
    decide(work, more=True, at=at)


def _prepare_consent(work: CaseInProgress, outcome: Outcome, at: datetime) -> None:
    """Consent comes before a decision that needs one, and is withdrawn before a case
    steps back down for that reason."""
    status = work.consent_status
    if status is None:
        return
    if needs_consent(outcome) and work.consent is None:
        initial = ConsentStatus.GIVEN if status is ConsentStatus.WITHDRAWN else status
        work.consent = consents.create_consent(work, initial, at=at - timedelta(days=2))
        work.consents.append(work.consent)
    elif (
        outcome.to_level is not None
        and outcome.to_level < work.case.level
        and status is ConsentStatus.WITHDRAWN
        and work.consent
    ):
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
    if work.guide_sets_deadlines:
        return  # only the guide's own deadlines
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
    level: Level | None,
    *,
    to_level: int | None = None,
    close: bool = False,
    report: bool = False,
    more: bool = False,
) -> Outcome | None:
    """The level's own outcome that closes, reports, leads to ``to_level``, or (``more``)
    brings in more services while the case stays at the level."""
    for outcome in level.outcomes if level else ():
        if report or close:
            if (report and outcome.reports_to_barnevern) or (close and outcome.closes_case):
                return outcome
        elif outcome.closes_case or outcome.reports_to_barnevern:
            continue
        elif more:
            if outcome.names_services and outcome.to_level == level.number:
                return outcome
        elif outcome.to_level == to_level:
            return outcome
    return None


def decide(
    work: CaseInProgress,
    *,
    at: datetime,
    to_level: int | None = None,
    close: bool = False,
    report: bool = False,
    more: bool = False,
) -> Decision | None:
    """Record a decision the guide allows at the case's current level, and apply it: with
    the consent it needs and the services it names, each covered by a consent valid that
    day, as :func:`bti.services.cases.decide` requires.

    A guide without such an outcome gets no decision, and the case stays where it is.
    """
    case = work.case
    from_level = case.level
    definition = level_definition(work, from_level)
    outcome = pick_outcome(definition, to_level=to_level, close=close, report=report, more=more)
    if outcome is None:
        return None
    if not (close or report):
        _prepare_consent(work, outcome, at)
    named = _named_services(work, outcome, more=more)
    _check_consent(work, outcome, named, at)
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
    rows: list = [decision]
    if not work.guide_sets_deadlines:
        rows.append(
            Deadline(
                case_id=case.id,
                code="decision",
                due_at=at + timedelta(days=2),
                owner_id=by.id,
                met_at=at,
            )
        )
    work.ctx.save(*rows)
    if named:
        work.ctx.save(*(DecisionService(decision_id=decision.id, service=s) for s in named))
    _join(work, outcome, at, more=more)
    _deadline_met(work, "decision", at)
    if outcome.closes_case:
        deadlines.close_all(work.ctx.session, case=case, now=at)
    elif case.level != from_level:
        _deadline_started(work, "level_entered", at)
    return decision


def _named_keys(work: CaseInProgress, outcome: Outcome, *, more: bool) -> tuple[str, ...]:
    if not outcome.names_services:
        return ()
    return work.scenario.more_services if more else work.scenario.named_at(outcome.to_level)


def _named_services(work: CaseInProgress, outcome: Outcome, *, more: bool) -> list[str]:
    """The services (unit kinds) a decision that names services brings in: the scenario's,
    or else every service the consent names."""
    if not outcome.names_services:
        return []
    keys = _named_keys(work, outcome, more=more)
    units = [work.unit_of(key) for key in keys] if keys else consents.consent_units(work)
    return list(dict.fromkeys(UnitKind(unit.kind).value for unit in units))


def _check_consent(work: CaseInProgress, outcome: Outcome, named: list[str], at: datetime):
    """The platform's own consent rules, so the demo never shows a decision the case page
    would have refused."""
    session, case, on = work.ctx.session, work.case, work.local_day(at)
    if needs_consent(outcome) and not consent_rules.has_valid(session, case_id=case.id, on=on):
        raise DemoScenarioError(f"{case.concern!r}: {outcome.code} needs a valid consent")
    for service in named:
        if not consent_rules.covers(session, case_id=case.id, service=service, on=on):
            raise DemoScenarioError(f"{case.concern!r}: no consent covers {service}")


def _join(work: CaseInProgress, outcome: Outcome, at: datetime, *, more: bool) -> None:
    """The people whose service the decision brings in take part from now on."""
    for key in _named_keys(work, outcome, more=more):
        if key in work.pending:
            work.pending.discard(key)
            work.participant_of[key].joined_at = at
    work.ctx.session.flush()


def _close(work: CaseInProgress, at: datetime) -> None:
    """Everyone's own part ends with the case, and so do the consents' periods."""
    work.case.status = CaseStatus.CLOSED
    work.case.closed_at = at
    for participant in work.participants:
        participant.own_part_closed_at = at
    for consent in work.consents:
        consent.valid_to = at.date()


def _deadline_started(
    work: CaseInProgress, trigger: str, at: datetime, *, kind: str = "", on: date | None = None
) -> None:
    """The deadlines the guide's rules start on ``trigger`` at the case's level, owned as
    the services own them: by the stafettholder, or else whoever acted (here the holder)."""
    started = deadlines.start(
        work.ctx.session,
        municipality=work.ctx.municipality,
        case=work.case,
        trigger=trigger,
        owner_id=work.case.stafettholder_id or work.holder.id,
        on=on or work.local_day(at),
        kind=kind,
    )
    for deadline in started:
        deadline.created_at = at
    if started:
        work.ctx.session.flush()


def _deadline_met(work: CaseInProgress, event: str, at: datetime, *, kind: str = "") -> None:
    deadlines.meet(work.ctx.session, case=work.case, event=event, now=at, kind=kind)


def _plan_next_meeting(work: CaseInProgress) -> None:
    """The story's next meeting at the case's level, on a working day — before the case's
    earliest deadline that is still ahead."""
    if work.case.status is CaseStatus.CLOSED:
        return
    ctx = work.ctx
    kind = work.story.planned[work.case.level]
    day = ctx.today + timedelta(days=ctx.rng.randint(3, 20))
    ahead = [d.due_at for d in deadlines.open_for_case(ctx.session, work.case.id)]
    ahead = [work.local_day(due) - timedelta(days=1) for due in ahead if due > ctx.now]
    if ahead and min(ahead) > ctx.today + timedelta(days=2):
        day = min(day, min(ahead))
        while day.weekday() >= 5:  # back to the Friday before the deadline
            day -= timedelta(days=1)
    while day.weekday() >= 5:  # staff meet on working days
        day += timedelta(days=1)
    hour = ctx.rng.choice((9, 10, 12, 13, 14))
    work.meetings.append(records.create_meeting(work, kind, ctx.local(day, hour), held=False))


def _deadline_code(work: CaseInProgress) -> str:
    definition = level_definition(work, work.case.level)
    if definition and definition.deadlines:
        return definition.deadlines[0].code
    return DEFAULT_DEADLINE_CODE


def _add_open_deadlines(work: CaseInProgress) -> None:
    """Where the guide sets no deadlines: an open case has a follow-up ahead, an
    ``overdue`` one also one that has passed."""
    ctx, case = work.ctx, work.case
    if case.status is CaseStatus.CLOSED or work.scenario.acute or work.guide_sets_deadlines:
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


def offered_at(ctx: DemoContext, plan) -> datetime:
    """An open offer went out a few days ago; an answered one some weeks ago."""
    return ctx.days_ago(3 if plan.status is HandOverStatus.OFFERED else 20)


def _add_handovers(work: CaseInProgress) -> None:
    """Offered as :func:`offered_at` says; answered the day after where it has been
    answered. An accepted hand-over is why ``to_key`` is the stafettholder now."""
    for plan in work.scenario.handovers:
        offered = offered_at(work.ctx, plan)
        answered = None if plan.status is HandOverStatus.OFFERED else offered + timedelta(days=1)
        work.ctx.save(
            HandOver(
                case_id=work.case.id,
                from_user_id=work.people[plan.from_key].id,
                to_user_id=work.people[plan.to_key].id,
                status=plan.status,
                note=records.handover_note(plan),
                offered_at=offered,
                answered_at=answered,
            )
        )
