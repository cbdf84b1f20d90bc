"""The case page's frame panels: about the case, the acute contacts, the decision at this
level and the deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bti.case_panels import CaseRead
from bti.guide_text import contact_name, level_facts, outcome_title
from bti.i18n import lazy_gettext as _l
from bti.labels import UNIT_KINDS, capitalised, unit_kind
from bti.models import Consent, Decision
from bti.rules import levels
from bti.rules.child import voice_carries_great_weight, voice_required
from bti.rules.levels import find_outcome
from bti.services import barnevern_help, guardians, steps
from bti.services.cases.deciding import involved
from bti.services.teams import referrals


def _contacts(**kwargs) -> list:
    # The contacts ranked for this moment are configuration and the clock, no case data.
    from bti.web.contacts import contacts_now

    return contacts_now(**kwargs)


# -- about ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AboutPanel:
    voice_required: bool
    great_weight: bool
    guardians_excluded: bool
    level: Any
    facts: list
    forms: set[str]
    services: list[str]
    warning: object | None
    valid_consents: list[Consent]


def read_about(ctx: CaseRead) -> AboutPanel:
    level = ctx.municipality.level(ctx.case.level)
    involved = services_involved(ctx)
    return AboutPanel(
        voice_required=voice_required(ctx.age),
        great_weight=voice_carries_great_weight(ctx.age),
        guardians_excluded=guardians.excluded(ctx.case),
        level=level,
        facts=level_facts(level),
        forms={v.kind for v in ctx.municipality.fillable_forms},
        services=sorted(capitalised(unit_kind(kind)) for kind in involved),
        warning=levels.service_count_warning(level, len(involved)) if ctx.is_open else None,
        valid_consents=ctx.valid_consents,
    )


def services_involved(ctx: CaseRead) -> set[str]:
    """:func:`bti.services.cases.services_involved`, from the rows the page has read."""
    unit = ctx.unit(ctx.case.unit_id)
    found = ctx.decisions
    return involved(
        own=unit.kind if unit else None,
        taking_part=[ctx.unit(p.unit_id).kind for p in ctx.people if ctx.unit(p.unit_id)],
        named=[s for d in found.since_level(ctx.case.level) for s in found.services[d.id]],
    )


# -- acute ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AcutePanel:
    contacts: list


def read_acute(ctx: CaseRead) -> AcutePanel:
    return AcutePanel(contacts=_contacts(acute=True))


# -- the decision -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRow:
    decision: Decision
    label: str
    services: list[str]
    note: str = ""
    took_part: list[str] = field(default_factory=list)  # staff names, then the child, guardians


@dataclass(frozen=True)
class NextSteps:
    """What the latest decision asks for next: a contact, a meeting, a hand-over."""

    contact: str = ""
    contacts: tuple = ()
    meeting: str = ""
    hand_over: bool = False


@dataclass(frozen=True)
class DecisionPanel:
    level: Any
    decisions: list[DecisionRow]
    names_services: bool
    reports: bool
    #: A decision at this level agrees the next meeting: the form asks for its time and place.
    agrees_meeting: bool
    #: The level's decision is taken together: who may be ticked as having taken part.
    together: list[tuple[int, str]]
    guardians_excluded: bool
    #: The stafettlogg is open: each decision stands there too, so the list here folds.
    in_stafettlogg: bool
    open_steps: list[int]
    next: NextSteps | None


def names_services(level) -> bool:
    return any(outcome.names_services for outcome in level.outcomes)


def service_choices(level) -> list[tuple[str, str]]:
    """Every service, those the guide names as examples at this level first."""
    kinds = list(dict.fromkeys([*level.service_examples, *(str(k) for k in UNIT_KINDS)]))
    return [(kind, capitalised(unit_kind(kind))) for kind in kinds]


def read_decision(ctx: CaseRead) -> DecisionPanel:
    level = ctx.municipality.level(ctx.case.level)
    found = ctx.decisions
    decisions = found.decisions
    rows = [
        DecisionRow(
            d,
            _outcome_label(ctx, d),
            sorted(capitalised(unit_kind(s)) for s in found.services[d.id]),
            _note(ctx, d),
            _took_part(ctx, d),
        )
        for d in decisions
    ]
    open_steps = steps.open_before(ctx.step_states) if ctx.is_open else []
    return DecisionPanel(
        level=level,
        decisions=rows,
        names_services=names_services(level),
        reports=any(outcome.reports_to_barnevern for outcome in level.outcomes),
        agrees_meeting=any(outcome.next_meeting for outcome in level.outcomes),
        together=[(uid, ctx.name(uid)) for uid in dict.fromkeys(p.user_id for p in ctx.people)]
        if level.decision_together
        else [],
        guardians_excluded=guardians.excluded(ctx.case),
        in_stafettlogg=ctx.case.stafettholder_id is not None,
        open_steps=open_steps,
        next=_next_steps(ctx, decisions[-1]) if decisions and ctx.is_open else None,
    )


def _next_steps(ctx: CaseRead, decision: Decision) -> NextSteps | None:
    outcome = _outcome(ctx, decision)
    if outcome is None or not (outcome.contact or outcome.meeting_kind or outcome.hands_over):
        return None
    municipality = ctx.municipality
    return NextSteps(
        contact=contact_name(outcome.contact, municipality) if outcome.contact else "",
        contacts=tuple(_contacts(kind=outcome.contact)) if outcome.contact else (),
        meeting=str(municipality.meeting_kind_label(outcome.meeting_kind))
        if outcome.meeting_kind
        else "",
        hand_over=outcome.hands_over and ctx.is_holder,
    )


def _took_part(ctx: CaseRead, decision: Decision) -> list[str]:
    """Who took part in a decision taken together, in words: the staff, then «barnet» and
    «de foresatte» where they did."""
    joined = [ctx.name(user_id) for user_id in ctx.decisions.took_part[decision.id]]
    if decision.child_took_part:
        joined.append(str(_l("the child or youth")))
    if decision.guardians_took_part:
        joined.append(str(_l("the guardians")))
    return joined


def _note(ctx: CaseRead, decision: Decision) -> str:
    outcome = _outcome(ctx, decision)
    return str(outcome.note) if outcome and outcome.note else ""


def _outcome(ctx: CaseRead, decision: Decision):
    try:
        return find_outcome(ctx.municipality.level(decision.from_level), decision.outcome)
    except KeyError:
        return None


def _outcome_label(ctx: CaseRead, decision: Decision) -> str:
    """The outcome in the guide's words (with the guide's number) at the level it was
    taken; the code if the guide no longer has it."""
    if decision.outcome == barnevern_help.BARNEVERN_HELP:
        return str(
            _l("Barnevern gives help: the case moves to level %(level)s.", level=decision.to_level)
        )
    if decision.outcome in referrals.STEP_LABELS:  # a standing team's step (services.teams)
        return str(referrals.STEP_LABELS[decision.outcome])
    outcome = _outcome(ctx, decision)
    return outcome_title(outcome) if outcome else decision.outcome


# -- deadlines --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineRow:
    label: str
    due_at: datetime
    remind_at: datetime | None
    overdue: bool
    remind: bool


@dataclass(frozen=True)
class DeadlinesPanel:
    deadlines: list[DeadlineRow]


def read_deadlines(ctx: CaseRead) -> DeadlinesPanel:
    now = ctx.now
    rows = [
        DeadlineRow(
            label=str(ctx.municipality.deadline_label(d.code)),
            due_at=d.due_at,
            remind_at=d.remind_at,
            overdue=d.due_at <= now,
            remind=d.remind_at is not None and d.remind_at <= now < d.due_at,
        )
        for d in ctx.open_deadlines
    ]
    return DeadlinesPanel(rows)
