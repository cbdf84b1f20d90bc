"""Who may administer a municipality, and the audit events of administration.

A municipality's administrator is a member with the administrator role in any of its units
(``Role.ADMINISTRATOR``). Anyone else reaching an administration page or action gets
:class:`~bti.errors.NotFound` (a 404, like any page they may not see), and the attempt is
audited as a denial. The municipality is always the session's: an administrator of one
municipality never sees another's units or staff.
"""

from __future__ import annotations

from sqlmodel import Session, func, select

from bti.errors import NotFound
from bti.models import AuditPurpose, Membership, Role, StaffUser
from bti.rules.access import Actor
from bti.services import audit

ADMIN = AuditPurpose.ADMINISTRATION


def administers(by: Actor) -> bool:
    """Whether ``by`` is an administrator in the session's municipality."""
    return any(post.role == Role.ADMINISTRATOR for post in by.posts)


def require(session: Session, by: Actor, action: str) -> None:
    """Go on only for an administrator; anyone else is a denial and :class:`NotFound`."""
    if not administers(by):
        # A security event, as every denial that touches no case.
        audit.record_denial(session, actor=by, action=action)
        raise NotFound("administration")


def not_found(session: Session, by: Actor, action: str, what: str) -> NotFound:
    """An id that is not the municipality's (another's, or none at all): the same
    :class:`NotFound`, and the attempt on record."""
    audit.record_denial(session, actor=by, action=action, detail=what)
    return NotFound(what)


def record(session: Session, by: Actor, action: str, detail: str = "") -> None:
    """The one audit event of an administrator's read or change (ids only in ``detail``)."""
    audit.record(session, actor=by, action=action, purpose=ADMIN, detail=detail)


def other_active_administrators(session: Session, *, membership_id=None, user_id=None) -> int:
    """How many administrator roles of active accounts the municipality keeps without the
    membership ``membership_id`` and without the account ``user_id``."""
    query = (
        select(func.count())
        .select_from(Membership)
        .join(StaffUser, StaffUser.id == Membership.user_id)
        .where(Membership.role == Role.ADMINISTRATOR, StaffUser.active == True)  # noqa: E712
    )
    if membership_id is not None:
        query = query.where(Membership.id != membership_id)
    if user_id is not None:
        query = query.where(Membership.user_id != user_id)
    return session.exec(query).one()
