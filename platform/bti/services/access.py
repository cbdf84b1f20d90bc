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
from bti.services.paging import Paged

#: The audit detail of an access allowed only through the leader role (see ``only_as_leader``).
VIA_LEADER = "via=leader"
#: The audit detail of an access allowed only through an emergency access (break-glass).
VIA_BREAK_GLASS = "via=break-glass"


def case_facts(session: Session, case: Case) -> CaseFacts:
    """What the access policy needs to know about ``case`` (one query)."""
    return case_facts_for(session, [case])[case.id]


def reaching(case_ids: Iterable[str]) -> sa.Subquery:
    """The people who reach the cases besides their posts, one row each (``case_id``,
    ``user_id``, ``by_glass``, ``participant_id``): the active participants (``by_glass``
    false, with the participant row's id) and the holders of an emergency access not yet
    run out (``by_glass`` true). Each part by its table's case index."""
    case_ids = list(case_ids)
    return sa.union_all(
        select(
            CaseParticipant.case_id.label("case_id"),
            CaseParticipant.user_id.label("user_id"),
            sa.false().label("by_glass"),
            CaseParticipant.id.label("participant_id"),
        ).where(
            CaseParticipant.case_id.in_(case_ids), CaseParticipant.own_part_closed_at.is_(None)
        ),
        select(
            BreakGlassGrant.case_id,
            BreakGlassGrant.user_id,
            sa.true(),
            sa.cast(sa.null(), sa.Integer),
        ).where(BreakGlassGrant.case_id.in_(case_ids), BreakGlassGrant.expires_at > clock.now()),
    ).subquery()


def facts_of(case: Case, people: Iterable[tuple[int, bool]]) -> CaseFacts:
    """:func:`case_facts` from the case and the ``(user_id, by_glass)`` of each person in
    :func:`reaching`."""
    people = list(people)
    return CaseFacts(
        unit_id=case.unit_id,
        stafettholder_id=case.stafettholder_id,
        reported_to_barnevern=case.reported_to_barnevern_at is not None,
        active_participant_ids=frozenset(user for user, by_glass in people if not by_glass),
        break_glass_ids=frozenset(user for user, by_glass in people if by_glass),
    )


def case_facts_for(session: Session, cases: Iterable[Case]) -> dict[str, CaseFacts]:
    """:func:`case_facts` of every case in ``cases``, by case id, in one query whatever
    their number (:func:`reaching`)."""
    cases = {case.id: case for case in cases}
    people: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    if cases:
        who = reaching(cases)
        for case_id, user_id, by_glass in session.exec(
            select(who.c.case_id, who.c.user_id, who.c.by_glass)
        ):
            people[case_id].append((user_id, bool(by_glass)))
    return {case_id: facts_of(case, people[case_id]) for case_id, case in cases.items()}


def _case_and_facts(session: Session, case_id: str) -> tuple[Case | None, CaseFacts | None]:
    """The case and its :func:`case_facts` in one query: the case beside each person who
    reaches it (or once, beside nobody)."""
    who = reaching([case_id])
    rows = session.exec(
        select(Case, who.c.user_id, who.c.by_glass)
        .outerjoin(who, sa.true())
        .where(Case.id == case_id)
    ).all()
    if not rows:
        return None, None
    people = ((user, bool(glass)) for _, user, glass in rows if user is not None)
    return rows[0][0], facts_of(rows[0][0], people)


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
    case, facts = _case_and_facts(session, case_id) if case_id else (None, None)
    return admit(
        session,
        by=by,
        case_id=case_id,
        case=case,
        facts=facts,
        action=action,
        audit_allowed=audit_allowed,
    )


def admit(
    session: Session,
    *,
    by: Actor,
    case_id: str,
    case: Case | None,
    facts: CaseFacts | None,
    action: str = "case.read",
    audit_allowed: bool = True,
) -> Case:
    """:func:`get_case` for a case already read with its :func:`case_facts` (``None`` when
    ``case_id`` names none): the policy applied and audited, the case or :class:`NotFound`.
    For a page that reads the case with more around it in the same statement
    (:mod:`bti.services.case_page.around`)."""
    case_ref = case_id[:32] if case_id else None
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
class Page(Paged):
    items: Sequence[Case]
    total: int
    page: int
    per_page: int


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
