"""Load who is acting: a staff user in one municipality, with their units and roles.

A signed-in request reads the user's posts with their session (:func:`posts_joined`, in
the one statement of :func:`bti.services.signin.current`), so a page in the municipality
the user chose builds the actor from them (:func:`actor_of`) without reading again;
:func:`load_actor` reads them for any other municipality.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.errors import NotFound
from bti.models import Membership, Role, StaffUser, Unit, UnitKind
from bti.rules.access import Actor, Post

# The tables themselves, not the mapped classes: the sign-in session is read across
# municipalities (an unscoped session refuses the case tables' classes), so the join names
# its municipality itself (:func:`posts_joined`).
_MEMBERSHIP = Membership.__table__
_UNIT = Unit.__table__

#: The columns :func:`posts_joined` adds to a statement, in the order :func:`posts_of` reads.
POST_COLUMNS = (_MEMBERSHIP.c.unit_id, _UNIT.c.kind, _MEMBERSHIP.c.role)


def posts_joined(statement: sa.Select, *, user_id, municipality_id) -> sa.Select:
    """``statement`` with a row per post of the user (``user_id``, a column or a value) in
    ``municipality_id`` (a column or a value): :data:`POST_COLUMNS` added, ``NULL`` where
    the user has none there, in the order the posts were given."""
    return (
        statement.add_columns(*POST_COLUMNS)
        .outerjoin(
            _MEMBERSHIP,
            sa.and_(
                _MEMBERSHIP.c.user_id == user_id,
                _MEMBERSHIP.c.municipality_id == municipality_id,
            ),
        )
        .outerjoin(
            _UNIT,
            sa.and_(
                _UNIT.c.id == _MEMBERSHIP.c.unit_id,
                _UNIT.c.municipality_id == _MEMBERSHIP.c.municipality_id,
            ),
        )
        .order_by(_MEMBERSHIP.c.id)
    )


def posts_of(rows: Iterable[sa.Row]) -> tuple[Post, ...]:
    """The posts in rows of a :func:`posts_joined` statement (its last three columns)."""
    return tuple(
        Post(row[-3], UnitKind(row[-2]), Role(row[-1])) for row in rows if row[-3] is not None
    )


def actor_of(user_id: int, display_name: str, posts: tuple[Post, ...]) -> Actor:
    """The actor with ``posts`` already read; one with none there is not found."""
    if not posts:
        raise NotFound("user")
    return Actor(user_id=user_id, display_name=display_name, posts=posts)


def load_actor(session: Session, user_id: int) -> Actor:
    """The user's posts in the session's municipality; a user with none there is not found
    (nor an inactive one). One statement."""
    rows = session.exec(
        select(StaffUser.id, StaffUser.display_name, Membership.unit_id, Unit.kind, Membership.role)
        .outerjoin(Membership, Membership.user_id == StaffUser.id)
        .outerjoin(Unit, Unit.id == Membership.unit_id)
        .where(StaffUser.id == user_id, StaffUser.active)
        .order_by(Membership.id)
    ).all()
    if not rows:
        raise NotFound("user")
    return actor_of(rows[0][0], rows[0][1], posts_of(rows))
