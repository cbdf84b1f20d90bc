"""The leader's review of access («snoking»): who read the unit's cases outside their own
role, who read unusually many cases, and every emergency access with its reason.

For the leaders of a unit (their units) and administrators (every unit of the
municipality); anyone else gets :class:`~bti.errors.NotFound`. Over the last ``days`` days
(:data:`DEFAULT_DAYS`, bounded by :data:`MAX_DAYS`):

1. **Outside one's own role** — reads through the leader role, reads through an emergency
   access, and denied attempts, on the units' cases or by the units' staff. Paginated in
   the database, newest first.
2. **Unusual volumes** — staff of the units whose number of distinct cases read is above
   both :data:`VOLUME_FACTOR` × the median of the units' staff who read any case, and
   :data:`VOLUME_FLOOR`.
3. **Emergency access** — every grant on the units' cases, with its reason, flagged.

No child's name: a case is its reference, linked only when the viewer may open it. The
review itself is audited as one ``access.review`` event.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.errors import NotFound
from bti.models import (
    AuditEvent,
    AuditOutcome,
    BreakGlassGrant,
    Case,
    Membership,
    Role,
    StaffUser,
    Unit,
)
from bti.rules.access import Actor
from bti.services import audit
from bti.services.access import VIA_BREAK_GLASS, VIA_LEADER, visible_to
from bti.services.access_log import who
from bti.services.paging import Paged

DEFAULT_DAYS, MAX_DAYS = 30, 365
VOLUME_FACTOR, VOLUME_FLOOR = 3, 20
PER_PAGE = 25
#: Denied outcomes that are not attempts on a case: a participant's action refused by a rule.
NOT_ATTEMPTS = ("case.refused",)


def reviews(by: Actor) -> bool:
    """Whether ``by`` may see the review: a leader of a unit, or an administrator."""
    return any(p.role in (Role.LEDER, Role.ADMINISTRATOR) for p in by.posts)


def reviewed_units(session: Session, by: Actor) -> list[Unit]:
    if any(p.role == Role.ADMINISTRATOR for p in by.posts):
        return list(session.exec(select(Unit).order_by(Unit.name)))
    led = sorted({p.unit_id for p in by.posts if p.role == Role.LEDER})
    return list(session.exec(select(Unit).where(Unit.id.in_(led)).order_by(Unit.name)))


def bounded_days(days: int | None) -> int:
    return DEFAULT_DAYS if days is None else min(max(1, days), MAX_DAYS)


@dataclass(frozen=True)
class Row:
    """An access outside one's own role."""

    at: datetime
    who: str
    service: str
    role: Any
    what: Any
    case_ref: str
    linked: bool  # the viewer may open the case
    flag: str  # who.LEADER, who.EMERGENCY or DENIED


DENIED = "denied"


@dataclass(frozen=True)
class Reader:
    """A staff member's number of distinct cases read in the period."""

    who: str
    cases: int


@dataclass(frozen=True)
class Grant:
    at: datetime
    expires_at: datetime
    who: str
    unit: str
    reason: str
    case_ref: str
    linked: bool
    reads: int  # accesses through it


@dataclass(frozen=True)
class Listing(Paged):
    items: list
    total: int
    page: int
    per_page: int


@dataclass(frozen=True)
class Review:
    days: int
    since: datetime
    units: list[str]
    outside: Listing
    unusual: list[Reader]
    median: float
    threshold: float
    emergencies: Listing


def review(
    session: Session,
    *,
    by: Actor,
    days: int | None = None,
    page: int = 1,
    grants_page: int = 1,
    per_page: int = PER_PAGE,
    **_: object,
) -> Review:
    if not reviews(by):
        raise NotFound("review")
    days = bounded_days(days)
    since = clock.now() - timedelta(days=days)
    units = reviewed_units(session, by)
    unit_ids = [u.id for u in units]
    cases = select(Case.id).where(Case.unit_id.in_(unit_ids))
    staff = select(Membership.user_id).where(Membership.unit_id.in_(unit_ids))
    outside = _outside(session, by, since, cases, staff, page, per_page)
    unusual, median, threshold = _unusual(session, since, staff)
    emergencies = _emergencies(session, by, since, unit_ids, grants_page, per_page)
    audit.record(session, actor=by, action="access.review", detail=f"days={days}")
    return Review(
        days=days,
        since=since,
        units=[u.name for u in units],
        outside=outside,
        unusual=unusual,
        median=median,
        threshold=threshold,
        emergencies=emergencies,
    )


def _page(total: int, page: int, per_page: int) -> int:
    return min(max(1, page), max(1, -(-total // per_page)))


def _outside(session, by, since, cases, staff, page, per_page) -> Listing:
    allowed_outside = sa.and_(
        AuditEvent.outcome == AuditOutcome.ALLOWED,
        AuditEvent.case_ref.in_(cases),
        sa.or_(AuditEvent.detail.contains(VIA_LEADER), AuditEvent.detail.contains(VIA_BREAK_GLASS)),
    )
    denied = sa.and_(
        AuditEvent.outcome == AuditOutcome.DENIED,
        AuditEvent.case_ref.is_not(None),
        AuditEvent.action.not_in(NOT_ATTEMPTS),
        sa.or_(AuditEvent.case_ref.in_(cases), AuditEvent.actor_id.in_(staff)),
    )
    where = sa.and_(AuditEvent.at >= since, sa.or_(allowed_outside, denied))
    total = session.exec(select(sa.func.count(AuditEvent.id)).where(where)).one()
    page = _page(total, page, per_page)
    rows = session.exec(
        select(AuditEvent, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == AuditEvent.actor_id, isouter=True)
        .where(where)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    found = {
        case.id: case
        for case in session.exec(select(Case).where(Case.id.in_({e.case_ref for e, _n in rows})))
    }
    posts = _posts(session, found, rows)
    seen = visible_to(session, by=by, cases=found.values())
    items = []
    for event, name in rows:
        case = found.get(event.case_ref)
        post = posts.get((event.case_ref, event.actor_id))
        items.append(
            Row(
                at=event.at,
                who=name or "",
                service=post.service if post else "",
                role=post.role if post else "",
                what=who.what(event.action),
                case_ref=event.case_ref,
                linked=case is not None and case.id in seen,
                flag=DENIED if event.outcome == AuditOutcome.DENIED else who.way_of(event.detail),
            )
        )
    return Listing(items, total, page, per_page)


def _posts(session, found: dict[str, Case], rows) -> dict:
    posts = {}
    for case_id, case in found.items():
        ids = {e.actor_id for e, _n in rows if e.case_ref == case_id and e.actor_id}
        for user_id, post in who.posts(session, case, ids).items():
            posts[(case_id, user_id)] = post
    return posts


def _unusual(session, since, staff) -> tuple[list[Reader], float, float]:
    """Everyone of the units' staff with their count of distinct cases read (one grouped
    query, a row per person who read any); those above the rule, most first."""
    counts = session.exec(
        select(StaffUser.display_name, sa.func.count(sa.distinct(AuditEvent.case_ref)))
        .join(StaffUser, StaffUser.id == AuditEvent.actor_id)
        .where(
            AuditEvent.at >= since,
            AuditEvent.outcome == AuditOutcome.ALLOWED,
            AuditEvent.case_ref.is_not(None),
            AuditEvent.actor_id.in_(staff),
        )
        .group_by(AuditEvent.actor_id, StaffUser.display_name)
    ).all()
    if not counts:
        return [], 0.0, float(VOLUME_FLOOR)
    median = float(statistics.median(n for _name, n in counts))
    threshold = max(VOLUME_FACTOR * median, float(VOLUME_FLOOR))
    unusual = sorted(
        (Reader(name, n) for name, n in counts if n > threshold), key=lambda r: (-r.cases, r.who)
    )
    return unusual, median, threshold


def _emergencies(session, by, since, unit_ids, page, per_page) -> Listing:
    where = sa.and_(BreakGlassGrant.unit_id.in_(unit_ids), BreakGlassGrant.granted_at >= since)
    total = session.exec(select(sa.func.count(BreakGlassGrant.id)).where(where)).one()
    page = _page(total, page, per_page)
    rows = session.exec(
        select(BreakGlassGrant, StaffUser.display_name, Unit.name, Case)
        .join(StaffUser, StaffUser.id == BreakGlassGrant.user_id)
        .join(Unit, Unit.id == BreakGlassGrant.unit_id)
        .join(Case, Case.id == BreakGlassGrant.case_id)
        .where(where)
        .order_by(BreakGlassGrant.granted_at.desc(), BreakGlassGrant.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    seen = visible_to(session, by=by, cases=[case for _grant, _name, _unit, case in rows])
    items = [
        Grant(
            at=grant.granted_at,
            expires_at=grant.expires_at,
            who=name,
            unit=unit,
            reason=grant.reason,
            case_ref=case.id,
            linked=case.id in seen,
            reads=_reads(session, grant),
        )
        for grant, name, unit, case in rows
    ]
    return Listing(items, total, page, per_page)


def _reads(session, grant: BreakGlassGrant) -> int:
    return session.exec(
        select(sa.func.count(AuditEvent.id)).where(
            AuditEvent.case_ref == grant.case_id,
            AuditEvent.actor_id == grant.user_id,
            AuditEvent.at >= grant.granted_at,
            AuditEvent.at <= grant.expires_at,
            AuditEvent.detail.contains(VIA_BREAK_GLASS),
            AuditEvent.action != who.BREAK_GLASS,
        )
    ).one()
