"""Opening the stafettlogg, with one stafettholder from the opener's own service."""

from __future__ import annotations

from sqlmodel import Session

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, steps
from bti.services.access import get_case, refusal
from bti.services.consents import has_valid
from bti.services.guards import active_participant, require_open

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
    open_on(session, municipality=municipality, by=by, case=case, holder_id=holder_id)
    audit.record(session, actor=by, action="stafettlogg.opened", case_ref=case.id)
    return case


def open_on(
    session: Session, *, municipality: Municipality, by: Actor, case: Case, holder_id: int
) -> Case:
    """:func:`open_stafettlogg` on a case whose access the calling service has checked and
    audits (a decision that opens the stafettlogg as it moves the case on)."""
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
    return case


def is_open(case: Case) -> bool:
    """A stafettlogg is open while the case has its stafettholder."""
    return case.stafettholder_id is not None
