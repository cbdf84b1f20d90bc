"""What an audited access was, in words, and who stood behind it (service and role).

An access's *kind* comes from its action code: the reads, the printouts and downloads, the
list of who has seen the case, an emergency access; everything else changed the case. Its
*way* comes from the detail the access check wrote: through the leader role, through an
emergency access, or through a role in the case.

The service and role of a staff member are read from their memberships today (the audit
trail keeps only codes): the unit they take part in the case for, else the case's unit when
they lead it, else the unit of their emergency access, else their first membership.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from bti.i18n import lazy_gettext as _l
from bti.labels import ROLES
from bti.models import BreakGlassGrant, Case, CaseParticipant, Membership, Role, Unit
from bti.services.access import VIA_BREAK_GLASS, VIA_LEADER

#: The action of reading the list of who has seen a case (itself audited).
ACCESS_LOG = "case.access_log"
#: The action of opening a case with emergency access.
BREAK_GLASS = "case.break_glass"

#: Reads whose code does not say «read».
READS = frozenset({"case.read", "subject.contact", "team.protocol"})
PRINTS = frozenset({"case.print", "meeting.ics", "archive.print", "archive.pdf", "archive.export"})

KINDS = {
    "read": _l("Read the case"),
    "print": _l("Printed or downloaded from the case"),
    "changed": _l("Changed the case"),
    ACCESS_LOG: _l("Saw who has read the case"),
    BREAK_GLASS: _l("Opened the case with emergency access"),
}

LEADER = "leader"
EMERGENCY = "break-glass"
WAYS = {
    LEADER: _l("as the unit's leader"),
    EMERGENCY: _l("with emergency access"),
}


def kind_of(action: str) -> str:
    """``read``, ``print``, ``changed``, or the access log and emergency access themselves."""
    if action in (ACCESS_LOG, BREAK_GLASS):
        return action
    if action in PRINTS or action.startswith("team.print"):
        return "print"
    if action in READS or action.endswith(".read") or ".read_" in action or "_read" in action:
        return "read"
    return "changed"


def what(action: str) -> Any:
    """The access in words (a lazy text)."""
    return KINDS[kind_of(action)]


def way_of(detail: str) -> str:
    """``leader``, ``break-glass`` or ``""`` (a role in the case)."""
    if VIA_LEADER in detail:
        return LEADER
    if VIA_BREAK_GLASS in detail:
        return EMERGENCY
    return ""


@dataclass(frozen=True)
class Post:
    """The service (unit) and role a staff member acted in."""

    unit_id: int | None
    service: str
    role: Any  # the membership's title, or the role in words (a lazy text)


def posts(session: Session, case: Case, user_ids: Iterable[int]) -> dict[int, Post]:
    """The service and role of each of ``user_ids`` for ``case`` (see the module's rule), in
    three queries whatever the number of people."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    taking_part = {
        p.user_id: p.unit_id
        for p in session.exec(
            select(CaseParticipant)
            .where(CaseParticipant.case_id == case.id, CaseParticipant.user_id.in_(ids))
            .order_by(CaseParticipant.id)
        )
    }
    glass = {
        g.user_id: g.unit_id
        for g in session.exec(
            select(BreakGlassGrant)
            .where(BreakGlassGrant.case_id == case.id, BreakGlassGrant.user_id.in_(ids))
            .order_by(BreakGlassGrant.id)
        )
    }
    memberships: dict[int, list[tuple[Membership, Unit]]] = {}
    for membership, unit in session.exec(
        select(Membership, Unit)
        .join(Unit, Unit.id == Membership.unit_id)
        .where(Membership.user_id.in_(ids))
        .order_by(Membership.id)
    ):
        memberships.setdefault(membership.user_id, []).append((membership, unit))
    return {uid: _post(memberships.get(uid, []), case, taking_part, glass, uid) for uid in ids}


def _post(rows, case: Case, taking_part: dict, glass: dict, user_id: int) -> Post:
    grounds = (
        (taking_part.get(user_id), None),
        (case.unit_id, Role.LEDER),
        (glass.get(user_id), None),
    )
    for unit_id, role in grounds:
        chosen = [(m, u) for m, u in rows if u.id == unit_id and role in (None, m.role)]
        if unit_id is not None and chosen:
            return _as_post(chosen)
    return _as_post(rows[:1]) if rows else Post(None, "", "")


def _as_post(rows: list[tuple[Membership, Unit]]) -> Post:
    titled = next((m for m, _u in rows if m.title), None)
    membership, unit = rows[0]
    role = titled.title if titled else ROLES.get(Role(membership.role), membership.role)
    return Post(unit.id, unit.name, role)
