"""Reaching a case: the access policy applied and audited, allowed or denied.

Every service that reads or changes a case goes through :func:`get_case`, so every access
leaves an audit event, and a denied case looks exactly like a missing one. An access allowed
only because the user leads the case's unit carries ``via=leader`` in its detail
(:data:`VIA_LEADER`): the action stays the same, and a review of leaders' reads filters on
the detail. An access allowed only through an emergency access (break-glass) carries
``via=break-glass`` (:data:`VIA_BREAK_GLASS`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
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
    """What the access policy needs to know about ``case`` (two queries)."""
    return case_facts_for(session, [case])[case.id]


def case_facts_for(session: Session, cases: Iterable[Case]) -> dict[str, CaseFacts]:
    """:func:`case_facts` of every case in ``cases``, by case id, in two queries whatever
    their number: the active participants, and the emergency accesses not yet run out."""
    cases = {case.id: case for case in cases}
    active: dict[str, set[int]] = defaultdict(set)
    glass: dict[str, set[int]] = defaultdict(set)
    if cases:
        for case_id, user_id in session.exec(
            select(CaseParticipant.case_id, CaseParticipant.user_id).where(
                CaseParticipant.case_id.in_(cases), CaseParticipant.own_part_closed_at.is_(None)
            )
        ):
            active[case_id].add(user_id)
        for case_id, user_id in session.exec(
            select(BreakGlassGrant.case_id, BreakGlassGrant.user_id).where(
                BreakGlassGrant.case_id.in_(cases), BreakGlassGrant.expires_at > clock.now()
            )
        ):
            glass[case_id].add(user_id)
    return {
        case_id: CaseFacts(
            unit_id=case.unit_id,
            stafettholder_id=case.stafettholder_id,
            reported_to_barnevern=case.reported_to_barnevern_at is not None,
            active_participant_ids=frozenset(active[case_id]),
            break_glass_ids=frozenset(glass[case_id]),
        )
        for case_id, case in cases.items()
    }


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


def visible_to(session: Session, *, by: Actor, cases: Iterable[Case]) -> set[str]:
    """The ids of those of ``cases`` that ``by`` may see: :func:`may_see` for a whole list,
    in two queries (:func:`case_facts_for`)."""
    facts = case_facts_for(session, cases)
    return {case_id for case_id, case in facts.items() if may_view(by, case)}


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
    the database; the list itself is audited as one event.

    The cases are found as the union of two indexed lookups (the baton's holder on
    ``case``, the participant on ``caseparticipant``) rather than an ``OR`` across the two
    tables, which no index serves; the page and the total come in one statement (a window
    count), and a second only for a page past the end."""
    holding = select(Case.id).where(Case.stafettholder_id == by.user_id)
    if status is not None:
        holding = holding.where(Case.status == status)
    mine = sa.union(
        holding,
        select(CaseParticipant.case_id).where(
            CaseParticipant.user_id == by.user_id, CaseParticipant.own_part_closed_at.is_(None)
        ),
    )
    where = [Case.id.in_(mine)]
    if status is not None:
        where.append(Case.status == status)
    if level is not None:
        where.append(Case.level == level)
    page = max(1, page)
    rows = session.exec(
        select(Case, sa.func.count().over())
        .where(*where)
        .order_by(Case.opened_at.desc(), Case.id)
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    items = [case for case, _total in rows]
    if rows:
        total = rows[0][1]
    elif page == 1:
        total = 0
    else:  # past the last page: the window saw no row to count on
        total = session.exec(select(sa.func.count(Case.id)).where(*where)).one()
    audit.record(session, actor=by, action="case.list", detail=f"count={len(items)}")
    return Page(items=items, total=total, page=page, per_page=per_page)
