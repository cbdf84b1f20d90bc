"""Bringing staff from other services into a case — only under a consent that names them.

Sources: «Samtykke må foreligge» (Vestby nivå 0 «Avklaring»); Tromsø nivå 2 trinn 2
«Innhent samtykke»; a new service means a new or extended consent.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bti import clock, labels
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import (
    ArchiveReason,
    Case,
    CaseParticipant,
    HandOver,
    HandOverStatus,
    Membership,
    ParticipantRole,
    Unit,
    UnitKind,
)
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import archive, audit
from bti.services.access import get_case, refusal
from bti.services.consents import covers
from bti.services.guards import require_open


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
    require_open(session, by=by, case=case)
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

    if not _may_share_with(session, municipality=municipality, case=case, unit=unit):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="no_consent_for_service",
            message=_l(
                "No valid consent covers %(service)s. Get a new or extended consent first.",
                service=labels.unit_kind(unit.kind),
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


def _may_share_with(
    session: Session, *, municipality: Municipality, case: Case, unit: Unit
) -> bool:
    """The case's own unit needs no consent; barnevern needs none on a case reported to it;
    every other service must be named in a consent valid today."""
    if unit.id == case.unit_id:
        return True
    if unit.kind == UnitKind.BARNEVERN and case.reported_to_barnevern_at is not None:
        return True
    return covers(session, case_id=case.id, service=unit.kind, on=clock.today(municipality))


def stop_sharing_without_consent(
    session: Session, *, municipality: Municipality, by: Actor, case: Case
) -> list[CaseParticipant]:
    """After a withdrawal: close the part of everyone whose service no valid consent covers
    any more, so nothing more is shared with them. Their offers of the baton lapse; a
    baton they held goes back to the one who opened the case (or to ``by``). The archive
    keeps a copy of the whole record for each part closed (:mod:`bti.services.archive`)."""
    closed = []
    now = clock.now()
    for participant in active(session, case.id):
        unit = session.get(Unit, participant.unit_id) if participant.unit_id else None
        if unit is None or _may_share_with(
            session, municipality=municipality, case=case, unit=unit
        ):
            continue
        participant.own_part_closed_at = now
        session.add(participant)
        closed.append(participant)
    gone = {p.user_id for p in closed}
    if not gone:
        return closed
    for offer in session.exec(
        select(HandOver).where(
            HandOver.case_id == case.id, HandOver.status == HandOverStatus.OFFERED
        )
    ):
        if offer.to_user_id in gone or offer.from_user_id in gone:
            offer.status = HandOverStatus.WITHDRAWN
            offer.answered_at = now
            session.add(offer)
    if case.stafettholder_id in gone:
        case.stafettholder_id = _fallback_holder(session, case=case, by=by, gone=gone)
        session.add(case)
    session.flush()
    for participant in closed:  # each service that leaves takes the record as it stood
        archive.keep(
            session, municipality=municipality, by=by, case=case,
            reason=ArchiveReason.PART_CLOSED, participant=participant,
        )  # fmt: skip
    audit.record(
        session, actor=by, action="case.sharing_stopped", case_ref=case.id,
        detail=",".join(sorted({str(session.get(Unit, p.unit_id).kind) for p in closed})),
    )  # fmt: skip
    return closed


def _fallback_holder(session: Session, *, case: Case, by: Actor, gone: set[int]) -> int:
    remaining = {p.user_id for p in active(session, case.id)} - gone
    if case.opened_by_id in remaining:
        return case.opened_by_id
    if by.user_id not in remaining:
        session.add(
            CaseParticipant(
                case_id=case.id,
                user_id=by.user_id,
                unit_id=min(by.unit_ids),
                role=ParticipantRole.STAFETTHOLDER,
            )
        )
    return by.user_id


def active(session: Session, case_id: str) -> list[CaseParticipant]:
    return list(
        session.exec(
            select(CaseParticipant)
            .where(CaseParticipant.case_id == case_id, CaseParticipant.own_part_closed_at.is_(None))
            .order_by(CaseParticipant.joined_at)
        )
    )
