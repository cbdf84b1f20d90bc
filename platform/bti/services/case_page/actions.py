"""Case-page actions that answer with more than the service they wrap returns: the warning
after a decision, and whether the case is still the user's after they close their part.
Each runs its service (which loads the case, checks access and audits once) and reads what
it adds in the same transaction, without a second access check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from bti.errors import NotFound
from bti.models import Case, Decision, Meeting
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.levels import find_outcome
from bti.services import access, cases, meetings


@dataclass(frozen=True)
class Decided:
    decision: Decision
    warning: object | None  # the services taking part do not fit the new level
    note: object = ""  # what the guide says once this decision is made (Outcome.note)


def decide(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, **decision: Any
) -> Decided:
    """:func:`bti.services.cases.decide` (``decision`` holds its own arguments), and the
    warning to show after it."""
    made = cases.decide(session, municipality=municipality, by=by, case_id=case_id, **decision)
    case = session.get(Case, case_id)
    chosen = find_outcome(municipality.level(made.from_level), made.outcome)
    return Decided(
        made,
        cases.service_count_warning(session, municipality=municipality, case=case),
        chosen.note if chosen else "",
    )


def close_own_part(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> bool:
    """:func:`bti.services.cases.close_own_part`; whether ``by`` may still see the case."""
    cases.close_own_part(session, municipality=municipality, by=by, case_id=case_id)
    return access.may_see(session, by=by, case=session.get(Case, case_id))


def involve_guardians_again(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> Case:
    """:func:`bti.services.cases.involve_guardians_again` (it needs no municipality)."""
    return cases.involve_guardians_again(session, by=by, case_id=case_id)


def _meeting_of(session: Session, *, by: Actor, case_id: str, meeting_id: int, action: str):
    """Nothing when the meeting belongs to ``case_id``; otherwise the case's access audited
    as ``action`` and :class:`NotFound`: a meeting id from another case looks missing."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.case_id != case_id:
        access.get_case(session, by=by, case_id=case_id, action=action)
        raise NotFound("meeting")


def give_minutes_to_child(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, meeting_id: int
) -> Meeting:
    """:func:`bti.services.meetings.give_minutes_to_child` for a meeting of ``case_id``."""
    _meeting_of(
        session, by=by, case_id=case_id, meeting_id=meeting_id, action="meeting.minutes_to_child"
    )
    return meetings.give_minutes_to_child(session, by=by, meeting_id=meeting_id)


def meeting_calendar(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    meeting_id: int,
    url: str,
) -> str:
    """:func:`bti.services.meetings.ics` for a meeting of ``case_id``."""
    _meeting_of(session, by=by, case_id=case_id, meeting_id=meeting_id, action="meeting.ics")
    return meetings.ics(session, municipality=municipality, by=by, meeting_id=meeting_id, url=url)


def _on_a_meeting_of_the_case(service, action: str):
    """``service`` (a meeting service) for a meeting of ``case_id``, checked first by
    :func:`_meeting_of`."""

    def run(
        session: Session,
        *,
        municipality: Municipality,
        by: Actor,
        case_id: str,
        meeting_id: int,
        **arguments: Any,
    ) -> Meeting:
        _meeting_of(session, by=by, case_id=case_id, meeting_id=meeting_id, action=action)
        return service(
            session, municipality=municipality, by=by, meeting_id=meeting_id, **arguments
        )

    run.__doc__ = f":func:`bti.services.meetings.{service.__name__}` for a meeting of the case."
    return run


record_held = _on_a_meeting_of_the_case(meetings.record_held, "meeting.record")
change_meeting = _on_a_meeting_of_the_case(meetings.change, "meeting.change")
cancel_meeting = _on_a_meeting_of_the_case(meetings.cancel, "meeting.cancel")
