"""Reading the stafettlogg and the action plan, as a viewer may see them."""

from __future__ import annotations

from sqlmodel import Session, select

from bti import clock
from bti.models import (
    ActionPlanItem,
    Case,
    StafettloggEntry,
    Subject,
)
from bti.plugins import Municipality
from bti.rules.access import Actor, may_see_health_entry
from bti.rules.child import voice_carries_great_weight
from bti.rules.deadlines import local_today
from bti.services.access import get_case
from bti.services.consents import covers_health_information, subject_age

# ---------------------------------------------------------------------------------------------
# Reading it
# ---------------------------------------------------------------------------------------------


def timeline(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> list[StafettloggEntry]:
    """The stafettlogg as ``by`` may see it, oldest first.

    Entries marked health-internal are shown to health roles only, unless a consent valid
    today covers health information.
    """
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.read")
    return visible_entries(session, municipality=municipality, by=by, case=case)


def visible_entries(
    session: Session, *, municipality: Municipality, by: Actor, case: Case
) -> list[StafettloggEntry]:
    """:func:`timeline` of a case already read (and audited) by the caller."""
    entries = session.exec(
        select(StafettloggEntry)
        .where(StafettloggEntry.case_id == case.id)
        .order_by(StafettloggEntry.created_at, StafettloggEntry.id)
    ).all()
    health_consent = covers_health_information(
        session, case_id=case.id, on=clock.today(municipality)
    )
    if may_see_health_entry(by, health_consent=health_consent):
        return list(entries)
    return [entry for entry in entries if not entry.health_internal]


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
