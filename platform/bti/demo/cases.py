"""Turn each :class:`~bti.demo.scenarios.CaseScenario` into a case with its history.

A case's history is a timeline between the day it was opened and today (or the day it
closed): at every level its meetings, then the decision that moved it on, each decision
taken from the municipality's own level definitions — the outcome is looked up by where it
leads, never by a code of its own, so every guide's decisions carry that guide's codes.

Deadlines follow the guide as the services keep them (:mod:`bti.services.deadlines`):
started by the events its rules name (measures agreed, a meeting of a kind held, a level
entered) and met by later ones. A guide that sets no deadlines gets the demo's own: a
follow-up ahead, and on ``overdue`` cases one that has passed. A decision due some days
after the concern arose (Tromsø: 14) is taken in time, unless the case is still waiting
for it.

Where a level's trinn are a checklist, the timeline walks them: each step is ticked in
order, by hand or by the event the guide ties it to (consent given, stafettlogg opened,
measures set, evaluated, the decision — :mod:`bti.services.steps`), with the meetings
between; a case still at its level has walked only part of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise

from bti.demo import consents, records
from bti.demo.context import DemoContext
from bti.demo.organisation import STAFF, unit_for
from bti.demo.scenarios import NATIONAL, STORIES, CaseScenario, HandOverPlan, Story
from bti.guide import Level, Outcome
from bti.models import (
    BarnevernReport,
    Case,
    CaseParticipant,
    CaseStatus,
    CaseStep,
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
from bti.rules.child import in_target_group
from bti.rules.levels import needs_consent
from bti.services import consents as consent_rules
from bti.services import deadlines, guardians, steps

# Used where the guide names no deadlines at all.
DEFAULT_DEADLINE_CODE = "follow_up"
ADULT_AGE = 18
BARNEVERN_REVIEW_DAYS = 7  # barnevern reviews a report within a week (barnevernsloven)
BARNEVERN_RECIPIENT = "Barnevernstjenesten, mottak"
# A decision due after the concern arose is taken this long before it falls due.
DECISION_MARGIN = timedelta(days=2)
# A step moved forward into working hours stays this far in the past (a meeting lasts an hour).
LATEST_BEFORE_NOW = timedelta(hours=3)
# The trinn a step's event ticks (bti.guide.Step.done_when).
CONSENT_GIVEN = "consent_given"
STAFETTLOGG_OPENED = "stafettlogg_opened"
MEASURES_SET = "measures_set"
MEASURE_EVALUATED = "measure_evaluated"

_LEADER_KEYS = frozenset(
    spec.key for spec in STAFF if any(role is Role.LEDER for _unit, role in spec.memberships)
)


class DemoScenarioError(RuntimeError):
    """A scenario asks for something its municipality's guide or rules do not allow."""


@dataclass
class CaseInProgress:
    """A case while its history is being written, with who and what it involves.

    ``pending`` are the people who join later, when a decision brings in their service;
    ``held_at_level`` the level the case was at when each meeting was held. ``acting`` is
    who holds the baton at this point of the history where the story writes the
    stafettlogg as it goes (``Story.live_log``); otherwise the case's final stafettholder
    acts throughout.
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
    acting: str | None = None
    entered_at: dict[int, datetime] = field(default_factory=dict)

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
    def holder_key(self) -> str:
        """Whoever holds the baton (now, in a live log), or else the one who opened the case."""
        return self.acting or self.scenario.stafettholder or self.scenario.opener

    @property
    def holder(self) -> StaffUser:
        return self.people[self.holder_key]

    @property
    def live_log(self) -> bool:
        return self.story.live_log

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
        if scenario.consent is None and self.live_log and _path_gathers_consent(self):
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
            target = municipality.level(there)
        except KeyError:
            continue
        if outcome is not None and needs_consent(outcome, target):
            return True
    return bool(scenario.more_services)


def _path_gathers_consent(work: CaseInProgress) -> bool:
    """The case comes to a level that gathers the consent before its stafettlogg opens,
    or is reported on its way (the guardians sign before the report: after it, nothing
    reaches them)."""
    path = work.scenario.path
    for index, level in enumerate(path):
        definition = level_definition(work, level)
        if index and definition is not None and definition.consent_before_stafettlogg:
            return True
        if index < len(path) - 1 and _reports_on_leaving(work, index):
            return True
    return False


# --- building a case ---------------------------------------------------------------------


def create_cases(ctx: DemoContext, story: Story) -> None:
    for scenario in story.cases:
        if _in_target_group(ctx, scenario):
            create_case(ctx, story, scenario)


def _in_target_group(ctx: DemoContext, scenario: CaseScenario) -> bool:
    """Whether the guide covers the case's subject on the day it was opened: a story shared
    by several guides leaves out a case the municipality would refuse (a 19-year-old in
    Jevnaker, whose guide goes to 18), as :func:`bti.services.cases.open_concern` does."""
    subject = ctx.subjects[scenario.subject]
    return in_target_group(
        ctx.municipality.profile.target_group,
        kind=subject.kind,
        birth_date=subject.birth_date,
        on=ctx.today - timedelta(days=scenario.days_ago),
    )


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
    records.register_plans(work)
    _add_open_deadlines(work)
    _add_handovers(work)
    ctx.session.flush()
    return work.case


def _open(ctx: DemoContext, story: Story, scenario: CaseScenario) -> CaseInProgress:
    """The case as it was opened. In a live log nobody holds the baton yet: the opener acts
    until the stafettlogg opens. The concern arose some days before; where a decision falls
    due counted from that day, only a few."""
    subject = ctx.subjects[scenario.subject]
    small = ctx.ages[scenario.subject] < 6 or subject.kind == SubjectKind.GRAVID
    keys = (scenario.opener, *scenario.others, scenario.stafettholder)
    people = {key: ctx.staff[key] for key in keys if key}
    units = {key: unit_for(ctx, key, small_child=small) for key in people}
    opened = ctx.local(ctx.today - timedelta(days=scenario.days_ago), 8 + ctx.rng.randint(0, 6))
    earlier = (1, 4) if _decision_counts_from_concern(ctx.municipality) else (7, 60)
    holder = scenario.stafettholder if scenario.stafettholder and not story.live_log else None
    case = Case(
        subject_id=subject.id,
        unit_id=units[scenario.opener].id,
        concern=scenario.concern,
        concern_arose_on=opened.date() - timedelta(days=ctx.rng.randint(*earlier)),
        acute=scenario.acute,
        stafettholder_id=people[holder].id if holder else None,
        opened_by_id=people[scenario.opener].id,
        opened_at=opened,
    )
    if scenario.next_of_kin:
        case.next_of_kin_relation, case.next_of_kin_reason = scenario.next_of_kin
    ctx.save(case)
    work = CaseInProgress(ctx, story, scenario, case, people, units)
    work.acting = scenario.opener if story.live_log else None
    work.entered_at[0] = opened
    # Those a later decision brings in join then (never the opener or the stafettholder);
    # those who join at a level, then.
    later = {key for _level, keys in scenario.names for key in keys} | set(scenario.more_services)
    work.pending = {k for k in later if k in people} - {scenario.opener, scenario.stafettholder}
    work.pending |= {key for _level, keys in scenario.joins for key in keys if key in people}
    return work


def _decision_counts_from_concern(municipality: Municipality) -> bool:
    """The guide starts a deadline for the decision on the day the concern arose (Tromsø:
    «Frist for å ta en beslutning 14 dager etter at bekymring oppstår»)."""
    return any(
        rule.trigger == "case_opened" and rule.met_by == "decision"
        for level in municipality.levels
        for rule in level.deadlines
    )


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


# --- the timeline ------------------------------------------------------------------------


def _timeline(work: CaseInProgress) -> list[tuple]:
    """The steps of the case's history in order: what happens at each level, then the
    decision leaving it; a decision bringing in more services, or closing, comes last.

    At a level the story holds its meetings; an open case at its present level has held
    only the first (the next is planned), a fresh one none. Where the level is a checklist,
    its trinn are ticked between the meetings (:func:`_checklist_items`)."""
    scenario = work.scenario
    last = len(scenario.path) - 1
    timeline: list[tuple] = []
    consented = log_opened = False
    for index in range(len(scenario.path)):
        settled = index < last or scenario.closed or bool(scenario.more_services)
        items = _level_items(work, index, settled=settled)
        if work.live_log:
            start, consented, log_opened = _live_log_start(
                work, index, items, consented, log_opened
            )
            items = start + items
        timeline += items
        if index < last:
            timeline.append(("decide", scenario.path[index + 1]))
    if scenario.more_services:
        timeline.append(("more",))
    if scenario.transition:
        timeline.append(("meeting", MeetingKind.OVERGANGSMOTE))
    if work.live_log:
        timeline += [
            ("handover", plan)
            for plan in scenario.handovers
            if plan.status is HandOverStatus.ACCEPTED
        ]
    if scenario.closed:
        timeline.append(("close",))
    return timeline


def _level_items(work: CaseInProgress, index: int, *, settled: bool) -> list[tuple]:
    """The meetings (and, on a checklist, the ticks) of the ``index``-th stay at a level;
    cut short where the case is still there."""
    level = work.scenario.path[index]
    kinds = work.story.meetings[level]
    definition = level_definition(work, level)
    if definition is not None and definition.checklist:
        items = _checklist_items(definition, kinds, first=_round_start(work, index))
    else:
        items = [("meeting", kind) for kind in kinds]
    if settled:
        return items
    held = [i for i, item in enumerate(items) if item[0] == "meeting"]
    if work.scenario.fresh:
        return items[: held[0]] if held else items
    return items[: held[1]] if len(held) > 1 else items


def _round_start(work: CaseInProgress, index: int) -> int:
    """The trinn a stay at a level starts from: 1, or where the decision to stay at it
    starts a new round («Fortsett fra trinn 4-7»)."""
    path = work.scenario.path
    if index == 0 or path[index - 1] != path[index]:
        return 1
    outcome = pick_outcome(level_definition(work, path[index]), to_level=path[index])
    return (outcome.repeat_from if outcome else None) or 1


def _checklist_items(level: Level, kinds: tuple[str, ...], *, first: int) -> list[tuple]:
    """The trinn from ``first`` (not the decision: that is the decision itself) as ticks in
    order, with the level's meetings between them: the first meeting just before the
    measures are set, the last just before they are evaluated — or else the first after
    about a third of the steps and the last before the final step (the evaluation, the
    summing up)."""
    numbers = [
        number
        for number, step in enumerate(level.steps, start=1)
        if number >= first and step.done_when != steps.DECISION
    ]
    events = [level.steps[number - 1].done_when for number in numbers]
    ticks: list[tuple] = [("tick", number) for number in numbers]
    if not kinds:
        return ticks
    last = events.index(MEASURE_EVALUATED) if MEASURE_EVALUATED in events else len(ticks) - 1
    if MEASURES_SET in events:
        first_at = events.index(MEASURES_SET)
    elif len(kinds) == 1:
        first_at = last
    else:
        first_at = round(len(ticks) / (len(kinds) + 1))
    first_at = max(0, min(first_at, last))
    where = [first_at] if len(kinds) == 1 else [first_at, *([last] * (len(kinds) - 1))]
    placed = list(zip(kinds, where, strict=True))
    items: list[tuple] = []
    for position, tick in enumerate(ticks):
        items += [("meeting", kind) for kind, at in placed if at == position]
        items.append(tick)
    return items


def _reports_on_leaving(work: CaseInProgress, index: int) -> bool:
    path = work.scenario.path
    outcome = pick_outcome(level_definition(work, path[index]), to_level=path[index + 1])
    return outcome is not None and outcome.reports_to_barnevern


def _live_log_start(
    work: CaseInProgress, index: int, items: list[tuple], consented: bool, log_opened: bool
) -> tuple[list[tuple], bool, bool]:
    """What happens first at a level in a live log: the consent where the level gathers it
    (or before a report: after it nothing reaches the guardians), the people who join the
    case at this level (after the consent), and the stafettlogg where the level opens it
    without a trinn of its own for that — by barnevern where it gives help.

    :return: the steps to put before ``items`` (the people joining may instead go right
        after the tick that gives the consent), and whether the consent has been gathered
        and the stafettlogg opened by now."""
    scenario = work.scenario
    level = scenario.path[index]
    definition = level_definition(work, level)
    events = [definition.steps[item[1] - 1].done_when for item in items if item[0] == "tick"]
    gathers = bool(index and definition.consent_before_stafettlogg) or (
        index < len(scenario.path) - 1 and _reports_on_leaving(work, index)
    )
    start: list[tuple] = []
    if gathers and not consented and CONSENT_GIVEN not in events:
        start.append(("consent",))
    consented = consented or gathers
    joining = scenario.joining_at(level)
    if joining:
        consent_tick = next(
            (
                position
                for position, item in enumerate(items)
                if item[0] == "tick" and definition.steps[item[1] - 1].done_when == CONSENT_GIVEN
            ),
            None,
        )
        if consent_tick is None:
            start.append(("join", joining))
        else:
            items.insert(consent_tick + 1, ("join", joining))
    if STAFETTLOGG_OPENED in events:
        log_opened = True
    elif (
        index
        and definition.consent_before_stafettlogg
        and scenario.stafettholder
        and not log_opened
    ):
        start.append(("barnevern_help",) if scenario.barnevern_help else ("open_log",))
        log_opened = True
    return start, consented, log_opened


def _schedule(work: CaseInProgress, timeline: list[tuple]) -> tuple[list[datetime], datetime]:
    """When each step happens, and when the last one is: evenly between the day the case
    was opened and its end (yesterday for an open case, some weeks ago for a closed one, or
    ``quiet_days`` ago). A decision due after the concern arose is taken in time: the steps
    up to it are spread before it falls due, the rest after."""
    ctx, case, scenario = work.ctx, work.case, work.scenario
    count = len(timeline)
    if scenario.quiet_days is not None:
        end = ctx.days_ago(scenario.quiet_days)
        span = (end - case.opened_at) / count
        times = [case.opened_at + span * number for number in range(1, count + 1)]
    else:
        end = ctx.days_ago(max(1.0, scenario.days_ago * (0.2 if scenario.closed else 0.02)))
        span = (end - case.opened_at) / (count + 1)
        times = [case.opened_at + span * number for number in range(1, count + 1)]
    due = _decision_due(work)
    cut = next((i for i, step in enumerate(timeline) if step[0] in ("decide", "close")), None)
    if due is None or cut is None or times[cut] <= due - DECISION_MARGIN:
        return times, end
    limit = max(due - DECISION_MARGIN, case.opened_at + timedelta(hours=1))
    head = [case.opened_at + (limit - case.opened_at) * (i + 1) / (cut + 1) for i in range(cut + 1)]
    rest = count - cut - 1
    tail_end = max(end, limit)
    tail = [limit + (tail_end - limit) * (i + 1) / (rest + 1) for i in range(rest)]
    return head + tail, max(end, head[-1])


def _decision_due(work: CaseInProgress) -> datetime | None:
    """When the first decision falls due, where the guide says (an open deadline it meets)."""
    dues = [
        deadline.due_at
        for deadline in deadlines.open_for_case(work.ctx.session, work.case.id)
        if deadlines.matches(deadline.met_by, "decision")
    ]
    return min(dues, default=None)


def _walk_levels(work: CaseInProgress) -> None:
    ctx, case = work.ctx, work.case
    timeline = _timeline(work)
    times, end = _schedule(work, timeline)
    previous = case.opened_at
    for step, planned in zip(timeline, times, strict=True):
        at = previous = _working_hours(ctx, planned, after=previous)
        kind = step[0]
        if kind == "meeting":
            _hold_meeting(work, step[1], at)
        elif kind == "decide":
            decide(work, to_level=step[1], at=at)
        elif kind == "more":
            _bring_in_more_services(work, at)
        elif kind == "close":
            decide(work, close=True, at=at)
        elif kind == "tick":
            _tick(work, step[1], at)
        elif kind == "consent":
            _gather_consent(work, at)
        elif kind == "join":
            _join_keys(work, step[1], at)
        elif kind == "open_log":
            _open_stafettlogg(work, at)
        elif kind == "barnevern_help":
            _barnevern_helps(work, at)
        elif kind == "handover":
            _hand_over(work, step[1], at)
    status = work.consent_status
    if work.consent is None and status is ConsentStatus.WITHDRAWN:
        # Given while the case went on, withdrawn since.
        given = _working_hours(ctx, case.opened_at + (end - case.opened_at) / 2, after=previous)
        work.consent = consents.create_consent(work, ConsentStatus.GIVEN, at=given)
        work.consents.append(work.consent)
    if work.consent is None and status is not None:
        work.consent = consents.create_consent(work, status, at=end)
        work.consents.append(work.consent)
    elif status is ConsentStatus.WITHDRAWN and work.consent.status is ConsentStatus.GIVEN:
        consents.withdraw_consent(work, work.consent, at=end)


def _working_hours(ctx: DemoContext, at: datetime, *, after: datetime) -> datetime:
    """``at`` moved back to working hours (09–15 local time, Monday to Friday), when staff
    meet and decide; where that would put it before ``after``, the next working half hour
    after ``after`` (if that is some hours in the past), or else ``at`` as it is."""
    tz = ctx.municipality.profile.tz
    local = at.astimezone(tz)
    day, hour = local.date(), local.hour
    if not 9 <= hour < 15:  # earlier that day, or the day before
        day, hour = (day - timedelta(days=1) if hour < 9 else day), 9 + hour % 6
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    moved = ctx.local(day, hour, 0 if local.minute < 30 else 30)
    if moved > after:
        return moved
    if local.weekday() < 5 and 9 <= local.hour < 15:
        return at
    forward = _next_working_half_hour(ctx, after)
    return forward if forward <= ctx.now - LATEST_BEFORE_NOW else at


def _next_working_half_hour(ctx: DemoContext, after: datetime) -> datetime:
    local = after.astimezone(ctx.municipality.profile.tz)
    day, minutes = local.date(), local.hour * 60 + local.minute
    minutes = (minutes // 30 + 1) * 30
    if minutes >= 15 * 60 or minutes < 9 * 60:
        day, minutes = (day + timedelta(days=1) if minutes >= 15 * 60 else day), 9 * 60
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return ctx.local(day, minutes // 60, minutes % 60)


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
    if work.live_log and work.case.stafettholder_id is not None:
        records.note_health_information(work, meeting)


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
    if needs_consent(outcome, _target(work, outcome)) and work.consent is None:
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


def _target(work: CaseInProgress, outcome: Outcome) -> Level | None:
    return level_definition(work, outcome.to_level) if outcome.to_level is not None else None


# --- the live log: trinn, consent, stafettlogg and baton as the case goes -----------------


def _tick(work: CaseInProgress, number: int, at: datetime) -> None:
    """Trinn ``number`` of the case's level done at ``at``: by hand, or by the event the
    guide ties it to, which happens here (the consent given, the stafettlogg opened, the
    measures set or evaluated) and ticks it as the services do."""
    ctx, case = work.ctx, work.case
    event = ctx.municipality.level(case.level).steps[number - 1].done_when
    if event == CONSENT_GIVEN:
        _gather_consent(work, at)
        if not consent_rules.has_valid(ctx.session, case_id=case.id, on=work.local_day(at)):
            return  # no consent: the trinn stays open
    elif event == STAFETTLOGG_OPENED:
        _open_stafettlogg(work, at)
    elif form := _plan_form_for(work, event):
        # No stafettlogg at this level: the plan is a form kept in the service's own part.
        records.fill_plan_form(
            work, form, at, evaluation=event == MEASURE_EVALUATED, final=work.scenario.closed
        )
    elif event == MEASURES_SET:
        records.set_measures(work, at)
    elif event == MEASURE_EVALUATED:
        records.evaluate_measures(work, at, final=work.scenario.closed)
    by = work.holder  # the opener, until the stafettlogg opens with its stafettholder
    if event:
        steps.record_event(
            ctx.session,
            municipality=ctx.municipality,
            case=case,
            event=event,
            by_user_id=by.id,
            at=at,
        )
    else:
        ctx.save(
            CaseStep(case_id=case.id, level=case.level, step=number, done_by_id=by.id, done_at=at)
        )


def _plan_form_for(work: CaseInProgress, event: str) -> str | None:
    """Where the stafettlogg does not belong at the case's level (Tromsø nivå 1: «Dokumenter
    i eget fagsystem»), the kind of the level's form that is ``event`` (the plan, or its
    evaluation); ``None`` where the action plan and the stafettlogg keep it."""
    municipality = work.ctx.municipality
    level = municipality.level(work.case.level)
    if level.stafettlogg or not event:
        return None
    for tool in level.tools:
        variant = municipality.fillable_form(tool.form) if tool.form else None
        if variant is not None and variant.event == event:
            return variant.kind
    return None


def _gather_consent(work: CaseInProgress, at: datetime) -> None:
    """The consent the case ends up with, gathered now (a withdrawn one is given first)."""
    status = work.consent_status
    if work.consent is not None or status is None:
        return
    initial = ConsentStatus.GIVEN if status is ConsentStatus.WITHDRAWN else status
    work.consent = consents.create_consent(work, initial, at=at)
    work.consents.append(work.consent)


def _join_keys(work: CaseInProgress, keys: tuple[str, ...], at: datetime) -> None:
    for key in keys:
        if key in work.pending:
            work.pending.discard(key)
            work.participant_of[key].joined_at = at
    work.ctx.session.flush()


def _first_holder(scenario: CaseScenario) -> str:
    """Who opens the stafettlogg and holds the baton first: the one an accepted hand-over
    took it from, or else the stafettholder."""
    accepted = [p for p in scenario.handovers if p.status is HandOverStatus.ACCEPTED]
    return accepted[0].from_key if accepted else scenario.stafettholder


def _open_stafettlogg(work: CaseInProgress, at: datetime) -> None:
    """The stafettlogg opens (under the consent the level gathered), its first stafettholder
    takes the baton and says so in it."""
    key = _first_holder(work.scenario)
    if key is None or work.case.stafettholder_id is not None:
        return
    work.case.stafettholder_id = work.people[key].id
    work.acting = key
    work.ctx.session.flush()
    records.log_note(work, records.STAFETTLOGG_OPENED_NOTE, work.holder, at)


def _barnevern_helps(work: CaseInProgress, at: datetime) -> None:
    """Barnevern gives help, and so holds the baton (as :func:`bti.services.cases.
    set_barnevern_help` records it)."""
    case = work.case
    case.barnevern_help = True
    case.stafettholder_id = work.people["barnevern"].id
    work.acting = "barnevern"
    work.pending.discard("barnevern")
    work.ctx.session.flush()
    records.log_note(work, records.BARNEVERN_HELPS_NOTE, work.holder, at)


def _hand_over(work: CaseInProgress, plan: HandOverPlan, at: datetime) -> None:
    """The stafettholder offers the baton after the meeting that agreed it; the receiver
    accepts the next working day (or within the hour, if that day has not come yet)."""
    ctx, case = work.ctx, work.case
    answered = _next_working_half_hour(ctx, at + timedelta(days=1))
    if answered > ctx.now:
        answered = at + timedelta(hours=1)
    ctx.save(
        HandOver(
            case_id=case.id,
            from_user_id=work.people[plan.from_key].id,
            to_user_id=work.people[plan.to_key].id,
            status=plan.status,
            note=records.handover_note(plan),
            offered_at=at,
            answered_at=answered,
        )
    )
    case.stafettholder_id = work.people[plan.to_key].id
    work.acting = plan.to_key
    ctx.session.flush()


def _report_acute(work: CaseInProgress) -> None:
    """Straight to barnevern: a decision that reports, no guardians, no consent. Where
    barnevern gives help it holds the baton from then on."""
    case = work.case
    case.reported_to_barnevern_at = case.opened_at + timedelta(hours=2)
    guardians.keep_out(
        work.ctx.session,
        municipality=work.ctx.municipality,
        case=case,
        now=case.reported_to_barnevern_at,
    )
    work.ctx.save(
        BarnevernReport(
            case_id=case.id,
            reported_by_id=case.opened_by_id,
            recipient=BARNEVERN_RECIPIENT,
            police_notified=False,
            reported_at=case.reported_to_barnevern_at,
        )
    )
    decide(work, report=True, at=case.opened_at + timedelta(hours=1))
    if work.scenario.barnevern_help:
        _barnevern_helps(work, case.reported_to_barnevern_at + timedelta(days=1))
    elif case.stafettholder_id is None and work.scenario.stafettholder:
        case.stafettholder_id = work.holder.id
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
    brings in more services while the case stays at the level.

    A level that leads to ``to_level`` only with a report to barnevern (Tromsø: «gå til
    nivå 3; bekymringsmelding til barneverntjenesten») gives that outcome."""
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
    if to_level is not None and not (report or close or more):
        for outcome in level.outcomes if level else ():
            if outcome.reports_to_barnevern and outcome.to_level == to_level:
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
        rationale=records.rationale(from_level, outcome, acute=case.acute),
        decided_by_id=by.id,
        decided_at=at,
    )
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
    # The level's decision trinn is done by the decision, at the level it was taken.
    steps.record_event(
        work.ctx.session,
        municipality=work.ctx.municipality,
        case=case,
        event=steps.DECISION,
        by_user_id=by.id,
        at=at,
    )
    if outcome.reports_to_barnevern and case.reported_to_barnevern_at is None:
        _report(work, by, at)
    if outcome.to_level is not None:
        case.level = outcome.to_level
        work.entered_at.setdefault(case.level, at)
    if outcome.closes_case:
        _close(work, at)
    work.ctx.session.flush()
    if named:
        work.ctx.save(*(DecisionService(decision_id=decision.id, service=s) for s in named))
    if work.live_log:
        records.log_decision(work, decision, by)
    _join(work, outcome, at, more=more)
    _deadline_met(work, "decision", at)
    if outcome.closes_case:
        deadlines.close_all(work.ctx.session, case=case, now=at)
    elif case.level != from_level:
        _deadline_started(work, "level_entered", at)
    return decision


def _report(work: CaseInProgress, by: StaffUser, at: datetime) -> None:
    """A decision that reports to barnevern (opplysningsplikt): from now on nothing about
    the case reaches the guardians."""
    work.case.reported_to_barnevern_at = at
    guardians.keep_out(work.ctx.session, municipality=work.ctx.municipality, case=work.case, now=at)
    work.ctx.save(
        BarnevernReport(
            case_id=work.case.id,
            reported_by_id=by.id,
            recipient=BARNEVERN_RECIPIENT,
            police_notified=False,
            reported_at=at,
        )
    )


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
    needed = needs_consent(outcome, _target(work, outcome))
    if needed and not consent_rules.has_valid(session, case_id=case.id, on=on):
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
    if work.live_log:
        records.follow_up_at_next_meeting(work, day)


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
    answered. An accepted hand-over is why ``to_key`` is the stafettholder now (in a live
    log it happened in the timeline, after the meeting that agreed it)."""
    for plan in work.scenario.handovers:
        if work.live_log and plan.status is HandOverStatus.ACCEPTED:
            continue
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
