"""«Min enhet»: the open cases in the units a leader leads, with what is due next.

A leader may open every case of the unit they lead (:func:`bti.rules.access.may_view`), but
their own list («Mine saker») holds only the cases they take part in. This list shows the
rest: one page of the unit's open cases, each with the child, the level in the guide's
words, the stafettholder and the next open deadline, overdue ones first. The guides put the
responsibility there: «Ansvarlig leder i enheten» (Jevnaker, «Tiltaksplan»).

Only units where the user has the leader role count: that is the access policy's ground. A
coordinator or an employee who leads nothing has no such list (:class:`NotFound`).

The page is read in a fixed number of statements whatever the unit's size: one count, one
page of rows (the next deadline joined through a correlated subquery on the ``case_id``
index, see :func:`bti.services.deadlines.next_open_id`), and the audit event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.errors import NotFound
from bti.models import AuditPurpose, Case, CaseStatus, Deadline, Role, StaffUser, Subject, Unit
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.rules.deadlines import is_overdue
from bti.services import audit
from bti.services.deadlines import next_open_id
from bti.services.paging import Paged


class UnitSort(StrEnum):
    """The orders the list offers; the values are what the page's address carries."""

    DEADLINE = "frist"  # next deadline, overdue and soonest first; no deadline last
    NAME = "navn"  # the child's given and family name
    OPENED = "apnet"  # newest first


@dataclass(frozen=True)
class UnitCase:
    """One row of the list."""

    case_id: str
    child: str
    unit: str
    level: int
    level_name: Any  # the guide's name for the level (a lazy text)
    acute: bool
    opened_at: datetime
    stafettholder: str | None
    deadline_label: Any  # None when the case owes nothing
    deadline_due: datetime | None
    overdue: bool


@dataclass(frozen=True)
class UnitPage(Paged):
    """One page of «Min enhet», already filtered for the viewer."""

    items: list[UnitCase]
    total: int
    page: int
    per_page: int
    sort: UnitSort
    units: list[str]  # the names of the units the viewer leads


def led_unit_ids(by: Actor) -> list[int]:
    """The units ``by`` leads (the leader role is the access policy's ground)."""
    return sorted({post.unit_id for post in by.posts if post.role == Role.LEDER})


def leads_a_unit(by: Actor) -> bool:
    """Whether ``by`` has a «Min enhet» list at all."""
    return bool(led_unit_ids(by))


def _order(sort: UnitSort) -> tuple:
    if sort is UnitSort.NAME:
        return (Subject.given_name, Subject.family_name, Case.id)
    if sort is UnitSort.OPENED:
        return (Case.opened_at.desc(), Case.id)
    # A case without an open deadline sorts last (portable: no NULLS LAST needed).
    return (Deadline.id.is_(None), Deadline.due_at, Case.opened_at, Case.id)


def my_unit(
    session: Session,
    *,
    by: Actor,
    municipality: Municipality,
    now: datetime,
    page: int = 1,
    per_page: int = 25,
    sort: UnitSort = UnitSort.DEADLINE,
) -> UnitPage:
    """One page of the open cases in the units ``by`` leads, sorted by ``sort``, paginated
    in the database and audited as one ``unit.list`` event (a count, no names).
    :class:`NotFound` when ``by`` leads no unit."""
    led = led_unit_ids(by)
    if not led:
        raise NotFound("unit")
    in_units = sa.and_(Case.unit_id.in_(led), Case.status == CaseStatus.OPEN)
    total = session.exec(select(sa.func.count(Case.id)).where(in_units)).one()
    page = max(1, page)
    rows = session.exec(
        select(
            Case.id,
            Case.level,
            Case.acute,
            Case.opened_at,
            Subject.given_name,
            Subject.family_name,
            Unit.name,
            StaffUser.display_name,
            Deadline.code,
            Deadline.due_at,
        )
        .join(Subject, Subject.id == Case.subject_id)
        .join(Unit, Unit.id == Case.unit_id)
        .outerjoin(StaffUser, StaffUser.id == Case.stafettholder_id)
        .outerjoin(Deadline, Deadline.id == next_open_id(Case.id))
        .where(in_units)
        .order_by(*_order(sort))
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    unit_names = session.exec(select(Unit.name).where(Unit.id.in_(led)).order_by(Unit.name))
    items = [
        UnitCase(
            case_id=case_id,
            child=f"{given} {family}",
            unit=unit,
            level=level,
            level_name=_level_name(municipality, level),
            acute=acute,
            opened_at=opened_at,
            stafettholder=holder,
            deadline_label=municipality.deadline_label(code) if code else None,
            deadline_due=due,
            overdue=due is not None and is_overdue(due, now),
        )
        for (case_id, level, acute, opened_at, given, family, unit, holder, code, due) in rows
    ]
    audit.record(
        session,
        actor=by,
        action="unit.list",
        purpose=AuditPurpose.OVERSIGHT,
        detail=f"count={len(items)}",
    )
    return UnitPage(items, total, page, per_page, sort, list(unit_names))


def _level_name(municipality: Municipality, number: int) -> Any:
    try:
        return municipality.level(number).name
    except KeyError:  # a level the guide no longer has: the number alone
        return ""
