"""Who has read the stafettlogg, as the family sees it in the citizens' pages: the services
and roles that accessed their case, by day («Helsestasjonen, helsesykepleier — 3. des.
2026»), and whether it was as the unit's leader or with emergency access.

Staff names only where the municipality's policy shows them
(``CitizenAccess.access_log_shows_staff_names``; by default it does not). Only staff
accesses to this one case: never the family's own reads or another citizen's, never another
case. A case the citizen may not read is «not found», as on the stafettlogg page, and the
attempt is audited; the list itself is audited as one ``citizen.access_log`` event.

One calendar month at a time (in the municipality's time zone): the database returns that
month's accesses of the one case, and the months before and after that have any.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.errors import NotFound
from bti.models import AuditEvent, StaffUser
from bti.services import audit
from bti.services.access_log import who
from bti.services.access_log.case_log import staff_accesses
from bti.services.citizens import CitizenActor, Readable, readable_case

if TYPE_CHECKING:
    from bti.plugins import Municipality

ACTION = "citizen.access_log"


@dataclass(frozen=True)
class Seen:
    """One service and role (and name, where shown) that accessed the case on one day."""

    day: date
    service: str
    role: Any
    name: str
    way: str
    times: int


@dataclass(frozen=True)
class PortalLog:
    readable: Readable
    month: date | None  # the first of the month shown; None when nobody has accessed it
    groups: list[Seen]
    older: date | None
    newer: date | None
    shows_names: bool


def read(
    session: Session,
    *,
    municipality: Municipality,
    by: CitizenActor,
    case_id: str,
    month: date | None = None,
) -> PortalLog:
    readable = readable_case(session, municipality=municipality, by=by, case_id=case_id)
    if readable is None:
        audit.record_denial(session, actor=by, action=ACTION, case_ref=(case_id or "")[:32] or None)
        raise NotFound("case")
    case = readable.case
    audit.record(session, actor=by, action=ACTION, case_ref=case.id)
    access = municipality.citizen_access
    names = bool(access and access.access_log_shows_staff_names)
    tz = municipality.profile.tz
    accesses = staff_accesses(case.id).subquery()
    if month is None:
        latest = session.exec(select(sa.func.max(accesses.c.at))).one()
        if latest is None:
            return PortalLog(readable, None, [], None, None, names)
        month = _local(latest, tz).replace(day=1)
    start, end = _bounds(month, tz)
    rows = session.exec(
        select(AuditEvent, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == AuditEvent.actor_id)
        .where(staff_accesses(case.id).whereclause, AuditEvent.at >= start, AuditEvent.at < end)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    ).all()
    posts = who.posts(session, case, (event.actor_id for event, _name in rows))
    groups: dict[tuple, int] = {}
    for event, name in rows:
        post = posts[event.actor_id]
        key = (
            _local(event.at, tz),
            post.service,
            str(post.role),
            name if names else "",
            who.way_of(event.detail),
        )
        groups[key] = groups.get(key, 0) + 1
    seen = [Seen(*key, times=n) for key, n in groups.items()]
    seen.sort(key=lambda s: (-s.day.toordinal(), s.service, s.role, s.name))
    older = session.exec(select(sa.func.max(accesses.c.at)).where(accesses.c.at < start)).one()
    newer = session.exec(select(sa.func.min(accesses.c.at)).where(accesses.c.at >= end)).one()
    return PortalLog(
        readable,
        month,
        seen,
        _local(older, tz).replace(day=1) if older else None,
        _local(newer, tz).replace(day=1) if newer else None,
        names,
    )


def _local(moment: datetime, tz) -> date:
    return moment.astimezone(tz).date()


def _bounds(month: date, tz) -> tuple[datetime, datetime]:
    """The month's first and the next month's first moment, local midnight, in UTC."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return (
        datetime(month.year, month.month, 1, tzinfo=tz).astimezone(UTC),
        datetime(following.year, following.month, 1, tzinfo=tz).astimezone(UTC),
    )
