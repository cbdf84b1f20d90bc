"""Reading the stafettlogg and the action plan, as a viewer may see them."""

from __future__ import annotations

from sqlmodel import Session, select

from bti import clock
from bti.models import (
    ActionPlanItem,
    Case,
    CaseParticipant,
    StafettloggEntry,
    Subject,
    Unit,
)
from bti.plugins import Municipality
from bti.rules.access import Actor, may_see_health_entry
from bti.rules.child import voice_carries_great_weight
from bti.rules.deadlines import local_today
from bti.services.access import get_case
from bti.services.consents import health_information_services, subject_age

# ---------------------------------------------------------------------------------------------
# Reading it
# ---------------------------------------------------------------------------------------------


def timeline(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> list[StafettloggEntry]:
    """The stafettlogg as ``by`` may see it, oldest first.

    Entries marked «Kun for helsepersonell» follow :func:`bti.rules.access.may_see_health_entry`.
    """
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.read")
    return visible_entries(session, municipality=municipality, by=by, case=case)


def visible_entries(
    session: Session, *, municipality: Municipality, by: Actor | None, case: Case
) -> list[StafettloggEntry]:
    """:func:`timeline` of a case already read (and audited) by the caller. ``by=None`` reads
    for the child and the guardians in the citizen portal, who hold no service in the case."""
    entries = list(
        session.exec(
            select(StafettloggEntry)
            .where(StafettloggEntry.case_id == case.id)
            .order_by(StafettloggEntry.created_at, StafettloggEntry.id)
        )
    )
    if not any(entry.health_internal for entry in entries):
        return entries
    if sees_health_entries(session, municipality=municipality, by=by, case=case):
        return entries
    return [entry for entry in entries if not entry.health_internal]


def sees_health_entries(
    session: Session, *, municipality: Municipality, by: Actor | None, case: Case
) -> bool:
    """Whether ``by`` may read the entries of ``case`` marked «Kun for helsepersonell»
    (:func:`bti.rules.access.may_see_health_entry`); ``by=None``: the family."""
    health_personnel = by is not None and by.is_health
    services = frozenset() if by is None or health_personnel else _services_in(session, by, case)
    consented = (
        health_information_services(session, case_id=case.id, on=clock.today(municipality))
        if services
        else frozenset()
    )
    return may_see_health_entry(
        health_personnel=health_personnel, services=services, consented=consented
    )


def _services_in(session: Session, by: Actor, case: Case) -> frozenset[str]:
    """The services (unit kinds) ``by`` takes part in ``case`` through, while their part is
    open."""
    return frozenset(
        session.exec(
            select(Unit.kind)
            .join(CaseParticipant, CaseParticipant.unit_id == Unit.id)
            .where(
                CaseParticipant.case_id == case.id,
                CaseParticipant.user_id == by.user_id,
                CaseParticipant.own_part_closed_at.is_(None),
            )
        )
    )


def action_plan(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> list[ActionPlanItem]:
    """The case's measures, in the order they were agreed."""
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.read_action_plan")
    return plan_items(session, case=case)


def plan_items(session: Session, *, case: Case) -> list[ActionPlanItem]:
    """:func:`action_plan` of a case already read (and audited) by the caller."""
    return list(
        session.exec(
            select(ActionPlanItem)
            .where(ActionPlanItem.case_id == case.id)
            .order_by(ActionPlanItem.created_at, ActionPlanItem.id)
        )
    )


def minutes_of(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, meeting_id: int
) -> list[StafettloggEntry]:
    """The stafettlogg entries written as the minutes of one meeting (as ``by`` may see
    them): the stafettlogg doubles as the minutes of interdisciplinary meetings."""
    visible = timeline(session, municipality=municipality, by=by, case_id=case_id)
    return [entry for entry in visible if entry.meeting_id == meeting_id]


def voice_has_great_weight(
    session: Session, *, municipality: Municipality, entry: StafettloggEntry
) -> bool:
    """Whether the child's view in ``entry`` carries great weight: the child was 12 or
    older on the day it was written (local time)."""
    case = session.get(Case, entry.case_id)
    subject = session.get(Subject, case.subject_id)
    written_on = local_today(entry.created_at, municipality.profile.timezone)
    return bool(entry.child_voice) and voice_carries_great_weight(subject_age(subject, written_on))
