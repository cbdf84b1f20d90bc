"""Load who is acting: a staff user in one municipality, with their units and roles."""

from __future__ import annotations

from sqlmodel import Session, select

from bti.errors import NotFound
from bti.models import Membership, Role, StaffUser, Unit, UnitKind
from bti.rules.access import Actor, Post


def load_actor(session: Session, user_id: int) -> Actor:
    """The user's posts in the session's municipality; a user with none there is not found."""
    user = session.get(StaffUser, user_id)
    if user is None or not user.active:
        raise NotFound("user")
    rows = session.exec(
        select(Membership, Unit)
        .join(Unit, Unit.id == Membership.unit_id)
        .where(Membership.user_id == user_id)
    ).all()
    if not rows:
        raise NotFound("user")
    posts = tuple(Post(unit.id, UnitKind(unit.kind), Role(m.role)) for m, unit in rows)
    return Actor(user_id=user.id, display_name=user.display_name, posts=posts)
