"""Barnevern giving help in a case: while it helps, it holds the baton, and the case is on
the level the guide puts children with help from barnevern on.

Sources: Tromsø «Stafettholder - Sampro» («Barnevernet skal alltid ha Stafettholderansvaret
når de er inne med hjelpetiltak») and nivå 3 («det samme er barn med tiltak fra
barneverntjenesten»).
"""

from __future__ import annotations

from sqlmodel import Session, select

from bti import clock
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    CaseParticipant,
    Decision,
    HandOver,
    HandOverStatus,
    ParticipantRole,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, deadlines
from bti.services.access import get_case
from bti.services.cases import enter_level, require_barnevern
from bti.services.guards import require_open

#: The decision recorded when barnevern's help moves a case to the level the guide puts
#: it on; it is no outcome of a level (see :func:`set_barnevern_help`).
BARNEVERN_HELP = "barnevern_help"


def set_barnevern_help(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    helping: bool,
) -> Case:
    """Barnevern starts or ends giving help; while it helps it holds the baton.

    Starting help takes the baton from whoever held it (an offer waiting for an answer
    lapses) and moves a case on a lower level to the level the guide puts children with
    help from barnevern on (``Level.barnevern_help``; Tromsø nivå 3: «det samme er barn
    med tiltak fra barneverntjenesten»). The move is recorded as a decision from the old
    level, as decisions record level changes, and starts the new level's deadlines.

    Ending help leaves the case at its level and the baton with barnevern: it passes only
    when barnevern hands it over and the receiver accepts («Inneha rollen som
    Stafettholder fram til Stafettpinnen er levert og akseptert»); from then on the
    hand-over is no longer refused for barnevern's help. Only barnevern records either.
    """
    case = get_case(session, by=by, case_id=case_id, action="case.barnevern_help")
    require_barnevern(
        session, by=by, case=case, message=_l("Only barnevern can record that it gives help.")
    )
    if helping:
        require_open(session, by=by, case=case)
    case.barnevern_help = helping
    if helping:
        case.stafettholder_id = by.user_id
        # An offer of the baton made by the previous holder lapses with the change.
        for offer in session.exec(
            select(HandOver).where(
                HandOver.case_id == case.id, HandOver.status == HandOverStatus.OFFERED
            )
        ):
            offer.status = HandOverStatus.WITHDRAWN
            offer.answered_at = clock.now()
            session.add(offer)
        if by.user_id not in _participant_ids(session, case.id):
            session.add(
                CaseParticipant(
                    case_id=case.id,
                    user_id=by.user_id,
                    unit_id=next(iter(sorted(by.unit_ids))),
                    role=ParticipantRole.STAFETTHOLDER,
                )
            )
    session.add(case)
    session.flush()
    if helping:
        _to_barnevern_help_level(session, municipality=municipality, by=by, case=case)
    audit.record(session, actor=by, action="case.barnevern_help", case_ref=case.id,
                 detail="on" if helping else "off")  # fmt: skip
    return case


def barnevern_help_level(municipality: Municipality) -> int | None:
    """The level the guide puts a child with help from barnevern on, if it says one."""
    return next((level.number for level in municipality.levels if level.barnevern_help), None)


def _to_barnevern_help_level(
    session: Session, *, municipality: Municipality, by: Actor, case: Case
) -> None:
    target = barnevern_help_level(municipality)
    if target is None or case.level >= target:
        return
    session.add(
        Decision(
            case_id=case.id,
            from_level=case.level,
            outcome=BARNEVERN_HELP,
            to_level=target,
            decided_by_id=by.user_id,
            decided_at=clock.now(),
        )
    )
    # The old level's question is answered: its decision deadline is met.
    deadlines.meet(session, case=case, event="decision")
    enter_level(session, municipality=municipality, by=by, case=case, level=target)


def _participant_ids(session: Session, case_id: str) -> set[int]:
    return set(
        session.exec(
            select(CaseParticipant.user_id).where(
                CaseParticipant.case_id == case_id, CaseParticipant.own_part_closed_at.is_(None)
            )
        )
    )
