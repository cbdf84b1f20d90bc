"""Handing over the baton: offered by the stafettholder, then accepted or declined.

Sources: «Inneha rollen som Stafettholder fram til Stafettpinnen er levert og akseptert av en
samarbeidsaktør» and «Barnevernet skal alltid ha Stafettholderansvaret når de er inne med
hjelpetiltak» (Tromsø, «Stafettholder - Sampro»); «Det må avklares om det skal være et bytte
av koordinator» (Vestby nivå 2).

Until the receiver accepts, the old holder keeps the baton and the duties: there is exactly
one stafettholder (``Case.stafettholder_id``) at any time while the stafettlogg is open, and
at most one offer waiting for an answer. The municipality may refuse a hand-over through the
hook ``bti_handover_refusal`` (the default keeps the baton with barnevern while it helps); it
is asked when the baton is offered and again when it is accepted, since the case may have
changed in between.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bti import clock
from bti.errors import NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    EntryKind,
    HandOver,
    HandOverStatus,
    NotificationKind,
    StafettloggEntry,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, notifications
from bti.services.access import get_case, refusal
from bti.services.guards import active_participant, require_open


def offer(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    to_user_id: int,
    note: str = "",
) -> HandOver:
    """The stafettholder offers the baton to another participant in the case."""
    case = get_case(session, by=by, case_id=case_id, action="handover.offer")
    require_open(session, by=by, case=case)
    if case.stafettholder_id is None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="no_stafettlogg",
            message=_l("Open the stafettlogg first, with one stafettholder."),
        )
    if case.stafettholder_id != by.user_id:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="not_stafettholder",
            message=_l("Only the stafettholder can hand over the baton."),
        )
    if to_user_id == by.user_id:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="handover_to_self",
            message=_l("You already hold the baton. Choose someone else."),
        )
    if pending(session, case=case) is not None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="handover_pending",
            message=_l("A hand-over is already waiting for an answer."),
        )
    _require_receiver_takes_part(session, by=by, case=case, receiver_id=to_user_id)
    _ask_municipality(
        session,
        municipality=municipality,
        by=by,
        case=case,
        to_user_id=to_user_id,
        action="handover.offer",
    )

    handover = HandOver(
        case_id=case.id, from_user_id=by.user_id, to_user_id=to_user_id, note=note.strip()
    )
    session.add(handover)
    session.flush()
    audit.record(session, actor=by, action="handover.offered", case_ref=case.id)
    notifications.tell(
        session, kind=NotificationKind.HANDOVER_OFFERED, case=case, user_ids=[to_user_id]
    )
    municipality.handover_offered(case=case, handover=handover, session=session)
    return handover


def accept(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, handover_id: int
) -> HandOver:
    """The receiver accepts: from now on they hold the baton."""
    case, handover = _answerable(
        session, by=by, case_id=case_id, handover_id=handover_id, action="handover.accept"
    )
    require_open(session, by=by, case=case)
    if case.stafettholder_id != handover.from_user_id:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="handover_outdated",
            message=_l("The baton has moved since it was offered to you."),
        )
    _require_receiver_takes_part(session, by=by, case=case, receiver_id=by.user_id)
    _ask_municipality(
        session,
        municipality=municipality,
        by=by,
        case=case,
        to_user_id=by.user_id,
        action="handover.accept",
    )

    case.stafettholder_id = by.user_id
    handover.status = HandOverStatus.ACCEPTED
    handover.answered_at = clock.now()
    session.add_all([case, handover])
    session.flush()
    audit.record(session, actor=by, action="handover.accepted", case_ref=case.id)
    _tell_offerer(session, case=case, handover=handover)
    municipality.handover_accepted(case=case, handover=handover, session=session)
    return handover


def decline(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    handover_id: int,
    note: str = "",
) -> HandOver:
    """The receiver declines: the old holder keeps the baton and the duties. A reason given
    is written in the stafettlogg, where the others can read it."""
    case, handover = _answerable(
        session, by=by, case_id=case_id, handover_id=handover_id, action="handover.decline"
    )
    handover.status = HandOverStatus.DECLINED
    handover.answered_at = clock.now()
    session.add(handover)
    note = (note or "").strip()
    if note:
        session.add(
            StafettloggEntry(case_id=case.id, kind=EntryKind.NOTE, text=note, author_id=by.user_id)
        )
    session.flush()
    audit.record(session, actor=by, action="handover.declined", case_ref=case.id)
    _tell_offerer(session, case=case, handover=handover)
    return handover


def withdraw(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, handover_id: int
) -> HandOver:
    """The offerer takes the offer back before it is answered."""
    case = get_case(session, by=by, case_id=case_id, action="handover.withdraw")
    handover = _handover_in_case(session, case=case, handover_id=handover_id)
    if handover.from_user_id != by.user_id:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="not_offerer",
            message=_l("Only the one who offered the baton can withdraw the offer."),
        )
    _require_pending(session, by=by, case=case, handover=handover)
    handover.status = HandOverStatus.WITHDRAWN
    handover.answered_at = clock.now()
    session.add(handover)
    session.flush()
    audit.record(session, actor=by, action="handover.withdrawn", case_ref=case.id)
    return handover


def pending(session: Session, *, case: Case) -> HandOver | None:
    """The offer from the current stafettholder waiting for an answer, if any (at most
    one). An offer from someone who no longer holds the baton can no longer be accepted."""
    return session.exec(
        select(HandOver).where(
            HandOver.case_id == case.id,
            HandOver.status == HandOverStatus.OFFERED,
            HandOver.from_user_id == case.stafettholder_id,
        )
    ).first()


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _tell_offerer(session: Session, *, case: Case, handover: HandOver) -> None:
    notifications.tell(
        session,
        kind=NotificationKind.HANDOVER_ANSWERED,
        case=case,
        user_ids=[handover.from_user_id],
    )


def _handover_in_case(session: Session, *, case: Case, handover_id: int) -> HandOver:
    handover = session.get(HandOver, handover_id) if handover_id is not None else None
    if handover is None or handover.case_id != case.id:
        raise NotFound("handover")
    return handover


def _require_pending(session: Session, *, by: Actor, case: Case, handover: HandOver) -> None:
    if handover.status != HandOverStatus.OFFERED:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="handover_not_pending",
            message=_l("This hand-over has already been answered or withdrawn."),
        )


def _answerable(
    session: Session, *, by: Actor, case_id: str, handover_id: int, action: str
) -> tuple[Case, HandOver]:
    """The case and the offer that ``by`` may answer now: they are its receiver."""
    case = get_case(session, by=by, case_id=case_id, action=action)
    handover = _handover_in_case(session, case=case, handover_id=handover_id)
    if handover.to_user_id != by.user_id:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="not_receiver",
            message=_l("Only the one who was offered the baton can answer."),
        )
    _require_pending(session, by=by, case=case, handover=handover)
    return case, handover


def _ask_municipality(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case: Case,
    to_user_id: int,
    action: str,
) -> None:
    """Raise the municipality's refusal of this hand-over, if it has one (audited)."""
    refused = municipality.handover_refusal(
        case=case, from_user_id=case.stafettholder_id, to_user_id=to_user_id, session=session
    )
    if refused is not None:
        audit.record_denial(
            session, actor=by, action=action, case_ref=case.id, detail=refused.reason
        )
        raise refused


def _require_receiver_takes_part(
    session: Session, *, by: Actor, case: Case, receiver_id: int
) -> None:
    if active_participant(session, case_id=case.id, user_id=receiver_id) is None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="receiver_not_participant",
            message=_l("The baton can only be handed to a person who takes part in the case."),
        )
