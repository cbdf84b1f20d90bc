"""The case page's small panels: the level's steps as a checklist (Tromsø), plans beside the
stafettlogg, child as next of kin, and barnevern's help. Each returns ``None`` where the
panel is not shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bti.case_panels import CaseRead
from bti.labels import NEXT_OF_KIN_REASONS, NEXT_OF_KIN_RELATIONS, PLAN_KINDS
from bti.models import CasePlan
from bti.services import barnevern_help, next_of_kin, plans, steps


@dataclass(frozen=True)
class StepsPanel:
    level: Any
    states: list[steps.StepState]
    done: int


def read_steps(ctx: CaseRead) -> StepsPanel | None:
    """Only where the guide keeps the level's steps as a checklist."""
    states = ctx.step_states
    if not states:
        return None
    for state in states:
        if state.done:
            ctx.name(state.done.done_by_id)
    return StepsPanel(
        level=ctx.municipality.level(ctx.case.level),
        states=states,
        done=sum(1 for s in states if s.done),
    )


@dataclass(frozen=True)
class PlansPanel:
    plans: list[CasePlan]
    kinds: dict


def read_plans(ctx: CaseRead) -> PlansPanel:
    return PlansPanel(plans=plans.active(ctx.session, case_id=ctx.case.id), kinds=PLAN_KINDS)


@dataclass(frozen=True)
class NextOfKinPanel:
    marked: bool
    relation: object
    reason: object
    routine: Any
    contacts: list
    max_age: int
    version: int  # the case's, for the forms (bti.services.versions)


def read_next_of_kin(ctx: CaseRead) -> NextOfKinPanel | None:
    """Not shown for a child above the age limit unless the case is already marked."""
    limit = next_of_kin.max_age(ctx.municipality)
    marked = next_of_kin.is_marked(ctx.case)
    if not marked and ctx.age is not None and ctx.age > limit:
        return None
    routine = ctx.municipality.next_of_kin_routine
    contacts = []
    if routine is not None and routine.contact:
        from bti.web.contacts import contacts_now  # configuration and the clock only

        contacts = contacts_now(kind=routine.contact)
    return NextOfKinPanel(
        marked=marked,
        relation=NEXT_OF_KIN_RELATIONS.get(ctx.case.next_of_kin_relation, ""),
        reason=NEXT_OF_KIN_REASONS.get(ctx.case.next_of_kin_reason, ""),
        routine=routine,
        contacts=contacts,
        max_age=limit,
        version=ctx.case.version,
    )


@dataclass(frozen=True)
class BarnevernHelpPanel:
    helping: bool
    to_level: int | None  # the level the case moves to when the help starts


def read_barnevern_help(ctx: CaseRead) -> BarnevernHelpPanel | None:
    """Only for a barnevern employee who takes part in the case."""
    if not (ctx.actor.is_barnevern and ctx.takes_part):
        return None
    level = barnevern_help.barnevern_help_level(ctx.municipality)
    return BarnevernHelpPanel(
        helping=ctx.case.barnevern_help,
        to_level=level if level is not None and ctx.case.level < level else None,
    )
