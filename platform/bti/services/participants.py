"""Bringing staff from other services into a case — only under a consent that names them.

Sources: «Samtykke må foreligge» (Vestby nivå 0 «Avklaring»); Tromsø nivå 2 trinn 2
«Innhent samtykke»; a new service means a new or extended consent.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import CaseParticipant, Membership, ParticipantRole, Unit, UnitKind
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit
from bti.services.access import get_case, refusal
from bti.services.consents import covers, today_in


def add(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    user_id: int,
    unit_id: int,
) -> CaseParticipant:
    """Add a staff member of ``unit_id`` to the case.

    The case's own unit needs no consent (level 0–1 work in one's own service); barnevern
    needs none on a case reported to it; every other service must be named in a consent
    valid today. A refusal is audited with its reason.
    """
    case = get_case(session, by=by, case_id=case_id, action="case.add_participant")
    unit = session.get(Unit, unit_id)
    membership = session.exec(
        select(Membership.id).where(Membership.user_id == user_id, Membership.unit_id == unit_id)
    ).first()
    if unit is None or membership is None:
        raise InvalidInput("user_id", _l("Choose a person who works in the chosen unit."))
    existing = session.exec(
        select(CaseParticipant).where(
            CaseParticipant.case_id == case.id,
            CaseParticipant.user_id == user_id,
            CaseParticipant.own_part_closed_at.is_(None),
        )
    ).first()
    if existing is not None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="already_participant",
            message=_l("This person already takes part in the case."),
        )

    own_unit = unit.id == case.unit_id
    barnevern_on_report = (
        unit.kind == UnitKind.BARNEVERN and case.reported_to_barnevern_at is not None
    )
    if not (own_unit or barnevern_on_report) and not covers(
        session, case_id=case.id, service=unit.kind, on=today_in(municipality)
    ):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="no_consent_for_service",
            message=_l(
                "No valid consent covers %(service)s. Get a new or extended consent first.",
                service=str(unit.kind),
            ),
        )
    participant = CaseParticipant(
        case_id=case.id, user_id=user_id, unit_id=unit.id, role=ParticipantRole.PARTICIPANT
    )
    session.add(participant)
    session.flush()
    audit.record(
        session, actor=by, action="case.participant_added", case_ref=case.id, detail=unit.kind
    )
    return participant


def active(session: Session, case_id: str) -> list[CaseParticipant]:
    return list(
        session.exec(
            select(CaseParticipant)
            .where(CaseParticipant.case_id == case_id, CaseParticipant.own_part_closed_at.is_(None))
            .order_by(CaseParticipant.joined_at)
        )
    )
