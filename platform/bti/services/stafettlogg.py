"""The stafettlogg and the action plan: goals, measures, evaluations, and who may read what.

Sources: «Det er den instans som først ser at det er behov for tverrfaglig samarbeid/innsats
som skal være Stafettholder og opprette Stafettlogg» and «I Sampro finnes Stafettloggen der
det settes det opp målsettinger, og hvem som gjør hva for å nå målene … da den også fungerer
som et møtereferat» (Tromsø, «Stafettholder - Sampro», «Stafettlogg i Sampro»); «Har vi nådd
målene? Er det nye mål? Bør det endres strategi?» (Vestby nivå 1 «Evaluering og
oppfølgingsmøter»); the child's voice from 7 and its great weight from 12 (Jevnaker «Barns
rett til medvirkning og samtykke»).

The stafettlogg is open while the case has a stafettholder (``Case.stafettholder_id``); the
baton itself moves through :mod:`bti.services.handover`.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    ActionPlanItem,
    Case,
    EntryKind,
    Meeting,
    StafettloggEntry,
    Subject,
)
from bti.plugins import Municipality
from bti.rules.access import Actor, may_see_health_entry
from bti.rules.child import voice_carries_great_weight, voice_required
from bti.rules.deadlines import local_today
from bti.services import audit, deadlines, steps
from bti.services.access import get_case, refusal
from bti.services.consents import covers_health_information, has_valid, subject_age
from bti.services.guards import active_participant, require_open, required_text

# The event that meets a deadline started by ``measures_set`` (see bti.guide.DeadlineRule).
MEASURE_EVALUATED = "measure_evaluated"


# ---------------------------------------------------------------------------------------------
# Opening the stafettlogg
# ---------------------------------------------------------------------------------------------


def open_stafettlogg(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, holder_id: int
) -> Case:
    """Open the case's stafettlogg with ``holder_id`` as its one stafettholder.

    The service that first sees the need for interdisciplinary work opens it, so the holder
    is an active participant from one of the opener's own units. Refused when the case is
    closed or already has a stafettholder, and at a level where the stafettlogg does not
    belong (``Level.stafettlogg``: there the plan is kept in the service's own system).
    """
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.open")
    require_open(session, by=by, case=case)
    if case.stafettholder_id is not None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="stafettlogg_already_open",
            message=_l("The stafettlogg is already open and has its stafettholder."),
        )
    if not municipality.level(case.level).stafettlogg:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="stafettlogg_not_at_level",
            message=_l(
                "The stafettlogg is not used at this level: here the plan is kept in your "
                "own service. The stafettlogg is opened when other services are brought in."
            ),
        )
    holder = active_participant(session, case_id=case.id, user_id=holder_id)
    if holder is None:
        raise InvalidInput("holder_id", _l("Choose a person who takes part in the case."))
    if holder.unit_id not in by.unit_ids:
        raise InvalidInput(
            "holder_id", _l("The stafettholder comes from the service that opens the stafettlogg.")
        )
    if municipality.level(case.level).consent_before_stafettlogg and not has_valid(
        session, case_id=case.id, on=clock.today(municipality)
    ):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="consent_required",
            message=_l(
                "The stafettlogg is shared between services: register a valid written "
                "consent first."
            ),
        )
    case.stafettholder_id = holder.user_id
    session.add(case)
    session.flush()
    steps.record_event(
        session,
        municipality=municipality,
        case=case,
        event="stafettlogg_opened",
        by_user_id=by.user_id,
    )
    audit.record(session, actor=by, action="stafettlogg.opened", case_ref=case.id)
    return case


def is_open(case: Case) -> bool:
    """A stafettlogg is open while the case has its stafettholder."""
    return case.stafettholder_id is not None


# ---------------------------------------------------------------------------------------------
# Writing in it
# ---------------------------------------------------------------------------------------------


def add_entry(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    kind: EntryKind | str,
    text: str,
    meeting_id: int | None = None,
    health_internal: bool = False,
    child_voice: str = "",
    child_voice_missing_reason: str = "",
) -> StafettloggEntry:
    """Write one entry: a goal, an activity, an evaluation, a decision or a note.

    An entry may point at the meeting whose minutes it is part of. Only health roles may
    mark an entry as health-internal. An evaluation for a child of 7 or more carries the
    child's own view, or the reason it could not be given.
    """
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.add_entry")
    _require_writable(session, by=by, case=case)
    try:
        kind = EntryKind(kind)
    except ValueError:
        raise InvalidInput("kind", _l("Choose what kind of entry this is.")) from None
    text = required_text("text", text, _l("Write the entry."))
    if meeting_id is not None:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.case_id != case.id:
            raise InvalidInput("meeting_id", _l("Choose a meeting in this case."))
    if health_internal and not by.is_health:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="health_internal_needs_health_role",
            message=_l("Only health personnel can mark an entry as internal to health."),
        )
    voice, missing = child_voice.strip(), child_voice_missing_reason.strip()
    if kind == EntryKind.EVALUATION:
        _require_child_voice(
            session, municipality=municipality, case=case, voice=voice, missing=missing
        )
    entry = StafettloggEntry(
        case_id=case.id,
        kind=kind,
        text=text,
        author_id=by.user_id,
        meeting_id=meeting_id,
        health_internal=health_internal,
        child_voice=voice,
        child_voice_missing_reason="" if voice else missing,
    )
    session.add(entry)
    session.flush()
    audit.record(
        session, actor=by, action="stafettlogg.entry_added", case_ref=case.id, detail=str(kind)
    )
    return entry


def add_measure(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    goal: str,
    measure: str,
    follow_up_on: date | None,
    responsible_id: int | None = None,
    responsible_text: str = "",
) -> ActionPlanItem:
    """Add a measure to the action plan: the goal it serves, who is responsible (a person
    in the case, or in words, such as «foreldrene»), and when it is followed up.

    The stafettlogg shows the goal (once) and the measure as an activity. Starts the
    deadlines the level sets on ``measures_set``.
    """
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.add_measure")
    _require_writable(session, by=by, case=case)
    goal = required_text("goal", goal, _l("Write the goal the measure is meant to reach."))
    measure = required_text("measure", measure, _l("Describe the measure."))
    responsible_text = (responsible_text or "").strip()
    if responsible_id is None and not responsible_text:
        raise InvalidInput("responsible_id", _l("Say who is responsible for the measure."))
    if responsible_id is not None and (
        active_participant(session, case_id=case.id, user_id=responsible_id) is None
    ):
        raise InvalidInput("responsible_id", _l("Choose a person who takes part in the case."))
    if follow_up_on is None:
        raise InvalidInput("follow_up_on", _l("Give the date the measure is followed up."))
    if follow_up_on < clock.today(municipality):
        raise InvalidInput("follow_up_on", _l("The follow-up date cannot be in the past."))

    item = ActionPlanItem(
        case_id=case.id,
        goal=goal,
        measure=measure,
        responsible_id=responsible_id,
        responsible_text=responsible_text[:160],
        follow_up_on=follow_up_on,
    )
    session.add(item)
    if not _goal_logged(session, case_id=case.id, goal=goal):
        session.add(
            StafettloggEntry(case_id=case.id, kind=EntryKind.GOAL, text=goal, author_id=by.user_id)
        )
    session.add(
        StafettloggEntry(
            case_id=case.id, kind=EntryKind.ACTIVITY, text=measure, author_id=by.user_id
        )
    )
    session.flush()
    deadlines.start(
        session,
        municipality=municipality,
        case=case,
        trigger="measures_set",
        owner_id=case.stafettholder_id or by.user_id,
    )
    steps.record_event(
        session, municipality=municipality, case=case, event="measures_set", by_user_id=by.user_id
    )
    audit.record(session, actor=by, action="stafettlogg.measure_added", case_ref=case.id)
    return item


def evaluate_measure(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    item_id: int,
    evaluation: str,
    goal_reached: bool | None,
    new_goal: str = "",
    child_voice: str = "",
    child_voice_missing_reason: str = "",
) -> ActionPlanItem:
    """Evaluate a measure: did we reach the goal, is there a new goal, must the strategy
    change. The evaluation is written in the stafettlogg, with the child's voice (from 7);
    a new goal too. A change of strategy is a new measure (:func:`add_measure`).
    """
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.evaluate")
    _require_writable(session, by=by, case=case)
    item = session.get(ActionPlanItem, item_id) if item_id is not None else None
    if item is None or item.case_id != case.id:
        raise InvalidInput("item_id", _l("Choose a measure in this action plan."))
    evaluation = required_text("evaluation", evaluation, _l("Write the evaluation."))
    if goal_reached is None:
        raise InvalidInput("goal_reached", _l("Say whether the goal was reached."))
    voice, missing = child_voice.strip(), child_voice_missing_reason.strip()
    _require_child_voice(
        session, municipality=municipality, case=case, voice=voice, missing=missing
    )
    new_goal = (new_goal or "").strip()

    item.evaluation = evaluation
    item.goal_reached = goal_reached
    item.child_voice = voice
    item.child_voice_missing_reason = "" if voice else missing
    item.evaluated_at = clock.now()
    session.add(item)
    session.add(
        StafettloggEntry(
            case_id=case.id,
            kind=EntryKind.EVALUATION,
            text=evaluation,
            author_id=by.user_id,
            child_voice=item.child_voice,
            child_voice_missing_reason=item.child_voice_missing_reason,
        )
    )
    if new_goal:
        session.add(
            StafettloggEntry(
                case_id=case.id, kind=EntryKind.GOAL, text=new_goal, author_id=by.user_id
            )
        )
    session.flush()
    deadlines.meet(session, case=case, event=MEASURE_EVALUATED)
    steps.record_event(
        session,
        municipality=municipality,
        case=case,
        event=MEASURE_EVALUATED,
        by_user_id=by.user_id,
    )
    audit.record(
        session,
        actor=by,
        action="stafettlogg.measure_evaluated",
        case_ref=case.id,
        detail="goal_reached" if goal_reached else "goal_not_reached",
    )
    return item


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


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _require_writable(session: Session, *, by: Actor, case: Case) -> None:
    require_open(session, by=by, case=case)
    if not is_open(case):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="no_stafettlogg",
            message=_l("Open the stafettlogg first, with one stafettholder."),
        )


def _require_child_voice(
    session: Session, *, municipality: Municipality, case: Case, voice: str, missing: str
) -> None:
    """From 7 the child's view is recorded, or why it could not be."""
    if voice or missing:
        return
    subject = session.get(Subject, case.subject_id)
    if voice_required(subject_age(subject, clock.today(municipality))):
        raise InvalidInput(
            "child_voice", _l("Record the child's own view, or why it could not be given.")
        )


def _goal_logged(session: Session, *, case_id: str, goal: str) -> bool:
    return (
        session.exec(
            select(StafettloggEntry.id).where(
                StafettloggEntry.case_id == case_id,
                StafettloggEntry.kind == EntryKind.GOAL,
                StafettloggEntry.text == goal,
            )
        ).first()
        is not None
    )
