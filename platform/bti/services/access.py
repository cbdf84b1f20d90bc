"""Reaching a case: the access policy applied and audited, allowed or denied.

Every service that reads or changes a case goes through :func:`get_case`, so every access
leaves an audit event, and a denied case looks exactly like a missing one. An access allowed
only because the user leads the case's unit carries ``via=leader`` in its detail
(:data:`VIA_LEADER`): the action stays the same, and a review of leaders' reads filters on
the detail. An access allowed only through an emergency access (break-glass) carries
``via=break-glass`` (:data:`VIA_BREAK_GLASS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.errors import NotFound, Refused
from bti.models import (
    AuditOutcome,
    AuditPurpose,
    BreakGlassGrant,
    Case,
    CaseParticipant,
    CaseStatus,
)
from bti.rules.access import Actor, CaseFacts, may_view, only_as_leader, only_by_break_glass
from bti.services import audit

#: The audit detail of an access allowed only through the leader role (see ``only_as_leader``).
VIA_LEADER = "via=leader"
#: The audit detail of an access allowed only through an emergency access (break-glass).
VIA_BREAK_GLASS = "via=break-glass"


def case_facts(session: Session, case: Case) -> CaseFacts:
    active = session.exec(
        select(CaseParticipant.user_id).where(
            CaseParticipant.case_id == case.id, CaseParticipant.own_part_closed_at.is_(None)
        )
    ).all()
    glass = session.exec(
        select(BreakGlassGrant.user_id).where(
            BreakGlassGrant.case_id == case.id, BreakGlassGrant.expires_at > clock.now()
        )
    ).all()
    return CaseFacts(
        unit_id=case.unit_id,
        stafettholder_id=case.stafettholder_id,
        reported_to_barnevern=case.reported_to_barnevern_at is not None,
        active_participant_ids=frozenset(active),
        break_glass_ids=frozenset(glass),
    )


def get_case(
    session: Session,
    *,
    by: Actor,
    case_id: str,
    action: str = "case.read",
    audit_allowed: bool = True,
) -> Case:
    """The case if ``by`` may see it; :class:`NotFound` otherwise. Audited either way, but
    for ``audit_allowed=False``: a look before the action of the same request, which
    audits the access itself (one event per access)."""
    case = session.get(Case, case_id) if case_id else None
    case_ref = case_id[:32] if case_id else None
    facts = case_facts(session, case) if case is not None else None
    if facts is None or not may_view(by, facts):
        # An id that names no case here is a security matter; a real case, an attempt at it.
        purpose = AuditPurpose.SECURITY if case is None else AuditPurpose.CASEWORK
        audit.record_denial(session, actor=by, action=action, case_ref=case_ref, purpose=purpose)
        raise NotFound("case")
    if not audit_allowed:
        return case
    via = _via(by, facts)
    audit.record(
        session,
        actor=by,
        action=action,
        outcome=AuditOutcome.ALLOWED,
        purpose=_PURPOSE_OF[via],
        case_ref=case_ref,
        detail=via,
        survives_rollback=True,
    )
    return case


def _via(by: Actor, facts: CaseFacts) -> str:
    if only_as_leader(by, facts):
        return VIA_LEADER
    return VIA_BREAK_GLASS if only_by_break_glass(by, facts) else ""


#: Why the access happened, from how it was allowed.
_PURPOSE_OF = {
    "": AuditPurpose.CASEWORK,
    VIA_LEADER: AuditPurpose.OVERSIGHT,
    VIA_BREAK_GLASS: AuditPurpose.BREAK_GLASS,
}


def refusal(session: Session, *, by: Actor, case_id: str, reason: str, message) -> Refused:
    """A :class:`Refused` to raise, with its audit event (kept through the rollback)."""
    audit.record_denial(session, actor=by, action="case.refused", case_ref=case_id, detail=reason)
    return Refused(reason, message)


def may_see(session: Session, *, by: Actor, case: Case) -> bool:
    """The policy alone, without an audit event (for deciding what to show in a list)."""
    return may_view(by, case_facts(session, case))


@dataclass(frozen=True)
class Page:
    items: Sequence[Case]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def my_cases(
    session: Session,
    *,
    by: Actor,
    page: int = 1,
    per_page: int = 25,
    status: CaseStatus | None = CaseStatus.OPEN,
    level: int | None = None,
) -> Page:
    """The cases in ``by``'s own list: those they opened or take part in (until they close
    their own part — samtidighetsansvar), and those they hold the baton for. Paginated in
    the database; the list itself is audited as one event."""
    mine = sa.or_(
        Case.stafettholder_id == by.user_id,
        Case.id.in_(
            select(CaseParticipant.case_id).where(
                CaseParticipant.user_id == by.user_id,
                CaseParticipant.own_part_closed_at.is_(None),
            )
        ),
    )
    query = select(Case).where(mine)
    if status is not None:
        query = query.where(Case.status == status)
    if level is not None:
        query = query.where(Case.level == level)
    total = session.exec(select(sa.func.count()).select_from(query.subquery())).one()
    page = max(1, page)
    items = session.exec(
        query.order_by(Case.opened_at.desc(), Case.id).offset((page - 1) * per_page).limit(per_page)
    ).all()
    audit.record(session, actor=by, action="case.list", detail=f"count={len(items)}")
    return Page(items=items, total=total, page=page, per_page=per_page)
