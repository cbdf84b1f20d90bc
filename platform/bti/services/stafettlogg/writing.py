"""Writing in the stafettlogg: entries, measures in the action plan, their evaluations."""

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
from bti.rules.access import Actor
from bti.rules.child import voice_required
from bti.services import audit, deadlines, steps, versions
from bti.services.access import get_case, refusal
from bti.services.consents import subject_age
from bti.services.guards import active_participant, require_open, required_text
from bti.services.stafettlogg.opening import is_open

# The event that meets a deadline started by ``measures_set`` (see bti.guide.DeadlineRule).
MEASURE_EVALUATED = "measure_evaluated"

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
    version: int | None = None,
) -> ActionPlanItem:
    """Evaluate a measure: did we reach the goal, is there a new goal, must the strategy
    change. The evaluation is written in the stafettlogg, with the child's voice (from 7);
    a new goal too. A change of strategy is a new measure (:func:`add_measure`).
    ``version`` is the measure's as the user's form showed it: an evaluation saved by
    someone else meanwhile is not written over (:mod:`bti.services.versions`).
    """
    case = get_case(session, by=by, case_id=case_id, action="stafettlogg.evaluate")
    _require_writable(session, by=by, case=case)
    item = session.get(ActionPlanItem, item_id) if item_id is not None else None
    if item is None or item.case_id != case.id:
        raise InvalidInput("item_id", _l("Choose a measure in this action plan."))
    versions.claim(session, item, seen=version, by=by, case_id=case.id)
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
