"""What a decision brings with it, beside moving the case: who took part in a decision the
level takes together, the stafettlogg a decision opens, and the next meeting it agrees
(``Level.decision_together``, ``Outcome.opens_stafettlogg``, ``Outcome.next_meeting``).

Called by :func:`bti.services.cases.deciding.decide` inside its one access check and audit
event: these functions take the case it has loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import Case, Guardian, Subject
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services.access import refusal
from bti.services.guards import required_text


def took_part_in(
    session: Session,
    level,
    case: Case,
    took_part: Sequence[int],
    child: bool | None,
    guardians_present: bool | None,
) -> list[int]:
    """Who took part in a decision the level takes together: staff taking part in the case,
    and a yes or no for the child and for the guardians (never the guardians while a report
    keeps them out)."""
    if not level.decision_together:
        return []
    from bti.services import guardians
    from bti.services.access import case_facts

    people = list(dict.fromkeys(took_part))
    if not people:
        raise InvalidInput("took_part", _l("Tick who took part in the decision."))
    if any(uid not in case_facts(session, case).active_participant_ids for uid in people):
        raise InvalidInput("took_part", _l("Choose among those taking part in the case."))
    if child is None:
        raise InvalidInput(
            "child_took_part", _l("Say whether the child or youth took part in the decision.")
        )
    if guardians_present is None and not guardians.excluded(case):
        raise InvalidInput(
            "guardians_took_part", _l("Say whether the guardians took part in the decision.")
        )
    if guardians_present and guardians.excluded(case):
        raise InvalidInput(
            "guardians_took_part",
            _l(
                "The case has been reported to barnevern: the guardians cannot take part until "
                "barnevern says they can be involved again."
            ),
        )
    return people


def next_meeting_asked(at: datetime | None, place: str) -> str:
    """A decision that agrees the next meeting names its time and place."""
    if at is None:
        raise InvalidInput(
            "next_meeting_at", _l("Give the date and time of the next meeting you agreed.")
        )
    return required_text("next_meeting_place", place, _l("Say where the next meeting is held."))


def open_stafettlogg(
    session: Session, *, municipality: Municipality, by: Actor, case: Case
) -> None:
    """The person deciding becomes stafettholder of the stafettlogg the decision opens."""
    from bti.services.stafettlogg.opening import open_on

    try:
        open_on(session, municipality=municipality, by=by, case=case, holder_id=by.user_id)
    except InvalidInput as error:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="stafettholder_not_taking_part",
            message=_l(
                "This decision opens the stafettlogg with you as stafettholder: only someone "
                "taking part in the case from its own service can make it."
            ),
        ) from error


def plan_next_meeting(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case: Case,
    kind: str,
    at: datetime | None,
    place: str,
    agenda: str,
) -> None:
    """The next meeting the decision agrees, with everyone on the case invited; its agenda
    is what the decision says."""
    from bti.rules.child import age_on, voice_required
    from bti.services import guardians
    from bti.services.access import case_facts
    from bti.services.meetings.planning import plan_on

    subject = session.get(Subject, case.subject_id)
    born = subject.birth_date if subject else None
    age = age_on(born, clock.today(municipality)) if born else None
    guardian_ids = (
        []
        if guardians.excluded(case)
        else session.exec(select(Guardian.id).where(Guardian.subject_id == case.subject_id)).all()
    )
    try:
        plan_on(
            session,
            municipality=municipality,
            by=by,
            case=case,
            kind=kind,
            starts_at=at,
            place=place,
            agenda=agenda,
            staff_ids=case_facts(session, case).active_participant_ids,
            guardian_ids=guardian_ids,
            invite_subject=age is not None and voice_required(age),
        )
    except InvalidInput as error:
        field = "next_meeting_place" if error.field == "place" else "next_meeting_at"
        raise InvalidInput(field, error.message) from error
