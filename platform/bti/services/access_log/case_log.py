"""«Hvem har sett saken»: every staff access to a case, newest first, for the people who
take part in it and the leader of its unit (Normen: the access log is there to be seen).

Reading the list is itself an access, audited as one ``case.access_log`` event; anyone
else — a colleague, barnevern on a reported case, someone with emergency access — finds no
such list (:class:`~bti.errors.NotFound`), and the attempt is audited as denied. The list is
paginated in the database (one count, one page of rows, one query for the people's posts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.case_panels import CaseRead
from bti.errors import NotFound
from bti.models import AuditEvent, AuditOutcome, AuditPurpose, Case, StaffUser
from bti.rules.access import Actor, CaseFacts
from bti.services import audit
from bti.services.access import case_facts, get_case
from bti.services.access_log import who
from bti.services.paging import Paged

PER_PAGE = 25


def may_see_log(actor: Actor, facts: CaseFacts) -> bool:
    """Participants (while their part is open), the stafettholder and the unit's leader."""
    return (
        actor.user_id in facts.active_participant_ids
        or actor.user_id == facts.stafettholder_id
        or actor.leads(facts.unit_id)
    )


@dataclass(frozen=True)
class Access:
    """One row: when (UTC; shown in the municipality's time), who, as what, and how."""

    at: datetime
    who: str
    service: str
    role: Any
    what: Any
    way: str  # who.LEADER, who.EMERGENCY or ""


@dataclass(frozen=True)
class CaseLog(Paged):
    case_id: str
    items: list[Access]
    total: int
    page: int
    per_page: int


def staff_accesses(case_id: str):
    """The query of a case's allowed staff accesses (not the family's own reads)."""
    return select(AuditEvent).where(
        AuditEvent.case_ref == case_id,
        AuditEvent.outcome == AuditOutcome.ALLOWED,
        AuditEvent.actor_id.is_not(None),
    )


def read(
    session: Session, *, by: Actor, case_id: str, page: int = 1, per_page: int = PER_PAGE
) -> CaseLog:
    """One page of who has accessed ``case_id``, newest first; :class:`NotFound` for anyone
    who may not see the list."""
    case = session.get(Case, case_id) if case_id else None
    if case is None or not may_see_log(by, case_facts(session, case)):
        audit.record_denial(
            session,
            actor=by,
            action=who.ACCESS_LOG,
            case_ref=case_id[:32] or None,
            purpose=AuditPurpose.SECURITY if case is None else AuditPurpose.CASEWORK,
        )
        raise NotFound("case")
    case = get_case(session, by=by, case_id=case_id, action=who.ACCESS_LOG)
    query = staff_accesses(case.id)
    total = session.exec(select(sa.func.count()).select_from(query.subquery())).one()
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    rows = session.exec(
        select(AuditEvent, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == AuditEvent.actor_id)
        .where(query.whereclause)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    posts = who.posts(session, case, (event.actor_id for event, _name in rows))
    items = [
        Access(
            at=event.at,
            who=name,
            service=posts[event.actor_id].service,
            role=posts[event.actor_id].role,
            what=who.what(event.action),
            way=who.way_of(event.detail),
        )
        for event, name in rows
    ]
    return CaseLog(case_id=case.id, items=items, total=total, page=page, per_page=per_page)


@dataclass(frozen=True)
class LogPanel:
    """The case page's panel: only a way to the list (read on request, audited then)."""

    case_id: str


def panel(context: CaseRead) -> LogPanel | None:
    """The panel's read: shown to the case's people and the unit's leader only."""
    case = context.case
    if context.takes_part or context.is_holder or context.actor.leads(case.unit_id):
        return LogPanel(case.id)
    return None
